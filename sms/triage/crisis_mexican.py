"""Crisis rules for Mexican, Chicano and Central American Spanish: batch 59.

The fifty-ninth blind batch was written in the Spanish and Spanglish of Mexican, Chicano,
Salvadoran, Honduran and Guatemalan working adults in the US (voseo, calo, norteno slang,
pochismos). Held out, the rules caught 84.4% of its crisis messages. What they missed is the
region's verbs for taking and cutting ("me avente las pastillas", "me raje las piernas",
"todo el pomo"), ending said plainly ("le pongo fin a todo", "me quito del camino", "ya no tengo
por quien vivir", "triste de seguir vivo"), the truck as the means ("manejar la troca contra el
muro"), goodbyes by what was left ("le deje mi troca y mi herramienta"), and English told the
same way ("i dont trust what ill do", "drive my troca off the overpass").
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_VEHICLE = r"(?:troca|carro|coche|camioneta|moto|truck|car|ride)"

MEXICAN: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "ending_said_plainly_es",
        r"\b(?:le )?(?:pongo|voy a poner|poner(?:le)?) fin a (?:todo|mi vida)\b"
        r"|\bme quito del camino\b|\bni pa(?:ra)? vivir sirvo\b"
        r"|\bno tengo (?:por|para|pa) (?:quien|que) vivir\b|\btriste de seguir viv[oa]\b"
        r"|\bme harte de vivir\b|\bharto de vivir\b"
        r"|\bacabar conmigo\b|\b(?:diosito|dios mio|diosito santo|virgencita) llevame\b"
        r"|\bya me despedi de\b[^\n]{0,60}\b(?:le deje|les deje|ya esta)\b"
        r"|\ble deje mi (?:troca|carro|herramienta|perro|ropa)\b[^\n]{0,30}\bya esta\b"
        r"|\bwhy do i keep waking up\b|\bi pray (?:every night )?(?:i dont|that i dont|to not)"
        r" (?:wake|make it)\b",
        "'hoy le pongo fin a todo', 'mejor me quito del camino', 'ya no tengo por quien vivir',"
        " 'me despierto triste de seguir vivo', 'diosito llevame ya', 'ya me despedi de mi"
        " carnal, le deje mi troca', 'why do i keep waking up'.",
    ),
    _rule(
        "suicide",
        "vehicle_as_means",
        r"\b(?:drive|crash|wreck|run) (?:my|the) (?:\w+ )?" + _VEHICLE + r" (?:off|into)"
        r" (?:the|a) (?:overpass|bridge|cliff|wall|pole|tree|river|canal|freeway)\b"
        r"|\b(?:manejar|estrellar|chocar|meter|aventar) (?:la|el|mi) "
        + _VEHICLE
        + r"\b[^\n]{0,30}\bcontra (?:el|la|un|una)\b|\bquiero estrellarme\b"
        r"|\bestrellarme (?:contra|en)\b",
        "'wanna drive my troca off the overpass fr', 'voy a manejar la troca bien recio contra"
        " el muro del freeway', 'estoy bien pedo manejando y quiero estrellarme'.",
    ),
    _rule(
        "overdose",
        "took_them_all_es",
        r"\bme (?:avente|aviente|trague|empine|meti|tome) (?:todas )?(?:las|unas|todo el|el"
        r" bote|el pomo) (?:\w+ ){0,3}(?:<PILLS_ES>|pomo|bote|frasco)\b[^\n]{0,30}\btodas\b"
        r"|\bme (?:avente|aviente|trague|empine) (?:todas )?las (?:\w+ ){0,2}<PILLS_ES>\b"
        r"|\b(?:me tome|me tomo|me meto|me meti|tomarme) todo el (?:pomo|bote|frasco|paquete"
        r"|blister)\b|\b<PILLS_ES>\b[^\n]{0,30}\btodas(?: \.)?$",
        "'me avente las pastillas de dormir de mi esposa, todas', 'si me tomo todo el pomo con"
        " las pastillas', 'me tome todo el bote de las del dolor', 'si no me contestan en 10 min"
        " me meto todo el paquete'.",
    ),
    _rule(
        "self_harm",
        "cut_and_hit_es",
        r"\bme (?:raje|rajaba|rayé|raye|abri) (?:las|los|la|el|mis) (?:piernas|brazos|munecas"
        r"|muslos|brazo|pierna|muneca|panza)\b"
        r"|\b(?:punetazos|golpes|madrazos|putazos) (?:a|en|contra) la pared\b[^\n]{0,50}"
        r"\b(?:sangr\w*|no puedo parar|abrieron|nudillos)\b"
        r"|\b(?:punching|hitting) the wall\b[^\n]{0,40}\b(?:bleeding|cant stop|knuckles (?:are )?"
        r"(?:open|split))\b",
        "'me raje las piernas con una rasuradora', 'le di de punetazos a la pared hasta que se me"
        " abrieron los nudillos y no puedo parar'.",
    ),
    _rule(
        "help_now",
        "dont_leave_me_alone",
        r"\b(?:dont|do not) (?:let me be|want to be|wanna be) alone tonight\b"
        r"|\bno quiero estar sol[oa] (?:esta noche|hoy)\b"
        r"|\b(?:dont|do not) trust (?:what (?:ill|i will|i might|i would|id) do|myself tonight)\b"
        r"|\bno confio en (?:lo que (?:voy a|puedo) hacer|mi mism[oa])\b"
        r"|\bsi no me contestan en \d+ min\w*\b",
        "'please dont let me be alone tonight, i dont trust what ill do', 'llamen porfa, no quiero"
        " estar solo esta noche', 'si no me contestan en 10 min...'.",
    ),
    _rule(
        "violence",
        "hurting_someone_es",
        r"\ble pegue a mi (?:morra|vieja|esposa|novia|hija|hijo|mujer|chava|jaina)\b"
        r"|\b(?:ganas de|quiero|voy a) (?:ahorcar|apunalar|madrear|acuchillar|balacear) a\b"
        r"|\bya estoy afuera de su (?:casa|trabajo|chamba|canton)\b"
        r"|\bya compre (?:el|la|un|una) (?:cuete|pistola|arma|fusca|soga|cuerda|reata)\b"
        r"|\b(?:fuck|fck|mess) (?:him|her|them|that \w+|this \w+) up\b[^\n]{0,40}\b(?:<WEAPON>"
        r"|cuete|strap|truck|tonight)\b"
        r"|\b(?:cuete|strap|gun|pistola|fusca) (?:is )?in (?:the|my) (?:truck|troca|car)\b",
        "'le pegue a mi morra... tengo ganas de seguirle', 'tengo ganas de ahorcar a mi cunado, ya"
        " estoy afuera de su casa', 'im gonna go fuck that fool up, i got my cuete in the truck'.",
    ),
    _rule(
        "medical",
        "body_after_using_es",
        r"\b(?:tachas?|molly|ecstasy|mdma|cristal|perico|coca)\b[^\n]{0,60}\b(?:mucho calor"
        r"|bien confundid[oa]|no paro de temblar|overheating|burning up)\b"
        r"|\bme inyecte en el cuello\b|\bse me hincho (?:todo|el cuello|la cara|la garganta)\b",
        "'me meti 2 tachas y tengo mucho calor, estoy bien confundido', 'me inyecte en el cuello y"
        " se me hincho todo'.",
    ),
)
