"""Crisis rules: self-harm, overdose and poisoning, medical emergencies.

Overdose signs are mostly reported by someone else ("he's not waking up",
"my friend is turning blue"); those rules are `crisis.overdose.*` so the reply
carries overdose steps (911, naloxone, rescue breathing).
"""

from __future__ import annotations

from sms.triage.model import Rule


def _rule(category: str, name: str, pattern: str, rationale: str, joined: bool = False) -> Rule:
    return Rule(f"crisis.{category}.{name}", "crisis", pattern, rationale, joined)


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
        r"|legs?|thighs?|skin))",
        "Urges to cut or burn, cutting again.",
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
        r"|ready|in my hand|next to me|with me)\b|\b(?:holding|grabbed|have the) (?:the |a "
        r"|my )?(?:razor|blade)s?\b",
        "A blade out and ready.",
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
        r"\b(?:took|taken|take|taking|swallowed|swallow|popped|pop|used|downed|snorted|shot"
        r"|injected) (?:way |far |a lot |a little )?(?:too many|too much|more than i should|double"
        r"|triple)\b(?! (?:naps?|pictures?|photos?|selfies?|breaks?|days? off|classes|credits"
        r"|shifts?|hours?|time|risks?|chances?|notes?|steps?|calls?|vacation|on|of my time|shots"
        r"|drinks|beers))|\b(?:took|taken|take|taking|swallowed|swallow|ate|popped|downed"
        r"|drank) (?:a |an |the |my |his |her )?(?:whole|full|entire) (?:bottle|pack|box|strip"
        r"|sheet|jar|script|prescription)(?! of (?:wine|vodka|beer|whiskey|tequila|liquor|rum|gin))"
        r"|\b(?:took|taken|take|taking|swallowed|swallow|ate|popped|downed|did|used|snorted|shot"
        r"|smoked) (?:a |an )?(?:(?:handful|fistful|mouthful)\b|bunch of (?:my |the |his |her "
        r"|those |these )?(?:\w+ )?<PILLS>)|\b(?:took|taken|take|taking|swallowed|swallow|ate"
        r"|popped|downed) all (?:of )?(?:my|the|these|those|them|his|her|their)\b|\b(?:took|taken"
        r"|take|taking|swallowed|swallow|ate|popped|downed) (?:everything(?! in me)|all of (?:them"
        r"|it)|(?:a|the|half a) (?:bottle|box|pack) of <PILLS>|half (?:the|my|a) (?:bottle|box"
        r"|pack)\b)|\b(?:took|taken|swallowed|ate|popped|downed) (?:like |about |around |over "
        r"|almost |maybe )?<MANY> (?:of )?(?:my |the |those |these |his |her )?<PILLS>",
        "Took too many or too much, a whole bottle, a handful, all of them.",
    ),
    _rule(
        "overdose",
        "took_something",
        r"\b(?:took|taken|swallowed|ate|popped) (?:way |a lot |so much |far )?more than (?:my|the|i"
        r"|he|she|prescribed|what)\b|\b(?:took|taken|had|used|did|swallowed|ate|drank|snorted"
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
        "took_too_much_es",
        r"\b(?:tome|trague|tomo|tomaste|tomamos|me meti|se metio|me eche|tomarme|tragarme|tomar"
        r"|tragar) (?:\w+ ){0,2}(?:demasiad[oa]s?|much[oa]s|tod[oa]s|un monton de|un punado de"
        r"|un frasco|un bote|una caja|el frasco|el bote|la caja|<MANY>) (?:\w+ ){0,3}?<PILLS_ES>"
        r"|\b(?:un|el) (?:frasco|bote) (?:entero|completo)",
        "Spanish: took too many pills (tome demasiadas pastillas, un frasco entero).",
    ),
    _rule(
        "overdose",
        "mixed",
        r"\b(?:mix|mixed|mixing|combined|combining|took|taking|did|popped) (?:\w+ ){0,2}(?:xanax"
        r"|xans|bars|benzos?|pills|opioids?|oxys?|percs?|fent\w*|heroin|dope|methadone|suboxone"
        r"|klonopin|valium|ambien|sleeping pills|:pill:) (?:and|with|w|on top of"
        r"|plus) (?:\w+ )?(?:alcohol|vodka|drinks?|drinking|booze|beers?|wine|liquor|whiskey"
        r"|tequila|xanax|benzos?|pills|fent\w*|heroin|dope|methadone)\b|\b(?:mezcle|mezclo"
        r"|mezclando|combine|tome) (?:\w+ ){0,2}(?:pastillas|pildoras|xanax|clonazepam|rivotril"
        r"|calmantes|medicinas) (?:con|y) (?:\w+ )?(?:alcohol|cervezas?|tequila|vino|tragos?|licor"
        r"|mezcal|ron|vodka)\b|\b(?:drank|drinking|drunk)\b.{0,40}\b(?:took|take|taking"
        r"|popped)\b.{0,10}\b(?:pills|xanax|bars|benzos|meds|sleeping pills)\b",
        "Mixing depressants (benzos, opioids, alcohol): overdose risk.",
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
        r"\bunresponsive\b|\b<OTHER> (?:is |s )?(?:still )?(?:not|isnt|wont|cant|will not|is not"
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
        r"|s )?(?:not moving|limp|cold and (?:clammy|blue|gray|grey))\b|(?::pill: ?){3,}",
        "Snoring or gurgling, pinpoint pupils, foaming, found collapsed.",
    ),
    _rule(
        "overdose",
        "a_lot",
        r"\b(?:took|taken|swallowed|ate|popped|downed|took like) (?:a lot of|lots of|so many|many"
        r"|a ton of|tons of|a whole lot of|a bunch of) (?:my |the |his |her )?(?:\w+ )?<PILLS>\b"
        r"|\b(?:me meti|se metio|consumi|use|se drogo|me drogue) (?:mucha|demasiada"
        r"|bastante) (?:droga|coca|heroina|cristal|piedra|fentanilo)\b",
        "Took a lot of pills, used a lot (Spanish: me meti mucha droga).",
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
        r"^(?=.*\b(?:used|using|took|taking|did|snorted|shot up|smoked|popped|drank|mixed|got high"
        r"|got drunk|consumi|use|tome|me meti|fume)\b)(?=.*\b(?:feel (?:really |so )?(?:weird|funny"
        r"|strange|sick|off|like im dying|like i m dying)|(?:cant|can not|cannot) (?:breathe"
        r"|stay awake|feel my|see|stand up)|heart (?:is )?(?:racing|pounding)|heart (?:wont"
        r"|will not) slow down|chest (?:hurts|pain)|so dizzy|going numb|blacking out|passing out"
        r"|keep throwing up|me siento (?:muy )?(?:mal|raro|rara|mareado|mareada)"
        r"|no puedo respirar)\b)",
        "Used or took something and now feels wrong (cannot breathe, heart racing, passing out).",
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
        r"|esta dando) un ataque\b(?! de (?:risa|panico|ansiedad|tos))",
        "A seizure (also from alcohol or benzo withdrawal).",
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
        r"|keeled over)\b|\b(?:se|me) (?:desmayo|desmaye|desmaya)\b|\binconsciente|\bdesmayad[oa]"
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
        r"|cannot) stop (?:throwing up|vomiting|puking|shaking)\b|\bchest (?:feels|is) (?:heavy"
        r"|tight|crushing)\b|\b(?:arm|face|side) (?:is |went )?numb\b|\bgurgling\b|^(?=.*\b(?:son"
        r"|daughter|kid|baby|child|toddler|she|he)\b)(?=.*\b(?:swallowed|ate) (?:some |the |my "
        r"|her |his )?(?:pills|meds|medicine|medication)\b)",
        "Eyes rolling back, vomiting that won't stop, a crushing chest, gurgling.",
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
        r"\b(?:cant|can not|cannot) (?:feel|move) my (?:arms?|legs?|face|body|hands?|feet|side)\b"
        r"|\bno (?:siento|puedo mover) (?:los|las|mi|mis) (?:brazos?|piernas?|cara|cuerpo|manos?)",
        "Sudden numbness or paralysis.",
    ),
    _rule(
        "medical",
        "heart_racing",
        r"\bheart (?:is |keeps )?(?:racing|pounding|beating (?:so |really )?fast)\b(?=.*\b(?:used"
        r"|using|took|taking|did|after|coke|meth|pills|drank|mixed|cant|help|scared|dying|chest)\b)"
        r"|\b(?:fell|fallen|fall) and (?:cant|can not|cannot) get up\b|\bheart (?:is "
        r"|keeps )?(?:stopping|going to stop|gonna stop|slowing down)\b|\bfeel my heart (?:stop"
        r"|slow)\w*|\bbleeding\b(?=.{0,30}\b(?:head|a lot|bad|badly|wont stop|everywhere|help)\b)",
        "Racing heart after using, a fall they cannot get up from, bleeding from the head.",
    ),
    _rule(
        "medical",
        "bleeding",
        r"\b(?:throwing up|threw up|vomiting|vomited|puking|puked|coughing up|coughing|peeing"
        r"|spitting) (?:up )?blood\b|\bblood everywhere|\b(?:im|i am|i m|hes|shes|he is|she is"
        r"|theyre) bleeding\b|\bestoy sangrando\b|\bbleeding (?:a lot|badly|bad|heavily|so much"
        r"|everywhere|out|wont stop|that wont stop|and it wont stop|profusely)|\b(?:wont|cant"
        r"|doesnt|will not|cannot|it wont) stop (?:the )?bleeding|\bso much blood"
        r"|\b(?:its )?not stopping\b(?=.*\b(?:cut|blood|bleed\w*)\b)|\b(?:vomitando|vomite|tosiendo"
        r"|escupiendo) sangre|\bsangrando mucho|\b(?:hay|sale|salio|perdi|perdio|pierde"
        r"|esta perdiendo|estoy perdiendo) mucha sangre|\bno (?:para|deja) de sangrar",
        "Heavy bleeding, vomiting blood.",
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
