"""Crisis rules for texts carried by emoji, memes and gaming talk: batch 35.

The thirty-fifth blind batch was written by a social-media content moderator: "🌉 tonight",
"👋🏻 for good", "🔚", "so tired of respawning in this life. i want permadeath", "ctrl alt supr
a mi vida", "ya me voy a desvivir 🫠". Held out, the rules caught 76.9% of its crisis
messages; most misses were emoji the normaliser dropped (now `:bridge:`, `:train:`,
`:wave:`, `:dove:`, `:salute:`, `:end:`, `:melting:`, `:upsidedown:`) and the vocabulary of
games and platforms. These rules read both: a goodbye or a place said in emoji, and an end
of life said as the end of a game or an account.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_GOODBYE_EMOJI = r"(?::wave:|:dove:|:salute:|:end:)"
_PLACE_EMOJI = r"(?::bridge:|:train:)"

ONLINE: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "goodbye_in_emoji",
        rf"^(?:{_GOODBYE_EMOJI} ?)+<EOT>"
        rf"|{_GOODBYE_EMOJI} (?:for good|forever|para siempre|tonight|esta noche)\b"
        rf"|\b(?:for good|forever|peace out forever|its been real|gracias por todo|adios a todos"
        rf"|goodbye everyone|me voy|sorry|perdon)\b(?: \S+){{0,3}} {_GOODBYE_EMOJI}"
        rf"|{_GOODBYE_EMOJI} (?:gracias por todo|thank you for everything|sorry|perdon)\b"
        rf"|\bits giving goodbye\b|\bpeace out forever\b"
        rf"|\b(?:my last post|mi ultima publicacion"
        rf"|last post)\b(?: \S+){{0,3}}(?: {_GOODBYE_EMOJI})?"
        rf"|\bif (?:u|you) dont hear from me (?:tomorrow|tonight|again)\b"
        rf"|\b(?:delete|borren|borra|borrar) (?:my|mi) (?:number|numero|contact|contacto)\b"
        rf"(?: \S+){{0,3}} (?:after|despues de) (?:tonight|today|hoy|esta noche)\b"
        rf"|\b(?:posted|puso|publico) {_GOODBYE_EMOJI} (?:for good|para siempre)\b",
        "'👋🏻 for good', '🔚', 'its been real. 🫡 peace out forever', 'adios a todos 🕊️"
        " gracias por todo', 'delete my number after tonight ok 👋🏻', 'i keep drafting my last"
        " post': a goodbye said in emoji.",
    ),
    _rule(
        "suicide",
        "place_in_emoji",
        rf"^(?::person: )?(?::arrow: )?{_PLACE_EMOJI}(?: \S+){{0,3}}<EOT>"
        rf"|{_PLACE_EMOJI} (?:tonight|esta noche|at \d+|a las \d+|now|ahora)\b"
        rf"|\b(?:just me and|solo yo y|ando en|estoy en) (?:the |las |los )?(?:tracks|vias|bridge"
        rf"|puente|rieles)\b(?: {_PLACE_EMOJI})?(?: \S+){{0,3}}(?: :melting:| no ?mas queria avisar"
        rf"| bye| sorry)"
        rf"|\b(?:tracks|vias|bridge|puente)\b (?:{_PLACE_EMOJI} )?:melting:",
        "'🌉 tonight', '🚆 at 11:40. sorry', '🧍‍♀️➡️🌉', 'just me and the tracks 🚆🫠', 'ando en"
        " las vias del tren 🚆 nomas queria avisar': a place said in emoji.",
    ),
    _rule(
        "suicide",
        "end_of_the_game",
        r"\b(?:want|wanna|i want) (?:permadeath|perma ?death)\b|\btired of respawning\b"
        r"|\b(?:despawned|patched out|deleted|uninstalled|logged out) (?:for good|of existence"
        r"|permanently|from life)\b|\bpatched out of existence\b"
        r"|\brage ?quit(?:ting)? (?:life|existence|this life|living)\b"
        r"|\btouch grass permanently\b"
        r"|\bfinal boss\b[^\n]{0,40}\b(?:losing|last try|last attempt|tonight)\b"
        r"|\b(?:ctrl|control) ?\+? ?alt ?\+? ?(?:supr|del|delete) (?:a )?(?:mi vida|myself|my life"
        r"|me)\b"
        r"|\bpetition for me to (?:not exist|stop existing|disappear)\b"
        r"|\bnot a phase\b[^\n]{0,20}\bits a plan\b"
        r"|\b(?:petatear(?:me)?|desvivir(?:me)?|me petateo|me desvivo)\b"
        r"|\bdar(?:me)? de baja de (?:esta|la) vida\b"
        r"|\balv (?:todo|la vida)\b(?: \S+){0,4} (?:me voy|ya fue)\b",
        "'So tired of respawning in this life. i want permadeath', 'rage quitting life fr. gg',"
        " 'ctrl alt supr a mi vida', 'ya me voy a desvivir', 'me quiero petatear': the end of"
        " life said as the end of a game or an account.",
    ),
    _rule(
        "suicide",
        "wished_accident",
        r"\b(?:wish|hope|wishing) (?:a|the) (?:car|bus|truck|train) (?:would )?(?:hit|hits|run"
        r" over|runs over) me\b|\bif a (?:bus|car|truck|train) hit me\b(?: \S+){0,3} (?:id|i would)"
        r" be (?:relieved|happy|glad|fine)\b"
        r"|\b(?:wanna|want to|gonna) drive into (?:the|a) (?:median|wall|pole|tree|overpass|river"
        r"|oncoming)\b",
        "'Not suicidal just wish a car would hit me', 'if a bus hit me id be relieved', 'wanna"
        " drive into the median so bad rn'.",
    ),
    _rule(
        "suicide",
        "note_and_means_said_lightly",
        r"\b(?:wrote|written|drafted|escribi) (?:my|mi) (?:note|notes|letters|carta|cartas)\b"
        r"(?: \S+){0,6}(?: lol| jaja| how modern| already| perdon| :upsidedown:)?"
        r"|\bwrote my (?:letters|note) already\b"
        r"|\bbought the pills (?:today|tonight)\b[^\n]{0,40}\b(?:drawer|waiting|ready|hidden)\b"
        r"|(?::drink:|:pill:)[^\n]{0,30}\bno reason to stop\b"
        r"|\b(?:im|i am) scared of what (?:im|i am) (?:about|going) to do\b"
        r"|\b:skull: (?::skull: )*(?:done|for real this time)\b",
        "'Wrote my note in my notes app lol how modern', 'i bought the pills today. theyre in my"
        " drawer 💊 waiting', 'pls im scared of what im about to do', '💀 for real this time. not"
        " the funny one'.",
    ),
    _rule(
        "help_now",
        "knife_and_lost",
        r"\btengo (?:el|un|la) (?:cuchillo|navaja|pistola)\b(?: \S+){0,2} (?:y )?no se (?:que"
        r" hacer|que voy a hacer)\b"
        r"|\bque se acabe (?:ya )?todo\b(?: :dove:| :end:| ya)",
        "'Diache mano tengo el cuchillo y no se que hacer', 'que se acabe ya todo 🕊️'.",
    ),
)
