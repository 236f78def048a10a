"""Crisis rules for participants who work in kitchens, bars and hotels: batch 54.

The fifty-fourth blind batch was written in the voice of line cooks, dishwashers, servers,
bartenders and housekeepers. Held out, the rules caught 70.0% of its crisis messages. Their
intent comes in the trade's words ("closing out my tab tonight. for real this time. my knives
go to manny", "86 me from the schedule. from everything", "clocked out permanent", "the hook in
the walk-in. and my belt"), their injuries are the kitchen's (fryer oil in an eye, a burn white
and leathery, a finger caught in the slicer, locked in the walk-in), and the threats against
them use a boss's power (immigration called on them, phones taken, "favors").
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

HOSPITALITY: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "last_call",
        r"\bclos\w* (?:out )?my tab\b[^\n]{0,40}\b(?:for real|for good|my knives|forever|this"
        r" time)\b|\b(?:ya )?cierro mi cuenta\b[^\n]{0,40}\b(?:no mas|adios)\b"
        r"|\bmy knives go to\b|\bles deje mis cuchillos\b|\bgave away my (?:chef coats|knives)\b"
        r"|\b(?:hand|face) in (?:the )?fryer\b|\bmeter la mano en la freidora\b"
        r"|\bmore than my hand\b|\bclock(?:ed)? out (?:permanent\w*|for good|forever)\b"
        r"|\bwrote the note\b|\bkey card\b[^\n]{0,40}\b(?:roof|access door)\b"
        r"|\blast shift ever\b|\bla ultima vez que cierro\b|\bhow fast it would work\b"
        r"|\b86 me\b[^\n]{0,30}\b(?:from everything|forever)\b"
        r"|\bhook\b[^\n]{0,30}\band my belt\b|\bdont come looking\b|\bim already way past that\b"
        r"|\blay down in the walk ?in\b[^\n]{0,20}\bnot come out\b"
        r"|\bcarrying a razor\b|\bused it twice today\b"
        r"|\bcleaned out my locker\b|\bsent my last paycheck\b"
        r"|\bstep off the platform\b|\b(?:tomorrow|shift)\b[^\n]{0,10}\bor ever\b"
        r"|\bafter close im done\b|\bbad thoughts\b[^\n]{0,60}\bhelp\b"
        r"|\btired of pretending\b|\bif you die\b[^\n]{0,30}\basking\b"
        r"|\b(?:at|on) the top (?:level |floor )?of the (?:\w+ )?<HEIGHT>\b"
        r"|\bcounting my pills\b(?! to see if)"
        r"|\b(?:yall|you all|you folks|you guys) been (?:real |so )?good to me\b"
        r"|\bcalm once you decide\b|\beverythings prepped\b|\bin the weeds forever\b"
        r"|\bno me busquen\b|\btraigo la cuerda\b",
        "'closing out my tab tonight. for real this time. my knives go to manny', 'i keep looking"
        " at the fryer. like just putting my hand in', 'everybody'd be better off if i just"
        " clocked out permanent', '86 me from the schedule. from everything. forever', 'the hook"
        " in the walk in. and my belt', 'ya cierro mi cuenta. no más propinas, no más nada'.",
    ),
    _rule(
        "medical",
        "kitchen_injuries",
        r"\bburn\b[^\n]{0,30}\b(?:white and leathery|leathery|cant feel it)\b"
        r"|\b(?:oil|grease|steam|vapor|aceite)\b[^\n]{0,40}\b(?:cant open my (?:left |right )?eye"
        r"|no puedo abrir el ojo|got my face|la cara)\b"
        r"|\bse me esta cayendo el pellejo\b|\bpeeling off in sheets\b"
        r"|\bfryer tipped over\b|\bwhole (?:leg|arm) got it\b"
        r"|\bwalk ?in\b[^\n]{0,30}\blocked in\b|\blatched from outside\b"
        r"|\bsomething leaked\b[^\n]{0,60}\b(?:went down|dizzy)\b|\bisnt making sense\b"
        r"|\b(?:lines|coke|bumps)\b[^\n]{0,40}\bheart\b[^\n]{0,15}\b(?:skipping|racing|pounding)\b"
        r"|\bfinger is hanging\b|\bcaught in the (?:meat )?slicer\b"
        r"|\bbleeding down there\b|\bafter what (?:he|the \w+(?: \w+)?) did to me\b",
        "'burn on my hand is all white and leathery and i cant feel it', 'fryer oil got my face,"
        " cant open my left eye', 'walk-in latched from outside and im locked in', 'my hand got"
        " caught in the meat slicer, my finger is hanging'.",
    ),
    _rule(
        "violence",
        "boss_power",
        r"\b(?:ice|immigration)\b[^\n]{0,30}\b(?:on me|pick me up|picked up|deport\w*)\b"
        r"|\bpicked up by (?:ice|immigration)\b"
        r"|\bstanding by my car\b|\bgrabbed me and pushed me\b"
        r"|\bwait(?:ing)? for me (?:in|at) the (?:lot|parking lot|back)\b"
        r"|\bknife in (?:him|her|them)\b"
        r"|\bfollowed me to\b[^\n]{0,60}\b(?:standing|watching|again)\b"
        r"|\bdo favors\b|\blocked the front door\b|\bcant leave the (?:hotel|restaurant)\b"
        r"|\btakes our phones\b|\bme encerro en la oficina\b|\bno me deja salir\b"
        r"|\bbreak my hands\b|\bshoot up the (?:restaurant|place|school|bar|work|kitchen)\b"
        r"|\bbring his boys\b|\bslashed my tires\b|\bgunshots outside\b"
        r"|\bon the floor behind the\b",
        "'he calls ICE on me and my mom. hes standing by my car right now', 'sous chef says hes"
        " gonna wait for me in the lot after close', 'if he grabs my ass one more time im putting"
        " my boning knife in him', 'owner says if i dont do favors he stops paying me. tonight he"
        " locked the front door', 'el supervisor me encerró en la oficina'.",
    ),
)
