"""Crisis rules for older participants: batch 44.

The forty-fourth blind batch was written in the voice of participants of 55 to 78: full
sentences signed with a name, widowhood, hospice medicines left in the house, a fall with
nobody coming, family and carers who hit, lock in or threaten. Held out, the rules caught
69.1% of its crisis messages. What they missed is how an older person says goodbye: the
affairs put in order for the children ("everything is in the blue folder... I wanted it to
be easy for the kids"), services cancelled because they "won't be needing" them, a last
hug the grandchildren "don't know was the last time", a wish to "go be with" a late spouse,
insulin stopped as "the easiest way", and a dead spouse's hospice morphine kept back.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_LATE_ONE = (
    r"(?:late |dead |departed )?(?:wife|husband|spouse|mother|mom|mama|father|dad|son|daughter"
    r"|esposa|esposo|mujer|marido|madre|padre|hij[oa])"
)
_MEDICAL_SERVICE = (
    r"(?:mail|meals on wheels|meals|appointments?|cardiology|cardiologist|doctor|prescriptions?"
    r"|refills?|oxygen|insulin|dialysis|medicare|insurance|lease|phone|newspaper|pills|meds)"
)

ELDERS: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "better_not_to_wake",
        r"\bif i (?:didnt|dont|did not|never|just didnt|wouldnt) wake up\b[^\n]{0,60}\b(?:might be"
        r"|would be|be) (?:best|better|easier|for the best|a mercy|a blessing)\b"
        r"|\b(?:nobody|no one|noone|nadie)\b[^\n]{0,30}\b(?:notice|miss me|se daria cuenta"
        r"|me extranaria)\b[^\n]{0,20}\bif i (?:didnt wake up|wasnt here|was gone|died)\b"
        r"[^\n]{0,80}\b(?:best|better|thinking|been thinking|easier)\b",
        "'Nobody would notice if I didn't wake up. I've been thinking that might be best': not"
        " waking weighed as the better outcome.",
    ),
    _rule(
        "suicide",
        "not_one_more",
        r"\b(?:cant|cannot|can not) (?:keep (?:it|going|on|holding on|the promise)|hold on|do"
        r" (?:this|it)|go on|last|make it) (?:for )?one more (?:night|day)\b"
        r"|\bdont have (?:one|another) (?:more )?(?:day|night) (?:left )?in me\b"
        r"|\b(?:dont|do not) (?:think i )?want to be (?:here|around|alive) for (?:the|my|another"
        r"|next) \w+"
        r"|\b(?:decided|made up my mind) (?:im|i am|that im) not (?:doing|going through|facing"
        r"|living|making it to) (?:a|another|one more) \w+",
        "'I can't keep it one more night', 'tonight I don't have one more day in me', 'I don't"
        " think I want to be here for the 12th', 'I've decided I'm not doing a second one'.",
    ),
    _rule(
        "suicide",
        "go_be_with_the_dead",
        r"\b(?:tonight|today) (?:is the (?:night|day) )?i (?:go|will go|am going|m going|go to)"
        r" (?:be with|join|home to|see) (?:my )?\w+"
        r"|\bbe with (?:my |the )?(?:lord|god|jesus|savior|saviour)\b[^\n]{0,80}\b(?:im ready"
        r"|ive been ready|help it along|hurry it|tonight|going to help)\b"
        rf"|\b{_LATE_ONE}\b[^\n]{{0,40}}\b(?:come home|join (?:her|him)|be with (?:her|him)"
        r"|que me vaya con (?:ella|el))\b[^\n]{0,40}\b(?:tonight i (?:think i )?will|i think i will"
        r"|im going|i will|hoy si|esta noche)\b"
        r"|\b(?:going to|gonna|will|ill|im going to) help (?:it|things|nature|the end) along\b",
        "'Tonight is the night I go be with Dorothy', 'I just want to be with my Lord and my"
        " husband. I'm ready... I'm going to help it along', 'hearing my late wife tell me to come"
        " home. Tonight I think I will'.",
    ),
    _rule(
        "suicide",
        "kept_back_medicines",
        r"\b(?:saved|saving|stashed|kept|left over|leftover|left)\b[^\n]{0,50}\bfrom\b[^\n]{0,20}"
        r"\bhospice\b|\bhospice\b[^\n]{0,60}\b(?:saved|stashed|enough|to stop|to end)\b"
        r"|\benough (?:<PILLS>|patches|morphine)\b[^\n]{0,50}\bto (?:stop|end) (?:all of it|it all"
        r"|everything|it)\b"
        r"|\b(?:<PILLS>|pill bottles|patches)\b[^\n]{0,60}\b(?:still strong enough|strong enough"
        r" still)\b"
        r"|\b(?:<PILLS>|pills?|bottles?)\b[^\n]{0,80}\b(?:ready|waiting)\b[^\n]{0,60}\bneed (?:a"
        r" little |a bit |some )?(?:more )?(?:courage|nerve|guts)\b",
        "'60 fentanyl patches saved up from when the hospice ended', 'enough morphine left from"
        " Bill's hospice to stop all of it', 'my mother's old pill bottles... still strong"
        " enough', 'the pills in the good teacup so they are ready. I just need more courage'.",
    ),
    _rule(
        "suicide",
        "made_it_easy_for_them",
        r"\b(?:passwords?|the deed|account numbers|pins?|the will|insurance papers)\b[^\n]{0,80}"
        r"\bwanted (?:it|this|things|everything) to be easy\b"
        r"|\bbeneficiary\b[^\n]{0,80}\b(?:youll (?:see|know|understand)|soon enough|when im gone"
        r"|wont need)\b"
        r"|\b(?:make (?:it|sure it)|so it|if it|it will|it would|it could|it has to|it needs to)"
        r" (?:look|looks|seem|seems) like (?:an )?accident\b"
        r"|\b(?:nobody|no one|noone|nadie)\b[^\n]{0,30}\b(?:would|will|could|wouldnt|va a|podria)"
        r" (?:say|know|think|tell|saber|decir)\b[^\n]{0,20}\b(?:it was |fue )?(?:on purpose"
        r"|intentional|a proposito|suicide)\b"
        r"|\b(?:whoever|whomever|who ever|quien) (?:finds|find|encuentre|me encuentre) me\b"
        r"|\bquien me encuentre\b",
        "'Everything is in the blue folder: passwords, insurance, the deed. I wanted it to be easy"
        " for the kids', 'changed the beneficiary... you'll see soon enough', 'does the insurance"
        " pay if it looks like an accident', 'nobody would say it was on purpose', 'I left the"
        " door unlocked so whoever finds me won't have to break it'.",
    ),
    _rule(
        "suicide",
        "wont_be_needing",
        rf"\b(?:cancel+ed|stopped|stop|no reason to go to|no point going to)\b[^\n]{{0,40}}"
        rf"\b{_MEDICAL_SERVICE}\b[^\n]{{0,80}}\b(?:wont|will not|no longer) (?:be )?need(?:ing)?"
        r" (?:it|them|either|any of (?:it|them)|that|those)\b"
        r"|\b(?:im not going on any|not really a|its not a|there is no|theres no) (?:cruise|trip"
        r"|vacation)\b|\bno es un viaje\b|\bno me voy de viaje\b",
        "'I cancelled Meals on Wheels and stopped the mail. Won't be needing either', 'no reason"
        " to go to my cardiology appointment. I won't be needing it', 'I told the kids I'm going"
        " on a cruise. I'm not going on any cruise', 'le dije que me voy de viaje. No es un"
        " viaje'.",
    ),
    _rule(
        "suicide",
        "last_time_last_message",
        r"\b(?:they|he|she|nobody|(?:the |my )?(?:kids|grandkids|grandchildren|family|wife"
        r"|husband|son|daughter|children)) (?:dont|doesnt|didnt|did not|do not)"
        r" know (?:it was|that was|this was|its|it is|thats) the last time\b"
        r"|\bno sab(?:en|e|ian|ia) que (?:fue|era|es|seria) la ultima vez\b"
        r"|\blast bottle\b[^\n]{0,40}\blast (?:<PILLS>|pills)\b"
        r"|\b(?:este es |es )?el ultimo mensaje que (?:les |te |le )?(?:mando|envio|escribo)\b"
        r"|\bwont be seeing (?:you|yall|you all|everyone|any of you) again\b[^\n]{0,60}\b(?:take"
        r" care|goodbye|love|thank you|thanks|god bless)\b"
        r"|\b(?:dont bother|no need to|no point|dont) (?:calling|checking|texting|call|check)\b"
        r"[^\n]{0,40}\b(?:i wont be answering|i wont answer|ill be gone|i wont be here)\b"
        r"|\bif i (?:dont|do not|cant) answer\b[^\n]{0,20}\b(?:youll|you will|you ll|you) know"
        r" why\b"
        r"|\b(?:needed|wanted|need|want) to say goodbye to (?:somebody|someone|anyone|some one)\b"
        r"|\bfueron mi familia\b[^\n]{0,40}\bme despido\b|\bme despido\b[^\n]{0,60}\bfueron mi"
        r" familia\b",
        "'They don't know it was the last time', 'tonight's the last bottle I'm buying, and the"
        " last pills', 'este es el último mensaje que les mando', 'I won't be seeing you again."
        " Take care', 'if I don't answer you'll know why', 'I just needed to say goodbye to"
        " somebody'.",
    ),
    _rule(
        "suicide",
        "affairs_settled_es",
        r"\b(?:ya )?(?:tengo|deje|dejo|esta) (?:todo|todas mis cosas|mis cosas|los papeles)\b"
        r"[^\n]{0,40}\b(?:arreglad[oa]s?|listos?|en orden|en la mesa)\b[^\n]{0,80}\b(?:gracias"
        r" por todo|dios los bendiga|adios|me despido|solo me falta|no se preocupen)\b"
        r"|\bsolo me falta(?:n)? (?:las |mis |el |la )?(?:<PILLS_ES>|valor|pistola|soga|cuerda)\b",
        "'Ya tengo todas mis cosas arregladas y los papeles en la mesa. Gracias por todo', 'ya"
        " pagué el funeral y dejé todo listo. Solo me faltan las pastillas'.",
    ),
    _rule(
        "suicide",
        "stopped_treatment_to_die",
        r"\b(?:quit|stopped|stop|not taking|deje de) (?:taking |using |ponerme |tomar(?:me)? )?"
        r"(?:my |la |mi |mis )?(?:insulin|insulina|heart (?:meds|pills)|blood thinners?|dialysis"
        r"|dialisis|oxygen|oxigeno|meds|medication|medicine|medicinas?)\b[^\n]{0,80}"
        r"\b(?:easiest|easier|easy|mas facil) (?:way|manera)?\b"
        r"|\b(?:quit|stopped|stop|deje de) (?:taking |ponerme |tomar(?:me)? )?(?:my |la |mi )?"
        r"(?:insulin|insulina)\b[^\n]{0,80}\b(?:nobody (?:has to|will|would) know|nadie se entera"
        r"|nadie sabe|asi es mejor)\b"
        r"|\b(?:stop|quit|stopped) eating\b[^\n]{0,40}\b(?:way to go|way out|polite way|easiest"
        r" way|nobody would)\b"
        r"|\b(?:polite|quiet|peaceful|dignified|clean) way to go\b(?! to\b| downtown)",
        "'Quit taking my insulin on Sunday... I think this is the easiest way nobody has to know',"
        " 'ya dejé de ponerme la insulina, así es más fácil y nadie se entera', 'if I just stop"
        " eating. seems like the polite way to go'.",
    ),
    _rule(
        "violence",
        "elder_abuse",
        r"\b(?:raised|raises|lifted) (?:her|his|their|a) (?:hand|fist) (?:at|to|against) me\b"
        r"|\b(?:keeps|keeping|has been keeping|locks|locked|lock) me (?:locked )?(?:in|inside"
        r"|up|in my room)\b[^\n]{0,80}\b(?:takes|took|check|money|haven t eaten|havent eaten"
        r"|crazy|food)\b"
        r"|\b(?:stood|standing|stands) over (?:my bed|me)\b"
        r"|\b(?:put|putting) me in the ground\b|\bme va a matar si no\b"
        r"|\bmy (?:husband|wife|son|daughter|grandson|granddaughter)\b[^\n]{0,20}\b(?:pushed|shoved"
        r"|threw|hit|slapped|struck) me\b"
        r"|\bshell be back tonight\b|\b(?:knows|sabe) where i (?:keep|hide) my (?:cash|money"
        r"|pills)\b[^\n]{0,60}\b(?:be back|come back|tonight|boyfriend)\b",
        "'She raised her hand at me', 'my daughter has been keeping me locked in and takes my"
        " check', 'last night he stood over my bed', 'said he's going to put me in the ground if I"
        " don't sign the house over', 'she knows where I keep my cash and she'll be back tonight'.",
    ),
    _rule(
        "medical",
        "fallen_nobody_came",
        r"\b(?:on the floor|fell|fallen|cant get up|cant get my legs)\b[^\n]{0,80}"
        r"\b(?:pushed|pressed|hit) the (?:button|alert|necklace|pendant)\b[^\n]{0,40}"
        r"\bnobody came\b"
        r"|\bcant get my legs to (?:work|move)\b"
        r"|\b(?:is|was|found (?:her|him)) on the floor\b[^\n]{0,40}\b(?:wont|doesnt|cant) (?:talk"
        r"|answer|wake|respond)\b"
        r"|\bblood pressure\b[^\n]{0,40}\b(?:2[0-4]\d|1[89]\d) (?:/ |over )?1[1-4]\d\b"
        r"|\b(?:2[0-4]\d|1[89]\d) (?:/ |over )?1[1-4]\d\b[^\n]{0,60}\b(?:pounding|worst|chest"
        r"|quit drinking|blurry)\b"
        r"|\b(?:took|tome) (?:my |the |las |mis )?(?:pills|pastillas|meds) (?:twice|dos veces)\b"
        r"[^\n]{0,60}\b(?:empty|vacio|confus|dont know what day|no se que dia)\b"
        r"|\bconfundid[oa]\b[^\n]{0,60}\b(?:dos veces|pastillero (?:esta )?vacio)\b",
        "'I am on the floor next to the bed, I can't get my legs to work, I pushed the button on"
        " my necklace but nobody came', 'Dolores is on the floor and won't talk to me', 'my blood"
        " pressure machine says 210/120... I quit drinking 3 days ago', 'creo que tomé las"
        " pastillas dos veces. el pastillero está vacío'.",
    ),
    _rule(
        "suicide",
        "alone_at_the_edge",
        r"\b(?:im|i am|sitting|parked|standing) (?:at|on|by) (?:the )?<HEIGHT>\b[^\n]{0,60}"
        r"\b(?:hear (?:from )?(?:somebody|someone|a voice|your voice|a kind voice)|talk to"
        r" (?:somebody|someone)|dont know what else)\b"
        r"|\b(?:was|were) my last reason\b|\bjust me and the (?:bottle|pills)\b[^\n]{0,20}"
        r"\b(?:pills|bottle)\b"
        r"|\bwant (?:somebody|someone|you|anyone) to know i tried\b"
        r"|\b(?:done asking|wont help|nobody will help|no one will help|nobody helps)\b[^\n]{0,60}"
        r"\b(?:handle|take care of|deal with|end) (?:it|this|things) (?:my ?self|on my own)\b"
        r"|\b(?:nothing|lost everything|took the house|no way out|tired|alone|shelter)\b"
        r"[^\n]{0,120}\bi (?:have|got|made) a plan\b(?! for| to (?:get|go|make|stay|save|pay)"
        r"| with)"
        r"|\bknow where\b[^\n]{0,25}\b<FIREARM>\b[^\n]{0,30}\b(?:keep (?:going|looking|thinking)"
        r"|cant stop thinking)\b",
        "'I'm at the bridge on route 9. I just wanted to hear from somebody', 'he was my last"
        " reason. now it's just me and the bottle and the pills', 'I just want somebody to know I"
        " tried', 'the doctors won't help and I'm done asking. I'm going to handle it myself"
        " tonight', 'the bank took the house... I have a plan', 'I know where Dad's hunting rifle"
        " is and I keep going to the closet'.",
    ),
    _rule(
        "overdose",
        "many_at_once",
        r"\b<MANY> (?:of )?(?:the |my |these |those )?(?:\w+ )?<PILLS>\b[^\n]{0,15}\b(?:at once"
        r"|at one time|all at once|at the same time|together)\b"
        r"|\btook something\b[^\n]{0,30}\b(?:hour ago|hours ago|minutes ago|mins ago)\b"
        r"|\b(?:er|hospital|emergency room|urgent care)\b[^\n]{0,40}\bcant make myself go in\b",
        "'Is it bad if you take 10 of the oxycodone at once. asking for me', 'I'm writing this from"
        " the ER parking lot. I can't make myself go in. I took something an hour ago'.",
    ),
)
