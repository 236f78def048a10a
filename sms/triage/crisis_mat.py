"""Crisis rules for participants on medication for addiction treatment: batch 58.

The fifty-eighth blind batch was written by a nurse at an opioid treatment program, in the
voices of patients on methadone, buprenorphine, Sublocade or Vivitrol. Held out, the rules
caught 76.6% of its crisis messages. What they missed is the dose as the means and the
measure ("saved up my take homes. drinking them tonight and being done", "this is my last
dose. bye", "letting my tolerance drop on purpose", "override the vivitrol with 4 bags"), the
dose mixed with benzos or drink and the body failing after it, a child who drank from the
bottle, wounds from xylazine gone bad, and plain words no rule had: "the kids would be better
off", "done with me", "there's a rope in my closet", "I've been planning it for weeks", "que ya
no amanezca", "kill that doctor".
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

# The dose as texted at a clinic, English and Spanish.
_DOSE = (
    r"(?:dose|doses|dosis|take ?homes?|methadone|metadona|suboxone|subs|sublocade|vivitrol"
    r"|bottles?|lockbox)"
)
# A child, in both languages.
_CHILD = (
    r"(?:nina|nino|hijo|hija|sobrin[oa]|niet[oa]|bebe|son|daughter|little (?:brother|sister)"
    r"|nephew|niece|kid|baby|toddler|grandson|granddaughter|\d+ (?:year|yr) old)"
)

MAT: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "dose_as_the_means",
        r"\bsaved up my (?:take ?homes?|pills|meds|doses|dosis|bottles)\b"
        r"|\bmy last (?:dose|one|hit|shot)\b[^\n]{0,12}\b(?:bye|goodbye|love you|adios)\b"
        r"|\b(?:drink|take|drinking|taking) them all at once\b|\bnot (?:gonna|going to) (?:drink"
        r"|take) them one a day\b|\bwhole bottle\b[^\n]{0,30}\binstead of (?:just )?my dose\b"
        r"|\btolerance (?:drop|go down|down|low)\b[^\n]{0,20}\bon purpose\b"
        r"|\boverride (?:the )?(?:vivitrol|naltrexone|shot|block\w*)\b"
        r"|\b(?:used|took|shot|did) (?:\w+ ){0,2}on purpose\b[^\n]{0,30}\b(?:hoping|the one)\b"
        r"|\bhoping (?:it|this|its) (?:would be|will be|is|was) the one\b"
        r"|\b(?:enough|so) (?:to )?not (?:to )?come back\b|\bso i dont come back\b"
        r"|\b(?:so|and) (?:ill|i will) be gone\b|\bya deje la dosis para que\b"
        r"|\bme (?:lleve|lleva) de una\b|\ba ver si (?:el|mi) corazon (?:ya )?no aguanta\b"
        r"|\b(?:regalar|regalo|dar|giving away|give away) (?:\w+ ){0,4}(?:mis )?(?:dosis|doses"
        r"|take ?homes)\b[^\n]{0,50}\b(?:ya no (?:las|los|la|lo) voy a necesitar|wont need)\b"
        r"|\band being done\b",
        "'saved up my take homes... drinking them tonight and being done', 'this is my last"
        " dose. bye', 'letting my tolerance drop on purpose', 'tried to override the vivitrol with"
        " 4 bags', 'using one more time, enough not to come back', 'ya deje la dosis para que"
        " cuando me meta la ultima me lleve de una'.",
    ),
    _rule(
        "suicide",
        "plain_words_unnamed",
        r"\b(?:kids|children|family|everyone|everybody|husband|wife|hijos|familia) (?:would|will"
        r"|d) (?:all )?be better off\b(?! (?:with|at|in|staying|living|going|if|once|when|for)\b)"
        r"|\b(?:estarian|estarán|estaran) mejor con (?:su|otra|otro|sus)\b[^\n]{0,40}"
        r"\b(?:estorbo|sin mi)\b|\b(?:les|le) estorbo\b"
        r"|(?<!not )(?<!isnt )\bdone with (?:me|myself|living|being alive|this life)\b"
        r"|\b(?:theres|there is|got|have|bought) (?:a |the )?(?:rope|noose) (?:in|under|hanging"
        r" in) (?:my|the) (?:closet|room|garage|basement|car|trunk|bedroom)\b"
        r"|\bplanning it (?:for|since) (?:weeks|months|days|a while)\b"
        r"|\b(?:nod off|fall asleep|go to sleep|close my eyes|use|shoot up|dose)\b[^\n]{0,30}"
        r"\bhope (?:its|it is|this is|it will be|it s) the (?:last|one)\b"
        r"|\bya no quiero seguir ni\b|\bkeeping (?:a|this|my) body alive\b"
        r"|\bque (?:ya )?no (?:amanezca|despierte)\b"
        r"|\b(?:\d+ ?(?:mg|milligrams|pills|tabs|bottles)) (?:would|will) do it\b"
        r"|\bhow many (?:mg|milligrams|ml) (?:would|does|will) it take\b"
        r"|\bok (?:its|it is) for me\b"
        r"|\bvoices? (?:say|says|said|tell|telling)\b[^\n]{0,50}\b(?:i dont deserve|i should"
        r" (?:stop|not))\b[^\n]{0,40}\b(?:theyre right|they are right)\b"
        r"|\b(?:im|i am|i m|ill|i will|gonna|going to) (?:\w+ )?kill (?:that|the|this) (?:doctor"
        r"|doc|nurse|counselor|cop|officer|judge|teacher|lady|woman|clerk|pharmacist"
        r"|landlord|neighbor|po)\b"
        r"|\b(?:im|i m|ill|i will) (?:bringing|bring) (?:my|a|the) (?:piece|gun|strap|heat|pistol"
        r"|blick)\b",
        "'been thinking the kids would be better off', 'done with me', 'theres a rope in my"
        " closet', 'ive been planning it for weeks', 'every time i nod off i hope its the last"
        " time', 'que ya no amanezca', 'is it true 300mg would do it', 'im gonna kill that"
        " doctor', 'im bringing my piece tomorrow'.",
    ),
    _rule(
        "overdose",
        "dose_mixed_and_failing",
        r"\b(?:<PILLS>|clonas|klonopins?|xanax|benzos?|tequila|alcohol|botella|bottle|beers?)\b"
        r"[^\n]{0,25}\b(?:with|w|and|con|y) (?:my|mi|la) (?:dose|dosis|methadone|metadona|subs?)"
        r"\b[^\n]{0,60}\b(?:room (?:is )?spinning|losing time|cant stay awake|no (?:me )?puedo"
        r" (?:parar|mantener)\w*|vomit\w*|ayuda|help|cant breathe)\b"
        r"|\b(?:dose|dosis|metadona|methadone)\b[^\n]{0,20}\b(?:y|and|con|with) (?:media|una|unas"
        r"|a|half a|some) (?:botella|bottle|clonas|xanax|pastillas|pills)\b[^\n]{0,60}\b(?:no"
        r" (?:me )?puedo (?:parar|mantener)\w*|vomit\w*|ayuda|help|cant (?:stand|stay awake))\b"
        r"|\b(?:room (?:is )?spinning|keep losing time)\b[^\n]{0,40}\b(?:took|dose|pills)\b"
        r"|\b(?:took|mixed|taken)\b[^\n]{0,60}\b(?:room (?:is )?spinning|keep losing time)\b"
        r"|\bcant wake (?:up )?(?!up\b|early\b|in\b|on\b|for\b|at\b|before\b|myself\b)[a-z]+"
        r"(?: \.|$| what| please| help)"
        r"|\bwith (?:purple|blue|gray|grey) lips\b|\b911 (?:is )?on the way\b"
        r"|\bpoison control (?:\? )*(?:answer|now|help|please|asap)\b"
        r"|\b" + _CHILD + r" (?:se )?(?:bebio|tomo|trago|comio|drank|swallowed|ate|got into)\b"
        r"[^\n]{0,40}\b(?:mi dosis|my dose|frasco|botella|bottle|pills|pastillas|methadone"
        r"|metadona|take ?homes?|lockbox)\b",
        "'took my klonopins w my dose... room spinning and i keep losing time', 'me tome la dosis"
        " y media botella de tequila, no me puedo parar', 'i cant wake up mike', 'found my son with"
        " purple lips', 'my little brother drank out of my lockbox bottle', 'mi sobrino se tomo"
        " mi dosis pensando que era jugo'.",
    ),
    _rule(
        "medical",
        "wounds_and_withdrawal",
        r"\b(?:down )?to the bone\b[^\n]{0,40}\b(?:wound|tranq|bad|er)\b"
        r"|\bwound\w*\b[^\n]{0,40}\b(?:to the bone|black|smells|oozing|red streaks|fever)\b"
        r"|\b(?:oozing|pus)\b[^\n]{0,40}\bfever\b|\b10[3-6](?:\.\d)? (?:fever|degrees)\b"
        r"|\bherida\b[^\n]{0,30}\b(?:negra|pus|apesta|hueso)\b|\bno siento el pie\b"
        r"|\b(?:picked|opened|cut|reopened|ripped) (?:my )?(?:\w+ ){0,2}(?:wounds?|scabs?"
        r"|stitches) (?:open )?on purpose\b|\bwatching (?:them|it) bleed\b"
        r"|\bllevo \d+ horas vomitando\b|\b(?:vomiting|throwing up|puking) for \d+ hours\b"
        r"|\bcorazon (?:me )?va a mil\b|\bvomitando acostad[oa]\b",
        "'the wound from the tranq opened down to the bone', 'my sublocade lump is hot red and"
        " oozing and i got a 103 fever', 'picked my tranq wounds open on purpose', 'llevo 12"
        " horas vomitando... el corazon me va a mil'.",
    ),
    _rule(
        "violence",
        "coerced_for_the_dose",
        r"\bme puso (?:un|el|una|la) (?:cuchillo|navaja|pistola|arma|fierro|cuete)\b"
        r"|\b(?:me dijo|dijo) que si\b(?![^\n]*<HUMOR>)[^\n]{0,40}\bme (?:mata|va a matar)\b"
        r"|\bif i dont (?:give|bring|hand over|pay)\b[^\n]{0,40}\b(?:kill me|burning the house"
        r"|burn the house|hurt)\b|\bburn(?:ing)? (?:the|my) house(?: down)?\b[^\n]{0,30}"
        r"\b(?:outside|now|tonight)\b",
        "'mi hermano me puso un cuchillo en el cuello para que le de mis dosis', 'me dijo que si"
        " voy manana a la clinica me mata', 'if i dont bring him my take homes hes... burning the"
        " house. hes outside now'.",
    ),
)
