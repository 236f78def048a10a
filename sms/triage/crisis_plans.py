"""Crisis rules for plans, preparations and the bodies of people who use: batches 20 and 21.

The twentieth blind batch was written as a clinician's screening questions surface a crisis
(the C-SSRS ladder: a passive wish, a method, a plan with a day, things done to prepare, an
attempt begun and stopped) and as the medical emergencies of people who drink and use
(withdrawal hallucinations, a xylazine wound gone black, a head hit while drunk, a diabetic
who drank). Held out, the rules caught 73.1% of its crisis messages. The twenty-first was
written as many different voices (a teenager, a widower, a veteran, a sponsor at a locked
door) and as crises inside replies to the service's own prompts ("9 and there's a rope in
my truck", "C but I'm writing from the roof"); held out, 76.1%. The rules below name what
a plan or a preparation is made of - a day and secrecy, affairs settled "so nobody has to
deal with it", a goodbye with a reason to be believed - rather than one message's words.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

# When a plan is set for: a day, a part of one, an occasion.
_WHEN = (
    r"(?:tonight|today|tomorrow|this weekend|sunday|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|hoy|esta noche|hoy en la noche|manana|este fin(?: de semana)?|el (?:domingo"
    r"|lunes|martes|miercoles|jueves|viernes|sabado))"
)
# Others out of the way: the planner's own words for the hour nobody will stop them.
_UNSEEN = (
    r"(?:before (?:anyone|anybody|everyone|the kids|my \w+) (?:is up|wakes|gets up|gets home"
    r"|comes home|knows)|when (?:everyone|everybody|nobody|no one|the kids)(?: is|s| are)?"
    r" (?:asleep|gone|out|away|at)|while (?:everyone|nobody|no one) is|cuando (?:todos|nadie)"
    r" (?:esten|este|se duerman|duerman|se vayan|estan)|antes de que (?:alguien|nadie|todos)"
    r" (?:despierte|se levante|llegue|sepa))"
)
# Saying "it" is decided or set: the act without its name.
_DECIDED = (
    r"(?:do it|doing it|lo hago|lo voy a hacer|hacerlo|va a ser|its happening|decided"
    r"|made up my mind|decidi|decidido)"
)
# A goodbye's last words.
_FAREWELL = (
    r"(?:cuidense|take care of yourselves|take care everyone|take care of each other|goodbye"
    r"|adios|love you all|los quiero|forgive me|perdonen|perdonenme|semper fi)"
)

PLANS: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "plan_with_a_day",
        r"\b" + _DECIDED + r"\b(?: \S+){0,8} " + _UNSEEN + r"\b"
        r"|\b" + _UNSEEN + r"\b(?: \S+){0,6} " + _DECIDED + r"\b"
        r"|\b(?:do it|lo voy a hacer|hacerlo) (?:after|despues de(?:l)?) (?:my |her |his |the"
        r" |their |mi |su |la |el )?(?:\w+ )?(?:birthday|graduation|wedding|christmas|holidays"
        r"|cumpleanos|graduacion|boda|navidad)\b"
        r"|\b(?:ya )?(?:pense|planee|decidi) (?:como|cuando|donde) (?:hacerlo|lo voy a hacer"
        r"|lo hago)\b(?: \S+){0,4} (?:va a ser|sera) " + _WHEN + r"\b"
        r"|\b(?:decidi|decidido|ya|hoy|manana|noche|fin de semana|este fin|" + _WHEN + r")\b"
        r"(?: \S+){0,5} me mato<END>"
        r"|\b" + _WHEN + r" (?:lo hago|lo voy a hacer|i do it|ill do it|im doing it)\b(?: \S+){0,8}"
        r" (?:cartas|letters|notes|goodbye|adios|decided|decidi|sorry|perdon|cuidense)\b"
        r"|\b(?:todo|esto|it all|everything) (?:se acaba|se termina|ends|will end|is over)"
        r" " + _WHEN + r"<END>"
        r"|\b" + _WHEN + r" (?:se acaba|se termina|it all ends|everything ends|it ends)"
        r"(?: todo)?<END>",
        "A plan with a day: 'sunday morning before anyone is up', 'after my daughter's birthday',"
        " 'el sabado cuando todos esten en la fiesta lo voy a hacer', 'esta noche se acaba todo'.",
    ),
    _rule(
        "suicide",
        "affairs_settled_for_others",
        r"\bso (?:nobody|no one|they|she|he|my \w+) (?:has to|have to|wont have to|doesnt have to"
        r"|dont have to|will not have to) (?:deal with|worry about|pay|handle|clean up|sort out"
        r"|take care of)\b(?: \S+){0,4} (?:after<END>|afterwards|after im gone|when im gone"
        r"|once im gone|when i go)"
        r"|\bpara que nadie (?:tenga|tengan) que (?:cargar|pagar|lidiar|preocuparse|hacerse"
        r" cargo)\b(?: \S+){0,4} (?:cuando me vaya|cuando ya no este|despues)\b"
        r"|\b(?:gave|sent|wrote down|left|di|deje) (?:all )?(?:my|mis) (?:passwords|pin|bank"
        r" \w+|phone password|contrasenas|claves)\b(?: \S+){0,8} (?:know what to do|just in case"
        r"|sabra que hacer|por si)"
        r"|\bdeleted (?:all )?my (?:socials|accounts|facebook|instagram|profiles?)\b(?: \S+){0,8}"
        r" (?:gave|goodbye|passwords|letter)\b"
        r"|\bgave (?:away )?(?:my|all my) (?:\w+ )?(?:<KEEPSAKE>|xbox|playstation|ps5|tools"
        r"|games|records)\b(?: and (?:my )?\w+)?(?: \S+){0,10} (?:wont (?:have to wait|need"
        r"|be needing)|dont need (?:it|them) anymore|where im going|last thing|was the last)\b"
        r"|\b(?:said goodbye|say goodbye|dije adios|me despedi)\b(?: \S+){0,4} (?:my |mi )?(?:dog"
        r"|cat|pets?|perro|perra|gato|gata|mascota)\b(?: \S+){0,8} (?:last thing|the last"
        r"|era lo ultimo|lo ultimo|lo unico)\b"
        r"|\bmake sure (?:my \w+|\w+) gets my\b(?: \S+){0,12} (?:letter|note|will)\b"
        r"|\b(?:dog|cat|perro|perra|gato|gata)\b(?: \S+){0,8} (?:said goodbye|me despedi"
        r"|dije adios)\b"
        r"(?: \S+){0,8} (?:last thing|the last|era lo ultimo|lo ultimo|lo unico)\b"
        r"|\bwhen\b(?: \S+){1,8} (?:thats|that s|that is) when<EOT>",
        "Affairs settled before a death: debts paid 'so nobody has to deal with it after',"
        " passwords handed over, a dog said goodbye to 'the last thing', a letter on the table.",
    ),
    _rule(
        "suicide",
        "insurance_and_burden",
        r"\b(?:life insurance|the policy|the insurance|seguro de vida|la poliza)\b(?: \S+){0,12}"
        r" (?:better than fine|better off|more than i (?:ever )?(?:give|gave|make|made|could)"
        r"|mas de lo que (?:yo )?(?:les|le) doy|mejor sin mi|without me|(?:shed|hed|theyd"
        r"|she would|he would|they would) be (?:fine|ok|okay|better))\b"
        r"|\b(?:would|will|could) get \S+ (?:from|off) (?:the|my) (?:policy|life insurance)\b"
        r"|\b(?:insurance|seguro|in order|my kids|mis hijos)\b(?: \S+){0,15} after (?:that|this"
        r"|then|\w+day) (?:its|it s|it is|it will be|wont be) (?:not )?my problem\b"
        r"|\b(?:dont|do not|cant) see (?:why|how) (?:im|i am|i m) still (?:here|alive|around)\b"
        r"|\bno se (?:pa|para|por) que (?:sigo|estoy) (?:aqui|viv[oa])\b",
        "Worth more dead: the life insurance that would do more for the children than the"
        " writer does, 'I don't see why I'm still here'.",
    ),
    _rule(
        "suicide",
        "method_sought",
        r"\b(?:looking up|looked up|googling|googled|searching|researching|busque|buscando"
        r"|checked)\b(?: \S+){0,3} (?:how (?:high|tall|far down|deep|cold)|que tan (?:alto|alta"
        r"|hondo|profundo))\b"
        r"|\b(?:know|knows|figured out|se|sabe) (?:exactly )?(?:which|what|cuales|que)\b(?: \S+)"
        r"{0,6} (?:would|could|will|gonna|harian|serian) (?:do it|do the job|be enough|be fatal"
        r"|end it|suficientes)\b"
        r"|\b(?:<MANY>|all|todas|todos) (?:of )?(?:my |mis |the |these |those )?(?:<PILLS>"
        r"|<PILLS_ES>)\b(?: \S+){0,6} (?:be enough|enough to|suficientes?|alcanzan|alcanzaria"
        r"|bastan|bastaria)\b"
        r"|\b(?:take|took|swallow|tomas|tomo|tomar) (?:all|the whole|todas|todo)\b(?: \S+){0,3}"
        r" (?:<PILLS>|<PILLS_ES>|bottle|frasco)\b(?: \S+){0,2} (?:at once|de una vez|de golpe"
        r"|together|juntas)\b"
        r"|\b(?:would|does|will|do|did) it hurt (?:to|if (?:i|you)) (?:hang|shoot|cut|jump"
        r"|drown|overdose|od|bleed)\b"
        r"|\b(?:<PILLS>|hang|overdose|od|die|dying|jump|bleed|lethal|fatal|painless|enough"
        r"|at once|kill|morir|ahorcarse|cortarse)\b(?: \S+){0,12} \? (?:asking|preguntando)"
        r" (?:for|por|para) (?:me|<SELF>|mi)\b"
        r"|\b(?:junte|juntado|stockpil\w*|saving up|saved up|been saving|hoarding|stashed"
        r"|stashing)\b(?: \S+){0,4} (?:<MANY> )?(?:de )?(?:<PILLS>|<PILLS_ES>)\b"
        r"|\b(?:guardad[oa]s?|guardando|ahorrad[oa]s?|ahorrando|juntad[oa]s?|saved|collected)"
        r" (?:como |like )?<MANY>"
        r" (?:de )?(?:<PILLS>|<PILLS_ES>)\b",
        "Seeking a method or its lethality: how high the garage is, which pills would do it,"
        " whether thirty would be enough, 'asking for me'; pills saved up.",
    ),
    _rule(
        "suicide",
        "means_at_hand",
        r"\b(?:<FIREARM>|1911|ar ?15|9mm)\b(?: \S+){0,3} (?:its|it s|it is|es) (?:for|para)"
        r" (?:me|mi)<END>"
        r"|\b(?:<FIREARM>|1911|ar ?15|9mm)\b(?: \S+){0,12} (?:makes me (?:calm|feel calm|feel"
        r" better)|me calma|cant stop thinking about (?:it|using it)|keep thinking about (?:it"
        r"|using it)|no dejo de pensar en (?:ella|el|eso|usarla))\b"
        r"|\b(?:picture|pic|photo|foto) (?:of|de) (?:a|his|her|the|una|su) <FIREARM>\b(?: \S+)"
        r"{0,6} (?:sorry|goodbye|bye|love you|lo siento|perdon|adios)\b"
        r"|\b(?:<FIREARM>|1911|ar ?15|9mm)\b(?: \S+){0,3} (?:cleaned and loaded|loaded|cargad[oa])"
        r"\b(?: \S+){0,4} (?:on the table|in my lap|next to me|en la mesa|in front of me|in my"
        r" hand|en mi mano)\b"
        r"|\b(?:rope|soga|cuerda|<FIREARM>|pills|pastillas)\b(?: \S+){0,10} (?:for a reason"
        r"|por una razon|you know (?:why|what for)|ya sabes para que)\b"
        r"|\b(?:keeps|has|got|tiene) (?:his|her|a|the|su|una)\b[^.?!]{0,40} (?:and|y) (?:i )?"
        r"(?:cant stop thinking about it|keep thinking about it"
        r"|no dejo de pensar en (?:ella|el|eso))\b"
        r"|\b(?:ive got|i have|i got|tengo) (?:a |the |my |una |la |mi )?(?:razor|blade|knife"
        r"|rope|<FIREARM>|pills|navaja|cuchilla|soga|pastillas)\b(?: \S+){0,3} (?:and|y)"
        r" (?:nothing|nada|no one|nobody|no reason) (?:left|else|more|mas)\b"
        r"|\b<PLACE>\b(?: \S+){0,12} (?:with|con) (?:the |a |my |la |una |mis )?(?:bottle of"
        r" |frasco de )?(?:<PILLS>|<PILLS_ES>|<FIREARM>|rope|soga)\b"
        r"|\b(?:closet rod|rod|beam|rafter|ceiling fan|hook|pipe|viga|tubo)\b(?: \S+){0,2}"
        r" (?:holds|will hold|would hold|can hold|held|aguanta|aguanto)(?: my weight| me"
        r"| el peso)?<END>",
        "The means at hand, with the reason: a gun 'for me' that 'makes me calm', a photo of a"
        " gun and 'sorry', a rope bought 'for a reason', pills by the lake, a rod that 'holds'.",
    ),
    _rule(
        "suicide",
        "attempt_begun",
        r"\b(?:belt|rope|cord|cable|sheet|noose|cinturon|cuerda|soga|sabana)\b(?: \S+){0,3}"
        r" (?:around|on|in|en|alrededor de(?:l)?) (?:my|el|mi) (?:neck|cuello)\b"
        r"|\b(?:step|stepping|walk|walking|jump|jumping|throw <SELF>|tirarme|aventarme)"
        r" (?:in front of|frente al?|delante del?) (?:it|the train|a train|traffic|a bus|a truck"
        r"|un carro|el tren|un camion|los carros)\b"
        r"|\b(?:pensando en|ganas de|quiero|voy a) (?:tirarme|aventarme|lanzarme|arrojarme)"
        r"(?! (?:a|en|al) (?:la |el )?(?:cama|sofa|sillon|dormir|piscina|alberca|pileta|playa|arena"
        r"|pasto|suelo|piso|agua con los ninos))\b"
        r"|\b<HEIGHT>\b(?: \S+){0,10} (?:slowing down|slow down|pulling over|pull over|stopping"
        r" there|stop there)\b"
        r"|\b(?:cant|can not|wont|not sure i(?:ll| will)?|dont know if i(?:ll| will)?)"
        r" (?:promise )?(?:i(?:ll| will) )?come (?:back )?down\b"
        r"|\b(?:at|on|by|near) the (?:tracks|train tracks|railroad|vias)\b(?: \S+){0,8} (?:train"
        r"|tren) (?:comes|is coming|passes|pasa|viene|llega)\b"
        r"|\b(?:make|let|have) (?:them|the cops|cops|police|the police) (?:shoot|kill) me\b"
        r"|\bsuicide by cop\b|\bque me (?:maten|disparen) los (?:policias|polis|pacos|chotas)\b"
        r"|\bcatch(?:ing)? the bus\b(?: \S+){0,8} (?:not the one|no cap|not to school|not that"
        r" one|permanently|for good)\b",
        "An attempt begun or staged: a belt already around the neck, stepping in front of the"
        " train, slowing at the overpass, 'can't promise I'll come down', a train's time at the"
        " tracks, suicide by police.",
    ),
    _rule(
        "suicide",
        "passive_wish_plain",
        r"\bif i (?:just )?(?:didnt|dont|never|did not|do not) wake (?:up)?\b(?: \S+){0,6}"
        r" (?:fine|ok|okay|alright|wouldnt mind|wouldnt care|be better|relief|good with me)\b"
        r"|\bif (?:a|the) (?:car|truck|bus|train|plane) (?:hit|hits|killed|ran over|runs over)"
        r" me\b(?: \S+){0,6} (?:wouldnt|would not|fine|ok|not mind|relief|wouldnt even)\b"
        r"|\b(?:wouldnt|would not) (?:even )?(?:care|mind|be mad|be upset)\b(?: \S+){0,2} if"
        r" (?:a|the) (?:car|truck|bus|train|plane) (?:hit|hits|killed|ran over|runs over) me\b"
        r"|\b(?:hoping|hope|wish|ojala) (?:the|my|que el|que un|que mi) (?:plane|flight|car|bus"
        r"|avion|carro|camion)\b(?: \S+){0,2} (?:goes down|crashes|crash|se caiga|se estrelle"
        r"|choque)\b"
        r"|\b(?:pido|pidiendo|le pido|rezo|ruego|pray|praying|ask god|asking god|beg god)\b"
        r"(?: \S+){0,6} (?:no (?:me )?deje despertar|ya no despertar|no despertar|not (?:to )?wake"
        r" up|take me|me lleve|llevarme|me recoja)\b"
        r"|\b\w+ (?:doesnt|does not) want to (?:be here|live|be alive|exist)"
        r" (?:anymore|any more)\b",
        "A wish to be gone said plainly: not waking up 'would be fine with me', hoping the"
        " plane goes down, praying not to wake, 'Marcus doesn't want to be here anymore'.",
    ),
    _rule(
        "suicide",
        "goodbye_with_weight",
        r"\b(?:wont|will not|no voy a|ya no voy a|dont|ya no) (?:be )?(?:need|needing|necesitar)"
        r"\b(?: \S+){0,6} (?:or ever|ever again|ni ninguna otra|ni ningun otro|ni nunca"
        r"|nunca mas|or any other)\b"
        r"|\b(?:wont|will not|no voy a|ya no voy a|ya no) (?:be )?(?:need|needing|necesitar)\b"
        r"(?: \S+){0,8} " + _FAREWELL + r"\b"
        r"|\bwont be (?:anywhere|around|here|alive)\b(?: \S+){0,2} (?:after|past|by) "
        + _WHEN
        + r"\b"
        r"|\b(?:wont|will not|not going to|not gonna) be (?:around|here|alive) (?:to|for)"
        r" (?:pick up|get|see|celebrate|make it to)? ?(?:my|the) (?:\d+ day|\w+ day|chip|coin"
        r"|birthday|graduation|anniversary)\b"
        r"|\b(?:este es|this is|es) (?:el|my|mi|the) (?:ultimo|last) (?:mensaje|text|message"
        r"|check ?in)\b(?: \S+){0,8} " + _FAREWELL + r"\b"
        r"|\b(?:you|u) (?:guys |all |people |really )?tried<END>|\btell (?:them|her|him|everyone"
        r"|my \w+) i tried\b"
        r"|\bthanks? (?:you )?(?:\S+ ){0,3}before i go<END>"
        r"|\b(?:tell|dile a|diganle a|decile a|letter|carta|note|nota)\b(?: \S+){0,10}"
        r" (?:(?:it )?(?:wasnt|was not|isnt|is not|its not|it s not) (?:her|his|their|your)"
        r" fault|(?:nada de esto )?no (?:fue|es) (?:su|tu) culpa|nada de esto fue su culpa)\b"
        r"|\b(?:tell|dile a|diganle a|decile a|diles a|digales a|diganles a) (?:\S+ ){1,3}(?:que )?"
        r"(?:i love (?:her|him|them)"
        r"|la quiero|lo quiero|los quiero)\b(?: \S+){0,8} (?:ya me voy|me voy<END>|adios"
        r"|goodbye|im sorry|lo siento|perdon)\b"
        r"|\btell (?:the group|everyone|everybody|them all) (?:semper fi|goodbye|bye|i said"
        r" (?:goodbye|bye))\b"
        r"|\b(?:im|i am|i m) checking out (?:tonight|for good|permanently|early)\b(?: \S+){0,8}"
        r" (?:tell|goodbye|semper fi|sorry)\b"
        r"|\b(?:passed|died|murio|fallecio)\b(?: \S+){0,20} (?:intend|going|gonna|want|ready"
        r"|plan|planning|quiero|voy) (?:to )?(?:a )?(?:join|be with|reunirme con|irme con)"
        r" (?:her|him|them|el|ella)\b"
        r"|\b(?:no estoy segur[oa]|no estoy a salvo) (?:esta noche|aqui|en (?:la|mi) casa"
        r"|con el|con ella)<EOT>",
        "A goodbye a counselor would act on: not needing the group 'or ever', 'you guys tried',"
        " 'tell her it wasn't her fault', the last message and 'cuidense', joining a wife who"
        " died, 'won't be around to pick up my 90 day chip'.",
    ),
    _rule(
        "suicide",
        "someone_else_may_act",
        r"\b(?:creo que|i think|afraid|worried|tengo miedo de que|me temo que)"
        r" (?:\S+ ){0,2}(?:va a hacer algo|gonna do something|going to do something|will do"
        r" something)(?: (?:stupid|to (?:him|her|them)sel\w+|a si mism\w+|una locura|malo))?<END>"
        r"|\bif i (?:stop|dont|do not) (?:texting|answering|replying|responding|text back)\b"
        r"(?: \S+){0,4} (?:send|call)\b"
        r"|\bsi (?:dejo de|no) (?:contestar|contesto|responder|respondo)\b(?: \S+){0,4}"
        r" (?:manden|mandes|llamen)\b"
        r"|\b(?:cuando salga|when i get out|when they let me out|once im out)\b(?: \S+){0,3}"
        r" (?:lo vuelvo a intentar|lo voy a volver a intentar|(?:ill|i will|im gonna|im going to)"
        r" try (?:it )?again)\b",
        "A friend's goodbye and silence ('creo que va a hacer algo'); 'if I stop texting send"
        " someone to 1420 Maple'.",
    ),
    _rule(
        "self_harm",
        "cut_too_deep",
        r"\bi cut (?:<SELF> )?(?:pretty |really |too |so |very )?(?:bad|badly|deep|deeper"
        r"|deeply)\b"
        r"|\bbleeding (?:\S+ ){0,2}(?:cant|wont|can not|doesnt|will not) (?:get it to )?stop\b"
        r"|\bcut\b(?: \S+){0,6} cant get it to stop\b",
        "A cut too deep or bleeding that will not stop: 'i cut pretty bad earlier and cant get"
        " it to stop', 'bleeding / alot / cant / stop'.",
    ),
    _rule(
        "overdose",
        "took_them_all",
        r"\bme (?:las|los) (?:tome|trague) (?:todas|todos)\b"
        r"|\b(?:its done|it s done|ya esta hecho|ya lo hice)\b(?: \S+){0,3} (?:i )?(?:took"
        r"|swallowed|me (?:las|los) tome|tome)\b"
        r"|\btook (?:all of them|them all|all of em|em all)<END>"
        r"|\b(?:bottle|frasco|<PILLS>)\b(?: \S+){0,6} (?:already |ya )?(?:took|tome|me tome)"
        r" (?:half|la mitad|most|a handful|un punado)\b"
        r"|\bme tome (?:todo el|el) frasco\b|\btook (?:the|a|my) whole bottle\b"
        r"|\b(?:veneno|rat poison|poison|cloro|bleach|lejia|antifreeze|anticongelante"
        r"|raticida)\b(?: \S+){0,8} (?:me lo voy a tomar|me la voy a tomar|tomarmelo|tomarmela"
        r"|to drink|drink it|going to drink|gonna drink|swallow it)\b"
        r"|\b(?:used|use|took|tome|me meti|shot up|did)\b(?: \S+){0,6} (?:something(?:s| is)?"
        r" (?:wrong|off)|it going wrong|algo anda mal|algo esta mal|algo no esta bien)\b",
        "Pills taken, all or half of them ('me las tome todas', 'already took half'), poison"
        " bought to drink, used alone and 'something is wrong'.",
    ),
    _rule(
        "overdose",
        "mixed_and_unwell",
        r"\b(?:mixed|mixing|combined|mezcle|mezclando)\b (?:\S+ ){0,3}(?:<PILLS>|<DRUGS>"
        r"|<ALCOHOL>|<PILLS_ES>)\b(?: \S+){0,3} (?:with|and|con|y) (?:\S+ ){0,2}(?:<PILLS>"
        r"|<DRUGS>|<ALCOHOL>|<SLANG>|<PILLS_ES>)\b(?: \S+){0,8} (?:feel|siento|sinking|cant"
        r" breathe|heavy|dizzy|mareado|no me siento bien|scared|weird|slow|fading)"
        r"|\b(?:<PILLS>|<PILLS_ES>)\b(?: \S+){0,4} (?:with|con) (?:a |una |un |the |la )?(?:bottle"
        r"|botella|fifth|pint|handle|whole)\b(?: \S+){0,10} (?:no me siento bien|dont feel (?:right"
        r"|good|well)|todo da vueltas|room (?:is )?spinning|cant breathe|dizzy|mareado)\b"
        r"|\b(?:molly|ecstasy|mdma|tachas?|meth|coke|cocaine|speed|adderall)\b(?: \S+){0,8}"
        r" (?:overheat\w*|burning (?:up|hot)|heat stroke|golpe de calor|not making sense)\b",
        "Two sedatives together and feeling it ('mixed my methadone with bars and i feel like im"
        " sinking', xanax with a bottle of rum and the room spinning); molly and overheating.",
    ),
    _rule(
        "medical",
        "withdrawal_danger",
        r"\b(?:seeing|see|saw|viendo|veo|vi)\b (?:\S+ ){0,2}(?:bugs|spiders|ants|things|people"
        r"|shadows|bichos|aranas|hormigas|cosas|gente)\b(?: \S+){0,14} (?:quit|stopped|last"
        r" drink|no drink|deje de|sin tomar|no he tomado|no tomo)\b"
        r"|\b(?:quit|stopped|deje de)\b (?:\S+ ){0,4}(?:drinking|tomar|beber|the booze)\b"
        r"(?: \S+){0,10} (?:seeing|viendo|veo) (?:\S+ ){0,2}(?:bugs|spiders|things|bichos"
        r"|aranas|cosas)\b"
        r"|\b(?:bugs|spiders|ants|bichos|aranas|hormigas)\b(?: \S+){0,6} (?:not there|arent"
        r" there|no estan|no hay nada)\b"
        r"|\b(?:suboxone|subs|bupe|buprenorphine|sublocade)\b(?: \S+){0,8} (?:worse|peor|sick"
        r"|sicker|enfermo)\b(?: \S+){0,8} (?:vomit\w*|throwing up|shaking|temblando|no aguanto)\b"
        r"|\b(?:im|i am|in|going into|went into|im in) precip\w*\b",
        "Withdrawal that is an emergency: seeing bugs that are not there days after the last"
        " drink (delirium tremens), precipitated withdrawal after suboxone.",
    ),
    _rule(
        "medical",
        "body_in_danger",
        r"\b(?:wound|sore|abscess|spot|herida|llaga|absceso)\b(?: \S+){0,10} (?:black|turning"
        r" black|negra|negro)\b(?: \S+){0,8} (?:fever|burning up|chills|fiebre|calentura"
        r"|escalofrios)\b"
        r"|\b(?:red (?:lines|streaks)|lineas rojas)\b (?:going |running |subiendo )?(?:up|por)"
        r" (?:my|mi) (?:arm|leg|brazo|pierna)\b"
        r"|\b(?:fell|fall|cai|cayo|hit|pegue|pego|banged|smacked)\b(?: \S+){0,8} (?:head"
        r"|cabeza)\b(?: \S+){0,10} (?:blurry|borroso|double|not making sense|confused"
        r"|confundid\w*|throwing up|vomit\w*|passed out|wont wake|no despierta)\b"
        r"|\b(?:not making sense|confused|confundid\w*|blurry|borroso)\b(?: \S+){0,8} (?:bump"
        r"|knot|chichon|golpe) (?:on|en) (?:his|her|my|the|la) (?:head|cabeza)\b"
        r"|\b(?:diabetic|diabetes|diabetica|diabetico)\b(?: \S+){0,12} (?:confus\w*|confundid\w*"
        r"|not making sense|wont wake|no despierta|passed out|desmay\w*|no responde)\b"
        r"|\b(?:sugar|glucose|azucar|glucosa) (?:is |es |de |at |en |was )?(?:[1-5]\d|[1-9])\b"
        r"(?! (?:grams|g|gramos|mg))"
        r"|\bthroat (?:is )?(?:closing|swelling|closing up)\b|\bse me cierra la garganta\b"
        r"|\bme (?:dieron|pegaron) un (?:balazo|tiro|disparo|navajazo|machetazo|punalada)\b",
        "A body in danger: a wound gone black with a fever, red streaks up a leg, a head hit"
        " while drunk and now blurred sight, a diabetic who drank and is confused, a throat"
        " closing, shot outside a bar.",
    ),
    _rule(
        "help_now",
        "unanswered_door",
        r"\b(?:not answering|isnt answering|wont answer|no abre|no contesta|no responde)\b"
        r"(?: \S+){0,15} (?:not moving|no se mueve|sin moverse|not breathing|no respira)\b"
        r"|\b(?:see|seeing|veo|vi|found|encontre)\b (?:\S+ ){0,6}(?:on the|en el|en la|tirad[oa])"
        r" (?:\S+ ){0,3}(?:not moving|no se mueve|sin moverse|not breathing|no respira)\b",
        "A sponsor at a door nobody opens, someone seen through the window on the couch not"
        " moving.",
    ),
    _rule(
        "violence",
        "drunk_and_hitting",
        r"\b<ASSAILANT> (?:is |s )?(?:drunk|high|wasted|loaded|tweaking|borracho|drogado)\b"
        r"(?: \S+){0,3} (?:and |y )?(?:hitting|beating|choking|punching|kicking|slapping"
        r"|le esta pegando|pegandole|golpeando)\b"
        r"|\b(?:dice|dijo|says|said|saying) (?:que )?(?:la|lo|los|me|te|nos) (?:va|van) a matar\b"
        r"|\b(?:gritos|screaming|yelling)\b(?: \S+){0,3} (?:y|and) (?:vidrios rotos|glass"
        r" breaking|breaking glass|cosas rompiendose|golpes)\b"
        r"|\bse mete a mi (?:cuarto|cama|recamara)\b|\b(?:comes|gets|sneaks) into my (?:room"
        r"|bed) at night\b",
        "Violence now: a brother drunk and hitting their mother, a husband heard saying he will"
        " kill her, a mother's boyfriend who comes into a 16-year-old's room at night.",
    ),
)
