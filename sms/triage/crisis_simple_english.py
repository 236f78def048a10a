"""Crisis rules for participants who write very simple English: batch 49.

The forty-ninth blind batch was written in the English of Deaf participants whose first
language is ASL (topic first, no articles or tense endings, "FINISH" for the past, "ME" as
subject: "pills bottle all ME TAKE FINISH", "bridge ME STAND now") and of participants with
an intellectual disability, a brain injury or low literacy ("i taked my moms blood pressure
pills. a lot", "i looked at the closet rod. i think it hold me"). Held out, the rules caught
64.1% of its crisis messages. The meaning is plain; the grammar the rules were written in is
not there. The harms are theirs too: group-home staff who hit or touch them, carers who keep
their money, ID and food, and a 911 they cannot call by voice.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_ME = r"(?:me|i)"

SIMPLE_ENGLISH: tuple[Rule, ...] = (
    _rule(
        "overdose",
        "took_all_simply",
        r"\b(?:pills?|<PILLS>|insulin|bottle)\b[^\n]{0,20}\ball\b[^\n]{0,15}\b(?:me |i )?(?:take"
        r"|took|inject|swallow|drink)\b"
        r"|\b(?:took|swallow\w*)\b[^\n]{0,40}\bpills\b[^\n]{0,5}\b(?:\. )?a lot\b"
        r"|\btonight pills all\b|\bwhy not finish all\b|\bpills here\b[^\n]{0,20}\bwater here\b"
        r"|\bmore more until (?:stop|i stop|heart stop)\b"
        r"|\b(?:alcohol|vino|cerveza)\b y (?:las )?(?:pastillas|<PILLS_ES>)\b[^\n]{0,40}\b(?:da"
        r" vueltas|no me puedo parar|mareado)\b",
        "'Pills bottle all ME TAKE FINISH. now sleepy weird', 'insulin all me inject finish',"
        " 'i taked my moms blood pressure pills. a lot', 'why not finish all? pills here. water"
        " here', 'tomé alcohol y las pastillas de dormir. todo da vueltas'.",
    ),
    _rule(
        "suicide",
        "said_simply",
        rf"\bwhy {_ME} live\b|\bbetter (?:with )?me gone\b|\bplan have\b"
        rf"|\b{_ME} finish tonight\b|\bme finally know what do\b"
        r"|\bno more (?:\. )?no more (?:\. )?no more\b|\blife me no point\b|\bme done<EOT>"
        rf"|\b(?:tomorrow|manana) {_ME} not (?:be )?here\b"
        rf"|\b(?:me )?write letter for\b[^\n]{{0,40}}\b(?:me go|finish)\b|\bya escribi la carta\b"
        r"|\bme goodbye\b|\btell (?:kids|my kids|family|my family) (?:me|i) love\b"
        r"|\bbye every ?body\b[^\n]{0,20}\bi love you all\b|\btell my group bye\b"
        r"|\bwont be here to\b|\bdont need (?:them|it) where i(?:m)? go(?:ing)?\b"
        r"|\b(?:tonight|tonite) i (?:will|ll|am going to) be with (?:jesus|god|the lord)\b"
        r"|\b(?:give|gave)\b[^\n]{0,40}\bme ready\b",
        "'why me live? ... ME DONE', 'they better me gone', 'TRUE BIZ not fine. plan have',"
        " 'TOMORROW ME NOT HERE. thank you group. bye', 'me write letter for MOM. put table. finish"
        " me go', 'my dog ME GIVE sister today. bike give neighbor. FINISH. me ready', 'i fed the"
        " dog and gave him extra. i wont be here to feed him tomorrow'.",
    ),
    _rule(
        "suicide",
        "means_simply",
        r"\b(?:<HEIGHT>|roof) (?:me )?(?:stand )?now\b|\bwater far down\b"
        rf"|\btracks?\b[^\n]{{0,20}}\b{_ME} sit\b|\bstanding on the (?:train )?tracks?\b"
        r"|\btrain come \d+\b"
        r"|\brope (?:me )?buy\b|\bcar garage me run\b|\b(?:car|engine|truck) (?:me )?run\w*\b"
        r"[^\n]{0,20}\bdoor close\b"
        r"|\b(?:left|leave) (?:a )?note\b[^\n]{0,20}\b(?:drive fast|now drive)\b"
        r"|\bcheck out never\b|\benough for forever\b|\bwant (?:to )?crash\b"
        r"|\bgonna drive in\b|\b(?:closet rod|rod|beam|pipe)\b[^\n]{0,20}\bit (?:will |would )?hold"
        r" me\b"
        r"|\bwant (?:to )?(?:use|put) (?:it |the (?:glass|knife|blade) )?on me\b"
        rf"|\b{_ME} cut (?:arm|wrist|leg|my arm|my wrist)\b|\bblood stop not\b"
        r"|\bwant to burn <SELF>\b",
        "'bridge ME STAND now. water far down', 'train track near house. me sit. train come 9',"
        " 'rope me buy finish. garage', 'car garage me run. door close. sleep soon', 'hotel room"
        " me. check out never. pills ready', 'me drunk. drive now. want crash tree', 'i looked at"
        " the closet rod. i think it hold me'.",
    ),
    _rule(
        "violence",
        "hurt_simply",
        r"\bstaff\b[^\n]{0,25}\b(?:hit|touch|push|kick|slap|grab)\w* me\b"
        r"|\b(?:touch|touches|touched) me\b[^\n]{0,30}\b(?:night|private|say secret|dont tell"
        r"|scared)\b|\bin my private (?:place|parts)\b|\bsay secret\b"
        r"|\b(?:husband|he|she|dad|staff|wife|boyfriend|mom) (?:hit|kick|punch)\w* (?:me )?"
        r"(?:in (?:the |my )?)?(?:face|stomach)\b"
        r"|\b(?:hit|kick|punch)\w* me (?:in (?:the |my )?)?(?:face|stomach)\b|\bhit belt\b"
        r"|\bnot free (?:to )?leave\b|\bpay me (?:in )?drugs\b|\bin his car now\b"
        r"|\bfollow(?:s|ed)? me\b[^\n]{0,40}\b(?:park|parked|waiting) outside\b"
        r"|\b(?:and )?then touch(?:es|ed)? me\b"
        r"|\bbreak (?:my |your )?legs\b|\bcome in (?:at )?night with (?:a |the |his )?key\b"
        r"|\bput (?:a )?chair (?:on |against )?(?:the )?door\b"
        r"|\b(?:hitting|banging|kicking) (?:on )?the door\b|\bbang bang\b"
        r"|\block (?:the )?food up\b|\block(?:s|ed)? me (?:outside|out|room|in my room|in)\b"
        r"[^\n]{0,40}\b(?:cold|night|coat|food|hit|belt)\b"
        r"|\b(?:aint|havent|not|me not) (?:eat|ate|eaten) (?:in )?(?:\d+|two|three|five)"
        r" (?:days?)\b|\bno tengo comida\b"
        r"|\bgun and shoot (?:me|us)\b|\bcome back and do worse\b"
        r"|\bsay (?:he|she|they) (?:will )?kill me\b|\bsi hablo me\b",
        "'staff night shift HIT ME again. face', 'STAFF touch me night. say secret', 'he say me"
        " work for him, pay me drugs. me not free leave', 'he come in night with key', 'my aunt"
        " keeps my money and my ID... she lock the food up', 'my cousin make me give her my food"
        " stamps... i aint eat 2 days', 'he bring his dads gun and shoot me'.",
    ),
    _rule(
        "medical",
        "body_simply",
        r"\bface\b[^\n]{0,15}\b(?:droop\w*|one side)\b|\bworst (?:headache|head ache) (?:ever|of my"
        r" life)\b|\bsmell gas\b"
        r"|\b(?:can not|cannot|cant) stand\b[^\n]{0,30}\b(?:floor|hours?)\b"
        r"|\b(?:\d+|two|three) hours? (?:on the )?floor\b"
        r"|\bheart (?:going|is going|racing|beating|beat) (?:real |so |very )?fast\b[^\n]{0,30}"
        r"\b(?:hurt|sweat\w*|chest)\b"
        r"|\bdrank (?:the )?bleach\b",
        "'head ache worst ever. face one side droop. arm weak', 'me smell gas house strong. head"
        " dizzy', 'me fall bathroom. hip break? can not stand. 2 hour floor', 'i used and now my"
        " heart going real fast and it hurt', 'i drinkd the bleech'.",
    ),
)
