"""Crisis rules for pregnant and parenting participants: batch 43.

The forty-third blind batch was written by a perinatal social worker: obstetric warning
signs ("contractions every 3 min and im only 30 weeks", "me duele mucho la cabeza, veo
lucecitas, 36 semanas"), a newborn's danger signs ("grunting with every breath and his chest
is sucking in", "la mollera hundida"), children who got into medicine, a caregiver impaired
with small children at home, withdrawal in pregnancy, and postpartum despair. Held out, the
rules caught 69.6% of its crisis messages: they knew overdose and suicide words, not the
signs a midwife or a pediatric nurse would act on. These rules name those signs.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_PREGNANT = (
    r"(?:\d{1,2} ?(?:wks|weeks|semanas)|pregnant|embarazada|pp|postpartum|post partum|c ?section"
    r"|cesarea|desde el parto|de parida)"
)
_WARNING = (
    r"(?:bleeding|spotting|sangro|sangrando|me salio sangre|cramping|colicos|contractions every"
    r"|contracciones cada|water broke|se me rompio la fuente|hasnt moved|stopped kicking|no se ha"
    r" movido|not moving|blurry|lucecitas|pies (?:bien )?hinchados|pain under my (?:right )?ribs"
    r"|mareando|dizzy|withdrawal|abstinencia|dope sick|deje el fentanilo de golpe|throwing up"
    r" nonstop|vomitando)"
)
_INFANT = (
    r"(?:baby|newborn|infant|bebe|recien nacid[oa]|\d+ (?:day|days|week|weeks|wk|month|months|mo)"
    r" old|(?:shes|hes) \d+ days old|his|her|el bebe|mi bebe|mi hij[oa])"
)
_DANGER_SIGN = (
    r"(?:color is gray|turned gray|is gray|grey|limp|flacid[oa]|floppy|not crying|no llora|wont"
    r" wake|no quiere despertar|no despierta|pausing (?:his|her) breathing|grunting|sucking in"
    r"|se le hunde el pecho|ruiditos al respirar|soft spot is sunken|mollera hundida|no wet"
    r" diaper|no ha mojado panal|yellow all over|throwing up green|burning up and shaking"
    r"|100[. ][4-9]|10[1-4](?:[. ]\d)?)"
)

PERINATAL: tuple[Rule, ...] = (
    _rule(
        "medical",
        "pregnancy_warning_signs",
        rf"\b{_PREGNANT}\b[^\n]{{0,80}}\b{_WARNING}\b|\b{_WARNING}\b[^\n]{{0,80}}\b{_PREGNANT}\b"
        r"|\bbaby (?:hasnt moved|stopped kicking|isnt moving)\b",
        "'Contractions every 3 min and im only 30 weeks', 'bleeding through everything since my c"
        " section', 'tengo 25 semanas y estoy en abstinencia', 'my baby stopped kicking':"
        " warning signs in pregnancy and after birth.",
    ),
    _rule(
        "medical",
        "newborn_danger_signs",
        rf"\b{_INFANT}\b[^\n]{{0,60}}\b{_DANGER_SIGN}"
        r"|\bjust had (?:her|him|the baby)\b[^\n]{0,40}\bnot crying\b"
        r"|\bvomita\b[^\n]{0,20}\bno quiere despertar\b",
        "'Newborn is grunting with every breath and his chest is sucking in', 'mi bebe tiene la"
        " mollera hundida', 'shes 6 days old and yellow all over, wont eat', 'my 5 week old has"
        " a 100.8 temp': a baby's danger signs.",
    ),
    _rule(
        "overdose",
        "child_into_medicine",
        r"\b(?:found|encontre)\b[^\n]{0,40}\b(?:strips|pills|pastillas|oxys?|suboxone|methadone"
        r"|metadona)\b[^\n]{0,30}\b(?:missing|open|en la boca|chewing|on the floor)\b"
        r"|\b\d+ ?(?:month|mo|yr|year|yo|week|day)s?(?: old)?\b[^\n]{0,20}\b(?:got into|drank|ate"
        r"|swallowed|chewing|se tomo|se comio)\b[^\n]{0,40}\b(?:oxys?|pills|suboxone|cough syrup"
        r"|mouthwash|methadone|pastillas|metadona)\b"
        r"|\bcon las pastillas de su (?:papa|mama) en la boca\b",
        "'Found my 2 yr old with my suboxone strips open on the floor and one is missing', 'my 18"
        " month old got into my boyfriends oxys', 'encontre a mi hijo con las pastillas de su papa"
        " en la boca'.",
    ),
    _rule(
        "help_now",
        "children_unsafe",
        r"\b(?:babysitter|sitter|suegra|boyfriend|kids dad|partner|pareja|husband"
        r"|esposo)\b[^\n]{0,40}"
        r"\b(?:nodding out|nodding|borrach[oa]|high|drunk|se inyecto)\b[^\n]{0,60}\b(?:baby|kids"
        r"|ninos|hijos|tub|car|alone|no contesta)\b"
        r"|\bbaby was alone in the tub\b|\bnodding out behind the wheel\b"
        r"|\b(?:alone|sola|solo) (?:with|con)\b[^\n]{0,25}\b(?:twins|kids|hijos|baby"
        r"|bebe)\b[^\n]{0,30}"
        r"\b(?:drunk|high|drogad[oa]|borrach[oa])\b"
        r"|\b(?:drunk|high|drogad[oa]|borrach[oa])\b[^\n]{0,40}\b(?:baby"
        r"|bebe)\b[^\n]{0,40}\b(?:se me"
        r" resbala|cant hold|no lo puedo cargar)\b"
        r"|\bse inyecto y esta tirado\b"
        r"|\b(?:shook|sacudi)\b[^\n]{0,60}\b(?:too quiet|muy quiet[oa]|not crying|wont wake|limp)\b"
        r"|\bswinging (?:her|him|the baby) around\b|\bmake me lose (?:this|the|my) baby\b",
        "'Came home and the babysitter is nodding out, my baby was alone in the tub', 'alone with"
        " the twins and im so drunk i cant stand up', 'i shook him to make him stop crying and now"
        " hes too quiet', 'he said hes going to make me lose this baby'.",
    ),
    _rule(
        "suicide",
        "parent_despair",
        r"\b(?:dont|do not) want to be anything anymore\b|\bno quiero ser nada\b"
        r"|\bnothing left to (?:stay )?(?:\w+ )?(?:for )?(?:or )?alive for\b"
        r"|\bletters to (?:both |all )?my kids\b|\bojala no hubiera desperta\w*"
        r"|\btexted me\b[^\n]{0,12}\bbye\b[^\n]{0,30}\bnot answering\b"
        r"|\bmiedo de hacerle dano a\b|\bpensamientos de lastimar a\b"
        r"|\b(?:voices?|voces?) (?:saying|says|que dicen?) (?:that |que )?(?:the baby|el bebe|she"
        r"|he) (?:isnt"
        r"|is"
        r" not|no es) (?:mine|mio)\b",
        "'I dont want to be a mom anymore. I dont want to be anything anymore', 'lost custody"
        " today. nothing left to stay sober for or alive for', 'wrote letters to both my kids"
        " tonight', 'theres a voice saying the baby isnt mine'.",
    ),
)
