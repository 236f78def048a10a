"""Crisis rules for means at hand, last words and what bystanders see, said without a keyword.

Written after the eighth blind batch, whose author aimed at what phrase rules miss: the rules
caught 63% of its crisis messages. What they missed were constructions, not words: a means
named next to a place or a moment ("a rope in my trunk and I know which tree"), a lethal-dose
question, gifts and pets arranged for "if something happens", a goodbye that closes a
relationship, a future that stops ("gone before sunrise"), and a stranger's symptoms reported
plainly (foam, snoring that won't wake, a drooping face). As in crisis_indirect, each rule
pairs two cues, so one cue alone ("bought a rope for the boat") stays quiet.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

MEANS: tuple[Rule, ...] = (
    # --- suicide: means at hand ---------------------------------------------------------------
    _rule(
        "suicide",
        "hanging_means_ready",
        r"\b(?:rope|noose|cord|extension cord|belt|sheet|soga|cuerda|cinturon|lazo)\b(?: \S+){0,8}"
        r" (?:which tree|the tree|a tree|around (?:the |my )?(?:bannister|banister|beam|rail\w*"
        r"|neck|rafter\w*|closet rod)|tied|hook|del arbol|en el arbol|al cuello|la viga)\b",
        "A rope, cord or belt named with where it would hang (a tree, a beam, the neck): a plan.",
    ),
    _rule(
        "suicide",
        "gun_at_hand",
        r"\b(?:gun|pistol|rifle|shotgun|revolver|glock|piece|pistola|arma|escopeta|rifle)\b"
        r"(?: \S+){0,10} (?:alone|by myself|sol[oa]|in my (?:hand|lap|mouth)|en la mano|en mi mano"
        r"|loaded|cargada|nomas la tengo|just holding|holding it|sitting here with)\b"
        r"|\b(?:alone|sol[oa]|by myself)\b(?: \S+){0,8} (?:gun|pistol|pistola|arma)\b"
        r"|\b(?:saque|took out|got out|sacando) (?:mi |my |the |la )?(?:pistola|gun|arma|pistol)\b"
        r"|\bate (?:their|his|my) guns?\b",
        "A gun within reach of someone alone, or in hand: the most lethal means, near.",
    ),
    _rule(
        "self_harm",
        "blades_ready",
        r"\b(?:razor|razors|razor blades|blades?|navaja|navajas|cuchilla|cuchillas|gillette)\b"
        r"(?: \S+){0,8} (?:bath|bathtub|tub|wrist\w*|muneca\w*|tina|banera)\b"
        r"|\b(?:bath|bathtub|tub|tina|banera)\b(?: \S+){0,8} (?:razor|razors|blades?|navaja\w*"
        r"|cuchilla\w*)\b",
        "Blades brought to a bath or named with the wrists: a self-harm or suicide plan.",
    ),
    _rule(
        "suicide",
        "toward_a_drop",
        r"\b(?:walking|heading|going|driving|headed|on my way|voy|vamos|yendo|caminando|rumbo)"
        r" (?:to|toward\w*|towards|down to|out to|pa|para|a|hacia)(?: the| las| los| el| la)?"
        r" (?:tracks|train tracks|railroad|bridge|overpass|cliff\w*|roof|rooftop|ledge|vias"
        r"|via del tren|vias del tren|puente|techo|azotea|barranco)\b"
        r"|\bhow (?:high|tall|far)\b(?: \S+){0,5} (?:bridge|building|fall|drop|jump|roof|floor)\b"
        r"|\b(?:estoy|im|i am|sitting|standing) (?:en el|on the|at the|en la) (?:techo|azotea"
        r"|roof|rooftop|ledge|bridge|puente|cornisa|edge)\b(?: \S+){0,8} (?:bajar|get down"
        r"|come down|no se si|dont know if|no me llamen|dont call|last|ultim\w*|thank|gracias"
        r"|jump|saltar|tirarme)\b"
        r"|\b(?:drove|drive|driving|manejar) (?:off|into) (?:the |a )?(?:cliff|bridge|river"
        r"|lake|barranco)\w*",
        "Heading for tracks, a bridge, a roof or a cliff, or asking how high a fall"
        " must be: the means and the place of a jump.",
    ),
    _rule(
        "suicide",
        "car_exhaust",
        r"\b(?:garage|garaje|cochera)\b(?: \S+){0,10} (?:engine|motor|car running|running"
        r"|prendido|prendio|encendido|door closed|puerta cerrada|cerra)\b",
        "A car running in a closed garage: carbon monoxide.",
    ),
    _rule(
        "overdose",
        "pills_stockpiled",
        r"\b(?:saving|saved|saving up|stockpil\w*|hoard\w*|collecting|guardando|guardadas?"
        r"|juntando|ahorrando) (?:up )?(?:my |mis |las |the |all )?(?:\w+ )?(?:<PILLS>|<PILLS_ES>)"
        r"|\b(?:<PILLS>|<PILLS_ES>)\b(?: \S+){0,8} (?:in a (?:little )?pile|lined up|counting"
        r" them|contandolas|know how many it takes|enough to)\b"
        r"|\bknow how many it takes\b|\bcuantas (?:se necesitan|hacen falta)\b",
        "Saved-up pills, pills counted out, or knowing 'how many it takes': an overdose plan.",
    ),
    _rule(
        "overdose",
        "lethal_dose_question",
        r"\bhow (?:many|much)\b(?: \S+){0,4} (?:would|does it take|to) (?:do (?:serious|real|some)"
        r" damage|kill|be (?:enough|fatal|lethal)|stop (?:your|my|a) heart|not wake up)\b"
        r"|\b(?:enough|too much) <PILLS>\b(?: \S+){0,4} (?:fall asleep|not wake|never wake|die)"
        r"|\bjust fall asleep with enough\b"
        r"|\bque pasa si me tomo (?:todas|todo|toda)\b|\b(?:cuantas|cuanta)\b(?: \S+){0,4}"
        r" (?:para no despertar|para morir|me matan|son mortales)\b",
        "Asking how much of a drug would kill or do serious damage ('asking for a friend'"
        " included): an overdose plan until a person knows otherwise.",
    ),
    # --- suicide: last words, arrangements, a future that stops ---------------------------------
    _rule(
        "suicide",
        "last_time_writing",
        r"\b(?:last time|ultima vez)\b(?: \S+){0,4} (?:youll|you will|you ll|u will|u ll|ull)"
        r" (?:hear|see) (?:from )?me\b|\b(?:esta es )?la ultima vez que (?:les |te )?(?:escribo"
        r"|hablo|mando)\b|\blast (?:text|message|msg) (?:ill|i will|youll get|you ll get|you will"
        r" get|u will get|from me)\b",
        "Announcing the last message: a goodbye.",
    ),
    _rule(
        "suicide",
        "goodbye_after_giving_up",
        r"\b(?:im|i am|so) (?:so )?done\b(?: \S+){0,3} (?:bye|goodbye|adios|later guys)\b"
        r"|\b(?:goodbye|bye|adios)\b(?: \S+){0,2} (?:sorry|perdon|lo siento) (?:for|por)"
        r" (?:wasting|everything|being|todo)\b"
        r"|\b(?:dont|do not|no) (?:be sad|cry|esten tristes|lloren) when (?:you|u|they) (?:hear"
        r"|find out|find me)\b|\bmade (?:my )?peace with it\b"
        r"|\btell (?:them|her|him|my \w+) i (?:tried|loved|love) (?:them|her|him|you)?\b"
        r"(?: \S+){0,3}$|\bif (?:im|i am|i m) not (?:at|in) \w+\b(?: \S+){0,3} tell (?:them|her"
        r"|him|\w+) i tried\b"
        r"|\byou (?:guys |all |really )*(?:tried|did (?:your|everything)) (?:with|for) me\b"
        r"|\bno me busquen (?:mas|nunca)\b|\bya fue\b(?: \S+){0,4} no me busquen\b"
        r"|\bgracias por bancarme\b(?: \S+){0,6}$"
        r"|\b(?:gracias por todo lo que (?:hicieron|hiciste|han hecho) por mi|thank you for"
        r" everything you (?:did|have done|ve done) for me)\b(?: \S+){0,6} (?:cuidense|cuidate"
        r"|take care of (?:yourselves|yourself|each other))\b(?: \S+){0,2}$",
        "Goodbyes that close a relationship ('don't be sad when you hear', 'tell them I tried',"
        " 'you really tried with me', 'no me busquen más'): a farewell, not a sign-off.",
    ),
    _rule(
        "suicide",
        "gone_by_then",
        r"\b(?:ill|i will|i ll|im gonna|i m gonna) be gone (?:before|by) (?:sunrise|morning"
        r"|tomorrow|tonight|then|the weekend)\b"
        r"|\b(?:wont|will not|dont|do not) have to worry (?:about|abt|bout) me (?:after|anymore"
        r"|again|no more)\b"
        r"|\bwhen im not in it\b|\bwithout me in it\b|\b(?:world|everyone|everything)(?:s| is"
        r"| will be| would be| gonna be| going to be)? (?:be )?(?:lighter|better|easier) when"
        r" (?:im|i am|i m) (?:not (?:in it|here|around)|gone)\b"
        r"|\b(?:dont|do not|cant|can not) see myself (?:at|in) \w+(?: \S+){0,4} (?:or|ni)"
        r" (?:anywhere|anything|ever)\b"
        r"|\bmight not be (?:here|around|alive) (?:by then|tomorrow|for it|for that)\b"
        r"|\b(?:didnt|did not|dont|do not|never) (?:come|go|make it) home\b(?: \S+){0,2}"
        r" (?:like )?(?:ever|again|for good)\b"
        r"|\bpermanent (?:nap|sleep|rest|vacation)\b|\b(?:want\w*|wants) me gone\b"
        r"|\bdont need (?:one|it|them|any) where im going\b|\ba donde voy no (?:hace falta"
        r"|lo necesito|se necesita)\b|\bpienso en desaparecer\b|\bquiero desaparecer\b"
        r"|\b(?:better that way|mejor asi)\b(?: \S+){0,2} (?:permanently|para siempre|forever)\b"
        r"|\bturning it (?:all )?over\b(?: \S+){0,6} permanently\b"
        r"|\blast (?:view|sunset|sunrise|look)\b(?: \S+){0,2} (?:i guess|ever|for me)\b"
        r"|\b(?:\w+s|they|someone|somebody|she|he|my \w+) (?:gonna|going to|will|is gonna|s gonna)"
        r" find me (?:tomorrow|in the morning|tonight|later|first)\b",
        "A future that stops: gone by morning, nobody to worry about after tonight, the world"
        " lighter without me, a permanent nap, no need of it where I'm going.",
    ),
    _rule(
        "suicide",
        "arranging_for_after",
        r"\b(?:take|keep|watch|look after|feed|quedarse con|cuide|cuida)\b(?: \S+){0,3} (?:my"
        r"|mi|mis) (?:dog|cat|pets?|kids|babies|perr[oa]|gat[oa]|mascotas?|hij[oa]s?)\b(?: \S+)"
        r"{0,6} (?:if (?:something|anything) (?:happens|happened) to me|si me pasa algo"
        r"|when im gone|cuando no este)\b"
        r"|\bwhat happens to (?:a|my|the) (?:dog|cat|pet|perro|gato)\b(?: \S+){0,3} if\b"
        r"(?: \S+){0,3} (?:gone|dies|died|passes|no one finds|nobody finds)\b"
        r"|\b(?:quien|who) (?:se queda con|takes|gets|will take) (?:mi|my) (?:perr[oa]|gat[oa]"
        r"|dog|cat|kids|hij[oa]s)\b(?: \S+){0,3} (?:si me pasa algo|if something happens)\b"
        r"|\b(?:check on me|ask \w+ to check on me)\b(?: \S+){0,2} in (?:a few|two|2|three|3)"
        r" days\b"
        r"|\b(?:gave|giving|regale|le regale|di|regalando) (?:away )?(?:my|mi|mis)\b(?: \S+){0,16}"
        r" (?:not (?:have|need) (?:stuff|things|it|them) anymore|wont need|ya no (?:la|lo|las|los)?"
        r" ?voy a necesitar|dont need (?:it|them) anymore|not to have stuff)\b"
        r"|\b(?:arregle|arreglando) mis papeles\b(?: \S+){0,4} testamento\b",
        "Arranging who keeps a pet or the children 'if something happens', asking for a welfare"
        " check in a few days, giving possessions away as no longer needed: preparation.",
    ),
    _rule(
        "suicide",
        "thinking_of_methods",
        r"\b(?:reading|researching|googling|looking up|leyendo|buscando) (?:about )?(?:methods"
        r"|ways to (?:die|go)|metodos|formas de morir)\b"
        r"|\bpictur\w* (?:myself )?(?:stepping|jumping|walking|driving) (?:in front of|off|into)\b"
        r"|\bstarting to understand (?:them|him|her|why)\b(?: \S+){0,2}$",
        "Researching methods, or picturing stepping in front of a bus or off a ledge: ideation"
        " with a method.",
    ),
    # --- what bystanders see ----------------------------------------------------------------
    _rule(
        "medical",
        "bystander_signs",
        r"\b(?:foam\w*|espuma)\b(?: \S+){0,4} (?:mouth|boca)\b"
        r"|\b(?:snoring|roncando|ronca)\b(?: \S+){0,3} (?:weird|funny|strange|raro|rar[oa]"
        r"|loud|fuerte)\b(?: \S+){0,6} (?:wont wake|not waking|no (?:me )?contesta|no despierta"
        r"|cant wake|no responde)?"
        r"|\beyes (?:are )?open\b(?: \S+){0,4} not (?:blinking|moving|responding)\b"
        r"|\b(?:one side|half) of (?:his|her|my|their|su) (?:face|cara)\b(?: \S+){0,4} (?:droop"
        r"\w*|numb|cayd[oa]|dormid[oa])\b|\bface (?:looks )?droopy\b|\bcara caida\b"
        r"|\bhit (?:his|her|their|my) head\b(?: \S+){0,10} (?:confused|asking the same|not making"
        r" sense|repeating|throwing up|vomit\w*)\b"
        r"|\b(?:isnt|not|is not) making sense\b(?: \S+){0,6} (?:face|arm|droop|fell)\b"
        r"|\bseeing (?:bugs|things|spiders|snakes)\b(?: \S+){0,8} (?:no drinking|without a drink"
        r"|since i stopped|sin tomar|day \d|shaking|sweating)\b"
        r"|\b(?:shaking|sweating|temblando)\b(?: \S+){0,8} seeing (?:bugs|things|spiders)\b"
        r"|\bheart (?:is |s )?(?:going|racing|pounding)\b(?: \S+){0,10} (?:since|after) (?:i )?"
        r"(?:smoked|used|did|took|hit)\b"
        r"|\bbreathing (?:feels |is |seems )?(?:slow|shallow|weird|funny)\b(?!(?: \S+){0,3}"
        r" (?:bc|because|from|allerg\w*|asthma|pollen|cold|flu))"
        r"|\bvomit\w* blood\b|\bthrowing up blood\b",
        "What a bystander sees in an overdose, stroke, head injury, alcohol withdrawal or"
        " cardiac emergency, reported without the word 'emergency'.",
    ),
    # --- violence: threats and being held ---------------------------------------------------
    _rule(
        "violence",
        "stalked_or_held",
        r"\b(?:posted|sent|texted)\b(?: \S+){0,4} (?:picture|pic|photo|foto)\b(?: \S+){0,3} of"
        r" (?:my|mi) (?:street|house|door|car|kids|kids school|work|casa|calle)\b"
        r"|\bsi me voy me mata\b"
        r"|\bme (?:siguieron|siguio|estan siguiendo|esta siguiendo)\b"
        r"|\b(?:someone|somebody|a car|a guy|he|they) (?:followed|is following|are following)"
        r" me\b"
        r"|\bme encierra\b|\b(?:locks|locked) me (?:in|up)\b"
        r"|\bdealer is (?:outside|here|at my)\b",
        "Being followed, watched, locked in or threatened by someone ('si me voy me mata', a"
        " photo of my kids' school): danger from another person.",
    ),
    # --- help now: bare pleas ---------------------------------------------------------------
    _rule(
        "help_now",
        "whole_text_plea",
        r"^(?:its bad|its really bad|ven ya|come now|vengan ya"
        r"|ayudenme|help me|need u|necesito ayuda)<EOT>",
        "A whole text that is only a plea ('its bad', 'ven ya'): when unsure, a person"
        " answers. (A bare 'please' or 'pls' stays none: it is how people answer a question.)",
    ),
)
