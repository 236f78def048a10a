"""Crisis rules for what is hardest to say: abuse at home, self-harm slang, hedged wishes.

Written after the thirteenth blind batch, whose author weighted it toward the crises easiest
to miss: domestic violence and coercive control told by the victim, a child or a neighbour
("he took my methadone and says i get it back when i behave", "he'll tell my PO I'm using if
i go back to the program"), bystanders' medical emergencies, passive ideation hedged with
"idk" and "not in a dramatic way", one-line fragments ("hes outside", "he found me"), and
self-harm in community slang ("beans level", "catting", "the barcode on my thigh"). Held out,
the rules caught 60.4% of its crisis messages: the lowest of any batch, which is why these
kinds are worth rules of their own.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_ABUSER = (
    r"(?:he|she|hes|shes|bf|boyfriend|husband|ex|stepdad|step dad|baby daddy|partner|novio"
    r"|esposo|padrastro|el|ella)"
)

HIDDEN: tuple[Rule, ...] = (
    # --- violence at home: control, stalking, blows, a witness ---------------------------------
    _rule(
        "violence",
        "coercive_control",
        r"\b(?:if i|si) (?:go|come|vuelvo|voy|go back|regreso)\b(?: \S+){0,3} (?:group|program"
        r"|grupo|the program|al grupo)\b(?: \S+){0,8} (?:call|tell|le dice|llama)\w*"
        r" (?:\S+ ){0,3}(?:cps|po|probation|social worker|trabajadora social|la policia)\b"
        r"|\b(?:take|taking|se lleva|llevarse|llevar) (?:my kids|the kids|los ninos|a los ninos|mis"
        r" hijos|a mis hijos)\b(?: \S+){0,8} (?:never see them again|nunca los vuelvo a ver)\b"
        r"|\blocks? (?:the door|me in) from the outside\b"
        r"|\btook my (?:methadone|meds|medication|suboxone|phone|keys|id|paycheck|money)\b"
        r"(?: \S+){0,6} (?:when i behave|if i behave|until i|back when|says i)\b"
        r"|\bcontrols all the money\b"
        r"|\b(?:put|puso) (?:a )?(?:tracker|gps|rastreador) (?:on|en) (?:my|mi)\b"
        r"|\bchecks my location\b"
        r"|\b(?:sitting|sits|parked|parks|parking|waiting|waits) outside my (?:job|work|house"
        r"|place|apartment|school)\b"
        r"|\bme sigue en el carro\b|\bafuera del trabajo otra vez\b"
        r"|\btexting (?:me )?from new numbers\b|\bwatching me through the window\b"
        r"|\byou know what happens if you\b"
        r"|\b(?:keeps coming|comes) (?:in|into) my room at night\b"
        r"|\bentra a mi cuarto en la noche\b",
        "Coercive control and stalking: threats to call CPS or the PO if one goes to group, to"
        " take the children for good, being locked in, medication held hostage, a tracker, a"
        " car outside work every day, someone who comes into a child's room at night.",
    ),
    _rule(
        "violence",
        "blows_at_home",
        r"\b" + _ABUSER + r" (?:slapped|punched|choked|strangled|shoved|kicked) me\b(?: \S+){0,8}"
        r" (?:next time|worse|in front of|again)\b"
        r"|\bgrabbed my (?:throat|neck)\b|\bby the (?:windpipe|throat)\b"
        r"|\b(?:pinned|holding|has) (?:his |her )?(?:girlfriend|wife|boyfriend|her|him) (?:pinned"
        r" )?(?:on|against|to) the\b"
        r"|\b(?:la|lo) tiene agarrad?[oa]? por el pelo\b"
        r"|\bbeats my \w+ with\b|\bmarks all over (?:her|his|my) (?:back|legs|arms)\b"
        r"|\bpunched the wall next to my head\b|\bnext one (?:wont|will not) miss\b"
        r"|\bkicked in the door\b"
        r"|\b(?:boyfriend|bf|husband|stepdad|uncle|dad|man)\b(?: \S+){0,2} (?:hitting|beating"
        r"|choking) (?:her|him|my \w+)\b(?: \S+){0,2} (?:rn|right now|now)\b"
        r"|\bim (?:in|hiding in) the (?:closet|bathroom|bedroom|basement|car|attic)\b(?: \S+){0,2}"
        r" with (?:my |the )?(?:little \w+|baby|kids?|brother|sister|daughter|son)\b"
        r"|\b(?:yelling|screaming|gritando)\b(?: \S+){0,3} (?:ill|i will|im gonna|te voy a)"
        r" (?:kill|matar)\b"
        r"|\bscreaming\b(?: \S+){0,6} something (?:just )?(?:hit|slammed into) the wall\b",
        "Blows at home with a promise of worse, a throat grabbed, someone pinned on a porch,"
        " the door kicked in while the sender hides with a child, a neighbour heard yelling"
        " 'I'll kill you'.",
    ),
    _rule(
        "help_now",
        "whole_text_alarm",
        r"^(?:hes back|hes outside|shes outside|he found me|she found me|they found me|hurry"
        r" (?:pls|please|plz)|come get me|bye everyone|goodbye everyone|im done|ya llego el"
        r"|ya esta aqui|me tome todas)<EOT>",
        "A whole text that is only an alarm ('hes outside', 'he found me', 'bye everyone'):"
        " a counselor answers rather than guesses.",
    ),
    # --- medical: seen or felt -----------------------------------------------------------------
    _rule(
        "medical",
        "bystander_and_body",
        r"\bchest\b(?: \S+){0,3} like (?:somebody|someone|an elephant) (?:is )?sitting\b"
        r"|\bchest\b(?: \S+){0,3} (?:hurting|hurts|pain|pains)\b(?: \S+){0,10} (?:crack|coke"
        r"|cocaine|meth|ice|smoked|did a line|bump)\b"
        r"|\bheart going crazy\b|\b(?:been up|awake) (?:\d+|two|three|four) days\b(?: \S+){0,3}"
        r" on (?:ice|meth|crystal|coke|speed|tina)\b"
        r"|\b(?:spurting|squirting blood)\b|\b(?:bleeding )?wont stop even with\b"
        r"|\b(?:fell out|passed out|collapsed)\b(?: \S+){0,10} (?:aint|not|isnt) making sense\b"
        r"|\boverdid it\b(?: \S+){0,6} (?:fading|blacking|in and out|going dark|cant breathe)\b"
        r"|\b(?:burning up|ardiendo)\b(?: \S+){0,10} (?:nonsense|sin sentido|not sweating)\b"
        r"|\bno (?:baby )?movement\b|\bbaby (?:isnt|stopped|is not|not) moving\b"
        r"|\bbutton battery\b|\bswallowed (?:a|an) (?:\w+ )?(?:battery|magnet|coin)\b"
        r"|\b(?:wont|cant|can not) stay awake\b"
        r"|\bvomitando dormid[oa]\b|\bvomiting (?:while )?(?:asleep|passed out)\b"
        r"|\bcara torcida\b|\bno me salen las palabras\b|\bboca chueca\b"
        r"|\bcant get (?:my |the )?words out\b",
        "A chest like someone sitting on it after a bump, three days up on ice, blood spurting,"
        " a toddler into the purse, a fall and then no sense, no baby movement after drinking,"
        " a button battery, vomiting while passed out, a twisted face.",
    ),
    _rule(
        "overdose",
        "child_into_the_bag",
        r"\b(?:got into|into) my (?:purse|bag|backpack|nightstand)\b(?: \S+){0,6} (?:ate|swallowed"
        r"|drank|chewed)\b",
        "A toddler into the purse who ate or swallowed something: a poisoning until known"
        " otherwise.",
    ),
    # --- suicide: hedged, passive --------------------------------------------------------------
    _rule(
        "suicide",
        "hedged_wish",
        r"\bdisappear\w* for good\b|\bforever tired\b|\btired forever\b"
        r"|\bif a (?:bus|car|truck|train) hit me\b(?: \S+){0,3} (?:i wouldnt|wouldnt|fine by me"
        r"|id be (?:ok|fine))\b"
        r"|\b(?:dont|cant) see the point of (?:tomorrow|waking up|getting up)\b"
        r"|\bbetter off\b(?: \S+){0,8} me gone\b"
        r"|\b(?:wouldnt mind|would not mind|dont care) if i (?:just )?(?:didnt|never) (?:come back"
        r"|wake up|make it)\b"
        r"|\bsleep\b(?: \S+){0,6} and not (?:come back|wake up)\b"
        r"|\bhope (?:my heart|i) (?:just )?(?:gives out|stops|dont wake up|never wake up)\b"
        r"|\bmight as well make it official\b"
        r"|\bin case i decide (?:im done|to end it|to go)\b"
        r"|\bkeep (?:looking|staring) at the (?:rope|gun|pills|razor|bridge|noose)\b"
        r"|\blast time (?:u|you|yall) (?:hear|see) from me\b"
        r"|\bhop\w* i (?:dont|wont|do not) make it (?:thru|through) the night\b"
        r"|\bstop(?:ped)? being (?:everybody|everyone|every ?ones|everybodys)s?"
        r" (?:problem|burden)\b"
        r"|\b(?:pirar(?:me)?|irme|largarme) de este mundo\b|\bdejar este mundo\b"
        r"|\bmeterme contra (?:un|el) (?:trailer|camion|poste|muro)\b"
        r"|\bdrive into (?:a|the) (?:truck|wall|pole|semi)\b"
        r"|\bya no me (?:ven|van a ver) mas\b"
        r"|\bgave (?:away )?my <KEEPSAKE>\b(?: \S+){0,10} (?:feels good to be done|done with"
        r" (?:stuff|it all|everything))\b",
        "Wishes hedged with 'idk', 'lol' or 'not in a dramatic way': disappearing for good, a"
        " bus that would be welcome, hoping the heart gives out, the rope looked at 'just"
        " looking', the last time you'll hear from me.",
    ),
    # --- self-harm in community slang ------------------------------------------------------------
    _rule(
        "self_harm",
        "slang",
        r"\b(?:catting|styro|beans level|fat level|dermis level|sh d|shd|self ?harmed)\b"
        r"|\bbarcode (?:on|across) my\b|\btic tac toe board\b"
        r"|\b(?:thing|stuff) with the (?:lighter|blade|razor)\b"
        r"|\blong sleeves\b(?: \S+){0,4} (?:for a reason|to hide|in (?:july|summer|august))\b"
        r"|\b(?:need|needs|necesito) (?:stitches|puntos)\b(?: \S+){0,8} (?:not going|no voy"
        r"|theyll ask|they ll ask|van a preguntar|dont want to explain)\b"
        r"|\bthe blade is back\b"
        r"|\bpicking at my (?:wrists?|arms?|skin|thighs?) with\b"
        r"|\b(?:banged|bang\w*|hit) my head\b(?: \S+){0,4} (?:til|until|hasta) (?:i saw stars"
        r"|it bled|sangr\w*)\b"
        r"|\bopened up (?:my )?(?:old )?scars\b|\bme abri las cicatrices\b"
        r"|\bgrating my skin\b"
        r"|\bburn\w* my (?:palms|hands|arms|skin)\b(?: \S+){0,6} (?:when i|to stop|instead)\b"
        r"|\bsharpener\b(?: \S+){0,3} (?:for the blade|blade)\b|\bcuchilla del sacapuntas\b"
        r"|\bllen[oa]s de rayitas\b|\brayitas en (?:los|mis) brazos\b",
        "Self-harm in the words people use for it online and with friends ('catting', 'beans"
        " level', 'the barcode on my thigh', 'sh'd'), and hiding it (long sleeves in July,"
        " stitches skipped so no one asks).",
    ),
)
