"""Crisis rules for the Englishes of people in US treatment programs: batch 36.

The thirty-sixth blind batch was written by a sociolinguist in the voices she grew up in:
African American English ("my bd put hands on me again and he still in the house", "i got
my blick on me. im bout to crash out"), Southern and Appalachian ("fixin to walk out to the
barn and not come back in", "granddaddy took a fit in the bed", "my sugar's done dropped
real low"), Jamaican and Trinidadian ("mi cyaan tek it nuh more"), reservation English
("gonna walk out to the butte tonight"), Boston, Philly, Puerto Rican and Dominican New York.
Held out, the rules caught 78.6% of its crisis messages. Grammar is read in
`transcription.py` (Patois "mi", "no more" for "anymore", "i done lost"); these rules name
what the voices say in their own words.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_ARMS = r"(?:straps?|blicks?|poles?|glizzys?|sticks?|guns?|heat|iron|choppas?|cutlass|machetes?)"

DIALECTS: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "walk_out_and_not_come_back",
        r"\b(?:walk|go|head|drive|walking|going|heading) (?:out )?(?:to|into|down to|up to) the"
        r" \w+(?: \w+)?\b(?: \S+){0,2} (?:and )?(?:not|never) (?:come|coming) back\b",
        "'Fixin to walk out to the barn and not come back in', 'gonna walk out to the butte"
        " tonight and not come back'.",
    ),
    _rule(
        "suicide",
        "said_in_their_own_words",
        r"\b(?:go |to )?be with (?:jesus|the lord|my maker|my savior)\b(?: \S+){0,2} (?:tonight"
        r"|now|soon|today)\b|\bmeet my maker (?:tonight|soon|today)\b"
        r"|\b(?:aint|no|is no|theres no|there aint no) use (?:in )?(?:going on|goin on|living|to"
        r" live|trying anymore)\b"
        r"|\beverything (?:is )?(?:over|done|finished) for me\b"
        r"|\b(?:write|wrote) (?:my|mi) (?:letter|letters|note) already\b"
        r"|\bgoodbye\b[^\n]{0,20}\bthank (?:yall|you all|you guys|you|u) for (?:trying"
        r"|everything)\b"
        r"|\bif i (?:aint|dont|am not|im not) (?:texting|answering|replying|responding) (?:back )?"
        r"(?:by|in the) (?:morning|tomorrow|tonight)\b"
        r"|\b(?:im|i am) ready to be next\b"
        r"|\bdont think i (?:wanna|want to) be (?:around|here|alive) anymore\b"
        r"|\bno quiero seguir (?:bregando|luchando|lidiando|batallando) con (?:esta|la) vida\b"
        r"|\b(?:thinking about|waiting (?:on|for)) the next train\b(?: \S+){0,3} not getting on"
        r" it\b"
        r"|\b(?:driving|walking) past the bridge\b(?: \S+){0,4} (?:and )?thinking about it\b",
        "'I want to go be with Jesus tonight', 'aint no use a-going on', 'everything done for"
        " me. mi write mi letter already', 'if i aint texting back by morning yall know why',"
        " 'too many funerals this year. im ready to be next'.",
    ),
    _rule(
        "violence",
        "hands_and_straps",
        rf"\b(?:put|putting|puts|putted) (?:his |her |their )?hands on (?:me|her|him|them|my \w+)\b"
        rf"|\b(?:opps|they|them|dem|he|dude|the man dem|man dem)\b(?: \S+){{0,6}} (?:got|have|has"
        rf"|wid|with|w) (?:a |the )?{_ARMS}\b"
        rf"|\boutside\b(?: \S+){{0,3}} (?:wid|with|w) (?:a )?{_ARMS}\b"
        rf"|\b(?:got|have) (?:my|a|the) (?:blick|strap|pole|glizzy|stick|gun|heat|iron) on me\b"
        r"|\b(?:bout to|about to|finna|gonna) crash out\b|\bits (?:finna|gonna|about to) be smoke\b"
        r"|\b(?:light up|shoot up|spray) (?:the|my|our|his|her) (?:house|crib|spot|block|car)\b"
        r"|\b(?:busting|bustin|breaking|smashing) (?:out )?(?:the |all the )?(?:windows|door"
        r"|doors)\b"
        r"|\b(?:robbed|jumped|mugged|held up|stuck up) (?:me|us) (?:at|with a) (?:gunpoint"
        r"|knifepoint|gun|knife)\b"
        r"|\bnext time(?:ll| ll| will| is gonna| gonna)? be worse\b"
        r"|\b(?:go|gonna|will|a go|finna) (?:chop|juk|stab|cut) (?:me|mi)\b"
        r"|\b(?:got|has|grabbed|took) (?:the|a|his|her|my) (?:\w+ )?(?:rifle|shotgun|gun|pistol"
        r"|knife|machete|cutlass)\b(?: \S+){0,3} (?:and )?(?:hes|shes|he is|she is|is)?"
        r" ?threatening\b"
        r"|\b(?:se estan balaceando|estan disparando|hay balacera) (?:afuera|enfrente|aqui|en)\b"
        r"|\b(?:afraid|fraid|scared) (?:to|fi) go home\b",
        "'My bd put hands on me again and he still in the house', 'the opps outside my mama house"
        " rn and they got straps', 'i got my blick on me. im bout to crash out', 'my ex is over"
        " here drunk busting out the windows', 'says next time'll be worse', 'he go chop me if I"
        " leave'.",
    ),
    _rule(
        "medical",
        "sugar_and_fits",
        r"\b(?:sugar|sugars|azucar)\b(?: \S+){0,2} (?:dropped|crashed|bottomed|real low|way low|so"
        r" low|way up|over \d{3}|(?:is |at )?\d{3}|bien bajita|muy baja|bajisima|altisima|bien"
        r" alta)\b[^\n]{0,80}\b(?:shaking|cant see|confused|sweating|throwing up|breath|breathe"
        r"|passed out|sudando|temblando|mareada|mareado|confundid[oa]|vomit\w*|sola|solo)\b"
        r"|\b(?:took|done took) a fit\b"
        r"|\b(?:aint|isnt|not|cant) (?:talking|talk) right\b"
        r"|\b(?:cant|cyaan|cannot) feel (?:one|the left|the right|half) (?:side|of)\b"
        r"|\b(?:swimmy|swimmy headed|woozy)\b(?: \S+){0,4}(?: pills| took)?",
        "'My sugar's done dropped real low, im shaking and cant see right', 'sugar's way up over"
        " 500 and im throwing up', 'granddaddy took a fit in the bed and he aint talking right',"
        " 'mi cyaan feel one side a mi face'.",
    ),
    _rule(
        "overdose",
        "handful_or_everything",
        r"\b(?:took|swallowed|ate|done took) (?:a |the )?(?:whole )?handful of (?:my |her |his )?"
        r"(?:\w+ ){0,3}(?:pills|tablets|meds|medicine)\b"
        r"|\btook (?:some of )?everything in the (?:medicine )?(?:cabinet|drawer|bathroom)\b",
        "'Took a whole handful of my blood pressure pills about an hour ago', 'I took some of"
        " everything in the cabinet'.",
    ),
)
