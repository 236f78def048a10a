"""Crisis rules: self-harm, overdose and poisoning, medical emergencies.

Overdose signs are mostly reported by someone else ("he's not waking up",
"my friend is turning blue"); those rules are `crisis.overdose.*` so the reply
carries overdose steps (911, naloxone, rescue breathing).
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

SELF_HARM: tuple[Rule, ...] = (
    _rule(
        "self_harm",
        "hurt_self",
        r"\b(?:cut|cuts|cutting|cutted|burn|burns|burned|burnt|burning|hurt|hurts|hurting|harm"
        r"|harming|scratch|scratched|scratching|carve|carved|carving|hit|hitting|punch|punched"
        r"|punching|bang|banging|starve|starving|mutilate|mutilating) ?<SELF>",
        "Cutting, burning, hitting or otherwise hurting oneself.",
        joined=True,
    ),
    _rule(
        "self_harm",
        "named",
        r"\bself ?(?:harm|injur|mutilat)\w*|\b(?:relaps\w*|clean|urges?|urge) (?:on |from "
        r"|to )?(?:sh|cutting|self harm)\b|\bautolesi\w*|\bauto lesi\w*",
        "Self-harm named (incl. 'relapsed on sh', autolesion).",
    ),
    _rule(
        "self_harm",
        "cutting",
        r"\bcutting (?:again|tonight|deep|deeper|my (?:arms?|wrists?|legs?|thighs?|skin|stomach))"
        r"|\b(?:want|wanna|need|urge|urges|going|gonna|about|tempted|itching) (?:to )?(?:cut|burn"
        r"|bleed)(?: (?:so bad|really bad|again|tonight|deep|deeper|my (?:arms?|wrists?|legs?"
        r"|thighs?|skin)))?<END>|\b(?:want|wanna|need|urge|urges|going|gonna|about"
        r"|tempted) (?:to )?cut (?:so bad|really bad|again|tonight|deep|deeper|my (?:arms?|wrists?"
        r"|legs?|thighs?|skin))|\b(?:cant|cannot|couldnt|dont know how to) stop (?:cutting|burning)"
        r"(?: <SELF>)?<END>|\b(?:i|ive|im) (?:keep|kept|been|started|start|still|back to)"
        r" (?:cutting|burning)(?: <SELF>)?<END>|\burges? to (?:cut|burn)\b(?! (?:back|down|out"
        r"|class|in line|my hair|the|corners|ties|costs|carbs|sugar|coffee))",
        "Urges to cut or burn, cutting again, cutting they cannot stop.",
    ),
    _rule(
        "self_harm",
        "on_purpose",
        r"\b(?:burn\w*|cut|cuts|cutting|hit|hurt|bruis\w*|scratch\w*|bled|bleed\w*"
        r"|punch\w*)\b.{0,40}\b(?:on purpose|a proposito|adrede)\b|\b(?:tengo|me hice"
        r"|me hago) (?:cortadas|cortes|heridas|quemaduras) en (?:los|mis|las) (?:brazos|munecas"
        r"|piernas)\b|\b(?:arms?|wrists?|legs?|thighs?|skin|brazos?|munecas?|piernas?) (?:are |is "
        r"|estan |esta )?(?:covered in|full of|llen[oa]s? de) (?:cuts|scars|burns|blood|cortadas"
        r"|cortes|heridas)\b|\b(?:fresh|new|deep) cuts\b|\bi (?:cut|burned) (?:again|tonight"
        r"|last night|deeper|too deep)\b|\b(?:until|till|til) (?:it|i|they) (?:bleed|bleeds"
        r"|bled)\b",
        "Injuring oneself on purpose; arms covered in cuts; cutting again.",
    ),
    _rule(
        "self_harm",
        "tools",
        r"\b(?:razor|blade|knife|lighter|scissors|glass) (?:on|to|across|into) my (?:arm|arms|wrist"
        r"|wrists|leg|legs|skin|thigh|thighs|stomach)\b|\bburn(?:ed|t|ing)? my (?:arm|skin|wrist"
        r"|hand|leg) (?:with|on purpose)\b|\bhasta (?:sangrar|que sangre)\b",
        "A razor or lighter on one's own skin; scratching until bleeding.",
    ),
    _rule(
        "self_harm",
        "blade",
        r"\b(?:the|my|a|some|new) (?:razor|blade|razor blade|box cutter)s? (?:is |are )?(?:out"
        r"|ready|in my hand|next to me|with me)\b|\b(?:holding|grabbed|have the|with|got|have"
        r"|found)"
        r" (?:the |a |my |some )?(?:razor )?blades?\b",
        "A blade out and ready, or at hand ('in the tub with the blade').",
    ),
    _rule(
        "self_harm",
        "blood_emoji",
        r":blood:",
        "Drop-of-blood emoji.",
    ),
    _rule(
        "self_harm",
        "hurt_self_es",
        r"\bme (?:corte|corto|cortare|estoy cortando|voy a cortar|quiero cortar|sigo cortando"
        r"|volvi a cortar)\b|\bcortarme\b|\b(?:hacerme|hacer ?me|me hice|me hago|me estoy haciendo"
        r"|me voy a hacer|me quiero hacer) (?:dano|mal)\b|\blastimarme\b|\bme (?:lastime|queme"
        r"|golpee|rasgune) (?:a proposito|otra vez|de nuevo|adrede)|\bme estoy (?:lastimando"
        r"|quemando|rasgunando)|\b(?:ganas|antojo) de (?:cortarme|lastimarme|hacerme dano)",
        "Spanish: cutting or hurting oneself (me corte, hacerme dano, lastimarme).",
    ),
)

OVERDOSE: tuple[Rule, ...] = (
    _rule(
        "overdose",
        "named",
        r"overdos|over dos(?:e|ed|es|ing)\b|overdoes|overdoze|sobre ?dosis",
        "Overdose named (overdose, overdosed, OD'd, sobredosis).",
        joined=True,
    ),
    _rule(
        "overdose",
        "od",
        r"\b(?:od|ods|oding|odeing|oded)\b",
        "OD as a word.",
    ),
    _rule(
        "overdose",
        "took_too_much",
        r"\b(?:took|taken|consumed|ingested|necked|take|taking|swallowed|swallow|popped|pop|used"
        r"|downed|snorted|shot"
        r"|injected) (?:way |far |a lot |a little )?(?:too many|too much|more than i should|double"
        r"|triple)\b(?! (?:naps?|pictures?|photos?|selfies?|breaks?|days? off|classes|credits"
        r"|shifts?|hours?|time|risks?|chances?|notes?|steps?|calls?|vacation|on|of my time|shots"
        r"|drinks|beers))|\b(?:took|taken|consumed|ingested|necked|take|taking|swallowed|swallow"
        r"|ate|popped|downed"
        r"|drank) (?:a |an |the |my |his |her )?(?:whole|full|entire) (?:bottle|pack|box|strip"
        r"|sheet|jar|script|prescription)(?! of (?:wine|vodka|beer|whiskey|tequila|liquor|rum|gin))"
        r"|\b(?:took|taken|consumed|ingested|necked|take|taking|swallowed|swallow|ate|popped|downed"
        r"|did|used|snorted|shot"
        r"|smoked) (?:a |an )?(?:(?:handful|fistful|mouthful|hand full|fist full|mouth full)\b"
        r"|bunch"
        r" of (?:my |the |his |her "
        r"|those |these )?(?:\w+ )?<PILLS>)|\b(?:took|taken|consumed|ingested|necked|take|taking"
        r"|swallowed|swallow|ate"
        r"|popped|downed) all (?:of )?(?:my|the|these|those|them|his|her|their)\b|\b(?:took|taken"
        r"|take|taking|swallowed|swallow|ate|popped|downed) (?:everything(?! in me)|all of (?:them"
        r"|it)|(?:a|the|half a) (?:bottle|box|pack) of <PILLS>|half (?:the|my|a) (?:bottle|box"
        r"|pack)\b)|\b(?:took|taken|consumed|ingested|necked|swallowed|ate|popped|downed) (?:like "
        r"|about |around |over "
        r"|almost |maybe )?<MANY> (?:of )?(?:my |the |those |these |his |her )?<PILLS>"
        r"|\b(?:took|taken|consumed|ingested|necked|swallowed|ate|popped|downed) (?:\w+ )?(?:\d+"
        r"|two|three|four|several"
        r"|a few|multiple|a couple of|a couple) (?:bottles|boxes|packs|strips|sheets) of (?:my "
        r"|the "
        r"|his |her )?(?:\w+ )?<PILLS>",
        "Took too many or too much, a whole bottle (or two), a handful, all of them.",
    ),
    _rule(
        "overdose",
        "took_something",
        r"\b(?:took|taken|consumed|ingested|necked|swallowed|ate|popped) (?:way |a lot |so much "
        r"|far )?more than (?:my|the|i"
        r"|he|she|prescribed|what)\b|\b(?:took|taken|consumed|ingested|necked|had|used|did"
        r"|swallowed|ate|drank|snorted"
        r"|smoked|shot) (?:something|some stuff|a lot|way too|whatever)\b(?=.*\b(?:sick|weird"
        r"|spinning|shaking|foaming|seiz\w*|cant|wont|not|reaction|blue|passed|throwing up|vomit\w*"
        r"|numb|dizzy|heart|chest|breath\w*|help|scared)\b)|\b(?:bad|weird"
        r"|allergic) reaction to (?:something|what|the|his|her|my)\b|\bfoaming\b|\b(?:gasping"
        r"|struggling) for (?:air|breath)\b|\b(?:mitad|medio) (?:del|de un|de mi) (?:frasco|bote)\b"
        r"|\bme intoxique\b|\bse intoxico\b|\bintoxicacion\b|\bse (?:le )?paso (?:de"
        r"|la mano con) (?:la )?(?:dosis|pastillas|droga)\b|\bout cold\b"
        r"|\bneedle (?:still )?in (?:his|her|their|my) arm\b|\b(?:found|find) (?:him|her|them"
        r"|my \w+)\b.{0,40}\bnot moving\b|\b(?:me drogue|consumi|me meti|use|se drogo"
        r"|se metio) demasiado\b|\bme pase (?:de|con) (?:la dosis|las pastillas|la droga|la coca"
        r"|el cristal)\b|\btoo high\b(?=.*\b(?:scared|help|cant|dying|heart|breathe|chest)\b)"
        r"|\b(?:cpr|rescue breath\w*|chest compressions|rcp|reanimacion)\b"
        r"|\bpupils (?:are )?(?:tiny|pinpoint|so small)\b|\bojos en blanco\b|\bpale and (?:cold"
        r"|clammy|not)\b",
        "Took something and is reacting badly; gasping for air; took more than prescribed.",
    ),
    _rule(
        "overdose",
        "inject_it_all",
        r"\b(?:gonna|going to|about to|will|wanna|want to|ima|finna|im) (?:inject|shoot up)"
        r" (?:all|the whole|every bit|everything)\b"
        r"|\b(?:inject|shoot up|push) (?:the )?(?:morphine|fentanyl|insulin|potassium|propofol"
        r"|dilaudid|hydromorphone) (?:that )?i (?:took|stole|pocketed|brought home|diverted)\b"
        r"|\b(?:me voy a|voy a|quiero|pienso|vas a) inyectar(?:me)? (?:tod[oa]s?|el frasco"
        r"|la caja)\b"
        r"|\b(?:me voy a|voy a|quiero|pienso) (?:meter(?:me)?|poner(?:me)?|usar) tod[oa]s? (?:la"
        r"|el|las|los|mi|mis) (?:morfina|insulina|fentanilo|fenta|heroina|chiva|potasio|ampolletas"
        r"|ampulas|jeringas)\b"
        r"|\binyectar(?:me)? (?:la|el|esa|ese|toda la|todo el) (?:morfina|fentanilo|insulina"
        r"|potasio|propofol|dilaudid|hidromorfona) que (?:saque|me traje|me lleve|robe|agarre)\b",
        "'Me voy a inyectar toda la morfina', 'soy enfermera y me voy a inyectar la morfina que "
        "saqué', 'gonna inject all of it': meaning to take all of a drug, or one taken from work.",
    ),
    _rule(
        "overdose",
        "took_too_much_es",
        r"\b(?:tome|trague|tomo|tomaste|tomamos|me meti|se metio|me eche|tomarme|tragarme|tomar"
        r"|tragar|echar|echarme|meterme|empinarme|me voy a echar|me voy a tomar|me voy a tragar)"
        r" (?:\w+ ){0,2}(?:demasiad[oa]s?|much[oa]s|tod[oa]s|un monton de|un punado de"
        r"|un frasco|un bote|una caja|el frasco|el bote|la caja|media caja|medio frasco|medio bote"
        r"|media tira|la mitad del?|<MANY>) (?:\w+ ){0,3}?(?:<PILLS_ES>"
        r"|<PILLS>)"
        r"|\b(?:un|el) (?:frasco|bote) (?:entero|completo)|\bse (?:tomo|trago|comio|acabo|metio)"
        r" (?:\w+ ){0,2}(?:mis|las de|de mi|todas (?:las|mis)|el frasco de|un monton de) (?:\w+ )?"
        r"<PILLS_ES>",
        "Spanish: took too many pills (tome demasiadas pastillas, un frasco entero; Spanglish"
        " 'me tome like 20 pills'), or someone took another person's pills (mi hijo se tomo"
        " mis pastillas).",
    ),
    _rule(
        "overdose",
        "intent",
        r"\blet (?:it|the (?:drugs?|dope|pills|fent\w*|heroin)|them) (?:take|kill|finish) me\b"
        r"|\b(?:use|using|shoot|shooting|take|taking|do|doing|snort|snorting|drink|drinking|keep"
        r" using|keep drinking) (?:up )?(?:\w+ ){0,2}(?:til|till|until|untill) (?:my heart stops"
        r"|i die|im dead|i (?:dont|never) wake up|i stop breathing|i od|i overdose|it kills me)\b"
        r"|\b(?:shoot|use|take|do|snort|smoke) (?:up )?(?:everything|all (?:of )?(?:it|the \w+"
        r"|my \w+)) (?:i (?:have|got)|at once|in one go)\b|\benough (?:to |that i )?(?:kill me"
        r"|not wake up|never wake up|dont wake up|stop my heart|end it)\b",
        "Using in order to die: 'let it take me', 'use til my heart stops', 'everything I have"
        " at once', 'enough that I don't wake up'.",
    ),
    _rule(
        "overdose",
        "mixed",
        r"\b(?:mix|mixed|mixing|combined|combining|took|taking|did|popped) (?:\w+ ){0,2}(?:xanax"
        r"|xans|bars|benzos?|pills|opioids?|oxys?|percs?|fent\w*|heroin|dope|methadone|suboxone"
        r"|klonopin|valium|ambien|sleeping pills|:pill:) (?:and|with|w|on top of"
        r"|plus) (?:\w+ )?(?:<ALCOHOL>|xanax|benzos?|pills|fent\w*|heroin|dope|methadone)\b"
        r"|\b(?:mezcle|mezclo"
        r"|mezclando|combine|tome) (?:\w+ ){0,2}(?:pastillas|pildoras|xanax|clonazepam|rivotril"
        r"|calmantes|medicinas) (?:con|y) (?:\w+ )?(?:alcohol|cervezas?|tequila|vino|tragos?|licor"
        r"|mezcal|ron|vodka)\b|\b(?:drank|drinking|drunk)\b.{0,40}\b(?:took|take|taking"
        r"|popped)\b.{0,10}\b(?:pills|xanax|bars|benzos|meds|sleeping pills)\b",
        "Mixing depressants (benzos, opioids, alcohol by any name or measure): overdose risk.",
    ),
    _rule(
        "overdose",
        "laced",
        r"\b(?:was|is|were|got|probably|its|it was|must have been|maybe) laced\b|\blaced with"
        r"|\bcut with fent|\bhad fent(?:anyl)? in it|\bcontaminad[oa] con fentanilo",
        "Drugs laced with fentanyl.",
    ),
    _rule(
        "overdose",
        "naloxone",
        r"\b(?:narcan\w*|narcam|naloxone|naloxona|nalaxone)\b",
        "Naloxone (Narcan) mentioned: someone may be overdosing.",
    ),
    _rule(
        "overdose",
        "turning_blue",
        r"\b(?:turning|turned|going|gone) (?:kinda |all |really )?(?:blue|purple|gray|grey)\b"
        r"|\b(?:<OTHER>|lips|face|skin|fingers|nails|lips are|face is) (?:is |are |look "
        r"|looks )?(?:kinda |all |really )?(?:blue|purple|gray|grey)\b|\bblue lips\b"
        r"|\blabios (?:azules|morados)|\b(?:se esta poniendo|se puso|se pone|poniendose|se ve|esta"
        r"|tiene la cara|tiene los labios) (?:\w+ )?(?:azul|morad[oa]|azules|morados)\b",
        "Blue or purple lips or skin: an overdose sign.",
    ),
    _rule(
        "overdose",
        "not_breathing",
        r"\b(?:not|isnt|is not|aint|stopped|barely|hardly|no longer) (?:really )?breathing\b"
        r"|\bstopped breathing\b|\b<OTHER> (?:\w+ )?(?:cant|can not|cannot|wont|isnt|is not|doesnt"
        r"|does not) (?:really )?breath(?:e|ing)?\b|\bno (?:respira|esta respirando|puede respirar)"
        r"|\bdejo de respirar|\bapenas respira|\bbreathing (?:really |very |so )?(?:weird|funny"
        r"|slow|slowly|shallow|strange|wrong)\b|\bno respira bien\b|\bchoking on (?:his |her "
        r"|their |my )?(?:vomit|puke|throw up)",
        "Someone not breathing or barely breathing.",
    ),
    _rule(
        "overdose",
        "unresponsive",
        r"\b(?:unresponsive|non ?responsive|not responsive|isnt responsive|wasnt responsive"
        r"|no longer responsive)\b|\b<OTHER> (?:is |s )?(?:still )?(?:not|isnt|wont|cant|will not"
        r"|is not"
        r"|doesnt|does not|cannot|can not|aint) (?:responding|respond|reacting|react|waking up"
        r"|wake up|waking|opening (?:his|her|their) eyes|coming to|coming around)\b|\b(?:cant"
        r"|can not|cannot|couldnt) (?:wake|get) (?:him|her|them|my \w+|\w+) (?:up|to wake up"
        r"|to respond)\b|\b(?:wont|not|isnt) wak(?:e|ing) up\b|\bno (?:responde|reacciona|despierta"
        r"|se despierta|abre los ojos)\b|\bno (?:lo|la|los) (?:puedo|podemos) despertar",
        "Someone who will not wake up or respond.",
    ),
    _rule(
        "overdose",
        "other_signs",
        r"\b(?:snoring|gurgling|choking) (?:sounds|noises|weird|funny|loud|strange)|\b(?:weird"
        r"|strange|loud|funny) (?:snoring|gurgling|choking)\b|\bdeath rattle|\bpinpoint pupils"
        r"|\bfoam\w* (?:at|from) (?:the|his|her|their) mouth|\bespuma (?:por|en|de) la boca"
        r"|\becha(?:ndo)? espuma|\bfound (?:him|her|them|my \w+|\w+) (?:passed out|unconscious"
        r"|on the floor|not breathing|unresponsive|blue|slumped|collapsed)|\b<OTHER> (?:is "
        r"|s )?(?:not moving|limp|cold and (?:clammy|blue|gray|grey))\b|:pill: ?(?::pill: ?){2,}"
        r"|\b<OTHER> (?:\w+ ){0,2}(?:isnt|is not|aint|not|stopped|hasnt been) moving\b(?! (?:out|in"
        r"|to|back|away|forward|on|here|there|anytime|again|house|until|till|this|that|fast|quickly"
        r"|his|her|their|the|my|it|anything))|\b<OTHER> (?:\w+ ){0,2}(?:wont|will not|doesnt|cant)"
        r" move<END>",
        "Snoring or gurgling, pinpoint pupils, foaming, found collapsed, not moving.",
    ),
    _rule(
        "overdose",
        "a_lot",
        r"\b(?:took|taken|consumed|ingested|necked|swallowed|ate|popped|downed|took like|necked"
        r"|scoffed|had|done)"
        r" (?:a lot of|lots of|so many|many|a ton of|tons of|a whole lot of|a bunch of|loads of"
        r"|a considerable number of|a large number of|a great many|a good number of|quite a few"
        r"|a substantial number of|numerous"
        r"|a load of|a heap of|heaps of|a pile of|a fistful of|a shitload of|a shit ton of"
        r"|a crap ton of|a boatload of|a whole bunch of) (?:my |the |his |her )?(?:\w+ )?<PILLS>\b"
        r"|\b(?:me meti|se metio|consumi|use|se drogo|me drogue|me tire|me jale|me eche) (?:mucha"
        r"|demasiada|bastante|un chingo de|un monton de|un buen de|un chorro de|una bocha de"
        r"|un friego de|un mogollon de|un huevo de|un porron de|un vergo de) (?:droga|coca"
        r"|heroina|cristal|piedra|fentanilo|perico|pastillas|pastis|<PILLS_ES>)\b",
        "Took a lot of pills, in any words for a lot (loads of, a load of, heaps of; British"
        " 'necked'), used a lot (Spanish: me meti mucha droga).",
    ),
    _rule(
        "overdose",
        "risky_use",
        r"^(?=.*\b(?:fent\w*|heroin|dope|opioids?|fentanilo|heroina)\b)(?=.*\b(?:alone|by myself"
        r"|nobody (?:is )?here|sol[oa])\b)|\b(?:high|drunk) and (?:i )?(?:dont"
        r"|do not) feel (?:right|good|well|ok)\b|\b(?:dont|do not) feel right after (?:using|taking"
        r"|drinking)\b|\bput something in my drink\b|\bme pusieron algo en (?:la|mi) bebida\b",
        "Opioids alone, feeling wrong after using, a drink spiked.",
    ),
    _rule(
        "overdose",
        "more_signs",
        r"\bse (?:me|le) paso la mano<END>|\b(?:sale|saliendo|echa) espuma\b"
        r"|\brespira (?:muy )?(?:raro|lento|poco|feo|despacio)\b|\b(?:palid[oa]|fri[oa]) y (?:no"
        r"|fri[oa]|palid[oa]|morad[oa])\b|\btook the rest of (?:my|the|his|her) (?:\w+ )?<PILLS>",
        "Spanish signs (espuma, respira raro, palido y frio); took the rest of the pills.",
    ),
    _rule(
        "overdose",
        "bad_reaction",
        r"^(?=.*\b(?:used|using|took|taking|taken|necked|swallowed|did|snorted|shot up|smoked"
        r"|popped|drank|mixed|got high|got drunk|consumi|use|tome|me meti|fume)\b)(?=.*\b(?:feel"
        r" (?:really |so |quite |very |dead |proper |a bit )?(?:weird|funny|strange|sick|off"
        r"|like im dying|like i m dying|faint|woozy|lightheaded|light headed|like fainting)|(?:cant"
        r"|can not|cannot) (?:breathe"
        r"|stay awake|feel my|see|stand up)|heart (?:is )?(?:racing|pounding)|heart (?:wont"
        r"|will not) slow down|chest (?:hurts|pain)|so dizzy|going numb|blacking out|passing out"
        r"|keep throwing up|me siento (?:muy )?(?:mal|raro|rara|mareado|mareada)"
        r"|no puedo respirar|fading(?: out| away)?|slipping away|going under"
        r"|losing consciousness)\b)",
        "Used or took something and now feels wrong (cannot breathe, heart racing, passing out,"
        " fading out, faint or woozy).",
    ),
    _rule(
        "overdose",
        "maybe_dead",
        r"\b(?:think|pretty sure|afraid|scared|worried) (?:that )?<OTHER> (?:is |s |might be "
        r"|may be )?dead\b|\bfound (?:him|her|them|my \w+) dead\b|\b(?:creo que|parece que"
        r"|temo que) (?:\w+ )?(?:esta|este) muert[oa]\b",
        "Someone who may be dead: treat as an overdose until told otherwise.",
    ),
    _rule(
        "overdose",
        "poison",
        r"\b(?:drank|drink|drinking|swallowed|ate|took|drunk) (?:some |a bottle of |the "
        r"|a cup of )?(?:bleach|antifreeze|poison|rat poison|drain cleaner|cleaning products?"
        r"|pesticide|lye)\b|\bpoisoned (?:<SELF>|me|him|her)|\b(?:tome|me tome|trague|bebi"
        r"|se tomo) (?:\w+ )?(?:cloro|veneno|raticida|lejia|anticongelante)|\benvenen\w*",
        "Poisoning (bleach, antifreeze): treated as an overdose.",
    ),
    _rule(
        "overdose",
        "pill_emoji_distress",
        r"^(?=.*:pill:)(?=.*(?:\b(?:bye|goodbye|adios|done|the end|enough|over it|sorry|forgive"
        r"|ya no|no puedo|cant|no more|tired|die|death|morir|forever|everything|whole|handful"
        r"|all of them|todas|lo siento|<SELF>)\b|:(?:skull|coffin|grave|crying|brokenheart|sad):))",
        "Pill emoji together with distress words or emoji.",
    ),
)

MEDICAL: tuple[Rule, ...] = (
    _rule(
        "medical",
        "chest_pain",
        r"\bchest (?:pain|pains|hurts|is hurting|tight|tightness|is tight|pressure|feels tight)"
        r"|\bheart attack|\b(?:dolor|dolores|presion|opresion) (?:de|en el) pecho|\b(?:me"
        r"|le) duele (?:mucho )?el pecho|\bno puede hablar\b|\bhabla (?:muy )?raro\b|\b(?:ataque"
        r"|paro) (?:al corazon|cardiaco|de corazon)|\binfarto",
        "Chest pain or a heart attack.",
    ),
    _rule(
        "medical",
        "seizure",
        r"\bseiz(?:ure|ures|ing)\b|\bconvuls\w*|\bataque epileptico|\b(?:le|me) (?:dio"
        r"|esta dando) un ataque\b(?! de (?:risa|panico|ansiedad|tos))|\b(?:shaking|jerking"
        r"|twitching"
        r"|trembling|temblando|sacudiendose) (?:all over|uncontrollably|nonstop|sin parar"
        r"|todo)\b(?!"
        r" (?:from|because of|with|del|de) (?:the )?(?:cold|nerves|excitement|anxiety|fear|laugh\w*"
        r"|frio|nervios|miedo))|\b(?:body|arms) (?:is |are |keeps |keep )?(?:jerking|twitching"
        r"|convulsing)\b|\b(?:<OTHER>|im|i am|i m|my body) (?:\w+ ){0,2}(?:shaking|jerking"
        r"|twitching"
        r"|convulsing)\b.{0,30}\b(?:wont|will not|doesnt|cant|can not) stop\b",
        "A seizure (also from alcohol or benzo withdrawal), or shaking and jerking that will"
        " not stop, which is one until shown otherwise.",
    ),
    _rule(
        "medical",
        "cant_breathe",
        r"\b(?:cant|can not|cannot) breathe?\b|\b(?:hard|difficult|trouble"
        r"|struggling) (?:to )?breath(?:e|ing)?\b|\bno puedo respirar|\bme (?:cuesta"
        r"|falta) (?:respirar|el aire)",
        "Cannot breathe.",
    ),
    _rule(
        "medical",
        "collapsed",
        r"\b(?:passed out|pass out|passing out|collapsed|collapse|fainted|unconscious"
        r"|keeled over)\b|\b(?:he|she|they|<OTHER>) (?:just |done )?fell out\b(?! (?:of|with|over"
        r"|about|laughing|the|his|her|my|bed))|\b(?:se|me) (?:desmayo|desmaye|desmaya)\b"
        r"|\binconsciente|\bdesmayad[oa]"
        r"|\bperdio el conocimiento|\bse (?:desplomo|cayo y no)",
        "Passed out, collapsed or unconscious.",
    ),
    _rule(
        "medical",
        "panic_or_injury",
        r"\b(?:im|i am|i m|im having|i am having|having) (?:a |an )?(?:panic"
        r"|anxiety) attack(?: (?:right now|now|and))?\b(?! (?:yesterday|last|earlier|this morning))"
        r"|\b(?:me esta dando|tengo) un ataque de (?:panico|ansiedad)\b|\bthroat (?:is )?(?:closing"
        r"|swelling)|\bse me cierra la garganta\b|\b(?:fell|fall|hit) (?:and )?(?:hit )?(?:my|his"
        r"|her) head\b(?=.*\b(?:blood|bleed\w*|passed|unconscious|dizzy|throwing up|vomit\w*|cant"
        r"|wont|confused|not)\b)|\b(?:se|me) (?:esta |estoy )?ahogando\b|\bse (?:le )?paso (?:de"
        r"|la mano con) (?:la dosis|las pastillas|la droga)\b",
        "A panic attack now, throat closing, a head injury with symptoms, choking.",
    ),
    _rule(
        "medical",
        "accident",
        r"\b(?:i was|we were|just|i got|got) (?:in|into) (?:a|an) (?:bad |car "
        r"|serious )?(?:accident|crash|wreck)\b|\bgot hit by a (?:car|truck|bus)\b|\b<OTHER> (?:is "
        r"|s )?choking\b|\balcohol poisoning\b|\b(?:vomiting|throwing up|puking) and (?:confused"
        r"|passed out|wont wake|not responding|unconscious)\b|\b(?:tuve|tuvimos) un accidente\b"
        r"|\bme atropell\w*",
        "An accident, someone choking, alcohol poisoning.",
    ),
    _rule(
        "medical",
        "more",
        r"\bpregnant and bleeding\b|\bno se (?:levanta|mueve|puede levantar)\b|\b(?:\d|double"
        r"|triple|two|three) times my dose\b|\b(?:double|triple) (?:my )?dose\b"
        r"|\bpupils (?:are )?pinned\b",
        "Bleeding in pregnancy, someone who does not get up, several times the dose.",
    ),
    _rule(
        "medical",
        "other_emergency",
        r"\b(?:asthma|anaphylactic) attack\b|\banaphyla\w*|\bepi ?pen\b|\b(?:face|throat|tongue"
        r"|lips) (?:is |are )?(?:swelling|swollen)\b|\ballergic reaction\b"
        r"|\bblood sugar (?:is )?(?:really |very |so )?(?:low|high)\b(?=.*\b(?:confused|passed"
        r"|shaking|cant|wont|help|dizzy)\b)|\b(?:broke|broken) (?:my|his|her) (?:leg|arm|neck|back"
        r"|hip|ribs?|skull)\b|\b(?:cant|can not|cannot) (?:move|stand|walk on) (?:my |his "
        r"|her )?(?:leg|legs|arm|neck)\b|\bburned (?:really )?bad(?:ly)?\b|\bswallowed (?:something"
        r"|a battery|a magnet|bleach|poison)\b|\b(?:heat ?stroke|overheating)\b|\bslurred speech\b"
        r"|\bface (?:is )?(?:drooping|droopy)\b|\bmiscarr\w*|\bwont stop (?:vomiting|throwing up)\b"
        r"|\bataque de asma\b|\breaccion alergica\b|\bse (?:le )?(?:esta )?hinchando la (?:cara"
        r"|garganta|lengua)\b|\bse (?:quemo|rompio la (?:pierna|cabeza|espalda))\b"
        r"|\ble bajo (?:mucho )?el azucar\b|\bse le traba la lengua\b|\bcara chueca\b"
        r"|\bsangrando de la cabeza\b|\b(?:muy )?mareado y no (?:puede|se puede) (?:parar"
        r"|levantar)\b",
        "Other medical emergencies: asthma, allergic swelling, a broken neck, stroke signs.",
    ),
    _rule(
        "medical",
        "plain_signs",
        r"\beyes (?:rolled|rolling|rolled back|rolling back)\b|\b(?:cant|can not"
        r"|cannot) stop (?:throwing up|vomiting|puking|shaking)\b|\bchest (?:feels|is) (?:weird"
        r"|funny|wrong|strange|like (?:its on fire|an elephant|someone is sitting)|heavy"
        r"|tight|crushing)\b|\b(?:arm|face|side) (?:is |went )?numb\b|\bse me (?:durmio|entumio"
        r"|adormecio|cayo|chueco) (?:la cara|media cara|la boca|un lado|el brazo y la cara"
        r"|la cara y el brazo)\b|\bgurgling\b|^(?=.*\b(?:son"
        r"|daughter|kid|baby|child|toddler|she|he|nephew|niece|grandson|granddaughter|little one"
        r"|boy|girl)\b)(?=.*\b(?:swallowed|ate|got into|chewed|drank) (?:some of "
        r"|a bunch of )?(?:some "
        r"|the |my |her |his |\w+s )?(?:\w+ )?(?:pills?|pill bottle|meds|medicine|medication"
        r"|<PILLS>)\b)",
        "Eyes rolling back, vomiting that won't stop, a crushing chest, gurgling, a child who"
        " swallowed or got into someone's pills.",
    ),
    _rule(
        "medical",
        "withdrawal_more",
        r"\bseeing (?:bugs|spiders|snakes|people|shadows) (?:that|who|crawling|everywhere)\b"
        r"|\bbugs crawling\b|\b(?:shaking|trembling) (?:really |so |very )?(?:bad|badly"
        r"|uncontrollably|nonstop)\b|\bdetox\w* (?:alone|at home|by myself|cold turkey)\b"
        r"|\btemblando (?:mucho|muy fuerte|sin parar)\b|\bveo (?:bichos|animales|cosas que no)\b",
        "Dangerous withdrawal: seeing bugs, shaking badly, detoxing alone.",
    ),
    _rule(
        "medical",
        "more_signs",
        r"\bbad trip\b|\bvision (?:is )?(?:going black|blacking out|going dark)\b|\bslurring\b"
        r"|\bdizzy (?:and |that |i )?(?:i )?(?:cant|can not|cannot) (?:stand|walk|see)\b"
        r"|\bheart hurts (?:really |so )?(?:bad|badly|a lot)\b|\b(?:fell|fall)\b.{0,30}\b(?:cant"
        r"|can not|cannot) move\b|\bblood (?:on|all over) the (?:floor|walls|bed|bathroom)\b",
        "A bad trip, vision going black, slurring, a fall they cannot move after.",
    ),
    _rule(
        "medical",
        "pregnancy",
        r"\bpregnant\b.{0,40}\b(?:bleeding|cramps|pain|cant feel the baby)\b"
        r"|\bembarazada\b.{0,40}\b(?:sangrando|sangre|dolor|colicos)\b",
        "Pregnant with bleeding or pain.",
    ),
    _rule(
        "medical",
        "cant_feel",
        r"\b(?:cant|can not|cannot) (?:feel|move) (?:my|one) (?:left |right |whole )?(?:arms?|legs?"
        r"|face|body|hands?|feet|side)\b|\bno (?:siento|puedo mover) (?:el|la|los|las|mi"
        r"|mis) (?:brazos?"
        r"|piernas?|cara|cuerpo|manos?|lado)\b",
        "Sudden numbness or paralysis, on one side or all over, in either language.",
    ),
    _rule(
        "medical",
        "heart_racing",
        r"\bheart (?:is |keeps )?(?:racing|pounding|beating (?:so |really )?fast)\b(?=.*\b(?:used"
        r"|using|took|taking|did|after|coke|meth|pills|drank|mixed|cant|help|scared|dying|chest)\b)"
        r"|\bheart (?:feels like )?(?:it s |its |is )?(?:gonna|going to|about to) (?:explode|burst"
        r"|stop"
        r"|give out|beat out of my chest|jump out)\b(?! (?:with|from|of) (?:joy|happiness|love"
        r"|cuteness"
        r"|pride|excitement))|\bheart (?:is )?(?:pounding|beating) out of my"
        r" chest\b|\bcorazon (?:a mil|acelerad[oa]|(?:me )?late (?:muy |bien |super |demasiado )?"
        r"(?:rapido|fuerte|raro)|se me (?:va a )?sal(?:e|ir)|me va a explotar)\b(?=.*\b(?:consum\w*"
        r"|use"
        r"|tome|despues|coca|cristal|pastillas|miedo|ayuda|pecho|no puedo|siento|me duele|droga"
        r"|perico|piedra)\b)|\b(?:consum\w*|use|tome|coca|cristal|pastillas|droga|perico|piedra"
        r"|me meti)\b.*\bcorazon (?:a mil|acelerad[oa]|(?:me )?late (?:muy |bien |super "
        r"|demasiado )?(?:rapido|fuerte|raro)|se me (?:va a )?sal(?:e|ir)|me va a explotar)\b"
        r"|\b(?:fell|fallen|fall) and (?:cant|can not|cannot) get up\b|\bheart (?:is "
        r"|keeps )?(?:stopping|going to stop|gonna stop|slowing down)\b|\bfeel my heart (?:stop"
        r"|slow)\w*|\bbleeding\b(?=.{0,30}\b(?:head|a lot|bad|badly|wont stop|everywhere|help)\b)"
        r"|\b(?:head|face|mouth|ear|neck|wrist|wrists|stomach|chest) (?:is |s |wont stop "
        r"|keeps |started )?bleeding\b",
        "Racing heart after using (a heart about to explode; Spanish: corazon a mil), a fall"
        " they cannot get up from, bleeding from the head (or a head that is bleeding).",
    ),
    _rule(
        "medical",
        "bleeding",
        r"\b(?:throwing up|threw up|vomiting|vomited|puking|puked|coughing up|coughing|peeing"
        r"|spitting) (?:up )?blood\b|\bblood everywhere|\b(?:im|i am|i m|hes|shes|he is|she is"
        r"|theyre) bleeding\b|\bestoy sangrando\b|\bbleeding (?:a lot|badly|bad|heavily|so much"
        r"|everywhere|out|wont stop|that wont stop|and it wont stop|profusely)|\b(?:wont|cant"
        r"|doesnt|will not|cannot|it wont|can not|couldnt) stop (?:the |this |my |it |his |her )?"
        r"(?:bleeding|blood)|\bso much blood|\b(?:theres|there is|its|there s) (?:a lot of|so much"
        r"|too much|lots of) blood\b(?! (?:work|test|drawn|sugar|pressure|donation|drive|bank))"
        r"|\b(?:its )?not stopping\b(?=.*\b(?:cut|blood|bleed\w*)\b)|\b(?:vomitando|vomite|tosiendo"
        r"|escupiendo) sangre|\bsangrando mucho|\b(?:hay|sale|salio|perdi|perdio|pierde"
        r"|esta perdiendo|estoy perdiendo) mucha sangre|\bno (?:para|deja) de sangrar|\bdesangr\w*"
        r"|\bbleed(?:ing)? out\b",
        "Heavy bleeding, bleeding out (desangrarse), vomiting blood.",
    ),
    _rule(
        "medical",
        "withdrawal",
        r"\b(?:dts|delirium tremens|the shakes so bad|shaking so bad|hallucinat\w*|alucinando"
        r"|alucinaciones|viendo cosas)\b|\b(?:im |and |been |keep |started |i keep "
        r"|am )seeing things\b|\b(?:wont|cant|can not|cannot"
        r"|doesnt) stop shaking\b(?=.*\b(?:drinking|withdrawal|stopped|stopping|detox|alcohol|sober"
        r"|sweating|seeing|quit|quitting)\b)|\bno (?:deja|para) de temblar\b(?=.*\b(?:tomar|alcohol"
        r"|dejo|dejar|abstinencia|sudando)\b)",
        "Severe withdrawal: shaking, hallucinations, DTs.",
    ),
    _rule(
        "medical",
        "dying_now",
        r"\b(?:im|i m|i am|i think im|i feel like im|feel like im|i think i am|i feel like i am"
        r"|pretty sure im) (?:literally |actually |really )?dying\b|\b(?:siento que"
        r"|creo que) (?:me muero|me voy a morir|me estoy muriendo)|\bme estoy muriendo|\bse (?:esta"
        r"|estan) muriendo\b",
        "Feeling one is dying right now.",
    ),
    _rule(
        "medical",
        "stroke",
        r"\b(?:having a|had a|think im having a) stroke\b|\bderrame cerebral",
        "A stroke.",
    ),
)

# Third blind batch: older adults' formal reports, British words, every pill in the house.
OVERDOSE += (
    _rule(
        "overdose",
        "more_than_should",
        r"\b(?:took|taken|consumed|ingested|necked|swallowed|popped|had|used) (?:way |a lot "
        r"|so much |far |a bit |much )?"
        r"more (?:of )?(?:my |the |his |her |those |these )?(?:\w+ ){0,2}<PILLS>(?: \w+){0,2}"
        r" than (?:i |he |she |they )?(?:should(?: have)?|was supposed to|am supposed to|prescribed"
        r"|(?:the |my )?(?:doctor|bottle|label|script|prescription) (?:said|says)|i meant to)\b"
        r"|\b(?:tome|me tome|se tomo|trague|se trago) (?:muchas |mucho )?mas (?:\w+ ){0,3}de (?:las"
        r" |lo )?que (?:debia|debo|me (?:recetaron|dijeron|toca|tocaba)|le recetaron)\b",
        "More of a medication than one should have taken, as an older adult reports it ('I have"
        " taken more of my heart medication than I should have'); Spanish 'mas de las que me"
        " recetaron'.",
    ),
    _rule(
        "overdose",
        "every_pill",
        r"\b(?:take|took|taken|taking|swallow\w*|pop\w*|down\w*|eat|ate|neck\w*) (?:every|each)"
        r" (?:single |last )?(?:one of (?:my|the|those|these|them)|<PILLS>|pill|tablet)\b"
        r"|\b(?:take|took|taken|taking|swallow\w*|pop\w*|down\w*) all (?:the|of the) (?:\w+ )?"
        r"<PILLS> in (?:the|this|my) (?:house|cabinet|medicine cabinet|bathroom|drawer|place)\b"
        r"|\b(?:took|taken|consumed|ingested|necked|swallowed|popped|ate|downed) (?:some |the |my "
        r"|those |these )?<PILLS>"
        r" (?:\w+ )?(?:a )?(?:lot of them|lots of them|bunch of them|ton of them|too many|way too"
        r" many|all of them|a whole bunch)\b",
        "Taking every pill in the house, every last one of them; pills and then 'a lot of"
        " them' ('i tuk sum pils lot of them').",
    ),
)

MEDICAL += (
    _rule(
        "medical",
        "fit",
        r"\b(?:having|had|has|in|throwing|took) (?:a |some |another )?(?:kind of |sort of )?fits?\b"
        r"(?! (?:when|about|over|because|cause|cuz|at me|of (?:laughter|giggles"
        r"|rage)))(?=.*\b(?:took"
        r"|taken|used|drank|pills|fell|fallen|floor|shaking|jerking|breath\w*|foam\w*|eyes"
        r"|wont stop"
        r"|cant stop|not responding|something|ambulance)\b)|\b(?:took|taken|consumed|ingested"
        r"|necked|used|drank|pills|fell"
        r"|fallen|floor|shaking|jerking|foaming)\b.*\b(?:having|had|has|in|throwing) (?:a |some "
        r"|another )?(?:kind of |sort of )?fits?\b(?! (?:when|about|over|because|cause|cuz|at me"
        r"|of (?:laughter|giggles|rage)))",
        "'Having a fit' is British and older English for a seizure: with a fall, something"
        " taken or shaking, it is one (not a fit about something, which is a temper).",
    ),
    _rule(
        "medical",
        "chest_pain_es",
        r"\b(?:dolor|dolores|presion|opresion|ardor)(?: \w+){1,3} (?:de|en el) pecho\b"
        r"|\bme (?:duele|arde|aprieta) (?:\w+ ){0,2}el pecho\b",
        "Spanish chest pain with words between ('un dolor muy fuerte en el pecho').",
    ),
)

OVERDOSE += (
    _rule(
        "overdose",
        "the_lot",
        r"\b(?:take|took|taken|taking|swallow\w*|neck\w*|down\w*|pop\w*) the (?:whole )?lot"
        r"(?: of (?:\w+ ){0,2}<PILLS>| of them)?<END>|\b(?:take|took|taken|taking|swallow\w*"
        r"|neck\w*|down\w*|pop\w*) the (?:whole )?lot of (?:\w+ ){0,2}<PILLS>\b",
        "British 'the lot' for all of them: 'going to neck the lot of these tablets'.",
    ),
    _rule(
        "overdose",
        "checkin_pills",
        r"^(?:[7-9]|10)\b(?: ?\/ ?10)?(?: \.)? (?:y |and |also )?(?:ya |already |just )+(?:me )?"
        r"(?:tome|took|taken|swallowed|trague|popped)\b|^(?:[7-9]|10)\b(?: ?\/ ?10)?(?: \.)? (?:y "
        r"|and |also )?(?:i )?(?:tome|took|taken|swallowed|trague|popped) (?:all|todas|the whole"
        r"|every|el frasco|the bottle)\b",
        "A check-in answer rating urges high with the pills already taken ('10 y ya me tome las"
        " pastillas').",
    ),
    _rule(
        "overdose",
        "sleeping_cold",
        r"\b(?:sleeping|asleep|out|passed out|been out|knocked out) (?:for )?(?:too long"
        r"|way too long"
        r"|for hours|all day|so long|a long time)\b.{0,40}\b(?:cold|blue|grey|gray|pale|wont wake"
        r"|cant wake|not moving|not breathing|barely breathing|clammy)\b|\b(?:cold|blue|pale"
        r"|clammy)\b.{0,40}\b(?:sleeping|asleep|out) (?:for )?(?:too long|way too long|for hours"
        r"|so long)\b",
        "Asleep too long and cold or blue: an overdose sign a friend notices.",
    ),
)

# Fourth blind batch: overdose told as a question about a dose, and as a body state after a
# substance described without medical words ("can't keep my eyes open and my breathing is
# weird after the pills").

# Something taken: pills by name, street drugs, "using", in English and Spanish.
_TAKEN = (
    r"(?:<PILLS>|<PILLS_ES>|<SLANG>|the line|a line|the hit|using|i used|shooting up|shot up"
    r"|i took|took (?:them|it|something)|consumi|consumir|me meti|me tome|fentanilo|drinking and"
    r" (?:the )?pills)"
)
# How the body feels, in plain words: breathing, eyes, heart, not moving, chest pressure.
_BODY = (
    r"(?:breathing (?:is |feels |got |gets )?(?:\w+ )?(?:weird|funny|strange|slow|shallow|hard"
    r"|off|wrong)|(?:cant|can not|cannot|not able to|unable to) (?:\w+ )?(?:breathe|breath"
    r"|keep my eyes open|stay awake|feel my (?:legs|arms|face|hands))|be able to breathe"
    r"|(?:isnt|is not|not|wont|aint) (?:moving|responding|waking up)|heart (?:is )?(?:going"
    r" crazy|going nuts|racing|pounding|wont slow down)|respiro (?:raro|mal|lento|poco|muy poco)"
    r"|no (?:puedo|puede) (?:respirar|mantener los ojos abiertos|despertar)|no se (?:mueve"
    r"|despierta)|me aplasta(?:n)? el pecho|no siento (?:las piernas|los brazos|la cara))"
)

OVERDOSE += (
    _rule(
        "overdose",
        "dose_question",
        r"\b(?:how many|how much|cuantas?|cuantos?)\b[^.!?]{0,50}\b(?:too many|too much|(?:is|are)"
        r" (?:deadly|lethal|fatal)|would kill|to kill|kill (?:you|me|someone|a person)|to die|to"
        r" not wake up|to never wake up|to od|to overdose|es mortal|son mortales|es letal|para no"
        r" despertar|para morir|para matar|te mata|mata a)\b|\bhow long (?:does it|would it|will it"
        r"|till|until|before) (?:take )?(?:for )?[^.!?]{0,30}\b(?:to kill|kills?|to die|die|to be"
        r" dead)\b"
        r"|\bis (?:like )?<MANY> (?:of (?:my |the |these )?)?(?:<PILLS>|<SLANG>) (?:a lot|too many"
        r"|too much|bad|dangerous|enough)\b|\btoo late to (?:throw up|puke|vomit|get (?:them|it)"
        r" out)\b|\bse puede (?:uno )?morir(?: uno)? (?:si|con|de|por)\b(?=.{0,60}\bya (?:lo"
        r" hice|me (?:lo|las|los) tome)\b)",
        "A question about a dose that only matters if it was taken to die or too much was"
        " taken: how many would be too many or deadly, is 40 Klonopin a lot, too late to throw"
        " the pills up, 'cuantas se necesitan para no despertar'. Doses as prescribed (mg, a"
        " day, missed) are not asked this way.",
    ),
    _rule(
        "overdose",
        "body_after_use",
        r"\b" + _BODY + r"\b[^.!?]{0,40}\b(?:after|since|from|despues de|desde que|con)"
        r" (?:the |las |los |my |mis |that |those |some )?" + _TAKEN + r"|\b(?:after|since"
        r"|despues de|desde que) (?:the |las |los |my |mis )?"
        + _TAKEN
        + r"\b[^.!?]{0,40}\b"
        + _BODY
        + r"|\b(?:shot up|did|took|used|me meti|me tome|consumi) (?:way )?(?:more|too much"
        r"|mas de lo normal|de mas)\b[^.!?]{0,40}\b" + _BODY,
        "A body state described without medical words, tied to something taken: 'can't keep"
        " my eyes open and my breathing is weird after the pills', 'isn't moving after using',"
        " 'siento que me aplastan el pecho desde que consumi'. Allergies, movies and exercise"
        " have no substance next to them.",
    ),
)

SELF_HARM += (
    _rule(
        "self_harm",
        "head_banging",
        r"\b(?:hit|hitting|hits|bang|banging|banged|slam|slamming|slammed|punch|punching"
        r"|punched) my (?:own )?head (?:against|into) (?:the |a )?(?:wall|floor|door|mirror)\b"
        r"|\bme (?:pegue|pego|golpee|golpeo|di) (?:con )?la cabeza contra la pared\b",
        "Hitting one's own head against a wall: self-harm told without the word.",
    ),
)

OVERDOSE += (
    _rule(
        "overdose",
        "stockpile_enough",
        r"\b(?:counting|counted|saved|saving|stockpiling|stockpiled|hoarding|hoarded|saving up"
        r"|saved up|lined up|juntando|junte|contando|conte|guardando|guarde) (?:up )?(?:all )?"
        r"(?:my |the |mis |las )?(?:<PILLS>|<PILLS_ES>)\b[^?]{0,40}\b(?:enough|suficientes"
        r"|alcanzan)\b",
        "Pills counted or saved up, and there are enough: a plan with the means at hand.",
    ),
)

# Fourth batch, second pass (after the fresh check): dizziness and a skipping heart after
# pills, a whole bottle taken with pills, "me tome demasiadas", a dose question followed by
# "took a bunch already".
OVERDOSE += (
    _rule(
        "overdose",
        "body_after_use_more",
        r"\b(?:dizzy|mareado|mareada|heart (?:is )?skipping|(?:el )?corazon me (?:brinca|salta"
        r"|late raro)|todo me da vueltas|everything(?: is|s)? spinning|(?:cant|can not) feel my"
        r" (?:fingers|hands|feet|toes|face))\b[^.!?]{0,40}\b(?:after|since|from|despues de|desde"
        r" que) (?:all |todas )?(?:the |those |these |my |mis |las |esas |that )?(?:<PILLS>"
        r"|<PILLS_ES>|<SLANG>|stuff|using|smoking|consumir|consumi)\b|\b(?:a whole|the whole|una"
        r"|toda la|a) (?:bottle|fifth|handle|botella) (?:of |de )?(?:\w+ )?(?:with|con) (?:my |the"
        r" |mis |las |all my )?(?:<PILLS>|<PILLS_ES>)\b|\bme (?:tome|trague|meti) (?:demasiad[oa]s"
        r"|un chingo|un monton)\b(?! (?:de )?(?:<DRINK_ES>|cervezas|chelas|tragos|copas))"
        r"|\bme trague (?:todo el|el|toda la) (?:frasco|bote|caja|tira)\b",
        "More body states after something taken (dizzy, heart skipping, everything spinning,"
        " can't feel my fingers), a whole bottle with pills, 'me tome demasiadas', 'me trague"
        " todo el frasco'.",
    ),
    _rule(
        "overdose",
        "dose_question_taken",
        r"\b(?:max|maximum|how many|how much|what dose|what amount|safe dose|cuantas|cuanto)\b"
        r"[^.!?]{0,60}\b(?:dangerous|fatal|lethal|deadly|peligros[oa]|mortal)\b[^.!]{0,30}\b(?:took"
        r" (?:a bunch|a lot|some|them|it|way more|too many|all)|already took|me (?:tome|meti)"
        r" (?:un monton|varias|muchas))\b|\bwhat (?:dose|amount) of (?:<PILLS>|<PILLS_ES>)"
        r" (?:would|will|is) (?:be )?(?:fatal|lethal|deadly)\b|\b(?:know|knows|knew|figured out"
        r"|figure out) (?:exactly )?what (?:dose|amount|dosage) (?:would|will|it would take to)"
        r" (?:do it|kill|be enough|end it)\b|\b(?:most|max|maximum|how (?:much|many)) (?:\S+ ){0,2}"
        r"<PILLS>\b(?: \S+){0,6} (?:before (?:its|it is) too late|would kill|to die)\b",
        "A dose question about danger followed by 'took a bunch already'; what dose would be"
        " fatal, 'would do it', or how much before it is too late.",
    ),
)

SELF_HARM += (
    _rule(
        "self_harm",
        "punch_walls",
        r"\b(?:punch|punching|punched|hit|hitting|hits) (?:the )?walls? (?:till|until|til) (?:my"
        r" )?(?:knuckles|hands?|fists?) (?:bleed|bled|break|broke|are bleeding)\b",
        "Punching walls until the knuckles bleed: self-harm without the word.",
    ),
)
