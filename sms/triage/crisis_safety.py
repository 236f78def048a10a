"""Crisis rules: violence to or from someone, and plain calls for help right now."""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

VIOLENCE: tuple[Rule, ...] = (
    _rule(
        "violence",
        "being_hurt",
        r"\b<ASSAILANT>s? (?:\w+ ){0,2}(?:hit|hits|hitting|beat|beats|beating|beaten|punch\w*"
        r"|chok\w*"
        r"|strangl\w*|slap\w*|kick\w*|attack\w*|hurt|hurting|hurts|stab\w*|shot|shoots|shooting"
        r"|push\w*|shov\w*|threw|throws|throwing|abus\w*|rape|raped|raping|assault\w*|grab\w*"
        r"|pinn\w*|drag\w*|smack\w*|whip\w*|bit|biting|strangl\w*|slam\w*|stomp\w*|jumped|jumping"
        r"|mugg\w*|cornered|struck|strikes|striking|batter\w*|bash\w*|thump\w*|wallop\w*|socked"
        r"|lamped|decked|headbutt\w*) <VICTIM>\b|\b<ASSAILANT>s? (?:\w+ ){0,2}(?:beat\w*|whoop\w*"
        r"|whup\w*|wail\w*|stomp\w*|pound\w*) (?:up )?on <VICTIM>\b"
        r"|\bbeat (?:the )?(?:\w+ )?(?:tar|crap|shit|hell|snot|living daylights|life|piss|fuck)"
        r" (?:out of|outta) (?:me|her|him|us|my \w+)\b"
        r"|\b(?:put|puts|putting|laid|lays) (?:his|her|their) hands on me\b",
        "Someone hitting, choking, jumping, mugging or attacking them or someone with them, in"
        " older and British words too (struck me, battered me, beat the tar out of me).",
    ),
    _rule(
        "violence",
        "assaulted",
        r"\b(?:got|was|been) (?:just )?(?:jumped|stabbed|shot|beat up|beaten|attacked|raped"
        r"|assaulted|mugged)\b|\bgot (?:jumped|stabbed|shot|beat up|beaten|attacked|raped|assaulted"
        r"|mugged|robbed at (?:gun|knife) ?point)\b|\b(?:been|was|just got|just been) (?:stabbed"
        r"|shot|raped|assaulted|attacked|beaten up)\b|\bme (?:apunalaron|dispararon|asaltaron"
        r"|atacaron|balearon|golpearon|lastimaron|acuchillaron|picaron con (?:un|una) (?:cuchillo"
        r"|navaja|fierro|punzon)|dieron (?:una |un )?(?:punalada|punaladas|navajazo|machetazo"
        r"|balazo))\b|\bme cortaron (?:las venas|el cuello|la garganta|la cara)\b|\b(?:im|i am"
        r"|being) (?:being )?(?:abused|beaten|hit|hurt|threatened|stalked|raped|trafficked)\b"
        r"|\bshooting (?:outside|at us|at me"
        r"|in the)|\bshots fired\b|\bactive shooter\b|\b(?:someone|somebody|they) (?:is |s "
        r"|are )?shooting\b|\b<ASSAILANT> (?:\w+ )?broke my (?:arm|nose|ribs?|jaw|hand|wrist|finger"
        r"|tooth|teeth)\b",
        "Just attacked, stabbed or shot; being abused; shooting nearby.",
    ),
    _rule(
        "violence",
        "held",
        r"\block(?:ed|s|ing)? me (?:in|up)\b|\b(?:has|have|had|got|keeps|kept) me locked (?:in|up"
        r"|inside|out)\b|\b(?:wont|will not|doesnt|does not"
        r"|isnt letting) (?:let )?(?:me|us) (?:leave|go|out)\b|\bno (?:me|nos) (?:deja|dejan)"
        r" (?:salir|irme|irnos)\b"
        r"|\bme (?:encerro|encerraron|tiene encerrad[oa])\b|\b(?:wont|will not"
        r"|doesnt) let (?:me|us) (?:call|leave|go|out)\b|\b(?:got|has|have) me trapped\b|\b(?:im"
        r"|i am) trapped (?:in|with|here)\b|\b(?:got|has|have|had|holding|pinned) me (?:pinned"
        r"|pinned down|cornered|down|by the (?:throat|neck|hair)|in a chokehold|against the wall"
        r"|on the (?:floor|ground|bed))\b",
        "Held against their will, pinned down or by the throat.",
    ),
    _rule(
        "violence",
        "nearby",
        r"\b(?:throw\w*|threw) (?:\w+ ){1,2}at (?:me|my|her|him|us)\b|\bdomestic violence\b"
        r"|\b(?:disparando|balacera|balazos|tiroteo)\b|\b(?:hear|hearing) (?:gunshots|shots"
        r"|someone screaming|screaming)\b",
        "Things thrown at someone, shooting or screaming nearby.",
    ),
    _rule(
        "violence",
        "more",
        r"\bagainst my will\b|\bshot (?:someone|somebody|a guy|a man|a woman|a kid)\b|\b(?:there s"
        r"|theres|there is|there was) (?:a )?(?:shooting|shooter|stabbing|fight with (?:a )?(?:gun"
        r"|knife))\b|\b(?:spiked|roofied)\b|\bme dio (?:una )?(?:cachetada|bofetada|patada|golpiza"
        r"|punetazo|madriza|putiza|chinga)\b|\bme dejo (?:morad[oa]|marcas|moretones)\b"
        r"|\b(?:padrastro|tio|primo|jefe|vecino|maestro) (?:me )?(?:toca|toco|manosea)\b"
        r"|\btengo moretones\b|\bbeat (?:him|her|them|someone|somebody) up\b"
        # Beatings as Mexico, Spain and Argentina say them: me dio una paliza, me cago a palos.
        r"|\bme (?:dio|dieron|pego|pegaron|puso|pusieron|metio|metieron) (?:una )?(?:paliza"
        r"|golpiza|madriza|putiza|tunda|zurra|chinga|pela|felpa|cueriza|pateadura|vergueada"
        r"|friega|cagada a palos)\b|\bme (?:cago|cagaron|agarro|agarraron|molio|molieron"
        r"|dio|dieron|puso|pusieron|reviento|revento|sacudio) (?:a|a puros|a puro) (?:palos"
        r"|golpes|trompadas|pinas|pinazos|patadas|madrazos|trancazos|cachetadas|putazos"
        r"|chingadazos|cinturonazos|batazos|cates|hostias|bofetadas|punetazos)\b",
        "Held against their will, a shooting nearby, drink spiked; Spanish: slapped, bruised,"
        " beaten in every region's words (me dio una paliza, me cago a palos).",
    ),
    _rule(
        "violence",
        "nearby_es",
        r"\b(?:esta|estan) (?:golpeando|pegando|apunalando|disparando|pateando) a (?:una|un|alguien"
        r"|la|el|su|mi)\b|\b(?:sacaron|saco|saca|sacan) (?:un|una) (?:cuchillo|navaja|pistola"
        r"|arma)\b|\bestoy en problemas<END>",
        "Spanish: someone being beaten nearby, a knife drawn.",
    ),
    _rule(
        "violence",
        "abuse",
        r"\bmy abuser\b|\babusive (?:boyfriend|husband|partner|ex|relationship|dad|father|mom)\b"
        r"|\brestraining order\b|\b(?:gave me|have) a black eye\b|\b(?:broke|kicked|broke down"
        r"|kicking|banging on) (?:the|my) (?:door|window)\b(?=.*\b(?:scared|afraid|hiding|help"
        r"|police|he|she|please)\b)|\bkidnap\w*|\babduct\w*|\bsecuestr\w*|\barmed\b"
        r"|\bshoot up (?:the|a|my|our|his|her) (?:school|place|office|party|work|store|mall|house"
        r"|home|crib|apartment|apt|car|block|spot|building)\b|\b(?:drunk"
        r"|high) (?:and )?driving\b|\bdriving (?:drunk|high|wasted)\b",
        "Abuse, a restraining order, kidnapping, someone armed, driving drunk.",
    ),
    _rule(
        "violence",
        "more_es",
        r"\bojo morado\b|\bme quemo con\b|\b(?:esta|estan|viene|vienen) armad[oa]s?\b|\b(?:tipo"
        r"|hombre"
        r"|sujeto|vato|wey|senor|persona|alguien|cabron|mi (?:ex|esposo|pareja|novio|marido|papa"
        r"|padrastro)) (?:\w+ )?(?:esta |estan |anda |andan |viene )?armad[oa]s?\b|\b(?:tratando"
        r"|intentando|quiere|quieren) (?:de )?(?:entrar|meterse)\b|\bhay alguien (?:en"
        r"|dentro de) mi (?:casa|cuarto|departamento)\b",
        "Spanish: a black eye, someone armed, someone trying to get in.",
    ),
    _rule(
        "violence",
        "hiding",
        r"\b(?:im|i am|i m) hiding\b|\b(?:coming|came) (?:for|after) me\b|\bviene (?:por|tras) mi\b"
        r"|\bcalled (?:the )?(?:police|911|cops)\b(?=.*\b(?:not here|yet|scared|hurry|please"
        r"|help)\b)|\bneed (?:someone|somebody) to come (?:get me|help)\b",
        "Hiding, someone coming for them, waiting for the police.",
    ),
    _rule(
        "violence",
        "fight",
        r"\b(?:theres|there is) blood\b|\b(?:getting|being) (?:beat up|beaten|jumped|stabbed"
        r"|attacked)\b|\bthreatening (?:everyone|people|us|them|to)\b|\bmake (?:him|her|them) pay\b"
        r"|\bget my (?:gun|pistol|knife|rifle)\b",
        "A fight with blood, someone being beaten, getting one's gun.",
    ),
    _rule(
        "violence",
        "raging",
        r"\bhiding (?:in|from) (?:the|my|a) (?:bathroom|closet|room|car|basement)\b"
        r"|\bhiding from (?:him|her|them|my \w+)\b|^(?=.*\b<ASSAILANT> (?:is |s )?(?:going crazy"
        r"|throwing things|breaking things|smashing things|punching (?:the )?walls|raging|violent"
        r"|out of control|drunk and angry)\b)(?=.*\b(?:scared|afraid|hiding|help|hurt|hit|threat\w*"
        r"|please|gun|knife)\b)",
        "Hiding from someone who is raging.",
    ),
    _rule(
        "violence",
        "threat",
        r"\b(?:threaten\w*|said|says|saying|swore|swears|promised|going|gonna|gon|wants|want|trying"
        r"|tried|will|would|wanna|about|ready|coming|ll|hell|shell|theyll) (?:to )?(?:kill|murder"
        r"|shoot|stab|hurt|beat|strangle|choke|burn|rape) (?:me|us|my (?:\w+ )?(?:kids?|children"
        r"|son|daughter|baby|family|mom|sister|brother|wife|girlfriend)|her|him|them)\b"
        r"|\bthreaten\w* (?:me|us|my)\b|\b(?:scared|afraid|fear) for my life\b|\b(?:scared|afraid"
        r"|terrified) (?:that )?(?:hes|shes|he|she|theyre|they|hell|shell|theyll) (?:is |are |will "
        r"|s |ll |might |is going to |s going to |is gonna )?(?:going to |gonna )?(?:kill|hurt|hit"
        r"|find|come back)",
        "Threats to kill or hurt; fearing for one's life.",
    ),
    _rule(
        "violence",
        "to_others",
        r"\b(?:i|im|i am|i m|ill|i will|imma|ima|i wanna|i want to|i could|gonna|going to|about to"
        r"|bout to|finna|want to|wanna|i might|i swear i|swear ill"
        r"|i feel like) (?:\w+ ){0,5}?(?:kill|killing|murder|murdering|shoot|shooting|stab|stabbing"
        r"|hurt|hurting|beat up|strangle|choke|punch|hit) (?:someone|somebody|anyone|anybody"
        r"|everyone|everybody|people|him|her|them|whoever|the (?:people|person|guy|guys|man|men"
        r"|woman|dude|girl|one|ones) (?:who|that)|those (?:people|guys)|that (?:guy|man|woman|girl"
        r"|dude|bitch|mf"
        r"|motherfucker|person|fool)|my (?:boss|ex|husband|wife|bf|gf|boyfriend|girlfriend|dad"
        r"|father|mom|mother|stepdad|roommate|neighbor|dealer|brother|sister|landlord|coworker"
        r"|manager|baby daddy)|(?:my |the )(?:kids?|baby|son|daughter|children))\b",
        "Wanting or planning to hurt or kill someone, with a few words between ('finna pull up"
        " on him and kill him').",
    ),
    _rule(
        "violence",
        "weapon",
        r"\b(?:has|have|got|gots|with|holding|pulled|pulling|pointing|pointed|waving|grabbed"
        r"|carrying|came at me with|came at us with) (?:out )?(?:a |an |his |her |their |the "
        r"|my )?(?:gun|guns|knife|knives|pistol|weapon|machete|bat|firearm|rifle|shotgun|glock"
        r"|blade|box cutter|shank|switchblade)\b|\b(?:pulled|pulling|pointed|pointing|waving"
        r"|flashed|upped) (?:a |his |her |their |the )?(?:strap|piece|burner|blade|shank|heater"
        r"|tool|pole|glizzy|gat) (?:on|at) (?:me|us|him|her|them|my \w+)\b"
        r"|\b(?:tiene|trae|saco|con|agarro|apunta\w*|amenazo con) (?:un |una |el |la "
        r"|su )?(?:pistola|arma|cuchillo|navaja|machete|fusca|cuete|escopeta|rifle)\b",
        "Someone with a gun or knife, in street words too (pulled a strap on me, a blade).",
    ),
    _rule(
        "violence",
        "weapon_emoji",
        r":(?:gun|knife):",
        "Gun or knife emoji.",
    ),
    _rule(
        "violence",
        "sexual_assault",
        r"\b(?:raped|rape|raping|sexually assaulted|sexual assault|molested|molesting|roofied"
        r"|drugged me|forced himself|forced herself)\b|\b(?:keeps |kept |been |is |was "
        r"|always )?(?:touching|touched|touches|groping|groped) me\b|\bme (?:manosea|manoseo)\b"
        r"|\bme toc[oa] (?:sin|a la fuerza|mis partes)|\bme (?:violaron|violo|violan|abusaron|abuso"
        r"|drogaron|forzo|forzaron)\b|\babuso sexual|\bviolacion\b",
        "Rape or sexual assault.",
    ),
    _rule(
        "violence",
        "intruder",
        r"\b(?:someone|somebody|a man|a guy|he|she|they|some guy|people) (?:just )?(?:broke|busted)"
        r" in\b(?! (?:my|his|her|the|their|new) (?:new )?(?:shoes|boots|jeans|glove|sneakers"
        r"|horse))"
        r"|\b(?:trying|tried|try) to (?:break|get|kick the door) in\b|\bbreaking in\b|\bbroke (?:in"
        r"|into) (?:my|our|the) (?:house|home|apartment|apt|place|room)|\b(?:someone|somebody|a man"
        r"|a guy|he|she|they) (?:is |s )?(?:in|inside) (?:my|our|the) (?:house|home|apartment|apt"
        r"|room)\b|\b(?:following|stalking|chasing) (?:me|us)\b|^(?=.*\b(?:outside|at"
        r"|banging on) (?:my|our|the) (?:door|house|window|apartment|apt|place"
        r"|car)\b)(?=.*\b(?:wont (?:leave|go|stop)|scared|afraid|terrified|threaten\w*|help|gun"
        r"|knife|yelling|screaming)\b)",
        "Someone breaking in, stalking or following them.",
    ),
    _rule(
        "violence",
        "being_hurt_es",
        r"\bme (?:esta|estan|sigue|siguen) (?:pegando|golpeando|lastimando|ahorcando|ahogando"
        r"|amenazando|pateando|jaloneando|empujando|maltratando)|\bme (?:pego|pega|pegan|pegaron"
        r"|golpeo|golpea|golpean|golpearon|ahorco|estrangulo|empujo|apunalo|disparo|pateo|cacheteo"
        r"|abofeteo|ahorca|maltrata|maltrato|jaloneo|avento|arrastro)\b|\babuso de mi\b|\b(?:le|la"
        r"|lo|les|los) (?:esta |estan |sigue )?(?:pegando|golpeando|golpea|pega|pego|golpeo"
        r"|maltrata) (?:a )?(?:mi|mis|su|sus)\b",
        "Spanish: being hit or hurt, or someone close being hit (me esta pegando).",
    ),
    _rule(
        "violence",
        "threat_es",
        r"\bme (?:va|van|quiere|quieren|intento|trato de|dijo que me iba a) (?:a )?(?:matar|pegar"
        r"|golpear|hacer dano|violar|disparar|apunalar|acuchillar|ahorcar|estrangular|quemar"
        r"|ahogar)\b|\bme (?:amenazo|amenaza|amenazan|amenazaron)\b|\bamenazo con matar\w*"
        r"|\bsi no (?:\w+ ){0,3}(?:pago|pagas|paga|pagamos|entrego|devuelvo)\b[^\n]{0,30}\bme"
        r" (?:matan|mata|van a matar)\b|\bme (?:matan|mata|van a matar) si no (?:\w+ )?(?:pago"
        r"|entrego|devuelvo)\b"
        r"|\b(?:temo|miedo) (?:por mi vida|de que me mate)|\bmiedo (?:de )?que (?:me|nos) (?:haga"
        r"|hagan|mate|maten|pegue|peguen|lastime|lastimen)\b",
        "Spanish: threats (me quiere matar, me amenazo).",
    ),
    _rule(
        "violence",
        "to_others_es",
        r"\b(?:lo|la|los|las) (?:voy|vamos) a (?:matar|quemar|apunalar|balear|madrear|golpear)"
        r"|\bvoy a (?:matarlo|matarla|matarlos|matar a|golpearlo|golpearla|apunalarlo"
        r"|darle un tiro)|\b(?:quiero|tengo ganas de|voy a) (?:matar|lastimar|golpear|herir"
        r"|hacerle dano) (?:a )?(?:alguien|el|ella|ellos|mi|ese|esa|todos|la gente)\b"
        r"|\bquiero (?:matarlo|matarla|matarlos|lastimarlo|lastimarla)"
        r"|\b(?:le|les) (?:voy|vamos) a (?:dar|meter) (?:en )?(?:la madre|su madre|en la madre"
        r"|un plomazo|un balazo|un tiro|una putiza|unos putazos|un navajazo|un filazo)\b"
        r"(?! (?:al|a la|a mi|en el|en la) (?:examen|trabajo|chamba|juego|partido|gym|proyecto"
        r"|tarea|comida|cancha|final))"
        r"|\b(?:le|les) (?:voy|vamos) a (?:partir|romper|reventar|quebrar) (?:la madre|su madre"
        r"|la cara|el hocico|la cabeza|el alma)\b|\b(?:me|nos) (?:va|van) a (?:partir|romper"
        r"|reventar|quebrar) (?:la madre|mi madre|la cara|el hocico|la cabeza)\b",
        "Spanish: wanting to hurt or kill someone (lo voy a matar, le voy a partir la madre),"
        " or being told one will be (me va a partir la madre).",
    ),
    _rule(
        "violence",
        "intruder_es",
        r"\b(?:me|nos) (?:esta|estan|sigue|siguen|viene|vienen) (?:siguiendo|persiguiendo|acosando)"
        r"|\b(?:quiere|quieren|intenta|intentan|trata|tratan) (?:de )?(?:entrar|meterse) (?:a"
        r"|en) (?:la|mi) casa|\bse metio (?:a|en) (?:la|mi) casa|^(?=.*\bafuera de (?:mi"
        r"|la) (?:casa|puerta|ventana|cuarto)\b)(?=.*\b(?:miedo|no se (?:quiere )?(?:ir|va)"
        r"|amenaz\w*|ayuda|asustad[oa])\b)",
        "Spanish: being followed or someone breaking in.",
    ),
)

HELP_NOW: tuple[Rule, ...] = (
    _rule(
        "help_now",
        "plea",
        r"\b(?:please|pls|plz|plez|plss|someone|somebody|anyone|anybody|sum1|some1) (?:\w+ )?help\b"
        r"|^(?:help|hlp|halp|hep|hlep|hepl)(?: (?:me|us|now|please|pls|plz|asap|rn|right now"
        r"|someone|somebody|quick|fast|immediately|!))+<END>|\bhelpp+\b|\bhelp (?:me )?(?:please"
        r"|pls|plz|asap|immediately|right now)\b|\bhelp (?:me )?now<END>|^(?:please |pls "
        r"|plz )?help (?:me|us)\b",
        "A plea for help (not the bare HELP keyword, which asks about the service).",
    ),
    _rule(
        "help_now",
        "plea_joined",
        r"^(?:please |pls |plz )?help ?(?:me|us) ?(?:please|pls|plz|now)?<END>",
        "'helpme', 'helpmeplease' typed as one word.",
        joined=True,
    ),
    _rule(
        "help_now",
        "need_help",
        r"\b(?:need|needs|neeed) (?:some )?help(?: (?:now|right now|asap|immediately|please|pls|plz"
        r"|bad|badly|fast|quick|urgently|rn|right away|tonight))+\b|\b(?:i"
        r"|we) (?:really )?need help<EOT>|^need help<EOT>",
        "Needing help now.",
    ),
    _rule(
        "help_now",
        "in_crisis",
        r"\b(?:im|i am|i m|im having a|i am having a|going through a) (?:in )?(?:a )?crisis\b"
        r"|\bcrisis (?:mode|right now)\b|\b(?:im|i am|i m) (?:really |so |just "
        r"|definitely )?not (?:ok|okay|alright|all right|good|fine)(?: (?:right now|at all|tonight"
        r"|today|anymore))?<END>|\bnot (?:ok|okay) right now\b|\bneed (?:to talk to |to speak to "
        r"|)(?:someone|somebody|anyone|a counselor|my counselor)(?: to talk to)? (?:right now|now"
        r"|asap|immediately|tonight|urgently)\b",
        "In crisis, not okay right now, needing someone to talk to now.",
    ),
    _rule(
        "help_now",
        "not_safe",
        r"\b(?:im|i am|i m|we are|were|we re|my kids are|the kids are|kids are|i feel|feel|feeling"
        r"|i no longer feel) (?:so |really |very |totally |completely |at all )?(?:not |un)sa(?:f"
        r"|v)e\b|\b(?:dont|do not|no longer|never|not) feel(?:ing)? (?:\w+ )?sa(?:f|v)e\b"
        r"|\bnot safe (?:right now|here|at home|tonight|anymore|with (?:him|her|them))",
        "Not safe, or not feeling safe.",
        joined=True,
    ),
    _rule(
        "help_now",
        "scared_now",
        r"\b(?:im|i am|i m) (?:so |really |very )?(?:scared|terrified"
        r"|afraid)(?: \.)?(?: (?:right now"
        r"|now|please|help|help me|call me|come))*<EOT>|\bcall me\b(?=.{0,40}\b(?:im scared|im not"
        r" (?:ok|okay|safe)|right now|its bad|emergency|(?:im )?(?:freaking out|panicking|losing it"
        r"|falling apart|breaking down|spiraling))\b)|\b(?:im|i am) (?:freaking out|panicking"
        r"|losing it|falling apart|spiraling)\b.{0,30}\bcall me\b"
        r"|\btalk me (?:down )?off the ledge\b"
        r"|\b(?:someone"
        r"|somebody) (?:please )?come\b|\bplease come (?:now|quick|fast|help|get me|over)\b"
        r"|\bneed (?:someone|somebody) (?:now|right now|here)\b|\b(?:im|i am|we are|were"
        r"|my kids are|my life is) in danger\b|\btengo (?:mucho )?miedo<END>|\b(?:we|i|kids|family"
        r"|me|us)(?: \w+){0,3} (?:are|am|is) in danger\b|\bin danger(?: right now| now)?<END>",
        "Scared (and nothing else, or only 'right now', 'please'), asking someone to call or come"
        " now, in danger.",
    ),
    _rule(
        "help_now",
        "answer_me",
        r"\b(?:please |pls |plz )?(?:someone|somebody|anyone|anybody) (?:please |pls "
        r"|plz )?(?:answer"
        r"|respond|reply|call me|pick up|text me|talk to me)<END>"
        r"|\b(?:please|pls|plz|plez) (?:answer|pick up|respond|reply|call me|call|text me back"
        r"|call me"
        r" back|write back|get back to me)(?: (?:me|now|asap|please|right now|the phone|ur phone"
        r"|your phone|quick|soon))*<END>|\b(?:answer|pick up) (?:me |the phone |ur phone "
        r"|your phone )?"
        r"(?:please|pls|plz)<END>|\bwhy (?:arent|are not|wont) (?:you|u) (?:answering|picking up)\b"
        r"|\b(?:contesta|contestame|contesten|responde|respondeme) (?:por favor|porfa|porfavor|ya"
        r"|xfa)\b|\b(?:por favor|porfa|porfavor|xfa) (?:contesta|contestame|contesten|responde"
        r"|respondeme|llamame|marcame|llamenme|marquenme|hablame|hablenme)<END>",
        "Begging for an answer or a call, with nothing else said ('please answer', 'pls call"
        " me'): someone reaching out who may be in crisis.",
    ),
    _rule(
        "help_now",
        "anyone_there",
        r"\bis (?:anyone|anybody|someone|somebody) (?:there|out there|awake)\b(?=.*\b(?:please|help"
        r"|need|scared|pls)\b)|\balguien (?:me )?(?:puede|podria) ayudar\b"
        r"|\bhay alguien\b(?=.*\b(?:por favor|ayuda|necesito|miedo)\b)",
        "Is anyone there, please: reaching out in the night.",
    ),
    _rule(
        "help_now",
        "plain_more",
        r"\bplease someone<END>|\bsomeone please<END>|\b(?:por favor|porfa|porfavor"
        r"|xfa) alguien<END>"
        r"|\balguien (?:por favor|porfa|porfavor|xfa)<END>|\b(?:im|i am) in (?:big |serious "
        r"|real )?trouble<END>|\bscared for my (?:safety|life|kids)\b"
        r"|\bnecesito que alguien venga\b",
        "Please someone (por favor alguien); in trouble; scared for my safety.",
    ),
    _rule(
        "help_now",
        "hospital",
        r"\b(?:take|get) me to (?:the )?(?:hospital|er|emergency room)\b"
        r"|\bneed to go to (?:the )?(?:hospital|er|emergency room)\b|\bllev(?:enme|ame"
        r"|arme) al hospital\b|\b(?:a|en) urgencias\b|\b(?:its|things are|everything is) (?:really "
        r"|so )?bad (?:tonight|right now|now)<END>",
        "Asking to be taken to hospital; things really bad right now.",
    ),
    _rule(
        "help_now",
        "plain_signs",
        r"\bsend help\b|\b(?:scared|afraid) to go home\b|\b(?:being|got|gets|getting|is) violent\b"
        r"|\b(?:someone|somebody|a man|a guy|some guy) (?:is )?(?:outside|at) my (?:window|door"
        r"|house)\b|\b(?:esta|se puso|se pone) (?:muy )?violent[oa]\b|\b(?:un hombre|alguien"
        r"|un tipo) afuera de mi (?:ventana|puerta|casa)\b|\blocked in (?:a|the|my) (?:room|closet"
        r"|car|bathroom|basement|loo|toilet|bedroom|garage|attic|shed)\b|\b(?:scared|afraid"
        r"|terrified|frightened) to (?:go back (?:home|there|inside)|stay (?:here|home|in the house"
        r"|with (?:him|her|them))|remain (?:here|at home|home|in the house)|be (?:home|alone with"
        r" (?:him|her|them)))\b|\b(?:encerrad[oa]|escondid[oa]|me encerre|me escondi) en (?:el|la"
        r"|mi) (?:bano|cuarto|closet|carro|recamara|habitacion)\b|\bmiedo (?:de )?(?:regresar"
        r"|volver|quedarme) (?:a casa|en (?:la|mi) casa|con el|con ella)\b",
        "Send help; scared to go home or to remain in the house; someone violent or at the"
        " window; locked or hiding in the bathroom (encerrada en el bano).",
    ),
    _rule(
        "help_now",
        "reach_out",
        r"^(?:emergency|urgent|emergencia|urgente)\b|\burgent,? please\b"
        r"|\b(?:really )?need (?:someone|somebody) to talk to\b|\bnecesito hablar con alguien\b"
        r"|\b(?:llamame|llamenme|marcame|marquenme|hablame|me llamen|me llames|me marquen"
        r"|me marques|me hablen) (?:por favor |porfa )?(?:por favor|porfa|ya|urgente|ahorita|ahora"
        r"|rapido|ahora mismo)\b|\b(?:me )?urge (?:hablar|que me (?:llamen|llames|hablen|ayuden)"
        r"|ayuda)\b",
        "Emergency, needing someone to talk to, call me now (in every person: necesito que me"
        " llamen ya), 'me urge hablar con alguien'.",
    ),
    _rule(
        "help_now",
        "not_safe_es",
        r"\bno (?:estoy|estamos|me siento|nos sentimos|me encuentro) (?:\w+ )?(?:a salvo"
        r"|protegid[oa]s?)|\bno (?:me siento|nos sentimos) (?:\w+ )?segur[oa]s?\b(?! (?:de|si|que"
        r"|del|cuando|como|donde|porque))|\bno (?:estoy|estamos) segur[oa]s? (?:en casa|en mi casa"
        r"|aqui|aca|con el|con ella|con mi)|\b(?:estoy|estamos|me siento|corro|corremos"
        r"|mi vida esta) (?:en )?peligro\b|\bno (?:estoy|estamos|me siento|me encuentro"
        r"|nos sentimos) (?:\w+ )?safe\b|\bnecesito (?:help|ayuda)(?: \w+)? (?:ahorita|ya|ahora"
        r"|urgente|now|asap|right now|rapido)\b",
        "Spanish: not safe, in danger (no estoy a salvo, estoy en peligro); Spanglish 'no"
        " estoy safe', 'necesito help ahorita'.",
    ),
    _rule(
        "help_now",
        "in_crisis_es",
        r"\b(?:estoy|ando|estamos) en (?:una )?crisis\b|\bnecesito hablar con (?:alguien"
        r"|mi consejer[oa]|un consejero)(?: ya| ahora| urgente| ahorita| ahora mismo)+\b"
        r"|\bno estoy bien<END>",
        "Spanish: in crisis, needing to talk to someone now.",
    ),
    _rule(
        "help_now",
        "emergency",
        r"\b(?:call|calling|llamen|llama|llamar|need|necesito|get me|send|manden|mande"
        r"|marquen) (?:an? |una |al |el |a |the )?(?:911|9 1 1|ambulance|ambulancia|paramedics"
        r"|paramedicos|police|cops|la policia|policia|emts?|emergencias)\b|:ambulance:"
        r"|\bthis is an emergency\b|\bes una emergencia\b|\b(?:its|it is|having"
        r"|have) an emergency\b|\bemergency (?:please|help|now)\b|^911\b|\b911<END>|\b911 (?:now"
        r"|please|pls|asap)\b|\bcome (?:get|pick) me(?: up)?\b(?=.*\b(?:please|pls|now|asap|scared"
        r"|help|hurry)\b)|\bvengan? (?:por favor|rapido|ya|pronto)\b|\bplease hurry\b"
        r"|\bcall me (?:back )?(?:right )?(?:now|asap|immediately|urgently|right away)\b"
        r"|\b(?:(?<=^)|(?:please"
        r"|can you|can u|could you|just) )call (?:back )?(?:right )?(?:now|asap|immediately"
        r"|urgently"
        r"|right away)\b|\b(?:its|it is|this is|es) (?:urgent|urgente)\b"
        r"|\b(?:ven|vengan|venga|vente|pasen|pasa) (?:a )?(?:por mi|recogerme|buscarme)\b(?:<END>"
        r"|(?=.*\b(?:por favor|porfa|porfavor|ya|ahora|rapido|urgente|ayuda|miedo|auxilio)\b))",
        "Asking for 911, an ambulance or the police; call me now; come get me (vengan por mi).",
    ),
    _rule(
        "help_now",
        "sos",
        r"^sos\b|\bsos<END>|:sos:|\bauxilio\b|\bsocorro\b",
        "SOS, auxilio, socorro.",
    ),
    _rule(
        "help_now",
        "plea_es",
        r"^(?:ayuda|ayudame|ayudenme|ayudeme)(?: (?:por favor|porfa|porfavor|xfa|xfavor|ya|ahora"
        r"|rapido|urgente|alguien|!))+<END>|^(?:por favor|porfa|porfavor|xfa) (?:ayuda|ayudame"
        r"|ayudenme)<END>|\bayuda por favor\b|\bayudaa+\b|\bayudenme\b|\b(?:ayudame"
        r"|ayudenme) (?:por favor|porfa|porfavor|xfa|ya|ahora|rapido|urgente)|^ayudame<END>"
        r"|\bnecesito ayuda (?:ya|ahora|urgente|rapido|por favor|porfa|inmediatamente)\b"
        r"|\bnecesito ayuda<END>|\balguien (?:que )?(?:me )?ayude\b|\bayudeme\b|\bayudenos\b",
        "Spanish: a plea for help (not the bare AYUDA keyword).",
    ),
)

# Third blind batch: keeping oneself safe (the safety-plan question, answered no).
HELP_NOW += (
    _rule(
        "help_now",
        "cant_keep_safe",
        r"\b(?:cant|can not|cannot|couldnt|unable to|not able to|no longer able to|(?:dont|do not)"
        r" (?:think|believe|know if|know whether) (?:i can|ill be able to|i could)|not sure (?:if "
        r"|that )?i can|doubt i can) (?:\w+ )?keep <SELF> safe\b|\bsafety plan (?:is not|isnt"
        r"|aint|not|wont|doesnt) (?:working|helping|enough)\b|\bno (?:puedo|se si puedo|creo"
        r" (?:que )?poder|creo que pueda) (?:mantenerme|cuidarme|estar) (?:a salvo|segur[oa])\b",
        "Cannot keep oneself safe (the safety-plan question answered no), in the plain and the"
        " formal register ('I do not believe I can keep myself safe this evening').",
    ),
)

# Fourth blind batch: violence told as a recurring state or as a calm plan, and one- and
# two-word pleas.
VIOLENCE += (
    _rule(
        "violence",
        "choking_state",
        r"\b(?:hands?|arms?) (?:(?:are|were|was|is) )?(?:around|on) my (?:neck|throat)\b"
        r"|\bme (?:agarra|agarro|aprieta"
        r"|apreto|ahorca|ahorco|toma|tomo) (?:del|el|de la|la) (?:cuello|garganta)\b",
        "Being choked, told as a state ('he has his hands around my neck every night now', 'me"
        " agarra del cuello'): strangulation predicts homicide.",
    ),
    _rule(
        "violence",
        "armed_and_located_es",
        r"\b(?:tengo|traigo|agarre|ya tengo) (?:el|un|mi|la) (?:cuchillo|navaja|arma|pistola"
        r"|machete|bate)\b.{0,30}\bse donde (?:vive|esta|trabaja|duerme)\b",
        "Spanish: armed and knowing where he lives ('ya tengo el cuchillo y se donde vive').",
    ),
    _rule(
        "violence",
        "partner_threat_es",
        r"\bmi (?:esposo|esposa|marido|novio|novia|ex|pareja|viejo|vieja|hombre) (?:dice|dijo"
        r"|amenaza|amenazo) (?:que )?(?:me|nos) (?:va|iba) a matar\b",
        "Spanish: a partner said he will kill me ('si me voy' is the condition of the threat,"
        " not the idiom 'me va a matar si llego tarde' said of a mother).",
    ),
)

HELP_NOW += (
    _rule(
        "help_now",
        "bare_plea",
        r"^ ?(?:im |i am |i m )?not safe(?: here)?<EOT>|^ ?(?:please |pls )?come (?:now|quick"
        r"|quickly|fast|asap|right now)(?: please| pls)?<EOT>",
        "Two-word pleas sent alone: 'not safe', 'come now'.",
    ),
)

# Fourth batch, second pass: violence to death said calmly, bare pleas sent alone.
VIOLENCE += (
    _rule(
        "violence",
        "beat_to_death",
        r"\bbeat (?:him|her|them|that \w+|my \w+|the \w+) to death\b|\b(?:golpiza|madriza|paliza)"
        r" hasta matarl[oa]s?\b|\bhasta matarl[oa]s?\b",
        "Beating someone to death ('I'm going to beat him to death', 'una golpiza hasta matarlo').",
    ),
)

HELP_NOW += (
    _rule(
        "help_now",
        "bare_plea_more",
        # Not 'please', 'I can't' or 'no puedo' alone: triage runs before the conversation,
        # and those are everyday answers ('please' to an offer, 'I can't' / 'no puedo' to a
        # session reminder); paging on every declined session would bury the real alerts.
        r"\bayuda ya\b",
        "'ayuda ya' (help now) anywhere in the text.",
    ),
)
