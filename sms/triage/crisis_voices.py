"""Crisis rules for the voices of later life: batch 24.

The twenty-fourth blind batch was written as adults of 45 to 75 text - widows and widowers,
grandparents raising grandchildren, people with chronic pain or a spouse with dementia - in
full sentences, often formal or religious, often apologising for bothering. Held out, the
rules caught 70.0% of its crisis messages: the emergencies of later life (a stroke's face and
words, a fall and a night on the floor, a sugar meter reading LO, the evening pills taken
twice, a husband with dementia gone by the pond), abuse by a caregiver or a grandchild, and a
wish to die said as a prayer ("Please God let this be the last night", "Senor, llevame de una
vez") were missing.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

# Opioids and sedatives by the names older adults are prescribed them, English and Spanish.
_PRESCRIBED = (
    r"(?:<PILLS>|<PILLS_ES>|morfina|oxicodona|hidrocodona|metadona|codeina|norco|percocet|pain"
    r" pills?|pastillas (?:del|para el) dolor)"
)

VOICES: tuple[Rule, ...] = (
    _rule(
        "medical",
        "stroke_signs",
        r"\b(?:face|mouth|cara|boca|smile|sonrisa) (?:is |esta |se ve |looks )?(?:drooping"
        r"|droopy|crooked|chueca|torcida|caida|lopsided)\b"
        r"|\b(?:cant|can not|no puede|no puedo) (?:lift|raise|move|levantar|mover) (?:his|her|my"
        r"|el|la|su|mi) (?:\w+ )?(?:arm|leg|brazo|pierna)\b"
        r"|\bwords? (?:wont|will not|dont|do not|arent) come? (?:out|right)\b|\b(?:its|talking"
        r"|speech is|sounds like) gibberish\b|\bno le salen las palabras\b|\bhabla (?:muy )?(?:raro"
        r"|enredado|chistoso)\b(?: \S+){0,6} (?:cara|brazo|de repente)"
        r"|\b(?:worst headache of my life|peor dolor de cabeza de mi vida)\b"
        r"|\bheadache\b(?: \S+){0,10} (?:came on all at once|out of nowhere|all of a sudden)\b"
        r"|\b(?:cant|can not|no) (?:see|veo) (?:right|bien|well) (?:out of|del|de|with) (?:my |el"
        r" |mi )?(?:left |right |izquierdo |derecho )?(?:eye|ojo)\b"
        r"|\bhand is numb\b(?: \S+){0,8} (?:words|talk|dropped|speak)",
        "A stroke's signs: a face drooping on one side, an arm that will not lift, words that"
        " will not come out, the worst headache of one's life come on at once.",
    ),
    _rule(
        "medical",
        "down_and_cannot_get_up",
        r"\b(?:fell|fall|me cai|se cayo|legs went out|slipped|me resbale|tripped)\b(?: \S+){0,12}"
        r" (?:cant get up|can not get up|no me puedo (?:parar|levantar|mover)|no puedo"
        r" (?:pararme|levantarme|moverme)|cant move|broke my hip|quebre la cadera|no se puede"
        r" (?:levantar|parar))\b"
        r"|\b(?:on the floor|en el piso|en el suelo)\b(?: \S+){0,8} (?:cant get up|getting cold"
        r"|since last night|desde anoche|no me puedo)\b"
        r"|\b(?:se cayo|collapsed|fell|se desplomo)\b(?: \S+){0,6} (?:no me contesta|wont answer"
        r"|not answering|no responde)\b"
        r"|\b(?:no para la sangre|wont stop bleeding|no deja de sangrar|bleeding wont stop)\b",
        "A fall and no getting up: on the bathroom floor since last night, a hip broken, a wife"
        " who fell in the living room and does not answer, a cut that will not stop bleeding.",
    ),
    _rule(
        "medical",
        "sugar_heart_and_liver",
        r"\b(?:glucometro|meter|sugar|glucose|azucar)\b(?: \S+){0,3} (?:says|dice|reads|marca)"
        r" (?:lo|low|bajo)\b"
        r"|\b(?:insulina|insulin)\b(?: \S+){0,8} (?:forgot to eat|se me olvido comer|didnt eat"
        r"|no comi)\b"
        r"|\b(?:pain in my (?:jaw|chest)|dolor en el pecho)\b(?: \S+){0,8} (?:sweat\w*|sudad\w*"
        r"|sudando|sick to my stomach|nausea|arm|brazo|jaw|mandibula)\b"
        r"|\b(?:skin|eyes|piel|ojos) (?:looks? |is |are |se ve |se ven |esta |estan )?(?:yellow"
        r"|amarill\w*)\b(?: \S+){0,8} (?:throwing up|vomit\w*|pain|dolor)\b"
        r"|\b(?:throwing up|vomit\w*)\b(?: \S+){0,8} (?:skin|eyes|piel|ojos) (?:looks? |is |are"
        r" )?(?:yellow|amarill\w*)\b",
        "A sugar meter reading LO, insulin with no food, jaw and chest pain with sweating, skin"
        " turned yellow with vomiting.",
    ),
    _rule(
        "overdose",
        "wrong_or_double_dose",
        r"\b(?:took|tome|me tome)\b(?: \S+){0,6} (?:twice|dos veces|double)\b(?: \S+){0,12}"
        r" (?:confused|confundid\w*|spinning|vueltas|dizzy|mareado|weak|debil|sweating|sudando"
        r"|blurry|nubla)"
        r"|\b(?:accidentally|by mistake|por error|me confundi|sin querer)\b(?: \S+){0,10} (?:took"
        r"|tome|me tome)\b(?: \S+){0,20} (?:strange|slow|lenta|lento|weak|debil|pulso|confused"
        r"|raro|rara|dizzy|mareado)\b"
        r"|\b(?:un puno|a handful|un punado|a fistful) (?:de |of )?(?:\w+ )?(?:pastillas|pills)\b"
        r"|\b(?:drank|swallowed|ate|got into|se tomo|se comio)\b (?:my |the |his |her |mi |el |la"
        r" )?(?:\w+ ){0,2}(?:cough syrup|syrup|jarabe|codeine|codeina)\b(?: \S+){0,8} (?:whole"
        r" bottle|todo el frasco|all of it|shes \d|hes \d|tiene \d)"
        r"|\bse (?:comio|trago|tomo) (?:unas|unos|varias|algunas) (?:\w+ ){0,3}(?:<PILLS_ES>"
        r"|pastillas)\b(?: \S+){0,10} (?:floj\w*|palid\w*|no abre|casi no habla|dormid\w*|no"
        r" despierta)"
        r"|\brespira (?:muy |bien )?(?:despacito|despacio|lentito|poquito)\b"
        r"|\b(?:<PILLS>|<ALCOHOL>|<PILLS_ES>|<DRINK_ES>)\b[^\n]{0,100}(?:trouble keeping my eyes"
        r" open|cant keep my eyes open|me estoy quedando dormid[oa]"
        r"|siento el cuerpo (?:muy )?pesado"
        r"|me siento como que me voy|pulso (?:muy )?(?:bajito|bajo|lento|debil))",
        "Medicine taken twice or someone else's by mistake and now confused or slow; a child"
        " into a grandparent's pills or cough syrup; a handful of blood-pressure pills.",
    ),
    _rule(
        "medical",
        "benzo_withdrawal",
        r"\b(?:deje|quit|stopped) (?:el |my |the |mis |las )?(?:<PILLS>|<PILLS_ES>|benzos?|alcohol"
        r"|drinking)\b(?: \S+){0,3} (?:de golpe|cold turkey|all at once)\b(?: \S+){0,10}"
        r" (?:tiemblo|shaking|seizure|convulsion|veo|seeing|hearing|oigo)"
        r"|\b(?:veo|see|seeing|viendo) (?:gente|people|cosas|things|personas) que no (?:esta"
        r"|estan|hay)\b|\b(?:people|things) (?:that|who) (?:arent|are not) there\b",
        "Benzodiazepines or drink stopped all at once, then shaking and seeing people who are"
        " not there.",
    ),
    _rule(
        "violence",
        "harmed_by_who_cares_for_them",
        r"\b(?:caregiver|cuidadora?|aide|home aide|hijo|hija|nieto|nieta|son|daughter|grandson"
        r"|granddaughter)\b(?: \S+){0,3} (?:pushes|hits|slaps|grabs|shoves|me empuja|me pega"
        r"|me jala|me golpea)\b"
        r"|\bme tiene agarrad[oa]\b|\ble escribo escondid[oa]\b|\b(?:texting|writing) (?:you )?from"
        r" (?:the closet|hiding)\b"
        r"|\b(?:dementia|demencia|alzheimer\w*)\b(?: \S+){0,20} (?:wandered|se escapo|se salio"
        r"|se perdio|no aparece|gone|missing|cant find)\b"
        r"|\b(?:wandered off|se (?:me )?escapo|no aparece)\b(?: \S+){0,20} (?:dementia|demencia"
        r"|alzheimer\w*)\b"
        r"|\b(?:smells? (?:of|like) gas|huele a gas|olor a gas)\b"
        r"|\b(?:tiene|has|got) quemaduras\b|\bse le quemo (?:la camisa|la ropa)\b",
        "Harm at home in later life: a caregiver who pushes and takes the pills, a grandson"
        " demanding the pension, a spouse with dementia gone missing, the house smelling of gas.",
    ),
    _rule(
        "suicide",
        "prayed_or_planned_calmly",
        r"\b(?:please )?(?:god|lord|dios|senor) (?:let|deja que|que) (?:this|esta|este) (?:be|sea)"
        r" (?:the |mi |la |el )?(?:last|ultim\w*) (?:night|day|noche|dia)\b"
        r"|\b(?:lord|god|dios|senor)\b(?: \S+){0,2} (?:take me|llevame|llevarme|recogeme)\b"
        r"(?! (?:to (?:church|mass|the store)|a (?:misa|la iglesia)))"
        r"|\b(?:putting aside|set aside|setting aside|saving|hiding|stashing|apartando"
        r"|escondid\w*|juntando|guardando|guardad\w*)\b(?: \S+){0,16} (?:enough|suficientes"
        r"|bastante|bastantes)\b"
        r"|\b(?:juntando|guardando|apartando) (?:la |las |mis |my )?" + _PRESCRIBED + r"\b"
        r"|\b(?:ya )?(?:escogi|picked|chose|eleg\w*) (?:el|the) (?:dia|day|date|fecha)\b"
        r"|\b(?:its|it s)? ?time to go be with\b|\b(?:ive |i have |i )?thought about how\b"
        r"|\bhe pensado (?:en )?(?:como|tomarme|matarme|quitarme)\b"
        r"|\b(?:grave|cemetery|panteon|cementerio|tumba)\b(?: \S+){0,12} (?:pills|pastillas|bottle"
        r"|frasco|gun|pistola)\b"
        r"|\b(?:esta noche|hoy|tonight) (?:me tomo|i take|im taking|i will take) (?:todo|all"
        r"|everything)\b"
        r"|\b(?:escribi|wrote|llame|called|texted|le escribi)\b(?: \S+){0,5} (?:para despedirme|to"
        r" say goodbye)\b(?: \S+){0,10} (?:ya no voy a estar|wont be here|wont be around|no se"
        r" preocupe|dont worry)"
        r"|\b(?:tomarme|take|taking|swallow) (?:todo lo que (?:queda|tengo|me queda)|all (?:thats"
        r"|that s|that is) left|the rest)\b(?: \S+){0,4} (?:con|with) (?:una|a) (?:botella|bottle)"
        r"\b"
        r"|\bstopped taking my (?:\w+ )?(?:medicine|meds|insulin|pills|medication)\b(?: \S+){0,3}"
        r" on purpose\b|\blet nature (?:do its work|take its course)\b|\bdejar que la naturaleza\b"
        r"|\b(?:pills|gun|pistol|knife|frasco|pastillas|pistola)\b(?: \S+){0,3} (?:in my lap|en mis"
        r" piernas|en mi regazo)\b"
        r"|\b(?:dont|do not) care (?:what|if) (?:happens|i wake up|i live)\b(?: \S+){0,2}(?:"
        r" tonight| to me)"
        r"|\b(?:service weapon|weapon|gun|pistol|pistola|arma)\b (?:is )?(?:on the table|in my lap"
        r"|next to me|in my hand|en la mesa)\b|\btalking <SELF> out of it\b"
        r"|\b(?:drove|came|went|fui|maneje) (?:to|al|a la) (?:the )?<PLACE>\b(?: \S+){0,12} (?:dont"
        r" know if|not sure if|no se si)\b"
        r"|\b(?:meterme|entrar|walk|walking|go) (?:al|en el|into the) (?:mar|ocean|sea|lake|lago"
        r"|rio|river|water)\b(?: \S+){0,3} (?:y no salir|and not come out|and not come back|and"
        r" keep going|y no volver)\b"
        r"|\b(?:cuerda|soga) (?:amarrada|colgada|lista)\b",
        "A wish to die said as a prayer or a plan told calmly: 'Please God let this be the last"
        " night', morphine saved up until there is enough, the day chosen, pills brought to a"
        " wife's grave, heart medicine stopped 'to let nature do its work'.",
    ),
)

# The twenty-fifth blind batch was written as people of 16 to 30 text their friends: algospeak
# and gaming words for dying ("respawn disabled", "uninstalling myself irl", "final upload. thx
# for everything chat"), a drink that was drugged, an ex with one's location, purging until the
# heart races, a little brother into the lean. Held out, the rules caught 83.5% of its crisis
# messages.
VOICES += (
    _rule(
        "suicide",
        "logged_off_for_good",
        r"\b(?:bye|goodbye|adios) (?:everyone|everybody|yall|all|chat|todos)\b(?: \S+){0,6} (?:fun"
        r" while it lasted|fue un placer|thx for everything|thanks for everything)\b"
        r"|\b(?:final|last) upload\b|\bultimo video\b(?: \S+){0,4} (?:gracias|adios)"
        r"|\b(?:goodbye|despedida) (?:posted|publicad\w*|is up)\b"
        r"|\b(?:dont|do not) look for me\b(?: \S+){0,4}(?:<END>)|\bno me (?:busquen|busques)<END>"
        r"|\brespawn (?:disabled|off)\b|\bno respawn\b|\bgg no re\b"
        r"|\buninstall(?:ing)? (?:<SELF>|me)\b"
        r"|\b(?:me desconecto|logging off|log off|logged off) (?:para siempre|for good|forever"
        r"|permanently)\b"
        r"|\b(?:forever nap|eternal (?:sleep|nap)|dirt nap)\b"
        r"|\bsee (?:yall|you all|you|u|ya) on the other side\b"
        r"|\breasons to (?:stay|live)\b[^\n.]{0,40}\b(?:blank|empty|nothing|none)\b"
        r"|\b(?:researching|looking up|investigando) (?:ways|methods|how to do it|formas|como"
        r" hacerlo)\b"
        r"|\b(?:run off|leave|get out|sneak out) and finish it\b|\bfinish what i started\b"
        r"|\b(?:use it|usarla) on (?:<SELF>|mi mism[oa])\b|\bif i had a (?:gun|pistol|pistola)\b"
        r"[^\n.]{0,40}\b(?:<SELF>|end it|tonight)\b"
        r"|\bi (?:have|got|ve got) a plan (?:this time|now|for tonight)\b|\btengo un plan (?:esta"
        r" vez|para esta noche)\b"
        r"|\b<PLACE>\b(?: \S+){0,6} (?:quiero|voy a|want to|wanna|gonna|about to) (?:brincar"
        r"|saltar|jump)\b"
        r"|\b(?:the )?(?:voice|voices|la voz|las voces)\b(?: \S+){0,4} (?:tell|telling|tells|told"
        r"|me dice|me dicen|are telling|is telling) (?:me |her |him |them |le )?(?:to|que) (?:hurt"
        r"|kill|me haga dano|me mate|hacerme dano"
        r"|matarme|jump|cut|me corte)\b",
        "A goodbye in gaming and streaming words ('respawn disabled', 'final upload. thx for"
        " everything chat', 'uninstalling myself irl'), 'see yall on the other side', reasons to"
        " stay left blank, ways researched, voices telling one to hurt oneself.",
    ),
    _rule(
        "medical",
        "young_bodies_in_danger",
        r"\b(?:purging|purged|restricting|havent eaten|have not eaten|no he comido)\b(?: \S+){0,10}"
        r" (?:heart (?:is )?(?:racing|flutter\w*|pounding|skipping)|fainting|passed out|seeing"
        r" spots|chest pain)\b"
        r"|\b(?:heart (?:is )?(?:racing|flutter\w*|pounding|skipping)|fainting|keep fainting)\b"
        r"(?: \S+){0,10} (?:purging|purged|restricting|havent eaten|not eating)\b"
        r"|\b(?:cutting|cut|burning|carving)\b(?: \S+){0,10} (?:went too (?:far|deep)|too deep)\b"
        r"|\b(?:woke up|me desperte)\b(?: \S+){0,8} (?:no memory|no me acuerdo|sin ropa|clothes"
        r" (?:are |were )?off|naked|desnud[oa])\b"
        r"|\b(?:tirad[oa]|on the floor|en el piso)\b(?: \S+){0,4} (?:temblando|shaking"
        r"|convuls\w*|seizing)\b"
        r"|\b(?:crashed (?:my|the|his|her) (?:car|truck|bike|motorcycle)|choque (?:el|mi) (?:carro"
        r"|coche|moto))\b(?![^\n]*\b(?:nobody|no one|nadie) (?:got |was |salio )?(?:hurt|herid\w*)"
        r"|[^\n]*\b(?:everyone|everybody|todos) (?:is |s |are |estan )?(?:ok|fine|bien)\b)"
        r"|\b(?:molly|tachas?|mdma|ecstasy|tusi|coke|cocaine|meth)\b(?: \S+){0,6} (?:hirviendo"
        r"|boiling|burning up|overheat\w*)\b"
        r"|\b(?:got into|drank|se tomo)\b (?:my |mi |his |her )?(?:lean|syrup|jarabe|edibles"
        r"|gummies)\b(?: \S+){0,8} (?:sleepy|wont answer|wont wake|dormid\w*|no despierta"
        r"|floppy)\b",
        "Young bodies in danger: purging until the heart races, cutting 'too far' tonight, waking"
        " with no memory and clothes off, a friend on the floor shaking after tusi, a crash while"
        " high, a little brother sleepy after the lean.",
    ),
    _rule(
        "violence",
        "tracked_and_threatened",
        r"\b(?:si salgo|si me voy|if i leave|if i go out) (?:me mata|hell kill me|he ll kill me|he"
        r" will kill me|shell kill me)\b|\bme tiene rastread[oa]\b"
        r"|\b(?:ur|youre|your|you are|you re) dead when i (?:get|find)\b"
        r"|\bi know where (?:u|you) are\b(?: \S+){0,6} (?:dead|kill|hurt)",
        "Tracked and threatened: 'he has my location and texted ur dead when i get there', 'me"
        " tiene rastreada y dice que si salgo me mata'.",
    ),
)
