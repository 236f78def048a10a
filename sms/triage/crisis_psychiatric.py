"""Crisis rules for psychiatric emergencies in people who also use: batch 34.

The thirty-fourth blind batch was written as a psychiatric emergency nurse sees co-occurring
disorders: command hallucinations ("the voice says if i dont cut ill lose my daughter"),
mania that feels invincible at 120 on the freeway, paranoia with a plan against a neighbour,
dissociation that ends in burns, postpartum voices, an eating disorder at the fainting point,
and the emergencies of the medicines themselves - a jaw locked after the first injection,
lithium toxicity in a stomach flu, serotonin syndrome, a seizure after stopping Xanax cold.
Held out, the rules caught 67.4% of its crisis messages: they knew the words of suicide and
overdose, not these. These rules name each presentation by what the writer sees or feels.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

# Who commands in a hallucination.
_VOICE = (
    r"(?:voices?|god|the devil|angels?|demons?|shadow people|the tv|the tele|the radio|a voice"
    r"|la voz|una voz|las voces|dios|el diablo|los angeles|la tele|la television|mi \w+ muert[oa]"
    r"|my dead \w+)"
)

PSYCHIATRIC: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "command_hallucination",
        rf"\b{_VOICE}\b(?: \S+){{0,4}} (?:says?|said|told me|tells me|telling me|keeps? telling"
        rf" me|are telling me|dice|dijo|me dicen|me dijo|diciendome|le dice)"
        rf" (?:to |que |if i dont |i have to |tengo que |si no )?(?:jump|cut|die|kill|hurt|drown"
        rf"|sacrifice|give my body|stop (?:him|her|them)|burn|me vaya|ahogue|mate|me mate|me corte"
        rf"|sacrificar|me tire|muera|tonight is the night)\w*"
        r"|\b(?:la tele|la television|the tv|the radio) (?:me habla|is talking to me|talks to me)\b"
        r"(?: \S+){0,4} (?:sacrific\w*|tengo que|i have to|matar|kill)\b"
        r"|\bgod (?:is talking to me|told me)\b(?: \S+){0,8} (?:sacrifice|give my body|tonight)\b"
        r"|\bvoice (?:saying|says) (?:she|he) (?:isnt|is not) mine\b",
        "'The voice says if i dont cut ill lose my daughter', 'shadow people telling me to jump',"
        " 'god told me to give my body back', 'una voz le dice que ahogue al bebe', 'escucho a mi"
        " hermano muerto diciendome que me vaya con el': a voice that commands harm.",
    ),
    _rule(
        "suicide",
        "invincible_in_danger",
        r"\b(?:immortal|invincible|unstoppable|nothing can (?:touch|hurt|stop) me|inmortal"
        r"|invencible|nada me (?:puede|va a) (?:pasar|tocar)|cant die|no me puedo morir|i can fly"
        r"|puedo volar)\b[^\n]{0,80}\b(?:tracks|vias|freeway|highway|autopista|race|racing"
        r"|bridge|puente|roof|techo|jump|prove it|probarlo|manejar|driving|edge|frontera|sin parar"
        r"|traffic)\b"
        r"|\b(?:tracks|vias|freeway|autopista|race|racing|bridge|roof|jump|driving)\b[^\n]{0,80}"
        r"\b(?:immortal|invincible|unstoppable|nothing can (?:touch|hurt) me|inmortal|invencible"
        r"|nada me (?:puede|va a) pasar|i can fly|puedo volar)\b"
        r"|\b(?:doing|going|driving|voy a|manejo a) (?:1[0-9]{2}|2[0-9]{2})(?: mph)? (?:on|en)"
        r" (?:the|la|el) (?:freeway|highway|interstate|autopista|carretera|periferico)\b",
        "'Doing 120 on the freeway rn nothing can touch me', 'the angels told me Im immortal now."
        " gonna prove it on the tracks', 'soy invencible y voy a manejar hasta la frontera':"
        " mania that feels invincible.",
    ),
    _rule(
        "violence",
        "paranoid_with_a_plan",
        r"\b(?:i have to|i need to|tengo que) stop (?:him|her|them)\b(?: \S+){0,3} (?:tonight"
        r"|before morning|now)\b|\b(?:going after|voy a ir por|voy por) (?:the|my|el|la|mi)"
        r" (?:neighbor|vecin[oa]|landlord|casero)\b"
        r"|\b(?:put something in|poisoning|envenenando) the water\b[^\n]{0,80}\b(?:stop them|ready"
        r"|bleach|gun|knife)\b"
        r"|\b(?:chip|tracker|device|chip) in my (?:arm|head|skin|body|brazo|cabeza)\b[^\n]{0,60}"
        r"\b(?:get it out|cut it out|razor|knife|sacarmelo|navaja)\b"
        r"|\b(?:pushed|put|moved) the (?:dresser|couch|fridge|bed) (?:against"
        r"|in front of) the door\b"
        r"|\batranque la puerta\b|\bbarricaded (?:myself|the door|in)\b",
        "'They put something in the water and i have to stop them before morning. i got the"
        " bleach ready', 'theres a chip in my arm and i need to get it out. i have a razor',"
        " 'pushed the dresser against the door', 'going after the neighbor': paranoia with a"
        " plan.",
    ),
    _rule(
        "self_harm",
        "to_feel_something",
        r"\b(?:had to|needed to|necesitaba|tenia que) (?:feel|sentir) (?:something|algo)\b(?: \S+)"
        r"{0,3} (?:so |y |asi que )?(?:i )?(?:burned|cut|hit|me queme|me corte|me pegue)\b"
        r"|\bme (?:volvi a quemar|queme otra vez|queme de nuevo)\b|\bme quem(?:e|o) (?:\w+ ){0,3}a"
        r" proposito\b"
        r"|\bwoke up with cuts\b(?: \S+){0,4} (?:i dont remember|i do not remember|no recuerdo)\b"
        r"|\b(?:someone else|somebody else) is in my body\b",
        "'I had to feel something so i burned my arm', 'me volvi a quemar con cigarros', 'woke up"
        " with cuts on my arms i dont remember making': harm in numbness or dissociation.",
    ),
    _rule(
        "suicide",
        "postpartum",
        r"\b(?:\d+|a few|two|three) (?:weeks|wks|months|semanas|meses) (?:postpartum|post partum"
        r"|de parida|despues del parto)\b[^\n]{0,120}\b(?:planned|plan|voice|voz|lake|lago|leave"
        r"|ahogue|hurt|scared what|dejar)\b"
        r"|\b(?:dont|do not) want to be near (?:her|him|the baby)\b(?: \S+){0,2} (?:im )?scared"
        r" (?:of )?what (?:ill|i will|i might) do\b",
        "'Im 8 weeks postpartum and I have it planned', 'mi hija tiene 3 semanas de parida y dice"
        " que una voz le dice que ahogue al bebe', 'i dont want to be near her im scared what ill"
        " do'.",
    ),
    _rule(
        "medical",
        "medicine_reaction",
        r"\b(?:tongue|lengua|eyes|ojos|jaw|mandibula|neck|cuello)\b[^\n]{0,40}\b(?:sticking out"
        r"|stuck|rolling up|rolling back|locked|twisted|pulling|torcido|trabada|trabo|para arriba)"
        r"\b[^\n]{0,80}\b(?:shot|injection|inyeccion|haldol|haloperidol|antipsychotic"
        r"|antipsicotico|new med\w*|medicina nueva|abilify|risperdal|invega|zyprexa)\b"
        r"|\b(?:shot|injection|inyeccion|haldol|haloperidol|antipsychotic|antipsicotico|new med\w*)"
        r"\b[^\n]{0,60}\b(?:tongue|lengua|eyes|ojos|jaw|mandibula|neck|cuello)\b[^\n]{0,30}"
        r"\b(?:sticking out|stuck|rolling up|rolling|locked|twisted|pulling|torcido|trabada"
        r"|trabo)\b"
        r"|\bse me trabo la mandibula\b"
        r"|\b(?:rigid|stiff|tieso|tiesa) (?:as|como) (?:a )?(?:board|tabla)\b"
        r"|\b(?:muscles|musculos) (?:are )?(?:locked|rigid)\b"
        r"|\b(?:legs|piernas) (?:me )?(?:brincan|jump|keep jumping) solas?\b"
        r"|\bpupils (?:are )?(?:huge|massive|dilated)\b(?: \S+){0,4} (?:twitching|on fire|sweating"
        r"|shaking)\b"
        r"|\b(?:on lithium|tomo litio|toma litio|en litio)\b[^\n]{0,80}\b(?:shaking|confused|cant"
        r" walk|vomit\w*|tiemblo|tiembla|confundid[oa]|arrastrado|diarrhea)\b"
        r"|\b(?:shaking|confused|vomit\w*|tiemblo|hablo arrastrado)\b[^\n]{0,60}\b(?:on lithium"
        r"|tomo litio|toma litio)\b"
        r"|\bbp (?:is |of |at )?(?:1[89]\d|2\d\d)(?: ?/ ?| )\d{2,3}\b"
        r"|\bpresion (?:de |en |a )?(?:1[89]\d|2\d\d)\b"
        r"|\bwoke up on the (?:kitchen |bathroom )?floor\b(?: \S+){0,3} (?:tongue bit|bit my tongue"
        r"|pee|peed|pissed)\b"
        r"|\b(?:feel|feeling|siento) (?:a |like a )?(?:fit|seizure|convulsion) coming\b",
        "'After the shot my tongue is sticking out', 'jaw locked up after the haldol shot', 'hes"
        " rigid as a board, fever 104', 'pupils huge, twitching, feel like im on fire', 'my moms on"
        " lithium and now shes shaking, confused', 'bp is 210/120', 'woke up on the kitchen floor"
        " with my tongue bit': the medicines' own emergencies.",
    ),
    _rule(
        "medical",
        "starving",
        r"\b(?:havent|have not|hasnt|has not|no he|no ha) (?:drank|drunk|eaten|comido|tomado)"
        r" (?:anything|nada|agua|water)? ?(?:in|en) (?:\d+|two|three|four|five|six|seven|eight"
        r"|nine|ten) (?:days|dias)\b[^\n]{0,80}\b(?:dizzy|spots|weak|faint|cant stand|mare\w*"
        r"|puntos|debil|desmay\w*|not answering)\b",
        "'Havent drank anything in 3 days bc water makes me bloated. dizzy and seeing spots',"
        " 'wife hasnt eaten in 9 days, so weak she cant stand': an eating disorder at the"
        " fainting point.",
    ),
    _rule(
        "help_now",
        "mania_seen_by_family",
        r"\b(?:went manic|is manic|esta en mania|off (?:her|his|their) (?:bipolar )?meds|dejo sus"
        r" (?:medicinas|pastillas)(?: del bipolar)?)\b[^\n]{0,120}\b(?:driving|manejando|car with"
        r"|en el carro|cant swim|no sabe nadar|no shoes|escopeta|gun|loading|cargando|se llevo)\b"
        r"|\b(?:no duerme|hasnt slept)\b[^\n]{0,60}\b(?:cargando|loading) (?:la|the|his|her)"
        r" (?:escopeta|pistola|gun|rifle|shotgun)\b"
        r"|\b(?:meth run|on a run)\b[^\n]{0,80}\b(?:throwing knives|knife|imposter|screaming)\b",
        "'My mom went off her bipolar meds, emptied the bank account and is driving to vegas with"
        " my little sister in the car', 'mi esposo no duerme hace 3 dias y esta cargando la"
        " escopeta', 'on a meth run, screaming that im an imposter, throwing knives'.",
    ),
    _rule(
        "suicide",
        "means_near_and_ready",
        r"\bhid the (?:gun|pills|rope|knife)\b(?: \S+){0,6} (?:keep|kept) (?:going back|looking)\b"
        r"|\b(?:im|i am) holding the (?:cord|rope|belt|gun|pills|bottle)<END>"
        r"|\b(?:i have|ive got|i got) everything ready<END>"
        r"|\b(?:ya )?escribi las cartas\b"
        r"|\b(?:leave|get out|escape)\b(?: \S+){0,2} and do it before\b"
        r"|\b(?:on purpose)\b(?: \S+){0,4} (?:didnt work|did not work)\b"
        r"|\bme sali del hospital sin permiso\b"
        r"|\bme podria tirar (?:al|del|en el) (?:metro|tren|puente)\b"
        r"|\b(?:me tome|tome) todas las de dormir\b",
        "'Hid the gun in the closet but i keep going back to it', 'im holding the cord. just wanted"
        " someone to know', 'ran my car off the road on purpose but it didnt work. ill try again',"
        " 'me sali del hospital sin permiso. ya nada importa': means near and ready.",
    ),
    _rule(
        "overdose",
        "mixed_with_prescriptions",
        r"\b(?:cough syrup|dxm|robitussin|tacha|tachas|molly|mdma|ecstasy|tramadol)\b[^\n]{0,50}"
        r"\b(?:prozac|zoloft|sertralina|lexapro|fluoxetina|paxil|antidepressant|antidepresivo"
        r"|ssri)\b[^\n]{0,80}\b(?:spinning|jumping|twitching|temblando|sudando|brincan|on fire)\b"
        r"|\b(?:prozac|zoloft|sertralina|lexapro|fluoxetina|paxil|antidepressant|antidepresivo)\b"
        r"[^\n]{0,50}\b(?:cough syrup|tacha|tachas|molly|mdma|ecstasy|tramadol)\b[^\n]{0,80}"
        r"\b(?:spinning|jumping|twitching|temblando|sudando|brincan|on fire)\b",
        "'Drank a bottle of cough syrup with my prozac, everything is spinning and my muscles are"
        " jumping', 'me tome la sertralina y luego tacha, estoy sudando, temblando'.",
    ),
)
