"""Crisis rules for participants who speak in the language of faith: batch 51.

The fifty-first blind batch was written in the words of the Black church, evangelical,
Pentecostal and Catholic congregations, Latino evangélicos, Muslims, Native spirituality and
the Twelve Steps. Held out, the rules caught 54.1% of its crisis messages: an intent said
entirely in scripture, hymn and prayer ("the Lord is calling me home tonight and I'm not gonna
fight Him", "the wages of sin is death. so I'm going to collect my wages", "rosary in one hand
pills in the other", "I made my final dua. going to Allah tonight", "es mi última comunión, ya
me aseguré"), religious delusions that command harm, and abuse by pastors, elders and family
in God's name. The same words said of a grandmother's homegoing, a hymn or a fast are not
crises, and the rules below need the first person, tonight, or a means next to them.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_GOD = r"(?:god|the lord|lord|jesus|the creator|creator|allah|the father|him|he)"

FAITH: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "called_home",
        rf"\b{_GOD} (?:is )?calling me (?:home|back)\b"
        r"|\bgoing to (?:allah|god|heaven|jesus|the lord) tonight\b|\bfinal dua\b"
        r"|\b(?:esta noche|hoy) me voy (?:a la casa del padre|al cielo|con dios)\b"
        r"|\bme voy con mi \w+ al cielo\b"
        r"|\btime to walk on\b|\bwant to walk on with\b|\bready to cross over\b"
        r"|\bleave this body\b|\bwith the ancestors\b[^\n]{0,30}\b(?:everything i need|tonight)\b"
        r"|\b(?:gave|giving) me a sign\b[^\n]{0,40}\bits time\b|\bmeans its time\b"
        r"|\bthats gonna be me\b[^\n]{0,20}\btonight\b"
        r"|\b(?:saved me a room|many mansions)\b[^\n]{0,40}\bcoming tonight\b"
        rf"|\bgiving it back to {_GOD} tonight\b|\btold {_GOD} im coming\b"
        r"|\bim coming whether (?:hes|he is) ready\b"
        r"|\b(?:ima|im gonna|im going to|i will) see \w+(?: \w+)? soon\b[^\n]{0,60}\b(?:gate"
        r"|heaven|waiting)\b"
        rf"|\b(?:asking|ask|pray\w*) {_GOD} (?:to )?(?:not let me wake up|take me tonight)\b"
        r"|\b(?:ill |i will )?see (?:you|yall|you all) in glory\b|\bnos vemos en la gloria\b"
        r"|\bwake up with jesus\b"
        r"|\b(?:me dice|tells me|telling me) (?:que )?(?:camine al mar|to walk into the (?:sea"
        r"|ocean|river))\b",
        "'I think the Lord is calling me home tonight and im not gonna fight Him on it', 'the"
        " Creator is calling me back', 'grandfather said its time to walk on. im ready', 'I made"
        " my final dua. going to Allah tonight', 'esta noche me voy a la casa del Padre', 'ill see"
        " you in glory'.",
    ),
    _rule(
        "suicide",
        "forgiven_before",
        r"\bcant carry this cross\b|\bya no puedo con esta cruz\b|\bforgive me for leaving\b"
        r"|\bafter tonight its done\b"
        r"|\b(?:soul is clean|ya me confese)\b[^\n]{0,40}\b(?:now i can go|ahora si me puedo ir"
        r"|me puedo ir)\b"
        r"|\bmade my peace with (?:the lord|god|jesus)\b"
        r"|\blast rites\b[^\n]{0,60}\bgive them to me\b"
        r"|\b(?:picked the hymns|give me a nice homegoing)\b"
        r"|\bwont be needing (?:them|it|these|those) after tonight\b"
        r"|\bya no voy a necesitar (?:sus|tus) oraciones\b|\boren por mi alma\b"
        r"|\b(?:group|church)\b[^\n]{0,20}\bor ever\b",
        "'God forgive me i cant carry this cross anymore', 'went to confession this morning so my"
        " soul is clean. now i can go', 'made my peace with the Lord and with my kids', 'theyll"
        " give me a nice homegoing. already picked the hymns', 'i wont be needing [your prayers]"
        " after tonight'.",
    ),
    _rule(
        "suicide",
        "scripture_as_intent",
        r"\bwalking all the way through it\b"
        r"|\b(?:insulin|syringes)\b[^\n]{0,20}\bdrawn up\b"
        r"|\b(?:rosary|rosario)\b[^\n]{0,40}\b(?:pills|pastillas)\b|\bthe hour is now\b"
        r"|\bcollect my wages\b|\bhelp (?:him|god) with the taketh\b"
        r"|\bit is finished (?:\. )?john 19\b|\btoday is my last (?:one|day)\b"
        r"|\bmy message\b[^\n]{0,5}\bgoodbye\b"
        r"|\b(?:belt|rope|cord) (?:is )?(?:on|over) the (?:closet )?door\b"
        r"|\bmy testimony ends tonight\b|\bonce you (?:already )?decided\b"
        r"|\bthan you can bear\b[^\n]{0,10}\blied\b|\bmintieron\b[^\n]{0,20}\blo suelto todo\b"
        r"|\besta noche lo suelto todo\b"
        r"|\bletting go\b[^\n]{0,15}\bon the <HEIGHT>\b|\bthe rest of me goes\b"
        r"|\bburied in it\b[^\n]{0,15}\bits time\b"
        r"|\b(?:last communion|ultima comunion)\b[^\n]{0,20}\b(?:made sure|me asegure)\b"
        r"|\bmight as well get it over with\b"
        r"|\b(?:sitting at the altar|altar)\b[^\n]{0,40}\b(?:pills|bottle of pills)\b"
        r"|\bbest place to do it\b|\bpills are right here\b|\bbrought everything i need\b"
        r"|\bgot everything i need with me\b"
        r"|\bif god is real (?:hell|he will) stop me\b|\beither way im doing it\b"
        r"|\bsi dios existe que me pare\b|\bwhether i should keep living\b"
        r"|\bthats my answer\b[^\n]{0,10}\bgoodbye\b|\btying up loose ends\b"
        r"|\bon the other side\b[^\n]{0,20}\bsee (?:yall|you all|ya)\b"
        r"|\bi can give (?:her|him|them) that\b|\bse lo voy a cumplir\b|\bwhoever reads this\b"
        r"|\bway out and i found (?:one|it)\b|\bwont be around (?:sunday|\w+day)\b",
        "'yea though i walk through the valley... tonight im walking all the way through it',"
        " 'rosary in one hand pills in the other... i think the hour is now', 'the wages of sin is"
        " death. so im going to collect my wages', 'turned my will and my life over... belt is on"
        " the closet door', 'es mi ultima comunion, ya me asegure'.",
    ),
    _rule(
        "suicide",
        "commanded_by_voices",
        r"\b(?:god|he|the lord|the voices?|angels?|a voice|voices|the spirit|el espiritu)\b"
        r"[^\n]{0,30}\b(?:telling me|tells me|told me|said|saying|keep saying|keeps telling me"
        r"|want me|me dice)\b[^\n]{0,30}\b(?:give my (?:son|daughter|child|baby) back|jump|come"
        r" with them|slain|cleanse my house|sacrifice|sacrificar|prove it by dying|with fire)\b"
        r"|\bme tengo que sacrificar\b|\bprove it by dying\b|\bmust be slain\b"
        r"|\bcleanse\b[^\n]{0,30}\bwith fire\b|\bdrank all my meds\b",
        "'God keeps telling me to give my son back to Him', 'a voice saying jump so i can be"
        " pure. on the roof', 'angels want me to come with them. drank all my meds with the"
        " vodka', 'im the lamb. the voices keep saying the lamb must be slain', 'Dios me dice que"
        " me tengo que sacrificar'.",
    ),
    _rule(
        "violence",
        "abuse_in_gods_name",
        r"\bif i tell (?:anybody|anyone|someone)\b[^\n]{0,60}\b(?:strike me|kill me|hurt me|post"
        r"|coming)\b|\bsi le cuento a alguien\b"
        r"|\bthe night (?:he|she) kills me\b|\bhe keeps hitting\b"
        r"|\bwhat my (?:stepdad|dad|uncle|brother|father|stepfather)\b[^\n]{0,20}\bdoes when\b"
        r"|\b(?:has|got) (?:pics|pictures|photos) of me\b[^\n]{0,40}\b(?:post|if i dont)\b"
        r"|\bme tiene amarrad[oa]\b|\bme esta esperando afuera\b"
        r"|\b(?:knows|sabe) where im staying\b",
        "'pastor said if i tell anybody what he does God will strike me down. hes coming by"
        " tonight', 'he said tonight might be the night he kills me', 'nobody at church knows what"
        " my stepdad does when mom is at bible study', 'youth pastor has pics of me and says hell"
        " post them', 'mi suegra me tiene amarrada en el cuarto pa orar por mi'.",
    ),
    _rule(
        "medical",
        "fasting_collapse",
        r"\bayuno\b[^\n]{0,40}\b(?:no me puedo parar|corazon)\b"
        r"|\bcorazon me late (?:bien |muy )?raro\b"
        r"|\bfast\w*\b[^\n]{0,40}\b(?:cant stand up|heart (?:is )?(?:beating )?(?:weird|racing))\b",
        "'llevo 10 dias de ayuno porque Dios me lo pidio y ya no me puedo parar, el corazon me late"
        " bien raro'.",
    ),
)
