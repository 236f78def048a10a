"""Crisis rules for despair said in images and in questions about afterwards: batch 26.

The twenty-sixth blind batch was written without the words die, dead, suicide, kill or
overdose in any crisis message: going under ("I'm in the tub with the water running and I just
want to slip under"), a light put out for good ("quiero apagarme como una vela"), a road, a
tunnel, a door with no way back, and questions to the counselor about afterwards ("who will
feed my fish when I'm not here?", "does life insurance still pay out if the person did it to
themselves?"). Held out, the rules caught 49.4% of its crisis messages - the lowest of any
batch. These rules name the images by what makes them final (for good, permanent, no way back,
not come back) and the questions by what they assume (that the writer will not be here).
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

# What makes an image final.
_FOR_GOOD = (
    r"(?:for good|forever|permanently|para siempre|del todo|and not come back|and never come"
    r" back|y no volver|no volver a prender\w*|nunca mas|into nothing|finish the job"
    r"|(?:y )?que nadie (?:la|lo|me) vuelva a prender)"
)
# The writer gone, as a question about afterwards assumes it.
_GONE = (
    r"(?:im not (?:here|around)(?: anymore)?|i m not (?:here|around)|i am not (?:here|around)"
    r"|im gone|i m gone|i am gone|ya no (?:estoy|este|estare)|yo ya no (?:estoy|este))"
)

IMAGES: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "going_under",
        r"\b(?:let <SELF>|just let <SELF>|going to let <SELF>|gonna let <SELF>) (?:go|slip|sink)"
        r" under\b|\b(?:slip|sink|go) under\b(?: \S+){0,3} (?:for good|and stay|and not come)"
        r"|\b(?:tub|tina|bathtub|banera)\b(?: \S+){0,10} (?:slip under|go under|hundirme|sink)\b"
        r"|\b(?:sinking|going) under (?:the )?water\b(?: \S+){0,8} (?:letting it happen"
        r"|peaceful)\b"
        r"|\b(?:pozo|hole|hoyo)\b(?: \S+){0,8} (?:no quiero salir|stay down here forever|rather"
        r" stay down)\b"
        r"|\bsinking\b[^\n]{0,40}\bdont want (?:anyone|anybody) to\b",
        "Going under on purpose: slipping under the bath water, sinking 'and just letting it"
        " happen', a hole 'I'd rather stay down in forever', not wanting a rope thrown this time.",
    ),
    _rule(
        "suicide",
        "put_out_for_good",
        r"\b(?:permanent|permanente) (?:silence|silencio|one|solution|solucion|way out|salida"
        r"|sleep|rest)\b|\bthe permanent one\b|\bproblem permanently\b"
        r"|\b(?:silencio|silence) para siempre\b"
        r"|\b(?:apagarme|fade|fading|disappear|desaparecer|erase|erasing|borrarme|lie down)\b"
        r"(?: \S+){0,10} " + _FOR_GOOD + r"\b"
        r"|\b(?:irme|desaparecer) del todo\b|\bno tiene regreso\b|\bsin regreso\b|\bno way back\b"
        r"|\b(?:go to sleep|sleep|dormirme|dormir) and never (?:have to|wake|open)\b"
        r"|\bnever opened my eyes\b(?: \S+){0,4} (?:fine|ok|okay|alright)\b"
        r"|\b(?:pido|pray|ruego|rezo)\b(?: \S+){0,4} (?:no abrir los ojos|not to open my eyes|i"
        r" (?:wont|will not|dont) (?:be here|wake up))\b"
        r"|\bcansad[oa] de (?:despertar|seguir aqui|seguir viv[oa])\b|\btired of waking up\b"
        r"(?! (?:early|at \d|for work|so early))"
        r"|\b(?:no quiero|dont want to) (?:seguir respirando|keep breathing)\b"
        r"|\brather be in the ground\b|\bprefiero estar (?:bajo tierra|enterrad[oa])\b"
        r"|\b(?:quisiera|ojala) no haber nacido\b|\bojala no hubiera nacido\b"
        r"|\b(?:world|everyone|todos|mundo)\b(?: \S+){0,3} (?:lighter|pesaria menos)\b"
        r"|\bone less of me\b"
        r"|\bse me acabo el camino\b|\bno hay para donde (?:hacerse|ir)\b"
        r"|\b(?:pulling over|stopping|parking) for the last time\b"
        r"|\b(?:broken|tired|cansad[oa])\b[^\n]{0,80}ready to stop<END>"
        r"|\b(?:im|i am) done walking<END>"
        r"|\b(?:ya )?me canse de (?:sonar|existir|vivir|estar aqui|respirar)\b|\btired of"
        r" existing\b"
        r"|\bnot waiting (?:for (?:it to get )?better|for better)\b(?: \S+){0,6} (?:getting out"
        r"|done|leaving)\b",
        "A light put out for good: 'permanent silence', 'quiero apagarme y no volver a prenderme"
        " nunca', to sleep 'and never have to do any of this again', 'I'd rather be in the"
        " ground', the world 'lighter with one less of me', the only door 'the permanent one'.",
    ),
    _rule(
        "suicide",
        "afterwards_assumed",
        r"\b(?:who|quien)\b(?: \S+){0,10} (?:when|if|si|cuando) " + _GONE + r"\b"
        r"|\b(?:if|si) (?:something (?:ever )?happen(?:s|ed) to me|me (?:llega a )?pas(?:a|ar|e)"
        r" algo)\b(?: \S+){0,12} (?:need|necesito|plan|arreglado)\b(?: \S+){0,6}(?: (?:ya|now|this"
        r" week|esta semana|soon|pronto))?"
        r"|\b(?:making sure|make sure)\b(?: \S+){0,8} (?:if|when) " + _GONE + r"\b"
        r"|\bmake sure (?:my \w+|\w+) gets my\b(?: \S+){0,10} (?:settled|arreglado|this week"
        r"|before)\b"
        r"|\b(?:leave|dejar) my (?:phone|accounts|passwords)\b(?: \S+){0,8} close (?:everything"
        r"|it all) out\b"
        r"|\b(?:passwords|contrasenas|claves)\b[^\n]{0,80}(?:after tonight|despues de esta noche)"
        r"|\b(?:wont|will not) have anyone (?:checking|to check)\b|\byo ya no voy a poder<END>"
        r"|\b(?:dont|do not|cant|can not) see <SELF> (?:being )?(?:around|here|alive) (?:in|for"
        r"|by|next)\b|\bno me veo (?:viv[oa]|aqui) (?:en|para)\b"
        r"|\bno voy a estar para\b[^\n]{0,60}(?:diganle|dile|no compren|la quise|lo quise|los"
        r" quise)\b"
        r"|\b(?:put up with|deal with) me (?:much|for much) longer\b"
        r"|\b(?:wont|will not) miss me (?:for long|much longer)\b|\bno me van a extranar por"
        r" mucho tiempo\b"
        r"|\bafter \w+ (?:they|you|nobody|no one) (?:wont|will not|dont) have to\b"
        r"|\b(?:will be|va a estar|estara) (?:empty|vaci[oa])\b(?: \S+){0,3} (?:for good|para"
        r" siempre)\b"
        r"|\b(?:no se preocupen|dont worry|do not worry) (?:por mi|about me) (?:despues del?"
        r"|after) \w+"
        r"|\b(?:a plan and a date|tengo todo planeado\b(?: \S+){0,3} (?:hasta la fecha|y la fecha))"
        r"|\bnobody would notice if i (?:was gone|wasnt here|were gone|disappeared|vanished"
        r"|stopped (?:walking|existing|breathing|being|showing up))\b"
        r"|\b(?:about to )?stop showing up anywhere\b"
        r"|\b(?:dont|do not) come looking for me\b"
        r"|\btell (?:the )?group i said (?:goodbye|bye)\b"
        r"|\bsorry for (?:all )?the trouble\b[^\n]{0,60}\b(?:goodbye|adios|bye)<END>"
        r"|\b(?:didnt|did not) (?:even )?know (?:thats|that s|that is|that was) what it was\b"
        r"|\bsin que (?:ella|el) supiera que era una despedida\b"
        r"|\bni a (?:ninguna|ningun) otr[oa]\b"
        r"|\b(?:se quede con|gets|keeps) (?:la casa|my \w+|mi \w+)\b[^\n]{0,60}(?:antes de que sea"
        r" (?:demasiado )?tarde|before (?:its|it s|it is) too late)",
        "Afterwards assumed: who will feed the fish 'when I'm not here', the children 'if"
        " something happens to me, I need it settled now', passwords left 'in case anyone needs"
        " them after tonight', 'don't come looking for me', 'after Friday they won't have to'.",
    ),
    _rule(
        "suicide",
        "what_it_would_be_like",
        r"\bonce (?:youre|you re|you are|im|i am) gone\b"
        r"|\b(?:hurt|duele)\b(?: \S+){0,4} (?:going through with it|hacerlo)\b"
        r"|\b(?:go|goes|went|se van|se fue|leave) (?:early|antes) (?:on purpose|por su propia"
        r" mano)\b|\bpor su propia mano\b|\bby (?:their|his|her|my) own hand\b"
        r"|\b(?:insurance|seguro)\b(?: \S+){0,6} (?:pay|paga|pays|payout|pay out)\b(?: \S+){0,6}"
        r" (?:did it to themselves|themselves|uno mismo|did it himself|did it herself)\b"
        r"|\b(?:dormirse|dormirme|sleep) y (?:ya )?no (?:volver|despertar)\b"
        r"|\benough to stop (?:your|my|a|the) heart\b"
        r"|\b(?:dont|do not|wont) have to do it <SELF>\b|\bno tener que hacerlo yo\b"
        r"|\bkeep (?:looking at|staring at|thinking about) (?:the )?<HEIGHT>\b"
        r"|\b(?:letting go of|let go of|soltar) the wheel\b|\bnot braking\b|\bno frenar\b"
        r"|\bthinking about the (?:train )?tracks\b|\b(?:freight|train) is always on time\b"
        r"|\b(?:mirando|looking at|staring at) (?:las vias|the tracks)\b(?: \S+){0,6} (?:pasa"
        r"|comes|passes)\b",
        "Asking what it would be like, or looking at the way: does the pain stop 'once you're"
        " gone', does God forgive 'those who go early on purpose', enough 'to stop your heart',"
        " letting go of the wheel at the quarry, the freight that is always on time.",
    ),
    _rule(
        "self_harm",
        "means_beside_them",
        r"\b(?:holding|tengo) (?:the|a|my|la|el) (?:razor|blade|knife|navaja|cuchilla)\b(?: \S+)"
        r"{0,4} (?:right now|ahorita|dont know if)\b"
        r"|\b(?:knife|razor|blade|gun|cuchillo|navaja|pistola)\b (?:is )?(?:next to me|beside me"
        r"|junto a mi|a mi lado)\b"
        r"|\b(?:belt|rope|cord|cinturon|soga) (?:over|on|around) the (?:closet )?(?:door|beam"
        r"|rod)\b"
        r"|\b(?:rascando|cortando|quemando|scratching|picking)\b(?: \S+){0,4} (?:hasta sacarme"
        r" sangre|until (?:it|they|i) bleeds?|hasta que sangr\w*)\b",
        "The means beside them: holding the razor 'right now', the knife next to them on the bed,"
        " a belt over the closet door, scratching 'hasta sacarme sangre'.",
    ),
    _rule(
        "overdose",
        "more_than_usual",
        r"\b(?:more than usual|mas de lo normal|more than normal|mas de lo usual)\b(?: \S+){0,10}"
        r" (?:dim|nubla\w*|losing feeling|numb|cant breathe|dormid\w*|fading|going dark)\b"
        r"|\b(?:swallowed|drank|tome|me tome)\b (?:a bunch of|a lot of|mucho) (?:bleach|cloro"
        r"|poison|veneno)\b"
        r"|\bdebajo del (?:lavabo|fregadero)\b(?: \S+){0,6} (?:vomit\w*|dormid\w*|no despierta)\b"
        r"|\bsmoke everywhere\b|\b(?:cant|can not) get (?:the )?door open\b(?: \S+){0,4}"
        r"|\bhay humo por todos lados\b",
        "More than usual and now going dim, a bunch of bleach, a toddler into what is under the"
        " sink, smoke everywhere and the door will not open.",
    ),
    _rule(
        "violence",
        "making_them_pay",
        r"\bse la voy a hacer pagar\b|\btengo con que<END>"
        r"|\b(?:make him pay|hes gonna pay|he s gonna pay|hell pay)\b(?: \S+){0,6} (?:i have|got)"
        r" (?:what i need|the means|a gun)\b",
        "'Voy a ir a buscar al que le hizo eso a mi hija y se la voy a hacer pagar. Tengo con"
        " que.'",
    ),
)

# The twenty-seventh blind batch: texts of one to six words typed mid-crisis ("30 xanax. gone",
# "bridge on 5th. done", "locked in bathroom hes outside"), and reports from a family member or
# a roommate who sees it happen ("This is Leah's dad. She's cutting her arms in her room right
# now"). Held out, the rules caught 80.0% of its crisis messages.
IMAGES += (
    _rule(
        "help_now",
        "few_words",
        r"^<MANY> (?:of (?:my |the )?)?(?:<PILLS>|<PILLS_ES>)\b(?: (?:gone|down|taken|tomadas"
        r"|ya|now|in me|swallowed|[.!]))*<EOT>"
        r"|^(?:<PILLS>|pastillas) (?:and |y |con |\+ )?<ALCOHOL> (?:now|rn|ya)<EOT>"
        r"|\b(?:chao|adios|bye|goodbye) (?:mundo|world)\b"
        r"|^(?:behind|at|on|in|near|by|en|detras de|atras de) [^\n]{1,40}<END> ?(?:hurry|apurate"
        r"|apurense|come now|ven ya)<EOT>"
        r"|\bcome get me\b[^\n]{0,10}\b(?:motel|rm \d+|room \d+)\b"
        r"|^<HEIGHT> (?:on|at|en|de) \S+<END> (?:done|bye|adios|sorry)<EOT>"
        r"|^(?:on|at) the (?:roof|bridge|ledge|roof edge|edge)(?: edge)?<EOT>"
        r"|^(?:at |on )?(?:the )?(?:train )?tracks (?:now|rn)<EOT>"
        r"|^cut(?:ting)? (?:deep|deeper|rn|right now|now)\b|\bcut deep this time\b"
        r"|\bme (?:raje|abri|corte) las venas\b|\bsangre (?:x|por) todos lados\b|\bblood"
        r" everywhere\b"
        r"|\b(?:esta|is|s|hes|shes|theyre|someone s|someones) (?:rompiendo|kicking in|breaking down"
        r"|tumbando) (?:la|the) (?:puerta"
        r"|door)\b"
        r"|\blocked in (?:the )?(?:bathroom|closet|room|car)\b(?: \S+){0,3} (?:hes|shes|he is|she"
        r" is|theyre) (?:outside|out there|here)\b"
        r"|\b(?:la soga|the rope|la cuerda) ya esta<EOT>"
        r"|\bllamen (?:a )?(?:la )?(?:ambulancia|al 911|911)\b"
        r"|\b(?:manana|tomorrow) ya no (?:estoy|estare)<EOT>"
        r"|^ven (?:ya|ahorita|rapido)\b",
        "Texts of a few words: '30 xanax. gone', 'pills + vodka now', 'bridge on 5th. done',"
        " 'locked in bathroom hes outside', 'me raje las venas', 'mañana ya no estoy'.",
    ),
    _rule(
        "help_now",
        "family_sees_it",
        r"\b(?:sin respirar|morad[oa] y (?:sin|no) respira\w*)\b"
        r"|\b(?:showed up|is here|came|llego) (?:with|con) (?:a|an|un|una) <WEAPON>\b"
        r"|\b(?:slamming|throwing|pushing|shoving) (?:her|him|me|them) (?:against|into|down)\b"
        r"|\b(?:saying|said|dijo|diciendo|sent) (?:me )?(?:a )?(?:video |message )?(?:saying )?"
        r"(?:farewell|goodbye|adios)\b(?: \S+){0,8} (?:wont pick up|not answering|no contesta"
        r"|wont answer|not picking up)\b"
        r"|\b(?:please )?send someone\b|\bmanden a alguien\b|\bpor favor manden\b"
        r"|\b(?:dijo|escribio|dice|me escribio) que (?:hoy |esta noche |manana )?se (?:mata|va a"
        r" matar|quiere matar)\b"
        r"|\b(?:tomo|se tomo|drank|swallowed)\b(?: \S+){0,3} (?:cloro|bleach|lejia|veneno|poison"
        r"|antifreeze)\b"
        r"|\b(?:ya no quiere vivir|no quiere seguir viviendo|doesnt want to live anymore|doesnt"
        r" want to be alive)\b"
        r"|\b(?:cutting|burning) (?:her|his|their) (?:\w+ )?<BODY>\b"
        r"|\b(?:location|ubicacion)\b(?: \S+){0,4} <PLACE>\b|\b<PLACE>\b(?: \S+){0,8}"
        r" (?:ubicacion|location)\b"
        r"|\b(?:going to|gonna|va a) (?:kill|matar) (?:his|her|a su) (?:father|mother|dad|mom"
        r"|papa|mama|brother|hermano|sister|hermana|wife|husband|esposa|esposo)\b"
        r"|\b(?:shoved|pushed|threw|empujo|avento) (?:his|her|my|their|a su|a mi) \w+ (?:down the"
        r" stairs|por las escaleras)\b|\b(?:not getting up|no se levanta)\b(?: \S+){0,4}<END>",
        "A family member or roommate who sees it: 'lo encontre tirado, morado y sin respirar',"
        " an ex with a tire iron, a farewell video and no answer, 'me escribio que hoy se mata',"
        " a mother shoved down the stairs and not getting up.",
    ),
)
