"""Crisis rules for disclosure at arm's length: batch 38.

The thirty-eighth blind batch was written by a crisis-line trainer who teaches volunteers to
hear a disclosure made from a distance: "asking for a friend: does it hurt", "who do I call
to come get the dog if I'm not answering my phone", "if I don't get the apartment I'm done.
I mean it this time", "a guy at my job thinks about driving into the median every day. I'm
the guy", "mom I know you can't read this but I'm coming to see you soon". Held out, the
rules caught 47.2% of its crisis messages, the lowest of any batch: the texts ask, suppose,
bargain and quote rather than state. These rules name what a trained volunteer hears in
them - a question whose premise is the writer's death, an amount asked about, a deal with a
deadline, a reveal that the friend is the writer, a goodbye to the dead.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_PET = r"(?:cat|dog|pet|cats|dogs|perro|perra|gato|gata|mascota)"
_GONE = (
    r"(?:dies|died|is gone|im gone|i die|im not (?:here|around|answering)|isnt around anymore"
    r"|se muere|me muero|me pasa algo|ya no estoy|nobody finds out|nadie se da cuenta)"
)

ARMS_LENGTH: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "afterwards_asked",
        rf"\b(?:what happens|whatll happen|que pasa|que le pasa)\b (?:to|con|a) (?:a|my|the|un|una"
        rf"|mi|su|el|la) {_PET}\b[^\n]{{0,60}}\b{_GONE}"
        rf"|\b(?:who|quien)\b[^\n]{{0,40}}\b(?:gets|takes care of|se queda con|finds out|takes"
        rf" the|gets notified|come get)\b[^\n]{{0,60}}\b(?:if|si|when)\b[^\n]{{0,20}}\b{_GONE}"
        rf"|\bif (?:im|i am) gone who\b|\bwho finds out\b|\bwho do i tell the landlord\b"
        r"|\b(?:how long|cuanto tardan?)\b[^\n]{0,40}\b(?:to be found|en encontrar a alguien)\b"
        r"[^\n]{0,30}\b(?:live alone|vive solo|vive sola)\b"
        r"|\bwhat happens to a body after\b|\bautops(?:y|ies) if it looks like an accident\b"
        r"|\bnobody asks questions if you pass\b"
        r"|\b(?:donate|donar) (?:my|mis) organs?\b[^\n]{0,20}\b(?:soon|this week|esta semana"
        r"|pronto)\b"
        r"|\b(?:place|lugar|spot) to leave a note\b|\bleave a note so\b"
        r"|\bsecurity deposit\b[^\n]{0,40}\bisnt around anymore\b"
        r"|\bisnt around anymore\b[^\n]{0,40}"
        r"\b(?:security deposit|lease|stuff)\b"
        r"|\b(?:if|when) (?:im|i am) not answering my phone\b",
        "'Who do I call to come get the dog if Im not answering my phone', 'how long does it take"
        " for someone to be found if they live alone', 'whats a good place to leave a note so the"
        " right person finds it first', 'que pasa con un perro si su dueno se muere y nadie se da"
        " cuenta': a question whose premise is the writer's death.",
    ),
    _rule(
        "suicide",
        "amount_asked",
        r"\b(?:is that|would that be|le alcanza|seria|serian)\b[^\n]{0,20}\b(?:enough|suficiente"
        r"|demasiadas?)\b[^\n]{0,30}(?:\?|for the plot|para el cuento)?"
        r"|\b(?:\d+|sixty|forty|thirty) (?:oxy|pills|pastillas|xanax|bars|percs)\b[^\n]{0,40}"
        r"\b(?:enough|le alcanza|alcanza)\b"
        r"|\bhow do you know if you took enough\b"
        r"|\b(?:asking for a friend|pregunto por un amigo|pregunto por una amiga|por un amigo)\b"
        r"[^\n]{0,10}\b(?:does it hurt|duele|how many|cuantas|cuantos)\b"
        r"|\bhalf life\b[^\n]{0,50}\blast time\b"
        r"|\bhypothetically\b[^\n]{0,80}\b(?:end it|kill (?:yourself|themselves|myself)|before they"
        r" go|took something|changed their mind|not really|to be found)\b"
        r"|\bblood alcohol (?:level )?where you\b[^\n]{0,20}\b(?:arent alive|die|dont wake)\b"
        r"|\bse puede morir uno con\b|\bcan you die (?:from|of|on)\b[^\n]{0,30}\b(?:i have|tengo)\b"
        r"|\bwould that do it\b|\basking before i do it\b"
        r"|\b(?:on purpose|a proposito) to see what (?:happens|will happen)\b|\ba proposito para"
        r" ver que pasa\b"
        r"|\bhasta que (?:ya )?no respire\b",
        "'Asking for a story: character has 60 oxy and a bottle of vodka. is that enough for the"
        " plot', 'how do you know if you took enough. not for me obviously', 'asking for a friend:"
        " does it hurt', 'por curiosidad, se puede morir uno con gabapentina? tengo muchas aqui'.",
    ),
    _rule(
        "suicide",
        "deal_with_a_deadline",
        r"\bif\b[^\n]{0,60}\b(?:this is it for me|theres no point anymore|ill take that as my"
        r" answer)\b"
        r"|\bif\b[^\n]{0,60}\bim done\b(?: \.)? (?:i mean it|not joking|for real this time|this"
        r" time)\b"
        r"|\bsi\b[^\n]{0,60}\b(?:hasta aqui llego|ya no sigo|ya nada tiene sentido|ya se la"
        r" respuesta)\b"
        r"|^(?:give me|dame|just give me) (?:one|una|a) (?:reason|razon|good reason)<EOT>"
        r"|\bprove them wrong permanently\b"
        r"|\b(?:gonna|going to|im just gonna) (?:just )?not exist\b",
        "'If I dont get the apartment Im done. I mean it this time', 'if he leaves this is it for"
        " me', 'if nobody texts me back in the next hour Ill take that as my answer', 'si el se"
        " va, hasta aqui llego', 'give me one reason': a deal with a deadline.",
    ),
    _rule(
        "suicide",
        "the_friend_is_me",
        r"\b(?:im|i am) the (?:guy|girl|one|friend|person)<EOT>"
        r"|\b(?:shes|hes|she is|he is) me\b(?: \.)?(?: (?:im|i am) (?:him|her)\b)?"
        r"|\b(?:el|la) (?:compa|amig[oa]|persona) soy yo\b|\bthe friend is me\b",
        "'A guy at my job thinks about driving into the median every day. Im the guy', 'my buddy"
        " from group said he has a rope in his car. hes me. im him', 'el compa soy yo': the"
        " friend is the writer.",
    ),
    _rule(
        "suicide",
        "reporting_asked_with_a_plan",
        r"\b(?:report|reportar|call someone|commit you|lock you up|manda a la policia|mandar a la"
        r" policia|call the police)\b[^\n]{0,60}\b(?:planning how|pense como hacerlo|(?:have|tienes"
        r"|tengo) (?:a |un )?plan|wanted to end it|end it|kill yourself|not really|before i answer"
        r" honestly)\b"
        r"|\b(?:planning how|pense como hacerlo|tienes un plan)\b[^\n]{0,40}\b(?:report|reportar"
        r"|policia)\b"
        r"|\b(?:psych ward|psiquiatrico|the er|hospital)\b[^\n]{0,60}\b(?:might need to go tonight"
        r"|tengo que ir hoy|i might go tonight)\b",
        "'Does my counselor have to report it if I tell her Ive been planning how', 'can they"
        " commit you if youre already in outpatient? need to know before I answer honestly', 'do"
        " they let you keep your phone in the psych ward? I might need to go tonight'.",
    ),
    _rule(
        "suicide",
        "goodbye_at_a_distance",
        r"\b(?:i know you cant read this|se que no puedes leer esto)\b[^\n]{0,40}\b(?:coming to see"
        r" you|voy contigo|see you soon)\b"
        r"|\b(?:can i|puedo|ya me puedo) (?:come )?(?:stay with you|ir contigo|irme contigo)\b"
        r"(?: now| ya)?"
        r"|\bal menos nos vamos a ver\b"
        r"|\b(?:this is )?the last time (?:ill|i will) (?:bother|text|bug) you\b"
        r"|\bor any (?:thursday|monday|tuesday|wednesday|friday|saturday|sunday)\b"
        r"|\bsi me pasa algo\b[^\n]{0,50}\bque lo siento\b"
        r"|\b(?:sorry|lo siento)\b[^\n]{0,20}\b(?:she|he) did (?:her|his) best\b"
        r"|\bhizo lo que pudo\b"
        r"|\bno es culpa de ustedes\b|\bits not your fault\b[^\n]{0,20}\b(?:thank|gracias)"
        r"|\b(?:there wont be|ya no va a haber) (?:a )?(?:tomorrow|manana)\b"
        r"|\bguess i wont need it\b|\b(?:ficha|chip)\b[^\n]{0,40}\bcreo que ya no\b"
        r"|\b(?:i made|ya hice) (?:a|un) plan\b[^\n]{0,10}\b(?:not telling|no les voy a decir)\b"
        r"|\bif i end up in the news\b"
        r"|\bsomeone who already wrote the letters\b"
        r"|\b(?:gave|deje|le deje) (?:my|mi|el|la) (?:dog|cat|perro|gato)\b[^\n]{0,80}"
        r"\b(?:everythings handled|everything is handled|todo arreglado|all taken care of)\b"
        r"|\b(?:said yes|dije que si)\b[^\n]{0,6}\bi lied\b|\basked if i was safe\b[^\n]{0,30}\bi"
        r" lied\b|\ble menti a mi (?:terapeuta|consejera|consejero)\b[^\n]{0,40}\ba salvo\b"
        r"|\bhoping someone would talk me out of it\b",
        "'Mom I know you cant read this but Im coming to see you soon', 'abuelita, ya me puedo ir"
        " contigo?', 'I was going to tell my sponsor tomorrow but there wont be a tomorrow', 'you"
        " should know I wont be at group thursday. or any thursday', 'my therapist asked if I was"
        " safe and I said yes. I lied'.",
    ),
    _rule(
        "suicide",
        "despair_at_a_distance",
        r"\b(?:needs|could use) one less addict\b|\bcon un adicto menos\b"
        r"|\bnot like anyone would come to (?:the|my) funeral\b"
        r"|\b(?:when|once) someone is finally gone\b"
        r"|\bwhat do you do when youre done\b[^\n]{0,30}\bactually done\b"
        r"|\bthat feeling when youre done\b|\bque hace uno cuando ya no puede mas\b"
        r"|\bselfish if nobody would miss you\b|\bse daria cuenta si desaparezco\b"
        r"|\bwould anyone (?:even )?notice\b(?:<EOT>| if i (?:was|were) gone| if i disappeared)"
        r"|\bhow many times do people text before they actually do it\b",
        "'Maybe the world needs one less addict', 'its not like anyone would come to the"
        " funeral', 'what do you do when youre done. like actually done', 'alguien siquiera se"
        " daria cuenta si desaparezco?'.",
    ),
    _rule(
        "overdose",
        "said_in_the_passive",
        r"\b(?:pills were taken|se tomaron unas pastillas)\b(?! \. (?:not a lot|not many|pocas))"
        r"|\b(?:were taken"
        r"|se tomaron)\b[^\n]{0,20}"
        r"\b(?:a lot|muchas|not sure how long|no se hace cuanto)\b"
        r"|\b(?:go|went|going) out on purpose\b|\bone big shot\b"
        r"|\bused as much as i could\b",
        "'Pills were taken. a lot of them. not sure how long ago', 'se tomaron unas pastillas."
        " muchas', 'wants to go out on purpose this time. one big shot'.",
    ),
    _rule(
        "violence",
        "hurt_now_at_a_distance",
        r"\bjumped me\b[^\n]{0,30}\b(?:cant see|bleeding|eye)\b"
        r"|\b(?:le|les) voy a hacer dano\b"
        r"|\b(?:cortando|cutting) otra vez\b",
        "'Some guy from my building just jumped me and I cant see out of one eye', 'le voy a"
        " hacer dano si vuelve a tocar a mi hija', 'me he estado cortando otra vez'.",
    ),
)
