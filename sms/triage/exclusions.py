"""Exclusions: idioms and other phrasings that look like a rule but are not one.

An exclusion blanks out the words it matches, for the rules of its level only
("any": every level), and the rules run again. So "dying to see my kids" is
not a crisis, but "dying to see my kids, honestly I want to die" still is:
only the idiom is blanked. An exclusion is recorded in `Triage.rules` when it
silenced a rule. Jokes (lol, 😂) only excuse the idiom next to them.
"""

from __future__ import annotations

from sms.triage.model import Rule


def _exclude(name: str, level: str, pattern: str, rationale: str, unless: str = "") -> Rule:
    return Rule(f"exclude.{name}", level, pattern, rationale, unless=unless)


# "My mom is gonna kill me" is an idiom said of family and bosses; of a partner or an ex
# it may be a threat, so for them the idiom needs a reason or a joke next to it.
_FAMILY = (
    r"(?:mom|mother|mama|dad|father|parents|boss|manager|sponsor|teacher|coach|counselor|sister"
    r"|brother|grandma|grandpa|aunt|uncle|landlord|supervisor|kids|family|therapist|doctor|pastor"
    r"|son|daughter|ma|pops|you|youre|u|ur|you are|yall|mama|abuela|po|probation officer"
    r"|parole officer|case ?manager|case ?worker)"
)
_RELATION = (
    r"(?:mom|mother|mama|dad|father|parents|boss|manager|sponsor|wife|husband|girlfriend|boyfriend"
    r"|gf|bf|teacher|coach|counselor|sister|brother|grandma|grandpa|aunt|uncle|landlord|supervisor"
    r"|kids|family|therapist|doctor|pastor|roommate|partner|fiance|wifey|hubby|babe|son|daughter|ma"
    r"|pops|you|youre|u|ur|you are|yall)"
)
_CUE = (
    r"(?:if|when|for|because|cause|cuz|bc|cus|i forgot|i missed|i lost|i broke|i spent|i ate"
    r"|i was late|im late|sees|finds out|hears|once|after|with|lol\w*|lmao\w*|haha\w*|i \w+ed)"
)

# Words that only an idiom exclusion may blank: a plain, present wish to die or to kill
# oneself, said in the first person (and, below, an overdose taken or a gun loaded). Every
# other exclusion blanks a stretch of context around the words that look like a crisis (a
# shift told, a story from group, a show, a kitchen); a match of theirs that reaches one of
# these stops short of it, so "narcan got used 3 times this shift and I want to die" still
# pages while the shift is blanked. Idiom
# exclusions (the kinds below) judge these very words ("I want to die my hair blue", "ay me
# quiero morir, fui con la blusa al revés") and are not limited by it. A title in quotes
# ('esa canción de "quiero morir"') is not the texter's wish.
IDIOM_KINDS = frozenset({"idiom", "joke", "joy", "humor", "negation", "quote", "tense"})
UNMASKABLE = (
    r"\b(?<!:quote: )(?:i (?:really |just |honestly |literally |still |kinda |lowkey |actually "
    r"|seriously )?(?:want|wanna|need|am going|m going|m gonna|am gonna|will|ll|gonna|plan"
    r"|am planning|m planning)|im (?:really |just |honestly |literally |actually |seriously )?"
    r"(?:going|gonna|planning)|ill|ima|imma) (?:to )?(?:die|kill myself|kms|end (?:it all|my life)"
    r"|unalive myself"
    r"|hurt myself|cut myself|overdose)\b(?! (?:of|from|laughing|at|in|on|with|over|for)\b)"
    r"|\b(?<!:quote: )(?:me quiero|quiero|necesito) (?:morir|matar|suicidar)(?:me)?\b(?! (?:de"
    r"|del|con|por|en)\b)|\b(?<!:quote: )quiero (?:morirme|matarme|suicidarme)\b(?! (?:de|del"
    r"|con|por|en)\b)"
    # ...and an overdose taken or a weapon ready, said as a new clause in the first person
    # ("...and I took all my pills"); alone, a past act may be the history an exclusion tells.
    r"|\b(?:and|y|then|luego|so|now|ahora|today|hoy|tonight|just) (?:i (?:just |already )?(?:took"
    r"|swallowed|downed|popped|ate) (?:all|a bunch|a whole bottle|the whole bottle|too many|\d+)"
    r"(?: of)?(?: my| the| these| those)? (?:pills|meds|tablets|xanax|xannies|percs|oxys"
    r"|sleeping pills|bars)|me (?:tome|trague|meti) (?:todas|un monton de|muchas|demasiadas"
    r"|un frasco de|el frasco de) (?:las |mis )?(?:pastillas|pildoras|medicinas|pastas)|i (?:have"
    r"|got|ve got) (?:the|my|a) (?:gun|pistol|rifle|shotgun) loaded)\b"
)

# A stretch of someone else's story that ends where the texter speaks of themself.
_NOT_ME = r"(?!\b(?:i|im|ive|id|ill|me|my|myself|yo|mi|mis)\b)"
# An overdose call taken, or a patient arriving at the ER: an emergency met at work.
_WORK_CALL = (
    r"(?:had|took|got|ran|worked|caught|answered|we had) (?:an? )?(?:overdose|od|opioid) calls?"
    r"|a call for an? (?:overdose|od)|(?:en|a) (?:emergencias|urgencias|la sala|la guardia"
    r"|la ambulancia) (?:hoy |anoche )?(?:llego|llegaron|atendimos|tuvimos|trajeron|entro)"
)
# ...or, where others' words are quoted ("my pt said just let me die"), where the texter says I.
_NOT_I = r"(?!\b(?:i|im|ive|id|ill|yo)\b)"

# The texter's own people: an overdose told as work must not hide one at home.
_OWN_PEOPLE = (
    r"\b(?:my|mi) (?:son|daughter|brother|sister|husband|wife|boyfriend|girlfriend|roommate|mom"
    r"|dad|friend|partner|hijo|hija|hermano|hermana|esposo|esposa|novio|novia|mama|papa|amigo"
    r"|amiga)\b"
)
# The texter as the patient: a work exclusion must not hide their own overdose or plan.
_SELF_AS_PATIENT = (
    r"\b(?:pt|patient|paciente) (?:is|es) (?:me|yo)\b|\bon myself\b|\b(?:im|i am) the (?:patient"
    r"|pt)\b|\bme evalue\b|\bme (?:la|lo|las|los) (?:tome|inyecte|meti)\b|\b(?:and|then) (?:i )?"
    r"(?:took|used|swallowed|injected) (?:it|them|all)\b"
)

EXCLUSIONS: tuple[Rule, ...] = (
    _exclude(
        "idiom.die_of",
        "crisis",
        r"\b(?:die|dying|died|dead|gonna die|going to die) (?:of|from) (?:laughter|laughing"
        r"|embarrassment|boredom|hunger|cringe|heat|the heat|curiosity|shame|jealousy|cuteness"
        r"|excitement|thirst|exhaustion|happiness|anticipation|suspense)\b|\b(?:die|dying|died"
        r"|dead) laughing\b|\bdying (?:to|for)\b|\bto die for\b|\brather die than\b|\bdie (?:if"
        r"|without) (?:i dont|i do not|i cant|i miss|my|this|that)\b|\b(?:kill\w*|wet|wetting"
        r"|pee\w*|piss\w*|crack\w*) <ANYSELF> (?:laughing|with laughter|up)\b",
        "'Dying to see', 'die of embarrassment', 'to die for', 'killing themselves laughing':"
        " idioms of eagerness and laughter (not 'rather die than go back inside').",
        unless=r"\brather die than (?:go|going) back (?:inside|to (?:jail|prison|the pen"
        r"|county))\b",
    ),
    _exclude(
        "idiom.dying_laughing",
        "crisis",
        r"\b(?:im|i am|i m) (?:literally |actually |so )?(?:dying|dead|deceased"
        r"|died)\b(?=.{0,30}<HUMOR>)|<HUMOR>.{0,30}\b(?:im|i am|i m) (?:literally |actually "
        r"|so )?(?:dying|dead|died)\b",
        "'I'm dying' next to lol or a laughing emoji: laughing hard.",
    ),
    _exclude(
        "idiom.kill_me_joke",
        "crisis",
        r"\bkill me(?: now)?\b(?=.{0,30}<HUMOR>)|<HUMOR>.{0,30}\bkill me\b|\b(?:it|that"
        r"|this) (?:wont|wouldnt|will not|would not|didnt|doesnt|did not|does not|aint gonna"
        r"|isnt gonna) kill me\b",
        "'Kill me now lol' as a joke, 'it won't kill me'.",
    ),
    _exclude(
        "idiom.gonna_kill_me",
        "crisis",
        rf"\b(?:my |the |our )?{_RELATION}s? (?:is |s |are |re |will |would )?(?:gonna|going to|gon"
        rf"|will|would|is going to|is gonna|about to|bout to) (?:literally |totally |actually "
        rf"|so )?(?:kill|murder) (?:me|us)\b(?=.*\b{_CUE}\b)",
        "'My mom is gonna kill me if...': being in trouble, said with a reason or a joke.",
    ),
    _exclude(
        "idiom.family_gonna_kill_me",
        "crisis",
        rf"\b(?:my |the |our )?{_FAMILY}s? (?:is |s |are |re |will |would )?(?:gonna|going to|gon"
        rf"|will|would|is going to|is gonna|about to|bout to) (?:literally |totally |actually "
        rf"|so )?(?:kill|murder) (?:me|us)\b",
        "'My mom is gonna kill me': being in trouble with family or a boss.",
    ),
    _exclude(
        "idiom.kill_them_joke",
        "crisis",
        r"\b(?:could|gonna|going to|will|ill|wanna|want to|about to) (?:kill|murder|strangle"
        r"|choke) (?:him|her|them|my \w+)\b(?=.{0,40}<HUMOR>)",
        "'I could kill my sister lol': exasperation, said as a joke.",
    ),
    _exclude(
        "idiom.hit_me_up",
        "crisis",
        r"\bhit (?:me|us|him|her|them) (?:up|back)\b|\bhit me with (?:the|a|an|that|some|your)\b"
        r"(?! (?:belt|cord|extension cord|hanger|shoe|stick|pan|bottle|broom|<WEAPON>)\b)"
        r"|\bbeat (?:me|us|him|her|them) (?:at|in|to)\b|\bsh(?:ot|oot) (?:me|us) (?:a|an) (?:text"
        r"|message|email|call|dm|pic|photo|look|msg|video|link|note|meme)\b|\bsh(?:ot|oot) (?:me"
        r"|us) (?:a|an) (?:\w+ )?(?:text|message|email|video|link|pic|photo|meme)\b|\b(?:threw"
        r"|throw|throwing) (?:me|us) (?:a|an)\b|\bkick\w* (?:me|us) out\b|\bpush\w* (?:me|us) (?:to"
        r"|into|forward|through)\b|\bgrab\w* (?:me|us) (?:a|an|some|lunch|dinner|coffee|food)\b"
        r"|\bhurt (?:my|her|his) feelings\b",
        "'Hit me up', 'beat me at chess', 'shot me a text', 'kicked me out' (not 'hit me with"
        " a belt').",
        unless=r"\bhit me with (?:a|an|the|his|her) (?:pipe|wrench|pipe wrench|bat|bottle|hammer"
        r"|pan|belt|board|bar|tire iron|rock|brick|chair|gun|shovel)\b"
        r"|\bhit me with (?:a|an|the|his|her) (?:skillet|frying pan|iron|cane|hanger|cord"
        r"|extension cord|broom|stick)\b"
        r"|\bkicked (?:me|us) out\b[^\n]{0,40}\b(?:degrees|nowhere|cold|freezing|park)\b",
    ),
    _exclude(
        "idiom.wake_up_early",
        "crisis",
        r"\bwak(?:e|ing) up (?:early|at|for (?:work|school|class|group|church)|so early|before"
        r"|on time|in time|late)\b",
        "Not wanting to wake up early (or late) for work.",
    ),
    _exclude(
        "idiom.end_it_with",
        "crisis",
        r"\b(?:end|ending|ended) (?:it|things) (?:with|on a|on|early)\b",
        "Ending things with a partner, ending on a high note.",
    ),
    _exclude(
        "negation.not_suicidal",
        "crisis",
        r"\b(?<!cant say )(?<!can not say )(?<!cannot say )(?<!wont say )(?:im|i am|i m|am"
        r"|i was) (?:really |definitely |honestly )?(?:not|never|nowhere near) (?:suicidal"
        r"|going to (?:kill|hurt) <SELF>|gonna (?:kill|hurt) <SELF>"
        r"|thinking (?:about|of) (?:suicide|killing <SELF>|hurting <SELF>))\b|\bno (?:suicidal"
        r"|self harm) (?:thoughts|ideation)\b|\bnot (?:having|had) (?:any )?(?:suicidal"
        r"|self harm) thoughts\b|\b(?:dont|do not|never) (?:want|wanna) (?:to )?die\b"
        r"|\bno (?:quiero|kiero) (?:morir|morirme|matarme|suicidarme)\b|\bno (?:estoy"
        r"|ando) pensando en (?:suicidarme|matarme|el suicidio)|\b(?:would|will"
        r"|could) never (?:ever )?(?:kill|hurt|harm) <SELF>|\b(?:never|not) (?:going to"
        r"|gonna) (?:kill|hurt|harm) <SELF>|\bwouldnt (?:kill|hurt|harm) <SELF>",
        "Explicitly denies suicidal thoughts ('I'm not suicidal'); only that phrase is blanked.",
    ),
    _exclude(
        "topic.suicide",
        "crisis",
        r"\bsuicide (?:prevention|awareness|squad|forest|doors|rates?|statistics|stats|bombers?"
        r"|bombing|sprints?|drills?|king)\b|\b(?:prevencion|concientizacion) del suicidio\b"
        r"|\b(?:documentary|movie|film|show|series|book|article|podcast|lecture|talk|class|training"
        r"|walk|episode|story|news|report|song|video|essay|paper|presentation|charla|pelicula|libro"
        r"|documental|serie|platica|taller|articulo|noticia) (?:\w+ ){0,2}(?:about|on|sobre|de"
        r"|del) (?:teen |teenage |the |el |la )?(?:suicide|suicidio|overdoses?|sobredosis"
        r"|self harm|domestic violence|violencia domestica|intimate partner violence)\b",
        "Suicide, overdose or domestic violence as a topic: a film, a talk, a prevention walk.",
    ),
    _exclude(
        "history.recovered",
        "crisis",
        r"\b(?:used to|use to|solia|antes)(?: \w+){0,3}? (?:cut|cutting|hurt|harm|want to die"
        r"|wanna die|die|dying|suicidal|suicide|kill|overdos\w*|od|morir\w*|matar\w*|cortaba"
        r"|lastimaba|suicid\w*|me cortaba|me lastimaba|me hacia dano)(?: <SELF>)?\b"
        r"|(?<!wish the )(?<!wish my )\b(?:suicidal"
        r"|suicide|suicidio|die|dying|death|cutting|self harm\w*|overdos\w*|morir\w*"
        r"|muerte)\b(?!.{0,40}\b(?:again|worse|otra vez|de nuevo|peor)\b)(?=.{0,30}\b(?:not anymore"
        r"|no longer(?! (?:can|able|want))|old normal|years ago"
        r"|(?<!same as )(?<!like )last (?:year|summer|winter|spring|fall)|in (?:high school|college"
        r"|my twenties|my teens)"
        r"|as a (?:kid|teen|teenager)|el ano pasado|de (?:adolescente|joven)"
        r"|a lot less|less often|back then|ya no (?:me pasa|lo hago|pienso en eso)"
        r"|hace (?:\w+ )?anos|since (?:i got sober|getting sober|treatment|therapy"
        r"|starting therapy))\b)",
        "Something long past: 'I used to cut myself, clean 2 years', 'antes queria morirme'.",
    ),
    _exclude(
        "topic.discussed",
        "crisis",
        r"\b(?:we|they|the group|our group|the class|the speaker|(?:our|my"
        r"|the) counselor) (?:\w+ ){0,2}(?:talked|discussed|learned|covered|went over"
        r"|watched) (?:\w+ ){0,2}(?:about|on) (?:the |my |his |her )?(?:\w+ )?(?:suicide|overdoses?"
        r"|self harm|death|narcan"
        r"|naloxone)\b|\b(?:hablamos|platicamos|hablaron|aprendimos|vimos) (?:\w+ ){0,2}(?:del|de"
        r"|sobre) (?:el |la )?(?:suicidio|sobredosis|autolesiones|la muerte|naloxona|narcan)\b"
        r"|\b(?:talked|talking|discussed|learned) (?:\w+ ){0,2}about (?:my |his |her "
        r"|the )?(?:suicide|overdoses?"
        r"|self harm|narcan)\b(?=.{0,30}\b(?:in|at) (?:group|class|therapy|session|the meeting"
        r"|school|church)\b)|\b(?:movie|film|show|series|book|story|documentary|episode|song"
        r"|article|pelicula|serie|libro|documental|cancion) (?:\w+ ){0,10}?(?:suicide|suicid\w*"
        r"|overdos\w*|sobredosis|dies|died|death|kills (?:him|her)self|killed (?:him|her)self"
        r"|ods|od)\b",
        "Suicide or overdose as a topic of group, a film or a book.",
    ),
    _exclude(
        "topic.overdose_past",
        "crisis",
        r"\b(?:died|passed|passed away|lost (?:him|her|them|my \w+)|death|murio|fallecio"
        r"|se murio) (?:of|from|to|de|por) (?:an |a |una )?(?:overdose|od"
        r"|sobredosis)\b(?=.{0,40}\b(?:years? ago|months ago|last year|anniversary|in (?:19|20)\d\d"
        r"|back in|hace (?:\w+ )?(?:anos|meses)|el ano pasado|memorial|funeral|grave|misa|velorio"
        r"|in the \d0s|en los \d0s"
        r"|aniversario)\b)|\b(?:died|passed|passed away|murio|fallecio|se murio) (?:last (?:year"
        r"|month|spring|summer|fall|winter)|(?:\w+ ){1,2}ago|el ano pasado|hace (?:\w+ )?(?:anos"
        r"|meses))"
        r" (?:of|from|to|de|por) (?:an |a |una )?(?:overdose|od|sobredosis)\b"
        r"|\boverdose (?:awareness"
        r"|prevention|training|class|statistics|stats|rates?|epidemic|deaths)\b|\b(?:awareness"
        r"|prevention) (?:day |event |month |week )?(?:for|on|about) overdose",
        "An overdose long past (the time said before or after it, or a memorial), or overdose"
        " awareness events.",
    ),
    _exclude(
        "idiom.overdosed_on_fun",
        "crisis",
        r"\b(?:overdos\w*|od|sobredosis) (?:on|de|of) (?:\w+ )?(?:netflix|sugar|candy|chocolate"
        r"|coffee"
        r"|caffeine|tv|cookies|pizza|tacos|carbs|cuteness|cute|anime|love|christmas|halloween"
        r"|tiktok|youtube|shows?|memes|work|exercise|the gym|sun|sunshine|vitamin \w+|azucar|dulces"
        r"|sweet tea|tea|cake|pie|ice cream|boba|chips"
        r"|cafe|amor|series|trabajo|pan)\b",
        "'Overdosed on Netflix': too much of something harmless.",
    ),
    _exclude(
        "topic.naloxone_training",
        "crisis",
        r"\b(?:narcan|naloxone|naloxona) (?:training|class|kit|kits|workshop|certification"
        r"|certified|box|vending|distribution|event|capacitacion|taller|curso)\b|\b(?:training"
        r"|class|workshop|capacitacion|taller|curso) (?:\w+ ){0,2}(?:narcan|naloxone|naloxona)\b"
        r"|\bcarry (?:narcan|naloxone)\b|\bkit de (?:narcan|naloxona)\b"
        r"|\b(?:narcan|naloxone|naloxona)\b(?=.{0,40}\b(?:training"
        r"|class|workshop|dummy|mannequin|practice|practiced|practicing)\b)|\b(?:practiced"
        r"|practicing|practice|practicar|practique) (?:\w+ ){0,2}(?:narcan|naloxone|naloxona)\b"
        r"|\b(?:learn\w*|how to use|trained to use|aprend\w*"
        r"|como usar) (?:\w+ ){0,3}(?:narcan|naloxone|naloxona)\b|\b(?:narcan|naloxone"
        r"|naloxona)\b(?=.{0,40}\b(?:just in case|por si acaso|in (?:my|the) (?:bag|purse|car"
        r"|backpack"
        r"|glove ?box|kit|first aid kit|house|locker)|on me|with me|at home"
        r"|en mi (?:bolsa|carro)|en la clinica|at the (?:clinic|pharmacy)|last (?:month|week|year)"
        r"|years? ago|hes alive|shes alive)\b)",
        "Naloxone training or carrying a kit.",
    ),
    _exclude(
        "idiom.cant_breathe_laughing",
        "crisis",
        r"\b(?:cant|can not|cannot) breathe\b(?=.{0,30}(?:<HUMOR>|\blaugh\w*))|(?:<HUMOR>"
        r"|\blaugh\w*).{0,30}\b(?:cant|can not|cannot) breathe\b|\bheart attack\b(?=.{0,30}<HUMOR>)"
        r"|\bheart attack (?:on a (?:plate|bun|stick)|in a (?:cup|bowl|box|bun)"
        r"|waiting to happen)\b"
        r"|\balmost (?:had"
        r"|gave me) a heart attack\b",
        "'I can't breathe lol', 'almost had a heart attack': laughing or startled.",
        # "help lmao i can't breathe right": a plea first, then a nervous laugh.
        unless=r"^help\b(?! (?:me )?(?:lol|lmao|haha)\w* (?:this|that|the|my|im dying))",
    ),
    _exclude(
        "history.medical_past",
        "crisis",
        r"\b(?:had|has had|survived|died of|died from|passed from|murio de|fallecio de|tuvo) (?:a "
        r"|an |un |una )?(?:heart attack|stroke|seizure|infarto|ataque al corazon"
        r"|derrame)\b(?!.{0,60}\b(?:cold turkey|quit|withdrawal|detox)\b)(?=.{0,40}\b(?:last (?:yea"
        r"r|month|week)|years? ago|months ago|in (?:19|20)\d\d"
        r"|hace (?:\w+ )?(?:anos|meses|tiempo)|el ano pasado|hes fine|shes fine|doing better"
        r"|esta bien)\b)|\bseizure (?:disorder|meds|medication|medicine|history)\b|\bepilep\w*"
        r"|\bheart attack\b(?=.{0,50}\b(?:but (?:she|he)s|home now|recovering|stable|fine now"
        r"|doing better)\b)|\b(?:pecho|chest) (?:\w+ ){0,3}(?:de tanto|from) (?:toser|coughing|reir"
        r"|laughing|ejercicio|working out|the gym|lifting)\b",
        "A heart attack or seizure long past, or a known seizure disorder.",
    ),
    _exclude(
        "idiom.weather_breathing",
        "crisis",
        r"\b(?:cant|can not|cannot) breathe (?:in|with) (?:this|the|these) (?:heat|humidity|smoke"
        r"|mask|pollen|allergies|traffic|weather)\b",
        "Cannot breathe in this heat.",
    ),
    _exclude(
        "idiom.want_to_die_joke",
        "crisis",
        r"\b(?:makes|made|making) me (?:want to|wanna) die\b(?=.{0,30}<HUMOR>)|\b(?:die|dying"
        r"|dye) (?:my|her|his|their) hair\b|\b(?:disappear|vanish) (?:for a (?:bit|while|few days"
        r"|week"
        r"|weekend)|under (?:a|the|my) (?:blanket|covers|rock)|into (?:my|a|the) (?:bed|book|show"
        r"|blanket)|on vacation|for the weekend)",
        "'This traffic makes me want to die lol', dyeing hair, disappearing under a blanket.",
    ),
    _exclude(
        "idiom.dead_phrases",
        "crisis",
        r"\bdead (?:tired|serious|set|wrong|last|on|center|broke|asleep|end|weight|ass|beat|meat"
        r"|silent|quiet|sure|to me|inside lol)\b|\b(?<!unless )(?<!if )(?:im|i am|i m) (?:so "
        r"|totally |literally "
        r"|actually )?dead\b(?! (?:inside|soon|by|tomorrow|tonight))|\b(?:die|dying) for (?:my|a|an"
        r"|this|that|it|some|you)\b|\bdeath of (?:my|his|her|their|a|our)\b|\b(?:dying|die) (?:my"
        r"|her) hair\b|\b(?:the|my|his|her) (?:phone|battery|laptop|car|plant|plants|dog"
        r"|cat) (?:\w+ ){0,3}(?:die|dead|dying)\b",
        "'Dead tired', 'I'm so dead' (in trouble), 'die for my kids', a phone's death.",
        unless=r"\bget what (?:they|he|she) wants?\b"
        r"|\bsays (?:im|i am|youre) dead when\b"
        r"|\b(?:says|said|saying) (?:im|i am|i m|youre|ur) dead (?:the minute|if|as soon)\b",
    ),
    _exclude(
        "idiom.could_die",
        "crisis",
        r"\bi could (?:just |literally )?die\b(?! (?:tonight|now|today))"
        r"|\bnear death(?: experience)?\b|\b(?:scared|afraid) of (?:dying"
        r"|death)\b(?=.{0,30}(?:<HUMOR>|\b(?:someday|some day|one day|eventually|alone)\b))"
        r"|\bsleep forever\b(?=.{0,20}<HUMOR>)|\bcould sleep forever\b"
        r"|\bdying (?:over )?here\b(?=.{0,30}\b(?:hot|heat|bored|boring|lol|haha)\b)"
        r"|\bcant anymore\b(?=.{0,20}<HUMOR>)",
        "'I could die happy', 'near death experience', 'dying over here, it's so hot'.",
    ),
    _exclude(
        "idiom.infarto_es",
        "crisis",
        r"\b(?:casi|me va a|me va a dar|casi me da|casi me dio|me diste) (?:un )?(?:infarto"
        r"|ataque)\b"
        r"|\bme (?:dio|da) (?:un )?(?:infarto|ataque)\b(?=.{0,30}(?:<HUMOR>|\b(?:cuando|al ver|con"
        r"|de risa|del susto|que susto|el precio|la cuenta)\b))"
        r"|\bme rindo (?:con|en) (?:la|esta|el|este|mi|tu) \w+|\b(?:estoy|ando|andamos"
        r"|estamos) (?:bien |super |toda |todo |re |muy |medio |recontra )?muert[oa]s?\b"
        r"(?! por dentro)",
        "'Casi me da un infarto', 'me dio un infarto cuando vi el precio', 'me rindo con esta"
        " tarea', 'estoy muerta' (worn out). A bare 'me dio un ataque' is a seizure, not an idiom.",
        unless=r"\b(?:pastillas|pills|monster|laxantes|diureticos)\b",
    ),
    _exclude(
        "benign.toy_guns",
        "crisis",
        r"\b(?:nail|glue|staple|heat|water|nerf|toy|squirt|spray|paint|massage|bb|airsoft"
        r"|finger) guns?\b|\b(?:gun|guns|rifle|pistola|arma|knife|knives"
        r"|cuchillo)s? (?:\w+ ){0,6}?(?:locked (?:up|away|in (?:a|the) (?:safe|box|case|cabinet))"
        r"|guardad[oa]|con llave|in a safe|license|permit"
        r"|for work|for my job|collection|for cooking|im a chef|soy chef)\b",
        "Nail guns, glue guns; a weapon locked away or for work.",
        unless=r"\b(?:ptsd|depression|trauma) and my\b",
    ),
    _exclude(
        "idiom.to_death",
        "crisis",
        r"\b(?:bored|scared|worried|sick|tired|freezing|starving|frightened|stressed|loved"
        r"|tickled) (?:me )?to death\b|\bdead inside\b(?=.{0,20}<HUMOR>)",
        "'Bored to death', 'scared to death'.",
    ),
    _exclude(
        "idiom.killing_me_things",
        "crisis",
        r"\b(?:this|that|the|it|these|those|work|school|traffic|heat|weather|job|class|homework"
        r"|exam|test|week|day|cold|pain|headache|back|commute|workout|diet|schedule|rent|bill|bills"
        r"|line|wait|suspense|cramps) (?:\w+ ){0,2}(?:is |s |are |will |would |gonna |going to "
        r"|is going to |is gonna )?(?:literally )?kill(?:ing)? me\b|\b(?:gonna|going to|will|ill"
        r"|could) (?:kill|murder) my (?:\w+ )?(?:brother|sister|mom|dad|kids?|son|daughter|roommate"
        r"|husband|wife|boyfriend|girlfriend|bf|gf|boss|dog|cat)\b(?=.{0,50}\b(?:if|when|for"
        r"|because|cause|cuz|bc|ate|took|broke|forgot|used|left|lol\w*|haha\w*)\b)",
        "'This heat is going to kill me', 'I'll kill my brother, he ate my fries'.",
    ),
    _exclude(
        "idiom.routine",
        "crisis",
        r"\btook all (?:of )?my (?:meds|medication|medications|pills"
        r"|vitamins)\b(?=.{0,30}\b(?:today|this morning|tonight|on time|like|as prescribed"
        r"|supposed)\b)|\bme tome todas mis (?:pastillas|medicinas) (?:de hoy|del dia|a tiempo"
        r"|como)\b|\b(?:please|pls) help (?:me )?(?:how|what|where|when|which|who)\b"
        r"|\bhelp\b(?= \?)|\b(?:not|dont|do not|never) feel(?:ing)? (?:\w+ )?safe (?:driving"
        r"|to drive|in the (?:snow|rain|ice|storm)|on the roads)\b|\bgoodbye (?:everyone|everybody"
        r"|all)\b(?=.{0,25}\b(?:see you|see ya|until|till|have a|thanks(?! for (?:trying|everything"
        r"|all|always))|thank you(?! for (?:trying|everything|all|always))|next week"
        r"|tomorrow)\b)|\b(?:final|last) goodbye to (?:my|our|his|her)\b"
        r"|\bgiving away (?:\w+ ){0,3}(?:to|at) (?:goodwill|charity|the shelter|church|donation)\b"
        r"|\bwont be (?:here|around) tomorrow\b(?=.{0,40}\b(?:appointment|work|trip|vacation"
        r"|out of town|visiting|doctor|court|session|shift)\b)|\brope (?:for|to tie)\b"
        r"|\bbreathe (?:through my nose|with (?:my )?allergies|because of (?:my )?allergies)\b"
        r"|\bon the roof (?:fixing|cleaning|working|repairing)\b"
        r"|\badios a todos\b(?=.{0,25}\b(?:nos vemos|hasta|gracias|buen|el (?:lunes|martes"
        r"|miercoles|jueves|viernes)|manana)\b)|\bcant go on (?:the|a|an|that|this|my|vacation|trip"
        r"|with|to|\w+day)\b",
        "Routine things: took all my meds today, help? with a question, goodbye everyone see you.",
    ),
    _exclude(
        "idiom.more",
        "crisis",
        r"\b(?:almost|nearly) (?:had|gave me|got) a heart attack\b|\bheart (?:stopped"
        r"|skipped a beat)\b(?=.{0,30}\b(?:when|saw|lol|haha|omg)\b)"
        r"|\bshots fired\b(?=.{0,20}<HUMOR>)|\b(?:want to|wanna|quiero|me quiero|i could) (?:die"
        r"|morir(?:me)?)\b(?=.{0,40}\b(?:embarrass\w*|cringe|awkward|verguenza|oso|pena|jaja\w*)\b)"
        r"|\b(?:kill|killing|killed|matar|mate) (?:a )?(?:the |all the |las |los |todas las "
        r"|todos los )?(?:spiders?|bugs?|roaches|cockroaches|ants|flies|fly|mosquitos?|mice|rats?"
        r"|weeds|cucarachas|moscas|mosquitos|hormigas|ratas|ratones|aranas|bichos|plagas)\b"
        r"|\bdesesperad[oa] por (?:que|ver|ir|el|la)\b",
        "'Nearly had a heart attack', 'shots fired lol', killing bugs, 'desesperada por ver'.",
    ),
    _exclude(
        "idiom.despair_about_things",
        "crisis",
        r"\b(?:breaking point|end of my rope|hopeless|nobody cares|no one cares|pain is too much"
        r"|ya no se que hacer|no puedo con esto)\b(?=.{0,30}(?:<HUMOR>|\b(?:with (?:this|the"
        r"|my) (?:printer|computer|phone|kids|job|homework|car)|at the (?:dentist|doctor|gym"
        r"|tattoo)|con (?:mi|el|la|este|esta) (?:cabello|pelo|telefono|celular|computadora|tarea"
        r"|carro))\b))",
        "Despair words said of a printer or a haircut, or as a joke.",
    ),
    _exclude(
        "idiom.not_safe_to_drive",
        "crisis",
        r"\bnot safe to (?:drive|be driving|work|operate|go out|walk|leave)\b",
        "Too tired to drive safely.",
    ),
    _exclude(
        "accident.hurt_self",
        "crisis",
        r"\b(?:accidentally )?(?:cut|burn|burned|burnt|hurt|scratched|hit) <SELF> (?:shaving"
        r"|cooking|on the (?:stove|oven|pan|grill|iron|curling iron)|at the gym|at work|working out"
        r"|lifting|playing|while|with the|by accident|accidentally|a little|slightly)\b"
        r"|\baccidentally (?:cut|burned|burnt|hurt|hit) <SELF>",
        "An accident while cooking, shaving or at the gym (not one done 'on purpose').",
        unless=r"\b(?:on purpose|a proposito|to feel something|para sentir algo)\b"
        r"|\bwant to burn <SELF>\b|\bburn(?:ed|t)? <SELF> with (?:the|a|my) lighter\b",
    ),
    _exclude(
        "idiom.kilometres",
        "crisis",
        r"\b\d+ ?kms?\b|\bkms (?:away|run|ran|walk|drive|today|from)\b",
        "Kilometres, not 'kill myself'.",
    ),
    _exclude(
        "idiom.way_out_of_place",
        "crisis",
        r"\bway out (?:of|to) (?:here|the|this (?:traffic|parking|place|building|mall|store))",
        "The way out of a place.",
    ),
    _exclude(
        "idiom.passed_out_asleep",
        "crisis",
        r"\bpassed out (?:on the couch|watching|early|after work|asleep|in bed|for the night|at \d+"
        r"|by \d+|from (?:exhaustion|being tired|laughing|laughter))|\b(?:could|gonna|going to"
        r"|about to) pass out\b(?=.{0,30}\b(?:tired|exhausted|sleepy|laugh\w*|lol|haha|hungry|bored"
        r"|heat)\b)|\b(?:tired|exhausted|sleepy)\b.{0,30}\b(?:could|gonna|going to"
        r"|about to) pass out\b",
        "Fell asleep, or nearly did (laughing, tired).",
    ),
    _exclude(
        "idiom.call_when_free",
        "crisis",
        r"\b(?:please |pls |plz )?(?:call|text)(?: me)?(?: back)?(?: (?:right )?(?:now|asap"
        r"|right away)"
        r"|<END>)(?=.{0,60}\b(?:if (?:you|u) can|when (?:you|u) (?:can|get a (?:chance|sec|minute)"
        r"|have (?:time|a (?:sec|minute)))|(?:a |one )?(?:quick )?question|reschedul\w*|cancel\w*"
        r"|about (?:my|the) (?:appointment|schedule|group|session|ride|meds|paperwork|insurance"
        r"|bill)"
        r"|(?:my|the) (?:appointment|ride|schedule|time|day|session)|change|switch)\b)",
        "'Call me now if you can, I have a question', 'please call me. I need to reschedule':"
        " logistics, said with the reason.",
    ),
    _exclude(
        "benign.errand_then_ask",
        "crisis",
        r"\b(?:help|ayuda) (?:me |us )?(?:with|con|filling out|llenar) (?:\S+ ){0,3}(?:paperwork"
        r"|forms?|papers|application|food stamps|snap|ebt|medicaid|insurance|rent|bills?|housing"
        r"|papeles|formularios?|solicitud|aplicacion|seguro|renta|cupones|estampillas|tramites?)\b"
        r"(?: (?!(?:die|dead|kill|suicid|morir|muert|matar|mate|end|aguant|overdos|hurt|cut|want"
        r"|quiero|cant|no|not|ya|pills|pastillas|gun|arma)\S*)\S+){0,6} (?:(?:can|could) (?:someone"
        r"|somebody|anyone|you)(?: please)? help(?: me)?"
        r"|(?:me )?(?:pueden|puedes|podrian|puede) (?:llamar|ayudar)(?:me)?)<EOT>",
        "Help with a named errand (paperwork, food stamps, insurance papers) and then 'can someone"
        " help' or 'me pueden llamar', nothing of distress between: a request for assistance,"
        " not a plea.",
    ),
    _exclude(
        "idiom.help_with_task",
        "crisis",
        r"\bhelp (?:me |us )?(?:with|to|find|figure|reschedule|move|moving|carry|carrying|get to"
        r"|understand|out with|fill|sign|pick|choose|remember|set|change|cancel|confirm)\b"
        r"|\bayud\w* (?:con|a (?:encontrar|mover|cambiar|llenar|entender|buscar|llegar|conseguir"
        r"|saber|programar|hacer|confirmar|cancelar))\b",
        "Asking for help with a task (rescheduling, directions).",
    ),
    _exclude(
        "idiom.respond_to_texts",
        "crisis",
        r"\b(?:respond\w*|answer\w*|reply\w*|contest\w*|responde\w*) (?:to )?(?:my |me |your |mis "
        r"|los |el |mi )?(?:texts?|messages?|calls?|emails?|dms?|mensajes?|llamadas?|phone|telefono"
        r"|celular)\b",
        "Not answering texts or calls (not who to call for the dog if the writer stops answering).",
        unless=r"\bcome get the (?:dog|cat|kids|baby)\b|\bwho do i call\b"
        r"|\bwho (?:takes|gets)\b[^\n]{0,40}\bif (?:im|i am) not answering\b",
    ),
    _exclude(
        "idiom.blue_things",
        "crisis",
        r"\b(?:sky|sea|ocean|car|house|wall|shirt|dress|paint|water|hair|cielo|mar|carro|coche|casa"
        r"|pared|camisa|vestido|ropa|pelo) (?:is|esta|se ve|looks|turned|turning) (?:so |really "
        r"|muy )?(?:blue|azul|purple|morad[oa])\b|\bfeeling blue\b",
        "Blue things, feeling blue.",
    ),
    _exclude(
        "idiom.cooking_knife",
        "crisis",
        r"\b(?:cutting|chopping|slicing|peeling|cut|chopped|sliced|cook\w*) (?:\w+ ){0,3}with (?:a"
        r"|the|my) knife\b|\blaced (?:up )?(?:my |his |her |the )?(?:shoes|boots|sneakers)",
        "A knife in the kitchen; laced shoes.",
    ),
    _exclude(
        "topic.mourning",
        "crisis",
        r"\b(?:said|saying|say|to say) (?:all )?(?:my |our )?goodbyes?\b(?=.{0,50}\b(?:funeral"
        r"|memorial"
        r"|wake|service|burial|grave|hospice|casket|velorio|entierro|passed|grandpa|grandma)\b)"
        r"|\b(?:funeral|memorial|wake|service|burial|grave|hospice|casket|velorio"
        r"|entierro)\b.{0,50}"
        r"\b(?:said|saying|say|to say) (?:all )?(?:my |our )?goodbyes?\b",
        "Saying goodbye at a funeral or a memorial: mourning someone, not a farewell.",
    ),
    _exclude(
        "benign.animal_or_twitch",
        "crisis",
        r"\b(?:dog|cat|puppy|kitten|pup|perro|perrito|gato|gatito|eye|eyelid|ojo"
        r"|parpado)s? (?:\w+ )"
        r"{0,2}(?:shaking|trembling|twitching|jerking|temblando|tiembla)(?: all over"
        r"| uncontrollably"
        r"| nonstop| sin parar| todo)?\b",
        "A pet shaking at the vet, an eye twitching: not a seizure.",
    ),
    _exclude(
        "idiom.scared_joke",
        "crisis",
        r"\b(?:im|i am|i m) (?:so |really |very )?(?:scared|terrified|afraid)\b(?=.{0,40}<HUMOR>)",
        "'I'm scared. The test is tomorrow lol': fear said as a joke.",
    ),
    _exclude(
        "idiom.living_somewhere",
        "crisis",
        r"\b(?:tired|sick|exhausted|cansad[oa]|hart[oa]) (?:of|de) (?:living|vivir) (?:in|with|here"
        r"|there|at|paycheck|en|con|aqui|aca|alla|lejos|cerca|de renta|rentando|with my|en esta"
        r"|en este)\b",
        "'Tired of living in this city / with my mom': living somewhere, not living at all.",
    ),
    _exclude(
        "idiom.sos_joke",
        "crisis",
        r"\bsos\b(?=.{0,40}<HUMOR>)|<HUMOR>.{0,40}\bsos\b",
        "'SOS I'm out of coffee lol': SOS next to a joke. A bare SOS stays a crisis.",
    ),
    _exclude(
        "idiom.hangover",
        "crisis",
        r"\b(?:felt|feel|feeling|feels) (?:like )?(?:i was |im |i m |i am )?(?:dying|death|dead"
        r"|gonna die"
        r"|going to die|death warmed over)\b(?=.{0,60}\b(?:hangover|hung ?over|cruda|resaca|the flu"
        r"|a cold)\b)|\b(?:hangover|hung ?over|cruda|resaca|the flu|a cold)\b.{0,60}\b(?:felt|feel"
        r"|feeling|feels) (?:like )?(?:i was |im |i m |i am )?(?:dying|death|dead)\b",
        "'So hungover I felt like dying': a hangover or a cold, said next to it. Feeling like"
        " dying after using, or when sick, is not excused.",
    ),
    _exclude(
        "idiom.muero_de_es",
        "crisis",
        r"\b(?:me )?(?:muero|muere|muera|morir|morirme|muriendo|mori|murio|muerto|muerta|muertos"
        r"|muertas|me voy a morir) (?:de|del|por|con) (?:la |el |las |los )?(?:hambre|sueno|risa"
        r"|frio|calor|ganas|cansancio|nervios|verguenza|pena|amor|aburrimiento|envidia|sed|cruda"
        r"|resaca|miedo|emocion|ansias|curiosidad|celos|flojera|gusto|alegria|felicidad|ver|verte"
        r"|verlos|saber|conocer|estar|ir|tenerte|abrazarte|comer|susto)\b|\b(?:un|una|tanto|tanta"
        r"|tantos|tantas|tal) (?:\w+ ){1,2}que me (?:muero|muera|mata|matan)\b",
        "'Me muero de hambre / de risa / por verte', 'tengo un frio que me muero': idioms, the"
        " last an intensifier.",
    ),
    _exclude(
        "idiom.morir_es",
        "crisis",
        r"\b(?:muero|muere|morir|morirme) por (?!dentro)\w+|\bmorir(?:me)? si no (?:como|duermo"
        r"|tomo cafe|descanso|veo)\b|\bmatar(?:me)? (?:estudiando|trabajando|haciendo ejercicio"
        r"|en el gym|en el gimnasio)\b|\bme mato (?:estudiando|trabajando)\b"
        r"|\ben peligro de (?!muerte|que)\w+|\b(?:su|tu) muerte\b|\bla muerte de (?:mi|su|tu)\b"
        r"|\b(?:celular|telefono|bateria|carro|coche|planta|pila) (?:\w+ ){0,3}muert[oa]\b"
        r"|\bestar muert[oa] de\b",
        "'Me muero por un cafe', 'matarme estudiando', 'en peligro de reprobar'.",
    ),
    _exclude(
        "benign.hunting",
        "crisis",
        r"\b(?:tiene|tengo|has|have|got|with|con|trae) (?:\w+ )?(?:pistola|rifle|escopeta|arma|gun"
        r"|knife|cuchillo|shotgun)s?\b(?=.{0,25}\b(?:para cazar|de caza|for hunting|hunting|to hunt"
        r"|at the range)\b)|\b(?:para|de) (?:cazar|caza)\b|\bhunting (?:rifle|gun|season|trip"
        r"|knife)\b|\b(?:gun|shooting) (?:show|range|safety|class|club)\b|\bknife (?:collection"
        r"|skills|set|block)\b"
        r"|\b(?:deer|duck|turkey|elk|hunting|dove) season\b[^\n]{0,60}\b(?:got|have|tengo) (?:the "
        r"|my |el |mi )?(?:rifle|gun|shotgun|escopeta)\b(?: sighted in| ready)?"
        r"|\btemporada de (?:venado|caza|pato)\b[^\n]{0,60}\b(?:rifle|escopeta)\b(?: list[oa])?"
        r"|\bsighted in\b",
        "Hunting, a gun range, a knife collection (not a knife block someone keeps looking at).",
        unless=r"\b(?:keep|keeps|kept|cant stop|been) (?:looking|staring) at the knife"
        r"|\bknow where\b[^\n]{0,25}\b(?:rifle|gun|shotgun)\b[^\n]{0,30}\bkeep (?:going|looking)"
        r"|\bnot hunting\b|\bloaded it\b[^\n]{0,40}\b(?:somebody|someone) to know\b"
        r"|\b(?:gun|rifle|shotgun) on the table\b"
        r"|\b(?:ptsd|depression|trauma) and my\b",
    ),
    _exclude(
        "benign.funeral_planning",
        "crisis",
        r"\b(?:prepaid|pre ?paid|preplanned|pre ?planned|prearranged|pre ?arranged|paid for|bought)"
        r" (?:for )?my (?:own )?funeral\b(?:[^\n]{0,80}\b(?:shouldnt|wont|dont) have to deal"
        r" with (?:that|it)\b)?",
        "'Prepaid my funeral with the funeral home today. My kids shouldn't have to deal with that."
        " It's just practical at 75': planning ahead, unless it comes with a goodbye.",
        unless=r"\b(?:tonight|soon|goodbye|pills|pastillas|im ready|the last|wont be (?:here"
        r"|around|needing)|todo listo|solo me falta)\b",
    ),
    _exclude(
        "benign.lots_of_love",
        "crisis",
        r"\b(?:lol (?:\. )?)?lots of love(?: to (?:you all|all of you|yall|everyone|you))?\b",
        "'LOL. Lots of love to you all. Betty': an older texter's sign-off, not a farewell (unless"
        " it says they won't be seen again).",
        unless=r"\b(?:wont be seeing|goodbye|the last|take care of yourselves|never see)\b",
    ),
    _exclude(
        "history.told_you_then_safe",
        "crisis",
        r"\b(?:last (?:week|month|night|year)|yesterday|before|back then|a while ago) i (?:told you"
        r"|said|texted) (?:that )?i (?:wanted to die|was suicidal|wanted to kill <SELF>"
        r"|wanted to end it)\b",
        "'Last week I told you I wanted to die. I want you to know I'm doing better... I'm safe'.",
        unless=r"\b(?:again|still|now i|tonight|worse)\b",
    ),
    _exclude(
        "idiom.paperwork_kills_es",
        "crisis",
        r"\b(?:papeles|formularios|tramites|impuestos|examenes|facturas|cuentas|formas)\b"
        r"(?: \w+){0,3} me (?:va|van) a matar\b",
        "'Estos papeles del Medicare me van a matar': paperwork.",
    ),
    _exclude(
        "benign.writes_like_a_letter",
        "crisis",
        r"\b(?:text|texts|write|writes|talk|type|types) (?:like )?(?:im|i am|hes|shes|he is|she is"
        r"|you are|youre) writing a letter\b",
        "'My grandson says I text like I'm writing a letter': a style, not a last letter.",
    ),
    _exclude(
        "benign.help_with_forms",
        "crisis",
        r"\b(?:alguien|someone|somebody|anyone|can you|me puede|me pueden)\b[^\n]{0,20}\b(?:help"
        r"|ayudar\w*)\b (?:me )?(?:with|a) (?:the |my |these |los |las |mis )?(?:forms?|paperwork"
        r"|llenar\w*|papeles|homework|tarea|application|solicitud|taxes|impuestos)\b",
        "'Alguien me puede ayudar a llenarlos' (the Medicare papers): help with forms.",
    ),
    _exclude(
        "idiom.kms_over_a_task",
        "crisis",
        r"\bkms (?:\w+ )?(?:this|that|my) (?:exam|test|quiz|class|homework|job|shift|meeting|paper"
        r"|final|midterm|essay)\b|\bsaid (?::quote: )?kms(?: :quote:)? (?:so )?loud\b",
        "'kms this exam lol', 'said \"kms\" so loud the whole starbucks looked': exasperation at a"
        " task or a spill, in the words of a generation.",
    ),
    _exclude(
        "idiom.teacher_kills_es",
        "crisis",
        r"\b(?:profe|maestr[oa]|jefe|jefa) (?:me )?(?:va|van) a matar\b(?=[^\n]{0,30}\b(?:examenes"
        r"|tareas|exam|trabajo|turnos?)\b)",
        "'Este profe me va a matar, 3 exámenes esta semana'.",
    ),
    _exclude(
        "history.friend_said_it_laughing",
        "crisis",
        r"\b(?:said|says) (?:she|he|they) (?:wants?|wanted) to die\b(?=[^\n]{0,80}"
        r"\b(?:shes|hes|theyre) (?:fine|ok|okay|literally laughing|laughing))",
        "'My friend said she wants to die bc her crush viewed her story. shes fine shes literally"
        " laughing next to me'.",
    ),
    _exclude(
        "history.overdose_in_a_year",
        "crisis",
        r"\b(?:mine|my od|my overdose|it) was (?:in |back in )?(?:19|20)\d\d\b"
        r"|\b(?:our|my) (?:overdose|od)s?\b(?=[^\n]{0,60}\b(?:mine|it) was (?:in )?(?:19|20)\d\d\b)"
        r"|\b(?:od ?d|odd|overdosed)\b[^\n]{0,30}\b(?:in|back in) (?:19|20)\d\d\b"
        r"|\boverdosed last (?:week|month|year)\b(?=[^\n]{0,40}\b(?:alive|in rehab|recovering"
        r"|ok now|okay now)\b)",
        "'Write about our overdose for group. mine was 2019', 'remember when I od'd at the"
        " warehouse in 2017?', 'my neighbor overdosed last week, he's alive and in rehab now'.",
    ),
    _exclude(
        "idiom.looked_like_death_on_hold",
        "crisis",
        r"\blooked (?:like )?death\b|\bkill me now\b(?=[^\n]{0,40}\b(?:on hold|waiting|in line"
        r"|traffic|meeting|dmv)\b)|\bgoing to be with (?:her|him|them|my \w+)"
        r" (?:this|next|on|for the) (?:weekend|week|\w+day)\b",
        "'My kid said I looked like death this morning lol', 'kill me now, 45 min on hold with the"
        " insurance', 'going to be with her this weekend' (a friend whose father died).",
    ),
    _exclude(
        "history.rope_months_ago",
        "crisis",
        r"\b(?:\d+|a few|six|some|two|three) (?:months|years) ago i (?:had|tied|put|hung)"
        r" (?:a |the )?rope\b[^.\n]{0,40}",
        "'6 months ago I had a rope up in the barn. today I got my 6 month chip'.",
        unless=r"\b(?:again|tonight|back up)\b",
    ),
    _exclude(
        "benign.small_kitchen_cut_es",
        "crisis",
        r"\bme corte (?:tantito|un poquito|poquito|un poco) (?:el|un) dedo\b[^.\n]{0,40}"
        r"(?=[^\n]{0,40}\b(?:nada grave|no es nada|estoy bien)\b)",
        "'Me corté tantito el dedo con la navaja pelando naranjas, nada grave'.",
    ),
    _exclude(
        "idiom.second_language_everyday",
        "crisis",
        r"\b(?:laugh|laughed|laughing) (?:so )?hard\b[^\n]{0,30}\balmost (?:die|died|dead)\b"
        r"|\bkilling <SELF> with (?:work|jobs?|school|studying)\b"
        r"|\boverdose (?:more )?easy\b(?=[^\n]{0,60}\bexplain\b)"
        r"|\b(?:took|take|taken) all (?:the|my) pills\b(?=[^\n]{0,60}\b(?:one|1|two|2) (?:per|a"
        r"|each)"
        r" day\b)",
        "'i laugh so hard with my grandson i almost die', 'i am killing myself with work lol 3"
        " jobs', 'if I use after detox I can overdose more easy? i want understand to explain my"
        " brother', 'I took all the pills the doctor give me like he say, one per day for 10"
        " days'.",
    ),
    _exclude(
        "tense.wanted_to_die_then",
        "crisis",
        r"\b(?:one|a|\d+|two|three) (?:year|years|month|months) ago i (?:want|wanted|try|tried) to"
        r" (?:finish my life|die|kill <SELF>)\b|\b(?:last year|years ago|before) (?:he|she|they)"
        r" (?:want|wanted|say|said) (?:he |she |they )?(?:want |wanted )?to die\b",
        "'One year ago I want to finish my life, now I have job', 'somebody in group say last year"
        " he want to die. how is he now?'.",
        unless=r"\b(?:(?:want|feel) (?:it |that )?again|still want|tonight|now i want to)\b",
    ),
    _exclude(
        "question.what_a_word_means",
        "crisis",
        r"\bwhat (?:does|do) (?:the word )?(?:\w+ ){1,3}mean\b|\bwhat is (?:a |an )?(?:\w+ ){0,1}"
        r"(?:overdose|suicide|suicide watch|relapse|self harm|od)\b(?= ?[.?]| i (?:seen|saw|heard))"
        r"|\bque (?:es|significa) (?:una |un |el |la )?(?:sobredosis|suicidio|recaida)\b"
        r"|\bsign (?:die|dead|kill|suicide) wrong\b",
        "'What does overdose mean. the lady in group said it', 'what is suicide watch. i seen it on"
        " the news', '¿qué es una sobredosis?', 'ASL teacher say me sign DIE wrong': a word asked"
        " about, not a thing that happened.",
    ),
    _exclude(
        "story.news_book_dream",
        "crisis",
        r"\b(?:me )?read (?:the )?news\b[^.\n]{0,10}(?: \. )?[^.\n]{0,30}(?=[^\n]{0,20}\bnot me\b)"
        r"|\b(?:bad )?dream\b[^\n]{0,50}\b(?:i die|i died|killed me|kill me)\b(?=[^\n]{0,40}"
        r"\b(?:awake|just a dream|woke up)\b)"
        r"|\bthe \w+ in (?:my|the) (?:book|movie|show|story|game|novel)\b[^.\n]{0,40}",
        "'Me read news. man OD die park. sad. not me', 'a bad dream a monster chase me and i die."
        " now i am awake', 'the man in my book jump off the building at the end'.",
    ),
    _exclude(
        "history.overdose_reversed",
        "crisis",
        r"\b(?:od ?d|overdosed|tuvo una sobredosis|had an overdose)\b[^\n]{0,60}\b(?:staff saved"
        r" (?:him|her)|we narcanned (?:him|her)|lo salvo|la salvo|(?:he|she) was up|brought (?:him"
        r"|her) back)\b",
        "'someone od'd in the shelter last month, staff saved him... im good', 'overdosed saturday"
        " and we narcanned him, he was up and cussing us out in 2 min': told after, reversed.",
        unless=r"\b(?:again|now|right now|not breathing|wont wake)\b",
    ),
    _exclude(
        "idiom.weather_kills",
        "crisis",
        r"\b(?:wind|cold|heat|weather|sun|rain|snow)\b(?: is| [^\n]{0,30}\bits)? (?:trying to"
        r"|gonna|going to) kill me\b",
        "'This wind is brutal i swear its trying to kill me'.",
    ),
    _exclude(
        "history.not_since",
        "crisis",
        r"\bever thought about (?:suicide|killing <SELF>)\b(?=[^\n]{0,30}\b(?:i said no|not since))"
        r"|\blast (?:winter|year|summer|month) i (?:thought about|wanted) (?:ending it|dying"
        r"|suicide|killing <SELF>)\b(?=[^\n]{0,60}\bthis (?:winter|year|time)\b)",
        "'my counselor asked if ive ever thought about suicide. i said not since 2019', 'last"
        " winter i thought about ending it. this winter im in the program and its different'.",
    ),
    _exclude(
        "faith.safe_sayings",
        "crisis",
        r"\b(?:mama|mom|grandma|mother|she|he|grandpa|daddy) (?:always )?says? when (?:i|she|he)"
        r" die\b[^.\n]{0,40}"
        r"|\b(?:candlelight )?vigil for\b[^.\n]{0,60}"
        r"|\b(?:shouting|dancing|praising|worshipping)\b[^\n]{0,30}\balmost passed out\b"
        r"|\b(?:documentary|movie|film|show) about\b[^.\n]{0,70}"
        r"|\bpassion of the christ\b[^\n]{0,60}"
        r"|\b\d+ (?:yrs|years|months) since (?:the night |the day )?i tried to (?:end it"
        r"|kill <SELF>)\b"
        r"|\b(?:friend|cousin|brother|sister|uncle|aunt|neighbor)\b[^\n]{0,20}\boverdosed last"
        r" (?:month|week|year)\b(?=[^\n]{0,60}\b(?:passed|funeral|still clean|rip)\b)",
        "'my mama always says when i die dont you cry, im going home', 'candlelight vigil for"
        " everybody we lost to overdose', 'holy ghost had me shouting so hard i almost passed out',"
        " 'a documentary about that cult where everybody drank the poison', 'today is 5 yrs since"
        " the night i tried to end it. im ok today'.",
    ),
    _exclude(
        "work.kitchen_everyday",
        "crisis",
        r"\b(?:burned|burnt|burnd|cut|queme|corte)\b (?:my |el |la |mi )?(?:arm|hand|finger|brazo"
        r"|mano|dedo)\b (?:on|with|con) (?:the |el |la )?(?:oven|stove|fryer|grill|mandoline"
        r"|mandolina|horno|knife|cuchillo|pan|sarten)\b"
        r"|\bme (?:corte|queme)\b (?:el brazo |la mano |el dedo )?con (?:la |el )?(?:mandolina"
        r"|horno|cuchillo|sarten|freidora)\b"
        r"|\b(?:walk ?in|freezer)\b[^\n]{0,40}\bfingers numb\b"
        r"|\btold \w+ about narcan\b[^.\n]{0,50}"
        r"|\bpassed out at the bar\b(?=[^\n]{0,60}\b(?:cab|uber|home|friend got him)\b)"
        r"|\bse desmayo en el bar\b(?=[^\n]{0,40}\b(?:vino su familia|lo llevaron)\b)"
        r"|\boverdosed on (?:family meal|pasta|pizza|food|carbs|sugar|\w+ pasta)\b"
        r"|\bkill whoever left\b",
        "'burned my arm on the oven again lol', 'me corté con la mandolina, curita y a seguirle',"
        " 'the walk-in is freezing, fingers numb after inventory', 'overdosed on family meal"
        " pasta', 'he's gonna kill whoever left the walk-in open': a kitchen's day.",
        unless=r"\b(?:on purpose|a proposito|to feel|para sentir|wanted to)\b",
    ),
    _exclude(
        "history.asked_and_answered",
        "crisis",
        r"\b(?:asked|pregunto) (?:me )?(?:if|si) (?:i )?(?:ever |alguna vez )?(?:thought|pense)"
        r" (?:about|en) (?:ending it|quitarme la vida|suicide|killing <SELF>)\b(?=[^\n]{0,80}"
        r"\b(?:back then|not now|antes|ahorita no|ya no)\b)"
        r"|\btalked about the night i\b[^.\n]{0,50}(?=[^\n]{0,40}\b(?:that was (?:19|20)\d\d"
        r"|im (?:really )?ok now)\b)",
        "'my therapist asked if i ever thought about ending it when i was gambling. i said yes,"
        " back then. not now', 'talked about the night i almost crashed the car on purpose. that"
        " was 2019. im really ok now'.",
    ),
    _exclude(
        "idiom.sports_and_pools",
        "crisis",
        r"\bmakes me want to jump off a bridge every (?:sunday|monday|game|week|season)\b"
        r"|\bkill me if i dont join\b|\bthreatening to tell (?:mom|dad|my mom|my dad)\b",
        "'this team makes me want to jump off a bridge every sunday lmao', 'hell kill me if i"
        " dont join the march madness pool', 'shes threatening to tell mom lol'.",
    ),
    _exclude(
        "history.trauma_told_safely",
        "crisis",
        r"\bmy abuser (?:died|moved|is dead|passed|is in prison)\b"
        r"|\bgoodbye letter to my (?:younger|old|past|little) self\b"
        r"|\bthe scene in (?:that|the) (?:show|movie|film|episode)\b[^.\n]{0,40}"
        r"|\bold self ?harm scars\b",
        "'my abuser died in prison this week... im safe', 'write a goodbye letter to my younger"
        " self', 'the scene in that show where he chokes her... had to pause', 'scar revision"
        " consult for my old self harm scars'.",
    ),
    _exclude(
        "benign.outreach_and_chatter",
        "crisis",
        r"\b(?:picked up|got|recogi) (?:some )?narcan\b"
        r"|\btold (?:my )?\w+ about narcan\b[^.\n]{0,50}|\bwouldnt let me leave(?: \.)? the"
        r" conversation\b|\blast time i was in\b[^.\n]{0,60}",
        "'picked up narcan, test strips and condoms from the outreach van', 'he wouldnt let me"
        " leave... the conversation lol', 'last time i was in a motel bathroom it was cause my"
        " friend was overdosing. today im doing my makeup for a job interview'.",
        unless=r"\b(?:not breathing|wont wake|right now|hes here)\b",
    ),
    _exclude(
        "idiom.caribbean_everyday",
        "crisis",
        r"\b(?:dar un tiro|darme un tiro)(?: \.)? de foto\b"
        r"|\besta vaina (?:\w+ ){0,3}me va a matar\b"
        r"|\btraffic\b[^\n]{0,20}\bwanting to die\b|\bjuego\b[^\n]{0,40}\bal borde de un infarto\b"
        r"|\bla voy a matar en (?:la|el)\b|\boverdose episode\b|\blo enterramos\b[^.\n]{0,30}"
        r"|\bsuicide attempt from (?:19|20)\d\d\b|\b(?:me voy a morir"
        r"|voy a morirme) congelad[oa] esperando\b"
        r"|\bnarcan que me dieron\b|\b(?:one|a|\d+) years? ago today i was\b[^.\n]{0,40}"
        r"|\bcuando usaba\b[^.\n]{0,60}",
        "'me voy a dar un tiro... de foto con el diploma jaja', 'esta vaina del bus me va a"
        " matar', 'this traffic got me wanting to die lol', 'la voy a matar en la presentacion',"
        " 'one year ago today i was in the ER after an OD. today im 365 clean'.",
    ),
    # Batch 57 (anger and violence): the same words, harmless.
    _exclude(
        "benign.kitchen_knives",
        "crisis",
        r"\b(?:bought|got|ordered|new|nice) (?:a |some |my )?(?:new )?(?:knife set|set of knives"
        r"|kitchen knives|chef ?s? knife)\b[^\n]{0,60}",
        "'bought a knife set for the new apartment 🔪 adulting': kitchenware.",
        unless=r"<ANYSELF>|\b(?:him|her|them|cut|use it|use them)\b",
    ),
    _exclude(
        "past.role_play",
        "crisis",
        r"\b(?:role ?play\w*|roleplay\w*|skit)\b[^\n]{0,40}\b(?:pretend\w*|act\w*)\b[^\n]{0,40}",
        "'in group we did a role play where i had to pretend to threaten my boss lol': an"
        " exercise.",
    ),
    _exclude(
        "family.kill_me_if_i_miss",
        "crisis",
        r"\bif i (?:miss|forget|skip)\b[^\n]{0,40}\b(?:shes|hes|she is|he is|theyre|they are)"
        r" (?:gonna|going to) kill me\b",
        "'my daughter said if i miss her recital shes gonna kill me': in trouble over a missed"
        " event.",
        unless=r"\b(?:pay\w*|owe|money|debt|rent|pimp|dealer|plug|leave|call the cops|tell)\b",
    ),
    _exclude(
        "partner.kill_me_i_used",
        "crisis",
        r"\b(?:wifes?|wifey|hubby|husband|old lady|missus|girl|gf)s? (?:is |s )?(?:gonna|going to)"
        r" kill me\b(?= (?:\. )?(?:cause |cuz |bc |because )?i (?:drank|used|relapsed|got drunk"
        r"|got high|smoked|was drinking)\b)",
        "'wifes gonna kill me, i drank at the poker game': in trouble over one's own use (a"
        " relapse, still told to the counselor).",
    ),
    _exclude(
        "past.told_group_the_time",
        "crisis",
        r"\b(?:told|shared|talked about|told group about|told the group about) (?:\w+ ){0,3}the"
        r" time i\b[^\n]{0,60}\bback in (?:\d{2}|\d{4}|the day)\b|\bhace (?:\w+ )?anos"
        r" (?:queria|quise|pensaba|pense en)\b[^\n]{0,50}\bya lo (?:hable|solte|supere)\b",
        "'told group about the time i wanted to kill my stepdad back in 09', 'hace años queria"
        " matar al que abuso de mi hermana, ya lo hable en el grupo': a past feeling, worked"
        " through.",
        unless=r"\b(?:again|still|tonight|otra vez|de nuevo)\b",
    ),
    # Batch 59 (Mexican and Central American Spanish): the same words, harmless.
    _exclude(
        "idiom.matar_del_coraje",
        "crisis",
        r"\bme va(?:n)? a matar (?:del?|de la) (?:coraje|corajes|susto|risa|gusto|pena|verguenza"
        r"|emocion|nervios)\b|\bno puedo respirar de (?:la )?risa\b|\b(?:muriendo|muero|muerto)"
        r" de (?:lo lleno|llenura|lo rico|lo bueno)\b|\bahogando en (?:papeleo|papeles|trabajo"
        r"|tarea|pendientes|chamba|deudas|cuentas)\b",
        "'el tri me va a matar del coraje', 'no puedo respirar de la risa', 'me estoy muriendo de"
        " lo lleno', 'me estoy ahogando en papeleo'.",
    ),
    _exclude(
        "fiction.shootout_on_screen",
        "crisis",
        r"\b(?:pelicula|peli|serie|novela|movie|show|videojuego|juego)\b[^\n]{0,30}\b(?:balazos"
        r"|balacera|tiroteo|disparos|shooting|shootout)\b",
        "'la pelicula de anoche puros balazos, bien chingona': shooting on a screen.",
    ),
    _exclude(
        "idiom.overdosed_on_food",
        "crisis",
        r"\b(?:overdos\w*|od(?:ed|d)?) on (?:\w+ ){0,2}(?:tamales|tacos|pizza|sugar|candy|carbs"
        r"|food|netflix|cake|cookies|pan dulce|chocolate|tv|anime|sweets|pozole|menudo|cheetos"
        r"|takis"
        r"|boba)\b",
        "'overdosed on tamales at my tias house, send help lol'.",
    ),
    _exclude(
        "past.almost_crashed_fine",
        "crisis",
        r"\balmost (?:crashed|wrecked|hit)\b[^\n]{0,60}\b(?:im good|im fine|im ok|all good|estoy"
        r" bien)\b",
        "'almost crashed the truck on the 5, some guy cut me off, im good tho'.",
    ),
    _exclude(
        "past.wanted_to_die_now_better_es",
        "crisis",
        r"\b(?:queria|quise|pensaba en) (?:morirme|matarme|quitarme la vida)\b(?=[^\n]{0,40}"
        r"\bahora (?:ya|estoy|tengo|me siento)\b)",
        "'cuando llegue aqui queria morirme, ahora ya tengo 6 meses y trabajo'.",
        unless=r"\b(?:otra vez|de nuevo|todavia|aun|ya no quiero vivir)\b",
    ),
    # Batch 58 (medication for addiction treatment): the same words, harmless.
    _exclude(
        "past.child_got_into_meds",
        "crisis",
        r"\bgot into (?:\w+ ){0,2}(?:meds|pills|medicine|bottle|stash)\b (?:last (?:year|month"
        r"|summer|spring|fall|winter)|years? ago|\w+ years ago)\b",
        "'my neighbors kid got into her meds last year thats why i got the lockbox'.",
    ),
    _exclude(
        "idiom.killing_myself_with_habits",
        "crisis",
        r"\bkilling (?:my ?self|me) with (?:all )?(?:the |these |those |this |that |my )?(?:energy"
        r" drinks|coffee|soda|caffeine|cigarettes|smokes|vapes?|vaping|junk food|fast food|work"
        r"|overtime|stress|sugar)\b",
        "'my sponsor says im killing myself with all the energy drinks lol'.",
    ),
    _exclude(
        "past.narcan_saved_me",
        "crisis",
        r"\bnarcan saved my life (?:once|before|last (?:year|month|summer)|in \d{4}|\w+ (?:years"
        r"|months) ago)\b|\b(?:showed|taught|teach|learned|practiced) (?:us |me )?(?:rescue"
        r" breathing|cpr|how to use narcan)\b",
        "'narcan saved my life once so i carry two now', 'narcan training... they showed us rescue"
        " breathing'.",
    ),
    _exclude(
        "past.died_of_overdose_years_ago_es",
        "crisis",
        r"\b(?:se murio|murio|fallecio) de (?:una )?sobredosis (?:en \d{4}|hace \w+(?: \w+)?)\b",
        "'mi hermano se murio de sobredosis en 2018, hoy fui al panteon con mi mama, estoy"
        " tranquilo'.",
        unless=r"\b(?:me quiero ir con el|quiero morir|irme con (?:el|ella)|no quiero vivir)\b",
    ),
    # Batch 60 (long texts): stories, screens and the past, told at length.
    _exclude(
        "past.story_told",
        "crisis",
        r"\b(?:told|tell|telling|shared) (?:a |the |his |her |my )?story (?:about|of)\b[^\n]{0,160}"
        r"|\bstory of (?:my|your) rock bottom\b[^\n]{0,300}"
        r"|\b(?:told|tell|telling) (?:\w+ ){0,2}about my (?:overdoses?|past|attempts?|rock"
        r" bottom)\b",
        "'in group today this guy told a story about how he overdosed 3 years ago', 'the story of"
        " your rock bottom... the night i overdosed in my car', 'i told her about my overdoses"
        " and how i got clean'.",
        unless=r"\b(?:again (?:tonight|today)|tonight i (?:took|used|did)|right now|rn)\b",
    ),
    _exclude(
        "past.letters_from_back_then",
        "crisis",
        r"\b(?:goodbye )?(?:letters?|notes?) (?:i wrote|from)\b[^\n]{0,80}\bback when i (?:wanted"
        r" to die|was suicidal|wanted to kill my ?self)\b",
        "'reading the letters i wrote in rehab two years ago. some of them were goodbye letters"
        " from back when i wanted to die'.",
    ),
    _exclude(
        "fiction.watching_someone_hurt",
        "crisis",
        r"\bwatching (?:\w+ ){1,3}and (?:someone|somebody|he|she|they) (?:just )?(?:got|gets)"
        r" (?:stabbed|shot|killed|murdered)\b|\b(?:novela|pelicula|serie)\b[^\n]{0,20}\b(?:el"
        r" malo|la mala|el villano)\b[^\n]{0,40}|\b(?:plays|playing) (?:call of duty|cod"
        r"|fortnite|warzone|halo|gta|apex)\b[^\n]{0,80}|\bcut (?:the )?(?:coke|cocaine|product)\b",
        "'watching grey's anatomy and someone just got stabbed', 'estoy viendo la novela y el"
        " malo acaba de matar...', 'my nephew plays call of duty and keeps yelling im gonna kill"
        " you', a scene where they cut the coke.",
    ),
    _exclude(
        "past.anniversary_or_funeral",
        "crisis",
        r"\banniversary of (?:my|his|her) (?:\w+s )?(?:overdose|death|passing|od)\b"
        r"|\bfuneral (?:for|of) (?:an? |my )?(?:old )?\w+ who (?:odd|od|ode|overdosed|died)\b"
        r"|\b(?:passed away|died) (?:\w+ )?(?:of|from) a heart attack\b"
        r"|\bwhat (?:an? )?overdose (?:means|is)\b"
        r"|\bgot jumped\b[^\n]{0,40}\blast (?:year|month|summer|winter)\b",
        "'the 5 year anniversary of my brother's overdose', 'a funeral for an old friend who"
        " ODd', 'my sponsor's wife passed away suddenly of a heart attack', 'my son asked me what"
        " overdose means', 'my cousin got jumped outside a club last year'.",
    ),
    _exclude(
        "idiom.thought_i_would_die_for_fun",
        "crisis",
        r"\b(?:thought|felt like) i was (?:gonna|going to) die\b(?=[^\n]{0,30}(?:<HUMOR>|best day"
        r"|so fun|amazing))|\b(?:almost|nearly) froze to death\b"
        r"|\bpanic attack\b[^\n]{0,60}\bheart attack\b",
        "'i went skydiving!!! i thought i was gonna die lmao. best day of my life', 'i almost froze"
        " to death' at a fire drill, 'a panic attack... thought i was having a heart attack'.",
        unless=r"\b(?:still|cant breathe|arm (?:is )?numb|not passing)\b",
    ),
    _exclude(
        "idiom.kill_me_if_i_play",
        "crisis",
        r"\b(?:theyre|they are|they|friends are|everyone is) (?:gonna|going to) kill me if i"
        r" (?:play|sing|eat|forget|show|bring|wear|talk)\b"
        r"|\b(?:murder|kill|strangle) (?:him|her|them) (?:\( )?(?:not really|jk|just kidding)\b"
        r"|\bthreatening to evict\b",
        "'they're gonna kill me if i play my music but oh well lol', 'i'm gonna murder him (not"
        " really lol)'.",
    ),
    _exclude(
        "benign.scared_to_tell_or_vet_meds",
        "crisis",
        r"\bi want to tell (?:her|him|them|my \w+) but im scared\b"
        r"|\b(?:vet|veterinarian) gave (?:her|him|my \w+)\b[^\n]{0,60}"
        r"|\bnot (?:in a bad way )?(?:not )?to hurt <ANYSELF>\b(?=[^\n]{0,20}\bjust (?:want\w*)"
        r" to (?:be high|get high|use|drink)\b)",
        "'i want to tell her but i'm scared' (of confessing a relapse), the vet's tramadol for the"
        " dog on the counter, 'not to hurt myself, just wanting to be high' (a craving).",
        unless=r"\b(?:take them all|all of them|myself|my ?self)\b(?! just)",
    ),
    _exclude(
        "past.small_accident_fine_es",
        "crisis",
        r"\bse (?:cayo|abrio|corto|quebro)\b[^\n]{0,100}\bya esta bien\b"
        r"|\b(?:picando|cortando|pelando) con (?:el|un) cuchillo\b"
        r"|\b(?:calor|frio|trafico)\b (?:me esta|me) (?:matando|mata)\b[^\n]{0,10}"
        r"\bya no aguanto\b",
        "'mi hijo se cayo en el parque y se abrio la frente... ya esta bien', 'todo el dia picando"
        " con el cuchillo', 'este calor me esta matando, ya no aguanto'.",
    ),
    # Batch 63 (grief): a loss told, years on.
    _exclude(
        "past.loss_years_on",
        "crisis",
        r"\b(?:died of|lost (?:her|his|my) \w+ to|overdose that killed \w+ \w+)\b[^\n]{0,60}"
        r"\b(?:when i was \d+|\d+ (?:yrs|years) (?:ago|out)|im \d+ now)\b"
        r"|\b(?:his|her) overdose was on the news\b|\bwhen i die\b[^\n]{0,40}\bon my headstone\b"
        r"(?=[^\n]{0,40}(?:<HUMOR>|group joke))"
        r"|\b(?:extrano|extrano tanto) (?:\w+ ){0,2}que me muero\b",
        "'my mom died of an overdose when i was 12. im 34 now', 'the speaker who lost her husband"
        " to suicide... 7 yrs out', 'his overdose was on the news again', 'la extrano tanto que me"
        " muero'.",
        unless=r"\b(?:tonight i|want to (?:join|be with)|going to do (?:it|the same))\b",
    ),
    # Batch 61 (gallows humor): the same dark words from people who are fine.
    _exclude(
        "idiom.dark_humor_harmless",
        "crisis",
        r"\b(?:looking|staring) at it\b[^\n]{0,20}\bhavent taken it\b"
        r"|\b(?:\d+|two|three) (?:years|months) ago (?:today )?i wanted to die\b[^\n]{0,40}"
        r"\bi dont anymore\b|\byeet\w* my ?self (?:into|to) (?:bed|the couch|sleep|the shower)\b"
        r"|\b(?:said|says) (?:shed|hed|theyd|she would|he would) rather (?:jump|die)\b[^\n]{0,50}"
        r"\bthan\b|\bold me (?:wouldve|would have) been dead\b|\bnot an? (?:od|overdose)\b"
        r"|\brate how much i wanted to die\b[^\n]{0,40}\bi said (?:0|zero|1|one)\b"
        r"|\bfireworks\b[^\n]{0,60}\bthought (?:someone|somebody) got shot\b"
        r"|<HUMOR> me muero\b(?= (?:\S+ ){0,3}(?:el|tu|ese|con el) meme\b)"
        r"|\bdead man walking\b(?=[^\n]{0,60}<HUMOR>)"
        r"|\bme siento muert[oa]\b(?=[^\n]{0,30}(?:<HUMOR>|nada grave))"
        r"|\bmi (?:madrina|padrino|tia|abuela|jefa|vieja|mama) me va a matar\b(?=[^\n]{0,40}"
        r"\b(?:consumi|tome|recai|use|fume)\b)",
        "'found an old pill... just looking at it lol. havent taken it', '2 years ago today i"
        " wanted to die every day. i dont anymore', 'yeeting myself into bed', 'my coworker said"
        " shed rather jump off a bridge than do inventory', 'not an od or anything', 'dead man"
        " walking at work after that bender lmao', 'mi madrina me va a matar, consumi'.",
    ),
    # Batch 62 (eating disorders): the body's words, harmless or past.
    _exclude(
        "past.fainted_or_heartburn",
        "crisis",
        r"\b(?:last (?:year|month|week)|\w+ (?:years|months) ago) i (?:passed out|fainted)\b"
        r"|\bfainted last (?:week|month|year)\b|\bfainted from laughing\b|\b(?:almost|nearly)"
        r" fainted\b(?=[^\n]{0,30}(?:\blaugh|<HUMOR>))|\bchest pain\b[^\n]{0,40}\bwas (?:heartburn"
        r"|anxiety|gas|a pulled muscle)\b|\bme duele el pecho de (?:tanto )?reir\w*\b"
        r"|\bid die for (?:some |a |an )?(?:tacos|pizza|burger|fries|food|cake|ice cream|a nap"
        r"|sleep|coffee)\b|\bskipped a beat\b",
        "'last year i passed out at work from not eating. so glad thats not my life anymore',"
        " 'the chest pain thing from last week was heartburn', 'id die for tacos rn', 'my heart"
        " skipped a beat when he texted'.",
    ),
    # Batch 64 (adolescents): school, shows and slang.
    _exclude(
        "benign.teen_world",
        "crisis",
        r"\bmake it (?:thru|through) (?:\w+ ){0,3}without (?:smoking|drinking|using|vaping|a hit"
        r"|weed)\b|\bcant breathe without (?:it|a hit|weed|my vape|my pen)\b"
        r"|\beuphoria\b[^\n]{0,60}|\b(?:in that|that) ep(?:isode)?\b"
        r"|\b(?:video|movie|assembly|class|lesson|documentary) (?:in \w+ )?about (?:a|some) (?:kid"
        r"|guy|girl|person|man|woman|teen) who (?:overdosed|died|od)\b"
        r"|\b(?:conditioning|practice|training|this workout|the workout|leg day|finals|this class"
        r"|homework|this essay) (?:is |s )?(?:gonna|going to) kill (?:us|me)\b"
        r"|\breading (?:romeo and juliet|hamlet|macbeth|othello)\b[^\n]{0,80}"
        r"|\bstory about\b[^\n]{0,60}\b(?:yrs|years) ago\b"
        r"|\bcant breathe\b(?=[^\n]{0,40}\b(?:so funny|tiktok|meme)\b)"
        r"|\bgoodbye forever (?:algebra|chem|math|geometry|spanish|class|school|homework)\b"
        r"|\bshot\b[^\n]{0,30}\b(?:paintball|nerf|airsoft|bb gun)\b"
        r"|\b(?:keeps|kept) saying unalive\b",
        "'idk if i can make it thru this weekend without smoking', 'rue almost odd in that ep',"
        " 'a video in health about a kid who overdosed', 'coach said conditioning is gonna kill"
        " us', 'goodbye forever algebra 1', 'shot in the arm w a paintball gun', 'my little brother"
        " keeps saying unalive bc of tiktok'.",
    ),
    # Two blind batches of everyday texts (replies, logistics, life updates) found these.
    _exclude(
        "benign.attendance_reason_first",
        "crisis",
        r"\b(?:sick|stomach bug|flu|fever|throwing up|car|towed|flat tire|bus|ride|lyft|uber"
        r"|work|shift|sitter|babysitter|daycare|dentist|doctor|appointment|appt|court|snow"
        r"|storm)\b[^\n]{0,80}\b(?:wont|will not|not gonna|not going to|cant|cannot|can not)"
        r" make it (?:tonight|today|to group)\b|\bmake it (?:tonight|today)\b(?= \.? ?(?:trying"
        r" to|ill (?:try|call|be)|see you|next (?:time|week)|tomorrow)\b)|\b(?:wont|will not|not"
        r" gonna|not going to|cant|cannot|can not) make it (?:tonight|today|to group)\b"
        r"(?=[^\n]{0,40}\b(?:car|bus|ride|tow|flat tire|shift|work|sick|fever|kid|daughter|son"
        r"|sitter|daycare|appointment|appt|court|doctor)\b)",
        "A reason for missing group, before or after 'I won't make it tonight' ('My car got"
        " towed, I'm not gonna make it tonight', 'not gonna make it today, car broke down'):"
        " attendance, not survival.",
        unless=r"\b(?:alive|survive|kill|die|pills|end it|goodbye|through the night)\b",
    ),
    _exclude(
        "benign.end_of_the_line_transit",
        "crisis",
        r"\bend of the line\b(?=[^\n]{0,40}\b(?:bus|train|subway|walk\w*|stop|transfer)\b)"
        r"|\b(?:bus|train|subway)\b[^\n]{0,40}\bend of the line\b",
        "The end of the line on the bus or train: the last stop.",
    ),
    _exclude(
        "benign.blood_drawn",
        "crisis",
        r"\b(?:took|drew|draw|drawn|taking) (?:so much |a lot of |some |my |\d+ (?:vials|tubes) of"
        r" )?blood\b(?=[^\n]{0,60}\b(?:lab|labs|test|tests|vampire|nurse|clinic|doctor|donat\w*"
        r"|<HUMOR>))",
        "Blood taken at the lab or donated ('they took so much blood at the lab lol').",
    ),
    _exclude(
        "benign.done_with_work",
        "crisis",
        r"\bdone (?:done )?(?:\. )?(?:like )?done with (?:work|school|class|the week|my shift)\b",
        "'I'm done done. like done with work for the week': off work.",
    ),
    _exclude(
        "benign.overdose_response_training",
        "crisis",
        r"\b(?:overdose|od) (?:response|prevention|reversal|awareness) (?:training|class|kits?"
        r"|course)\b|\b(?:narcan|naloxone) kits?\b|\b(?:entrenamiento|curso|clase|taller) (?:de"
        r"|sobre) (?:sobredosis|narcan|naloxona)\b|\baprender a usar (?:el )?(?:narcan|naloxona)\b"
        r"|\b(?:narcan|naloxone|naloxona) (?:trainings?|class(?:es)?|courses?|workshops?|talleres"
        r"|taller|clases?)\b",
        "Narcan kits, classes and overdose-response training asked about: no one overdosing.",
        unless=r"\b(?:not breathing|blue|wont wake|passed out|unresponsive|overdosing|right now)\b",
    ),
    _exclude(
        "benign.question_call_me",
        "crisis",
        r"\b(?:tengo una pregunta|i have a question|quick question|una pregunta)\b[^\n]{0,80}"
        r"\b(?:me )?(?:puedes|pueden|podrias|puede) llamar(?:me)?\b",
        "A question for the counselor and 'can you call me?': a request, not an emergency.",
        unless=r"\b(?:urgente|urgent|ayuda|help|ahorita|right now|emergencia|emergency)\b",
    ),
    _exclude(
        "benign.so_dead_tired",
        "crisis",
        r"\b(?:estoy|ando) tan muert[oa] que\b|\b(?:me voy a morir|voy a morirme) de (?:azucar"
        r"|dulce|calor|frio|sueno|aburrimiento|cansancio|risa|hambre|verguenza)\b",
        "'Estoy tan muerto que me dormí en el camión', 'me voy a morir de azúcar jaja': tired,"
        " overfed, bored.",
    ),
    _exclude(
        "benign.dying_hot_or_exercise",
        "crisis",
        r"\b(?:so |too )?hot\b[^\n]{0,20}\b(?:im|i am) dying\b"
        r"|\b(?:finished|ran|did|just did) (?:a |my |the )?(?:\d+k|5k|10k|marathon|workout"
        r"|run|hike|leg day)\b[^\n]{0,20}\b(?:im|i am) dying\b",
        "'It's so hot I'm dying', 'just finished a 5k. I'm dying but I did it': heat and exertion.",
    ),
    _exclude(
        "benign.going_to_kill_me_spoiler",
        "crisis",
        r"\b(?:gonna|going to|is gonna|s gonna) kill me\b[^\n]{0,40}\b(?:spoiled|spoiler"
        r"|ate (?:his|her|their|the) |borrowed|forgot|the ending)\b",
        "'My cousin's gonna kill me, I spoiled the ending of the show lol': family teasing.",
    ),
    _exclude(
        "benign.dentist_swelling",
        "crisis",
        r"\b(?:dentist|tooth|teeth|wisdom)\b[^\n]{0,60}\b(?:face|cheek) (?:is |are )?(?:swollen"
        r"|swelling)\b",
        "A swollen face after the dentist pulled a tooth: expected.",
        unless=r"\b(?:cant breathe|can not breathe|cannot breathe|throat|tongue)\b",
    ),
    _exclude(
        "benign.changed_number_old_crowd",
        "crisis",
        r"\bpara que no me (?:busquen|encuentren) (?:los|las|mis) (?:de antes|amigos|viej\w*)\b",
        "'Cambié mi número para que no me busquen los de antes': keeping old using friends away.",
    ),
    _exclude(
        "benign.used_a_skill_es",
        "relapse",
        r"\b(?:hoy|ayer|anoche) use (?:el|la|los|las|mi|mis|lo que|un|una|esa|ese) (?:\w+ ){0,2}"
        r"(?:ejercicio|hielo|tecnica|respiracion|app|aplicacion|plan|herramienta|consejo"
        r"|estrategia|tarjeta|diario|musica|lista)\b",
        "'Hoy usé el ejercicio de respiración', 'usé el hielo en la cara': a coping skill used"
        " ('use' is the Spanish 'usé').",
    ),
    _exclude(
        "benign.something_else_high",
        "relapse",
        r"\b(?:anxiety|blood pressure|pressure|sugar|stress|fever|hopes|rent|prices|cholesterol"
        r"|heart rate|pulse) (?:has |have |is |was |s )?(?:been )?(?:so |really |very |super )?"
        r"high\b",
        "'My anxiety has been high this week': high is the anxiety, not the texter.",
    ),
    _exclude(
        "benign.not_thinking_about_using",
        "craving",
        r"\b(?:not|never|no longer|nt|wasnt|isnt) (?:even )?(?:thinking|obsessing|dreaming)"
        r" (?:about|of|abt|bout) (?:\w+ ){0,2}(?:using|drinking|getting high|relapsing|picking up)"
        r"\b",
        "'Not thinking about using, just brain won't shut off': the urge denied.",
        unless=r"\b(?:but (?:i am|im) now|until|till now|anymore but)\b",
    ),
    _exclude(
        "benign.no_dealer_number",
        "craving",
        r"\b(?:dont|do not|no longer|never) (?:even )?(?:have|got|keep|kept) my (?:old )?(?:dealer"
        r"|plug|connect)s? (?:number|phone|contact)\b|\b(?:deleted|blocked|got rid of) my (?:old )?"
        r"(?:dealer|plug|connect)s? (?:number|contact)\b(?=[^\n]{0,40}\b(?:months|years|weeks|last"
        r" (?:summer|year|month|spring|fall|winter)|ago)\b)",
        "'Don't even have my old dealer's number anymore': a door closed long ago.",
    ),
    _exclude(
        "benign.got_me_down",
        "crisis",
        r"\b(?:weather|rain|winter|snow|cold|gray|grey|it|this|that|work|everything|news|money"
        r"|rent|bills|the holidays|life) (?:has|have|had|got|s got|s|gets|is getting|keeps)"
        r" (?:me|us) down\b",
        "'The weather has me down', 'this rain got me down': low spirits, not a body held down.",
        unless=r"\b(?:floor|ground|bed|wall|throat|neck|chok\w*|cant (?:breathe|move|get up))\b",
    ),
    # A third everyday batch (other lives: night shifts, shelters, probation, clinics; half
    # Spanish), scored held out first.
    _exclude(
        "benign.not_dead_just",
        "crisis",
        r"\b(?:im|i am) not (?:dying|dead)\b(?=[^\n]{0,30}(?:\b(?:i promise|just|tired|stuck|im"
        r" (?:fine|ok|good))\b|<HUMOR>))",
        "'I'm not dying I promise, just haven't slept', 'I'm not dead, just stuck lol'.",
    ),
    _exclude(
        "benign.dying_out_here_but_good",
        "crisis",
        r"\b(?:im|i am) dying (?:out here|in this heat|at work|today)\b(?=[^\n]{0,30}\bbut (?:im"
        r"|i am) (?:good|ok|okay|fine|alright)\b)",
        "'98 degrees, I'm dying out here but I'm good': the heat, with the all-clear beside it.",
    ),
    _exclude(
        "benign.rent_or_they_kill_me_es",
        "crisis",
        r"\bsi no (?:pago|llego|termino|entrego)\b[^\n]{0,40}\bme (?:matan|mata|van a matar)\b"
        r"(?=[^\n]{0,20}<HUMOR>)",
        "'Si no pago la renta el viernes me matan jaja. ya la tengo': a deadline joked about.",
    ),
    _exclude(
        "benign.me_tiene_dead",
        "crisis",
        r"\bme tiene(?:n)? (?:dead|muert[oa])\b",
        "'Este dolor de back me tiene dead hoy': worn out (Spanglish).",
        unless=r"\b(?:quiero|matar|morir|pastillas|ya no quiero)\b",
    ),
    _exclude(
        "benign.power_cut_es",
        "crisis",
        r"\bse me (?:corto|cortaron|fue) (?:la luz|el agua|el gas|la llamada|el internet|la senal"
        r"|el servicio|el cable)\b",
        "'Se me cortó la luz': the power went out, not a cut.",
    ),
    _exclude(
        "benign.kitchen_cut_es",
        "crisis",
        r"\b(?:se corto|me corte)\b[^\n]{0,40}\b(?:haciendo la cena|cocinando|picando|pelando"
        r"|curita)\b(?:[^\n]{0,20}\bcon (?:el|un) cuchillo\b)?",
        "'Mi esposo se cortó con el cuchillo haciendo la cena jaja, una curita y listo', 'me corté"
        " el dedo cocinando con el cuchillo': a kitchen accident.",
    ),
    _exclude(
        "benign.done_with_probation",
        "crisis",
        r"\b(?:probation|parole|treatment|the program|school|class|semester|community service"
        r"|last day)\b[^\n]{0,30}\bdone done\b",
        "'Finished my last day of probation!!! Done done done': a celebration.",
    ),
    _exclude(
        "benign.learn_to_use_narcan",
        "craving",
        r"\b(?:aprender a|como|how to|learn to) (?:usar|use) (?:el |la |the )?(?:narcan|naloxona"
        r"|naloxone)\b",
        "'Quiero aprender a usar el narcan': the rescue drug, not the wish to use.",
    ),
    # A fourth everyday batch (young adults and older adults), scored held out first.
    _exclude(
        "benign.help_with_a_form",
        "crisis",
        r"\bhelp me (?:before|after) (?:group|class|the session|session|work|my shift)\b"
        r"|\bhow to (?:fill out|fill in|sign up|apply|do)\b[^\n]{0,50}\bhelp me\b",
        "'Idk how to fill out the sliding scale form, can someone help me before group'.",
        unless=r"\b(?:right now|now|please please|scared|hurt|die|kill|pills|safe)\b",
    ),
    _exclude(
        "benign.cant_talk_right_now",
        "crisis",
        r"\bcant (?:talk|text) right now\b(?=[^\n]{0,30}\b(?:in class|at work|in a meeting|driving"
        r"|busy|but|ill (?:call|text))\b)",
        "'Can't talk rn in class, but yes confirmed': busy, not slurred speech.",
    ),
    _exclude(
        "benign.overdosed_on_a_treat",
        "crisis",
        r"\boverdosed on (?:pumpkin spice|sugar|candy|netflix|tv|chocolate|cookies|carbs|cuteness"
        r"|memes|tiktok|reality tv|christmas music|hallmark movies|pizza)\b",
        "'I overdosed on pumpkin spice today': a treat, not a drug.",
    ),
    _exclude(
        "benign.almost_fainted_at_a_sight",
        "crisis",
        r"\b(?:almost|nearly) (?:passed out|fainted)\b(?=[^\n]{0,60}\b(?:not built for|lol|lmao"
        r"|gross|im fine|im ok|all good)\b)|\b(?:dissect\w*|needle|shot|blood draw)\b[^\n]{0,40}"
        r"\b(?:almost|nearly) (?:passed out|fainted)\b",
        "'Had us dissect a frog and I almost passed out. not built for the medical field'.",
        unless=r"\b(?:cant breathe|chest|hit my head|still dizzy|seizure)\b",
    ),
    _exclude(
        "benign.cut_myself_a_slice",
        "crisis",
        r"\bcut (?:myself|me) (?:a |another |some |an extra )?(?:slice|piece|sliver|slack|break)\b",
        "'Cut myself a slice of my wife's lemon cake', 'cut myself some slack'.",
    ),
    _exclude(
        "benign.knife_sharpening",
        "crisis",
        r"\bknife[ -]?sharpen\w*|\bsharpen(?:s|ed|ing)? (?:my |the )?kitchen"
        r" knives\b",
        "'A knife-sharpening man is coming Tuesday': a service call.",
    ),
    _exclude(
        "benign.trainer_tried_to_kill_me",
        "crisis",
        r"\b(?:trainer|coach|workout|leg day|gym|spin class|yoga|pilates|crossfit|bootcamp)\b"
        r"[^\n]{0,30}\b(?:tried to kill me|killed me|is killing me|trying to kill me)\b"
        r"(?=[^\n]{0,40}(?:<HUMOR>|\b(?:sore|barely walk|cant walk|legs|stairs)\b))",
        "'The gym trainer tried to kill me today, can barely walk up stairs lol'.",
    ),
    _exclude(
        "benign.water_gun_es",
        "crisis",
        r"\b(?:me|nos|le|les|te) (?:disparo|disparan|dispararon) con (?:la |una |su )?pistola de"
        r" agua\b",
        "'Mi primo me disparó con la pistola de agua': a water gun.",
    ),
    _exclude(
        "benign.no_me_rindo",
        "crisis",
        r"\bno me rindo\b",
        "'No me rindo': I don't give up.",
        unless=r"\b(?:ya no puedo|quiero morir|me quiero morir|matarme|quitarme la vida)\b",
    ),
    _exclude(
        "benign.doctor_says_too_many_pills_es",
        "crisis",
        r"\b(?:el doctor|la doctora|el medico|la medica|mi doctor|mi doctora) (?:dice|dijo) que"
        r" (?:tomo|estoy tomando) (?:muchas|demasiadas) (?:pastillas|medicinas)\b",
        "'El doctor dice que tomo muchas pastillas, me va a quitar dos': a prescription review.",
    ),
    _exclude(
        "benign.drank_soft_drinks",
        "relapse",
        r"\b(?:drank|drinking|stuck to|only drank|only had) (?:\w+ ){0,2}(?:sprite|water|soda|pop"
        r"|juice|coffee|tea|seltzer|mocktails?|na beers?|non ?alcoholic \w+|ginger ale|lemonade"
        r"|red bull|la croix|club soda|shirley temples?)\b",
        "'Went to a party and just drank Sprite all night, kinda proud of myself'.",
    ),
    # A fifth everyday batch: long, rambling updates (120-500 characters), scored held out.
    _exclude(
        "benign.kicked_under_the_table",
        "crisis",
        r"\bkick(?:ed|ing|s)? me under (?:it|the table)\b",
        "'My mom kept kicking me under the table': a hint at dinner.",
    ),
    _exclude(
        "benign.cant_leave_sick_house",
        "crisis",
        r"\b(?:zoom|sick|flu|fever|baby|snow|no ride"
        r"|no car)\b[^\n]{0,80}\bcant leave the house\b"
        r"|\bcant leave the house\b[^\n]{0,40}\b(?:zoom|sick|flu|fever|baby|snow)\b",
        "'I'll be on zoom for group since I can't leave the house' with sick kids.",
        unless=r"\b(?:wont let me|locked|hit|hits|hurt|scared of him|scared of her)\b",
    ),
    _exclude(
        "benign.just_a_scrape_es",
        "crisis",
        r"\bsangre por todos lados\b(?=[^\n]{0,40}\b(?:nomas|solo"
        r"|nada mas|no mas) (?:fue )?un (?:raspon|rasguno|chichon)\b)",
        "'Había sangre por todos lados… pero nomás fue un raspón'.",
    ),
    _exclude(
        "benign.snoring_so_loud",
        "crisis",
        r"\bsnoring (?:so )?loud\b(?=[^\n]{0,40}\b(?:im texting|i cant sleep|cant sleep"
        r"|from the bathroom|keeps me up|lol)\b)",
        "'My boyfriend is snoring so loud I'm texting from the bathroom lol'.",
        unless=r"\b(?:wont wake|cant wake|blue|not breathing|gurgl\w*|pills|took)\b",
    ),
    _exclude(
        "benign.pain_que_me_muero_es",
        "crisis",
        r"\b(?:me duele|me duelen|duele) (?:la|el|mi|los|las|mis) \w+ (?:que me muero|a morir)\b",
        "'Me duele la espalda que me muero', 'me duele la cabeza a morir': pain said big.",
    ),
    _exclude(
        "benign.gonna_buy_a_plant",
        "craving",
        r"\bgonna (?:buy|order|get) (?:a plant|chinese|pizza|food|groceries|dinner|takeout|tacos"
        r"|wings|a couch|a plan)\b",
        "'Gonna buy a plant', 'gonna order chinese': shopping, not copping.",
    ),
    _exclude(
        "benign.try_again_this_week",
        "crisis",
        r"\bgonna try again (?:this|next) (?:week|time|month)\b",
        "'Made a list… gonna try again this week': a coping skill.",
        unless=r"\b(?:kill|die|pills|end it|rope|jump|overdose)\b",
    ),
    _exclude(
        "benign.shoot_me_with_a_toy",
        "crisis",
        r"\bshoot (?:me|us|him|her) with (?:the |an |a )?(?:air gun|air hose|nerf\w*|water gun"
        r"|staple gun|paintball\w*|rubber bands?)\b",
        "'Said he was gonna shoot me with the air gun if I didn't hurry lol'.",
    ),
    _exclude(
        "benign.so_nobody_sees_my_cold",
        "crisis",
        r"\bso nobody sees my (?:red nose|messy \w+|pajamas|room|mess)\b",
        "'I'll keep my camera off so nobody sees my red nose'.",
    ),
    _exclude(
        "benign.pet_ate_something",
        "crisis",
        r"\b(?:dog|cat|puppy|kitten|pup|perro|gato|perrito) (?:ate|got into|swallowed|se comio)\b"
        r"(?=[^\n]{0,120}\b(?:fine now|hes fine|shes fine|hes ok|shes ok|vet said|ya esta bien)\b)",
        "'My dog ate a whole bag of chocolate chips… he's fine now': a pet seen to by the vet.",
        unless=r"\b(?:gummy|gummies|edible|pills?|weed|thc|fent\w*|dope|drugs?|meds|my stash)\b",
    ),
    _exclude(
        "benign.numb_from_the_dentist",
        "crisis",
        r"\b(?:dentist|novocaine|root canal|tooth|filling|dentista|muela)\b[^\n]{0,80}\b(?:face"
        r"|mouth|lip|jaw|cara|boca) (?:is |was |esta )?(?:numb|dormida)\b|\b(?:face|mouth|lip"
        r"|jaw) (?:is |was )?numb\b[^\n]{0,60}\b(?:dentist|novocaine|root canal|tooth)\b",
        "'They pulled a tooth so my whole face is numb': the anaesthetic, not a stroke.",
    ),
    _exclude(
        "benign.shootout_on_tv_es",
        "crisis",
        r"\b(?:serie|pelicula|movie|show|netflix|videojuego|juego"
        r"|novela)\b[^\n]{0,40}\bbalaceras?\b",
        "'Una serie de narcos que tiene una balacera cada cinco minutos'.",
    ),
    _exclude(
        "benign.wanted_to_die_right_there",
        "crisis",
        r"\b(?:i )?(?:wanted|want) to die right (?:there|then)\b|\b(?:me )?queria morir (?:ahi"
        r"|alli) mismo\b",
        "'My 4 year old told the whole line… and I wanted to die right there': embarrassment.",
        unless=r"\b(?:still|tonight|again|every day|anymore|todavia|otra vez)\b",
    ),
    _exclude(
        "benign.thought_everyone_was_dead",
        "crisis",
        r"\bthought (?:everyone|everybody) was dead\b(?=[^\n]{0,40}<HUMOR>)",
        "'Came out to an empty building, I thought everyone was dead lol': a fire drill.",
    ),
    _exclude(
        "benign.knocked_on_the_door_es",
        "crisis",
        r"\b(?:vecino|vecina|alguien|la policia|el cartero) toco (?:la puerta|el timbre"
        r"|a la puerta)\b",
        "'El vecino tocó la puerta': knocked, not touched.",
    ),
    _exclude(
        "benign.about_to_pass_out_laughing",
        "crisis",
        r"\b(?:he|she|they) (?:sounded|looked) (?:like )?(?:he|she|they) (?:was"
        r"|were) about to pass out\b",
        "'He sounded like he was about to pass out' (twins on the way).",
    ),
    _exclude(
        "benign.almost_jumped_out_of_the_chair",
        "crisis",
        r"\balmost jumped out of (?:the|my) (?:chair|seat|skin)\b",
        "'The novocaine didn't work and I almost jumped out of the chair'.",
    ),
    _exclude(
        "benign.almost_fainted_surprise",
        "crisis",
        r"\b(?:without being asked|on (?:her|his|their) own"
        r"|for once)\b[^\n]{0,20}\bi almost (?:fainted|passed out|died)\b",
        "'My daughter did the dishes without being asked, I almost fainted'.",
    ),
    _exclude(
        "benign.er_and_fine",
        "crisis",
        r"\b(?:urgencias|emergency room|the er)\b[^\n]{0,80}\b(?:nada mas|nomas|solo (?:era|fue)"
        r"|just an? \w+ infection|ya esta mejor|shes fine now|hes fine now|shes ok now"
        r"|hes ok now)\b",
        "'La llevamos a urgencias… era una infección de oído nada más. ya está mejor'.",
        unless=r"\b(?:i took|me tome|pills|pastillas|overdos\w*|suicid\w*)\b",
    ),
    _exclude(
        "benign.dying_at_the_scene",
        "crisis",
        r"\bi was dying at (?:the|that|this) (?:part|scene|end|episode|joke|video)\b",
        "'I was dying at the part with the pizza on the roof': laughing.",
    ),
    _exclude(
        "benign.smothered_to_death_joke",
        "crisis",
        r"\bsmothered to death\b(?=[^\n]{0,10}<HUMOR>)",
        "'She calls 10 times a day, I'm being smothered to death lol'.",
    ),
    _exclude(
        "benign.stuffy_nose",
        "crisis",
        r"\bcant breathe (?:through|out of) (?:her|his|my|their|the) nose\b",
        "'She has a cold and can't breathe through her nose'.",
    ),
    _exclude(
        "benign.what_overdose_means",
        "crisis",
        r"\bwhat (?::quote: )?(?:overdose|od) (?::quote: )?(?:meant|means|is)\b"
        r"|\bcan you overdose on candy\b",
        "'My kid asked what overdose meant': a word explained.",
    ),
    _exclude(
        "benign.ate_all_the_food",
        "crisis",
        r"\bate all the (?:mac and cheese|mac|food|pizza|cake|cookies|leftovers|candy|chips"
        r"|turkey|ham|pie|tamales|snacks)\b",
        "'Ate all the mac and cheese before anyone got any'.",
    ),
    _exclude(
        "benign.done_fighting_about_it",
        "crisis",
        r"\b(?:we are|were|we re) done fighting\b|\bdone fighting (?:about it|about that"
        r"|with (?:him|her|each other))\b",
        "'My brother and I finally talked… we are done fighting about it'.",
    ),
    _exclude(
        "benign.wanted_to_kill_but_coped",
        "crisis",
        r"\bi (?:swear )?wanted to kill (?:him|her|them)\b(?=[^\n]{0,40}\bbut (?:i )?(?:called"
        r"|talked|took a breath|walked away|went to a meeting|texted))",
        "'I swear I wanted to kill him but I called my sponsor first like we practiced'.",
    ),
    _exclude(
        "benign.race_thought_id_die_es",
        "crisis",
        r"\bpense que me iba a morir\b(?=[^\n]{0,40}(?:<HUMOR>|\bpero (?:la |lo )?termine\b))",
        "'Pensé que me iba a morir en el kilómetro 3 jaja pero la terminé'.",
    ),
    # A sixth everyday batch: answers to the daily check-in, many of them low but safe.
    _exclude(
        "benign.snow_day",
        "any",
        r"\bsnow (?:day|days|storm|plow|shovel\w*|boots|tires|chains|angels?)\b",
        "'The kids had a snow day so chaos lol': weather, not cocaine.",
    ),
    # Found by reading false flags in everyday texts, after the six batches.
    _exclude(
        "benign.picked_up_someone_or_something",
        "relapse",
        r"\bpicked up (?:my |the |our |his |her |their |some |a |an |extra |more |a few "
        r"|an extra )?(?:\w+ )?(?:kids?|children|son|daughter|grandkids?|grandson|granddaughter"
        r"|baby|mom|dad|mother|father|wife|husband|girlfriend|boyfriend|friend|sister|brother|nephew|niece"
        r"|cousin|groceries|food|dinner|lunch|breakfast|pizza|takeout|order|package|mail|car|truck"
        r"|keys|laundry|dry cleaning|paycheck|check|shifts?|hours|overtime|phone|call|books?"
        r"|dog|cat|puppy|hobby|guitar|running|yoga|prescription|meds|medication|refill|coffee"
        r"|tacos|burgers?|chicken|supplies|paint|parts)\b",
        "'Went to the store then picked up my kids', 'then picked up groceries': collecting "
        "someone or something; 'picked up' alone or 'again' is still read as use.",
    ),
    _exclude(
        "benign.and_i_across_words",
        "crisis",
        r"\b\w*w and i ?e\w*",
        "'Went to the VFW and I enjoyed it': run together it reads 'vfWANDIEnjoyed', 'wan die'. "
        "Only the words across which that reading falls are blanked.",
    ),
    # A seventh everyday batch: the holiday season (Thanksgiving to Reyes).
    _exclude(
        "idiom.die_on_this_hill",
        "crisis",
        r"\b(?:i will |ill |i would |id |im gonna |im going to |gonna |will )?die on (?:this|that)"
        r" hill\b",
        "'Mac and cheese is the most important side and I will die on this hill': an opinion.",
    ),
    _exclude(
        "idiom.game_gave_me_a_heart_attack",
        "crisis",
        r"\b(?:the|that|this|el|ese|este|la|esa|esta) (?:game|match|ending|finale|episode|movie"
        r"|show|score|bill|price|play|overtime|final|partido|juego|gol|final|pelicula|serie"
        r"|cuenta|precio) (?:\w+ )?(?:gave|almost gave|nearly gave|is giving|is gonna give|me dio"
        r"|casi me dio|me da|me va a dar|me dieron) (?:me )?(?:a |un )?(?:heart attack|infarto"
        r"|ataque)\b",
        "'El partido me dio un infarto, ganaron en el último minuto', 'the game gave me a heart "
        "attack': a close finish, not chest pain.",
    ),
    _exclude(
        "benign.spiked_holiday_drink",
        "crisis",
        r"\bspiked (?:the )?(?:punch|eggnog|egg nog|nog|cider|ponche|coquito|cocoa|hot chocolate"
        r"|lemonade|sangria|coffee)(?: bowl)?\b|\b(?:punch|eggnog|egg nog|nog|cider|ponche|coquito"
        r"|cocoa|hot chocolate|lemonade)(?: bowl)? (?:\w+ ){0,3}(?:was|is|were|are|got|gets"
        r"|always is) (?:\w+ )?spiked\b",
        "'My uncle spiked the punch bowl like always, I stuck with coffee': holiday alcohol, not "
        "someone drugged ('someone spiked my drink' still pages).",
    ),
    _exclude(
        "idiom.se_me_pego",
        "crisis",
        r"\bse (?:me|te|le|nos|les) peg(?:o|aron|a|an|aba|aban)\b",
        "'Se me pegaron todos en la olla', 'se me pegó la canción': stuck to the pot, a song "
        "stuck in the head; nobody hit anyone ('me pegaron' still pages).",
    ),
    _exclude(
        "benign.others_drank",
        "relapse",
        r"\b(?:everyone|everybody|they|the adults|the grown ups|the whole family|my family|all of"
        r" them|the rest of them|people|my (?:\w+ )?(?:uncle|uncles|aunt|aunts|tia|tio|dad|mom"
        r"|cousins?|brothers?|sisters?|in laws|inlaws|coworkers|friends|family|parents|husband"
        r"|wife)) (?:else )?(?:all )?(?:drank|were drinking|was drinking|had (?:\w+ )?(?:wine|beer"
        r"|beers|drinks|cocktails|champagne|mimosas|eggnog|margaritas|shots|sangria|coquito|whiskey"
        r"|bourbon|tequila|vodka|rum|a drink|a few|a glass|glasses))\b",
        "'Everyone had wine at dinner, I had sparkling cider': others drinking, not the texter.",
        unless=r"\b(?:so did i|me too|i did too|i joined (?:them|in)|i had (?:one|some|a glass"
        r"|a sip|a drink|a beer|a little|a few|wine|beer)|i drank)\b",
    ),
    _exclude(
        "benign.food_bar",
        "relapse",
        r"\b(?:cocoa|hot chocolate|chocolate|coffee|taco|salad|nacho|candy|dessert|sundae|cereal"
        r"|waffle|mocktail|juice|smoothie|oatmeal|pancake|cookie|popcorn|snack) bar\b",
        "'My mom did a hot cocoa bar instead bc of me': a table of food, not a bar.",
    ),
    _exclude(
        "benign.drank_cokes",
        "relapse",
        r"\b(?:drank|drink|drinking|sipped|sipping|a can of|cans of|a bottle of|bottles of|a glass"
        r" of|diet) (?:like |about |a |an |some |two |three |four |\d+ |of )*(?:diet )?cokes?\b",
        "'Drank like 3 cokes and left': nobody drinks cocaine; 'did some coke' still reads as use.",
    ),
    _exclude(
        "benign.hammered_by_weather_or_work",
        "relapse",
        r"\b(?:got|get|getting|gets|were|was) (?:hammered|slammed|dumped on|buried|smashed|blasted"
        r"|pounded) (?:with|by) (?:snow|rain|ice|sleet|hail|wind|a storm|the storm|storms|work"
        r"|calls|orders|customers|emails|homework|bills|questions|tables|deliveries)\b",
        "'Got hammered with snow last night, schools are closed': weather and work.",
    ),
    _exclude(
        "benign.team_got_smashed",
        "relapse",
        r"\b(?:we|they|us|our team|the team|my team) (?:got|were|was) (?:smashed|hammered|destroyed"
        r"|crushed|blown out|wrecked)\b(?=[^\n]{0,60}\b(?:game|match|football|bowl|tournament"
        r"|playoffs?|league|scrimmage)\b)",
        "'We got smashed in the turkey bowl flag football game 42-7': a lost game.",
    ),
    _exclude(
        "benign.prendido_con_es",
        "relapse",
        r"\b(?:ando|estoy|andamos|estamos|esta|anda|andan|estan) (?:bien |muy |super |re )?"
        r"prendid[oa]s? con (?:la |el |los |las |mi |mis |esta |este )?(?:navidad|posada|posadas"
        r"|fiesta|fiestas|decorado|decoracion|arbol|luces|partido|juego|musica|cancion|serie"
        r"|novela|trabajo|proyecto|ejercicio|gym|gimnasio|baile|regalos|compras)\b",
        "'Ando bien prendida con la navidad': excited about Christmas, not high.",
    ),
    _exclude(
        "benign.the_kids_drink_es",
        "relapse",
        r"\bme tome (?:el|la|uno|una) (?:de|del|para) (?:los |las )?(?:ninos|ninas|nenes"
        r"|chamacos|chiquitos|kids|peques|morros)\b",
        "'El ponche de los adultos tenía piquete, yo me tomé el de los niños': the kids' punch.",
    ),
    _exclude(
        "idiom.relapsed_on_a_diet",
        "relapse",
        r"\brelapsed on (?:my )?(?:diet|keto|paleo|vegan\w*|resolution|resolutions|gym|workout"
        r"|budget|sugar|carbs|candy|sweets|cookies|junk food|fast food|online shopping|shopping"
        r"|netflix|tiktok|social media)\b",
        "'Totally relapsed on my diet, ate 3 plates of everything lol'.",
    ),
    _exclude(
        "idiom.se_me_fue_la_mano_cooking_es",
        "relapse",
        r"\bse me fue la mano con (?:la |el |los |las )?(?:sal|azucar|chile|picante|ajo|pimienta"
        r"|limon|canela|comida|compras|regalos|tarjeta|decorado|decoracion|luces|cebolla|salsa"
        r"|masa|tamales|pozole)\b",
        "'Se me fue la mano con la sal en el pozole': too much salt, nothing else.",
    ),
    _exclude(
        "benign.liquor_store_no_pull",
        "craving",
        r"\bliquor store gift ?cards?\b|\b(?:(?:went|go|going) (?:with \w+ (?:\w+ )?)?to |stopped"
        r" at |was at )?(?:the )?liquor store\b(?=[^\n]{0,100}\b(?:no big deal|didnt bother me"
        r"|didnt even bother me|did not bother me|was fine|it was ok|waited in the car|stayed in"
        r" the car)\b)|\b(?:(?:pase|pasamos|fui|fuimos|entre|entramos) (?:por|a) )?(?:la )?"
        r"licoreria\b(?=[^\n]{0,100}\b(?:ni me dio nada|no me dio nada|ni me afecto|no me afecto"
        r"|ni se me antojo|no se me antojo|me quede en el carro)\b)",
        "'Went with my mom to the liquor store, I waited in the car and it was no big deal', a "
        "liquor-store gift card given away: the place named with no pull from it.",
    ),
    # An eighth everyday batch: work and hobbies with rough words (EMS, ER, butchers,
    # hunters, mechanics, kitchens, roofs, gyms).
    _exclude(
        "work.overdose_call",
        "crisis",
        (
            r"\b(?:" + _WORK_CALL + r"|(?:er|ed|icu|ems|ambulance|dispatch|medic) shift)\b"
            r"(?:" + _NOT_ME + r"[^.\n]){0,120}"
        ),
        "'Took an overdose call around 2am, talked her thru rescue breathing', 'ER shift recap: "
        "two overdoses both got narcan', 'en emergencias hoy llegó una sobredosis': a call or a "
        "shift told, up to where the texter speaks of themself ('ER shift was brutal, I want to "
        "die' still pages, as does 'estoy en urgencias porque me tomé las pastillas').",
        unless=_SELF_AS_PATIENT + "|" + _OWN_PEOPLE,
    ),
    _exclude(
        "work.naloxone_reversal",
        "crisis",
        (
            r"\b(?:" + _WORK_CALL + r"|on my (?:route|shift|rig|ambulance)|soy (?:enfermer[oa]"
            r"|paramedico|medic[oa]|bombero)|(?:im an?|i am an?) (?:er |icu |ed )?(?:nurse|emt"
            r"|paramedic|medic|firefighter|dispatcher))\b[^\n]{0,200}?\b(?:narcan|naloxone"
            r"|naloxona)\b(?=[^\n]{0,100}\b(?:made it|lived|everybody lived|was up|started"
            r" breathing|ems (?:came|got there|took over|arrived)|desperto|se salvo|revivio|vivio"
            r"|good outcome|walked out)\b)"
        ),
        "'Had an overdose call at the gas station on my route... gave the narcan, he started "
        "breathing, EMS took over', 'soy enfermera en emergencias... le pusimos narcan y "
        "despertó': an overdose met at work and reversed; a family member's still pages.",
        unless=_SELF_AS_PATIENT + "|" + _OWN_PEOPLE,
    ),
    _exclude(
        "work.dispatcher_coached",
        "crisis",
        r"\b(?:talked|walked|coached) (?:her|him|them|the \w+|a \w+) (?:thru|through) (?:rescue"
        r" breathing|cpr|compressions|chest compressions)\b",
        "'I talked her thru rescue breathing till EMS got there': a 911 dispatcher's call.",
        unless=_OWN_PEOPLE,
    ),
    _exclude(
        "work.cpr_class",
        "crisis",
        r"\b(?:cpr|bls|acls|first aid|primeros auxilios|rcp) (?:class|classes|recert\w*"
        r"|certification|cert|training|course|renewal|card|clase|curso)\b|\b(?:recert\w*|class"
        r"|training|course|certified|clase|curso) (?:in |for |de )?(?:cpr|bls|acls|rcp)\b",
        "'CPR recert done, we practiced on the dummies': a class.",
    ),
    _exclude(
        "work.butchering_blood",
        "crisis",
        r"\b(?:butcher\w*|carniceria|carnicero|meat cutter|hogs?|deer|steaks?|beef|reses|res"
        r"|destazar|venison|gutted|gutting|fileting|processing (?:a |the )?(?:deer"
        r"|hog))\b[^\n]{0,100}?"
        r"\b(?:so much |lots of |a lot of )?(?:blood|sangre)\b(?: everywhere| por todos lados"
        r"| all over(?: the \w+)?)?",
        "'Butcher shop day: ground 50 lbs of beef, blood everywhere, loved every minute'.",
        unless=r"\b(?:cut my|cut myself|my (?:hand|finger|arm|leg|thumb)|me corte|mi (?:mano|dedo"
        r"|brazo)|cant stop|wont stop|no para|no se para)\b",
    ),
    _exclude(
        "work.boss_cut_hours_es",
        "crisis",
        r"\b(?:(?:el|la|mi) (?:jefe|jefa|supervisora?|manager|patrona?|mayordomo|encargad[oa]) me"
        r" (?:corto|cortaron)|me (?:corto|cortaron) (?:el|la|mi) (?:jefe|jefa|supervisora?|manager"
        r"|patrona?|mayordomo|encargad[oa])|me (?:corto|cortaron|cortan|van a cortar) (?:las "
        r"|mis )?"
        r"horas)\b",
        "'El jefe me cortó las horas', 'me cortó el jefe temprano': hours cut, not skin.",
    ),
    _exclude(
        "work.on_the_roof_working",
        "crisis",
        r"\b(?:hanging|putting up|taking down|installing|fixing|cleaning|shoveling|clearing"
        r"|patching|shingling|roofing|colgando|poniendo|arreglando) (?:\w+ ){0,4}(?:up )?(?:high )?"
        r"on the roof\b|\bon the roof (?:\w+ ){0,3}(?:hanging|putting up|fixing|installing"
        r"|shingles|gutters|lights|antenna|repairs?)\b",
        "'Hanging Christmas lights up high on the roof, wife held the ladder': a job up there.",
    ),
    _exclude(
        "hobby.hunting_gun",
        "crisis",
        r"\b(?:duck|deer|turkey|goose|elk|dove|pheasant|bird"
        r"|hunting) season\b[^\n]{0,80}?\b(?:my |the )?"
        r"(?:shotgun|rifle|gun)\b|\b(?:cleaning|clean|oiling|sighting in|sight in) (?:my |the )?"
        r"(?:shotgun|rifle|gun|pistol)\b(?=[^\n]{0,100}\b(?:(?:duck|deer|turkey|goose|elk|dove)s?"
        r"|hunt\w*|range|trap|skeet|opener|season opens)\b)",
        "'Duck season opens Saturday, cleaning my shotgun tonight': hunting.",
        unless=r"\b(?:dont want to be here|end it|kill myself|no reason|goodbye|im done|not worth"
        r"|want to die|suicid\w*|last time|for me)\b",
    ),
    _exclude(
        "work.tool_pistola_es",
        "crisis",
        r"\bpistola (?:de|para) (?:pintura|pintar|calor|silicon|silicona|clavos|grapas|agua|aire"
        r"|pegamento|soldar|impacto)\b",
        "'Pinté la casa con la pistola de pintura': a paint sprayer, a nail gun.",
    ),
    _exclude(
        "work.mechanic_knuckles",
        "crisis",
        r"\bknuckles? (?:are )?(?:bleeding|bloody|busted|torn up"
        r"|scraped)\b(?=[^\n]{0,60}\b(?:scrap\w*"
        r"|transmission|engine|wrench\w*|mechanic|work|working|job|shop|car|truck|concrete"
        r"|drywall|bricks?)\b)|\b(?:scraped|busted|tore up) (?:my )?knuckles?\b",
        "'Knuckles bleeding from scraping them in a transmission, normal mechanic stuff'.",
    ),
    _exclude(
        "hobby.workout_killed_me_es",
        "crisis",
        r"\b(?:el|la|este|esta) (?:entrenamiento|entreno|ejercicio|rutina|clase|gym|gimnasio"
        r"|leg day|spinning|crossfit|carrera|chamba|jornada) (?:de (?:hoy|ayer|anoche) )?me (?:mato"
        r"|esta matando|va a matar|destrozo|partio)\b(?:[^\n]{0,30}?\bno siento (?:las |mis )?"
        r"(?:piernas|brazos|pompis|nalgas|gluteos)\b)?|\b(?:entrenamiento|entreno|ejercicio|rutina|gym"
        r"|gimnasio|sentadillas|squats|leg day|spinning|crossfit|maraton)\b[^\n]{0,60}?\bno siento"
        r" (?:las |mis )?(?:piernas|brazos|pompis|nalgas|gluteos)\b",
        "'El entrenamiento de hoy me mató jaja no siento las piernas'.",
    ),
    _exclude(
        "topic.naloxone_training_es",
        "crisis",
        r"\b(?:me |nos )?(?:entrenaron|ensenaron|capacitaron|dieron (?:la )?(?:clase|capacitacion"
        r"|entrenamiento)) (?:\w+ ){0,3}(?:narcan|naloxona)\b",
        "'En el trabajo me entrenaron pa usar narcan, ahora lo cargo en la mochila'.",
    ),
    _exclude(
        "work.kitchen_knife_es",
        "crisis",
        r"\bcon el cuchillo\b(?=[^\n]{0,40}\b(?:picando|cortando|pelando|rebanando|fileteando"
        r"|cebolla|tomate|pico de gallo|carne|verduras|pollo|cocina)\b)|\b(?:picando|cortando"
        r"|pelando|rebanando|fileteando)\b[^\n]{0,40}\bcon el cuchillo\b",
        "'Mi jefe dice que soy una bala con el cuchillo, picando pico de gallo pa 300'.",
    ),
    _exclude(
        "benign.tomando_clases_es",
        "relapse",
        r"\bestoy tomando (?:clases?|un curso|cursos|un taller|talleres|notas|fotos|agua|apuntes"
        r"|turnos|medidas|vitaminas|el camion|el bus|el metro|el tren|terapia|decisiones"
        r"|un descanso)\b",
        "'Estoy tomando clases de inglés en la noche': classes, not a drink.",
    ),
    _exclude(
        "hobby.took_a_shot_to_the_body",
        "relapse",
        r"\btook (?:a|some|two|three|\d+) (?:hard |clean |good |big )?shots? (?:to|in|on) (?:the"
        r"|my)"
        r" (?:ribs?|face|head|chin|jaw|body|gut|stomach|liver|nose|legs?|arms?)\b",
        "'Sparring tonight, took a shot to the ribs': a punch.",
    ),
    _exclude(
        "idiom.punalada_por_la_espalda_es",
        "crisis",
        r"\b(?:me dieron|me dio|me clavaron|me clavo) (?:una )?punalada (?:por la espalda"
        r"|trapera)\b",
        "'Me dieron una puñalada por la espalda en el trabajo': a betrayal, not a knife.",
    ),
    _exclude(
        "history.assault_long_ago",
        "crisis",
        r"\b(?:when i was (?:\d+|a kid|a teen\w*|young|little|in high school)|(?:\d+|many|a few"
        r"|some) years ago|a los \d+(?: anos)?|cuando (?:tenia \d+|era (?:nino|nina|chico|chica"
        r"|joven|morro|morra))|hace (?:anos|muchos anos|\d+ anos)) (?:\w+ ){0,3}?(?:i got|got"
        r"|i was|was|me) (?:stabbed|shot|jumped|beat up|apunalaron|balearon|dispararon"
        r"|acuchillaron|dieron (?:una |un )?(?:punalada|balazo|navajazo|machetazo))\b",
        "'A los 18 me dieron una puñalada en una pelea, hoy enseñé la cicatriz en el grupo', "
        "'when I was 18 I got stabbed in a fight': an assault long ago, told. Only the clause "
        "itself is blanked.",
    ),
    _exclude(
        "benign.breakup",
        "crisis",
        r"\bend (?:it|things)(?: \.)? with (?:my |this |the )?(?:situationship|boyfriend|girlfriend"
        r"|bf|gf|partner|ex|crush|talking stage|fwb|man|girl|guy)\b",
        "'Lowkey gonna end it... with my situationship': a breakup (not 'end it with my pills').",
    ),
    _exclude(
        "topic.horror_game_or_prank",
        "crisis",
        r"\bhorror (?:game|movie|film|show|podcast)\b[^\n]{0,60}\b(?:knife|gun|killer|kill\w*"
        r"|dead|die)\b|\b(?:jumped out|scared me|startled me|pranked me)\b[^\n]{0,40}"
        r"\balmost (?:passed out|died|had a heart attack)\b",
        "'This horror game where u hide from a guy with a knife', 'my roommate jumped out and i"
        " almost passed out lmao': a game and a prank.",
    ),
    _exclude(
        "idiom.cooking_kills",
        "crisis",
        r"\b(?:cooking|food|pasta|chili|recipe|cocina|comida) (?:is |s )?(?:gonna|going to|will)"
        r" kill (?:us|me|everyone)\b",
        "'My roommate's cooking is gonna kill us both'.",
    ),
    _exclude(
        "idiom.matarme_haciendo_es",
        "crisis",
        r"\b(?:me voy a matar|voy a matarme)(?: \.)? (?:estudiando|trabajando|en el gym"
        r"|haciendo|limpiando|corriendo)\b",
        "'Ya me voy a matar... estudiando pa la final': worn out by studying.",
    ),
    _exclude(
        "benign.kicked_in_sleep",
        "crisis",
        r"\b(?:kicked|kicks|kicking|hit|punched|elbowed|slapped) me in (?:his|her|their|its)"
        r" sleep\b",
        "'My daughter kicked me in her sleep': a child or partner asleep in the same bed.",
    ),
    _exclude(
        "idiom.overdoes_it",
        "crisis",
        r"\boverdoes (?:it|things|the)\b",
        "'Overdoes it at the gym'.",
    ),
    _exclude(
        "idiom.me_va_a_matar_es",
        "crisis",
        # A partner's "me va a matar si me voy" is a threat, not the idiom (see partner_threat_es).
        # The look-behinds follow "me " so the pattern still starts at a word.
        r"\bme (?<!esposo dice que me )(?<!esposo dijo que me )(?<!novio dice que me )"
        r"(?<!novio dijo que me )(?<!marido dice que me )(?<!pareja dice que me )"
        r"(?<!mi ex dice que me )(?:va|van|quiere|quieren) (?:a )?matar (?:con(?! (?:el|la|un|una"
        r"|su|sus) (?:\w+ )?"
        r"(?:machete|cuchillo|navaja|pistola|arma|escopeta|rifle|palo|bate|fierro|tubo|martillo"
        r"|cinturon|manos))|si(?! no (?:le|les|te) (?:doy|das|damos|da))|cuando(?! me (?:encuentre"
        r"|encuentren|agarre|vea))|por|porque|de"
        r"|jaja\w*)\b"
        r"|\bmatar (?:el tiempo|el rato|dos pajaros)\b|\bdesaparecer (?:del|de la|de este"
        r"|de las) (?:grupo|chat|whatsapp|trabajo|mapa|redes|fiesta)\b"
        r"|(?<!amenaza )(?<!amenazas )\bde muerte\b|\b(?:mi|la|el) (?:jefe|jefa|mama|mami|madre"
        r"|papa|papi|padre|esposa|esposo|novio|novia|maestra|maestro|profe|hermana|hermano|abuela"
        r"|suegra|patron|patrona|familia|consejera|padrino|madrina) (?:\w+ )?(?:me )?(?:va"
        r"|van) a matar\w*\b(?=.{0,40}\b(?:si|cuando|por|porque|jaja\w*|olvide|llego tarde)\b)",
        "'Mi jefe me va a matar si llego tarde': being in trouble (not a threat reported with no"
        " one named: 'me dijo que me va a matar cuando llegue').",
        unless=r"^(?:el |ella )?(?:me )?(?:dijo|dice|amenazo) que (?:me )?(?:va a matar|mata)\b"
        r"|\bme va a matar por (?:lesbiana|gay|joto|puto|trans|marica|ser)\b"
        # An in-law who will kill them unless they sign the house over and waits outside.
        r"|\bsi no (?:le |les )?(?:firmo|firme|doy|entrego) (?:la casa|los papeles|el dinero)\b"
        r"|\b(?:esta|estan) afuera\b"
        r"|\bsi vuelvo\b",
    ),
    _exclude(
        "idiom.pega_es",
        "crisis",
        r"\bme (?:pego|pega|pegaron) (?:duro |fuerte |mucho )?(?:la|el|una|un|esa|ese) (?:gripa"
        r"|gripe|resfriado|virus|covid|sol|calor|cruda|resaca|tos|infeccion|sueno|hambre|bajon"
        r"|depre|noticia|cancion|tema|pelicula)\b|\bme (?:pego|pega) (?:duro|fuerte|mucho) (?:la|el"
        r"|esa|ese)\b|\b(?:cancion|tema|musica|pelicula|frase|noticia|sol|calor|resaca|cruda|sueno"
        r"|alcohol|trago|cafe|rola|letra) (?:\w+ )?me (?:pega|pego)\b|\b(?:le )?pego (?:a"
        r"|al) (?:la )?(?:pelota|balon|bola)\b",
        "'Me pego la gripa', 'esa cancion me pega': caught a cold, a song hits hard.",
    ),
    _exclude(
        "accident.corte_es",
        "crisis",
        r"\b(?:me (?:corte|cortaron|cortare|voy a cortar|quiero cortar)|voy a cortarme"
        r"|cortarme) (?:el|la|las"
        r"|los|un|una|mi|mis) (?:pelo"
        r"|cabello|dedo|dedos|mano|unas|barba|fleco|flequillo|pie|labio"
        r"|pelito)\b(?!.*\ba proposito\b)",
        "A haircut or a kitchen cut.",
    ),
    _exclude(
        "accident.se_corto_es",
        "crisis",
        r"\b(?:me|se|le) (?:corte|corto|lastime|lastimo|queme|quemo|pego"
        r"|golpeo) (?:\w+ ){0,3}?(?:jugando|cocinando|sin querer|por accidente|en el trabajo"
        r"|haciendo ejercicio)\b",
        "An accident while playing or cooking ('se corto jugando').",
    ),
    _exclude(
        "idiom.no_aguanto_cosa_es",
        "crisis",
        r"\b(?:ya )?no (?:puedo|aguanto|soporto) (?:mas )?(?:con )?(?:el|este|esta|la|los|las|tanto"
        r"|tanta|mi|mis) (?:calor|frio|trafico|trabajo|tarea|ruido|dolor de(?! pecho)|sueno|hambre"
        r"|cansancio|jefe|jefa|cabeza|espalda|pies|hijos|ninos|lluvia|tos|gripa)\b|\bno (?:puedo"
        r"|aguanto) mas de (?:la )?(?:risa|sueno|cansancio|hambre|calor|frio|emocion)\b"
        r"|\bcasi me muero\b|\bgun to my head,? (?:i|id)\b|\b(?:celular|telefono|bateria|carro"
        r"|coche|planta|pila) (?:\w+ ){0,3}(?:muriendo|murio|muere)\b",
        "Figures of speech: 'no aguanto este calor', 'casi me muero', 'gun to my head'.",
    ),
    _exclude(
        "benign.mentions",
        "any",
        r"\b(?:beer|wine|liquor) (?:commercial|ad|advert)\b|\bdealer days\b"
        r"|(?<!in the )(?<!staring at the )\b(?:beer|wine|liquor) aisle\b",
        "A beer commercial, 'my dealer days are over', the wine aisle walked past (but not"
        " standing in it or staring at it).",
    ),
    _exclude(
        "benign.tomar_es",
        "relapse",
        r"\b(?:me )?tome (?:\w+ )?(?:mis |mi |la |las |el |un |una |unos |unas )?(?:cafe|agua|te"
        r"|jugo|leche|refresco|soda|medicina|medicamentos?|pastillas? de la presion"
        r"|pastillas(?! (?:que no (?:eran|son|estaban)|de (?:otr|alguien|mi (?:mama|papa|herman"
        r"|abuel"
        r"|amig|novi|espos|prim|tia|tio))))|tylenol|advil|aspirinas?|ibuprofeno|paracetamol"
        r"|analgesicos?|antibioticos?|jarabe|tecito|cafecito|suero|antiacido"
        r"|vitaminas|taxi|bus|camion|autobus|tren|metro|decision|fotos?|notas?|clases?|descanso"
        r"|pastilla para \w+|pastillas para \w+|siesta|aire|asiento|tiempo|cosas)\b",
        "'Tome' with coffee, water, a painkiller or a bus is not drinking; someone else's"
        " pills ('pastillas que no eran mias') are not excused.",
    ),
    _exclude(
        "benign.high_on_life",
        "relapse",
        r"\b(?:high|drunk) on (?:life|love|jesus|god|sobriety|happiness|gratitude|hope)\b",
        "'High on life'.",
    ),
    _exclude(
        "benign.food_craving",
        "craving",
        r"\bcrav\w* (?:\w+ ){0,2}(?:pizza|burgers?|tacos?|chocolate|sweets|sugar|ice cream|food"
        r"|chips|fries|pasta|sushi|coffee|candy|cake|donuts?|mcdonalds|chinese|mexican|bbq|steak"
        r"|salad|fruit|carbs|pancakes|cookies|hugs?|sleep|attention|a nap)\b"
        r"|\bantojo de (?:\w+ )?(?:tacos?|pizza|chocolate|dulces?|pan|helado|comida|tamales|pozole"
        r"|carne|sushi|hamburguesa|papas|cafe|fruta)",
        "Craving food, not a substance.",
    ),
    _exclude(
        "positive.beat_cravings",
        "craving",
        r"\b(?:beat|beating|beaten|got through|get through|through the|survived|overcame|no|without"
        r"|fewer|less|didnt have|dont have|havent had|no more) (?:any |my |the |those "
        r"|these )?(?:crav\w*|urges?)\b",
        "Reporting cravings beaten or absent.",
    ),
    _exclude(
        "negation.not_using",
        "craving",
        r"\bno (?:quiero|voy a|pienso|voy) (?:a )?(?:tomar|beber|consumir|usar|drogarme|fumar)\b"
        r"|\b(?:dont|do not|never) (?:want|wanna|need) (?:to )?(?:use|drink|get high|go back)\b"
        r"|\bnot (?:going|gonna) (?:to )?(?:use|drink|pick up)\b",
        "Saying they will not drink or use.",
    ),
    _exclude(
        "benign.use_object",
        "any",
        r"\b(?:use|used|using) (?:the|my|your|a|an|it|that|this(?! (?:morning|afternoon|evening"
        r"|weekend|week)\b)|some help|his|her)\b(?! (?:hit"
        r"|drink|line|bump|beer|shot|fix|pill|pills|bowl|joint|blunt"
        r"|little something|on myself|on me))(?! (?:\w+ )?"
        r"(?:sponsor|counselor|mom|mother|dad|father|wife|husband|girlfriend|boyfriend|partner"
        r"|family|son|daughter|sister|brother|roommate|boss|therapist|doctor|parents|kids)\b)",
        "'Use the bathroom', 'used my phone' (but not 'used, my sponsor knows': a person is"
        " not what was used, nor 'used this morning': a time is not either).",
        unless=r"\b(?:i|we) use the (?:cocaine|heroin|meth|crack|weed|marijuana|drugs?|opium|khat"
        r"|pills)\b"
        r"|\buse the (?:glass|knife|blade|razor|lighter) on me\b"
        r"|\buse it different\b",
    ),
    _exclude(
        "benign.soft_drink",
        "any",
        r"\b(?:drink|drinks|drinking|drank|shot|shots|trago|tomar|tome"
        r"|tomando) (?:\w+ ){0,2}(?:of |de )?(?:water|coffee|tea|juice|soda|milk|espresso|expreso"
        r"|expresso|latte|cafecito|capuchino|cappuccino|agua|cafe"
        r"|jugo|leche|te)\b|\b(?:bottle|glass|cup|can) of (?:water|juice|soda|milk|coffee|tea"
        r"|lemonade|gatorade)\b|\bflu shot\b|(?<!got )(?<!was )(?<!been )(?<!being )\bshot at\b"
        r"|\b(?:quiero|necesito) tomar (?:agua|cafe"
        r"|te|jugo|leche|un descanso|aire|una siesta|mis pastillas|mi medicina)\b",
        "Water, coffee, a flu shot.",
    ),
)

# Third blind batch: the benign readings of the families widened for it.
EXCLUSIONS += (
    _exclude(
        "topic.quoted_title",
        "crisis",
        r"\b(?:song|songs|lyrics?|hook|chorus|verse|album|track|playlist|band|movie|film|show"
        r"|episode|book|title|called|named|cancion|letra|rola|pelicula|serie|libro|disco|tema)"
        r"\b(?: (?!:quote:)[^ ]+){0,4} :quote: (?:(?!:quote:)[^ ]+ ){1,10}:quote:"
        r"|:quote: (?:(?!:quote:)[^ ]+ ){1,10}:quote:(?: (?!:quote:)[^ ]+){0,4}? (?:by|is|was"
        r"|song|lyrics?|hook|chorus|album|track|episode|de|del|es|esta) ",
        "A quoted song, album or show title, or a quoted lyric ('\"suicide season\" by bmth',"
        " 'the lyrics \"i want to die in your arms\"'): words in quotes next to a song word are"
        " the song's, not the texter's. Quoted speech ('he said \"I'll kill you\"') is not"
        " excused.",
        unless=r"\bplaylist\b[^\n]{0,40}\b(?:for after|goodbye|despedida)\b"
        r"|\bya se donde estas\b",
    ),
    _exclude(
        "idiom.had_me_dead",
        "crisis",
        r"\b(?:had|has|have|got|gets|left|leaves|had us|got us) (?:me|us|him|her) (?:so |literally "
        r"|actually )?(?:dead|dying|deceased|weak|crying|wheezing|in tears|on the floor)\b",
        "'That show had me dead': laughing hard, said of a show or a meme.",
    ),
    _exclude(
        "idiom.foot",
        "crisis",
        r"\b(?:shoot\w*|shot) <SELF> in the foot\b|\bdying (?:patient|patients|resident|residents"
        r"|paciente|pacientes)\b",
        "'Shooting myself in the foot' (an idiom) and a nurse's 'dying patient' (someone else's"
        " death at work).",
    ),
    _exclude(
        "history.ago_then_recovery",
        "crisis",
        r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|some)"
        r" (?:years?|yrs?|months?) ago\b(?: \w+){0,3}? (?:i |he |she )?(?:overdosed|overdose"
        r"|od|tried to (?:kill|end|hang) \w+|attempted|was suicidal|cut <SELF>|almost died"
        r"|nearly died)\b(?!.{0,40}\b(?:again|otra vez|de nuevo|tonight|right now)\b)|\bhace"
        r" (?:\d+|\w+) (?:anos|meses)\b(?: \w+){0,3}? (?:sobredosis|intente (?:matarme"
        r"|suicidarme|quitarme la vida)|me quise matar|me corte|casi me muero)\b"
        r"(?!.{0,40}\b(?:otra vez|de nuevo|esta noche|ahorita)\b)"
        r"|\bmy (?:overdose|od|attempt) (?:was|happened) (?:\w+ )?(?:\d+|a"
        r"|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:years?|yrs?"
        r"|months?) ago\b(?!.{0,40}\b(?:again|tonight|right now)\b)|\bmi (?:sobredosis|intento)"
        r" fue hace (?:\d+|\w+) (?:anos|meses)\b(?!.{0,40}\b(?:otra vez|de nuevo|esta noche"
        r"|ahorita)\b)",
        "An overdose or attempt dated years or months ago ('2 years ago I overdosed, today I"
        " celebrate 2 years clean'), unless it is happening again.",
    ),
    _exclude(
        "negation.no_thoughts",
        "crisis",
        r"\b(?:no|zero|not having any|not having|havent had any|havent had|dont have any|no more"
        r"|without|sin|no tengo|no he tenido|cero|ningun\w*|nada de) (?:\w+ )?(?:thoughts?|urges?"
        r"|ideas?|pensamientos?|ganas|deseos?) (?:of|about|to|de) (?:hurting|harming|killing"
        r"|cutting|suicide|dying|death|self harm|ending it|hurt|harm|kill|die|hacerme dano"
        r"|lastimarme|matarme|morir|morirme|suicidarme|suicidio|la muerte|cortarme)(?: <SELF>)?\b"
        r"|\bnot (?:really |at all )?suicidal\b|\basked (?:me )?(?:if|whether|about) (?:i |im "
        r"|i was "
        r"|i am |i have |i had |i ever |i felt |i feel |any |my )?(?:\w+ ){0,3}?(?:suicidal|suicide"
        r"|thoughts of (?:suicide"
        r"|dying|hurting <SELF>|killing <SELF>)|hurt\w* <SELF>|want\w* to die|harm\w* <SELF>)\b"
        r"(?=.{0,40}\b(?:(?:i )?said (?:no|none|nope|nothing)|told (?:her|him|them) (?:no|none)"
        r"|answered no|no im not|not at all)\b)",
        "Denials in a check-in answer: 'no thoughts of hurting myself', 'sin pensamientos de"
        " morir', 'not suicidal or anything', 'asked if I'm suicidal and I said no'.",
    ),
    _exclude(
        "topic.cpr_training",
        "crisis",
        r"\b(?:cpr|rcp|first aid|primeros auxilios)\b(?: \w+){0,2} (?:class|course|training"
        r"|certification|certified|card|instructor|curso|clase|taller|certificacion"
        r"|certificad[oa])\b|\b(?:class|course|training|certified|certification|curso|clase"
        r"|taller) (?:\w+ ){0,2}(?:cpr|rcp|first aid|primeros auxilios)\b",
        "A CPR or first-aid class, not a rescue.",
    ),
    _exclude(
        "topic.sports_and_games",
        "crisis",
        r"\bout cold\b(?=.{0,60}\b(?:boxing|ufc|mma|match|round|ring|wrestl\w*|fight night"
        r"|knockout)\b)|\b(?:boxing|ufc|mma|match|round|ring|wrestl\w*|fight night)\b.{0,60}"
        r"\bout cold\b|(?:\b(?:in|on|playing) (?:my |the |this |that )?(?:video ?)?games?|\bvideo"
        r" ?games?|\bfortnite|\bcall of duty|\bcod|\bgta|\bminecraft|\belden ring|\bvalorant"
        r"|\bapex|\bwarzone|\broblox|\bhalo|\bdark souls|\boverwatch|\bpubg|\bboss fight|\bfinal"
        r" boss|\bthis boss|\bthis level|\bthat level|\blevel \d+|\bmy character|\bnpc"
        r"|\brespawn\w*|\bvideojuego|\ben el juego|\bjugando)\b(?: \w+){0,5}? (?:got |get |gets "
        r"|was |keep |keeps |kept )?(?:shot|killed|stabbed|died|dies|dead|murdered|kill(?:ed|s)?"
        r" me|shoot|shooting|me mataron|me mata|mori)\b|\b(?:shot|killed|stabbed|died|dies|dead"
        r"|murdered|kill(?:ed|s)? me|shooting|me mataron)\b(?: \w+){0,6}? (?:in|on|playing)"
        r" (?:my |the |this |that )?(?:video ?)?games?\b|\b(?:dying|die|died|dies|keep dying|shot"
        r"|killed) (?:\w+ ){0,3}(?:in|on) (?:this|that|the|my) (?:video ?)?(?:game|level|boss fight"
        r"|round|match)\b",
        "A knockout in a boxing match, a death in a video game: 'the guy in my game got shot lol'.",
    ),
    _exclude(
        "negation.not_in_danger",
        "crisis",
        r"\b(?:not|no longer|never|nobody is|no one is) in (?:any )?danger\b|\bno (?:estoy"
        r"|estamos|esta|estan) en (?:ningun )?peligro\b",
        "'Just sad. Not in danger': a denial of danger.",
    ),
    _exclude(
        "idiom.blue_from",
        "crisis",
        r"\b(?:blue|purple|azul\w*|morad[oa]s?) (?:from|because of|de|por|after) (?:the |this "
        r"|that |el |la |eating |a |my )?(?:\w+ )?(?:cold|freezing|popsicle|slushie|slurpee|candy"
        r"|ice pop"
        r"|freeze pop|snow cone|lollipop|blue raspberry|dye|marker|paint|ink|blueberr\w*"
        r"|kool ?aid|gatorade|jolly ranchers?|frio|paleta|raspado|pintura|tinta)\b",
        "Blue from the cold or from a popsicle: said with the harmless cause.",
    ),
    _exclude(
        "idiom.broken_bone_logistics",
        "crisis",
        r"\b(?:broke|broken|fractured) (?:my|his|her|their) (?:leg|arm|wrist|ankle|foot|finger"
        r"|toe|nose|collarbone|hand)\b(?=.{0,60}\b(?:cast|miss (?:group|session|class|work)"
        r"|gonna miss|be late|reschedul\w*|surgery|healing|x ?ray|last (?:week|month|year)|ago"
        r"|crutches)\b)|\b(?:at|in) the (?:er|hospital|urgent care|clinic)\b(?: \w+){0,4}"
        r" (?:broke|broken|fractured) (?:my|his|her|their) (?:leg|arm|wrist|ankle|foot|finger"
        r"|toe|nose|hand)\b",
        "A broken arm already at the ER, or reported to move a session: logistics.",
    ),
    _exclude(
        "idiom.cant_do_this_task",
        "crisis",
        r"\b(?:cant|can not|cannot) (?:do|take|handle|deal with|stand) (?:this|it)(?: any ?more"
        r"| no more)?(?: \.)* (?:this|that|the|my|these) (?:\w+ )?(?:homework|math|class|test"
        r"|exam|essay|paper|traffic|printer|computer|assignment|project|heat|weather|line|wait"
        r"|bus|game|level|puzzle|diet|workout|commute|shift|paperwork|tarea|examen|trafico"
        r"|calor)\b|\b(?:this|that|the|my|these) (?:\w+ )?(?:homework|math|class|test|exam|essay"
        r"|paper|traffic|printer|computer|assignment|project|heat|weather|game|level|puzzle"
        r"|diet|workout|commute|shift|paperwork|tarea|examen|trafico|calor) (?:\w+ ){0,3}"
        r"(?:i )?(?:cant|can not|cannot) (?:do|take|handle|deal with|stand) (?:it|this|them)"
        r"(?: any ?more| no more)?\b",
        "'I can't do this anymore... this math homework': said of a task, pointed at.",
    ),
    _exclude(
        "idiom.last_text_for_now",
        "crisis",
        r"\bmy last (?:text|message|msg)(?: for| of)? (?:tonight|today|the (?:day|night)"
        r"|for now|before (?:bed|i sleep|work|my (?:shift|flight|meeting|class|appointment|surgery)"
        r"|the (?:shift|meeting|flight)))\b|\bmy last (?:text|message|msg)\b(?=.{0,40}"
        r"\b(?:going to bed|off to bed|goodnight|good night|heading to bed|phone is dying|battery"
        r"|going to sleep|talk (?:later|soon|tomorrow)|ttyl|brb|at work|on shift)\b)"
        r"|\bmi ultimo (?:mensaje|texto|msj) (?:de|por|del) (?:hoy|la noche"
        r"|ahora|el dia|dia)\b|\bmi ultimo (?:mensaje|texto|msj)\b(?=.{0,30}\b(?:me voy a dormir"
        r"|buenas noches|a dormir|bateria|me voy a acostar)\b)",
        "'My last text tonight, going to bed', 'mi ultimo mensaje de hoy': the last for now.",
    ),
    _exclude(
        "idiom.broke_es",
        "crisis",
        r"\b(?:ahorcad[oa]s?|colgad[oa]s?) (?:de|con) (?:\w+ )?(?:lana|dinero|feria|varo|plata"
        r"|pisto|deudas|la renta|los pagos|tiempo|trabajo|chamba|la tarea|pagos)\b|\bahorcad[oa]s?"
        r" (?:este|esta) (?:mes|quincena|semana)\b|\b(?:me|nos|lo|la) (?:dejo|dejaron|dejaste)"
        r" colgad[oa]\b",
        "'Ando ahorcado de lana' (broke), 'me dejo colgado' (stood up): not hanging.",
    ),
    _exclude(
        "idiom.hold_out_without",
        "crisis",
        r"\b(?:aguantar|aguante|aguanto|resistir|resista|soportar|durar|dure) (?:\w+ )?sin"
        r" (?:tomar|beber|consumir|usar|drogarme|fumar|un trago)\b|\bhold (?:out|on) (?:\w+ )?"
        r"without (?:drinking|using|a drink|getting high)\b",
        "'Cuanto mas voy a aguantar sin tomar': holding out against a craving, not despair.",
    ),
    _exclude(
        "negation.not_using_es",
        "craving",
        r"\b(?:sin|cero|no tengo|ningunas?|nada de) (?:\w+ )?(?:ganas|antojo|ansias|deseos?)"
        r" de\b",
        "'Sin ganas de consumir': a check-in answer denying urges.",
    ),
    _exclude(
        "negation.near_miss",
        "relapse",
        # Not when the denial is itself denied or regretted: "I can't say I didn't use",
        # "I wish I hadn't used" report the use.
        r"(?<!say i )(?<!wish i )(?<!pretend i )(?<!tell you i )"
        r"\b(?:almost|nearly|close to|so close to|about to|didnt|did not|never|wont|will not"
        r"|not going to|dont want to|tempted to|casi|day away from|days away from)(?: \w+)?"
        r" (?:bought|buy|used|use|drank|using|drinking|picking up"
        r"|drink|picked up|relapsed|smoked|took|ordered|copped|scored|compre|tome|consumi|use)\b"
        r"|\b(?:bought|got|compre) (?:a|the|una) (?:bottle|fifth|six pack"
        r"|botella)\b[^\n]{0,50}\b(?:havent"
        r"|have not|didnt|did not|no la he) (?:opened|abierto|touched|tocado)\b",
        "'I almost bought a bottle', 'didn't drink': a near miss is a craving, not a relapse."
        " So is a bottle bought and not opened.",
    ),
    _exclude(
        "idiom.bridge_in_traffic",
        "crisis",
        r"(?<!looking )(?<!staring )(?<!stare )\b(?:on|at|over|crossing) the (?:bridge|overpass)\b"
        r"(?=.{0,50}\b(?:traffic|stuck|bus|train"
        r"|driving|commute|construction|jam|late|detour|accident ahead|toll|be there|omw"
        r"|on my way)\b)|\b(?:traffic|stuck|bus|driving|commute|construction|jam|toll)\b.{0,50}"
        r"\b(?:on|at|over) the (?:bridge|overpass)\b(?! (?:\S+ ){0,3}(?:thinking|a while|for an"
        r" hour|looking down))",
        "On the bridge in traffic, on the way to group: a commute, not a method (but one"
        " does not keep looking at a bridge on the way home).",
    ),
    _exclude(
        "benign.place_with_company",
        "crisis",
        r"\b(?:we|were|we are|us|the kids|the family|my (?:kids|family|wife|husband|girlfriend"
        r"|boyfriend|friends?|sponsor)|estamos|fuimos) (?:\S+ ){0,3}(?:at|on|by|near|to|en|al|a la)"
        r" (?:the |la |el )?<PLACE>\b|\b<PLACE>\b(?=.{0,60}\b(?:with (?:the |my )?(?:kids|family"
        r"|friends|wife|husband|sponsor|group|church)|kids (?:are )?(?:swimming|playing)|fishing"
        r"|picnic|bbq|camping|sunset pics?|con (?:los|mis) (?:ninos|hijos|amigos)|pescando)\b)",
        "At the lake, the river or a roof with the family, fishing or on a picnic: an outing,"
        " not a method.",
        unless=r"\blocked me out\b",
    ),
    _exclude(
        "history.pet_or_past_accident",
        "crisis",
        r"\b(?:dog|cat|pet|puppy|kitten|perro|perrito|gato|gatito)\b(?: \w+){0,3} (?:got "
        r"|was )?(?:hit"
        r"|run over|atropellad[oa]|lo atropellaron|la atropellaron)\b(?: by a (?:car|truck|bus))?"
        r"|\bhit by a (?:car|truck|bus)\b(?=.{0,40}\b(?:last (?:year|month|week)|years? ago"
        r"|months ago|back in|still miss|rip)\b)",
        "A pet hit by a car, or an accident long past: not an emergency now.",
    ),
    _exclude(
        "idiom.quede_muerto_es",
        "crisis",
        r"\b(?:me quede|quede|nos quedamos|me dejo|me dejaron) (?:\w+ )?(?:muert[oa]s?|helad[oa]s?"
        r"|frios?|frias?)\b(?= (?:con|de|al|cuando)\b|.{0,30}<HUMOR>)",
        "'Me quede muerta con la noticia': stunned, not dead.",
    ),
)

# Fourth blind batch: the benign readings of the new constructions, and idioms the earlier
# rules took literally (sleeping forever after a shift, a farewell to someone who moved, a
# pounding heart after a run, letters written for a family session, narcan questions).
EXCLUSIONS += (
    _exclude(
        "benign.schedule_reason",
        "crisis",
        r"\b(?:make it|be around|be here|be at \w+|llegue|llego|estar)\b[^.!?]{0,40}(?: ,| \.|"
        r" -| because| bc| cuz| cause| porque)? (?:(?:i have|ive got|i got|got|have)"
        r" (?:a |an |my )?(?:court|court date|appt|appointment|doctor|dentist|work|class|meeting"
        r"|shift)|im at"
        r"|at work|working|car trouble|work till|work until|out of town|camping|traveling"
        r"|on vacation|can (?:i|we) (?:do|move|come|switch)|tengo (?:corte|cita|trabajo)"
        r"|estoy (?:en el|trabajando)|(?:i )?(?:have to|gotta|got to|need to) (?:go )?"
        r"(?:pick (?:up )?(?:my |the )?(?:kids?|son|daughter|baby|grandkids)|watch (?:my |the )?"
        r"(?:kids?|son|daughter|baby))|(?:the )?(?:babysitter|sitter) (?:bailed|cancel\w*"
        r"|didnt show)|tengo que (?:ir por|recoger|cuidar) (?:a )?(?:mis|los|mi) (?:ninos|hijos"
        r"|hij[oa]))\b",
        "Not being around or at group for a stated reason: work, court, an appointment, a trip,"
        " the kids to pick up ('I'm not gonna be here when you call, I'm at work till 6').",
    ),
    _exclude(
        "benign.sleep_forever_tired",
        "crisis",
        r"\b(?:sleep forever|dormir para siempre)\b(?=[^.!?]{0,40}\b(?:this weekend|tomorrow"
        r"|after (?:that|this|my|a|the) (?:\w+ )?(?:shift|double|week|day|work)|so tired lol"
        r"|settle for|despues de (?:ese|este|mi|el) (?:\w+ )?(?:turno|trabajo|dia)|el fin de"
        r" semana|<HUMOR>))",
        "Sleeping forever after a long shift or this weekend, with a joke or a drink in its"
        " place: tiredness.",
    ),
    _exclude(
        "benign.farewell_moved",
        "crisis",
        r"\b(?:texted|told|said|sent) (?:me |us )?(?:goodbye|bye)\b(?=.{0,40}\b(?:moved|moving"
        r"|flight|trip|leaving for|vacation|went back|flew|se mudo|se fue a)\b)",
        "Someone said goodbye because they moved or left on a trip.",
    ),
    _exclude(
        "benign.exercise_heart",
        "crisis",
        r"\b(?:heart|corazon)\b[^.!?]{0,30}\b(?:after|despues de) (?:that |the |a |my |mi |el"
        r" )?(?:\w+ )?(?:\d+k|run|running|workout|gym|race|hike|game|correr|ejercicio|carrera"
        r"|gimnasio|partido)\b",
        "A pounding heart after a run, a race or the gym.",
    ),
    _exclude(
        "benign.letters_assignment",
        "crisis",
        r"\b(?:wrote|writing|write|escribi|escribiendo) (?:the |my |las |mis )?(?:letters?|cartas?)"
        r" (?:to|for|para) [^.!?]{0,30}\b(?:for|para) (?:the |our |my |la |mi )?(?:family"
        r" session|session|group|homework|assignment|therapy|counselor|sesion|terapia|tarea|grupo"
        r"|consejer[oa])",
        "Letters to family written as a treatment assignment.",
    ),
    _exclude(
        "benign.past_attempt_dated",
        "crisis",
        r"\b(?:tried|attempted|intente|trate de) (?:to )?(?:kill <SELF>|suicide|matarme"
        r"|suicidarme|end (?:it|my life))\b(?=[^.!?]{0,20}\b(?:in (?:19|20)\d\d|\d+ years? ago"
        r"|back in|en (?:19|20)\d\d|hace \d+ anos)\b)|\b(?:tuve|had) (?:una |an )?(?:sobredosis"
        r"|overdose)\b(?= (?:hace \d+ anos|\d+ years? ago|in (?:19|20)\d\d|en (?:19|20)\d\d)\b)",
        "A past attempt or overdose with a date ('in 2019', 'hace 2 anos') told as survival.",
    ),
    _exclude(
        "benign.crisis_line_question",
        "crisis",
        r"\b988\b[^.!?]{0,20}\b(?:only )?for suicide\b",
        "Asking what 988 is for.",
    ),
    _exclude(
        "benign.narcan_info",
        "crisis",
        r"\b(?:what is|whats|que es)\b[^.!?]{0,10}\b(?:narcan|naloxone|naloxona)\b"
        r"|\b(?:narcan|naloxone|naloxona)\b(?=[^.!?]{0,30}\b(?:just in case|in case<END>"
        r"|por si acaso|where (?:can i |do i )?(?:get|buy)|donde lo (?:consigo|compro)|training"
        r"|entrenamiento)\b)"
        r"|\b(?:entrenamiento|capacitacion|curso|training|class) (?:de|del|on|about) (?:narcan"
        r"|naloxone|naloxona)\b|\bcarrying (?:narcan|naloxone)\b",
        "Asking what Narcan is, where to get it, carrying it just in case, training on it (not"
        " when it is needed now: 'i need narcan now where can i get it hes out').",
        unless=r"\b(?:hes|shes|he is|she is|theyre|they are) (?:out|not breathing|blue|turning blue"
        r"|not waking up|unresponsive)\b|\b(?:narcan|naloxone|naloxona) (?:now|rn|right now"
        r"|asap)\b",
    ),
    _exclude(
        "benign.overdose_hypothetical",
        "crisis",
        r"\bwhat (?:should|do|would) (?:i|you|we) do if (?:someone|somebody|a friend|a person"
        r"|my friend) (?:overdoses|ods|od s)\b(?=.{0,40}\b(?:future|just in case|know|curious"
        r"|training|prepared)\b)",
        "Asking, for the future, what to do if someone overdoses.",
    ),
    _exclude(
        "benign.decision_named",
        "crisis",
        r"\b(?:decision to|decision de) (?:leave|quit|go back|take|move|start|stop|change|get"
        r"|dejar (?:ese|el|mi|la|este|esta)|cambiar|regresar a|volver a la|mudarme|estudiar"
        r"|renunciar|empezar)\b",
        "A decision named and benign: to leave a job, to go back to school.",
    ),
    _exclude(
        "benign.night_event",
        "crisis",
        r"\b(?:tonights|tonight is|esta noche es) (?:the|la) (?:night|noche)\b(?=[^.!?]{0,6}"
        r"(?: ,| !| :)? (?:i finally|my|i get|me dan|de mi|que me|por fin|al fin|mi)\b)",
        "'Tonight's the night' followed by the event: a chip, a recital.",
    ),
    _exclude(
        "benign.ledge_of_ing",
        "crisis",
        r"\bon the (?:ledge|edge|verge|brink) of (?:\w+ing|finishing|graduating)\b",
        "'On the ledge of finishing my GED': close to an achievement.",
    ),
    _exclude(
        "benign.keep_going_to_place",
        "crisis",
        r"\b(?:keep|keeps) going to (?:that|the|my|this|a) \w+",
        "'No reason to keep going to that gym': a place, not living (unless a gun is kept there).",
        unless=r"\b(?:rifle|gun|shotgun|pistol|pills)\b[^\n]{0,40}\bkeep going to the (?:closet"
        r"|cabinet|drawer|safe)\b",
    ),
    _exclude(
        "benign.not_urgent",
        "crisis",
        r"\bno es (?:urgente|emergencia|una emergencia)\b|\bnot (?:urgent|an emergency)\b",
        "Saying it is not urgent.",
    ),
    _exclude(
        "idiom.kill_sibling_es",
        "crisis",
        r"\bvoy a matar a mi (?:hermano|hermana|primo|prima|hijo|hija|mama|papa|esposo|esposa"
        r"|novio|novia|roomie|companero)\b(?=[^.!?]{0,40}\b(?:se (?:comio|acabo|llevo|tomo)"
        r"|porque|por|jaja\w*|se le olvido)\b)|<HUMOR>[^.!?]{0,10}\bvoy a matar a mi \w+\b"
        r"(?=[^.!?]{0,40}\b(?:se (?:comio|acabo|llevo|tomo)|porque|por)\b)",
        "Spanish: 'voy a matar a mi hermano, se comio mi comida' - the family idiom with a petty"
        " reason or a joke.",
    ),
    _exclude(
        "idiom.dead_to_the_world",
        "crisis",
        r"\bdead to the world\b|\bthought i was (?:gonna|going to) die\b(?=[^.!?]{0,40}\b(?:im"
        r" fine|im ok|im okay|but im|fine now|ok now)\b)",
        "'Dead to the world' (asleep) and 'thought I was gonna die, but I'm fine now' (past).",
    ),
    _exclude(
        "benign.through_without_drink",
        "crisis",
        r"\bmake it (?:through|thru) (?:the night|tonight|today|the day|the weekend) without"
        r" (?:a |using|drinking|getting high|picking up|<HIT>)",
        "Not making it through tonight without a drink: a craving.",
    ),
    _exclude(
        "benign.own_medicine_es",
        "relapse",
        r"\bme tome (?:mi|mis) (?:pastilla|pastillas|medicina|medicamento|dosis)\b",
        "Spanish: taking one's own medicine ('me tome mi pastilla una hora tarde').",
    ),
    _exclude(
        "benign.one_drink_question",
        "relapse",
        r"\bwhat (?:would|will|could) happen if i (?:just )?(?:had|drank|used|took|tried)"
        r" (?:just )?(?:one|a|1)\b",
        "'What would happen if I just had one beer?': a question, not a report of use.",
    ),
    _exclude(
        "benign.other_errand_es",
        "crisis",
        r"\blo va a hacer (?:hoy|esta noche|manana)\b ?[:-] ?"
        r"(?!(?:matar|tirar|aventar|colgar|cortar|tomar|ahorcar|quitar|pegar|dar))\w+(?:ar|er|ir)(?"
        r":le|la|lo"
        r"|se|les)?\b",
        "Spanish: 'lo va a hacer esta noche: pedirle matrimonio' - the errand is named.",
    ),
)

# Fourth batch, second pass: benign readings of the second-pass constructions and of older
# rules (a past with a date and a present, a storm that will be over by morning, a note about
# the rent, laughing to death in Spanish, holding on to money).
EXCLUSIONS += (
    _exclude(
        "benign.past_dated_now",
        "crisis",
        r"\b(?:was|were|used to be|fui|estuve|tuve|had) [^.!?]{0,30}\b(?:in|en|back in)"
        r" (?:19|20)\d\d\b(?=[^.!?]{0,40}\b(?:now|today|ahora|hoy|and im|y ahora|ahora estoy)\b)",
        "A past crisis with a year and a present after it ('I was suicidal in 2020 and now I'm a"
        " peer mentor', 'tuve ganas de morirme en 2018, ahora estoy bien').",
    ),
    _exclude(
        "benign.over_by_event",
        "crisis",
        r"\bbe over by \w+\b(?=[^.!?]{0,30}\b(?:storm|rain|snow|party|game|test|exam|shift|surgery"
        r"|procedure|move|tormenta|lluvia|fiesta|examen|mudanza)\b)",
        "The storm, the exam or the move will be over by morning.",
    ),
    _exclude(
        "benign.note_errand",
        "crisis",
        r"\b(?:note|letter|carta|nota) (?:for|to|para) [^.!?]{0,25}\b(?:about|sobre|de|re) (?:the"
        r" |el |la |los |las )?(?:rent|renta|bills?|dishes|keys|llaves|dog|perro|trash|basura"
        r"|groceries|mandado)\b",
        "A note to a roommate about the rent or the keys.",
    ),
    _exclude(
        "idiom.matar_de_risa_es",
        "crisis",
        r"\b(?:matar|matarme|matarse|me voy a matar|me mato|morir|morirme) de (?:la )?risa\b",
        "Spanish: 'me voy a matar de risa' - laughing.",
    ),
    _exclude(
        "idiom.hold_on_to_thing",
        "crisis",
        r"\bhold on to (?:money|my money|\w+ money|cash|a job|friends|things|stuff|my keys"
        r"|my phone)\b",
        "'Can't hold on to money': a habit, not going on.",
    ),
    _exclude(
        "benign.cough_chest",
        "crisis",
        r"\b(?:pecho|chest)\b[^.!?]{0,15}\b(?:de la tos|por la tos|from (?:the |my )?cough(?:ing)?"
        r"|de tanto toser)\b",
        "Chest pain from a cough.",
    ),
    _exclude(
        "benign.bridge_street_late",
        "crisis",
        r"\b(?:en el|on the|at the) (?:puente|bridge)\b(?=[^.!?]{0,30}\b(?:llego tarde|voy tarde"
        r"|trafico|traffic|running late|be late|calle|street|exit)\b)",
        "On the bridge on a street, running late: a commute.",
    ),
)

# Fifth and sixth blind batches: the benign readings next to the new constructions (an amends
# letter, a help-desk question, a phone dying in Spanglish, hyperbole about Mondays, a
# recovery milestone that mentions a past attempt, an awareness walk).
EXCLUSIONS += (
    _exclude(
        "benign.amends_letter",
        "crisis",
        r"\b(?:letter|note|carta)\b(?=.{0,60}\b(?:amends|counselor suggested|therapist suggested"
        r"|sponsor suggested|step work|enmiendas|went (?:really )?well)\b)",
        "A letter written as an amends exercise, not a farewell.",
    ),
    _exclude(
        "benign.help_question",
        "crisis",
        r"^(?:help|ayuda|auxilio)(?: !)* (?=(?:how|what|where|when|which|can|como|donde|que"
        r"|cuando|cual|is there)\b)",
        "'Help! how do I reset my password': a help-desk question.",
    ),
    _exclude(
        "benign.job_or_event",
        "crisis",
        r"\b911 (?:dispatch\w*|operator|call taker)\b|\b(?:heard|saw|read)\b(?: \S+){0,4} (?:shooti"
        r"ng|stabbing)\b"
        r"(?=.{0,40}\b(?:were|we re|im|everyone|all) (?:all )?(?:fine|ok|okay|safe)\b)|\b(?:walk|ma"
        r"rch|vigil|rally|event"
        r"|awareness|caminata|marcha|vigilia|evento) (?:\w+ ){0,2}(?:against|for|about|contra|por"
        r"|sobre|de) (?:las |la |el )?(?:overdoses?|sobredosis|suicide|suicidio)\b"
        r"|\b(?:recoger|pick up|picking up|picked up|conseguir|comprar|get) (?:mi |my |el |un |a"
        r" )?(?:\w+ )?(?:narcan|naloxona|naloxone)\b(?= (?:\w+ )?(?:a la|at the|from the|en la"
        r"|de la) (?:farmacia|pharmacy|clinica|clinic))|\boverdose of (?:feelings|emotions|info"
        r"|information|sugar|caffeine|cute|love|carbs)\b|\bsobredosis de (?:azucar|cafe|amor"
        r"|informacion|emociones)\b",
        "A 911 dispatcher job, an overdose awareness walk, picking up free narcan at the"
        " pharmacy, 'an overdose of feelings'.",
    ),
    _exclude(
        "idiom.phone_dying_es",
        "crisis",
        r"\b(?:cel|celular|phone|telefono|bateria|battery|compu|laptop|carro) (?:se )?(?:esta|me"
        r" esta) muriendo\b|\b(?:ahogando|ahogado|ahogada|drowning) (?:en|in) (?:papeles"
        r"|paperwork|trabajo|work|deudas|debt|bills|cuentas|tareas|homework|pendientes|emails)\b"
        r"|\b(?:la cruda|la resaca|el cansancio|el trabajo|the hangover) me tiene muert[oa]\b"
        r"|\b(?:antojo|ganas|hambre|sed|sueno|frio|calor|risa|verguenza)\b(?: \S+){0,3} que me"
        r" muero\b|\b(?:im|i m) dying over here\b",
        "A phone dying, drowning in paperwork, a hangover 'killing' one, 'un antojo que me"
        " muero', 'I'm dying over here': idioms.",
    ),
    _exclude(
        "idiom.hit_by_truck_feeling",
        "crisis",
        r"\b(?:feel|feels|feeling|felt) (?:like )?(?:i|ive|i ve) (?:got|been|was) hit by a (?:truck"
        r"|bus"
        r"|train)\b|\bdrank (?:a |the )?whole bottle\b(?: \S+){0,3} (?:yesterday|last night"
        r"|over the weekend|this weekend|on (?:friday|saturday|sunday))\b",
        "Feeling like one was hit by a truck (a hangover); a bottle drunk yesterday (a relapse,"
        " not an overdose now).",
    ),
    _exclude(
        "idiom.hyperbole_whoever",
        "crisis",
        r"\b(?:kill|murder|strangle|choke|punch|slap|fight|smack) whoever (?:invented|made|came up"
        r" with|decided|thought|designed|scheduled)\b|\b(?:wife|husband|partner|girlfriend"
        r"|boyfriend|gf|bf) (?:said |says )?(?:shes|hes|she s|he s|is) (?:gonna|going to) (?:kill"
        r"|murder) me for\b|\bme pego un (?:grito|susto|regano|resfriado|gripa|catarro)\b|\beso"
        r" (?:siempre )?me pega\b",
        "'Strangle whoever invented Mondays', 'she's gonna murder me for forgetting the milk',"
        " 'me pegó un grito': hyperbole, not violence.",
    ),
    _exclude(
        "benign.errand_or_apology",
        "crisis",
        r"\btook all (?:of )?(?:my|the|his|her) (?:laundry|clothes|stuff|things|kids|trash|boxes"
        r"|dishes|books|notes|paperwork|papers|bags|tools)\b|\btell (?:my )?\w+ (?:that )?im sorry"
        r" (?:i missed|for missing|i was late|im late|i couldnt|i cant make)\b|\bdone fighting"
        r" (?:with|over|about) (?:my |the |this )?(?:insurance|landlord|bank|court|dmv|phone"
        r" company|boss|medicaid|pharmacy|billing|paperwork|case|ex)\b|\btodas mis (?:pastillas"
        r"|medicinas) del dia\b",
        "Errands and apologies that borrow crisis words: 'took all my laundry', 'tell my counselor"
        " I'm sorry I missed', 'done fighting with my insurance', the day's pills.",
    ),
    _exclude(
        "history.milestone",
        "crisis",
        r"\b(?:last year|a year ago|el ano pasado|hace un ano|years ago|hace \w+ anos)\b(?: \S+)"
        r"{0,4} (?:suicidal|quitarme la vida|matarme|suicidarme|morirme|kill <SELF>|overdosed)\b"
        r"(?=.{0,60}\b(?:chip|sober|clean|sobri[oa]|limpi[oa]|gracias|thank)\b)",
        "A past crisis told alongside a recovery milestone ('last year I was suicidal, today I"
        " got my 1 year chip').",
    ),
)

# Seventh blind batch: everyday and recovery texts that name a crisis only to say it is past
# or absent, ruled out, or a figure of speech.
EXCLUSIONS += (
    _exclude(
        "history.absent_now",
        "crisis",
        r"\b(?:suicidal thoughts|thoughts of (?:suicide|self ?harm|hurting <SELF>|cutting)|urges?"
        r" to (?:cut|self ?harm))\b(?: \S+){0,8} (?:have not|havent|has not|hasnt) (?:returned"
        r"|come back)\b|\b(?:talked|talk|talking) about (?:suicidal thoughts|self ?harm|suicide)"
        r"\b(?: \S+){0,6} (?:i )?(?:havent|have not) had (?:any|them|one) in (?:months|weeks|years"
        r"|a while|\d+ \w+)\b",
        "Thoughts of suicide or self-harm named only to say they have not returned or have not"
        " come in months: a progress report.",
    ),
    _exclude(
        "history.then_and_now",
        "crisis",
        r"\b(?:cuando (?:estaba|andaba|tomaba|usaba)|when i was (?:using|drinking|out there|in my"
        r" addiction|active))\b(?: \S+){0,4} (?:queria (?:matarme|morirme|morir|suicidarme)"
        r"|wanted to (?:die|kill <SELF>)|was suicidal)\b(?=.{0,40}\b(?:ahora (?:quiero vivir"
        r"|estoy bien)|now i (?:want to live|wanna live))\b)",
        "A wish to die placed in the using past and set against wanting to live now.",
    ),
    _exclude(
        "history.abuse_left",
        "crisis",
        r"\bused to (?:hit|beat|hurt|choke|abuse) (?:me|us)\b(?=.{0,60}\b(?:been out|got out|left"
        r" (?:him|her|them)|moved out|finally feel safe|feel safe now|im safe now)\b)",
        "Past abuse told with having left and feeling safe now.",
    ),
    _exclude(
        "benign.symptom_ruled_out",
        "crisis",
        r"\bchest pains? (?:were|was|is|are|turned out to be) (?:just |only )?(?:heartburn|gas"
        r"|indigestion|acid reflux|reflux|anxiety|a pulled muscle)\b",
        "A chest pain a doctor has already put down to heartburn or anxiety.",
    ),
    _exclude(
        "history.died_of_overdose_ago",
        "crisis",
        r"\b(?:died|passed away|passed|murio|fallecio) (?:of|from|de) (?:an |una |a )?(?:overdose"
        r"|od|sobredosis)\b(?= (?:hace|last|a|one|two|three|\d+) (?:\S+ )?(?:ano|anos|years?"
        r"|months?|meses|ago)\b)",
        "Someone who died of an overdose a year or more ago: a remembrance, not an emergency.",
    ),
    _exclude(
        "idiom.me_tiene_muerto_es",
        "crisis",
        r"\b(?:me tiene|me tienen|me trae|me traen|me dejo|me dejaron|me dejó) muert[oa]s?\b",
        "'El tráfico me tiene muerto', 'ese partido me dejó muerto': worn out.",
    ),
    _exclude(
        "idiom.heat_es",
        "crisis",
        r"\b(?:me voy a morir|voy a morirme|me muero|nos vamos a morir|nos morimos)"
        r" (?:asad[oa]s?|de calor"
        r"|cocid[oa]s?|derretid[oa]s?)\b|\b(?:con este|con esta|que) calor\b(?: \S+){0,3}"
        r" (?:me voy a morir|voy a morirme|me muero)\b",
        "'Con esta calor me voy a morir asada': the heat, said as a joke.",
    ),
    _exclude(
        "benign.screen_violence",
        "crisis",
        r"\b(?:pelicula|peli|serie|videojuego|juego|movie|film|show|series|video ?game|game)"
        r" (?:de|of|with|full of|llena de|con) (?:balazos|disparos|tiros|balaceras|shootings?"
        r"|gunfights?|shootouts?|guns)\b",
        "A film or game full of shooting, talked about as entertainment.",
    ),
    _exclude(
        "craving.dying_for_a_drink",
        "crisis",
        r"\b(?:beer|drink|drinks|booze|liquor|wine|craving|cravings|crave)\b[^.!?]{0,50}"
        r"\b(?:im|i am) (?:just )?dying (?:here|over here)\b"
        r"|\b(?:im|i am) (?:just )?dying (?:here|over here)\b[^.!?]{0,40}\b(?:beer|drink"
        r"|craving|crave|want (?:a|one))\b",
        "'Every commercial has beer in it and I'm dying here': a craving, said as suffering.",
    ),
    _exclude(
        "craving.want_more_than_prescribed",
        "crisis",
        r"\b(?:want|wanna|tempted|urge|feel like|itching) (?:to )?take more than (?:i should"
        r"|prescribed|they (?:said|prescribed)|im supposed to)\b",
        "Wanting to take more of a prescription than one should: a craving, not a dose taken.",
    ),
    _exclude(
        "benign.narcan_at_hand",
        "crisis",
        r"\b(?:had|have|carry|carried|brought) (?:narcan|naloxone|naloxona)\b(?: \S+){0,3}"
        r" (?:im ok|im fine|im good|im okay|estoy bien)\b",
        "Used with Narcan at hand and says they are fine: a relapse told safely, not an overdose.",
    ),
    _exclude(
        "idiom.laughed_to_death",
        "crisis",
        r"\blaugh\w* (?:so )?hard (?:that )?(?:i )?(?:thought )?(?:i d|id|i would|i was gonna"
        r"|i was going to) (?:die|pee|cry|pass out)\b",
        "'Laughed so hard I thought I'd die.'",
    ),
    _exclude(
        "benign.hidden_object_es",
        "crisis",
        r"\b(?:botella|bolsa|bolsita|droga|pastillas|cerveza|dinero|pipa|perico|caguama)\b"
        r"(?: \w+)? escondid[oa]s?\b",
        "A bottle or a bag found hidden in a closet: the object is hidden, not the person.",
    ),
    _exclude(
        "work.clinician_shift",
        "crisis",
        r"\b(?:im an?|i am an?|as an?|soy|como) (?:er |icu |ed |trauma |school )?(?:nurse|emt"
        r"|paramedic|medic|cna|enfermer[oa]|paramedico|doctora?|medic[oa])\b[^.!?]{0,80}?"
        r"\b(?:ods|overdoses?|sobredosis|seizures?|narcanned|patients?|pacientes?|paros? cardiacos?"
        r"|cardiac arrests?|codes?|codigos?)\b"
        r"(?: (?:en|in|at|on) (?:urgencias|the er|the ed|my shift|the ambulance)| con \w+)?",
        "A nurse, EMT or paramedic telling of patients' overdoses or seizures at work.",
    ),
    _exclude(
        "benign.song_or_show",
        "crisis",
        r"\b(?:singing|cantando|song|cancion|lyrics|letra)\b[^.!?]{0,60}(?=[^.!?]{0,40}"
        r"(?:<HUMOR>|\bbop\b|\bbanger\b|\btodo el dia\b))",
        "A song being sung or talked about, with a laugh or 'such a bop': lyrics, not a wish.",
    ),
    _exclude(
        "history.dated_event",
        "crisis",
        r"\b(?:overdosed|odd|od d) (?:in|back in) (?:19|20)\d\d\b(?!.{0,40}\b(?:again|tonight"
        r"|right now)\b)"
        r"|\b(?:got|was|were) (?:stabbed|shot|jumped|attacked|assaulted)\b(?= (?:last (?:year"
        r"|month|summer|spring|fall|winter)|\d+ (?:years?|months?) ago|in (?:19|20)\d\d)\b)"
        r"|\btuvo una sobredosis (?:el ano pasado|hace \w+ (?:anos|meses))\b",
        "Someone else's overdose or assault dated a year or more ago: a story, not an emergency.",
    ),
    _exclude(
        "idiom.not_literally",
        "crisis",
        r"\b(?:hell|shell|theyll|gonna|going to|will|would) (?:kill|murder) me\b(?=(?: [.!?])*"
        r" (?:not literally\b|not [.!?]|jk\b|just kidding\b))",
        "'He'll kill me. Not literally.'",
    ),
    _exclude(
        "idiom.faint_from_nerves",
        "crisis",
        r"\bpass(?:ed)? out\b(?=[^.!?]{0,40}\b(?:from|of) (?:nerves|nervousness|anxiety"
        r"|excitement|boredom|embarrassment)\b)"
        r"|\b(?:has|had|got|leaves|left|have) me (?:half|almost) dead\b",
        "'Thought I'd pass out from nerves', 'this cold has me half dead'.",
    ),
    _exclude(
        "idiom.regional_es",
        "crisis",
        r"\b(?:me siento|siento) morir de (?:la )?(?:culpa|verguenza|pena|risa|hambre|sueno)\b"
        r"|\bme pego un tiro\b(?=[^.!?]{0,25}(?:<HUMOR>|\bmentira\b))"
        r"|\b(?:mama|mami|papa|papi|jefa|jefe|abuela|esposa|vieja|mom|suegra)\b(?: \S+){0,3}"
        r" me va a (?:ahorcar|matar|colgar)\b"
        r"|\bde infarto\b"
        r"|\b(?:pela|paliza|golpiza)\b (?:en|jugando) (?:el |la |al )?(?:domino|juego|partido"
        r"|cartas|futbol|basket|pool|billar)\b"
        r"|\bme siento mal conmigo\b|\bfeel bad about myself\b",
        "'Me siento morir de la culpa', 'me pego un tiro jaja, mentira', 'mi mamá me va a"
        " ahorcar', 'un partido de infarto', 'una pela en el dominó', 'me siento mal conmigo'.",
    ),
    _exclude(
        "craving.help_me_not_to",
        "crisis",
        r"\b(?:ayudenme|ayudame|help me) (?:a )?(?:no|not to) (?:ir|usar|tomar|comprar|consumir"
        r"|go|use|drink|buy|call him|call my)\b",
        "'Ayúdenme a no ir': asking for help with a craving, answered by the craving flow.",
    ),
    _exclude(
        "benign.everyday_mentions",
        "crisis",
        r"\b(?:movie|film|show|pelicula|serie|game|book) about (?:a |an )?(?:guy|man|woman|killer"
        r"|girl|family)? ?with (?:a |an )?(?:knife|gun|chainsaw|axe)\b"
        r"|\b(?:boss|jefe|jefa|supervisor|manager)\b[^.!?]{0,30}\b(?:no me (?:deja|dejan) salir"
        r"|wont let me (?:leave|go))\b"
        r"|\bno me (?:deja|dejan) salir (?:temprano|antes|tarde|de noche|con mis amigos)\b"
        r"|\b(?:last (?:week|month|year)|\d+ (?:days|weeks|months) ago)\b[^.!?]{0,30}"
        r"\b(?:broke|broken) (?:my|his|her) \w+\b"
        r"|\b(?:pusieron|estuvimos|estuve|fuimos|fui|atendieron|salimos)\b[^.!?]{0,30}\b(?:a|en)"
        r" urgencias\b"
        r"|^911 (?:came|was|showed|got called)\b"
        r"|\b(?:certified|certification|training|trained|class|course) (?:in|on|for) (?:overdose"
        r"|narcan|naloxone)(?: (?:response|prevention|reversal))?\b|\bnarcan kits?\b",
        "Everyday mentions: a film about a man with a knife, a boss who won't let one leave"
        " early, a hip broken last week, stitches already put in at the ER, 911 that came for a"
        " neighbour's grill, an overdose-response certificate.",
        unless=r"\bme encerro en la oficina\b",
    ),
    _exclude(
        "benign.shows_and_history",
        "crisis",
        r"\b\w+ (?:documentary|documental)\b"
        r"|\b(?:episode|documentary|documental|movie|show|episodio) (?:on|about|sobre|de)"
        r" (?:a |an |el |la |un |una )?\w+\b"
        r"|^urgent care\b"
        r"|\b(?:\d+|a few|two|three|four|five) years? ago\b[^.!?]{0,30}\bused to (?:beat|hit|hurt"
        r"|choke|abuse) me\b"
        r"|\bhace (?:un|\d+|\w+) (?:ano|anos|mes|meses)\b[^.!?]{0,10}\btuve una sobredosis\b",
        "A documentary or an episode about an overdose or a seizure, urgent care for a sprain,"
        " abuse that ended years ago, an overdose a year ago.",
    ),
    _exclude(
        "humor.emoji_and_toys",
        "crisis",
        r":(?:gun|ambulance|knife|bomb):(?=(?: \S+){0,3} (?:<HUMOR>|jaja\w*))"
        r"|(?:<HUMOR>|jaja\w*)(?: \S+){0,2} :(?:gun|ambulance|knife|bomb):"
        r"|\b(?:horror|scary|slasher) (?:movie|film|show)\b[^.!?]{0,40}"
        r"|\bbleeding (?:money|cash|me dry)\b"
        r"|\b(?:pistola de agua|water ?gun|nerf gun|squirt gun|toy gun|pistolita)\b",
        "An emoji gun or ambulance next to a laugh, a horror movie, 'bleeding money', a water gun.",
    ),
    _exclude(
        "history.checked_and_survived",
        "crisis",
        r"\bchest pains?\b(?: \S+){0,3} (?:was|were|is|turned out to be) (?:just |only )?"
        r"(?:heartburn|gas|indigestion|reflux|acid reflux|anxiety|a pulled muscle)\b"
        r"|\bdolor de pecho\b(?: \S+){0,3} (?:era|fue|es) (?:solo |nada mas )?(?:gastritis|agruras"
        r"|acidez|ansiedad|reflujo)\b"
        r"|\b(?:last year|\d+ years? ago|a year ago|hace un ano)\b[^.!?]{0,40}\b(?:overdose"
        r"|sobredosis)\b(?![^.!?]{0,20}\b(?:again|tonight|now|otra vez)\b)",
        "A chest pain the doctor put down to heartburn; an overdose a year ago told as survival.",
    ),
    _exclude(
        "history.survived_and_info",
        "crisis",
        r"\b(?:\d+|two|three|four|five) (?:years?|months?) since i (?:tried|attempted|overdosed"
        r"|od)\b[^.!?]{0,20}"
        r"|\b(?:last year|\d+ years? ago)\b[^.!?]{0,40}\b(?:seizure|convulsion)\b"
        r"|\b\d+ (?:months?|years?) ago\b[^.!?]{0,30}\b(?:choked|hit|beat|strangled|hurt) me\b"
        r"(?=[^.!?]*[.!?][^.!?]*\bsafe now\b)"
        r"|\b(?:narcan|naloxone|naloxona)\b(?: \S+){0,3} (?:covered|insurance|seguro|cubre)\b"
        r"|\b(?:cover|covers|covered|cubre)\b(?: \S+){0,3} (?:narcan|naloxone|naloxona)\b"
        r"|\boverdosed on (?:catnip|sugar|caffeine|coffee|chocolate|candy)\b"
        r"|\b(?:domestic violence|dv) (?:workshop|class|group|training|awareness)\b"
        r"|\bme corto el pelo\b"
        r"|\b(?:im|i am) safe now\b[^.!?]{0,40}\brestraining order\b",
        "An attempt or a seizure survived years ago, abuse ended and safe now, whether Narcan"
        " is covered, a cat 'overdosed on catnip', a domestic violence workshop, a haircut.",
    ),
    _exclude(
        "benign.everyday_mentions_2",
        "crisis",
        r"\boverdose awareness (?:day|vigil|walk|event|month)\b|\bvigil\b"
        r"|\bheart attack when (?:i|we) (?:saw|got|opened|heard|read)\b"
        r"|\bse me corto el (?:servicio|internet|agua|luz|telefono|cable|plan)\b"
        r"|\bcapacitacion (?:de|sobre) (?:sobredosis|naloxona|narcan)\b"
        r"|\bme dieron (?:naloxona|narcan) para la casa\b"
        r"|\b(?:tiene|has|had) (?:convulsiones|seizures) (?:desde|since)\b"
        r"|\b(?:its|it s) been \d+ (?:yrs|years|months)\b[^.!?]{0,20}\bat peace with it\b",
        "Everyday mentions from a second batch of ordinary traffic: an overdose awareness"
        " vigil, 'heart attack when I saw my electric bill', a phone service cut off, naloxone"
        " training, a nephew's long-treated seizures.",
    ),
)

# Eighteenth blind batch (relapse and craving in early recovery): the same words said of
# someone else, of food, of a game or of surgery, denied, or already put right; and a crisis
# word used to say it did not happen.
_SOMEONE = (
    r"(?:my (?:\w+ )?(?:friend|buddy|roommate|brother|sister|mom|mother|dad|father|cousin|uncle"
    r"|aunt|son|daughter|husband|wife|boyfriend|girlfriend|bf|gf|partner|coworker|neighbor|ex)s?"
    r"|he|she|they|hes|shes|mi (?:\w+ )?(?:amig[oa]|compa|herman[oa]|mama|papa|prim[oa]|tio|tia"
    r"|hij[oa]|espos[oa]|novi[oa]|pareja))"
)
# A relative or friend writing from or about the client's phone: "this is his mom", "hes in
# your program", "soy la esposa de", "su paciente".
_RELAYED = (
    r"\b(?:this is|its|it is|im|i am|soy|habla|le escribe) (?:his|her|their|la|el|su) (?:\w+ )?"
    r"(?:mom|mother|dad|father|wife|husband|sister|brother|girlfriend|boyfriend|partner|aunt"
    r"|grandma|grandmother|son|daughter|roommate|fiance|fiancee|mama|papa|madre|padre|espos[ao]"
    r"|herman[ao]|novi[ao]|pareja|tia|abuela|hij[ao])\b|\b(?:hes|shes|he is|she is|esta) (?:\w+ )?"
    r"(?:in|en) (?:your|su|el|tu) (?:program|group|iop|class|programa|grupo)\b"
    r"|\b(?:your|su|tu) (?:client|patient|participant|paciente|cliente)\b"
)
_PICKED_UP = (
    r"(?:kids?|son|daughter|children|mom|dad|mother|father|wife|husband|girlfriend|boyfriend"
    r"|partner|sister|brother|grandma|grandpa|friend|cousin|niece|nephew|sponsor|baby|grandkids)"
)
EXCLUSIONS += (
    _exclude(
        "other.someone_else_used",
        "relapse",
        rf"(?<!and )(?<!y )\b{_SOMEONE} (?:is |was |has |just |se |ya )?(?:relapsed|drinking again"
        r"|using again|got drunk|got high|got wasted|got loaded|emborracho|recayo|volvio a"
        r" (?:tomar|consumir|beber))\b",
        "'My friend got drunk at the wedding, I stuck to soda', 'my mom's drinking again':"
        " someone else's use, reported by a client who did not use (not 'me and my friend')."
        " Not when a relative writes about the client ('this is his mom, he relapsed').",
        unless=_RELAYED,
    ),
    _exclude(
        "benign.picked_up_someone",
        "relapse",
        rf"\bpick(?:ed|ing)? up (?:my|his|her|our|the) (?:\w+ )?{_PICKED_UP}\b(?= (?:from|at|after"
        r"|for|to|early|on time|today|this|and (?:took|drove|went)))",
        "'Picked up my daughter from school': a ride, not 'picked up' (used).",
    ),
    _exclude(
        "benign.smoked_someone",
        "relapse",
        r"\bsmok(?:ed|ing) (?:him|her|them|everybody|everyone|us)\b(?= (?:at|in|on)\b)",
        "'I smoked him at pool': beat him at a game.",
    ),
    _exclude(
        "benign.anesthesia",
        "relapse",
        r"\b(?:high|loopy|loaded|out of it)\b(?: \S+){0,4} (?:on|from|off) (?:the )?(?:anesthesia"
        r"|anaesthesia|sedation|laughing gas|nitrous)\b",
        "High as a kite on the anesthesia after the wisdom teeth: medical care, not use.",
    ),
    _exclude(
        "negation.no_use_es",
        "relapse",
        r"\b(?:no|nunca|ni) (?:tome|bebi|consumi|fume|use|me drogue|recai|me emborrache)\b"
        r"(?! (?:mis?|la|el) (?:pastillas?|medicinas?|medicamento))",
        "'Fui a la fiesta y no tomé nada': a denial of use.",
    ),
    _exclude(
        "benign.full_of_food_es",
        "relapse",
        r"\b(?:hasta atras|hasta la madre|hasta el gorro|bien lleno) de (?:comida|tacos|pastel"
        r"|pizza|pozole|tamales|carne|comer|postre|trabajo|sueno)\b",
        "'Me puse hasta atrás de comida': full of food, not drunk.",
    ),
    _exclude(
        "negation.bought_unopened",
        "relapse",
        r"\bbought (?:a|another) (?:bottle|bag|gram|pint|fifth|six pack|case|8 ball)\b(?=(?: \S+)"
        r"{0,6} (?:but |and )?(?:i )?(?:havent|have not|didnt|did not|not yet) (?:opened|cracked"
        r"|touched|drank|used|open)\b)",
        "A bottle bought and not opened: an urge at its last step, answered by the craving flow.",
    ),
    _exclude(
        "craving.wanting_to_hit",
        "relapse",
        r"\b(?:want|wanna|need|gonna|tryna|itching|dying|about|like) (?:to )?(?:go )?(?:hit|rip)"
        r" (?:the|my|a|his|her|some)\b",
        "'Kinda want to hit the pipe': wanting to, not having done it.",
    ),
    _exclude(
        "negation.urge_zero",
        "craving",
        r"\b(?:urges?|cravings?|ganas|antojos?)\b(?: (?:is|are|level|at|today|hoy|de|:|were|was"
        r"|r|like|a|como|un|en))* (?:0|1|2|3|zero|one|two|three|cero|uno|dos|tres|none|nada|nil)\b"
        r"(?! 10\b)(?! (?:-|to|a|\/) ?10\b)(?! (?:\S+ )?(?:but|pero) )"
        r"|\b(?:0|1|2|3|zero|one|two|three|cero|uno|dos|tres) (?:on|for|de|en) (?:urges?|cravings?"
        r"|ganas)\b",
        "A check-in answer rating urges at zero to three ('Urge 0 today', 'cravings like a 2'),"
        " not the 0-10 prompt itself.",
    ),
    _exclude(
        "benign.soft_drink_named",
        "craving",
        r"\b(?:want|need|could use|dying for|craving) (?:a |some )?(?:drink|something to drink)\b"
        r"(?=(?: \S+){0,4} (?:dr pepper|soda|pop|water|coffee|tea|gatorade|lemonade|juice|sprite"
        r"|pepsi|diet coke|coke zero|smoothie|boba|slurpee|la croix|kombucha|energy drink|red bull"
        r"|monster)\b)|\btomar algo (?:fresco|frio|fria|calientito|caliente|sin alcohol|dulce)\b",
        "'I want a drink. A Dr Pepper lol', 'quiero tomar algo fresco': a soft drink.",
    ),
    _exclude(
        "reflection.own_drinking",
        "craving",
        r"\b(?:made|makes|make|got|gets) me (?:think|reflect|look)\w* (?:about|at|on) my (?:own )?"
        r"(?:drinking|using|drug use|addiction)\b",
        "'That's what made me think about my own drinking': reflection, not an urge.",
    ),
    _exclude(
        "history.since_my_overdose",
        "crisis",
        r"\b(?:\d+|one|a|two|three|four|five|six) (?:years?|yrs?|months?) (?:since|from) my"
        r" (?:last )?(?:overdose|od|attempt)\b(?![^.!?]{0,20}\b(?:again|tonight|now)\b)"
        r"|\b(?:\d+|un|una|dos|tres) (?:anos?|meses) (?:desde|de) mi (?:sobredosis|intento)\b",
        "'1 year since my overdose. grateful to be here': a milestone.",
    ),
    _exclude(
        "negation.used_safely",
        "crisis",
        r"\bno (?:overdose|od)\b(?: or anything)?(?=(?: \S+){0,4} (?:im|i am|i m) (?:safe|ok"
        r"|okay|fine|good)\b)"
        r"|\bto get (?:high|a buzz|drunk|lit|faded|wasted|messed up) (?:and )?not to (?:hurt|kill"
        r"|harm) <SELF>\b",
        "'Got high, no overdose or anything, I'm safe', 'just to get high, not to hurt myself':"
        " a relapse told with the crisis ruled out.",
    ),
)

# Nineteenth blind batch: a letter to the children written as a treatment assignment, and a job
# that does not let one leave early.
EXCLUSIONS += (
    _exclude(
        "benign.assignment_letter",
        "crisis",
        r"\b(?:goodbye|farewell|despedida) (?:letter|carta) (?:to|a|al|para) (?:alcohol|drugs"
        r"|my addiction|la droga|las drogas|el alcohol|meth|heroin|weed|cocaine|la coca|\w+"
        r" addiction)\b|\bcarta de despedida (?:a|al|para) (?:la |el )?(?:alcohol|droga|drogas"
        r"|adiccion|coca|mota)\b"
        r"|\b(?:wrote|writing|write|finished|read) (?:a |my |the )?(?:letter|letters|note)"
        r" (?:to|for) (?:my |the )?\w+(?: \w+)?(?= (?:for|in) (?:family (?:session|group|day|week)"
        r"|group|therapy|counseling|class|homework|an assignment|my assignment|step work|my"
        r" counselor|my therapist)\b| (?:like|as) (?:the|my) (?:counselor|therapist|sponsor"
        r"|group|clinician) (?:asked|said|suggested|told)\b)",
        "'Wrote a letter to my kids for family session like the counselor asked': an"
        " assignment, not a goodbye.",
    ),
    _exclude(
        "benign.work_hours_es",
        "crisis",
        r"\bno (?:me|nos) (?:deja|dejan) salir (?:del|de la) (?:trabajo|chamba|jale|oficina"
        r"|escuela|turno|clase|fabrica|tienda)\b",
        "'No me dejan salir del trabajo antes de las 6': working hours, not being held.",
    ),
)

# Twentieth and twenty-first blind batches: the hard negatives in the voices of those batches.
EXCLUSIONS += (
    _exclude(
        "benign.rope_for_a_move",
        "crisis",
        r"\b(?:rope|ropes|cuerda|cuerdas|soga)\b(?: and \w+)? (?:for|para) (?:the |a |la |el )?"
        r"(?:uhaul|u haul|move|moving|truck bed|tie ?downs?|tarp|camping|boat|mudanza|canoe|kayak"
        r"|trailer)\b",
        "'Bought rope and straps for the uhaul, moving sat!!': a move.",
    ),
    _exclude(
        "history.someone_else_recovering",
        "crisis",
        r"\b(?:overdosed|overdose|od|ods|sobredosis)\b(?: \S+){0,8} (?:is stable|ya esta estable"
        r"|esta estable|stable now|now stable|is recovering|is home now|ya lleva (?:un|\d+)"
        r" (?:ano|anos|mes|meses)|clean for|limpio)\b",
        "'My friend who overdosed last week is stable in the hospital now', 'tuvo sobredosis el"
        " ano pasado y ya lleva un ano limpio': someone else's overdose, over and recovering.",
    ),
    _exclude(
        "benign.pet_seen_by_vet",
        "crisis",
        r"\b(?:dog|cat|puppy|kitten|perro|perrito|gato|gatito|perra|gata)\b(?: \S+){0,12}"
        r" (?:vet|veterinario|veterinaria)\b(?: \S+){0,6} (?:says|said|dice|dijo)\b",
        "'My dog had a seizure, vet says it's epilepsy', 'el veterinario dice que esta bien': a"
        " pet already seen by a vet.",
    ),
    _exclude(
        "benign.getting_ready_to_help",
        "crisis",
        r"\b(?:carries|carry|carrying|lleva|llevo|cargo|carga) (?:narcan|naloxone|naloxona)\b"
        r"(?: \S+){0,3} (?:everywhere|now|all the time|a todos lados|siempre)\b"
        r"|\b(?:what (?:should|do) i do|que hago|que debo hacer|que tengo que hacer) (?:if|si)"
        r"\b(?: \S+){0,10} (?:want to be|wanna be|quiero estar|to be) (?:prepared|ready"
        r"|preparad[oa]|list[oa])\b(?: \S+){0,6}"
        r"|\b(?:what (?:should|do) i do|que hago|que debo hacer) (?:if|si)\b(?: \S+){0,10} \?"
        r" (?:\S+ ){0,3}(?:got|ya tengo|tengo|have) (?:narcan|naloxone|naloxona)\b",
        "'My sponsor carries narcan everywhere now', 'what do i do if someone ODs in front of"
        " me? want to be ready': getting ready to help, nothing happening now.",
    ),
    _exclude(
        "benign.schedule_point",
        "crisis",
        r"\b(?:point|sense) (?:of|in) (?:continuing|going on|staying) (?:with )?(?:the )?"
        r"(?:\w+days|group|groups|class|classes|sessions?|program|therapy|meetings?|evenings?"
        r"|mornings?)\b",
        "'I do not see the point of continuing Thursdays now that I work days': a schedule.",
    ),
    _exclude(
        "benign.done_fighting_paperwork",
        "crisis",
        r"\b(?:done|tired of|sick of|cansad[oa] de|me canse de|harto de|harta de) (?:fighting"
        r"|pelear|peleando|arguing|battling) (?:with|con) (?:the |el |la |my |mi )?(?:va"
        r"|insurance|seguro|landlord|court|dmv|bank|banco|school|escuela|irs|medicaid|medicare"
        r"|disability|\w+ company|aseguranza)\b",
        "'Done fighting with the VA over my disability, they finally approved it': paperwork.",
    ),
    _exclude(
        "benign.er_with_a_child_who_is_fine",
        "crisis",
        r"\b(?:en urgencias|en emergencias|en el hospital|at the er|in the er|at urgent care"
        r"|at the hospital) (?:con|with) (?:mi|my) (?:hij[oa]|nin[oa]|bebe|son|daughter|kid"
        r"|baby)\b(?=(?: \S+){0,12} (?:esta bien|is fine|is ok|is okay|hes ok|shes ok|hes fine"
        r"|shes fine|he s fine|she s fine)\b)",
        "'En urgencias con mi hijo, se quebro el brazo en el futbol, esta bien': a child's"
        " sprain or break, already in care.",
    ),
    _exclude(
        "idiom.kms_embarrassed",
        "crisis",
        r"^(?:kms|kill me|im dead|i want to die)(?: :\w+:)* (?:i )?(?:just )?(?:sent|texted|said"
        r"|called|replied|wore|forgot|tripped|spilled|liked)\b(?: \S+){0,8} (?:wrong|boss"
        r"|teacher|crush|group chat|mom|whole class|everyone)\b",
        "'kms 😭 i sent the wrong meme to my boss': embarrassment said the way teens say it.",
    ),
    _exclude(
        "benign.phone_dying",
        "crisis",
        r"(?:\blast (?:text|message|msg|mensaje)\b(?: \S+){0,6} )?\b(?:phone|battery|bateria|cel"
        r"|celular) (?:is )?(?:about to die|dying|almost dead|at \d+|se va a morir|se muere"
        r"|se esta muriendo|se me muere)\b",
        "'Last text from me tonight, phone about to die, see everybody tmrw': a battery.",
        unless=r"\b(?:no es la bateria|not the battery)\b",
    ),
    _exclude(
        "benign.paraphernalia_given_away",
        "crisis",
        r"\b(?:regale|tire|gave away|threw out|got rid of"
        r"|tossed)\b(?: \S+){0,6} (?:drinking glasses"
        r"|wine glasses|shot glasses|beer mugs|bottles|flask|bar stuff|vasos|copas|botellas|pipas"
        r"|pipes"
        r"|pipe|bongs?|rigs?|paraphernalia|parafernalia|cosas de antes|old stuff|stash box)\b"
        r"(?: (?:wont|dont|no) (?:need|needing|voy a necesitar) (?:them|it|those|los|las)"
        r" (?:anymore|ya))?",
        "'Ya regale todas mis cosas de antes, las pipas y todo, vida nueva': the old life given"
        " away, not keepsakes before a death.",
    ),
    _exclude(
        "negation.feel_bad_not_unwell",
        "crisis",
        r"\b(?:ya )?estoy bien (?:pero|nomas|solo|nada mas) me siento mal\b"
        r"|\bme siento mal pero (?:ya )?estoy bien\b|\bme siento mal por (?:eso|lo que hice"
        r"|haberlo hecho|hacerlo)\b|\bfeel (?:bad|terrible|awful|guilty) (?:about|for) (?:it|that"
        r"|what i did)\b"
        r"|\b(?:im|i am|i m) (?:ok|okay|fine|alright) (?:but|just) (?:i )?feel (?:bad|guilty"
        r"|terrible|awful|like crap|ashamed)\b",
        "'Use ayer, ya estoy bien pero me siento mal': guilt after a relapse, not a body in"
        " trouble.",
    ),
    _exclude(
        "negation.have_not_had_one",
        "relapse",
        r"\b(?:wanting|want|craving)\b[^\n]{0,80}?<END> (?:but )?(?:i )?(?:have not|havent"
        r"|did not|didnt) (?:had|have|drink|drunk|used) (?:one|it|any|a drink|a drop)\b",
        "'I find myself wanting a drink very badly. I have not had one': an urge held off.",
    ),
)

# Twenty-second blind batch: plain statements of what is over, asked about or only threatened
# in court.
EXCLUSIONS += (
    _exclude(
        "history.past_set_against_now",
        "crisis",
        r"\b(?:\S+ ){0,12}?(?:i used to|used to|yo antes|antes|last (?:winter|summer|spring|fall"
        r"|year)"
        r"|in high school|en la prepa|when i was (?:a kid|younger|a teenager|\d+)|years ago"
        r"|a year ago|back in (?:\d{4}|high school|the day)|cuando tenia \d+(?: anos)?"
        r"|el ano pasado|last year|el mes pasado|my old life|mi vida de antes|back then"
        r"|hace (?:un|dos|tres|\d+|muchos|unos)? ?anos?)\b[^.!?]{0,100}"
        r"(?=(?: [.!])? (?:now|ahora|today|these days|nowadays|tonight i drove|that was|eso fue"
        r"|im safe|i am safe|hoy|glad|grateful|thankful|y ahora|i am glad"
        r"|im (?:so |really )?(?:glad|grateful|thankful)|its been \d+|ya (?:van|llevo"
        r"|tengo) \d+|not anymore|ya no mas|and now|y ahora)\b)"
        r"(?!.*\b(?:again|otra vez|de nuevo|still (?:do|want|cut|think|feel|have|use)|todavia"
        r"|sigo)\b)",
        "'I used to want to sleep and never wake up. Now I wake up excited to go to work',"
        " 'Antes queria dormirme y no despertar. Ahora...': then, and a now that is different"
        " (not 'I feel exactly like that again right now').",
        unless=r"\b(?:again|otra vez|de nuevo) (?:right )?now\b|\blike that again\b",
    ),
    _exclude(
        "history.told_in_group",
        "crisis",
        r"\b(?:shared|talked|told|spoke|conte|hable|platique|comparti) (?:\S+ ){0,2}(?:in|at|en"
        r" el|en) (?:group|grupo|the meeting|la junta|therapy|terapia) (?:about|de|sobre)"
        r" (?:the time|la vez|when|cuando)\b[^.!?]*"
        r"|\b(?:en el grupo|in group|at group|en terapia|in therapy) (?:\S+ ){0,2}(?:conte|shared"
        r"|told|hable|talked|platique) (?:de|about|sobre) (?:la vez|the time)\b[^.!?]*"
        r"|\basked (?:me )?if i (?:ever|have ever|had ever|still)\b[^.!?]*(?=(?: \.)? not since\b)",
        "'I shared in group about the time I cut myself in high school', 'asked if I ever"
        " thought about hurting myself. Not since last spring': history told, not happening.",
    ),
    _exclude(
        "benign.naloxone_logistics",
        "crisis",
        r"\b(?:narcan|naloxone|naloxona)\b(?: \S+){0,6} (?:expire|expires|expired|expira|caduca"
        r"|vence|vencio|gratis|free|cost|cuesta|insurance|seguro|para tener|to have|to keep|kit"
        r"|training|class|clase|at the pharmacy|en la farmacia)\b"
        r"|\b(?:donde|where|how|como) (?:do i |can i |puedo )?(?:consigo|get|conseguir|pick up)"
        r" (?:\S+ ){0,2}(?:narcan|naloxone|naloxona)\b(?![^\n]*\b(?:now|rn|asap|hurry|ya|is out"
        r"|not breathing|blue|overdosing|se murio|no respira)\b)",
        "'Does Narcan expire?', 'donde consigo naloxona gratis para tener en la casa': naloxone"
        " kept ready, not used now.",
    ),
    _exclude(
        "benign.legal_threat",
        "crisis",
        r"\bthreat\w* (?:me )?(?:to |with )?(?:take me to court|sue|suing|a lawsuit|report me"
        r"|call my lawyer|custody)\b|\bamenaz\w* con (?:demandar\w*|llevarme a la corte|quitarme"
        r" (?:la custodia|el carro)|una demanda)\b",
        "'My ex is threatening to take me to court over the car': a lawsuit, not violence.",
    ),
    _exclude(
        "history.fainted_and_fine",
        "crisis",
        r"\b(?:fainted|passed out|collapsed|se desmayo|tuvo dolor de pecho|had chest pain"
        r"|had a seizure|tuvo una convulsion)\b(?=(?: \S+){0,14} (?:but |pero |\. )?(?:ya )?"
        r"(?:(?:she|he|they) (?:is|s|was) (?:fine|ok|okay)|(?:shes|hes|theyre) (?:fine|ok|okay)"
        r"|esta bien|esta todo (?:ok|bien)|todo (?:ok|bien)|el doctor dijo|the doctor said|doctor"
        r" said|fue la presion))",
        "'My roommate fainted at the gym yesterday. She's fine', 'tuvo dolor de pecho pero el"
        " doctor dijo que era gastritis': over, and seen to.",
    ),
    _exclude(
        "history.would_have_used",
        "relapse",
        r"\b(?:would have|wouldve|would of|woulda|hubiera|habria) (?:drank|drunk|used|gotten"
        r" high|relapsed|tomado|usado|consumido|bebido)\b",
        "'The old me would have drank over this': what did not happen.",
    ),
)

# Twenty-third blind batch: the same words in safe grammar - a real negation, a joke with a
# condition, a song, a question asked for a handout.
EXCLUSIONS += (
    _exclude(
        "negation.real_denial",
        "crisis",
        r"\bno (?:estoy|soy) suicida\b|\bno (?:me voy a hacer|voy a hacerme) (?:dano|nada)\b"
        r"|\bno (?:dark|bad"
        r"|suicidal|scary|negative) thoughts\b|\bnot wanting to die\b|\bno es que (?:quiera"
        r"|quiero) (?:morir\w*|matarme)\b|\b(?:luck|careful|try|trying) not (?:to )?(?:cut|cutting)"
        r" <SELF>\b",
        "'No estoy suicida, solo cansadisima', 'no dark thoughts, just meh', 'not wanting to die,"
        " just thinking about him': a denial that is meant.",
    ),
    _exclude(
        "idiom.one_more_and_i_die",
        "crisis",
        r"\bif (?:i|my \w+|he|she|they) (?:eat|eats|have|has|books?|schedules?|sends?|plays?)"
        r" (?:one more|another|otro|otra)\b[^.!?]{0,30}(?:gonna die|going to die|ill die)\b"
        r"|\bsi (?:me )?(?:como|tomo|oigo|veo) (?:otro|otra|un|una) \w+\b[^.!?]{0,20}me muero\b"
        r"|\bsi (?:pierde|gana|pierden|ganan) (?:el|la|los|las)? ?\w+\b[^.!?]{0,20}me muero\b"
        r"|\bif (?:my|the) \w+ (?:books?|schedules?|sends?|adds?) (?:one more"
        r"|another)\b[^.!?]{0,40}"
        r"(?:shoot|kill) <SELF>\b(?=[^\n]*<HUMOR>)",
        "'If I eat one more tamale I'm gonna die 😂', 'si pierde el America otra vez me muero', 'if"
        " my manager books one more 4pm meeting im gonna shoot myself lmao jk'.",
    ),
    _exclude(
        "topic.quoted_or_sung",
        "crisis",
        r"\b(?:die|dying|morir|morirme) (?:in|en) (?:your|tus|his|her|sus) (?:arms|brazos)\b"
        r"|\b(?:movie|film|show|song|book|episode|pelicula|serie|cancion) (?:where|when|in which"
        r"|donde|en la que) (?:\w+ ){0,3}(?:says|said|dice|sings|canta)\b[^.!?]*",
        "'That song about wanting to die in your arms', 'that movie where she says i cant go on'.",
    ),
    _exclude(
        "benign.question_for_others",
        "crisis",
        r"\b(?:what happens|que pasa|is it (?:safe|bad|dangerous)|es peligroso)\b[^?\n]*\?(?=[^\n]*"
        r"\b(?:not for me|no es para mi|making a handout|haciendo (?:un|una) (?:folleto|cartel)"
        r"|for (?:a|my|the) (?:class|handout|presentation|project)))",
        "'What happens if you mix xanax and alcohol? making a handout for group, not for me'.",
    ),
    _exclude(
        "idiom.wanted_to_die_of_shame",
        "crisis",
        r"\b(?:que oso|que verguenza|que pena|so embarrassing)\b[^.!?]{0,10}(?:me queria morir"
        r"|i wanted to die)\b|\bme queria morir (?:de (?:la )?(?:verguenza|pena))\b"
        r"|\b(?:quiero|queria|want to|wanna) desaparecer (?:el|este|todo el|for the|this) (?:finde"
        r"|fin de semana|fin|dia|weekend|day)\b",
        "'Que oso, me queria morir cuando me cai en la calle jaja', 'quiero desaparecer el finde"
        " y dormir todo el dia'.",
    ),
    _exclude(
        "negation.not_taken",
        "relapse",
        r"\bno (?:la|lo|las|los) tome\b(?! pero)",
        "'No la tome esta manana' (a missed dose): not taken.",
    ),
)

# Twenty-fourth blind batch: later life's idioms and settled histories.
EXCLUSIONS += (
    _exclude(
        "idiom.grandchildren_will_kill_me",
        "crisis",
        r"\b(?:estos|mis|los|these|my) (?:nietos|ninos|hijos|chamacos|escuincles|kids|grandkids"
        r"|grandchildren)\b (?:me van a matar|me matan|will be the death of me|are gonna kill me"
        r"|are going to kill me)\b",
        "'Estos nietos me van a matar, no paran ni un minuto jaja': the grandchildren's energy.",
    ),
    _exclude(
        "benign.peace_for_recovery",
        "crisis",
        r"\bmade (?:my )?peace with (?:god|the lord|dios)\b(?=[^\n]{0,80}\b(?:sober|sobriety"
        r"|recovery|staying clean|work on|sobrio|sobria)\b)",
        "'I've made my peace with God. That's why I'm finally able to work on staying sober'.",
    ),
    _exclude(
        "benign.chest_ruled_out",
        "crisis",
        r"\bchest (?:tightness|pain|pressure)\b(?=[^\n]{0,80}\b(?:ruled out|descarto|from anxiety"
        r"|de ansiedad|por ansiedad)\b)|\bchest (?:tightness|pain|pressure) from anxiety\b",
        "'Is it normal to have chest tightness from anxiety? The doctor ruled out my heart'.",
    ),
    _exclude(
        "history.drinking_days",
        "relapse",
        r"\b(?:back )?when i was (?:still )?(?:drinking|using)\b(?=[^\n]*\b(?:now|sober|clean"
        r"|sobrio|sobria)\b)"
        r"|\btook a (?:tumble|fall|spill|nap|walk|shower|break|breather|test|class|hit to my"
        r" pride)\b[^.!?\n]*",
        "'I used to have a plan back when I was drinking. Now I have a plan for my garden', 'took"
        " a tumble on the ice'.",
    ),
)

# Twenty-fifth blind batch: the same slang for harmless things, recoveries told with pride.
EXCLUSIONS += (
    _exclude(
        "history.clean_from_self_harm",
        "crisis",
        r"\b(?:\d+|one|two|three|un|una|dos|tres) (?:years?|yrs?|months?|days?|anos?|meses|dias)"
        r" (?:clean from|free from|without|sin) (?:cutting|self harm|sh|cortarme|lastimarme"
        r"|hacerme dano|burning)\b(?![^\n]*\b(?:gone|again|otra vez|broke|lost)\b)"
        r"|\bclean from cutting\b(?![^\n]*\b(?:gone|again|otra vez|broke|lost)\b)",
        "'2 years clean from cutting today, my scars are faded', 'ya tengo 2 anos sin cortarme'.",
    ),
    _exclude(
        "idiom.young_slang",
        "crisis",
        r"\bbleeding (?:out )?my (?:wallet|bank account|money|savings|card)\b"
        r"|\bdead and buried\b(?: :grave:)?"
        r"|\bunalive (?:like )?(?:\d+ )?(?:bugs?|the bug|processes|tabs|my plants|weeds|spiders"
        r"|mosquitos|flies)\b"
        r"|\b(?:was gonna|was going to|would have) die[d]? if i (?:didnt|did not) get\b"
        r"|\b(?:este|el|la|esta) (?:examen|tarea|trabajo|clase|calor|jale|semana|final|proyecto)"
        r" me va a matar\b"
        r"|\b(?:que calor|hace (?:mucho )?calor|so hot)\b[^.!?\n]{0,10}(?:me estoy muriendo"
        r"|me muero"
        r"|im dying)\b"
        r"|\bsend (?:help|prayers|snacks|coffee)\b(?=[^\n]*<HUMOR>)"
        r"|\b(?:overdose|od) scene\b|\bescena de (?:la )?sobredosis\b"
        r"|\b(?:true crime|podcast)\b[^.!?\n]{0,60}",
        "Young slang for harmless things: 'bleeding out my wallet at target', 'unalive like 40"
        " bugs in my codebase', 'este examen me va a matar wey', 'send help lol', an overdose"
        " scene in a series.",
    ),
    _exclude(
        "idiom.family_threat_over_nothing",
        "crisis",
        r"\b(?:gonna|going to|will|quiere|me quiere|va a) (?:stab|murder|strangle|choke|ahorcar"
        r"|matar|kill) me (?:if|for|porque|cuando|when) (?:i )?(?:eat|ate|spoil\w*|im late|late"
        r"|le agarre|take|took|use|used|borrow\w*|forget|forgot|touch\w*|break|broke|wear|wore)\b"
        r"|\bme quiere (?:ahorcar|matar) porque le (?:agarre|tome|use|rompi|perdi)\b",
        "'My sister said she's gonna stab me if I eat her leftovers again', 'mi hermano me quiere"
        " ahorcar porque le agarre sus tenis': a threat over nothing, said of family.",
    ),
    _exclude(
        "history.friend_kept_safe",
        "crisis",
        r"\b(?:was|said (?:she|he|they) (?:was|were)) suicidal (?:earlier|yesterday|last night)\b"
        r"(?=[^\n]*\b(?:keeping (?:her|him|them) safe|is safe now|shes safe|hes safe)\b)",
        "'My friend said she was suicidal earlier but she's at the crisis center and they're"
        " keeping her safe'.",
    ),
)

# Twenty-sixth blind batch: the same images with an ordinary meaning.
EXCLUSIONS += (
    _exclude(
        "benign.heavy_day_with_a_reason",
        "crisis",
        r"\b(?:pointless|hopeless|no point)\b[^.!?\n]{0,30}\bbut (?:then )?(?:i see|i look at|i"
        r" think of|veo a|pienso en)\b[^.!?\n]*",
        "'Life feels pointless some days but then I see my son and it doesn't': a heavy day with"
        " the reason to stay named.",
    ),
    _exclude(
        "idiom.drowning_in_tasks",
        "crisis",
        r"\b(?:ahogando|ahogandome|hundiendome|drowning|sinking) (?:en|in) (?:tramites|papeles"
        r"|trabajo|deudas|tarea|paperwork|work|bills|homework|laundry|emails|debt)\b",
        "'Me estoy ahogando en tramites del juzgado', 'drowning in paperwork'.",
    ),
    _exclude(
        "benign.will_for_a_reason",
        "crisis",
        r"\b(?:updating|update|updated|actualizando|making|hacer|haciendo) (?:my|mi) (?:will"
        r"|testamento)\b(?=[^\n]{0,60}\b(?:since|because|baby|born|married|notary|notario|nacio"
        r"|bebe|casamos|boda)\b)",
        "'Updating my will since the baby was born. Does the clinic have a notary?'",
    ),
)

# Twenty-seventh blind batch: a family member telling of a crisis that is over.
EXCLUSIONS += (
    _exclude(
        "history.over_and_better_now",
        "crisis",
        r"\b(?:\S+ ){0,8}?(?:last week|last month|la semana pasada|el mes pasado|ayer|yesterday)\b"
        r"[^.!?\n]{0,80}"
        r"\b(?:but|pero)\b[^.!?\n]{0,60}\b(?:good now|better now|doing great|fine now|esta bien"
        r"|ya esta bien|home now|doing well|esta todo ok|esta en casa|recuperandose)\b"
        r"(?![^\n]*\b(?:again|otra vez|de nuevo"
        r")\b)",
        "'He had a really bad night last week with those dark thoughts but he says he's good"
        " now', 'in the hospital last week after an overdose but she's home and doing great'.",
    ),
    _exclude(
        "benign.work_injury_seen_to",
        "crisis",
        r"\b(?:se corto|cut (?:his|her|my)) (?:el |the |his |her |my )?(?:dedo|finger|thumb|mano"
        r"|hand)\b[^\n]{0,60}(?:cosieron|stitched|stitches|esta bien|is fine|ok now)",
        "'Se corto el dedo con la sierra en el trabajo, ya lo cosieron, esta bien'.",
    ),
    _exclude(
        "benign.protection_granted",
        "crisis",
        r"\brestraining order\b[^\n]{0,30}(?:approved|granted|came through)\b|\borden de"
        r" restriccion\b[^\n]{0,30}(?:aprobaron|aprobada|dieron)\b",
        "'The restraining order on her ex got approved today': protection granted.",
    ),
)

# Twenty-ninth blind batch: the same topics asked about, planned for or told in group.
EXCLUSIONS += (
    _exclude(
        "history.the_night_told_in_group",
        "crisis",
        r"\b(?:in group|en el grupo)\b(?: \S+){0,4} (?:talked|hablamos|conte|shared|comparti)"
        r" (?:about|de|lo de) (?:the|la) (?:night|time|vez|noche|day|dia)\b[^.!?\n]*"
        r"|\b(?:asked me to|me pidio que) write about the time\b[^.!?\n]*"
        r"|\b(?:estuvo internad[oa]|was in the hospital|was hospitalized)\b[^.!?\n]{0,60}\b(?:pero"
        r"|but)\b[^.!?\n]{0,40}\b(?:dieron de alta|discharged|esta en casa|is home|home now"
        r"|recuperandose|recovering)\b",
        "'In group today we talked about the night I wanted to die', 'asked me to write about the"
        " time I overdosed', 'in the hospital for alcohol poisoning but discharged this morning'.",
    ),
    _exclude(
        "benign.asked_for_information",
        "crisis",
        r"\b(?:what are the signs|cuales son las senales|signs of (?:an )?(?:overdose|od))\b"
        r"[^?\n]*\?"
        r"|\b(?:puede dar|puede causar|can cause|does \w+ cause)\b[^?\n]{0,40}\?"
        r"|\bif (?:someone|anyone) ever\b[^.!?\n]*"
        r"|\b(?:drill|simulacro|training) (?:at work |today )*(?:for|de) (?:an )?(?:active"
        r" shooter|tirador)\b"
        r"|\bstabbed me in the back\b(?: at work)?"
        r"|\bayuda\b[^\n]{0,10}no se como (?:entrar|conectar|abrir|usar)\b",
        "'What are the signs someone is overdosing? want to be prepared', 'la abstinencia puede"
        " dar convulsiones?', 'if someone ever broke in I'd hide haha', an active-shooter drill,"
        " 'stabbed me in the back at work'.",
    ),
)

# Twenty-eighth blind batch: use that did not happen, or is not theirs.
EXCLUSIONS += (
    _exclude(
        "negation.used_in_a_dream_or_a_wish",
        "relapse",
        r"\b(?:had a dream|dreamt|dreamed|sone) (?:that )?i (?:used|drank|relapsed|was (?:using"
        r"|drinking)|consumia|tomaba)\b|\bwishing i had (?:a|some)\b|\bthinking about (?:smoking"
        r"|drinking|using|getting high)\b(?: \w+){0,2} again\b|\b(?:havent|have not) used\b"
        r"|\b(?:\w+ )?(?:cerveza|cervezas|beer|beers|vino|wine|drink|drinks|chela) (?:sin alcohol"
        r"|non ?alcoholic|alcohol free)\b|\b(?:non ?alcoholic|alcohol free|na) (?:beer|beers|wine"
        r"|drink|drinks)\b"
        r"|\b(?:tome|took) (?:la|my|mi) (?:metadona|methadone|dosis|dose|suboxone|suboxona)\b"
        r"|\btome mis? (?:medicina|medicinas|medicamento|medicamentos|pastillas? de la presion"
        r"|sertralina|fluoxetina|metformina|suboxone|naltrexona|antibiotico)\b"
        r"|\b(?:coworker|friend|brother|sister|roommate|boss|he|she) (?:was|is) hungover\b",
        "'Had a dream I used', 'wishing I had a glass of wine. I won't', 'una cerveza sin"
        " alcohol', 'tome mi sertralina', 'my coworker was hungover': no use of their own.",
    ),
    _exclude(
        "benign.water_and_coffee",
        "craving",
        r"\b(?:could go for|want|need|craving) (?:a |some )?(?:tall |big |cold )?(?:glass of )?"
        r"(?:ice )?(?:water|coffee|tea|lemonade|juice|soda)\b"
        r"|[^\n]*\b(?:felt nothing|no senti nada|didnt even want it|didnt bother me)\b",
        "'I could go for a tall glass of ice water', 'saw people smoking outside the bar and kept"
        " walking, felt nothing'.",
    ),
    _exclude(
        "benign.coffee_and_ready",
        "crisis",
        r"\b(?:cafecito|cafe|coffee|desayuno|breakfast)\b[^\n]{0,30}(?:ya estoy list[oa]|im ready)",
        "'Me tome un cafecito bien cargado y ya estoy listo': ready for the day.",
    ),
)


# Batch 30 (Spanish texted across the Americas and Spain): what its hard negatives showed.
EXCLUSIONS += (
    _exclude(
        "media.news_es",
        "crisis",
        r"\b(?:vi|salio|sale|pasaron|dijeron|dicen|lei|escuche) (?:\w+ )?en (?:las |el |la )?"
        r"(?:noticias|noticiero|tele|television|radio|periodico|face|facebook)\b(?: \S+){0,4}"
        r" (?:que )?(?:hubo|mataron|murio|balacera|tiroteo|sobredosis|asesinaron)\b",
        "'Vi en las noticias que hubo un tiroteo en el barrio': the news.",
    ),
    _exclude(
        "joke.sibling_threat_es",
        "crisis",
        r"\b(?:lo|la|los) voy a matar\b(?=[^\n]{0,20}\b(?:jaja\w*|jeje\w*|lol\w*|xd)\b)"
        r"|\b(?:jaja\w*|jeje\w*|lol\w*|xd)\b[^\n]{0,20}\b(?:lo|la|los) voy a matar\b"
        r"|\b(?:se (?:comio|acabo|tomo|robo)|me (?:comio|robo|gano|escondio|uso))"
        r" (?:mi|mis|el|la|los) (?:\w+ )?(?:flan|pastel|comida|cafe|control|cargador|tacos|pan"
        r"|galletas|helado|ropa|asiento|lugar|lonche)\b[^\n]{0,20}\b(?:lo|la) voy a matar\b",
        "'Mi hermano se comio mi flan, lo voy a matar jajaja': a family joke.",
    ),
    _exclude(
        "quote.someone_used_to_say_es",
        "crisis",
        r"\b(?:siempre )?(?:decia|decian|dice|dicen|decia mi \w+) (?:\w+ )?que dios (?:me|nos)"
        r" (?:recoja|lleve|recogiera|llevara)\b",
        "'Mi abuela siempre decia que Dios me recoja cuando se enojaba': quoting someone else.",
    ),
    _exclude(
        "negation.screening_answered_no_es",
        "crisis",
        r"\b(?:me )?(?:pregunto|preguntaron|pregunta|preguntan) si (?:tenia|tengo|he tenido|tuve"
        r"|pensaba|pienso)\b[^.\n]{0,60}\b(?:y )?(?:le |les )?(?:dije|conteste|respondi) que no\b",
        "'Mi consejera me pregunto si tenia pensamientos de hacerme dano y le dije que no': a"
        " screening question answered no.",
    ),
    _exclude(
        "topic.anniversary_es",
        "crisis",
        r"\b(?:hoy )?se (?:cumplen?|cumplieron) (?:\w+ )?(?:anos|meses|ano|aniversario)\b"
        r"(?: (?!\.|yo\b|y yo\b)\S+){0,10} (?:sobredosis|accidente|balazo)\b",
        "'Hoy se cumplen 3 anos que mi hermano se fue por una sobredosis': a loss remembered.",
    ),
    _exclude(
        "idiom.tie_strangles_es",
        "crisis",
        r"\bme ahorco con (?:esta|la|una|esa) (?:corbata|bufanda)\b|\b(?:corbata|bufanda|camisa"
        r"|cuello) (?:me )?(?:ahorca|aprieta)\b",
        "'Te juro que me ahorco con esta corbata, tengo entrevista': a tie.",
    ),
    _exclude(
        "work.patient_seen_es",
        "crisis",
        r"\b(?:llego|llegaron|atendi|atendimos|trajeron|entro|vi) (?:\w+ )?(?:un|una|a un|a una|dos"
        r"|tres|varios) (?:paciente|pacientes|senor|senora|muchacho|muchacha|chavo|persona)"
        r" (?:con|por) (?:una )?(?:sobredosis|intoxicacion|balazo|herida)\b",
        "'Hoy llego un paciente con sobredosis a la sala': a nurse's shift.",
    ),
    _exclude(
        "joy.me_muero_es",
        "crisis",
        r"\bme muert?o\b(?=(?: \S+){0,3} (?:me dieron|me aceptaron|me dio|gane|ganamos|que emocion"
        r"|que felicidad|que lindo|de la emocion|de la felicidad|me compro|me regalo|nos dieron|me"
        r" pidio)\b)|\b(?:me dieron|me aceptaron|gane|me pidio|nos dieron) [^.\n]{0,40}\bme"
        r" muert?o\b",
        "'ME MUEROOOO me dieron el trabajo!!!': joy.",
    ),
    _exclude(
        "media.telenovela_es",
        "crisis",
        r"\b(?:de|en) la (?:novela|telenovela|serie|pelicula|peli)\b(?: (?!\.|yo\b|me\b|y yo\b"
        r"|y me\b)\S+){0,8}",
        "'La vieja de la novela se tomo el veneno': a soap opera (up to where the writer speaks"
        " of themself: 'y yo quiero hacer lo mismo' stays).",
    ),
    _exclude(
        "history.no_longer_es",
        "crisis",
        r"\bya no (?:tengo|siento|pienso|me dan|me vienen)\b(?: (?!\.)\S+){0,6} como antes\b",
        "'Ya no tengo ganas de desaparecer como antes': what used to be.",
    ),
)


# Batch 31 (emergencies that are not suicide): what its hard negatives showed.
EXCLUSIONS += (
    _exclude(
        "history.seizure_free",
        "crisis",
        r"\b(?:seizure|seizures|convulsion) ?free\b|\bsin (?:convulsiones|ataques|convulsionar)\b"
        r"|\b(?:dts|delirium tremens|seizures?|convulsiones|withdrawal)\b[^.\n]{0,50}\b(?:\d+|a"
        r" few|two|three) (?:yrs|years|months) ago\b|\b(?:tuve|tenia|me dio|me dieron) (?:el |los"
        r" |unas )?(?:delirium tremens|convulsiones|dts)\b(?: \S+){0,2} hace (?:\d+|un|una|dos"
        r"|tres) (?:anos|ano|meses)\b",
        "'One year seizure free today!!', 'DTs were the worst part of my detox 2 yrs ago', 'tuve"
        " delirium tremens hace 3 anos': withdrawal long past.",
    ),
    _exclude(
        "medical.vaccine_shot",
        "crisis",
        r"\b(?:got|get|getting) shot\b(?: \S+){0,3} (?:with )?(?:my |a |the )?(?:flu|covid"
        r"|tetanus|booster|vaccine|b12|hep)\b",
        "'I got shot... with my flu shot lol': a vaccine.",
    ),
    _exclude(
        "benign.blue_from_candy",
        "crisis",
        r"\b(?:blue|purple) (?:lips|tongue|mouth|teeth)\b(?: \S+){0,2} (?:from|de) (?:the |a |my "
        r"|un"
        r" |una |la |el )?(?:slushie|slurpee|popsicle|candy|icee|raspa|raspado|paleta|kool aid"
        r"|gatorade|ring pop|lollipop|blue raspberry|frozen drink)\b",
        "'Blue lips from the slushie lmao'.",
    ),
    _exclude(
        "media.heard_on_the_news",
        "crisis",
        r"\b(?:heard|read|saw|seen) (?:about )?(?:the |a |all the |those )?(?:\w+ )?(?:overdoses?"
        r"|shootings?|stabbings?|murders?)\b(?: \S+){0,3} (?:on the news|in the news|online|on"
        r" facebook|on tv)\b",
        "'Heard about the overdoses downtown on the news, sad, glad im not out there'.",
    ),
    _exclude(
        "training.told_when_to_call",
        "crisis",
        r"\b(?:said|told (?:me|us)|learned|says|taught us) (?:to )?call 911 if\b[^.\n]{0,60}",
        "'Counselor said call 911 if i ever see someone turn blue, good to know': instructions.",
    ),
    _exclude(
        "benign.protective_order_granted",
        "crisis",
        r"\b(?:got|have|filed|renewed) (?:my |a |the )?(?:restraining|protective|protection) order"
        r"\b(?: (?:extended|renewed|approved|granted|today|back))*",
        "'Got my restraining order extended, feeling safer': protection, not danger (what follows"
        " it is still read).",
    ),
    _exclude(
        "idiom.pet_trying_to_kill_me",
        "crisis",
        r"\bmy (?:cat|dog|puppy|kitten|parrot|bird|cats|dogs|kid|toddler|baby) (?:is |are )?"
        r"(?:trying to|gonna|wants to|going to) (?:kill|murder|suffocate) me\b",
        "'Pretty sure my cat is trying to kill me she sleeps on my face'.",
    ),
    _exclude(
        "benign.child_hit_at_school",
        "crisis",
        r"\b(?:she|he|my \w+) (?:hit|punched|bit|pushed|kicked) (?:a|another) (?:kid|classmate|boy"
        r"|girl|student|child)\b(?: \S+){0,3} (?:at|in|during) (?:recess|school|class|daycare"
        r"|practice|lunch)\b",
        "'My daughters teacher called, she hit a kid at recess ugh'.",
    ),
    _exclude(
        "benign.knife_for_cake",
        "crisis",
        r"\b(?:cuchillo|knife)\b(?: \S+){0,3} (?:para|to) (?:partir|cortar|cut|slice) (?:el |la"
        r" |the )?(?:pastel|carne|pan|torta|pizza|cake|turkey|meat|bread|sandia|watermelon)\b",
        "'Mi tio saco el cuchillo... para partir el pastel jaja'.",
    ),
)


# Batch 32 (a crisis buried in an ordinary text): what its hard negatives showed.
EXCLUSIONS += (
    _exclude(
        "history.years_since",
        "crisis",
        r"\b(?:\d+|one|two|three|four|five|a) (?:years?|yrs|months) since (?:the (?:night|day) )?i"
        r" (?:odd|od|overdosed|tried|attempted|almost died|cut)\b",
        "'Today is 2 years since the night i odd and woke up in the icu. never going back'.",
    ),
    _exclude(
        "history.talked_me_through",
        "crisis",
        r"\b(?:ready to give up|wanted to die|wanted to give up|was suicidal"
        r"|gave up)\b(?: \S+){0,6}"
        r" (?:last (?:spring|summer|fall|winter|year|month)|\w+ (?:months"
        r"|years) ago)\b(?: \S+){0,3}"
        r" (?:and )?(?:he|she|they|you|group) (?:talked|got|pulled|helped) me\b",
        "'I was ready to give up on everything last spring and he talked me through it'.",
    ),
    _exclude(
        "topic.school_project",
        "crisis",
        r"\b(?:project|paper|essay|report|presentation|assignment|tarea|proyecto) (?:on|about|sobre"
        r"|de) (?:\w+ )?(?:addiction|adiccion|drugs|drogas|overdoses?|sobredosis"
        r"|suicide)\b[^.\n?]{0,80}"
        r"|\binterview (?:someone|somebody|you|a counselor) about (?:\w+ )?(?:overdoses?|addiction"
        r"|narcan)\b[^.\n?]{0,40}",
        "'My son is doing a school project on addiction, could he interview someone about"
        " overdoses and what narcan does?'.",
    ),
    _exclude(
        "history.old_chart",
        "crisis",
        r"\b(?:passive )?(?:suicidal|suicide) (?:ideation|attempt|thoughts?)\b(?: \S+){0,2} (?:in"
        r"|on)"
        r" my (?:old |medical )?(?:chart|records?|file|history)\b",
        "'My new therapist saw passive suicidal ideation in my old chart from 2019'.",
    ),
    _exclude(
        "negation.checklist",
        "crisis",
        r"\bno (?:thoughts of (?:suicide|self harm|hurting myself)|suicidal thoughts|si)\b(?: \.)?"
        r" no (?:self ?harm|hi|thoughts of hurting \w+)\b",
        "'No thoughts of suicide, no self harm, just checking the boxes like the nurse asked'.",
    ),
    _exclude(
        "benign.crowd_on_the_bridge",
        "crisis",
        r"\b(?:on|at|en) (?:the|el) (?:bridge|roof|rooftop|puente|techo|azotea)\b(?=[^\n]{0,80}\b"
        r"(?:fireworks|parade|the view|sunset|concert|packed|crowded|fuegos artificiales|desfile"
        r"|concierto|atardecer)\b)",
        "'Im standing on the bridge... the one downtown for the 4th of july fireworks lol'.",
    ),
    _exclude(
        "history.done_hurting_myself",
        "crisis",
        r"\b(?:done|finished|through) (?:with )?(?:hurting|cutting|harming) (?:<SELF>"
        r"|me)\b(?=[^\n]{0,60}"
        r"\b(?:months?|years?|days?|weeks?) (?:no|without|clean|free)\b)",
        "'Told my counselor i was done hurting myself and i meant it. 8 months no cutting today'.",
    ),
    _exclude(
        "idiom.want_to_die_of_embarrassment",
        "crisis",
        r"\b(?:i want to die|me quiero morir|quiero morirme|kill me now"
        r"|me muero)\b(?=[^\n]{0,90}\b(?:nobody told me"
        r"|no one told me|nadie me (?:dijo|aviso)|inside out|al reves|so embarrassing|que verguenza"
        r"|de (?:la )?verguenza|embarrass\w*|embarass\w*)\b)",
        "'Ugh i want to die, i wore my shirt inside out to the whole job interview':"
        " embarrassment.",
    ),
    _exclude(
        "history.urge_to_hurt_walked_off",
        "crisis",
        r"\b(?:wanted|want) to (?:strangle|kill|choke|murder|smack) (?:her|him|them"
        r"|my \w+)\b(?=[^\n]"
        r"{0,60}\b(?:instead|walked away|went for a walk|took a walk|feeling better"
        r"|calmed down)\b)",
        "'I wanted to strangle her lol. went for a walk instead, feeling better'.",
    ),
    _exclude(
        "negation.not_that_i_want_es",
        "crisis",
        r"\bno es que (?:me )?quiera (?:morir|morirme|matarme|hacerme dano|desaparecer)\b",
        "'No es que me quiera morir ni nada, nomas tengo sueno': a denial.",
    ),
    _exclude(
        "benign.naloxone_lost_or_refill",
        "crisis",
        r"\b(?:perdi|se me perdio|lost|misplaced|need (?:a )?(?:new|another)|otro) (?:el |la |my "
        r"|mi"
        r" )?(?:narcan|naloxone|naloxona)\b|\b(?:narcan|naloxone"
        r"|naloxona)\b[^\n]{0,60}\b(?:me pueden"
        r" dar otro|can i get (?:another|a new)|refill)\b",
        "'Se me perdio el narcan que me dieron, me pueden dar otro el jueves?': a refill.",
    ),
)
EXCLUSIONS += (
    _exclude(
        "benign.low_urge_score",
        "craving",
        r"\b(?:[0-4]|zero|no|cero) (?:de )?(?:urges?|cravings?|ansias|antojos?)\b(?! (?:bad|strong"
        r"|high|hard|rough|fuertes?))"
        r"|\b(?:urges?|cravings?|ansias)(?: (?:is|are|at|de|today|hoy|were|was))* (?:[0-4]|zero|low"
        r"|bajas?|cero|quiet|gone)\b(?! (?:but|pero)\b)",
        "'0 urges', 'urges 4, mostly bc my sister threw a fit', '2 de ansias', 'ansias 0': a low"
        " score on the check-in scale is not a craving (what else the text says still counts).",
    ),
)


# Batch 34 (psychiatric emergencies in people who also use): what its hard negatives showed.
EXCLUSIONS += (
    _exclude(
        "treatment.hearing_voices_group",
        "crisis",
        r"\bhearing voices (?:group|network|meeting|support)\b",
        "'Hearing voices group was really good tonight': a support group.",
    ),
    _exclude(
        "benign.plan_for_the_evening",
        "crisis",
        r"\b(?:a |my |the )?plan (?:for|para) (?:tonight|today|the weekend|this weekend|esta noche"
        r"|hoy)\b(?=[^\n]{0,40}\b(?:dinner|meditation|meditate|bed by|movie|gym|church|meeting"
        r"|groceries|cook|laundry|walk|bath|read|cena|cenar|dormir temprano|pelicula)\b)",
        "'I have a plan for tonight: dinner, meditation, bed by 10'.",
    ),
    _exclude(
        "history.time_without_overdose",
        "crisis",
        r"\b(?:\w+ )?(?:anos?|meses|years?|months|dias|days|semanas|weeks) (?:sin|without|free of"
        r"|no) (?:sobredosis|overdoses?|ods?|an overdose)\b|\b(?:overdose|od) ?free\b",
        "'Ya cumpli un ano sin sobredosis'.",
    ),
)


# Batch 33 (texts mangled by dictation, autocorrect and spelling): its hard negatives.
EXCLUSIONS += (
    _exclude(
        "history.overdose_years_ago",
        "crisis",
        r"\b(?:hace (?:\w+ )?(?:anos|meses)|(?:\w+ )?(?:years"
        r"|months) ago)\b[^.\n]{0,40}\b(?:overdos\w*"
        r"|sobredosis)\b|\b(?:overdos\w*|sobredosis)\b[^.\n]{0,40}\b(?:hace (?:\w+ )?(?:anos|meses)"
        r"|(?:\w+ )?(?:years|months) ago)\b",
        "'Hace dos anos casi me muero de una sobredosis, por eso estoy aqui', 'i almost overdosed"
        " 2 years ago': an overdose long past.",
    ),
    _exclude(
        "history.relative_died_long_ago",
        "crisis",
        r"\b(?:se suicido|se suicidio|se mato|committed suicide|killed (?:him|her)self|took (?:his"
        r"|her) own life)"
        r"\b(?=[^\n]{0,40}\b(?:cuando (?:yo )?era|when i was|years ago|hace \w+ anos|back in)\b)",
        "'Mi tio se suicido cuando yo era nina, hoy hablamos de eso en terapia'.",
    ),
    _exclude(
        "benign.help_now_that",
        "crisis",
        r"\bhelp now that (?:my|the) (?:car|ride|bus|phone|truck|job|shift)\b",
        "'I need help now that my car broke down, how do i get to group'.",
    ),
    _exclude(
        "idiom.family_me_mata_si_es",
        "crisis",
        r"\b(?:mi |la |el )?(?:abuela|abuelita|mama|mami|madre|papa|jefe|jefa|esposa|suegra)"
        r" (?:me )?mata si\b",
        "'Mi abuela me mata si no voy a misa jaja'.",
    ),
    _exclude(
        "negation.not_that_i_want_to_die_es",
        "crisis",
        r"^no (?:me quiero (?:matar|morir)|quiero (?:matarme|morirme))\b(?= (?:nomas|no mas|solo"
        r"|solamente|pero|nada mas)\b)",
        "'No me quiero matar, nomas estoy cansada del trabajo': a denial.",
    ),
    _exclude(
        "joke.kill_my_sibling_es",
        "crisis",
        r"\bmatar a mi (?:hermano|hermana|primo|prima|hijo|hija|esposo|esposa)\b(?=[^\n]{0,50}"
        r"\b(?:jaja\w*|jeje\w*|lol|por comer\w*|pastel|comida)\b)",
        "'Tengo ganas de matar a mi hermano por comerse mi pastel jaja'.",
    ),
    _exclude(
        "benign.not_living_here_es",
        "crisis",
        r"\bno quiero vivir (?:en|aqui en|mas en) (?:este|esta|el|la|esa|ese) (?:departamento|depa"
        r"|casa|ciudad|cuarto|pueblo|barrio|edificio|pais|apartamento|lugar)\b",
        "'Ya no quiero vivir en este departamento, esta lleno de cucarachas'.",
    ),
)
EXCLUSIONS += (
    _exclude(
        "benign.if_i_ever_see",
        "crisis",
        r"\bif i (?:ever )?(?:see|find) (?:someone|somebody|anyone|a friend|a person)"
        r" (?:od|ods|overdose|overdosing|not breathing|turn(?:ing)? blue)\b",
        "'I feel ready if i ever see someone od': after naloxone training.",
    ),
)


# Batch 35 (emoji, memes and gaming talk): its hard negatives.
EXCLUSIONS += (
    _exclude(
        "benign.wave_see_you",
        "crisis",
        r":wave:(?=[^\n]{0,30}\b(?:nos vemos|see (?:you|u|yall)|hasta (?:manana|luego|el)"
        r"|good ?night"
        r"|buenas noches|tomorrow|new job|monday)\b)|\b(?:nos vemos|see you|good ?night|buenas"
        r" noches|a dormir|to bed|bye for now)\b[^\n]{0,20}:wave:",
        "'Ya me voy a dormir, bye 👋🏻 nos vemos en el grupo'.",
    ),
    _exclude(
        "benign.logging_off_from_a_job",
        "crisis",
        r"\blog(?:ging|ged)? off for good\b(?=[^\n]{0,40}\b(?:new job|last day|job|work|shift"
        r"|twitter"
        r"|instagram|facebook|tiktok|social media|app)\b)|\b(?:last day|job|work"
        r"|shift)\b[^\n]{0,40}"
        r"\blog(?:ging|ged)? off for good\b(?: :wave:)?",
        "'Last day at my old job, logging off for good 👋🏻 new job monday!!'.",
    ),
    _exclude(
        "media.unalive_on_screen",
        "crisis",
        r"\b(?:character|show|episode|movie|anime|book|series)\b[^\n]{0,30}\bunalive\w*\b"
        r"|\bunalive\w*\b[^\n]{0,50}\b(?:episode|season|show|movie|anime|roblox|minecraft|fortnite"
        r"|game|youtube lingo)\b",
        "'My fav character got unalived in the first episode', 'im gonna unalive you in roblox'.",
    ),
    _exclude(
        "media.death_emoji_for_fun",
        "crisis",
        r"(?::grave:|:coffin:|:skull:)(?=[^\n]{0,40}\b(?:meme|episode|finale|season|character"
        r"|costume|halloween|tombstone|dance|show|movie|rip to my fav)\b)|\b(?:meme|episode|finale"
        r"|season|character|costume|halloween|tombstone|game over for the|dance|show|movie|funeral"
        r" episode)\b[^\n]{0,40}(?::grave:|:coffin:|:skull:)",
        "'The season finale killed me 😭🪦 rip to my fav character', 'the coffin dance meme ⚰️',"
        " 'game over for the Cowboys lmao 🪦', 'my nephew's halloween costume is a 🪦' (not"
        " 'main character dies at the end of the episode. the episode is tonight 🪦').",
        unless=r"\b(?:tonight|esta noche|my last|main character dies)\b",
    ),
    _exclude(
        "benign.blood_donation",
        "crisis",
        r"\b(?:donat\w*|donar|dono|blood drive|banco de sangre)\b[^\n]{0,40}:blood:"
        r"|:blood:[^\n]{0,40}"
        r"\b(?:donat\w*|donar|blood drive)\b",
        "'🩸 donated blood today! got a cookie', 'voy a donar sangre 🩸 manana'.",
    ),
    _exclude(
        "benign.kitchen_knife_emoji",
        "crisis",
        r":knife:(?=[^\n]{0,50}\b(?:set|cooking|chef|corta bien|ceviche|cocinar|regalaron|sharp|new"
        r" apartment)\b)",
        "'The knife 🔪 set i got for my new apartment', 'el cuchillo 🔪 que me regalaron corta"
        " bien, hice ceviche' (not one swung at someone).",
        unless=r"\b(?:swing\w*|waving|threaten\w*|pointing|stab\w*|chasing|coming at)\b",
    ),
    _exclude(
        "idiom.workout_killed_me_es",
        "crisis",
        r"\b(?:el gym|el gimnasio|el trabajo|la chamba|la clase|el entrenamiento|el ejercicio|la"
        r" rutina|el jefe|la tarea|el examen) me (?:mato|mata|esta matando)\b",
        "'El gym me mato hoy'.",
    ),
    _exclude(
        "idiom.wanted_to_die_laughing_es",
        "crisis",
        r"\bme (?:queria|quise) morir\b(?=[^\n]{0,15}\b(?:jaja\w*|lol|xd)\b)"
        r"|\bme (?:petateo|mori) de (?:risa|hambre|sueno|cansancio|verguenza)\b",
        "'Mi gato tiro el cafecito y me queria morir jaja', 'me petateo de risa'.",
    ),
)


# Batch 36 (the Englishes of US treatment programs): its hard negatives.
EXCLUSIONS += (
    _exclude(
        "idiom.prices_killing_me",
        "crisis",
        r"\b(?:bout to|about to|gonna|finna|going to|is) kill (?:me|us) with (?:these|those|the|his"
        r"|her|their) (?:prices|rent|bills|fees|questions|jokes|music)\b",
        "'Jawn at the corner store bout to kill me with these prices'.",
    ),
    _exclude(
        "benign.baby_fell_out_asleep",
        "crisis",
        r"\b(?:baby|kid|kids|son|daughter|toddler|he|she)\b(?: \S+){0,1} fell out\b(?=[^\n]{0,40}"
        r"\b(?:asleep|sleep|nap|napping|finally|car seat|laughing)\b)",
        "'My baby fell out in the car seat, finally asleep': fell asleep.",
    ),
    _exclude(
        "benign.gun_gone_from_the_house",
        "crisis",
        r"\b(?:shotgun|rifle|gun|guns|pistol)\b[^\n]{0,30}\b(?:sold|pawned|gave away|turned in"
        r"|locked"
        r" up|out (?:of )?the house|gone from the house)\b",
        "'My granddaddy's shotgun finally sold at the auction, glad it's out the house'.",
    ),
    _exclude(
        "idiom.edge_of_a_heart_attack_es",
        "crisis",
        r"\bal borde del infarto\b|\bme va a dar un infarto\b(?=[^\n]{0,30}\b(?:jaja\w*|partido"
        r"|juego|novela)\b)|\bmatar de un susto\b|\bme muero de (?:orgullo|amor|envidia|ternura"
        r"|la emocion|emocion)\b",
        "'Ese partido me tiene al borde del infarto jaja', 'dice que la voy a matar de un susto',"
        " 'me muero de orgullo'.",
    ),
)

# Batch 37 (health workers, officers and veterans in their own jargon): their work about
# others. `unless` keeps a self-assessment ("pt is me") from being read as a patient.
EXCLUSIONS += (
    _exclude(
        "work.about_a_patient",
        "crisis",
        r"\b(?:my|mi|a|un|the|el|our|had a|tuve un|tuvimos un|an?) (?:patient|pt|paciente|interno"
        r"|inmate)\b(?:" + _NOT_I + r"[^.\n]){0,80}|\bpt (?:reports|said|says|denies|has|had"
        r"|with)\b(?:" + _NOT_I + r"[^.\n]){0,60}",
        "'My patient ODd on purpose and we got him back', 'pt reports passive SI x 3 days, denies"
        " plan', 'bajamos a un interno que se intento ahorcar, llego vivo': a patient at work.",
        unless=_SELF_AS_PATIENT,
    ),
    _exclude(
        "work.exams_drills_and_screening",
        "crisis",
        r"\b(?:board question|nclex|boards|examen de enfermeria|studying for|estudiando para|drill"
        r"|simulacro|recert\w*|tamizajes?|screenings|charting)\b[^.\n]{0,80}|\bfake blood\b",
        "'Board question: pinpoint pupils, RR 6. answer: opioids', 'mass casualty drill today."
        " fake blood everywhere', 'hice 30 tamizajes de ideacion suicida en el turno'.",
        unless=_SELF_AS_PATIENT,
    ),
    _exclude(
        "work.a_shift_told",
        "crisis",
        r"(?:" + _NOT_ME + r"[^.\n]){0,60}\b(?:on my ambulance|this shift|word of the day in"
        r" the (?:ed|er)"
        r"|worked the (?:ed|er)|en la ambulancia|on an mvc|man down call|call today|en el turno"
        r"|en la guardia)\b(?:" + _NOT_ME + r"[^.\n]){0,40}",
        "'Narcan on my ambulance got used 3 times this shift', 'overdose was the word of the day"
        " in the ED', 'GCS 3 on an MVC today, didnt make it': a shift told.",
        unless=_SELF_AS_PATIENT,
    ),
    _exclude(
        "history.worked_through",
        "crisis",
        r"\b(?:had|tuve|tenia) (?:hi|si|passive si|active si|ideacion suicida)\b[^.\n]{0,30}"
        r"\b(?:years|months) ago\b|\b(?:seizure|overdose|od|attempt|convulsion)\b (?:i had )?(?:in"
        r"|back in|en) (?:19|20)\d\d\b",
        "'I had HI toward my ex years ago. worked through it in EMDR', 'the withdrawal seizure I"
        " had in 2019 is why I stay sober'.",
    ),
    _exclude(
        "service.name_or_retirement",
        "crisis",
        r"\bfinal formation\b(?= (?:was|is) the name\b)"
        r"|\bthe mission is over\b(?=[^\n]{0,60}\b(?:last"
        r" day of active duty|retire\w*|civilian life|discharged|dd ?214)\b)",
        "'Final formation was the name of the memorial ride', 'the mission is over. last day of"
        " active duty was yesterday, starting civilian life sober'.",
    ),
    _exclude(
        "topic.brought_up_in_group",
        "crisis",
        r"\b(?:brought up|mentioned|shared about|talked about)\b (?:suicide|overdoses?|self harm"
        r"|cutting)\b[^.\n]{0,30}\bin (?:group|class|therapy)\b",
        "'Somebody brought up suicide in group today and Im glad they did'.",
    ),
    _exclude(
        "joke.gallows_humor",
        "crisis",
        r"\b(?:gallows humor|en el cuartel decimos|at the station we say"
        r"|we always say)\b[^\n]{0,90}"
        r"(?=\b(?:its a joke|es un chiste|im fine|i know i know)\b)",
        "'Station gallows humor: if I have to do one more lift assist Im gonna kill myself. I know"
        " I know. its a joke, Im fine'.",
    ),
)
EXCLUSIONS += (
    _exclude(
        "benign.narcan_role",
        "crisis",
        r"\b(?:the )?(?:narcan|naloxone) (?:guy|girl|person|lady|carrier)\b|\bno (?:narcan"
        r"|naloxone)"
        r" needed\b",
        "'Im officially the narcan guy at our meeting', 'no narcan needed. funny night'.",
    ),
)


# Batch 38 (disclosure at arm's length): its hard negatives.
EXCLUSIONS += (
    _exclude(
        "topic.for_a_class",
        "crisis",
        r"^[^\n]*\b(?:nursing class|clase de enfermeria|school paper|paper on|para una tarea"
        r"|tarea de"
        r" la escuela|for a class|for my class|for school)\b[^\n]*",
        "'Im in a nursing class and were covering overdose', 'does 988 call the police every"
        " time? doing a school paper on crisis lines'.",
        unless=r"\b(?:for me|i want to die|kill myself|me quiero morir|matarme|not for a class|no"
        r" despertar|not wake up|enough to die|para morir|lethal|letal)\b",
    ),
    _exclude(
        "legal.good_samaritan",
        "crisis",
        r"\bif i (?:saw|see) someone (?:overdosing|od|odd|having an overdose)\b[^.\n?]{0,100}"
        r"|\bsi veo"
        r" a alguien con (?:una )?sobredosis\b[^.\n?]{0,100}|\bgood samaritan law\b[^\n]{0,80}",
        "'Hypothetically if I saw someone overdosing at a meeting, can I get in trouble for giving"
        " them narcan', 'is it true the good samaritan law protects you'.",
    ),
    _exclude(
        "idiom.if_i_have_to_sit_through",
        "crisis",
        r"\bif i have to\b[^\n]{0,60}\b(?:ill die|im gonna die|i will die|kill me)\b",
        "'If I have to sit through one more icebreaker at group Ill die'.",
    ),
    _exclude(
        "quote.what_a_relative_yells",
        "crisis",
        r"\b(?:my|mi) \w+ (?:always |siempre )?(?:yells|says|screams|dice"
        r"|grita)\b[^\n]{0,60}\b(?:every"
        r" time|cada vez|cuando pierde|classic him|classic her|asi es el|asi es ella)\b",
        "'My brother yells Im gonna jump off the roof every time the Eagles fumble'.",
    ),
    _exclude(
        "benign.safety_plan_test_run",
        "crisis",
        r"\btest run\b|\bthis is a test\b[^\n]{0,20}\b(?:im safe|i am safe|estoy bien)\b|\b(?:what"
        r" (?:id|i would) do|que haria) if i (?:was|were) (?:ever )?in danger\b",
        "'I said Id text you. So hi, this is a test run, Im safe'.",
    ),
)


# Batch 39 (typed drunk, high or in withdrawal): its hard negatives, typed the same way.
EXCLUSIONS += (
    _exclude(
        "benign.numb_from_the_gym_or_dentist",
        "crisis",
        r"\b(?:cant feel|no siento) (?:my |las |los )?(?:legs|piernas|arms|brazos)\b[^\n]{0,20}"
        r"\b(?:leg day|gym|workout|run|squats|ejercicio|despues del gym)\b"
        r"|\b(?:numb|cant feel my lip\w*)\b[^\n]{0,30}\b(?:dentist|dentista|novocaine|filling)\b"
        r"|\b(?:dentist|dentista)\b[^\n]{0,40}\b(?:numb|cant feel)\b[^\n]{0,20}",
        "'Cant feel my legs after leg day', 'my face is numb from the dentist cant feel my lipz'.",
    ),
    _exclude(
        "joy.heart_explodes",
        "crisis",
        r"\bheart is (?:gonna|going to|about to) explode\b(?=[^\n]{0,60}\b(?:graduat\w*|proud"
        r"|wedding"
        r"|born|birthday|walked)\b)|\bcorazon a mil\b(?=[^\n]{0,30}\b(?:examen|entrevista|partido"
        r"|cita|suerte)\b)",
        "'My heart is gonna explode my daughter just walked at graduation', 'el corazon a mil x el"
        " examen de manejo'.",
    ),
    _exclude(
        "idiom.family_said_shell_kill_me",
        "crisis",
        rf"\bmy {_FAMILY} said (?:shell|hell|she will|he will|she would|he would|shed|hed|theyll)"
        rf" kill me\b",
        "'My mom said shell kill me if i miss another sunday dinner lol'.",
        unless=r"\bjust saw us\b|\bwith a (?:girl|boy|guy|man|woman)\b"
        r"|\bif i dont (?:give|bring|hand|pay)\b",
    ),
    _exclude(
        "benign.leaving_a_group_chat",
        "crisis",
        r"\bbye forever\b(?=[^\n]{0,40}\b(?:gc|group chat|chat|leaving the)\b)",
        "'Ok bye forever im leaving the family gc'.",
    ),
    _exclude(
        "work.after_a_night_shift",
        "any",
        r"\b(?:after|from) (?:a |my |the )?(?:nite|night|double|dbl|long"
        r"|overnight) shift\b(?:" + _NOT_ME + r"[^\n]){0,60}"
        r"|\bwasted from (?:a |my |the )?(?:dbl |double |long )?(?:shift|day|week)\b",
        "'Tired af after nite shift, cant keep ey open', 'im wasted from a dbl shift'.",
    ),
    _exclude(
        "history.use_years_ago",
        "relapse",
        r"\b(?:\d+|a few|two|three) (?:yrs|years) ago\b[^\n]{0,60}|\bhace \d+ anos\b[^\n]{0,60}"
        r"|\blast time i (?:got drunk|drank|used|got high) was (?:in )?(?:19|20)\d\d\b[^\n]{0,40}",
        "'3 yrs ago i was so hungover i puked in my bosses car lol glad those days r over', 'last"
        " time i got drunk was 2017'.",
    ),
    _exclude(
        "benign.coffee_water_and_power",
        "relapse",
        r"\b(?:drank|had) (?:like |about )?\d+ cups of (?:coffee|tea)\b|\bcups of coffee\b|\bpower"
        r" blacked out\b|\b(?:me tome |tome )?(?:toda )?la botella de agua\b|\bbottle of water\b",
        "'Drank like 6 cups of coffee im shaking lol', 'power blacked out in the whole building',"
        " 'me tome toda la botella de agua en el gym'.",
    ),
)


# Batch 40 (participants in the justice system): its hard negatives.
EXCLUSIONS += (
    _exclude(
        "idiom.shot_down",
        "crisis",
        r"\b(?:got|get|was|been) shot down\b",
        "'I got shot down for the apartment bc of my record'.",
    ),
    _exclude(
        "history.testimony",
        "crisis",
        r"^[^\n]*\b(?:told my story|como testimonio|lo cuento en el grupo|my testimony"
        r"|mi testimonio)"
        r"\b[^\n]*",
        "'Told my story at the meeting about getting stabbed on the yard in 2012', 'en la pinta me"
        " apunalaron una vez, ahora lo cuento en el grupo como testimonio'.",
        unless=r"\b(?:tonight|right now|again|ahorita|otra vez)\b",
    ),
)


# Batch 41 (plain first texts, a third author): its hard negatives.
EXCLUSIONS += (
    _exclude(
        "topic.pamphlet_or_bill",
        "crisis",
        r"\b(?:pamphlets?|folletos?|brochures?|info|information|informacion) (?:on|about|sobre|de)"
        r" (?:alcohol poisoning|intoxicacion por alcohol|overdoses?|sobredosis|suicide|suicidio)\b"
        r"|\b(?:does|will|el) (?:insurance|seguro) (?:cover|cubre|pay for|paga)\b[^\n]{0,80}",
        "'Do you have a pamphlet on alcohol poisoning? I want to give one to my son', 'does"
        " insurance cover the ER visit from my overdose last March?'.",
        unless=r"\bsi me pasa un accidente\b|\bya lo pense bien\b",
    ),
    _exclude(
        "history.helped_then_better_now",
        "crisis",
        r"\b(?:last month|last week|el mes pasado|la semana pasada)\b[^\n]{0,60}(?=[^\n]{0,40}"
        r"\b(?:much better|better place|mucho mejor|ya estoy mejor)\b)"
        r"|\b(?:talked|helped|got) me (?:down|through)\b[^\n]{0,60}(?=[^\n]{0,40}\b(?:much better"
        r"|better place|mucho mejor)\b)",
        "'I want to thank the lady who talked me down last month when I wanted to end it all. Im"
        " in a much better place now'.",
    ),
    _exclude(
        "history.the_night_long_ago",
        "crisis",
        r"\bthe (?:time|night|day) (?:my|when|that) (?:\w+ )?(?:beat|hit|hurt|choked|attacked)\b"
        r"[^\n]{0,60}\b(?:years ago|it was years|long time ago)\b"
        r"|\bla (?:noche|vez) que (?:mi \w+ )?me (?:golpeo|pego|ahorco)\b[^\n]{0,40}\bhace anos\b"
        r"|\bla noche que termine en urgencias\b|\bthe night i ended up in the (?:er|hospital)\b",
        "'My therapist and I talked about the time my ex beat me up. It was years ago', 'quiere"
        " entender lo que paso la noche que termine en urgencias'.",
    ),
    _exclude(
        "topic.book_about_survival",
        "crisis",
        r"\b(?:book|libro|memoir|documentary|documental|movie|pelicula)\b[^\n]{0,40}\b(?:survived"
        r"|sobrevivio)\b[^\n]{0,40}",
        "'Im reading a book about a woman who survived domestic violence'.",
    ),
)


# Batch 42 (LGBTQ+ participants): its hard negatives.
EXCLUSIONS += (
    _exclude(
        "history.used_to_when_i_was",
        "crisis",
        r"\bi used to\b[^\n]{0,60}\bwhen i was (?:closeted|in the closet|younger|a kid|a teen"
        r"|using)\b"
        r"|\b(?:\w+ )?used to (?:hit|beat|hurt) me\b(?=[^\n]{0,40}\b(?:years? out|years ago|today i"
        r"|now i)\b)|\bthrew me out at \d+\b",
        "'I used to think about killing myself when I was closeted. writing this from my own"
        " wedding reception', 'my ex used to hit me. 2 years out', 'my mom threw me out at 16'.",
    ),
    _exclude(
        "topic.panel_or_talk",
        "crisis",
        r"\b(?:panel|platica|charla|workshop|taller)\b[^\n]{0,80}",
        "'The chemsex harm reduction panel was really good, they talked about G dosing and the"
        " signs of overdose'.",
        unless=r"\b(?:right now|like now|ahorita|tonight|i took|me tome|im going to|stopped"
        r" breathing|not breathing|no respira)\b",
    ),
    _exclude(
        "idiom.me_quede_muerta",
        "crisis",
        r"\bme quede muert[oa]\b",
        "'Ella arraso, me quede muerta': amazed.",
    ),
)


# Batch 43 (pregnant and parenting participants): its hard negatives.
EXCLUSIONS += (
    _exclude(
        "history.birth_story",
        "crisis",
        r"\b(?:thought i was going to die|screamed i wanted to die"
        r"|queria morir(?:me)?)\b[^\n]{0,40}"
        r"\b(?:labor|contractions|parto)\b|\b(?:labor|contractions"
        r"|parto)\b[^\n]{0,40}\b(?:thought i"
        r" was going to die|screamed i wanted to die|queria morir(?:me)?)\b"
        r"|\bcasi me desangro en el parto\b|\b(?:almost )?fainted at my glucose test\b|\bglucose"
        r" test\b|\bscare me to death\b"
        r"|\b(?:nos dieron|traigo|lo traigo) (?:el )?narcan\b[^\n]{0,40}",
        "'I thought I was going to die in labor lol but shes here', 'casi me desangro en el parto"
        " pero ya estoy bien', 'almost fainted at my glucose test', 'en la clase de mamas nos"
        " dieron narcan'.",
    ),
    _exclude(
        "joke.toddler_will_kill_me_es",
        "crisis",
        r"\bmi hij[oa] de \d+ (?:anos|meses) me (?:quiere|va a) matar\b",
        "'Mi hijo de 2 anos me quiere matar, se subio a la mesa otra vez'.",
    ),
)
