"""Exclusions: idioms and other phrasings that look like a rule but are not one.

An exclusion blanks out the words it matches, for the rules of its level only
("any": every level), and the rules run again. So "dying to see my kids" is
not a crisis, but "dying to see my kids, honestly I want to die" still is:
only the idiom is blanked. An exclusion is recorded in `Triage.rules` when it
silenced a rule. Jokes (lol, 😂) only excuse the idiom next to them.
"""

from __future__ import annotations

from sms.triage.model import Rule


def _exclude(name: str, level: str, pattern: str, rationale: str) -> Rule:
    return Rule(f"exclude.{name}", level, pattern, rationale)


# "My mom is gonna kill me" is an idiom said of family and bosses; of a partner or an ex
# it may be a threat, so for them the idiom needs a reason or a joke next to it.
_FAMILY = (
    r"(?:mom|mother|mama|dad|father|parents|boss|manager|sponsor|teacher|coach|counselor|sister"
    r"|brother|grandma|grandpa|aunt|uncle|landlord|supervisor|kids|family|therapist|doctor|pastor"
    r"|son|daughter|ma|pops|you|youre|u|ur|you are|yall|mama|abuela)"
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

EXCLUSIONS: tuple[Rule, ...] = (
    _exclude(
        "idiom.die_of",
        "crisis",
        r"\b(?:die|dying|died|dead|gonna die|going to die) (?:of|from) (?:laughter|laughing"
        r"|embarrassment|boredom|hunger|cringe|heat|the heat|curiosity|shame|jealousy|cuteness"
        r"|excitement|thirst|exhaustion|happiness|anticipation|suspense)\b|\b(?:die|dying|died"
        r"|dead) laughing\b|\bdying (?:to|for)\b|\bto die for\b|\brather die than\b|\bdie (?:if"
        r"|without) (?:i dont|i do not|i cant|i miss|my|this|that)\b",
        "'Dying to see', 'die of embarrassment', 'to die for': idioms of eagerness.",
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
        rf"\b(?:my |the |our )?{_RELATION} (?:is |s |are |re |will |would )?(?:gonna|going to|gon"
        rf"|will|would|is going to|is gonna|about to|bout to) (?:literally |totally |actually "
        rf"|so )?(?:kill|murder) (?:me|us)\b(?=.*\b{_CUE}\b)",
        "'My mom is gonna kill me if...': being in trouble, said with a reason or a joke.",
    ),
    _exclude(
        "idiom.family_gonna_kill_me",
        "crisis",
        rf"\b(?:my |the |our )?{_FAMILY} (?:is |s |are |re |will |would )?(?:gonna|going to|gon"
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
        r"|\bbeat (?:me|us|him|her|them) (?:at|in|to)\b|\bsh(?:ot|oot) (?:me|us) (?:a|an) (?:text"
        r"|message|email|call|dm|pic|photo|look|msg|video|link|note|meme)\b|\bsh(?:ot|oot) (?:me"
        r"|us) (?:a|an) (?:\w+ )?(?:text|message|email|video|link|pic|photo|meme)\b|\b(?:threw"
        r"|throw|throwing) (?:me|us) (?:a|an)\b|\bkick\w* (?:me|us) out\b|\bpush\w* (?:me|us) (?:to"
        r"|into|forward|through)\b|\bgrab\w* (?:me|us) (?:a|an|some|lunch|dinner|coffee|food)\b"
        r"|\bhurt (?:my|her|his) feelings\b",
        "'Hit me up', 'beat me at chess', 'shot me a text', 'kicked me out'.",
    ),
    _exclude(
        "idiom.wake_up_early",
        "crisis",
        r"\bwak(?:e|ing) up (?:early|at|for (?:work|school|class|group|church)|so early|before"
        r"|on time|in time)\b",
        "Not wanting to wake up early for work.",
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
        r"\b(?:im|i am|i m|am|i was) (?:really |definitely |honestly )?(?:not|never"
        r"|nowhere near) (?:suicidal|going to (?:kill|hurt) <SELF>|gonna (?:kill|hurt) <SELF>"
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
        r"|self harm)\b",
        "Suicide or overdose as a topic: a film, a talk, a prevention walk.",
    ),
    _exclude(
        "history.recovered",
        "crisis",
        r"\b(?:used to|use to|solia|antes)(?: \w+){0,3}? (?:cut|cutting|hurt|harm|want to die"
        r"|wanna die|die|dying|suicidal|suicide|kill|overdos\w*|od|morir\w*|matar\w*|cortaba"
        r"|lastimaba|suicid\w*|me cortaba|me lastimaba|me hacia dano)(?: <SELF>)?\b|\b(?:suicidal"
        r"|suicide|suicidio|die|dying|death|cutting|self harm\w*|overdos\w*|morir\w*"
        r"|muerte)\b(?=.{0,30}\b(?:not anymore|no longer(?! (?:can|able|want))|old normal|years ago"
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
        r"|watched) (?:\w+ ){0,2}(?:about|on) (?:the )?(?:suicide|overdoses?|self harm|death|narcan"
        r"|naloxone)\b|\b(?:hablamos|platicamos|hablaron|aprendimos|vimos) (?:\w+ ){0,2}(?:del|de"
        r"|sobre) (?:el |la )?(?:suicidio|sobredosis|autolesiones|la muerte|naloxona|narcan)\b"
        r"|\b(?:talked|talking|discussed|learned) (?:\w+ ){0,2}about (?:suicide|overdoses?"
        r"|self harm|narcan)\b(?=.{0,30}\b(?:in|at) (?:group|class|therapy|session|the meeting"
        r"|school|church)\b)|\b(?:movie|film|show|series|book|story|documentary|episode|song"
        r"|article|pelicula|serie|libro|documental|cancion) (?:\w+ ){0,6}?(?:suicide|suicid\w*"
        r"|overdos\w*|sobredosis|dies|died|death|kills (?:him|her)self|killed (?:him|her)self)\b",
        "Suicide or overdose as a topic of group, a film or a book.",
    ),
    _exclude(
        "topic.overdose_past",
        "crisis",
        r"\b(?:died|passed|passed away|lost (?:him|her|them|my \w+)|death|murio|fallecio"
        r"|se murio) (?:of|from|to|de|por) (?:an |a |una )?(?:overdose|od"
        r"|sobredosis)\b(?=.{0,40}\b(?:years? ago|months ago|last year|anniversary|in (?:19|20)\d\d"
        r"|back in|hace (?:\w+ )?(?:anos|meses)|el ano pasado)\b)|\boverdose (?:awareness"
        r"|prevention|training|class|statistics|stats|rates?|epidemic|deaths)\b|\b(?:awareness"
        r"|prevention) (?:day |event |month |week )?(?:for|on|about) overdose",
        "An overdose long past, or overdose awareness events.",
    ),
    _exclude(
        "idiom.overdosed_on_fun",
        "crisis",
        r"\b(?:overdos\w*|od|sobredosis) (?:on|de) (?:\w+ )?(?:netflix|sugar|candy|chocolate|coffee"
        r"|caffeine|tv|cookies|pizza|tacos|carbs|cuteness|cute|anime|love|christmas|halloween"
        r"|tiktok|youtube|shows?|memes|work|exercise|the gym|sun|sunshine|vitamin \w+|azucar|dulces"
        r"|cafe|amor|series|trabajo|pan)\b",
        "'Overdosed on Netflix': too much of something harmless.",
    ),
    _exclude(
        "topic.naloxone_training",
        "crisis",
        r"\b(?:narcan|naloxone|naloxona) (?:training|class|kit|kits|workshop|certification"
        r"|certified|box|vending|distribution|event|capacitacion|taller|curso)\b|\b(?:training"
        r"|class|workshop|capacitacion|taller|curso) (?:\w+ ){0,2}(?:narcan|naloxone|naloxona)\b"
        r"|\bcarry (?:narcan|naloxone)\b|\b(?:learn\w*|how to use|trained to use|aprend\w*"
        r"|como usar) (?:\w+ ){0,3}(?:narcan|naloxone|naloxona)\b|\b(?:narcan|naloxone"
        r"|naloxona)\b(?=.{0,40}\b(?:just in case|por si acaso|in my (?:bag|purse|car)"
        r"|en mi (?:bolsa|carro)|en la clinica|at the (?:clinic|pharmacy)|last (?:month|week|year)"
        r"|years? ago|hes alive|shes alive)\b)",
        "Naloxone training or carrying a kit.",
    ),
    _exclude(
        "idiom.cant_breathe_laughing",
        "crisis",
        r"\b(?:cant|can not|cannot) breathe\b(?=.{0,30}<HUMOR>)|<HUMOR>.{0,30}\b(?:cant|can not"
        r"|cannot) breathe\b|\bheart attack\b(?=.{0,30}<HUMOR>)|\balmost (?:had"
        r"|gave me) a heart attack\b",
        "'I can't breathe lol', 'almost had a heart attack': laughing or startled.",
    ),
    _exclude(
        "history.medical_past",
        "crisis",
        r"\b(?:had|has had|survived|died of|died from|passed from|murio de|fallecio de|tuvo) (?:a "
        r"|an |un |una )?(?:heart attack|stroke|seizure|infarto|ataque al corazon"
        r"|derrame)\b(?=.{0,40}\b(?:last (?:year|month|week)|years? ago|months ago|in (?:19|20)\d\d"
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
        r"|dye) (?:my|her|his|their) hair\b|\bdisappear (?:for a (?:bit|while|few days|week"
        r"|weekend)|under (?:a|the|my) (?:blanket|covers|rock)|into (?:my|a|the) (?:bed|book|show"
        r"|blanket)|on vacation|for the weekend)",
        "'This traffic makes me want to die lol', dyeing hair, disappearing under a blanket.",
    ),
    _exclude(
        "idiom.dead_phrases",
        "crisis",
        r"\bdead (?:tired|serious|set|wrong|last|on|center|broke|asleep|end|weight|ass|beat|meat"
        r"|silent|quiet|sure|to me|inside lol)\b|\b(?:im|i am|i m) (?:so |totally |literally "
        r"|actually )?dead\b(?! (?:inside|soon|by|tomorrow|tonight))|\b(?:die|dying) for (?:my|a|an"
        r"|this|that|it|some|you)\b|\bdeath of (?:my|his|her|their|a|our)\b|\b(?:dying|die) (?:my"
        r"|her) hair\b|\b(?:the|my|his|her) (?:phone|battery|laptop|car|plant|plants|dog"
        r"|cat) (?:\w+ ){0,3}(?:die|dead|dying)\b",
        "'Dead tired', 'I'm so dead' (in trouble), 'die for my kids', a phone's death.",
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
        r"\b(?:casi|me va a|me dio|me da|casi me da|me diste) (?:un )?(?:infarto|ataque)\b"
        r"|\bme rindo (?:con|en) (?:la|esta|el|este|mi|tu) \w+|\b(?:estoy|ando|andamos"
        r"|estamos) (?:bien |super |toda |todo )?muert[oa]s?\b(?! por dentro)",
        "'Casi me da un infarto', 'me rindo con esta tarea', 'estoy muerta' (worn out).",
    ),
    _exclude(
        "benign.toy_guns",
        "crisis",
        r"\b(?:nail|glue|staple|heat|water|nerf|toy|squirt|spray|paint|massage|bb|airsoft"
        r"|finger) guns?\b|\b(?:gun|guns|rifle|pistola|arma|knife|knives"
        r"|cuchillo)s? (?:\w+ ){0,6}?(?:locked|guardad[oa]|con llave|in a safe|license|permit"
        r"|for work|for my job|collection|for cooking|im a chef|soy chef)\b",
        "Nail guns, glue guns; a weapon locked away or for work.",
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
        r"|all)\b(?=.{0,25}\b(?:see you|see ya|until|till|have a|thanks|thank you|next week"
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
        "An accident while cooking, shaving or at the gym.",
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
        "Not answering texts or calls.",
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
        "idiom.muero_de_es",
        "crisis",
        r"\b(?:me )?(?:muero|muere|muera|morir|morirme|muriendo|mori|murio|muerto|muerta|muertos"
        r"|muertas|me voy a morir) (?:de|del|por|con) (?:la |el |las |los )?(?:hambre|sueno|risa"
        r"|frio|calor|ganas|cansancio|nervios|verguenza|pena|amor|aburrimiento|envidia|sed|cruda"
        r"|resaca|miedo|emocion|ansias|curiosidad|celos|flojera|gusto|alegria|felicidad|ver|verte"
        r"|verlos|saber|conocer|estar|ir|tenerte|abrazarte|comer|susto)\b",
        "'Me muero de hambre / de risa / por verte': idioms.",
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
        r"|skills|set|block)\b",
        "Hunting, a gun range, a knife collection.",
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
        r"\bme (?:va|van|quiere|quieren) (?:a )?matar (?:con|si|cuando|por|porque|de|jaja\w*)\b"
        r"|\bmatar (?:el tiempo|el rato|dos pajaros)\b|\bdesaparecer (?:del|de la|de este"
        r"|de las) (?:grupo|chat|whatsapp|trabajo|mapa|redes|fiesta)\b"
        r"|(?<!amenaza )(?<!amenazas )\bde muerte\b|\b(?:mi|la|el) (?:jefe|jefa|mama|mami|madre"
        r"|papa|papi|padre|esposa|esposo|novio|novia|maestra|maestro|profe|hermana|hermano|abuela"
        r"|suegra|patron|patrona|familia|consejera|padrino|madrina) (?:\w+ )?(?:me )?(?:va"
        r"|van) a matar\w*\b(?=.{0,40}\b(?:si|cuando|por|porque|jaja\w*|olvide|llego tarde)\b)",
        "'Mi jefe me va a matar si llego tarde': being in trouble.",
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
        r"\bme (?:corte|cortaron|cortare|voy a cortar) (?:el|la|las|los|un|una|mi|mis) (?:pelo"
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
        r"|tanta|mi|mis) (?:calor|frio|trafico|trabajo|tarea|ruido|dolor de|sueno|hambre|cansancio"
        r"|jefe|jefa|cabeza|espalda|pies|hijos|ninos|lluvia|tos|gripa)\b|\bno (?:puedo"
        r"|aguanto) mas de (?:la )?(?:risa|sueno|cansancio|hambre|calor|frio|emocion)\b"
        r"|\bcasi me muero\b|\bgun to my head,? (?:i|id)\b|\b(?:celular|telefono|bateria|carro"
        r"|coche|planta|pila) (?:\w+ ){0,3}(?:muriendo|murio|muere)\b",
        "Figures of speech: 'no aguanto este calor', 'casi me muero', 'gun to my head'.",
    ),
    _exclude(
        "benign.mentions",
        "any",
        r"\b(?:beer|wine|liquor) (?:commercial|ad|advert|aisle)\b|\bdealer days\b",
        "A beer commercial, 'my dealer days are over'.",
    ),
    _exclude(
        "benign.tomar_es",
        "relapse",
        r"\b(?:me )?tome (?:\w+ )?(?:mis |mi |la |las |el |un |una |unos |unas )?(?:cafe|agua|te"
        r"|jugo|leche|refresco|soda|medicina|medicamentos?|pastillas? de la presion|pastillas"
        r"|vitaminas|taxi|bus|camion|autobus|tren|metro|decision|fotos?|notas?|clases?|descanso"
        r"|pastilla para \w+|pastillas para \w+|siesta|aire|asiento|tiempo|cosas)\b",
        "'Tome' with coffee, water, medicine or a bus is not drinking.",
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
        r"\b(?:use|used|using) (?:the|my|your|a|an|it|that|this|some help|his|her)\b(?! (?:hit"
        r"|drink|line|bump|beer|shot|fix|pill|pills|bowl|joint|blunt|little something))",
        "'Use the bathroom', 'used my phone'.",
    ),
    _exclude(
        "benign.soft_drink",
        "any",
        r"\b(?:drink|drinks|drinking|drank|shot|shots|trago|tomar|tome"
        r"|tomando) (?:\w+ ){0,2}(?:of )?(?:water|coffee|tea|juice|soda|milk|espresso|agua|cafe"
        r"|jugo|leche|te)\b|\b(?:bottle|glass|cup|can) of (?:water|juice|soda|milk|coffee|tea"
        r"|lemonade|gatorade)\b|\bflu shot\b|\bshot at\b|\b(?:quiero|necesito) tomar (?:agua|cafe"
        r"|te|jugo|leche|un descanso|aire|una siesta|mis pastillas|mi medicina)\b",
        "Water, coffee, a flu shot.",
    ),
)
