"""Crisis rules for the emergencies that are not suicide: batch 31.

The thirty-first blind batch was written by someone who has worked an ER triage desk and a
domestic-violence hotline: medical emergencies told by their symptoms, not their names
("red lines going up to my armpit. fever 103", "hes so hot to touch and stopped sweating"),
violence whispered while the person is in the room ("cant talk hes here", "shh ahi esta"),
debts collected with threats, fear of hurting a child or a parent, a night in the cold with
a baby. Held out, the rules caught 71.7% of its crisis messages. These rules name what
those texts describe; the few-word ones need the text to be nothing else (`<EOT>`).
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_HE = r"(?:hes|he is|shes|she is|theyre|they are|el esta|ella esta|esta)"
_CHILD = (
    r"(?:baby|babies|toddler|kid|kids|son|daughter|newborn|infant|bebe|nino|nina|hijo|hija"
    r"|chiquito|chiquita|nene|nena)"
)

EMERGENCIES: tuple[Rule, ...] = (
    _rule(
        "violence",
        "abuser_in_the_room",
        rf"^(?:shh+ )?(?:(?:i )?cant talk|i can not talk|cant text|no puedo hablar)(?: \.)?"
        rf" (?:{_HE}|he|she) (?:here|right here|home|aqui|en la casa|in the next room|next to me)"
        rf"<EOT>|^shh+ (?:{_HE}|he|she|ahi esta|aqui esta)\b"
        r"|^(?:(?:hes|shes|theyre) outside(?: \.)? ?){2,}"
        r"|\b(?:hes|shes|he is|she is) parked (?:across the street|outside|out front|down the"
        r" block)\b(?: \S+){0,3} (?:watching|again|waiting)\b"
        r"|\b(?:not allowed|dont let me|wont let me|no me deja) (?:to )?(?:leave|go out|salir)\b"
        r"(?: \S+){0,6} (?:key|keys|llave|llaves|locked|encerrad[oa]|phone hidden)\b"
        r"|\bgot (?:this|a) phone hidden\b"
        r"|\b(?:hes|shes|he) (?:got|has|took) my (?:keys|phone|car keys) and (?:my (?:phone"
        r"|keys|wallet)|hes|he is)\b(?: \S+){0,4} (?:standing over me|wont let me|blocking|in"
        r" front of the door)\b",
        "'Cant talk hes here', 'shh hes in the next room', 'hes outside. hes outside', 'hes"
        " parked across the street again just watching the house', 'im not allowed to leave he"
        " keeps the key. got this phone hidden': an abuser present or watching.",
    ),
    _rule(
        "violence",
        "debt_collected_by_threat",
        r"\b(?:came|showed up|were|are) (?:to|at) my (?:apt|apartment|house|place|door|job)\b"
        r"(?: \S+){0,6} (?:money|the \d+|what) i owe\b(?: \S+){0,6} (?:back|tonight|again"
        r"|or else|kill|hurt)\b"
        r"|\bthe (?:guy|dude|man|people|ones) i owe (?:money )?(?:is|are) (?:in|at|outside"
        r"|downstairs"
        r"|here|in the)\b"
        r"|\b(?:holding|have|took|got) my (?:\w+ )?(?:cousin|brother|sister|son|daughter|mom|friend"
        r"|girlfriend|boyfriend|wife|husband)\b(?: \S+){0,3} (?:til|until|till) (?:she|he|i|they)"
        r" (?:pays?|pay back)\b"
        r"|\b(?:video|pic|picture|foto) of (?:her|him|them) tied up\b"
        r"|\b(?:keeps? sending|sent|sending) (?:me )?(?:pics|pictures|photos|fotos) of my (?:house"
        r"|car|kids|job|apartment|door)\b"
        r"|\b(?:says|said|dice|dijo|texted)(?: that| que)? (?:he|she|they)? ?(?:knows|sabe|saben)"
        r" (?:where|donde) (?:i park|i live|i work|my kids|vivo|trabajo|estaciono)\b",
        "'Guys came to my apt looking for the money i owe and said theyd be back tonight', 'the"
        " guy i owe is in the lobby', 'theyre holding my cousin til she pays', 'my ex keeps"
        " sending pics of my house and says he knows where i park': threats that have arrived.",
    ),
    _rule(
        "violence",
        "about_to_hurt_family",
        r"\b(?:scared|afraid|terrified) (?:im going to|i will|ill|i might) (?:shake|hurt|hit)"
        r" (?:her|him|the baby|my baby|my \w+)\b(?! feelings)"
        r"|\b(?:tengo )?miedo de (?:sacudirlo|sacudirla|lastimarlo|lastimarla|pegarle|sacudir al"
        r" bebe|que (?:lo|la) voy a (?:sacudir|lastimar))\b"
        r"|\b(?:almost|nearly|casi) (?:shook|shake|hit|threw|sacudo|sacudi|le pego|le pegue)"
        r" (?:him|her|the baby|my baby|al bebe|a mi bebe)\b"
        r"|\bgrabbed (?:him|her|my \w+) (?:too hard|by the (?:neck|throat|arm))\b(?: \S+){0,4}"
        r" (?:marks|bruises|losing it|crying)\b"
        r"|\b(?:about to|gonna|going to|bout to) put my hands on (?:her|him|them|my \w+)\b"
        r"|\b(?:keep|keeps|kept|cant stop) (?:looking at|staring at|thinking about) the knife"
        r"(?: block| drawer)?\b"
        r"|\b(?:le|les) voy a hacer algo<EOT>"
        r"|\b(?:traigo|tengo|llevo) (?:la|el|una|un) (?:navaja|cuchillo|pistola"
        r"|fierro)\b(?: \S+){0,3}"
        r" (?:en la bolsa|en la mochila|conmigo|en el carro)\b"
        r"|\bgonna get it tonight\b(?: \S+){0,3} (?:i )?(?:already )?got (?:people|my boys|a"
        r" gun|the strap)\b"
        r"|\bi know where (?:the guy|he|she|they|the dude)\b(?: \S+){0,8} (?:lives|stays|works)"
        r"\b(?: \S+){0,3} (?:and )?(?:im|i am) (?:going|goin|heading) (?:there|over)\b",
        "'The baby wont stop crying and im scared im going to shake her', 'i grabbed him too"
        " hard hes got marks', 'im about to put my hands on her', 'hes sleeping and i keep"
        " looking at the knife block', 'i know where the guy who sold my brother the fent lives"
        " and im going there tonight': about to hurt someone.",
    ),
    _rule(
        "violence",
        "elder_or_child_harmed",
        r"\b(?:takes|took|steals|keeps) (?:grandmas|grandpas|my grandmas|my moms|her|his|my)"
        r" (?:check|pension|social security|money)\b(?: \S+){0,4} (?:shoves|pushes|hits|slaps"
        r"|locks|shoved|pushed|hit)\b"
        r"|\bhe has my (?:baby|kid|son|daughter|kids) in the car\b(?: \S+){0,4} (?:drinking|drunk"
        r"|high|wont bring|took off)\b"
        r"|\b(?:cuando llegue|si llego|cuando me vea|si me ve) (?:me|nos) (?:mata|pega|golpea"
        r"|va a matar)\b",
        "'My brother takes grandmas check and shoves her around, she has new bruises', 'he has my"
        " baby in the car and hes been drinking', 'dice que cuando llegue me mata'.",
    ),
    _rule(
        "medical",
        "infection_spreading",
        r"\b(?:red|dark|black) (?:lines?|streaks?)\b(?: \S+){0,3} (?:going up|up my|spreading"
        r"|toward)\b|\b(?:rayas|lineas) (?:rojas )?que (?:suben|se extienden)\b"
        r"|\b(?:swollen|hinchad[oa])\b(?: \S+){0,4} (?:black|red|roj[oa]|negr[oa]|hot|caliente)\b"
        r"(?: \S+){0,10} (?:fever|fiebre|smells|pus|huele)\b"
        r"|\b(?:where i (?:shot|was shooting|inject|injected)|donde me inyecto)\b(?: \S+){0,8}"
        r" (?:swollen|red|black|hot|hinchad|roj|calient|pus|smells)\w*",
        "'My arm where i was shooting is red hot and swollen and theres red lines going up',"
        " 'leg is swollen and black around the spot i shot and it smells bad and i have fever':"
        " an infection spreading.",
    ),
    _rule(
        "medical",
        "body_overheating_or_seizing",
        r"\b(?:hes|shes|he is|she is|skin is|baby is|body is) (?:so |really |super |burning )?hot"
        r" to (?:the )?touch\b|\bstopped sweating\b"
        r"|\b(?:hirviendo|ardiendo) (?:en|de) (?:calentura|fiebre)\b"
        r"|\b(?:fell|fall|cayo|se cayo) (?:over|down|al piso)?\b(?: \S+){0,2} (?:and )?(?:is "
        r"|esta )?"
        r"(?:jerking|convulsing|seizing|convulsionando)\b"
        r"|\b(?:people|gente|personas|bugs|bichos) (?:in my room |en mi cuarto )?(?:that|que)"
        r" (?:arent|are not|no) (?:real|existe|existen|estan)\b"
        r"|\b(?:hablando|talking) (?:con|to|with) (?:gente|people|alguien|someone) (?:que|who|that)"
        r" (?:no existe|isnt there|arent there|no esta)\b"
        r"|\b(?:diabetic|diabetico|diabetica)\b(?: \S+){0,3} (?:shaking|sweating|temblando"
        r"|sudando|confused|confundid[oa]|no se (?:ni )?donde estoy|dont know where)\b",
        "'Hes so hot to touch and stopped sweating', 'she just fell over and is jerking', 'theres"
        " people in my room that arent real', 'mi papa esta hablando con gente que no existe y esta"
        " empapado en sudor', 'soy diabetico y estoy temblando y sudando': a body overheating,"
        " seizing or in withdrawal delirium.",
    ),
    _rule(
        "medical",
        "bleeding_or_throat",
        r"\bbleeding (?:for )?\d+ ?(?:min|mins|minutes|hours?)\b|\b(?:through|thru) \d+ towels\b"
        r"|\b(?:throat|garganta) (?:feels |is |se siente )?(?:closing|swelling|cerrando|cerrada)\b"
        r"|\b(?:throat|garganta) (?:feels |is |se siente )?(?:tight|apretada)\b(?: \S+){0,6}"
        r" (?:itchy|hives|swollen|cant breathe|ronchas|comezon)\b"
        r"|\b(?:slumped|passed out|tirado|tirada)\b(?: \S+){0,3} (?:not responding|no responde"
        r"|not moving|no se mueve)\b"
        r"|\b(?:on the ground|on the floor|en el piso|en el suelo)\b(?: \S+){0,3} (?:not moving"
        r"|no se mueve)\b"
        r"|\b(?:hes|shes|he is|she is) (?:real |really |so |very )?hard to wake(?: up)?<END>"
        r"|\bcant (?:keep (?:him|her) awake|wake (?:him|her))\b",
        "'Cut my hand on a bottle its been bleeding 30 min through 3 towels', 'got stung and my"
        " throat feels tight', 'guy in the bathroom at work slumped over not responding', 'hes real"
        " hard to wake'.",
    ),
    _rule(
        "overdose",
        "child_got_into_it",
        rf"\bmy {_CHILD}\b(?: \S+){{0,2}} (?:drank|ate|swallowed|got into|took"
        rf"|chewed)\b(?: \S+){{0,6}}"
        rf" (?:bottle|stash|pills?|gummy|gummies|edible|methadone|vodka|liquor|weed|my \w+)\b"
        rf"|\b(?:mi|el|la) {_CHILD}\b(?: \S+){{0,2}} (?:se tomo|se comio|se trago|tomo|comio"
        rf"|trago)\b(?: \S+){{0,6}} (?:botella|pastillas?|gomita|metadona|alcohol|mota|cloro)\b"
        r"|\b(?:found|got into) my (?:stash|pills|edibles|weed|gummies|meds)\b(?: \S+){0,3} (?:ate"
        r"|took|drank|swallowed)\b",
        "'My toddler drank out of the bottle i left on the floor', 'my little brother found my"
        " stash and ate some', 'i think my kid ate a gummy"
        " from my stash': a child poisoned.",
    ),
    _rule(
        "help_now",
        "nowhere_tonight",
        r"\b(?:kicked out|locked out|put out|me corrio|me corrieron|me echo"
        r"|me echaron)\b(?: \S+){0,12}"
        r" (?:freezing|frio horrible|mucho frio|no gas|sin gas|no tengo (?:a )?donde|nowhere to"
        r" go|with the (?:baby|kids)|con los ninos|con el bebe)\b"
        r"|\b(?:sleeping|dormir|durmiendo) (?:in|en) (?:my|el|mi) (?:car|carro)\b(?: \S+){0,4}"
        r" (?:freezing|no gas|sin gas|frio|the baby|el bebe|los ninos)\b"
        r"|\bcant go back (?:there|home)\b(?: \S+){0,3} need (?:somewhere|a place|a bed) (?:to"
        r" (?:go|stay) )?tonight\b"
        r"|^(?:please |pls )?call me(?: \.| !)*<EOT>|^(?:alguien que me llame|que alguien me llame"
        r"|llamenme|llamame ya)<EOT>",
        "'Kicked out tonight sleeping in my car no gas its freezing and i got the baby', 'me corrio"
        " de la casa y hace un frio horrible, no tengo a donde ir con los ninos', a bare 'CALL"
        " ME': help needed now.",
    ),
)

EMERGENCIES += (
    _rule(
        "help_now",
        "location_alone",
        r"^(?:(?:at|in|@|im at|estoy en) )?(?:the )?(?:corner of \S+(?: \S+)? (?:and|&) \S+(?:"
        r" \S+)?|\d+ \w+ (?:st|street|ave|avenue|rd|road|blvd|dr|drive)"
        r"|\S+(?: \S+)? on \w+(?: \w+)?"
        r" (?:st|street|ave|avenue|rd|road|blvd))(?: (?:behind|next to|by|near|across from) the"
        r" \w+)?<EOT>"
        r"|^(?:en )?(?:el |la )?(?:oxxo|gasolinera|parada|estacion|esquina|tienda|seven|7 ?eleven)"
        r" (?:de la |en la |de |en )?(?:calle|avenida|av) \w+(?: y \w+)?<EOT>",
        "'7-11 on broad st', 'corner of 5th and main behind the laundromat', 'oxxo de la calle"
        " juarez': a bare location, sent as the whole text, is where to come.",
    ),
    _rule(
        "help_now",
        "code_word",
        r"\b(?:its|it is|thats|that is|this is) (?:the|my|our) (?:safe |code )?word\b"
        r"|^(?!(?:yes|yeah|yay|yes|ok|okay|no|si|lol|ha|haha|jaja|thanks|thank|gracias|y|c|go|woo"
        r"|omg|bye|hi|hey|hello|hola|yep|nope|wow|love|amen)\b)([a-z]+)(?: [.!])*(?: \1(?: [.!])*)"
        r"{2,}<EOT>",
        "'Pineapple. its the word. please'; 'red red red': a code word, or one word said three"
        " times and nothing else, is a call for help that cannot say more.",
    ),
)
