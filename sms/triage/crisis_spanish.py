"""Crisis rules for Spanish as it is texted by people with many backgrounds: batch 30.

The thirtieth blind batch was written as Spanish is texted across the Americas and Spain -
phonetic spelling ("boy a", "asta", "kiero aser"), regional slang (tieso, jevo, pican), God
in every other line - and almost never with "suicidio", "matarme" or "morir". Held out, the
rules caught 64.6% of its crisis messages, the lowest Spanish figure of any batch. What
they missed is said by what the writer is doing, has in hand, where they stand, what they
leave in order, or what they see: "la cuerda aguanta, ya la probe", "me sente en las vias
del tren", "deje la renta pagada pa que no tengan problemas", "ta tieso y frio". These rules
name those mechanisms, within one sentence where a gap is allowed (`_GAP`).
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

# Up to five words, not crossing the end of a sentence (normalize writes it as " . ").
_GAP = r"(?: (?!\.)\S+){0,5}"
_WIDE_GAP = r"(?: (?!\.)\S+){0,10}"
# What one cuts or stabs with.
_BLADE = (
    r"(?:navaja|gillette|gilette|cuchilla|cuchillo|vidrio|tijeras?|cutter|hoja de afeitar"
    r"|rastrillo|exacto|bisturi)"
)
_LIMB = r"(?:brazos?|munecas?|piernas?|muslos?|mano|manos|cara|frente|cabeza|panza|estomago)"
# Someone in the writer's family or home, as the subject of what they see.
_KIN = (
    r"(?:mi|el|la) (?:\w+ )?(?:hij[oa]|herman[oa]|espos[oa]|novi[oa]|pareja|mama|papa|amig[oa]"
    r"|compa|prim[oa]|vecin[oa]|muchach[oa]|chamac[oa]|jev[oa]|vieja|viejo|sobrin[oa]|niet[oa]"
    r"|tio|tia|abuel[oa]|roomie|companer[oa])"
)

SPANISH: tuple[Rule, ...] = (
    _rule(
        "self_harm",
        "blade_on_body_es",
        rf"\b(?:me|se)(?: lo| la)? (?:pase|paso|clave|clavo|enterre|entierro|meti|hundi|hundo"
        rf"|pasando|clavando){_GAP} {_BLADE}\b"
        rf"|\b{_BLADE}\b(?: \S+){{0,6}} (?:y )?me (?:lo|la) (?:pase|clave|enterre|meti|hundi)"
        rf" (?:por|en) (?:el |la |los |las |mi |mis )?{_LIMB}\b|\b(?:me|se) (?:pase|paso|clave"
        rf"|clavo|enterre|hundi)"
        rf" (?:el |la |las |un |una )?{_BLADE}\b"
        rf"|\b(?:tengo|tiene) (?:el |la |las |un |una )?{_BLADE} (?:en|sobre|contra) (?:el |la"
        rf" |mi |mis )?{_LIMB}\b"
        rf"|\b(?:tengo|agarre) (?:el |la |las |un |una )?{_BLADE} en la mano (?:y )?(?:ya )?"
        r"(?:empece|comence|estoy)\b",
        "'Me pase un vidrio por el brazo', 'me clave las tijeras en la mano', 'tengo el"
        " cuchillo en el muslo', 'tengo la gillette en la mano y ya empece': a blade on or in"
        " the body, now.",
    ),
    _rule(
        "self_harm",
        "cuts_again_es",
        r"\b(?:cortadas|cortes|heridas)\b(?: \S+){0,4} (?:no (?:paran|para|dejan) de sangrar"
        r"|peores|mas (?:hondas|profundas)|se (?:abrieron|me abrieron))\b"
        r"|\bse me abrieron (?:las |los )?(?:cortadas|cortes|heridas)\b"
        r"|\b(?:escondiendo|tapando|ocultando) (?:las |los |mis )?(?:cortadas|cortes)\b"
        r"|\bme hice (?:mas|peores|otras|nuevas)\b(?: \S+){0,3}(?: \.|$| encima| hoy| ayer)",
        "'Las cortadas no paran de sangrar', 'se me abrieron las cortadas de ayer y me hice mas',"
        " 'ando escondiendo las cortadas': cutting that goes on.",
    ),
    _rule(
        "self_harm",
        "hurting_own_body_es",
        r"\b(?:dandome|pegandome|me di|me doy|me estoy dando) (?:punos|golpes|cabezazos|trancazos"
        r"|contra (?:la|el) (?:pared|muro|piso|puerta))\b"
        rf"|\bme (?:rasgune|rasguno|arranque|arranco|estoy jalando|estoy arrancando|queme|quemo"
        rf"|mordi|muerdo){_WIDE_GAP} (?:hasta que|y ya) (?:me )?(?:sangr\w+|salio sangre|sale"
        r" sangre|tengo (?:la \w+ )?sangrando)\b"
        r"|\b(?:jalando|arrancando) el pelo\b(?: \S+){0,6} (?:sangr\w+)\b"
        r"|\b(?:kiero|quiero|tengo ganas de|tengo miedo de) hacer(?:me)? algo malo (?:conmigo|a mi)"
        r"|\bhacer algo malo conmigo mism[oa]\b",
        "'Llevo una hora dandome punos en la cara', 'me di contra la pared con la cabeza hasta"
        " que me sangro', 'me rasgune el brazo hasta que salio sangre', 'kiero aser algo malo"
        " conmigo mismo': hurting one's own body.",
    ),
    _rule(
        "suicide",
        "means_tested_es",
        r"\b(?:la|el) (?:cuerda|soga|lazo|mecate|cable|cinturon|viga)\b(?: \S+){0,3}"
        r" (?:aguanta|resiste|esta lista|ya (?:la|lo) (?:probe|amarre|colgue))\b"
        r"|\b(?:compre|consegui|traje) (?:un |una |el |la )?(?:cuchillo|navaja|soga|cuerda|pistola"
        r"|arma|veneno|pastillas)\b(?: \S+){0,4} (?:y )?ya (?:se|tengo) (?:exactamente )?"
        r"(?:donde|como|cuando)\b"
        r"|\b(?:veneno|raticida|matarratas|cloro|lejia|anticongelante|insecticida)\b(?: \S+){0,8}"
        r" (?:mirando|viendo|en la mano|listo|lista|al lado|conmigo|enfrente)\b"
        r"|\b(?:tengo|estan|ya estan)\b(?: \S+){0,2} (?:las )?pastillas\b(?: \S+){0,6} (?:y (?:la"
        r" )?(?:botella|el ron|el tequila|el vodka|la cerveza))\b(?: \S+){0,4} (?:listas?|aqui"
        r"|juntas|en la mesa|en la mesita)\b"
        r"|\b(?:me voy a|voy a) (?:tomar|tragar|meter) (?:todas|todo el bote|el bote|toda la caja)"
        r"\b(?: \S+){0,4}(?: de un (?:jalon|trago)| de una vez| juntas)?",
        "'La cuerda aguanta, ya la probe', 'me compre un cuchillo y ya se exactamente donde',"
        " 'tengo el veneno pa ratas y lo estoy mirando', 'las pastillas y la botella listas en"
        " la mesita': means tested or set out.",
    ),
    _rule(
        "suicide",
        "standing_at_the_place_es",
        r"\b(?:me sente|estoy sentad[oa]|estoy parad[oa]|me acoste|estoy acostad[oa]) (?:en|sobre)"
        r" (?:las|la) (?:vias|via|carretera|autopista)\b"
        r"|\b(?:cuando|en cuanto) (?:pase|venga|llegue) (?:el|un) (?:proximo |siguiente )?"
        r"(?:tren|metro|camion|trailer)\b(?: \S+){0,2} (?:me tiro|me aviento|me lanzo|salto)\b"
        r"|\b(?:estoy|ya estoy) en el anden\b(?: \S+){0,6}(?: tren| me tiro| ya)"
        r"|\b(?:voy|estoy|ya estoy) (?:caminando |subiendo )?(?:para|hacia|a) la (?:baranda|orilla"
        r"|cornisa|azotea|ventana)\b"
        r"|\b(?:piso|floor) \d+\b(?: \S+){0,3} (?:ventana|window) abierta\b"
        r"|\b(?:estoy|toy) en (?:el )?(?:piso|techo|azotea)\b(?: \S+){0,4} (?:con la ventana"
        r" abierta|en la orilla|mirando (?:para )?abajo)\b"
        r"|\b(?:me vine|vine|estoy|llegue) (?:al|a la) (?:lago|rio|mar|presa|laguna|playa)\b"
        r"(?: \S+){0,6} (?:piedras|solo con|sola con|para no volver|no voy a volver)\b"
        r"|\b(?:caminar|meterme|entrar|irme) (?:para el|pal|al|en el|a la) (?:rio|mar|lago|agua)"
        r"\b(?: \S+){0,3} (?:hasta que|asta que) (?:ya no|no)\b"
        r"|\b(?:meter|estrellar|echar|aventar) el (?:carro|coche|carro|troca|camion)\b(?: \S+){0,3}"
        r" (?:contra|al|por) (?:el |la |un |una )?(?:muro|pared|barranco|poste|tren|puente|rio"
        r"|trailer)\b",
        "'Me sente en las vias del tren', 'cuando pase el proximo tren me tiro', 'toy en el piso"
        " 14 con la ventana abierta', 'me vine al lago solo con una botella y los bolsillos"
        " llenos de piedras', 'voy a meter el carro contra el muro': at the place, or on the way.",
    ),
    _rule(
        "suicide",
        "affairs_for_after_es",
        r"\b(?:deje|dejo|ya deje|ya pague) (?:la renta|el alquiler|la luz|las cuentas|todo)"
        r" (?:pagad[oa]s?)?\b(?: \S+){0,3} (?:para que|pa que) (?:no )?(?:tengan|tenga|les quede"
        r"|le quede|no batallen)\b"
        r"|\b(?:guarde|empaque|meti) (?:todo|mis cosas)\b(?: \S+){0,2} en (?:cajas|bolsas)\b"
        r"(?: \S+){0,6} (?:para que|pa que|no voy|ya no|ya me voy)\b"
        r"|\b(?:regale|le regale|di|le di|les di|deje) (?:mis|mi) (?:\w+ )?(?:herramientas|cosas"
        r"|ropa|tenis|perro|gato|guitarra|carro|troca|play|anillo|reloj)\b(?: \S+){0,6}"
        r" (?:no (?:las|los|la|lo) voy a necesitar|ya no (?:las|los|la|lo) (?:voy a )?necesit\w*"
        r"|ya me voy|para cuando no este)\b"
        r"|\b(?:borre|borro|elimine) (?:mis|todas mis|todo mi|mi) (?:fotos|facebook|cuentas|redes"
        r"|face|insta|instagram)\b(?: \S+){0,6} (?:no quiero que quede|que no quede|ya no voy"
        r"|ya me voy)\b"
        r"|\b(?:le deje|les deje|deje) (?:la llave"
        r"|las llaves)\b(?: \S+){0,8}(?: \.)? ya me voy<END>"
        r"|\bsi me pasa algo (?:esta noche|hoy|manana)\b(?: \S+){0,4} (?:la plata|el dinero|la"
        r" lana|los papeles|mi seguro|la clave|el banco)\b",
        "'Deje la renta pagada pa que no tengan problemas', 'ya le regale mis herramientas, no"
        " las voy a necesitar', 'borre mis fotos, no quiero que quede nada', 'si me pasa algo esta"
        " noche la plata es pa mi hija': putting affairs in order for the people left behind.",
    ),
    _rule(
        "suicide",
        "last_goodbye_es",
        r"\b(?:perdoname|perdonenme|perdon) (?:\w+ )?(?:por lo que|x lo que|por lo q) (?:voy a"
        r" hacer|va a pasar|voy a hacerme)\b"
        r"|\bya me despedi de\b(?: \S+){0,8} (?:ultima vez|no sabe|no lo sabe|para siempre)\b"
        r"|\bque dios (?:cuide|me cuide|proteja|bendiga) a mis (?:hijos|ninos|nietos|hijas)"
        r"\b(?: \S+){0,4} (?:porque|que) (?:yo )?ya no (?:voy a poder|puedo|estare|voy a estar)\b"
        r"|\b(?:va|van) a estar mejor sin (?:esta|este|mi|una|un) (?:vieja|viejo|estorbo|carga"
        r"|borrach[oa]|inutil|madre|padre)\b|\bsin esta (?:vieja|viejo) estorbo\b"
        r"|\bmejor (?:me )?desaparezco\b(?: \S+){0,2}(?: de una vez| para siempre|<END>)"
        r"|\b(?:cerrar los ojos|dormirme) y que (?:todo|esto) se (?:acabe|termine)\b"
        r"|\bya no me importa si (?:manana |manana )?(?:amanezco|despierto|me despierto|sigo)\b"
        r"|\bsi no fuera por (?:mi|mis) (?:\w+ )?(?:perro|perra|gato|hijos|hija|hijo|mama|nietos)"
        r"\b(?: \S+){0,2} ya (?:me hubiera|hubiera|me habria) (?:ido|matado|muerto|colgado)\b",
        "'Perdoname mami por lo que voy a hacer', 'ya me despedi de mi hija, ella no sabe que fue"
        " la ultima vez', 'que Dios cuide a mis hijos porque yo ya no voy a poder', 'va a estar"
        " mejor sin esta vieja estorbo', 'si no fuera por mi perro ya me hubiera ido': goodbyes"
        " and wishes to be gone, said without a word for death.",
    ),
    _rule(
        "suicide",
        "how_to_do_it_es",
        r"\b(?:pensando|pienso|planeando) (?:en )?como hacerlo\b"
        r"|\bya tengo (?:el|un) plan y (?:la|una) fecha\b|\bya tengo (?:la|una) fecha\b"
        r"(?: \S+){0,4}(?: \.|$| el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
        r"| cuando)"
        r"|\bsin que (?:sufran|me encuentren|me vean) (?:los ninos|mis hijos|mi familia|al"
        r" encontrarme)\b|\bal encontrarme\b",
        "'Tengo 2 dias pensando en como hacerlo sin que sufran los ninos al encontrarme', 'ya"
        " tengo el plan y la fecha': a plan with its when.",
    ),
    _rule(
        "overdose",
        "body_found_es",
        r"\b(?:esta|quedo|se quedo) (?:tieso|tiesa)\b|\b(?:esta|quedo|se quedo) (?:frio|fria"
        r"|morado|morada|azul) y (?:frio|fria|tieso|tiesa|morado|morada|no respira|no se mueve"
        r"|no responde)\b"
        r"|\b(?:tirad[oa]|caid[oa]|desmayad[oa])\b(?: \S+){0,4} con la (?:aguja|jeringa|cuchara"
        r"|liga)\b"
        r"|\b(?:se le|se me|le|tiene) (?:puso|pusieron|pone) (?:el|los) (?:labio|labios|boca|cara"
        r"|unas) (?:morad[oa]s?|azul(?:es)?)\b"
        r"|\blo estoy (?:sacudiendo|moviendo|cacheteando)\b(?: \S+){0,3} (?:y nada|no responde"
        r"|no reacciona|no despierta)\b",
        "'El muchacho del cuarto de al lado ta tieso y frio', 'mi hijo ta tirado en el bano con"
        " la aguja en el brazo', 'se le puso el labio morado, lo estoy sacudiendo y nada':"
        " someone found after using.",
    ),
    _rule(
        "medical",
        "body_failing_es",
        r"\bse me (?:esta|ta) (?:cerrando la garganta|yendo el conocimiento|yendo el aire|parando"
        r" el corazon|durmiendo (?:la cara|el brazo|medio cuerpo))\b"
        r"|\bse me (?:entumio|durmio|paralizo) (?:medio cuerpo|la mitad|la cara|el brazo)\b"
        r"|\bsiento que me voy\b(?: \S+){0,2}(?: \.|$)"
        r"|\b(?:mezcle|combine|tome)\b(?: \S+){0,3} (?:xanax|pastillas|clonazepam|rivotril|benzos"
        r"|pastas)\b(?: \S+){0,3} (?:con|y) (?:la|el|una|un) (?:botella|ron|tequila|guaro|vodka"
        r"|pisto|alcohol|cerveza)\b"
        r"|\b(?:sangra|sangrando|sangre)\b(?: \S+){0,3} (?:sin parar|no para|no se detiene)\b"
        r"|\bno (?:para|paraba) de sangrar\b"
        r"|\b(?:vomite|vomito|vomitando|escupi|escupiendo)\b(?: \S+){0,4} sangre\b",
        "'Se me ta cerrando la garganta', 'se me entumio medio cuerpo y no puedo hablar bien',"
        " 'mezcle los xanax con la botella y siento que me voy', 'me sangra la nariz sin parar',"
        " 'vomite y hay como sangre negra': a body failing.",
    ),
    _rule(
        "violence",
        "threatened_es",
        r"\b(?:me|nos|la|lo|le) (?:dijo|dijeron|amenazo|amenazaron) que (?:me|nos|la|lo|le)"
        r" (?:va|van) a (?:echar acido|quemar|picar|rajar|desaparecer|levantar|matar|balacear"
        r"|partir la madre|romper)\b"
        r"|\b(?:me|nos|lo|la) (?:pican|pican|rajan|balean|levantan|quiebran|desaparecen|tumban)"
        r"<END>|\bsi (?:vuelvo|regreso|me ven)\b(?: \S+){0,4} (?:me|nos) (?:pican|rajan|matan"
        r"|balean|quiebran|levantan)\b"
        r"|\b(?:me|nos) (?:estan|esta) (?:extorsionando|amenazando|cobrando piso)\b"
        r"|\b(?:saben|sabe) donde (?:vive|viven|vivo|trabajo|estudian) (?:mi|mis)\b"
        r"|\bme (?:sigue|siguen) (?:mandando|enviando) fotos de (?:mi casa|mis hijos|mi carro"
        r"|mi trabajo)\b"
        r"|\b(?:la|lo|me|nos) tiene (?:amenazad[oa]s?|encerrad[oa]s?|secuestrad[oa]s?)\b",
        "'Me dijo que me va a echar acido en la cara', 'si vuelvo por ahi me pican', 'me estan"
        " extorsionando, saben donde vive mi mama', 'me sigue mandando fotos de mi casa y de mis"
        " hijos', 'el novio la tiene amenazada': threats with a target.",
    ),
    _rule(
        "violence",
        "being_hurt_seen_es",
        rf"\b{_KIN}\b(?: \S+){{0,6}} (?:le esta dando|la esta golpeando|lo esta golpeando|le esta"
        rf" pegando|la esta ahorcando|la tiene agarrada)\b"
        r"|\b(?:dando|golpeando|azotando)(?: la| lo| le)? contra la pared\b"
        r"|\b(?:llego|vino|esta) (?:golpead[oa]|moread[oa]|toda golpeada|ensangrentad[oa])\b"
        r"|\bme (?:quita|quito|agarra|saca) (?:el cheque|la pension|el dinero|mi dinero)\b(?: \S+)"
        r"{0,3} (?:y )?me (?:empuja|empujo|pega|pego|tiro|tira|encierra)\b"
        r"|\bme (?:tiro|aventó|avento|empujo) al (?:piso|suelo)\b"
        r"|\bmy (?:jevo|jeva|man|baby ?daddy|dude)\b (?:hit|beat|choked|pushed) me\b",
        "'El novio de mi hija le esta dando contra la pared', 'mi hija llego golpeada', 'mi nieto"
        " me quita el cheque y me empuja, ayer me tiro al piso', 'my jevo hit me again': violence"
        " seen or suffered now.",
    ),
    _rule(
        "violence",
        "intent_to_hurt_es",
        r"\b(?:le|les) (?:corto|rajo|parto|rompo|vuelo) (?:el cuello|la cara|la cabeza|la madre"
        r"|los sesos)\b"
        r"|\b(?:voy a|le voy a|les voy a) (?:quemar|incendiar|prender fuego a) (?:la|su) (?:casa"
        r"|carro|troca|negocio)\b"
        r"|\b(?:tengo|traigo|llevo) (?:el|un|la|una) (?:bate|fierro|machete|cuchillo|pistola|arma"
        r"|cuete|tubo)\b(?: \S+){0,4} (?:y )?(?:lo|la|los) voy a (?:esperar|buscar|encontrar"
        r"|agarrar)\b",
        "'Si vuelve a tocar a mi hermana le corto el cuello', 'voy a quemar la casa de su mama',"
        " 'tengo el bate en el carro y lo voy a esperar afuera de su casa': intent to hurt"
        " someone, with a target or a weapon.",
    ),
    _rule(
        "help_now",
        "pleading_es",
        r"\b(?:ayuda|ayudame|ayudenme)\b(?: \S+){0,3} (?:ahora mismo|ya mismo|ahorita|rapido"
        r"|urgente)\b"
        r"|\b(?:contesten|contestame|respondan|respondeme)\b(?: \S+){0,2} (?:por (?:amor de"
        r" )?dios|x amor de dios|x dios|urgente)\b"
        r"|\b(?:contesten|contestame|respondan|respondeme)\b(?: \S+){0,4} no se que (?:voy a )?"
        r"hacer\b"
        r"|\b(?:mandame|mandenme|manden) a (?:alguien|la policia|una ambulancia)\b"
        r"|\b(?:estoy temblando|tengo miedo)\b(?: \S+){0,4} (?:de hacer algo|hacer una locura)\b",
        "'Ayuda por favor ahora mismo', 'contesten por amor de Dios que no se que voy a hacer',"
        " 'mandame a alguien, estoy en el 2do piso', 'tengo miedo de hacer algo': a plea for"
        " help now.",
    ),
    _rule(
        "suicide",
        "at_the_place_again",
        r"\b(?:parked|sitting|standing|back) (?:at|on|by|near) the (?:bridge|tracks|overpass"
        r"|cliff|edge)\b(?: \S+){0,3} (?:again|and this time|for an hour)\b",
        "'Im parked at the bridge again and this time im not calling my sponsor': back at the"
        " place, this time different.",
    ),
)
