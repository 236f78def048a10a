"""Crisis rules for a crisis buried in an ordinary text: batch 32.

The thirty-second blind batch was written by a peer-recovery coach: texts mostly about rides,
rent, kids, a reminder or a check-in, where one clause gives the crisis away ("Y. unless im
dead by then haha. jk. kinda not jk", "thanks for the reminder. you can take me off the list
tho, i wont need reminders after tonight"), understated ("not a big deal but"), wrapped in a
joke, or asked as a question ("is it normal to feel like everyone would be better off if you
just werent here"). Held out, the rules caught 75.6% of its crisis messages. The clause is
the signal wherever it sits; these rules name those clauses, in both languages.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_DAY = (
    r"(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|this weekend"
    r"|domingo|lunes|martes|miercoles|jueves|viernes|sabado|esta noche|manana|este fin)"
)
_KIDS = r"(?:kids|children|sons?|daughters?|boys|girls|hijos|hijas|ninos|nietos|family|familia)"

BURIED: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "no_need_after",
        r"\b(?:wont|will not|dont think ill|no (?:los|las|lo|la|te) voy a|ya no (?:los|las|lo|la"
        r"|te) voy a) (?:need|necesitar)\b(?: \S+){0,6} (?:after|past|despues de) (?:tonight|today"
        r"|this weekend|sunday|esta noche|hoy|este fin)\b"
        r"|\bafter (?:this weekend|tonight|sunday) i (?:wont|will not) need (?:anyone|anybody|you"
        r"|them)\b"
        r"|\btake me off the list\b(?: \S+){0,4} (?:wont need|after tonight|for good)\b",
        "'I wont need reminders after tonight', 'ya no los voy a necesitar despues de esta noche',"
        " 'after this weekend i wont need anyone to take care of her': no need for anything after"
        " a day.",
    ),
    _rule(
        "suicide",
        "decided_and_calm",
        rf"\bdecid(?:ed|i|e)\b(?: \S+){{0,5}} (?:im doing it|ill do it|i will do it|lo hago"
        rf"|lo voy a"
        rf" hacer|voy a hacerlo) (?:on |el |this )?{_DAY}\b"
        r"|\b(?:calm|calma|tranquil[oa]|at peace|en paz) (?:now )?(?:that|since|ahora que|desde"
        r" que) (?:ive|i have|i|ya)? ?(?:decided|decidi|made up my mind|lo decidi)\b"
        r"|\b(?:ill|i will|i am going to|im going to) (?:finally )?be at peace (?:soon|tonight"
        r"|now)\b|\b(?:pronto|esta noche) (?:voy a )?(?:estar|estare) en paz\b"
        r"|\b(?:ya )?hice las paces con todo\b|\bmade (?:my )?peace with (?:everything|it all"
        r"|all of it)\b"
        r"|\bjust made a plan\b(?: is all)?(?: \.)? (?:dont|do not) (?:call|worry|tell)\b",
        "'I decided this morning im doing it sunday', 'is it weird that i feel calm now that ive"
        " decided?', 'ill be at peace soon', 'ya hice las paces con todo', 'just made a plan is"
        " all. dont call': a decision, and the calm after it.",
    ),
    _rule(
        "suicide",
        "join_someone_who_died",
        r"\b(?:go |come )?(?:be|join) (?:with )?(?:her|him|them|my (?:mom|dad|mother|father|brother"
        r"|sister|son|daughter|wife|husband|baby|grandma))\b(?: \S+){0,2} (?:tonight|soon"
        r"|finally|now)\b|\b(?:tonight|finally) (?:im|i am) (?:finally )?(?:going to|gonna) go be"
        r" with (?:her|him|them)\b"
        r"|\bwant to be wherever (?:she|he|they) (?:is|are)\b"
        r"|\b(?:telling|told|tell|tells) me to (?:come )?(?:join|be with) (?:him|her|them)\b"
        r"|\bme quiero ir con (?:mi|mis) \w+(?: \w+)? (?:que (?:ya )?(?:murio|fallecio|se fue"
        r"|se murio)|al cielo)\b",
        "'I think tonight im finally going to go be with her', 'my brother telling me to come join"
        " him', 'me quiero ir con mi hermano que ya murio': to join someone who died.",
    ),
    _rule(
        "suicide",
        "said_lightly",
        r"\bunless (?:im|i am|ill be) (?:dead|gone|not here|not around)\b"
        r"|\bkinda not (?:jk|joking|kidding)\b|\bnot (?:really )?(?:jk|joking|kidding) tho\b"
        r"|\bsi es que (?:sigo|estoy|todavia estoy) (?:vivo|viva|aqui)\b"
        r"|\b(?:would not|wouldnt|would never) recommend (?:being alive|living|life|existing)\b"
        r"|\bno recomiendo (?:estar vivo|estar viva|vivir|la vida)\b"
        r"|\b(?:will to live|ganas de vivir)\b(?: \S+){0,2} (?:is |are |esta |estan )?(?:lower"
        r"|gone|zero|mas bajas?|negative|nonexistent)\b",
        "'Y. unless im dead by then haha. jk. kinda not jk', '10/10 would not recommend being"
        " alive', 'my urges are low but my will to live is lower lmao': despair said as a joke.",
    ),
    _rule(
        "suicide",
        "asked_as_a_question",
        r"\bis it (?:normal|weird|bad|ok|okay|wrong) (?:to|that i) (?:feel|think|want|wish)\b"
        r"(?: \S+){0,10} (?:better off|werent here|wasnt here|not (?:be )?here|disappear|not wake"
        r" up|not exist|end it)\b"
        r"|\b(?:how long|how many|how much)\b(?: \S+){0,6} (?:a )?(?:whole|entire|full) (?:bottle"
        r"|box|pack) of\b"
        r"|\b(?:cuantas|cuanto|cuantos)\b(?: \S+){0,4} (?:pastillas|tylenol|insulina|pildoras)\b"
        r"(?: \S+){0,4} (?:para (?:ya )?no despertar|para morir|para (?:ya )?no (?:seguir|estar))\b"
        r"|\b(?:that one|the last one|ese|esa|el ultimo|la ultima)(?: one)? (?:is|es) (?:for me"
        r"|para mi)<END>"
        r"|\bwant to know (?:which|what|where)\b(?: \S+){0,5} (?:is the )?(?:tallest|highest)\b",
        "'Is it normal to feel like everyone would be better off if you just werent here?', 'how"
        " long does it take for a whole bottle of tylenol to work?', 'the number for the place you"
        " call when you want to kill yourself. that one is for me', 'which parking garage"
        " downtown is the tallest': a question that discloses.",
    ),
    _rule(
        "suicide",
        "left_for_them",
        rf"\b(?:letters|notes|cartas|notas) (?:for|to|a|para) (?:my |mis |each of my |cada uno de"
        rf" mis )?{_KIDS}\b(?: \S+){{0,3}} (?:are|is|estan|esta) (?:in|on|under|en|debajo)\b"
        r"|\b(?:les |le )?deje (?:una )?(?:cartas?|notas?) a cada (?:uno|una)\b"
        r"|\b(?:tell|diganle a|dile a|decirle a|diganle|dile) (?:the group|everyone|them|my \w+|el"
        r" grupo|al grupo|a todos|todos|\w+)\b(?: \S+){0,2} (?:not to be sad|que no esten tristes"
        r"|que no lloren|not to cry"
        r"|its not their fault|que no es su culpa)\b"
        r"|\b(?:ustedes|you guys|yall) (?:no tienen la culpa|are not to blame|didnt do anything"
        r" wrong)\b"
        r"|\b(?:le|les) mando saludos y (?:que )?adios\b|\b(?:ella|el|she|he|they) (?:va a|van a"
        r"|will) (?:entender|understand)<END>"
        r"|\bgave away my\b(?: \S+){0,6} (?:today|yesterday)?\b[^\n]{0,40}\b(?:feel (?:so )?light"
        r"|its all done|all done|im ready)\b"
        r"|\bregale (?:a )?(?:mi|mis)\b[^\n]{0,50}\b(?:todo listo|me siento liger[oa])\b"
        r"|\bsi me pasa algo\b(?: \S+){0,6} (?:dejar listo|dejarlo listo)\b(?: \S+){0,2} (?:esta"
        r" semana|hoy|manana)\b",
        "'The letters for my kids are in the glovebox', 'ya les deje cartas a cada uno', 'please"
        " tell the group not to be sad', 'le mando saludos y que adios, ella va a entender', 'gave"
        " away my guitar and my records today and it felt so good. i feel light': left in order"
        " for those after.",
    ),
    _rule(
        "suicide",
        "method_in_passing",
        r"\b(?:look|looks) like an accident\b(?: \S+){0,8} (?:insurance|seguro|the kids|my kids)\b"
        r"|\b(?:parezca|pareciera) (?:un )?accidente\b"
        r"|\b(?:bridge|puente|overpass)\b[^\n]{0,50}\b(?:(?:i )?just stop there|stop on it|me paro"
        r" ahi|me quedo ahi)\b"
        r"|\b(?:already |just )loaded it<END>"
        r"|\bi (?:wont|will not) be here<END>[^\n]{0,30}\b(?:took care of everything|its all"
        r" (?:done|taken care of)|everything is (?:ready|done|taken care of))\b"
        r"|\bend up in the hospital\b[^\n]{0,60}\b(?:after tonight|(?:im|i am) going to do"
        r" something)\b"
        r"|\bpillow over my (?:own )?face\b(?: \S+){0,8} (?:to see if|for a long time|until)\b"
        r"|\b(?:knife|blade|razor|cuchillo|navaja)\b(?: \S+){0,2} (?:against|on|to|contra|en) my"
        r" (?:wrist|throat|neck|arm)\b"
        r"|\b(?:taking|take|tomarme|tomar) (?:every one|all of them|them all|todas)\b(?: \S+){0,4}"
        r" (?:and )?(?:just )?(?:sleep(?:ing)? forever|never wake|no despertar)\b"
        r"|\b(?:meterme|meter el carro|entrar) (?:al|en el) (?:lago|rio|mar) con el carro\b"
        r"|\b(?:pensando|thinking) (?:en|about) meterme (?:al|en el) (?:lago|rio|mar)\b",
        "'If i hit the pole it would look like an accident and the kids would get the insurance',"
        " 'theres a bridge on the way and im thinking i just stop there', 'no point anymore. i"
        " already loaded it', 'i held a pillow over my face to see if i could': a method named in"
        " passing.",
    ),
    _rule(
        "overdose",
        "understated",
        r"\b\d+ (?:of )?(?:my |her |his )?(?:\w+s )?(?:pain |fentanyl |duragesic "
        r"|morphine )?patches\b"
        r"|\b(?:pastillas|pills)\b(?: \S+){0,5} (?:de mas|extra|too many|more than)\b(?: \S+){0,8}"
        r" (?:corazon|heart|chest|pecho)\b",
        "'I put on like 4 of my grandmas pain patches, i feel really floaty', 'me tome varias"
        " pastillas de dormir de mas y siento el corazon muy raro': an overdose played down.",
    ),
    _rule(
        "violence",
        "abuse_told_in_passing",
        r"\b(?:coming|comes|came|been coming) (?:into|in) my (?:room|bed) at night\b"
        r"|\b(?:me agarro|me agarraron|me tomo) a la fuerza\b"
        r"|\bsi no me acuesto con (?:el|ella)\b|\bif i dont (?:sleep with|have sex with) (?:him"
        r"|her)"
        r"\b",
        "'My stepdad has been coming into my room at night again', 'el casero dijo que si no me"
        " acuesto con el me saca, y hoy me agarro a la fuerza': sexual abuse told in passing.",
    ),
    _rule(
        "medical",
        "exposure_in_the_cold",
        r"\b(?:fingers|toes|feet|hands) (?:are |r )?numb\b[^\n]{0,80}\b(?:cold|freezing|below zero"
        r"|no heat|blanket)\b|\b(?:cold|freezing|-?\d+ (?:tonight|degrees|outside)|below zero|no"
        r" heat|blanket)\b[^\n]{0,80}\b(?:fingers|toes|feet|hands) (?:are |r )?numb\b",
        "'Its -5 tonight and the car wont start and i dont have a blanket. my fingers are numb':"
        " a night out in the cold.",
    ),
)
