"""Crisis rules for plain statements, with the words a few steps apart: batch 22.

The twenty-second blind batch was written as an experienced counselor recalls what clients
texted - plain, correctly spelled sentences that rarely say "suicide", "overdose" or "die"
("Done living.", "I cut my arm again a few minutes ago.", "My brother is on the floor and not
responding. What do I do?") - the style closest to the frozen test split. Held out, the rules
caught 82.9% of its crisis messages: many rules wanted their words side by side ("he is not
responding"), and plain speech puts a few words between them ("on the floor and not
responding"). These rules allow the gap, within one sentence, and name the plain forms.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

# What people take that slows breathing, and what they take it with.
_OPIOID = (
    r"(?:methadone|metadona|heroin|heroina|dope|fent\w*|oxys?|oxycodone|percs?|percocets?"
    r"|morphine|dilaudid|norcos?|vicodin|hydrocodone|tramadol|pain ?pills?|chiva)"
)
_SEDATIVE = (
    r"(?:klonopin|clonazepam|xanax|xans?|bars|benzos?|valium|diazepam|ativan|lorazepam|gabapentin"
    r"|gabapentina|soma|ambien|sleeping pills|alcohol|vodka|liquor|whiskey|tequila|beers?|wine"
    r"|drinks|shots|cervezas?|pastillas para dormir|rivotril|a fifth|a bottle)"
)

PLAIN: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "plain_words",
        r"\b(?:done|finished|through) (?:with )?(?:living|existing|being alive)\b"
        r"|\bcant (?:do|take|handle|live) (?:this|it|life) (?:another|one more) (?:day|night"
        r"|minute|hour|week)\b"
        r"|\bwant (?:all of it|everything|it all|all of this|the pain|the thoughts|my life|this"
        r" life) (?:all )?to (?:stop|end|be over)\b"
        r"|\b<QUIERO> que (?:todo|todo esto|esta vida|el dolor) (?:se acabe|termine|pare|se"
        r" termine)\b"
        r"|\bsleep(?:ing)? forever (?:sounds|would be|seems|feels)\b|\bdormir para siempre\b"
        r"|\b(?:a|just a|such a|only a) (?:weight|burden|drain|problem) (?:on|to|for) (?:my|the"
        r"|everyone|everybody)\b|\b(?:un peso|una carga) (?:para|en) (?:mi|mis|todos)\b"
        r"|\bif i (?:just )?(?:didnt|dont|never|did not) wake (?:up)?\b(?: \S+){0,6}"
        r" (?:relieved|glad|happy|at peace|grateful)\b"
        r"|\b(?:hope|hopes|hoping|wish|wishing) (?:that )?(?:the|my) (?:car|truck) (?:goes|would"
        r" go|went|runs|drives|would drive) off (?:the|a) (?:road|bridge|cliff)\b"
        r"|\bwont be anywhere<END>"
        r"|\b(?:already|ya) (?:took|tome) (?:them|all of them|them all)<END>"
        r"|\bto say goodbye\b(?: \S+){0,4}<END> (?:she|he|they|ella|el) (?:doesnt|does not|dont"
        r"|didnt|no sabe|no sabia)\b"
        r"|\bgave (?:away )?my (?:dog|cat|pets?|perro|perra|gato|gata)\b(?: \S+){0,6} (?:so"
        r" (?:somebody|someone|they|she|he) (?:will|can|would) take care|para que (?:alguien )?"
        r"(?:lo|la) cuide)",
        "Said plainly: 'Done living.', 'Can't do this another day.', 'I just want all of it to"
        " stop.', a weight on the family, sleeping forever sounding good, the dog given away so"
        " someone will take care of her.",
    ),
    _rule(
        "suicide",
        "cannot_trust_self",
        r"\b(?:cant|can not|dont|do not|no) (?:trust|confio en|me fio de) (?:<SELF>|mi mism[oa])"
        r"\b(?! (?:around|with (?:sweets|candy|money|a credit card|cake|food)|at the|in the"
        r" store))"
        r"|\b(?:me da miedo|tengo miedo de|miedo de) hacerme (?:algo|dano)\b"
        r"|\b(?:scared|afraid) (?:of )?what i (?:might|will|could|would) do\b(?: \S+){0,3}"
        r"(?: to <SELF>| tonight| alone| if)?"
        r"|\bdont leave me alone tonight\b|\bno me dejen sol[oa] (?:esta noche|hoy)\b",
        "Not safe with oneself: 'I can't trust myself', 'me da miedo hacerme algo', 'don't leave"
        " me alone tonight'.",
    ),
    _rule(
        "suicide",
        "at_the_place_with_it",
        r"\b<PLACE>\b(?: \S+){0,8} (?:dont|do not|not) (?:plan(?:ning)? on|going to|gonna)"
        r" (?:go(?:ing)? home|come back|coming back|make it home|leave)\b"
        r"|\b(?:rope|gun|pills|knife|soga|pistola|pastillas)\b(?: \S+){0,10} (?:sitting|sat|here"
        r"|standing) (?:\S+ ){0,2}with (?:it|them|her)\b",
        "At the place with the means: parked by the river and not planning on going home, sitting"
        " out in the garage with the rope.",
    ),
    _rule(
        "self_harm",
        "body_hurt_again",
        r"\b(?:cut|sliced|slashed|burned|burnt|scratched|scraped|carved|hit|punched|bit)"
        r" (?:into )?(?:my|both my) (?:\w+ )?<BODY>\b(?: \S+){0,6} (?:again|on purpose|until|til"
        r"|till|a few minutes ago|minutes ago|just now)\b"
        r"|\bme (?:corte|rasgune|arane|queme|lastime|pegue|golpee|rasguñe) (?:los|las|mis|el|la"
        r"|mi) <BODY>\b(?: \S+){0,4} (?:hasta|otra vez|de nuevo|a proposito)\b"
        r"|\bpunched (?:the|a|my) (?:\w+ )?(?:mirror|window|glass)\b",
        "Hurt one's own body again, on purpose or until it bled ('I cut my arm again a few"
        " minutes ago', 'me rasgune los brazos hasta que sangraron'), a fist through a mirror.",
    ),
    _rule(
        "overdose",
        "opioid_with_a_sedative",
        r"\b(?:mixed|mixing|mezcle|combined|took|tome|me tome)\b (?:my |mi |some |a bunch of"
        r" |a lot of )?"
        + _OPIOID
        + r"\b(?: \S+){0,4} (?:with|and|con|y) (?:\S+ ){0,3}"
        + _SEDATIVE
        + r"\b"
        r"|\b(?:mixed|mixing|mezcle|combined|took|tome|me tome)\b (?:my |mi "
        r"|some )?" + _SEDATIVE + r"\b(?: \S+){0,4}"
        r" (?:with|and|con|y) (?:\S+ ){0,3}" + _OPIOID + r"\b"
        r"|\b(?:cant get enough air|cant catch my breath|no me entra (?:el )?aire|me falta el"
        r" aire)\b",
        "An opioid taken with a sedative or drink (the mix that stops breathing): 'I mixed my"
        " methadone with a bunch of Klonopin'; not getting enough air.",
    ),
    _rule(
        "medical",
        "someone_down",
        r"\b<OTHER>\b(?: \S+){1,6} (?:not|isnt|wont|cant|is not|will not) (?:responding|respond"
        r"|waking up|wake up|breathing)\b(?! (?:to (?:my |his |her |the )?(?:texts?|calls?"
        r"|messages?|emails?|dms?|letters?)|back))"
        r"|\b(?:wont|doesnt|does not|not|no) (?:answer|respond|react|wake|responde|reacciona)"
        r" (?:me )?(?:when|cuando) (?:i |lo |la )?(?:shake|shook|pinch|yell|sacudo|muevo)\b"
        r"|\b(?:sale sangre|sangrando|sangra|bleeding|blood (?:coming )?(?:from|out of))"
        r" (?:de |from )?(?:la|his|her|my|the|su) (?:cabeza|head)\b"
        r"|\bheart (?:wont|will not|is not|isnt) (?:slow(?:ing)? down|stop racing)\b(?: \S+){0,8}"
        r" (?:sweat\w*|chest|dizzy|cant breathe|faint)",
        "Someone down: on the floor and not responding, not answering when shaken, bleeding from"
        " the head after a fall; a heart that will not slow down, with sweating.",
    ),
    _rule(
        "violence",
        "threat_at_the_door",
        r"\b(?:someone|somebody|a man|a guy|some guy|he|she|they|<ASSAILANT>) (?:is |s )?(?:trying"
        r"|tryin) to (?:get|break|come|kick|force|bust) (?:in|into|inside|the door|down the door)\b"
        r"|\b(?:me|nos|le) (?:quema|va a quemar|quemara|van a quemar) la casa\b"
        r"|\b(?:burn|set fire to) (?:my|our|the) (?:house|apartment|place|car) (?:down )?(?:tonight"
        r"|with|while)\b"
        r"|\bdealer\b(?: \S+){0,6} (?:coming|come|outside|find me|after me)\b(?: \S+){0,6}"
        r" (?:owe|debt|money|debo)\b"
        r"|\bput (?:my )?hands on (?:him|her|them|my \w+|someone|somebody)\b(?: \S+){0,8}"
        r" (?:cant stop|can not stop|stop <SELF>)\b"
        r"|\b(?:dont think i can|cant|can not) stop <SELF>\b(?! from)",
        "Danger at the door or in one's own hands: someone trying to get in now, a neighbour"
        " who says he will burn the house down tonight, a dealer coming over a debt, 'I want to"
        " put my hands on my roommate and I don't think I can stop myself'.",
    ),
)

# The twenty-third blind batch put the same words in live and safe grammar: a recent past that
# is still happening ("this morning i swallowed like half my seroquel bottle"), conditionals
# ("if they take my kids at court friday i'm done"), questions that disclose ("q pasa si mezclas
# alcohol con rivotril? lo pregunto porque ya lo hice"), negations that are not ("i can't say
# im not thinking about it"), minimizers ("seguro no es nada, pero me tome un poco de cloro").
# Held out, the rules caught 74.2% of its crisis messages.
PLAIN += (
    _rule(
        "suicide",
        "question_that_discloses",
        r"\b(?:its not|it s not|it is not|not|no es) (?:hypothetical|hipotetico)\b"
        r"|\b(?:lo )?pregunto (?:por mi<END>|porque ya lo hice)|\bporque ya lo hice<END>"
        r"|\bhow (?:deep|much|many|long|far)\b(?: \S+){0,6} (?:for it to be over|to be over|to"
        r" end it|para morir|para que se acabe)\b"
        r"|\btoo much \?(?: \S+){0,3} (?:because|bc|cause|cuz) (?:thats|that s|that is) (?:where"
        r" im at|what i (?:took|had|did))\b"
        r"|\b(?:relieved|glad|happy|at peace) (?:\S+ ){0,2}if i (?:just )?(?:didnt|dont|never)"
        r" wake up\b"
        r"|\b(?:looked up|looking up|googled|searched|busque) (?:the )?(?:tallest|highest|closest"
        r"|nearest) (?:bridges?|buildings?|puentes?|edificios?|parking garages?)\b"
        r"|\bse (?:daria|darian) cuenta (?:si|de que) (?:yo )?(?:ya no estuviera|me muriera|no"
        r" estuviera)\b"
        r"|\b(?:querer|quiero|want to|wanting to|wanna) (?:no existir|not exist|stop existing"
        r"|dejar de existir)\b",
        "Questions that disclose: 'it's not hypothetical', 'lo pregunto porque ya lo hice', how"
        " deep to cut 'for it to be over', whether anyone would notice if one were gone.",
    ),
    _rule(
        "suicide",
        "set_and_ready",
        r"\b(?:this is|esta es|tonight is|today is|hoy es|sunday is|saturday is|friday is)"
        r" (?:the|la|el) (?:night|noche|day|dia)\b(?: \S+){0,6} (?:cansad[oa]|tired|letters"
        r"|cartas|decided|decidi|ready|list[oa]|goodbye|adios)\b"
        r"|\b(?:decided|decidi)\b(?: \S+){0,3} (?:sunday|monday|tuesday|wednesday|thursday|friday"
        r"|saturday|tonight|tomorrow|today) is the (?:day|night)\b"
        r"|\b(?:manana|tomorrow|hoy|today|tonight|esta noche) (?:va a ser|will be|is) (?:mi|my)"
        r" (?:ultimo|last) (?:dia|day|noche|night)\b(?! (?:at|of|in|en|de|del|with|con)\b)"
        r"|\b(?:deje|left) (?:una|a|the|la|my|mi) (?:carta|letter|nota|note)\b (?:en|on) (?:la"
        r"|the|my|mi) (?:\w+ )?(?:mesa|table|counter|dresser|pillow|almohada|cama|bed)\b"
        r"|\b(?:someone to know|alguien supiera|alguien sepa)\b(?: \S+){0,3} (?:im doing it|que"
        r" (?:hoy|esta noche) lo hago|lo hago (?:hoy|esta noche)|lo voy a hacer)\b"
        r"|\b(?:ill|i will|i ll) be gone (?:before|by the time) (?:you|u) (?:read|see|get)"
        r" (?:this|it)\b|\bya no voy a estar cuando (?:leas|lean|veas)\b"
        r"|\b(?:if you dont hear from me|if u dont hear from me|si no sabes de mi|si no saben de"
        r" mi)\b(?: \S+){0,4} (?:it worked|es que funciono|funciono|its done|im gone|ya me fui)\b"
        r"|\b(?:rope|noose|cuerda|soga) is (?:already )?(?:up|hung|tied|ready)\b"
        r"|\b(?:ya )?(?:colgue"
        r"|amarre) la (?:cuerda|soga)\b|\b(?:hung|tied) (?:the|a|my) (?:rope|noose)\b"
        r"|\b(?:have|got|tengo) a plan for how\b|\bhow (?:id|i would|i d) do it\b"
        r"|\b(?:pills|pastillas)\b(?: \S+){0,2} (?:already )?(?:counted|lined up|laid out|contadas)"
        r"\b"
        r"|\bif (?:they|i|he|she) (?:take|lose|takes|loses|quitan|pierdo)\b(?: \S+){0,6} (?:im"
        r" done|i m done|im out|its over|me mato|se acabo)<END>"
        r"|\b(?:going to|gonna|was gonna|iba a) (?:wait|esperar) (?:till|until|til|for|hasta)"
        r" (?:my|the|her|his|mi) \w+\b(?: \S+){0,6} (?:but|pero) (?:i dont think i can|i cant|no"
        r" puedo|no creo)\b"
        r"|\b(?:thinking about|pensando en) (?:my|mis) (?:wrists|throat|neck|munecas|cuello)\b"
        r"|\b(?:staring at|looking at|mirando) (?:the|my|el|la|las|mis) (?:knife|knives|pills|rope"
        r"|gun|bottle|cuchillo|pastillas|soga|pistola)\b(?: \S+){0,4} (?:thinking|pensando"
        r"|wondering)\b"
        r"|\b(?:put|puse|tenia|had) (?:the|a|my|la|una|mi) (?:gun|pistol|pistola|arma)\b (?:in"
        r"|en|to|against|a) (?:my|la|mi) (?:mouth|head|boca|cabeza|temple|sien)\b"
        r"|\blet the car run in the garage\b|\b(?:car|engine|carro|motor) (?:running|run"
        r"|prendido) in the garage\b|\bdejar el (?:carro|motor) prendido en la cochera\b"
        r"|\b(?:maybe|might|think) (?:ill|i will|i ll|i should|i could|i might) (?:just )?jump\b"
        r"(?! (?:in|into|on|the|at|rope|start|ship|back)\b)"
        r"|\b(?:wont|will not|no voy a) (?:be|estar)\b(?: \S+){0,6} (?:or ever|ni nunca|nunca"
        r" mas)\b"
        r"|\b(?:cant|can not|no te puedo|no puedo) prometer(?:te)? (?:que )?(?:voy a estar|ill be"
        r"|i will be|to be) (?:a salvo|safe|bien|okay|ok)\b"
        r"|\bno doy mas\b(?! de (?:sueno|cansancio|hambre|risa))"
        r"|\b(?:compre|bought|got|consegui) (?:las |the |some |a |una )?(?:pastillas|pills|rope"
        r"|soga|cuerda|gun|pistola)\b (?:para|for) (?:esta noche|tonight|hoy|manana|tomorrow)\b",
        "Set and ready: 'this is the night', 'tomorrow will be my last day, I have it all"
        " planned', a letter left on the table, the rope already up, pills counted out, 'if you"
        " don't hear from me by morning it worked', a gun put in the mouth.",
    ),
    _rule(
        "overdose",
        "taken_whatever_the_amount",
        r"\btook (?:my|the|a) whole (?:week|month|bottle|prescription|script|pack)\b"
        r"|\b(?:swallowed|took|tome|me tome) (?:like |about |como )?(?:half|la mitad de) (?:my|mi"
        r"|the|el|a) (?:\w+ )?(?:bottle|frasco|<PILLS>)\b"
        r"|\bme tome todo (?:lo que (?:habia|tenia|encontre)|el botiquin|lo del botiquin"
        r"|el cajon)\b"
        r"|\bme inyecte (?:todas|toda|todo|todos)\b"
        r"|\b(?:drank|drink|swallowed|tome|me tome|bebi)\b (?:a little |some |un poco de |a bit of"
        r" |like )?(?:bleach|cloro|lejia|antifreeze|anticongelante|poison|veneno|raticida)\b"
        r"|\b(?:fentanilo|fentanyl|fent)\b (?:sin saber|by accident|without knowing)\b"
        r"|\b(?:got into|ate|swallowed|chewed|chewing on|se comio|se trago)\b (?:my |mis |the"
        r" |some )?(?:\w+ )?(?:<PILLS>|<PILLS_ES>|strips|gummies|edibles)\b(?: \S+){0,8}"
        r" (?:sleepy|floppy|wont wake|limp|lethargic|dormid\w*|no despierta|blue|vomit\w*)\b"
        r"|\bbleeding (?:too long|for (?:hours|a while|too long|\d+ (?:minutes|hours)))\b"
        r"|\b(?:stepped|step|stepping|jumped) in front of (?:the|a) (?:train|bus|truck|car)\b",
        "Something taken, whatever the amount said: a whole week of lithium, half the seroquel"
        " bottle, 'un poco de cloro', all the insulin pens, fentanyl without knowing; a child"
        " sleepy and floppy after the strips.",
    ),
    _rule(
        "violence",
        "happening_to_someone",
        r"\b(?:neighbor|neighbour|vecino|guy|man|someone|somebody)\b(?: \S+){0,3} (?:is |s )?"
        r"(?:beating|hitting|choking|stabbing|punching|kicking) (?:his|her|their|a|the|my)\b"
        r"|\b(?:le|les|la|lo) esta (?:pegando|golpeando)\b"
        r"|\b(?:cuando me encuentre|when (?:he|she|they) finds? me|anda buscandome)\b"
        r"|\bi know where (?:he|she|they) (?:lives|live|stays)\b(?: \S+){0,4}"
        r"|\bse donde vive\b(?: \S+){0,4} (?:esta noche|hoy|voy)\b"
        r"|\btak(?:e|ing) (?:as many|some|a few) (?:of them )?with me\b",
        "Violence happening to someone now or about to: a neighbour beating his girlfriend in"
        " the hallway, a stepfather hitting the children 'ahorita', 'I know where he lives'.",
    ),
)

# The twenty-ninth blind batch: a second author of plain first texts, written as a crisis-line
# supervisor's training set, spread evenly over six kinds (suicidal thinking, self-harm,
# overdose, medical, violence, help without a reason). Held out, the rules caught 84.3%.
PLAIN += (
    _rule(
        "suicide",
        "plain_words_second_author",
        r"\b(?:keep|kept) driving past the <HEIGHT>\b(?: \S+){0,8} (?:almost stopped|stopped"
        r"|pulled over)\b"
        r"|\b(?:wake|woke|waking) up\b(?: \S+){0,4} wishing i (?:hadnt|didnt|had not|did not)\b"
        r"|\bnobody would find me (?:until|for)\b"
        r"|\b(?:im|i am) at the end<END>"
        r"|\b(?:a )?date picked(?: out)?\b|\bpicked (?:out )?(?:a|the) date\b"
        r"|\b(?:im )?not doing this life anymore\b"
        r"|\b(?:dont|do not) know who else to (?:text|call|talk to|reach)\b|\bno se a quien mas"
        r" (?:escribir|llamar|acudir)\b"
        r"|\bneed (?:somebody|someone|anybody|anyone) to (?:pick up|answer)\b"
        r"|\bi need help\b(?: \S+){0,2} (?:its|it s|it is) (?:bad|really bad|so bad)\b",
        "Plain words from a second author: waking up 'wishing I hadn't', 'nobody would find me"
        " until Monday', 'I'm at the end. please', a date picked out, 'I don't know who else"
        " to text'.",
    ),
    _rule(
        "self_harm",
        "done_to_self_plainly",
        r"\bdeep cut (?:on|in) my <BODY>\b|\bsee something white\b|\bi did it <SELF><END>"
        r"|\b(?:quemarme|me queme|burned <SELF>|burnt <SELF>)\b(?: \S+){0,6} (?:a proposito|on"
        r" purpose|cigarro|cigarette|lighter|encendedor)\b"
        r"|\bburning (?:him|her|them|my)sel\w* with\b"
        r"|\bme lastime las munecas\b|\b(?:munecas|wrists)\b(?: \S+){0,6} (?:envueltas|wrapped)"
        r" (?:con|in) (?:una |a )?(?:toalla|towel)\b"
        r"|\b(?:opening|reopening) (?:them|my scars|the scars|old scars"
        r"|the cuts) (?:up )?(?:again)?"
        r"\b|\bpicking at (?:the |my )?(?:old )?scars\b"
        r"|\b(?:pegue|golpee|punched|hit) (?:a )?(?:la|the) (?:pared|wall)\b(?: \S+){0,6} (?:a"
        r" proposito|on purpose|rompi la mano|broke my hand)\b"
        r"|\b(?:golpeando|banging|hitting|slamming) (?:la|his|her|my|su) (?:cabeza|head)"
        r" (?:contra|against|on|into) (?:la|the) (?:pared|wall|floor|piso|suelo)\b",
        "Harm done to oneself said plainly: a deep cut 'I did it myself', a burn with a"
        " cigarette 'a proposito', old scars opened again, a head banged against the wall.",
    ),
    _rule(
        "medical",
        "plain_emergency",
        r"\b(?:stopped|quit) drinking\b(?: \S+){0,24} (?:cant remember what day|not making sense"
        r"|confused|seeing things|hands wont stop shaking|seizure)\b"
        r"|\b(?:leg|hip|arm|ankle|pierna|cadera) is broken\b|\bi think i broke my (?:leg|hip"
        r"|neck|back)\b"
        r"|\bworst pain of my life\b|\bpeor dolor de mi vida\b"
        r"|\b(?:drinking|tome|bebi|drank)\b[^\n]{0,60}(?:cant stop throwing up|throwing up and cant"
        r" stop|no paro de vomitar)\b"
        r"|\b(?:tome|me tome|bebi)\b(?: \S+){0,3} (?:cloro|bleach|lejia|veneno)\b"
        r"|\b(?:more than usual|mas de lo normal)\b(?: \S+){0,10} (?:chest|pecho|explode|heart"
        r"|corazon)\b",
        "Plain emergencies: days after stopping drinking and not knowing what day it is, a"
        " broken leg and alone, the worst pain of one's life, drinking and vomiting without end,"
        " a glass of bleach.",
    ),
    _rule(
        "violence",
        "plain_danger",
        r"\b(?:coming for|going after|gonna hurt|va a ir por) (?:my|mis) (?:kids|children|family"
        r"|hijos|familia)\b"
        r"|\b(?:blocking|bloqueando|tapando) (?:the )?(?:front )?(?:door|puerta)\b"
        r"|\b(?:grabbed|groped) me\b(?: \S+){0,8} (?:got away|still (?:down )?there|following"
        r"|scared)\b"
        r"|\b(?:hell|he ll|he will|shell|she will|theyll) (?:break|snap) my (?:legs|arms|neck"
        r"|face|jaw)\b"
        r"|\bme acaba de (?:golpear|pegar|ahorcar|empujar)\b|\bestoy encerrad[oa]\b"
        r"|\b(?:prende|prender|me prende) fuego\b|\bconmigo adentro\b|\bwith me inside\b"
        r"|\bwaving (?:a |the |his |her )?<WEAPON>\b",
        "Danger said plainly: a dealer 'coming for my kids', a drunk husband blocking the front"
        " door, grabbed in the laundry room, 'he'll break my legs', 'estoy encerrada', a knife"
        " waved around.",
    ),
)
