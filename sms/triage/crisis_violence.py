"""Crisis rules for violence about to happen, to or from the writer: batch 57.

The fifty-seventh blind batch was written by a forensic social worker who runs anger-management
groups, in the voices of participants about to hurt someone and of those someone is coming for.
Held out, the rules caught 54.1% of its crisis messages: they knew "I'm going to kill him" but
not the street verbs ("wet him up", "slide on them", "put that mf in the dirt", "lo quiebro",
"le meto un plomazo"), lying in wait ("waiting in the bushes by his truck", "engine running
outside the bar he drinks at"), following someone ("following him to his exit"), a weapon
carried for a person ("tire iron in my lap", "I loaded it. Not for me. For him."), threats
received ("we know where you sleep", "there's a hit on me", "si no pago me matan"), or fear of
one's own next act ("scared of what I'm about to do", "no respondo de mi", "come take my guns").
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

# Weapons as this batch names them: street words, and tools picked up as weapons.
_ARMS = (
    r"(?:<WEAPON>|strap|blick\w*|heat|piece|shank|shiv|blade|brick|skillet|barreta|fusca|cuete"
    r"|filero|plomo)"
)
# Someone other than the writer, as the object of a threat.
_TARGET = (
    r"(?:him|her|them|em|that (?:dude|guy|mf|fool|boy|bitch|punk|rat|snitch|clown|man|kid"
    r"|n\w+)|this (?:dude|guy|mf|fool|boy|bitch|punk|rat|snitch|clown|man|kid|n\w+)|his \w+"
    r"|my (?:\w+ )?(?:ex|stepdad|roommate|coworker|landlord|brother|boss|neighbor|dealer))"
)
# Only a person: verbs that also take things ("end his lease", "drop him off" is excluded).
_PERSON = (
    r"(?:him|her|them|em|that (?:dude|guy|mf|fool|boy|bitch|punk|rat|snitch|clown|n\w+)"
    r"|this (?:dude|guy|mf|fool|boy|bitch|punk|rat|snitch|clown|n\w+))"
)

VIOLENCE_SOON: tuple[Rule, ...] = (
    _rule(
        "violence",
        "street_verbs",
        r"\b(?:im|i m|i am|ill|i will|gonna|going to|finna|bout to|about to|fixing to|ready to"
        r"|time to|tryna|trying to|want to|wanna)\b (?:\w+ ){0,2}?(?:(?:wet|stomp|slide on"
        r"|swing on|lay hands on|put hands on|body|murk|merk|shank) " + _TARGET + r"|(?:smoke|pop"
        r"|drop|end) " + _PERSON + r"(?! (?:off|a text|a line|in (?:\d|the game|fortnite|2k)))\b)"
        r"|\bim (?:dropping|stomping|smoking|popping|wetting|sliding on|swinging on) "
        + _PERSON
        + r"(?! (?:off|a text|in (?:\d|the game)))\b|\bgot (?:his|her|their) (?:new )?address\b"
        r"[^\n]{0,60}\b(?:full tank|min away|on my way|tonight|heading)\b"
        r"|\bcatch (?:a|another) body\b|\bput (?:him|her|them|that \w+|this \w+) in the (?:dirt"
        r"|ground|grave|hospital|morgue)\b|\btime to lay hands\b|\blay hands on\b"
        r"|\b(?:swing\w*|smack\w*|shoot\w*|pop\w*|drop\w*|stab\w*) on sight\b"
        r"|\bsmash (?:his|her|their) (?:head|face|skull)\b|\bhands around (?:his|her|their)"
        r" (?:neck|throat)\b|\bgoing (?:thru|through) (?:the|his|her) (?:own )?(?:windshield"
        r"|window|wall)\b|\b(?:gets|get|getting) carried out\b|\bout of (?:his|her|their)"
        r" hide\b|\bgetting the business\b|\bhandle (?:my|some|this) business with\b"
        r"|\b(?:tonight|today|tomorrow|now) (?:that|this|the) \w+ learns\b"
        r"|\b(?:picturing|imagining|fantasizing about|keep thinking about) (?:choking|killing"
        r"|stabbing|shooting|strangling|beating|smothering|running over)\b(?! (?:my ?self|me)\b)"
        r"|\bwhen i catch (?:him|her|them|that \w+)\b|\bcant hide forever\b"
        r"|\bcoming (?:thru|through) (?:the|his|her|your) door\b|\bposting up at (?:his|her)\b"
        r"|\bgo find (?:him|her (?:new )?(?:man|boyfriend|bf|dude)|his (?:new )?(?:girl|gf"
        r"|wife))\b|\bmake it worth it\b[^\n]{0,60}\ba visit\b|\bgoing back (?:in|inside) for"
        r" a real reason\b|\bi know what we do (?:with|to)\b|\bmasks on\b"
        r"|\bmeeting (?:him|them) behind\b|\b(?:im|i m|ill|i will) (?:gonna |going to )?bury"
        r" (?:him|her|that \w+)\b|\bin jail\b[^\n]{0,30}\bgoing to see (?:somebody|someone|him)\b"
        r"|\bdid \d+ (?:years |yrs )?for it\b[^\n]{0,20}\bmy turn\b",
        "'bout to slide on them boys from 5th st', 'imma wet him up', 'gonna put that mf in the"
        " dirt', 'im swinging on sight', 'he's going thru the windshield of his own truck', 'he"
        " gets carried out', 'tonight that dude learns': street words for hurting someone soon.",
    ),
    _rule(
        "violence",
        "lying_in_wait",
        r"\b(?:waiting|waitin|sitting|parked|hiding|posted up)\b (?:\S+ ){0,3}(?:in the bushes"
        r"|behind (?:his|her|their) \w+|by (?:his|her|their) (?:truck|car|door|house|job))\b"
        r"|\bengine running\b[^\n]{0,40}\b(?:waiting|him|her|he|she)\b"
        r"|\bwaiting (?:on|for) (?:him|her|them)(?: (?:in the parking lot|after close|to come"
        r" out|outside (?:his|her|the bar))| \.|$)"
        r"|\b(?:following|followed|tailing|going after) (?:\S+ ){0,4}(?:him|her|them|the (?:guy"
        r"|dude|car|truck))\b(?! (?:on|back)\b)[^\n]{0,40}\b(?:exit|home|gas station|lap|parking"
        r"|house|rn|now)\b|\bfollow (?:him|her|them) home\b"
        r"|\b(?:lo|la) (?:estoy|voy a) esperar\w* (?:afuera|con)\b|\besperar\w* con (?:la|el"
        r"|un|una) (?:barreta|bate|cuchillo|navaja|pistola|machete|fierro|tubo)\b"
        r"|\b(?:voy|vamos) (?:manejando )?detras del que\b",
        "'waiting in the bushes by his truck', 'engine running outside the bar he drinks at."
        " just waiting on him', 'following him to his exit rn', 'lo voy a esperar con la"
        " barreta': lying in wait for someone.",
    ),
    _rule(
        "violence",
        "armed_for_someone",
        r"\b" + _ARMS + r" (?:already )?(?:is )?in my (?:boot|pocket|lap|waistband|sock|hand)\b"
        r"|\b(?:strap|gun|piece|blick|heat|fusca|cuete) (?:is )?in the (?:glovebox|glove box"
        r"|console)\b|\bnot for me\b[^\n]{0,10}\bfor (?:him|her|them)\b"
        r"|\bloaded (?:it|the \w+|my \w+)\b[^\n]{0,30}\bfor (?:him|her|them)\b"
        r"|\b(?:got|have|grabbed|bringing|brought|with) (?:a|my|the|his) " + _ARMS + r"\b"
        r"[^\n]{0,40}\b(?:not playing nice|<SERIOUS>|tonight|learns)\b"
        r"|\b(?:walking|driving|heading|going|on my way) (?:over )?to (?:his|her|their|the \w+s)"
        r" (?:house|place|spot|crib|job|shop) (?:w|with) (?:my|a|the) " + _ARMS + r"\b"
        r"|\b(?:lock|padlock|soap|batteries|rocks?) in a sock\b"
        r"|\b(?:shells|ammo|bullets|rope|pills)\b[^\n]{0,30}\byou know (?:why|what for)\b"
        r"|\bso is my (?:knife|gun|blade|strap)\b"
        r"|\b(?:traigo|ya tengo|ya traigo|tengo lista) (?:la|el|mi|un|una) (?:navaja|cuchillo"
        r"|filero|pistola|cuete|fusca|machete|fierro|barreta|arma)\b"
        r"(?! (?:de|del|para) (?:trabajo|la chamba|el jale|cortar|cocina))"
        r"|\btrajo (?:un |una |la |el )?(?:cuchillo|navaja|arma|pistola|cuete|fierro|filero)\b",
        "'tire iron in my lap', 'blade already in my pocket', 'got my cousins strap in the"
        " glovebox', 'I loaded it. Not for me. For him.', 'walking to the dealers house w my"
        " hammer', 'put a padlock in a sock', 'ya traigo el machete': armed for a person.",
    ),
    _rule(
        "violence",
        "threat_received",
        r"\bwe know where (?:you|u) (?:sleep|live|stay|work)\b|\bsabemos donde (?:vives|duermes"
        r"|trabajas)\b|\b(?:a hit|hit|green ?light|price|contract|bounty) (?:out )?on (?:me|my"
        r" head)\b(?! (?:lol|of))|\b(?:says|said|saying) (?:im|i m|i am|ur|youre) dead\b"
        r"|\bim dead (?:the minute|when|if)\b|\b(?:pic|picture|photo|foto) of (?:his|a|the|her)"
        r" (?:gun|strap|knife|piece|pistola)\b|\b(?:\d|three|two|four|five|some|a few|couple)"
        r" (?:of them|dudes|guys|men|vatos)\b (?:\S+ ){0,2}(?:waiting|outside|posted)\b"
        r"|\bpulled up (?:w|with) (?:\d+|a few|some|three|two|four) (?:dudes|guys|people)\b"
        r"|\b(?:theyre|they are|hes|he is) getting out of the car\b"
        r"|\b(?:pulling up|pull up|coming) (?:to|on) my (?:\w+ )?(?:house|crib|spot|job)\b"
        r"|\b(?:pimp|my ex|they|my abuser|my dealer|the plug|he|she) (?:found|tracked down)"
        r" me(?: \.| on \w+)?$|\bnot (?:going|goin) (?:quiet|quietly)\b|\bgot something on me\b"
        r"|\bsi no (?:pago|le pago|les pago)\b[^\n]{0,40}\b(?:me|nos) (?:matan|dan cran"
        r"|quiebran|levantan|rompen|parten|pegan|van a matar)\b|\bme la tiene jurada\b"
        r"|\bme va(?:n)? a conocer\b",
        "'we know where you sleep', 'theres a hit on me', 'says im dead the minute i touch the"
        " block', 'a pic of his gun with my address', '3 of them waiting at the end of my street',"
        " 'pimp found me', 'si no pago la renta me matan': someone is coming for the writer.",
    ),
    _rule(
        "violence",
        "being_hurt_now",
        r"\b(?:choking|strangling|stabbing|stomping|dragging) (?:my |his |her )?(?:mom|mother"
        r"|mama|dad|sister|brother|grandma|baby|son|daughter|wife|kids?)\b"
        r"|\bthrowing me (?:around|against|into|across)\b"
        r"|\b(?:cracked|clocked|bashed|smacked|hit) me (?:in|on|over) the head\b"
        r"|\bshots (?:outside|fired|going off)\b|\bon the floor (?:w|with) my\b"
        r"|\b(?:un |el )?(?:plomazo|balazo|navajazo|punalada|cuchillada|fierrazo) en (?:la|el"
        r"|su|mi) \w+\b",
        "'dads choking mom in the kitchen', 'my son is high and throwing me around the"
        " kitchen', 'cracked me in the head w a skillet', 'shots outside im on the floor w my"
        " daughter', 'tiene un plomazo en la pierna': violence happening now.",
    ),
    _rule(
        "violence",
        "own_next_act",
        r"\bscared of what (?:im|i m|i am|i) (?:about to|gonna|going to|might|will|could) do\b"
        r"|\bno respondo de mi\b|\bsomebody(?:s| is)? (?:getting|gonna get|going to get)"
        r" (?:hurt|killed|shot|stabbed)\b|\bsomeone(?:s| is)? (?:getting|gonna get|going to"
        r" get) (?:hurt|killed|shot|stabbed)\b|\bcome (?:take|get) (?:my|the) (?:guns?|knives"
        r"|rifle|pistol|weapons?)\b|\b(?:its )?(?:me or (?:him|her)|el o yo|ella o yo)(?: \.|$)"
        r"|\bthis is me calling\b|\bdont (?:call|text) me after tonight\b"
        r"|\b(?:voy a|vaya a) hacer una (?:pendejada|locura|estupidez|tonteria) (?:grave|grande"
        r"|de la que)\b|\bi know where (?:she|he|they) (?:works|lives|sleeps|stays|parks)\b"
        r"[^\n]{0,40}\b(?:feel|pay|tonight|order)\b|\b(?:restraining|protective) order\b"
        r"[^\n]{0,40}\bi know where\b",
        "'scared of what im about to do to my roommate', 'no respondo de mi', 'somebodys getting"
        " hurt', 'somebody needs to come take my guns tonight', 'me or him. call': the writer"
        " fears their own next act.",
    ),
    _rule(
        "violence",
        "spanish_street_verbs",
        r"\b(?:darle|dar|doy|dare|le doy|le voy a dar|le vamos a dar) (?:en su madre|su merecido"
        r"|piso|cran|plomo|verga|cuello|un plomazo|un balazo|un tiro|un fierrazo|de punaladas"
        r"|de navajazos)\b|\ble (?:meto|voy a meter|vamos a meter) un (?:plomazo|balazo|tiro"
        r"|fierrazo|cuchillazo|navajazo|putazo|madrazo)\b|\b(?:le rompo|le parto|partirle"
        r"|romperle) (?:el hocico|la cara|la madre|su madre|el alma|la jeta|los dientes|la"
        r" cabeza)\b|\b(?:hoy|ya|esta noche|ahorita|si \w+(?: \w+){0,8}) (?:lo|la|los) (?:quiebro"
        r"|pico|mato|rajo|acuchillo|despacho|levanto|trueno|tumbo)\b|\bme la(?:s)? va(?:n)? a"
        r" pagar\b|\btumbarle la puerta\b|\bacabar con (?:ella|ellos|ese \w+|el)(?= \.| hablame"
        r"| de una| ya| hoy| esta noche|$)",
        "'le voy a dar en su madre', 'le meto un plomazo', 'le rompo el hocico', 'hoy lo"
        " quiebro', 'si vuelve a tocar a mi hermana lo pico', 'me la va a pagar', 'acabar con"
        " el': Spanish street words for hurting someone soon.",
    ),
    _rule(
        "suicide",
        "by_police",
        r"\b(?:make|making|let|have|get|getting) the (?:cops|police|pigs|feds) (?:do it|shoot me"
        r"|end it|take me out|finish it)\b|\bsuicide by cops?\b|\bprimero muerto que\b"
        r"|\bsi vienen por mi que me (?:quiebren|maten|tumben)\b",
        "'been thinking about making the cops do it for me', 'primero muerto que volver al"
        " bote. si vienen por mi que me quiebren': death at the hands of the police.",
    ),
    _rule(
        "self_harm",
        "cut_deep",
        r"\bcut (?:my|myself|my ?self)\b[^\n]{0,40}\b(?:deep|wont stop|will not stop|cant stop"
        r" the bleeding)\b",
        "'cut my arm instead of hitting him. its deep and wont stop': a cut that needs care.",
    ),
)
