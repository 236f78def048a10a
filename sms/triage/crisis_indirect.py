"""Crisis rules for how crisis is carried indirectly: constructions, not phrases.

Written after the fifth and sixth blind batches: understatement, crisis buried in a reply
about logistics, preparations and means, arrangements for after, bystander symptoms, threats
and coercion, and plea forms. Each rule pairs two cues (a means and an intent, a preparation
and a finality, a place and a stillness), so one cue alone ("I wrote a letter", "parked by
the bridge") stays quiet.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

INDIRECT: tuple[Rule, ...] = (
    # --- suicide: finality and arrangements for after ---------------------------------------
    _rule(
        "suicide",
        "not_around_by_then",
        r"\b(?:not sure|dont know|dunno|no idea) (?:if |whether )?(?:ill|i will|im going to|im"
        r" gonna|i m going to) (?:still )?be (?:around|here|alive)\b|\bnot (?:sure|going to be"
        r"|gonna be) (?:ill )?(?:still )?(?:be )?(?:around|here|alive) (?:by then|tomorrow"
        r"|much longer|for (?:that|it))\b|\bno se si (?:siga|sigo|voy a (?:seguir|estar)|este)"
        r" (?:aqui|viv[oa]|alive|vivo para entonces)\b",
        "Doubting one will still be alive or around by an appointment: an understated plan.",
    ),
    _rule(
        "suicide",
        "wont_need_it",
        r"\b(?:never ?mind|doesnt matter|does not matter|no importa|cancel\w*|not renewing"
        r"|dont bother)\b(?: \S+){0,8} (?:i wont|i will not|im not going to|not going to|not gonna"
        r"|im not gonna|ya no (?:la|lo|las|los) voy a|no (?:la|lo|las|los) voy a) (?:be coming back"
        r"|need (?:it|them|any of (?:it|this|that))|necesitar)\b",
        "Cancelling or dropping plans because one 'won't need it' or 'won't be coming back':"
        " a finality buried in logistics.",
    ),
    _rule(
        "suicide",
        "affairs_settled",
        r"\b(?:everythings|everything is|everything s|all my affairs are|my affairs are|todo esta"
        r"|ya todo esta) (?:all )?(?:in order|en orden)\b|\blast thing i (?:had|needed|have|need)"
        r" to (?:take care of|do|sort out|handle)\b|\blo ultimo que me faltaba\b|\b(?:writing"
        r"|wrote|written|finished|finishing|made|making|updated|updating) (?:out )?my (?:will"
        r"|last will)\b(?!(?: and testament)? (?:homework|assignment|paper|essay|project|for"
        r" (?:class|school)))"
        r"|\b(?:escribiendo|escribi|hice|haciendo|termine) (?:mi|el) testamento\b"
        r"|\blife insurance\b(?: \S+){0,8} (?:paid up|be (?:ok|okay|fine|alright)|get (?:it|the"
        r" money))|\b(?:get|gets|collect) (?:the|my) life insurance\b|\bseguro de vida\b(?: \S+)"
        r"{0,6} (?:pagado|van a estar bien)",
        "Putting affairs in order (will, life insurance, 'the last thing I had to take care of'):"
        " preparation for death.",
    ),
    _rule(
        "suicide",
        "goodbye_letters",
        r"\b(?:writing|wrote|written|write|left|leaving) (?:some |a few |my |the )?(?:goodbyes"
        r"|goodbye (?:letters?|notes?|texts?|messages?)|farewell (?:letters?|notes?))\b"
        r"|\b(?:a|el) (?:goodbye|farewell) day\b|\bescribiendo (?:mis )?despedidas\b"
        r"|\b(?:letters?|notes?|cartas?)\b(?: \S+){0,3} (?:for|to|para) (?:each|every|cada)"
        r" (?:one )?(?:of )?(?:my |mis |uno de mis )?\w+|\b(?:letters|notes|passwords|papers"
        r"|cartas)\b(?: \S+){0,10} (?:if (?:any|some)(?:one|body) needs (?:them|it)|(?:some"
        r"|any)(?:one|body) should have (?:them|it)|where to leave them)\b|\b(?:ella|el) no sabe"
        r" que (?:fue|era) (?:una )?despedida\b|\b(?:doesnt|does not|dont|didnt) (?:know|realize)"
        r" (?:it|that) was (?:a )?goodbye\b|\b(?:doesnt|does not|dont) need to know why\b|\bno"
        r" (?:necesita|tiene que|tienen que) saber (?:por que|porque)\b",
        "Goodbye letters, letters left for each child or 'if anyone needs them', a goodbye the"
        " other person did not recognise: farewells before an attempt.",
    ),
    _rule(
        "suicide",
        "giving_away",
        r"\b(?:gave|given|giving|give) (?:away )?my <KEEPSAKE>(?: \w+){0,4} (?:and|\. and|y)"
        r" (?:my|mi) <KEEPSAKE>\b|\b(?:regale|regalo|regalando) (?:mi|mis) <KEEPSAKE>(?: \S+){0,5}"
        r" (?:y|\. y) (?:mi|mis) <KEEPSAKE>\b|\b(?:put|putting|puts) (?:my |the )?(?:cat|dog|pets?"
        r"|kitty|puppy)\w* up for"
        r" adoption\b|\brehom\w* (?:my )?(?:cat|dog|pets?)\b"
        r"|\bif (?:im|i m|i am) not (?:there|here|around)\b(?: \S+){0,3} (?:the|my) (?:dog|cat|pets"
        r"?"
        r"|kids|stuff|car|things) (?:goes|go|will go|should go)\b|\b(?:take|taking) care of (?:them"
        r"|the kids|my kids)\b(?: \S+){0,3} (?:i think|he knows|she knows)\b|\b(?:le|les) deje"
        r" todo a\b|\bcheck on my \w+ after (?:this|next) (?:week|month)\b|\bya sabe que hacer"
        r" con (?:los ninos|mis hijos)\b|\bwho gets my (?:stuff|things|<KEEPSAKE>)\b|\b(?:quien"
        r"|a quien) (?:se queda con|le toca) mis cosas\b",
        "Giving possessions or pets away, handing over the kids and the money, writing out who"
        " gets one's things: arrangements for after a death.",
    ),
    _rule(
        "suicide",
        "if_you_dont_hear",
        r"\bif (?:you|u) (?:dont|do not|never) hear (?:back )?from me\b(?: \S+){0,6} (?:check"
        r"|come|go|call (?:the )?(?:police|cops|911)|door)|\bsi (?:manana |mas tarde )?no saben"
        r" (?:nada )?de mi\b|\b(?:left|leaving|dejo|deje) (?:the|my|la) (?:door|front door"
        r"|puerta) (?:unlocked|open|abierta)\b(?: \S+){0,4} (?:so|para) (?:they|que|someone"
        r"|you)\b|\bso (?:they|someone|you) can find me\b|\bpara que me encuentren\b"
        r"|\b(?:want|need) you to know (?:that )?(?:its|it is|none of this is|this isnt) (?:not )?"
        r"your fault\b",
        "Instructions for being found, or absolving others in advance ('it's not your fault'):"
        " a farewell.",
    ),
    _rule(
        "suicide",
        "decided_calm",
        r"\b(?:made|ive made|i ve made|i have made|made up) (?:up )?my (?:mind|decision)\b(?: \S+)"
        r"{0,6} (?:calm|at peace|peace|ready|tired|done)\b|\b(?:im|i m|i am) (?:tired|done)\b"
        r"(?: \S+){0,3} (?:made up my mind|made my decision)\b|\b(?:this|it) (?:will be|is) my"
        r" last (?:one|check ?in|text|message|session)\b(?=.{0,60}\b(?:thank|goodbye|bye)\b)|\b(?:t"
        r"hank"
        r" you|thanks) for everything\b(?: \S+){0,6} (?:my last|the last|goodbye|bye)\b"
        r"|\bthanks? (?:you )?for trying<EOT>|\b(?:goodbye|good bye|bye) (?:\w+ )?(?:\. )?thanks?"
        r" (?:you )?for (?:trying|everything)\b|\bperdon(?:en)? por todo\b|\bsorry for everything"
        r"<EOT>|\b(?:ive been|i ve been|been) ready for a (?:while|long time)\b|\bhace (?:rato"
        r"|tiempo|mucho) que estoy list[oa]\b|\bhoy es la noche\b",
        "A decision reached with calm, a last message with thanks, 'sorry for everything', 'been"
        " ready for a while': the calm before an attempt.",
    ),
    _rule(
        "suicide",
        "quieter_without_me",
        r"\b(?:quieter|simpler|lighter|calmer|easier|peaceful|more peaceful|nicer|cheaper) without"
        r" me\b|\bone less me\b|\bwithout me in it\b|\bseria (?:mas )?(?:facil|mejor|tranquilo)"
        r" (?:para todos )?si (?:ya )?no (?:estoy|estuviera|existiera)\b|\b(?:mistake|wrong"
        r"|shouldnt have|should not have|shouldve let me)\b(?: \w+){0,2} (?:keeping|kept|letting"
        r"|saving|saved|bringing) me (?:alive|back|live|survive)\b|\bwouldnt mind if i (?:just )?"
        r"(?:didnt wake up|died|never woke up|was gone|wasnt here)\b|\besperando no despertar"
        r"(?:me)?\b|\b(?:running out of|ran out of|out of|no more|ya no me quedan|no me quedan)"
        r" (?:reasons|razones)\b",
        "The world quieter without me, a mistake to have been kept alive, not minding not waking"
        " up, running out of reasons: passive suicidal thinking.",
    ),
    _rule(
        "suicide",
        "tired_of_all",
        r"\b(?:tired|sick|exhausted|done) of (?:all of it|it all|everything)<END>|\bnot sleepy"
        r" tired\b|\b(?:cant|can not|cannot) (?:do|take|face|survive|handle|live|go through)"
        r" (?:another|one more) (?:day|night|week|morning)(?: like this| of this| of it)?(?:<END>"
        r"| like this| of this)"
        r"|\b(?:ready|want|wanna|need) (?:to )?be done with (?:everything|it all|all of it|life"
        r"|living)\b|\bnot (?:planning on|planning to|going to|gonna) (?:have|having|be having)"
        r" (?:one|a future|any future)\b|\b(?:i|bro) (?:just )?cant anymore\b(?= (?:ya|i|im|and"
        r"|y)\b)",
        "Tired of all of it, unable to face another day, ready to be done with everything, not"
        " planning on having a future.",
    ),
    _rule(
        "suicide",
        "place_and_stillness",
        r"\b(?:parked|sitting|standing|staring at|at|on|up on|by|near|went up to|walked out on"
        r"|estacionad[oa] junto al|junto al|en|subi a|me subi a) (?:the |la |el |las )?<PLACE>\b(?:"
        r" \S+){0,10} <STILL>\b|\b(?:thinking about|keep thinking about|been"
        r" thinking about|pensando en|trying to decide if i should) (?:just )?(?:driving|drive"
        r"|stepping|step|walking|walk|jumping|crashing|swerving|aventarme|tirarme)\b(?: \S+){0,4}"
        r" (?:into|in front of|off|in|enfrente de|frente a|del|de la)\b|\balmost (?:didnt keep"
        r" driving|drove off|jumped|stepped)\b|\bcasi me (?:paro|tiro|aviento)\b",
        "At a bridge, a roof, tracks or water with nothing to do there (sitting, staring,"
        " alone), or thinking of driving or stepping into something: a method and a place.",
    ),
    _rule(
        "suicide",
        "means_staged",
        r"\b(?:have|got|laid|lined|put|set|counted|tengo|puse) (?:\S+ ){0,8}(?:<PILLS>|<PILLS_ES>"
        r"|knife|navaja|blade|razor|cuchillo)\b(?: \S+){0,4} (?:out|lined up|on the table|en la"
        r" mesa|in my hand|en la mano|counted|ready|listas?)\b|\b(?:saving|saved|stockpiling"
        r"|stockpiled|hoarding|guardando|juntando) (?:them|up|my <PILLS>|mis <PILLS_ES>|pills)\b"
        r"(?: \S+){0,10} (?:enough|la noche|tonight|semanas|weeks)\b|\b(?:almost )?have enough now"
        r"\b"
        r"|\benough (?:\w+ )?to (?:not come back|not wake up|never wake up|end it|make it stop)\b|"
        r"\bsuficiente"
        r" (?:pa|para) no (?:volver|despertar)\b|\b(?:brought|have|got|tengo|traje) (?:everything"
        r"|todo lo que) (?:i need|necesito) (?:to|pa|para) (?:make (?:this|it) stop|end|acabar"
        r"|do it)\b|\bya tengo todo listo\b|\bi have a plan now\b|\b(?:keep )?(?:looking|staring)"
        r" at the knife drawer\b|\bknife drawer\b|\bfound where (?:he|she|they|my \w+) keeps?"
        r" (?:his|her|their|the) <FIREARM>|\b<FIREARM>\b(?: \S+){0,8} (?:loaded"
        r"|cargad[ao]|havent put it back|sitting here with it|aqui la tengo|la tengo aqui)\b"
        r"|\b(?:belt|rope|cord|noose|cable|cuerda|soga|cinturon)\b(?: \S+){0,4} (?:hook|beam"
        r"|rafter|ceiling|closet rod|just holding it|viga|techo)\b|\b(?:quiero|voy a) tomarme todo"
        r" el (?:frasco|bote)\b|\b(?:looked up|look up|googled|searched|busque|investigue) (?:how"
        r" (?:high|tall|far down|deep)|cuantas se necesitan|how many (?:\w+ )?(?:it takes|to take"
        r"|would))\b|\bwould (?:it|that|they|this) kill (?:me|someone|a person)\b|\b(?:carro|coche"
        r"|car) (?:esta |is )?(?:prendido|running|on) en el garaje\b|\b(?:car|engine) running in"
        r" the garage\b",
        "Means laid out or saved up (pills counted, a loaded gun, a rope on a hook, a knife in"
        " hand), researching a lethal height or dose: means with readiness.",
    ),
    _rule(
        "suicide",
        "ultimatum",
        r"\b(?:if|si) (?:\S+ ){0,8}(?:hear|answer|respond|call|text|contestan|responden|llaman"
        r"|hablan)\b(?: \S+){0,6} (?:im going to|im gonna|i will|ill|lo voy a|voy a) (?:do it"
        r"|hacer(?:lo)?)<END>|\b(?:a punto de|voy a|about to|gonna|going to) (?:hacer una locura"
        r"|do something (?:crazy|stupid|drastic))\b|\b(?:scared|afraid|terrified) (?:of )?what"
        r" (?:i |im |i m )?(?:might|going to|gonna|could|will|may|am going to) do\b|\bno puedo cuid"
        r"arme"
        r" (?:sol[oa] )?(?:esta noche|hoy|ahorita)\b|\b(?:cant|can not|cannot|dont) (?:keep"
        r"|trust) <SELF> (?:safe )?(?:tonight|alone|right now)\b|\bthinking about suicide\b"
        r"|\bnot suicidal exactly\b",
        "A deadline ('if you don't answer by 10 I'll do it'), fear of what one will do, unable to"
        " keep oneself safe tonight.",
    ),
    _rule(
        "suicide",
        "bare_what_for_es",
        r"^(?:pa|para) que<EOT>",
        "'¿Pa' qué?' alone: what's the point (of going on).",
    ),
    # --- self-harm: injury verbs with a body and a purpose -----------------------------------
    _rule(
        "self_harm",
        "injury_construction",
        r"\b(?:carv\w+|scratch\w*|rasgun\w*|pinch\w*|bit\w*|punch\w*|slam\w*|hit\w*) (?:\S+ ){0,4}"
        r"(?:into|on|in) my <BODY>\b|\b(?:scratch\w*|rasgun\w*|pinch\w*|bit\w*) (?:my |mis"
        r" |las |los |<SELF> )?(?:<BODY> )?(?:\S+ ){0,3}(?:raw|til it bruises|till it"
        r" bruises|until it bruises|hasta sacarme sangre|hasta sangrar|bleed\w*|bled)\b|\bput"
        r" (?:a|my|the) (?:cigarette|cig|lighter|smoke) out on my\b|\b(?:burn\w*|queme|quemo"
        r"|quemado) (?:my|mi|el|la) <BODY> (?:with|con) (?:a|the|my|el|un|una) (?:lighter|cigarette"
        r"|cig|encendedor|cigarro|iron|plancha)\b|\b(?:to|para) (?:feel"
        r" something|sentir algo)\b|\bme di (?:cachetadas|golpes|punetazos)\b|\bme (?:pegue"
        r"|golpee) (?:yo )?sol[oa]\b|\b(?:threw up|throwing up|throw up|vomit\w*|purg\w*"
        r"|vomitando|slammed|starv\w*|no comer|sin comer|havent eaten|not eaten)\b(?: \S+){0,8}"
        r" (?:on purpose|a proposito|adrede)\b|\b(?:dont|do not) deserve (?:food|to eat)\b|\bno me"
        r" (?:lo )?merezco\b|\b(?:not hungry|havent eaten)\b(?: \S+){0,4} (?:dont|do not) want to"
        r" be\b|\bcuts? (?:on|in) my (?:arms?|wrists?|legs?|thighs?|stomach|hips?)\b(?: \S+){0,3}"
        r" (?:infected|deep|bleeding|wont stop)\b|\bcutting is the only thing\b",
        "Hurting one's own body (carving, scratching raw, burning, slapping, starving, purging on"
        " purpose) or infected cuts: self-harm described by the act rather than the word.",
    ),
    # --- overdose and bystander emergency symptoms -----------------------------------------
    _rule(
        "overdose",
        "bystander_signs",
        r"\b(?:his|her|their|su) (?:breathing|respiracion)\b(?: \S+){0,3} (?:snoring|gurgling|weird"
        r"|funny|wrong|off|strange|slow|shallow|rara|lenta)\b|\bbreathing sounds like\b|\bbreathing"
        r" but"
        r" barely\b|\bbarely breathing\b|\brespira (?:bien |muy |super )?(?:lento|raro|poquito|apen"
        r"as)\b"
        r"|\bsnoring but\b|\b(?:not|isnt|is not|wont) (?:really )?(?:answering|responding) (?:me"
        r"|us)\b|\b(?:labios|lips) (?:estan |are |turning |se ponen )?(?:azules|morados|blue"
        r"|purple|numb)\b|\b(?:shaking|convulsing|twitching|jerking|seizing|temblando"
        r"|convulsionando) (?:\S+ )?(?:on|en) (?:the|el) (?:floor|ground|piso|suelo)\b"
        r"|\b(?:found|encontre) (?:a )?(?:my|his|her|mi|su) \w+ (?:\S+ ){0,4}(?:on the floor"
        r"|tirad[oa]|passed out|face down|slumped)\b|\b(?:took|swallowed|se tomo|tomo) (?:a bunch"
        r"|a lot|a handful|a ton|un monton|un puno) of (?:something|some|stuff|pills|<PILLS>)\b"
        r"|\bse tomo (?:las|unas|todas las) (?:pastillas|<PILLS_ES>)\b|\bno (?:wake|wakes) up\b"
        r"|\bhay sangre\b|\bse pego en la cabeza\b|\bcant stand\b(?: \S+){0,3} (?:after|throwing)"
        r"|\bthrowing up and (?:cant|can not) (?:stand|walk|stay awake)\b",
        "What a bystander sees in an overdose (snoring or slow breathing, blue or numb lips, not"
        " answering, shaking on the floor, found on the floor, took a bunch of something).",
    ),
    _rule(
        "overdose",
        "own_amount",
        r"\b(?:dont|do not|cant|can not|cannot) remember how many\b|\bno (?:me acuerdo|recuerdo"
        r"|se) cuantas\b|\blost count of (?:how many|the)\b|\b(?:already )?(?:swallowed|trague"
        r"|me trague|me tome) (?:some|a few|unas|algunas|a handful|a bunch|a couple)(?: of them)?"
        r"<END>|\b(?:took|tome|me tome) (?:like |about |around |como )?<MANY> (?:of (?:my|the|her"
        r"|his) |de (?:mis|las) )?(?:<PILLS>|<PILLS_ES>)\b|\b<PILLS>\b(?: \S+){0,4} (?:and )?then"
        r" (?:\d+|two|three|four|a few|some|a couple|another) more\b|\btake my whole (?:month"
        r"|bottle|supply|script|prescription)\b",
        "Not knowing how many one took, already swallowed some, several pills then more: an"
        " overdose in progress told by the amount.",
    ),
    # --- medical: symptoms that need an ambulance -----------------------------------------
    _rule(
        "medical",
        "danger_symptoms",
        r"\b(?:doesnt|does not|dont|no) know (?:where (?:he|she|they|i) (?:is|are|am)|what day)\b"
        r"|\bno sabe (?:donde|en donde) (?:esta|estamos)\b|\b(?:seeing|see|hearing|oyendo|viendo"
        r"|escucho|veo) (?:things|voices|cosas|voces)\b|\b(?:cant|can not|cannot|no puedo|no"
        r" puede) (?:keep|retener) (?:water|anything|fluids|liquids|food|nada|agua)\b|\b(?:cant"
        r"|can not) feel (?:the )?(?:left|right|one) side\b|\b(?:poop|stool|stools|shit|poo) (?:is"
        r" |are )?(?:black|bloody|tarry)\b|\b(?:throwing up|threw up|vomiting|puking) blood\b"
        r"|\bvomit\w* sangre\b|\bred streaks\b|\b(?:fever|fiebre)\b(?: \S+){0,6} (?:arm|brazo"
        r"|inyecte|injected|shot up)|\b(?:brazo|arm) (?:rojo|red) (?:e|y|and) (?:hinchado|swollen)"
        r"\b"
        r"|\bheart (?:is )?(?:racing|raising|pounding|racin)\b(?: \S+){0,4} (?:cant calm|sweating"
        r"|after the|\d{3})|\b(?:me late|late) rapidisimo\b|\bsudando frio\b|\bcant catch (?:my"
        r"|his|her) breath\b(?: \S+){0,3} (?:after|lips)|\bpain in (?:my|his|her) chest\b"
        r"|\bchest (?:\S+ ){0,3}(?:down|in) (?:my|his|her|the) (?:left )?arm\b|\bchester pain\b"
        r"|\b(?:had|having) (?:a )?seizure\b(?: \S+){0,6} (?:quit|stopped|cold turkey)",
        "Withdrawal delirium, hallucinations, dehydration, stroke and bleeding signs, a racing"
        " heart with sweating, chest pain into the arm: symptoms that need emergency care.",
    ),
    # --- violence: threats, weapons and coercion with a person ------------------------------
    _rule(
        "violence",
        "threat_construction",
        r"\b(?:going to|gonna|voy a|le voy a) (?:do|hacer) (?:something|algo) (?:to (?:him|her"
        r"|them)|cuando llegue)\b|\b(?:lo|la|los) mato<END>|\b(?:dice que|says he|said he)"
        r" (?:me mata|me va a matar|will kill me)\b|\bme mata si no\b|\b(?:if i (?:dont|do not"
        r"|cant) pay|si no le pago)\b(?: \S+){0,10} (?:come find me|come after me|find me|kill"
        r"|hurt|me mata|matarme)\b|\bfinish what (?:he|she|they) started\b|\bnext time (?:he|she"
        r"|they) (?:wont|will not) stop\b|\bburn (?:the|our|my) (?:house|place|apartment|trailer)"
        r" down\b|\bwith (?:us|me|the kids) (?:in it|inside)\b|\b(?:hurting|hurt|kill\w*) my"
        r" (?:step)?\w+\b(?: \S+){0,3} (?:really )?planning\b|\b(?:voy|vamos|iré|ire) (?:para"
        r" alla|pa alla|para alla) con (?:el|un|una|mi) <WEAPON>\b|\b(?:going|headed"
        r"|heading|on my way) (?:over )?there with (?:a|my|the) <WEAPON>\b",
        "A threat with a person and an act ('do something to him', 'lo mato', 'finish what he"
        " started', a debt with 'come find me'), or heading somewhere with a weapon.",
    ),
    _rule(
        "violence",
        "at_the_door",
        r"\b(?:banging|pounding|kicking|beating|hammering) (?:on )?(?:the|my) (?:door|window)\b"
        r"|\b(?:golpeando|pateando|tocando fuerte) (?:la|mi) (?:puerta|ventana)\b|\b(?:ex|he|she"
        r"|hes|shes|someone|somebody|some guy) (?:is )?(?:outside|at) (?:my|the) (?:window|door"
        r"|house|apartment|place)\b(?: \S+){0,2} (?:right now|now|again)\b|\bmi ex (?:esta )?afuera"
        r" de mi (?:ventana|puerta|casa)\b|\b(?:followed|following|stalking) me\b(?: \S+){0,14}"
        r" (?:scared|afraid|outside)|\b(?:scared|afraid|tengo miedo|me da miedo) (?:to|de)"
        r" (?:go out|leave|go home|go inside|ir a (?:la|mi) casa|volver a (?:la|mi) casa|salir)\b"
        r"|\b(?:knows|found out|sabe) (?:where|donde) (?:i live|vivo)\b",
        "Someone pounding on the door, at the window, following or finding where one lives, fear"
        " of going home: danger from a person now.",
    ),
    _rule(
        "violence",
        "weapon_or_blows",
        r"\b<FIREARM>\b(?: \S+){0,8} (?:drunk|borrach\w*|high|crazy|talking crazy|angry"
        r"|enojad\w*)\b|\b(?:drunk|borrach\w*|high|crazy|angry|enojad\w*)\b(?: \S+){0,8} (?:hay"
        r" un|there is a|theres a|has a|tiene un) <FIREARM>\b|\b(?:came|coming|comes"
        r"|went|lunged|lunging|swinging|swung|charged) at (?:me|us|my \w+)\b|\bme (?:volvio|vuelve)"
        r" a (?:golpear|pegar|ahorcar)\b|\btengo el ojo (?:cerrado|morado|hinchado)\b|\b(?:rompiend"
        r"o"
        r" todo|breaking everything|smashing everything|throwing things)\b|\b(?:estamos|estoy"
        r"|were|we re|im|i m) (?:hiding|escondid[oa]s?)\b|\b(?:took|takes|hid|smashed|broke|me"
        r" quito|quito|escondio) (?:my|mi|el|las|los) (?:phone|cell|keys|car keys|celular|cel|llave"
        r"s)\b"
        r"(?=.{0,90}\b(?:cant leave|can not leave|not leaving|wont let me|no puedo salir|no me"
        r" deja)\b)|\bsays im not leaving\b",
        "A gun with someone drunk or angry, being swung at or beaten again, hiding, phone and keys"
        " taken so one cannot leave: violence or coercion now.",
    ),
    # --- help now: plea forms -------------------------------------------------------------
    _rule(
        "help_now",
        "plea_forms",
        r"^(?:can|could) (?:you|someone|somebody|anyone) (?:please )?call(?: me)?(?: now| right"
        r" now| please)?<EOT>|^call me (?:\. )?now\b|\b(?:me )?(?:puedes|pueden|podrias|puede)"
        r" llamar(?:me)?<EOT>|\b(?:talk to|need|hablar con) (?:someone|somebody|a human|a person"
        r"|alguien)\b(?: \S+){0,3} (?:right now|now|ahorita|ahora)\b|\bneed a human\b|\b(?:now"
        r"|right now|ahorita|ya) (?:\. )?not (?:tomorrow|later)\b|\bplease talk to me\b"
        r"|\b(?:necesito|need) help (?:ahorita|ahora|ya)\b|\bnecesito a alguien (?:ahorita|ahora"
        r"|ya)\b|\bnecesito que alguien me (?:llame|hable)\b|^(?:someone|somebody|anyone|alguien)"
        r"(?: \.)? (?:anyone|anybody|alguien|someone|please|por favor)<EOT>|\b(?:anyone|anybody"
        r"|alguien)(?: \?)+ (?:need|i need|necesito) (?:help|ayuda)\b|\bcan (?:anyone|someone"
        r"|somebody) talk (?:right now|now)\b|^(?:[a-d]|see|\d+) help<EOT>|\bno estoy bien\b"
        r"(?: \S+){0,2} (?:me (?:pueden|puedes) llamar|llamame)",
        "A bare plea: 'can you call', 'call me now', 'I need a human right now', 'someone."
        " anyone', a check-in answer followed by 'help'.",
    ),
)

# Seventh blind batch (clients' own voices: a trucker, a teen on probation, a mother in a
# shelter, a nurse, a veteran, a construction worker): the same constructions said in other
# registers (formal, military, street) and a few new ones. Each still pairs two cues.
INDIRECT += (
    # --- suicide ---------------------------------------------------------------------------
    _rule(
        "suicide",
        "telling_someone",
        r"\b(?:just )?so (?:that )?(?:somebody|someone|some1|anybody|anyone|alguien)"
        r" (?:knows|is aware|knew|sepa|se entere)<END>",
        "Telling the service something 'just so somebody knows' or 'so that someone is aware':"
        " a disclosure made in case of what comes next.",
    ),
    _rule(
        "suicide",
        "burden_absence",
        r"\b(?:better off|better served|happier|relieved|mejor|estaria mejor|estarian mejor)\b"
        r"(?: \S+){0,6} (?:than with me|by my absence|que conmigo|sin mi)\b|\b(?:better off"
        r"|relieved|happier|easier) if i (?:just )?(?:\S+ ){0,3}(?:stopped|wasnt|was not|went"
        r"|disappeared|vanished)\b(?: \S+){0,3} (?:permanently|for good|forever|para siempre)\b"
        r"|\b(?:better off|would be fine|mejor)\b(?: \S+){0,8} (?:\. )?(?:like )?(?:for good"
        r"|permanently|para siempre)<END>|\b(?:mejor|facil|tranquil\w*)\b(?: \S+){0,4} si (?:yo )?"
        r"(?:desapareciera|desaparecer|me muriera|me morir|no existiera|no existir)\b",
        "Others would be better off, better served by one's absence, relieved if one stopped"
        " showing up for good: the burden thought behind suicide.",
    ),
    _rule(
        "suicide",
        "nothing_to_go_on_for",
        r"\b(?:hang on|hold on|keep going|keep fighting|stay strong|keep trying|aguantar|seguir)"
        r" (?:for|para) (?:what|que)<END>|\b(?:ive|i ve|i have) lived long enough<END>"
        r"|\b(?:dont|do not) (?:need|want|wanna|care) to see another (?:christmas|birthday|year"
        r"|summer|spring|thanksgiving|new year)\b|\bya (?:vivi|he vivido) (?:lo )?suficiente\b"
        r"|\b(?:im|i m|ill|i will) (?:just )?(?:gonna |going to )?be gone (?:before|by)"
        r" (?:then|tomorrow|morning|that)\b|\btime (?:i|for me to) (?:went and |go and |to )?"
        r"join(?:ed)? (?:them|him|her|my \w+)\b|\b22 a day\b(?: \S+){0,6} (?:understand|get it"
        r"|get why|see why)\b|\bnobody(?:d| would| will)? (?:even )?(?:notice|care|miss me) if"
        r" (?:i|this|my)\b(?: \S+){0,4} (?:went off|drove off|disappeared|was gone|died|crashed"
        r"|didnt come back)\b",
        "Nothing to hold on for, no need to see another Christmas, 'gone before then', time to"
        " join the fallen, nobody would notice if one went off the overpass.",
    ),
    _rule(
        "suicide",
        "goodbye_said",
        r"\b(?:say|said|saying) goodbye\b(?: \S+){0,8} thanks? (?:you )?for everything\b|\b(?:ya )?"
        r"me despedi de\b(?: \S+){0,4} por si acaso\b|\bsaid (?:my )?goodbyes?\b(?: \S+){0,4}"
        r" just in case\b|\b(?:dile|diles|digale|digan)(?: a \w+ \w+)? que (?:la|lo|los|las)"
        r" (?:quise|queria)\b|\btell (?:her|him|them|my \w+) (?:that )?i loved (?:her|him|them)\b",
        "Goodbyes said 'just in case', a message relayed in the past tense ('tell her I loved"
        " her'), goodbye with 'thanks for everything': farewells before an attempt.",
    ),
    _rule(
        "suicide",
        "method_in_mind",
        r"\bresearch\w* (?:\S+ )?"
        r"(?:methods|ways to die|ways to end it)\b|\b(?:thinking|think|thought) about swallow\w*"
        r" (?:everything|all of (?:it|them)|the whole)\b|\b(?:<PILLS>|<PILLS_ES>|<FIREARM>|sidearm"
        r"|knife|rope|razor|blade)\b(?: \S+){0,10} (?:just )?(?:sitting here )?(?:looking|staring)"
        r" at (?:it|them)\b|\b(?:using|use|shoot\w*|take|taking|doing) (?:all of it|it all"
        r"|everything i have|the whole \w+)\b(?: \S+){0,4} (?:on purpose|a proposito)\b"
        r"|\b(?:engine|car|truck|motor) (?:\S+ ){0,2}running\b(?: \S+){0,6} (?:windows? (?:up"
        r"|closed|rolled up)|hose)\b|\bholding my (?:head|face) under ?water\b",
        "Methods researched, means laid out and stared at, using all of it on purpose, an engine"
        " running with the windows up, a head held under water.",
    ),
    # --- self-harm -------------------------------------------------------------------------
    _rule(
        "self_harm",
        "act_again",
        r"\bcut (?:again|deeper)\b|\bdeeper this time\b|\b(?:scratch\w*|cut\w*|carv\w*|slic\w*)"
        r" (?:my |mis )?<BODY> (?:\S+ ){0,2}(?:with|con) (?:a |the |my |una |la |el )?(?:razor"
        r"|blade|knife|glass|scissors|navaja|cuchilla|rastrillo|vidrio)\b|\b(?:me queme|me quemo"
        r"|burned myself|burnt myself|burning myself) (?:\S+ ){0,2}(?:con|with) (?:el|un|la|a|the"
        r"|my) (?:cigarro|cigarrillo|encendedor|cigarette|cig|lighter)\b|\b<OTHER> is cutting"
        r" (?:again|herself|himself|in the)\b",
        "Cutting again or deeper, cutting or scratching one's arms with a razor, burning oneself"
        " with a cigarette, someone cutting in the bathroom.",
    ),
    # --- overdose and medical --------------------------------------------------------------
    _rule(
        "overdose",
        "behind_a_door",
        r"\b(?:locked|cerrad[oa] con llave|encerrad[oa])\b(?: \S+){0,8} (?:he|she|they|el|ella)"
        r" (?:wont|will not|isnt|is not|doesnt|does not|not|no) (?:answer\w*|open\w*|respond\w*"
        r"|contesta|abre)\b|\b(?:consumed|took|taken|swallowed"
        r"|ingested) (?:\S+ ){0,2}(?:the )?(?:remainder|rest|all|entire|whole) of (?:my|the)"
        r" (?:prescription|script|bottle|supply|<PILLS>)\b(?: \S+){0,6} (?:with|and|along with)"
        r" (?:\S+ ){0,4}(?:<ALCOHOL>|<SLANG>)\b|\b(?:kid|child|baby|toddler|son|daughter|nino"
        r"|nina)\b(?: \S+){0,8} (?:needle|syringe|pills|jeringa)\b(?: \S+){0,10} (?:throwing up"
        r"|vomit\w*|pale|limp|sleepy|wont wake|not waking)\b",
        "Someone locked in a bathroom who will not answer, the rest of a prescription with"
        " drink, a child who found a needle or pills and is sick: an overdose to check now.",
    ),
    _rule(
        "medical",
        "body_signs",
        r"\bchest (?:\S+ ){0,3}(?:tight|pain|hurts|pressure)\b(?: \S+){0,10} (?:left )?arm"
        r" (?:\S+ ){0,2}(?:heavy|numb|tingl\w*|hurts|dead)\b|\bheart (?:is )?(?:doing (?:this |a"
        r" )?)?(?:flutter\w*|skipping|racing|pounding)\b(?: \S+){0,8} (?:cant|can not|cannot)"
        r" (?:catch my breath|breathe)\b|\b(?:coming off|quit|stopped|detox\w*|kicking|off)"
        r" (?:the )?(?:benzos?|xanax|bars|klonopin|valium|ativan|alcohol|drinking|booze)\b"
        r"(?: \S+){0,8} (?:twitch\w*|confus\w*|seizing|hallucinat\w*)\b|\bcoffee grounds?\b"
        r"|\b(?:throwing up|vomiting|puking) and (?:\S+ )?(?:pale|gray|grey|clammy|limp|blue)\b"
        r"|\b(?:me cai|fell|se cayo)\b(?: \S+){0,8} (?:no me puedo levantar|cant get up|sangre en"
        r" la cabeza|blood on my head)\b|\b(?:se me durmio|se me adormecio|dormida|adormecida"
        r"|entumida) (?:\S+ ){0,2}(?:la )?mitad de (?:la|mi) cara\b|\b(?:half|one side) of my face"
        r" (?:\S+ ){0,2}(?:numb|drooping|droopy|dead|asleep)\b|\b(?:corazon|heart) (?:\S+ ){0,2}"
        r"(?:bien|muy|super|re|so|really|very) (?:lento|slow)\b|\b(?:temblar|temblando|sudar"
        r"|sudando|shaking|sweating)\b(?: \S+){0,8} (?:me va a dar algo|(?:im|i m) (?:gonna"
        r"|going to) (?:have a seizure|pass out))\b",
        "Chest tightness into a heavy arm, a fluttering heart with no breath, confusion coming"
        " off benzos or drink, coffee-ground vomit, a fall with a head wound, half the face numb,"
        " a slow heart: needs emergency care.",
    ),
    # --- violence --------------------------------------------------------------------------
    _rule(
        "violence",
        "going_after_him",
        r"\b(?:im|i m|i am|gonna|going to|ill|i will) (?:\w+ )?(?:ending|end|smoking|smoke|merk\w*"
        r"|murk\w*|body|bodying) (?:him|her|them|that \w+)\b|\b(?:got|have|brought|bringing"
        r"|grabbed|with) (?:the |my |a |el |mi )?(?:<WEAPON>|strap|blick\w*|heat|piece)\b"
        r"(?: \S+){0,8} (?:pulling up|pull up|slide on|sliding on|going over|outside (?:his|her"
        r"|their))\b|\boutside (?:his|her|their|my \w+ s) (?:house|place|apartment|job|work)\b"
        r"(?: \S+){0,6} (?:brought|have|got) (?:a|my|the) <WEAPON>\b|\bnext time\b(?: \S+){0,8}"
        r" (?:he|she|they|hes|shes)(?: is| s| are| re)? (?:not|wont be|aint) (?:walking|getting"
        r" up|coming back)\b|\b(?:esta vez|la proxima|si vuelve)\b(?: \S+){0,3} (?:lo|la|los)"
        r" (?:pico|mato|rajo|quiebro|acuchillo|despacho)\b",
        "Going after a named person with a weapon ('pulling up on him', 'I brought a bat'),"
        " 'ending him', 'he's not walking away', 'esta vez lo pico': a threat to act.",
    ),
    _rule(
        "violence",
        "danger_in_house",
        r"\b(?:<ASSAILANT>|shes|hes) (?:has|got|s got|has got|tiene)\b(?: \S+){0,5} (?:a |the"
        r" |un |una )?<WEAPON>\b(?: \S+){0,6} (?:screaming|yelling|threatening|gritando"
        r"|amenazando)\b|\b(?:breaking|smashing|throwing) (?:stuff|things|shit)\b(?: \S+){0,8}"
        r" (?:said|says|dice que) (?:im|i m|i am|we re|were|yo) (?:next|sigo)\b|\b(?:said|says"
        r"|dice que) (?:im|i m|i am) next\b|\b(?:me cayo a tiros|me dispararon|me balacearon"
        r"|shot at me|shooting at (?:me|us))\b|\bestoy escondio\b",
        "Someone with a weapon screaming, breaking things and saying 'you're next', being shot"
        " at and hiding: danger from a person now.",
    ),
)

# Found probing as a new user (2026-11-24): the pain ending for good, a decision to stop
# fighting, voices getting loud, and a Spanish "if something happens to me" goodbye.
INDIRECT += (
    _rule(
        "suicide",
        "stop_for_good",
        r"\b(?:want|wanna|need|wish) (?:(?:the|this|my|all|it|all the) )?(?:noise|voices|pain"
        r"|thoughts|everything|it all|all of it|feeling|feelings|hurt|hurting|head|brain|life|it"
        r"|this|world)\b(?: (?:in|inside) (?:my )?(?:head|mind|chest))? (?:to )?(?:stop|end|go away"
        r"|be over|shut up|go quiet)"
        r"(?: \S+){0,2} (?:for good|forever|permanently|for ever)\b",
        "Wanting the noise, the pain or everything to stop for good: a wish for an end.",
    ),
    _rule(
        "suicide",
        "done_fighting",
        r"\b(?:not|no longer|never) (?:going to|gonna|gon) (?:fight|try|keep fighting|keep trying)"
        r"(?! (?:with|over|about|for (?:a|the|my) (?:seat|spot|parking)))(?: \S+){0,2}"
        r" (?:anymore|any more|again)\b|\bdecided\b(?: \S+){0,6} (?:to stop|not to|im not|i m not"
        r"|i am not) (?:fighting|trying|going to fight|gonna fight)(?: (?:it|this|anymore"
        r"|any more))?<END>",
        "A decision to stop fighting or trying (not with someone): giving up on living.",
    ),
    _rule(
        "medical",
        "voices_loud",
        r"\b(?:the )?voices (?:are|r|were|got|getting|keep getting) (?:\S+ )?(?:loud|louder|back"
        r"|worse|bad|so bad|mean)\b|\blas voces (?:estan|andan|se oyen) (?:\S+ )?(?:fuertes|mas"
        r" fuertes|peor)\b",
        "Voices getting loud, back or worse: psychosis that can turn into commands or danger.",
    ),
    _rule(
        "suicide",
        "if_something_happens_es",
        r"\bsi me pasa algo\b(?: \S+){0,4} (?:digan|diganle|dile|digale|diles) (?:a )?(?:mis?"
        r" \w+ )?que (?:los|las|la|lo|le|les) (?:quiero|amo|quise)\b|\b(?:digan|diganle|diles"
        r"|digale) a mis (?:hijos|hijas|ninos|nietos) que (?:los|las) (?:quiero|amo|quise)\b",
        "'Si me pasa algo, digan a mis hijos que los quiero': a goodbye passed on.",
    ),
)
