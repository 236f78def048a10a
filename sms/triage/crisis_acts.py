"""Crisis rules for harm being done, pleas to be called and threats, said in everyday words.

Written after the ninth blind batch, whose author wrote crisis texts the way a stranger would
("took a knife to my forearm", "can someone ring me asap", "hes gonna f me up, he knows where
i stay"): held out, the rules caught 78.8% of its crisis messages. The misses were acts told
with a body part instead of a keyword (a fist into concrete, boiling water on a hand, stitches
pulled out), a call asked for with urgency or distress, threats made to or by the sender with
a seriousness marker ("and i mean it", "i aint playin"), an intent with the means in hand
("the pills are next", "me meto todo lo que tengo de una vez"), and what a bystander sees
(blood from the head and slurred speech, a choking noise after a hit). As in crisis_means,
each rule pairs two cues, so one cue alone ("punched the wall", "call me asap about the
ride", "i could kill him lol") stays quiet.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

ACTS: tuple[Rule, ...] = (
    # --- self-harm: the act, told with the body ---------------------------------------------
    _rule(
        "self_harm",
        "blade_to_body",
        r"\b(?:took|take|taking|put|putting|held|holding|ran|running) (?:a |the |my |this )?"
        r"(?:knife|blade|razor|glass|scissors|box ?cutter|lighter|needle)\b(?: \S+){0,2}"
        r" (?:to|on|across|against|into) (?:my )?(?:<BODY>|forearms?|throat|neck|veins?)\b"
        r"|\b(?:<BODY>|forearms?)\b(?: \S+){0,3} (?:from )?where i (?:sliced|cut|carved|burned"
        r"|burnt)\b"
        r"|\b(?:the )?(?:blade|razor|cutting)\b(?: \S+){0,6} my (?:arms|wrists|legs|thighs)"
        r" (?:are|r|look) (?:a mess|bad|torn up|shredded|destroyed)\b"
        r"|\bme (?:estoy |estaba )?(?:rayando|raye|rallando|cortando|corte)"
        r" (?:el|los|la|las|mis?) (?:brazos?|munecas?|piernas?|muslos?|piel)\b",
        "A blade, glass or lighter taken to one's own arm or throat, or the wound it left:"
        " self-harm told without the word.",
    ),
    _rule(
        "self_harm",
        "blows_to_self",
        r"\b(?:punch\w*|slam\w*|smash\w*|bang\w*|hit\w*|beat\w*) (?:my own|<SELF> in the)"
        r" (?:face|head)\b"
        r"|\b(?:punch\w*|slam\w*|smash\w*|bang\w*|hit\w*) my (?:fists?|head|hands?) (?:into|against"
        r"|on) (?:the )?(?:wall|concrete|floor|door|mirror|ground|brick\w*|cement)\b(?: \S+){0,10}"
        r" (?:broken|swollen|bleed\w*|blood\w*|keep going|cant stop|wont stop|again and again)\b"
        r"|\bme (?:di|doy|estoy dando|estaba dando|daba) (?:de )?(?:golpes|cabezazos|punetazos"
        r"|trancazos)\b(?: \S+){0,6} (?:sangr\w*|pared|hasta)\b",
        "Punching one's own face, or a fist or head driven into a wall until it breaks or"
        " bleeds: self-harm (a wall punched once in anger stays quiet).",
    ),
    _rule(
        "self_harm",
        "wounds_kept_open",
        r"\b(?:pull\w*|ripp?\w*|tore|tear\w*|cut) (?:out )?my (?:own )?sti?t?ches\b"
        r"|\b(?:picking|pick|scratching|reopening|opening) (?:at )?(?:the |my )?(?:cuts|wounds"
        r"|scabs|stitches|burns)\b(?: \S+){0,8} (?:heal|open|infect\w*|nasty|bleed\w*|worse)\b"
        r"|\b(?:poured|pouring|pour|held|holding|put) (?:boiling|hot|scalding) (?:water|oil)"
        r" (?:on|over) my (?:<BODY>|forearms?)\b(?!(?: \S+){0,6} (?:by accident|accidentally"
        r"|cooking|sin querer))"
        r"|\bdid it again\b(?: \S+){0,6} (?:the )?sleeves?\b",
        "Keeping wounds from healing, scalding oneself on purpose, 'the sleeve thing' done"
        " again: self-harm in words that name no cut.",
    ),
    _rule(
        "self_harm",
        "someone_elses_marks",
        r"\b(?:bloody|blood on|blood all over) (?:the )?(?:tissues|towels?|rags?|sheets|sink)\b"
        r"(?: \S+){0,12} (?:marks|cuts|scratches|burns) on (?:her|his|their|my) (?:arms?|wrists?"
        r"|legs?|thighs?)\b"
        r"|\b(?:marks|cuts|scratches|burns) on (?:her|his|their) (?:arms?|wrists?|legs?|thighs?)\b"
        r"(?: \S+){0,12} (?:bloody|locked (?:herself|himself|themselves)|wont (?:talk|come out))\b",
        "A parent finding bloody tissues and fresh marks on a child's arms: self-harm"
        " reported by a bystander.",
    ),
    # --- suicide: intent with the means, a plan with a moment --------------------------------
    _rule(
        "suicide",
        "means_next",
        r"\b(?:bottle|drinks?|fifth|drunk|<ALCOHOL>)\b(?: \S+){0,6} (?:the |my )?<PILLS>"
        r" (?:are |is |r )?next\b"
        r"|\b<PILLS> (?:are |is |r )?next\b(?: \S+){0,4} (?:goodnight|good night|goodbye|bye"
        r"|love (?:you|yall))\b"
        r"|\b(?:meto|meter|metere|tomo|tomar|tomare|inyecto|use|do|take|shoot|snort|smoke)\b"
        r"(?: \S+){0,2} (?:todo lo que tengo|todo el paquete|toda la bolsa|everything i (?:have"
        r"|got)|the whole (?:bag|bottle|pack|stash)|all i (?:have|got))\b(?: \S+){0,2} (?:de una"
        r" vez|de golpe|at once|in one go|all at once)\b"
        r"|\b(?:pensando en|thinking (?:about|of)|tempted to|ganas de)\b(?: \S+){0,2}"
        r" (?:tomarmelas|tomarmelos|taking them|swallowing them|tomarme (?:todas|todo))\b"
        r"(?: \S+){0,2}(?: (?:todas|todos|all of them|all))?",
        "The means in hand and the next step named ('half a bottle in and the pills are"
        " next', 'me meto todo lo que tengo de una vez', thinking of taking them all).",
    ),
    _rule(
        "suicide",
        "plan_for_when_alone",
        r"\bmy plan is\b(?: \S+){0,2} (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|tonight|tomorrow|this weekend)\b(?: \S+){0,4} (?:when|while|after|once)\b(?: \S+){0,5}"
        r" (?:leaves|gone|takes the kids|is out|at work|asleep|away|out of town)\b",
        "A plan timed for when the family is away: a suicide plan until a person knows otherwise.",
    ),
    _rule(
        "suicide",
        "leaving_for_good",
        r"\bnot (?:gonna|going to) be (?:at|in|there)\b(?: \S+){0,3} (?:or ever|ever again)\b"
        r"|\b(?:thank you|thanks|thx|gracias) for (?:trying|tratar|intentarlo) (?:with|con) me\b"
        r"|\blast time (?:anyone|anybody|you|u|yall|you all|everyone) (?:has|have|will have|gotta"
        r"|needs?) to (?:deal with|worry about|put up with|hear from) me\b"
        r"|\b(?:gave|giving|given) away (?:my|all my)\b(?: \S+){0,8} (?:<KEEPSAKE>|gear)\b"
        r"(?: \S+){0,4} (?:feels like (?:the right )?time|its time|im ready|ready now)\b"
        r"|\b(?:si me pasa algo|if (?:something|anything) happens to me|when im gone|cuando ya"
        r" no este)\b(?: \S+){0,2} (?:cuiden|cuida|cuide|take care of|look after|feed|watch)"
        r" (?:a )?(?:mi|mis|my)\b",
        "Not coming back 'or ever', thanks for having tried, the last time anyone has to deal"
        " with me, possessions given away because it is time, pets entrusted 'if something"
        " happens': goodbyes.",
    ),
    _rule(
        "suicide",
        "ideation_daily",
        r"\bthink\w* (?:about|of|bout) (?:dying|death|killing <SELF>|not being here|ending it)\b"
        r"(?: \S+){0,3} (?:every ?day|every single day|all (?:the )?day|all the time|constantly"
        r"|nonstop|24 ?7|getting louder)\b"
        r"|\bpienso en (?:morir\w*|la muerte|matarme)\b(?: \S+){0,2} (?:todos los dias|todo el"
        r" dia|a cada rato|siempre)\b"
        r"|\bnot (?:being|bein|be) here (?:no more|anymore|any more)\b"
        r"|\bbetter (?:off )?without (?:a|an) (?:\w+ ){0,2}like me\b"
        r"|\b(?:drove|walked|went) (?:past|by|over) (?:the )?(?:bridge|overpass|tracks|puente)\b"
        r"(?: \S+){0,8} (?:almost|nearly|casi|wanted to)\b(?: \S+){0,4} (?:walk|step|climb|jump"
        r"|go|stop)\b",
        "Thoughts of dying every day, 'not bein here no more', 'better without a dad like me',"
        " almost stopping on a bridge: ideation said plainly but without a keyword.",
    ),
    _rule(
        "overdose",
        "dose_it_would_take",
        r"\bhow (?:many|much) (?:of )?(?:my |the |these |those |her |his )?<PILLS>\b(?: \S+){0,3}"
        r" (?:it would take|would it take|it takes)\b(?!(?: \S+){0,5} (?:headache|pain|cramps"
        r"|fever|cold|sleep|work|kick in|to feel better))",
        "Looking up how many of one's pills 'it would take': a lethal-dose question.",
    ),
    # --- help now: a person, by phone, now ---------------------------------------------------
    _rule(
        "help_now",
        "call_me_now",
        r"\b(?:call|ring|phone) me\b(?: \S+){0,3} <NOW>\b(?: \S+){0,6}"
        r" (?:please|pls|plz|<DISTRESS>)"
        r"|\b(?:llamenme|llamame|call me|ring me|phone me)\b(?: \S+){0,6} <DISTRESS>\b"
        r"|<DISTRESS>\b(?: \S+){0,6} (?:llamenme|llamame|call me|ring me)\b"
        r"|\bneed (?:someone|somebody|a person|anyone|you|u) (?:on the phone|to call me|to talk to)"
        r"\b(?: \S+){0,3} <NOW>\b"
        r"|\b(call me|llamame|help me|ayudame)(?: [.!?])*(?: \1(?: [.!?])*){2,}"
        r"|\b(?:please|pls|plz|por favor)(?: [.!?])* (?:anybody|anyone|someone|somebody|alguien)\b"
        r"(?: \S+){0,4} <DISTRESS>\b"
        r"|^(?:hello|hey|hi|hola|anyone|anybody|alguien)(?: [.!?])* (?:please|pls|porfa"
        r"|por favor)<EOT>",
        "A call asked for now and in distress ('ring me asap please i cant do this', 'call me"
        " call me call me', 'Please. Anybody. I'm losing it.'): a person answers.",
    ),
    # --- violence: threats, to and from ------------------------------------------------------
    _rule(
        "violence",
        "serious_threat",
        r"\b(?:could|gonna|going to|bout to|finna|will|wanna|want to|imma|ima)"
        r" (?:actually |really )?"
        r"(?:end|kill|hurt|murder|stab|shoot|pop|smoke|off|body) (?:somebody|someone|him|her|them"
        r"|that \w+|this \w+)\b(?: \S+){0,5} <SERIOUS>\b"
        r"|<SERIOUS>\b(?: \S+){0,8} (?:gonna|going to|bout to|finna|imma|ima) (?:end|kill|hurt"
        r"|stab|shoot|pop|smoke|off) (?:somebody|someone|him|her|them)\b"
        r"|\b(?:voy|manejando|yendo|going|driving|heading|on my way)\b(?: \S+){0,6} (?:casa|house"
        r"|place|crib)\b(?: \S+){0,6} (?:arreglar cuentas|ajustar cuentas|settle (?:this|it"
        r"|the score|things)|partirle|romperle)\b"
        r"|\b(?:locked|locks) (?:herself|himself|themselves) in\b(?: \S+){0,4} (?:because|bc|cuz"
        r"|since|cause) (?:im|i was|i am|of me)\b",
        "An intent to hurt someone with a seriousness marker ('imma pop him, i aint playin'),"
        " driving to someone's house to settle it, a partner locked in a room from the sender:"
        " violence about to happen.",
    ),
    _rule(
        "violence",
        "threatened_by_someone",
        r"\b(?:says|said|dijo|dice|texted|told me)\b(?: \S+){0,10} (?:gonna|going to|will|finna"
        r"|va a) (?:f|fuck|mess|beat|jack|kill|hurt|shoot|stab|end) me (?:up|out)?\b"
        r"(?: \S+){0,8} (?:knows where i (?:live|stay|sleep|work)|tonight|outside|coming)\b"
        r"|\b(?:me quiebra|me quiebran|me va a quebrar|me van a quebrar|quebrarme)\b"
        r"(?! (?:el|la) (?:corazon|alma|cabeza))",
        "Someone owed money or a dealer who says he will hurt the sender and knows where they"
        " stay; 'dijo que hoy me quiebra' (will kill me).",
    ),
    _rule(
        "violence",
        "stabbing_es",
        r"\b(?:acaban? de|acababan de) (?:apunalar|balear|disparar|matar|acuchillar|picar)\b"
        r"|\b(?:apunalaron|balearon|acuchillaron|le dispararon|le metieron un tiro) a\b",
        "Someone just stabbed or shot near the sender (Spanish).",
    ),
    # --- what bystanders and users feel ------------------------------------------------------
    _rule(
        "medical",
        "signs_after_use",
        r"\b(?:sangre de la cabeza|sangrando de la cabeza|bleeding from (?:his|her|the|their)"
        r" head|(?:his|her|their) head is bleeding)\b(?: \S+){0,8} (?:no habla bien|no responde"
        r"|confundid\w*|not making sense|confused|slurr\w*|wont wake|no despierta|cant talk)\b"
        r"|\b(?:me va a dar algo|siento que me muero)\b(?: \S+){0,4} (?:corazon|heart|pecho)\b"
        r"|\b(?:making|makes|hace|haciendo) (?:this |a |that |un |una )?(?:weird |strange )?"
        r"(?:choking|gurgling|rattling|snoring|gasping) (?:noise|sound|ruido)\b",
        "A fall with blood from the head and slurred speech, a heart 'brincando' after days of"
        " use, a choking noise after a hit: a medical emergency told by what is seen or felt.",
    ),
    _rule(
        "overdose",
        "many_taken_and_felt",
        r"\btook (?:like |about |around )?<MANY> (?:of )?(?:my |his |her |\w+s )?(?:\w+ )?"
        r"<PILLS>\b(?: \S+){0,6} (?:feel\w* (?:really |very |so )?(?:weird|off|strange|funny"
        r"|sick|dizzy)|cant (?:breathe|stay awake|feel))\b",
        "Fifteen of someone's pills taken and feeling weird: an overdose (the reply gives its"
        " steps).",
    ),
)
