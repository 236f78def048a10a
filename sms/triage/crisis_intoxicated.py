"""Crisis rules for texts typed drunk, high, nodding off or in withdrawal: batch 39.

The thirty-ninth blind batch was written by an addiction-medicine nurse as such texts arrive:
"i tookk to mnay i thinnk", "lol im fi ne just tired and my lip s are weird", "on the hwy and
i cant see the lines good lol everythings double", "day 3 no booze and theres people standing
in the corner of my room who arent there", "si sigue gritando le voy a dar con el bate".
Held out, the rules caught 74.4% of its crisis messages. The worst typos are read as meant
in `shorthand.py`; these rules name the states the texts describe: a body fading after
using, driving impaired now, hallucinations in withdrawal, a disinhibited threat or goodbye.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

INTOXICATED: tuple[Rule, ...] = (
    _rule(
        "overdose",
        "fading_after_using",
        r"\b(?:after that|after the|took|bag|shot|nodding|high|used|me meti|fent\w*|dope)\b"
        r"[^\n]{0,30}\b(?:cant keep|no puedo (?:tener|mantener)) (?:my |los )?(?:eyes|ey|ojos"
        r"|oj)\w*"
        r"|\bscared to close my eyes\b|\bfloating away\b|\bno pue ?do abrir los oj\w*"
        r"|\blips?(?: s)? (?:are|feel|look|r)(?: \w+)? (?:weird|blue|purple|numb|funny|tingly)\b"
        r"|\btook to (?:many|much)\b"
        r"|\blos labios (?:los )?(?:siento|tengo) (?:raros?|morados|dormidos)\b"
        r"|\bcant (?:feel|move) (?:my )?(?:legs|arms|hands)\b[^\n]{0,30}\b(?:chest|breathe|air)\b"
        r"|\bcant get air\b"
        r"|\b(?:too much|demasiado)\b[^\n]{0,30}\b(?:im so cold|tengo mucho frio)\b"
        r"|\bdidnt mean (?:it )?to (?:be|take|do) (?:this|that|so) much\b"
        r"|\bi counted them\b[^\n]{0,20}\benough\b"
        r"|\b(?:thought it was|pense que era)\b[^\n]{0,30}\b(?:fent|fentanyl|fentanilo)\b"
        r"|\bcreo que (?:traia|tenia|era) fentanilo\b"
        r"|\b(?:hasnt|has not) moved\b[^\n]{0,30}\b(?:cold|blue|breathing)\b"
        r"|\b(?:puking|vomiting|throwing up) in (?:his|her|their) sleep\b|\bon (?:his|her) back"
        r"\b[^\n]{0,20}\b(?:puking|vomiting)\b"
        r"|\b(?:itd|it would|would it) be quick\b"
        r"|\bin the (?:tub|bath|bathtub|tina)\b[^\n]{0,30}\b(?:pills|bottle|razor|blade"
        r"|pastillas)\b",
        "'I tookk to mnay i thinnk', 'after that bag so sleepy cant keep ey', 'lol im fine just"
        " tired and my lips are weird', 'i didnt mean it to be this much. im so cold', 'he hasnt"
        " moved in like an hour and hes cold', 'my buddy is puking in his sleep on his back'.",
    ),
    _rule(
        "medical",
        "impaired_now",
        r"\bdrunk driv\w*\b|\bdriving (?:home )?(?:drunk|high|wasted)\b|\b(?:im )?fine to drive\b"
        r"|\b(?:falling|fell|keep falling) asleep at the wheel\b|\bcant see the lines\b"
        r"|\beverythings double\b|\bwalls are (?:breathing|moving|melting)\b"
        r"|\b(?:people|someone|gente)\b[^\n]{0,40}\b(?:who|that|que) (?:arent|are not|isnt"
        r"|no estan)"
        r" (?:there|real|ahi)\b"
        r"|\b(?:vi|veo|viendo) cosas\b|\bcomo un ataque\b|\bse me movia sola\b"
        r"|\b(?:no se|no reconozco) (?:donde|dnd) estoy\b|\bno reconozco nada\b"
        r"|\bcant find my way out\b|\bblood everywhere\b"
        r"|\b(?:hear|hearing) (?:people|voices|them)\b[^\n]{0,30}\b(?:talking about|planning)"
        r" (?:killing|hurting|getting) me\b",
        "'Drunk driving home from the bar', 'keep falling asleep at the wheel lol', 'on the hwy"
        " and i cant see the lines good', 'the walls are breathing', 'people standing in the"
        " corner of my room who arent there', 'no se donde estoy y tengo mucho frio'.",
    ),
    _rule(
        "suicide",
        "disinhibited",
        r"\b(?:gonna|going to|bout to) fix it tonight\b"
        r"|\b(?:gonna|going to|bout to) jump\b[^\n]{0,20}\bi mean it\b"
        r"|\bgood ?night forever\b|\bbuenas noches para siempre\b"
        r"|\bif i dont wake up\b|\bsi no despierto\b"
        r"|\b(?:should|gonna) (?:just )?crash (?:the|my) car\b"
        r"|\bcalled (?:my|her|his) \w+ to say (?:bye|goodbye)\b"
        r"|\b(?:arriba|encima) del? (?:edificio|techo|puente)\b[^\n]{0,30}\bno quiero bajar\b"
        r"|\bperdon a todos\b[^\n]{0,20}\b(?:los quiero|kiero|quiero)\b"
        r"|\bvoices? (?:say|says|tell me|are telling me) i should\b",
        "'Everyone hates me and theyre right im gonna fix it tonight', 'goodnight forever lol',"
        " 'if i dont wake up tell the group i tried', 'i should just crash the car. easy',"
        " 'estoy arriba del edificio ya no quiero bajar', 'perdon a todos los kiero mucho'.",
    ),
    _rule(
        "violence",
        "disinhibited_threat",
        r"\b(?:le|les) voy a dar con (?:el|un|la) (?:bate|palo|fierro|tubo|cinturon)\b"
        r"|\b(?:punched|hit|slapped|choked) (?:my )?\w+\b[^\n]{0,40}\b(?:bleeding|sangrando)\b"
        r"|\b(?:break|breaking|kick\w*|bust\w*) (?:down |in )?the door\b"
        r"|\b(?:scared|afraid) (?:im gonna|i might|ill) (?:shake|hurt|hit) (?:him|her|the baby)\b"
        r"|\bmiedo de hacerle algo\b"
        r"|\b(?:threw|throw|tire)\b[^\n]{0,30}\bright by (?:him|her|the baby)\b",
        "'Si sigue gritando le voy a dar con el bate', 'i punched my gf, shes bleeding', 'theyll"
        " break the door', 'im so drunk im scared im gonna shake him', 'tengo miedo de hacerle"
        " algo'.",
    ),
)
