"""Crisis rules: suicidal thoughts, intent, plans and farewells, passive wishes included.

A passive wish ("don't want to wake up", "better off without me") is treated as
crisis: a missed crisis is far worse than an extra page.
"""

from __future__ import annotations

from sms.triage.model import Rule, crisis_rule


def _suicide(name: str, pattern: str, rationale: str, joined: bool = False) -> Rule:
    return crisis_rule("suicide", name, pattern, rationale, joined)


SUICIDE: tuple[Rule, ...] = (
    _suicide(
        "word",
        r"s(?:ui|uy|ue|ooi)[cs]{1,2}(?:i|e|y|ie)?d|siuc[cs]?(?:i|e|y|ie)?d|suc{1,2}(?:i|e|y|ie)?d",
        "Suicide, suicidal, suicidio, suicidarme and their misspellings (sucidal, suiside).",
        joined=True,
    ),
    _suicide(
        "slang",
        r"\b(?:kms+|kys|ctb|k ms)\b",
        "Texting slang: kms (kill myself), kys, ctb (catch the bus).",
    ),
    _suicide(
        "euphemism",
        r"un ?aliv|sewer ?slide|self ?delet|(?:delete|deleting|yeet|yeeting) ?<SELF>|dirt ?nap"
        r"|(?:log|logs|logged|logging|check|checks|checked|checking|tap|taps|tapped|tapping|clock"
        r"|clocked|clocking|bow|bowing|bowed|sign|signed|signing) (?:out|off) (?:for good"
        r"|permanently"
        r"|forever|for the last time)",
        "Euphemisms from social media: unalive, sewer slide, self-delete, yeet myself; checking"
        " out for good in every tense.",
        joined=True,
    ),
    _suicide(
        "kill_self",
        r"\b(?:kill|kil|kll|killing|killed|murder|murdering|off|offing|shoot|shooting|hang|hanging"
        r"|hung|drown|drowning|poison|poisoning|suffocate|suffocating|electrocute|end) ?<SELF>",
        "Killing oneself, by any verb or method.",
        joined=True,
    ),
    _suicide(
        "kill_me",
        r"\bkill me\b",
        "'Kill me' as a plea; jokes and threats by others are handled separately.",
    ),
    _suicide(
        "want_to_die",
        r"\b(?:want|wanna|wana|wan|wnat|wnt|wamt|wanted|wanting|wants|wish|wishing|ready|deserve"
        r"|deserves|trying|hoping|prefer|plan|planning|rather|d rather|let me|need) ?(?:to "
        r"|2 )?(?:just |simply |finally |fucking |really |go )?(?:die|dye|be dead|be ded"
        r"|be gone)(?!t)\b",
        "Wanting, planning or being ready to die.",
        joined=True,
    ),
    _suicide(
        "going_to_die",
        r"\b(?:i|im|i m|i am|ill|i will|me) (?:gonna|going to|about to|bout to|finna|should|will"
        r"|just) (?:just )?die\b|\b(?:hope|wish|pray) (?:that )?i (?:just )?(?:die|dont wake up"
        r"|never wake up|get hit|crash|overdose|od)\b",
        "Saying one will or should die, or hoping to.",
        joined=True,
    ),
    _suicide(
        "wish_dead",
        r"\b(?:better off dead|rather be dead|rather not be alive|rather not exist|wish (?:i"
        r"|id) (?:was|were|could be|would be) (?:dead|gone)|wish (?:i"
        r"|id) (?:had )?never (?:been )?born|wish i (?:was|were) never born|wish i (?:wasnt|werent"
        r"|was not|were not) (?:alive|here|born|around)|wish i could (?:just )?(?:die|disappear"
        r"|not exist|stop existing|sleep forever|go to sleep and never wake up"
        r"|fall asleep and never wake up))",
        "Wishing to be dead, never born or gone.",
        joined=True,
    ),
    _suicide(
        "not_alive",
        r"\b(?:dont|do not|didnt|no longer|never|not|dont really|really dont|aint) (?:want|wanna"
        r"|wish|feel like|trying|tryna) (?:to )?(?:be here|be alive|live(?! (?:with|in|at|there"
        r"|near|by|on|together"
        r"|alone|here))|exist|be around|go on|keep going|keep living|be on this earth|wake up"
        r"|be in this world|continue|breathe|do life)\b|\b(?:want|wanna|wish|need|rather|prefer"
        r"|would like) (?:to )?not (?:exist|be alive|be here|be around|live(?! (?:with|in|at|there"
        r"|near|by|on|together|alone|here))|wake up|be born|feel anything ever again)\b"
        r"|\bi (?:really )?"
        r"(?:shouldnt|should not) (?:be alive|exist|have been born|have woken up)\b|\bi (?:shouldve"
        r"|should have) never (?:been born|woken up)\b",
        "Not wanting to live, exist, be here or wake up ('ain't tryna be here no more'); 'want"
        " to not exist' (the split infinitive); 'I shouldn't be alive'.",
        joined=True,
    ),
    _suicide(
        "tired_of_living",
        r"\b(?:tired|sick|exhausted) of (?:living|being alive|life(?! (?:in|at|on|of))|existing"
        r"|breathing|waking up|being here|it all)\b",
        "Tired of living.",
    ),
    _suicide(
        "sleep_forever",
        r"\b(?:sleep|go to sleep|fall asleep) (?:forever|and never wake up|and not wake up"
        r"|for ever)\b|\bnever wake up\b|\bnot wake up (?:again|ever|tomorrow)\b|\b(?:i"
        r"|ill) (?:wont|will not|would not|wouldnt|never) wake up\b|\bwhat if i (?:just )?(?:didnt"
        r"|did not|never|dont) wake up\b|\bwhat if i (?:just )?(?:jumped|died|disappeared|ended it"
        r"|killed <SELF>|overdosed|took them all|swerved|wasnt here|stopped existing)\b(?! (?:in"
        r"|into|on|over|off the (?:diving|high) board)\b)|\bif i (?:just )?never woke up\b"
        r"|\bwish i (?:had )?(?:never"
        r"|didnt|did not|hadnt|had not) (?:woke|wake|woken) up\b|\b(?:hope|hoping|wish|pray"
        r"|praying)\b(?: \w+){0,6} i (?:dont|do not|wont|will not|never) wake up\b(?! (?:the|my|him"
        r"|her|them|anyone|early|late))",
        "Going to sleep and never waking up; wishing one had not woken up; hoping, in any"
        " words, not to wake up.",
    ),
    _suicide(
        "no_reason",
        r"\b(?:no|not any|(?:dont|do not|cant|cannot|can not|no longer|fail to) see (?:a|any|the)"
        r"|whats the|what is the|lost (?:my|all)|there is no|theres no) (?:reason|point|purpose"
        r"|will) (?:to|in|of|for) (?:live|living|keep living|go on|going on|carry on|carrying on"
        r"|continue|continuing|press on|be alive|being alive|be here|life"
        r"|anything|any of this|keep going|exist|existing|try anymore|trying anymore)\b"
        r"|\bnothing (?:left )?to live for\b|\b(?:life|living) (?:is not|isnt|aint|is no longer|not"
        r"|no longer) worth (?:living|it)\b|\bnot worth living\b|\bwhats the (?:point|use)(?: of"
        r" (?:it all|anything|living|life|going on|trying))?(?: anymore)?<END>|\bde que (?:sirve|me"
        r" sirve) (?:vivir|seguir|seguir viviendo|estar vivo|estar viva|intentarlo)\b"
        r"|\bwhy (?:even |do i |should i )?bother (?:waking up|living|existing|breathing|going on"
        r"|trying anymore|with life)\b(?! (?:early|at|for|on))|\bwhy (?:do i |should i |even )?"
        r"(?:keep going|go on|keep living|keep trying|bother living|bother anymore|am i (?:still )?"
        r"(?:here|alive))\b(?! (?:back|to|there|out|with|in|at|on|over|so|this|today|tonight"
        r"|after))"
        r"|\b(?:its|it is|it s) (?:not|no longer) worth it (?:anymore|any more|no more)\b(?! to\b)"
        r"|\bnothing (?:is )?worth (?:it|living for) (?:anymore|any more)\b",
        "No reason or point in living; why keep going; it's not worth it anymore.",
        joined=True,
    ),
    _suicide(
        "better_off",
        r"\b(?:better off|better|happier|easier|fine|okay|ok) (?:\w+ )?(?:without me|w ?o me|wo me"
        r"|when im gone|with me gone|once im gone|if im gone|after im gone|if i (?:was"
        r"|were) (?:gone|dead|not here|not around)|if i (?:wasnt|werent) (?:here|around|alive)"
        r"|if i (?:just )?(?:died|disappeared|didnt exist|never existed|was never born"
        r"|killed <SELF>|vanished|went away|stopped existing|didnt wake up|stopped(?: breathing"
        r"| living)?<END>))|\bbetter off if i"
        r" (?:\w+ ){0,2}(?:gone|dead|disappear\w*|vanish\w*|died)"
        r"|\bif i (?:just )?(?:disappeared|vanished|died|was gone|were gone|wasnt (?:here|around)"
        r"|killed <SELF>|was dead|were dead|never existed|didnt exist)\b",
        "Others would be better off without them.",
        joined=True,
    ),
    _suicide(
        "nobody_would_miss",
        r"\b(?:nobody|no one|noone|no body) (?:\w+ ){0,3}miss me\b|\b(?:nobody|no one"
        r"|noone) (?:would|will|is going to|gonna|d)? ?(?:even |really )?(?:care|notice) (?:if"
        r"|when) i (?:die|died|was gone|were gone|disappeared|disappear|left|was dead|didnt wake up"
        r"|killed <SELF>|wasnt here)",
        "Believing nobody would miss them.",
        joined=True,
    ),
    _suicide(
        "burden",
        r"\b(?:im|i am|i m|being|feel like|feel like im|i feel like im|im just|i am just) (?:just "
        r"|such |only |a |an |nothing but |huge |big |total )*burden\b",
        "Feeling a burden: a known suicide risk factor.",
    ),
    _suicide(
        "cant_go_on",
        r"\b(?:cant|can not|cannot|unable to) (?:go on|keep going|keep living|live like this"
        r"|hold on|do life)\b|\b(?:cant|can not|cannot) (?:do this|do it|take (?:it|this)"
        r"|handle (?:it|this|life)|deal with (?:it|this|life)|be here|live|cope) (?:any ?more"
        r"|no more|much longer)\b|\bi (?:just )?give up(?: on (?:life|living|everything|<SELF>"
        r"|it all))?<EOT>|\bgive up on (?:life|living|everything)\b|\b(?:want|need) (?:it|this"
        r"|everything|the pain) (?:all )?to (?:be over|end|stop)\b|\bi (?:just |really )?(?:cant"
        r"|can not|cannot) (?:anymore|any more|no more|do it anymore)<END>|\b(?:im|i am"
        r"|i m) (?:just )?"
        r"giving up(?: on (?:life|living|everything|<SELF>|it all))?<EOT>|\bgiv(?:e|ing) up(?: \.)?"
        r" (?:for real|for good|this time|im done|done|bye|goodbye)\b",
        "Cannot go on; giving up (in any tense, 'for real this time'); wanting it all to end.",
        joined=True,
    ),
    _suicide(
        "way_out",
        r"\b(?:only|no|another|easy|dont see (?:a|any)|cant see (?:a|any)|there is no"
        r"|theres no) way out\b|\bno (?:tengo|hay|veo|le veo) (?:otra )?salida\b"
        r"|\bsiento que no (?:hay|tengo) salida\b|\bhow (?:much )?longer i can (?:hold on"
        r"|keep going|do this|take (?:it|this))\b|\bcant hold on (?:much )?longer\b"
        r"|\bhow much (?:more"
        r"|longer) (?:i can|can i) (?:take|handle|bear|hold on|keep going|go on|last)\b|\b(?:cuanto"
        r"|cuanto mas|cuanto tiempo) (?:mas )?(?:voy a |puedo )?(?:aguantar|soportar|resistir)\b"
        r"|\b(?:found|have|got|figured out|know) (?:a|the) (?:way|method|place) to do it<END>",
        "Seeing no way out (or death as the only one); not holding on much longer, not knowing"
        " how much more one can take; having found the way to do it.",
    ),
    _suicide(
        "end_my_life",
        r"\b(?:end|ending|take|taking|took|finish|finishing) ?(?:my|my own|own) ?(?:life|lyfe"
        r"|live)\b|\bend ?it ?all\b",
        "Ending or taking one's own life.",
        joined=True,
    ),
    _suicide(
        "end_it_joined",
        r"\b(?:want|wanna|going|gonna|ready|about) ?(?:to )?end ?(?:it|it all|everything"
        r"|my life)<END>|^(?:i )?(?:die|dead|death)(?: (?:die|dead|death))*<END>|\bif i (?:dont"
        r"|do not) (?:answer|respond|reply)\b.{0,30}\b(?:gone|dead|im not here)\b"
        r"|\bwont be (?:around|here)(?: (?:anymore|much longer|for long))?<EOT>"
        r"|\bgiving (?:away )?(?:my )?(?:dog|cat|pet|kids|stuff|things"
        r"|belongings) to\b(?=.*\b(?:wont be|goodbye|anymore|bye)\b)",
        "'iwanttoendit', a bare 'die', 'if I don't answer I'm gone', giving the dog away.",
        joined=True,
    ),
    _suicide(
        "end_it",
        r"\b(?:end|ending) (?:it|everything|things|my suffering|the pain)(?: (?:all|now|tonight"
        r"|today|for good|forever|soon|here|once and for all))?<END>|\b(?:want|going|gonna|ready"
        r"|plan|planning|thinking about|think about|thought about|decided|about"
        r"|wanna) (?:to )?end (?:it|everything|things|my suffering|the pain)\b|\bending it\b"
        # A commaless "ill end it tonight nobody will notice" runs on past the end.
        r"|\b(?:ill|i will|im|i am) (?:gonna |going to |finally |just )?end (?:it|everything)"
        r"(?: (?:all|now|tonight|today|for good|soon))?\b(?! (?:with|on|early|there|here|for"
        r" (?:the|today|now)|at)\b)",
        "Ending it, said of oneself.",
    ),
    _suicide(
        "disappear",
        r"\b(?:want|wanna|wish i could|wish to|just want to|going to|gonna"
        r"|should) (?:to )?(?:just )?disappear(?: forever| for good| for ever)?\b"
        r"|\bdisappear(?:ed)? forever\b|\b(?:want|wanna|wish i could|wish to|just want to|going to"
        r"|gonna|should) (?:to )?(?:just )?vanish\b",
        "Wanting to disappear or vanish.",
    ),
    _suicide(
        "farewell",
        r"\bthis is (?:my )?goodbye\b|\bgoodbye (?:forever|everyone|everybody|world|cruel world"
        r"|for good|all)\b|\b(?:final|last) goodbye\b|\bsaying goodbye to (?:everyone|everybody"
        r"|you all|yall|the world|all of you)\b|\b(?:wrote|writing|left|leaving|finished) (?:a |my "
        r"|the )?(?:suicide )?(?:note|notes|letters?) (?:for|to) (?:everyone|everybody|my|you|them"
        r"|the)\b|\btell (?:my )?(?:kids|children|family|mom|mother|dad|daughter|son|wife|husband"
        r"|sister|brother|everyone|them|her|him) (?:that )?i (?:(?:love|loved)(?= (?:them|her|him"
        r"|you|u|yall|you all|everyone|all of you|you guys)\b|<END>)|am sorry|m sorry)"
        r"|\bsorry for everything(?:<END>|\b(?=.{0,40}\b(?:love|goodbye|bye|forgive)\b))"
        r"|\bforgive me for (?:this"
        r"|what im about to)|\b(?:tonights|tonight is|today is|todays) the (?:night"
        r"|day)\b(?=.*\b(?:goodbye|bye|love you|sorry|forgive)\b)|\bwont be (?:around|here"
        r"|alive) (?:much longer|for long|anymore|any more|tomorrow|by (?:tomorrow|morning|monday"
        r"|the weekend)|after (?:tonight|today|this weekend))|\bwont be (?:\S+ ){1,4}or anywhere"
        r"(?: else)?\b(?: \S+){0,2} (?:(?:after|past) (?:tonight|today|tomorrow)|anymore<END>)"
        r"|\b(?:giv(?:e|ing)|gave|given) (?:away (?:all (?:of )?)?|all (?:of )?)my"
        r" (?:stuff|things|belongings|clothes|possessions|shit|jewelry|tools|games)\b(?! (?:back|to"
        r" (?:goodwill|charity|the shelter|church|donation)))|\b(?:giv(?:e|ing)|gave|given) my"
        r" (?:stuff|things|belongings|possessions|shit|jewelry|tools|games) (?:\w+ ){0,3}?away\b"
        r"|\b(?:said|saying|say) (?:all )?my goodbyes\b"
        r"|\b(?:said|saying) goodbye to (?:everyone|everybody|my (?:kids|family|children|mom"
        r"|dad))\b"
        r"|\b(?:wont be (?:here|around|alive)|ill be gone|ill be dead|im gone)\b.{0,20}\bwhen"
        r" (?:you|u|anyone|someone|they) (?:get|gets|read|reads|see|sees|find|finds) this\b"
        r"|\bby the time (?:you|u|anyone|someone|somebody|they) (?:read|reads|see|sees|get|gets"
        r"|find|finds) this\b|\b(?:texted|sent|left|wrote|posted) (?:me |us |her |him "
        r"|them )?(?:a )?"
        r"(?:goodbye|farewell|suicide note)\b(?! (?:card|party|gift|lunch|dinner|present|hug|kiss"
        r"|email|to (?:her|his|my|the) (?:coworkers?|team|class|boss)))|\bwont need (?:it|them|this"
        r"|anything|my stuff) (?:where im going"
        r"|after tonight|anymore)|\b(?:goodbye|suicide|farewell|last) (?:letter|letters|note"
        r"|notes)\b|\bmy last (?:text|message|goodbye)\b|\blove (?:you|u|yall|you all"
        r"|everyone)(?: all| so much| guys)? (?:\. )?(?:goodbye|bye)<END>|\bbye forever\b",
        "Goodbyes, notes, giving things away, 'said my goodbyes', 'by the time you read this':"
        " signs of a plan.",
    ),
    _suicide(
        "method",
        r"\bnoose\b|\b(?:the|a|my) rope (?:is )?(?:ready|up|tied|around)|\b(?:have|got|bought|tied"
        r"|tying|found|buy|buying|bought myself|picked up) (?:the |a |some )?(?:rope|noose)\b"
        r"|\bjump(?:ing)? (?:off|from|of) (?:a "
        r"|the |this |that |my )?(?:\w+ )?<HEIGHT>|\b(?:jump|step|walk|lay"
        r"|lie)(?:ing)? (?:in front of|into"
        r"|onto) (?:a |the )?(?:train|bus|truck|traffic|car|subway|tracks)|\b(?:standing|sitting|im"
        r"|i am|i m|up) (?:on (?:the|a|this|top of the|top of a|the edge of the)|at the (?:top"
        r"|edge)"
        r" of (?:the|a|this)) (?:\w+ )?(?:edge|ledge|bridge|roof|rooftop|tracks|train tracks"
        r"|railing"
        r"|overpass|cliff|parking deck|parking garage|garage|water tower|dam|building|high rise"
        r"|tower)\b(?! (?:fixing|cleaning|working|repairing|painting|in traffic|parking|parked"
        r"|waiting))|\bdriv(?:e|ing) (?:my car )?(?:into|off|of) (?:a |the )?(?:oncoming )?(?:wall"
        r"|tree|bridge|cliff|pole|river|lake|ocean|overpass|truck|traffic|road|highway|pier"
        r"|embankment|guardrail)"
        r"|\bcrash my car on purpose|\b(?:bullet|gun|pistol) (?:in|to|through|into) my (?:head"
        r"|brain|skull|mouth|temple|chest)|\bblow my (?:brains|head) (?:out|off)|\bslit (?:my"
        r"|me) (?:wrists?|throat)|\b(?:cut|cutting|slice|slicing|slit) my wrists?|\bput (?:a"
        r"|the) gun (?:to|in) my|\beat my gun|\b(?:pills|meds|them) (?:saved|stashed) up|\bsav(?:e"
        r"|ed|ing) (?:up )?(?:my |all my )?(?:pills|meds|medication)|\bstockpil\w*|\bhoard(?:ing"
        r"|ed)? (?:my )?(?:pills|meds)|\blethal dose|\bhow (?:many"
        r"|much) <PILLS> (?:\w+ ){0,2}(?:it would take|would it take|does it take|would kill"
        r"|will kill)|\bhow (?:many|much) (?:\w+ ){0,2}(?:would kill|will kill|to (?:die|overdose"
        r"|od|kill <SELF>))|\bhow many (?:it|they|pills) (?:would|will) take|\b(?:looked up|googled"
        r"|googling|searching|researching|researched) (?:how to (?:die|kill|hang|overdose|od)"
        r"|ways to (?:die|kill|end)|painless|lethal|how many)|\bpainless (?:way|ways) to\b|\b(?:the"
        r"|my) (?:gun|pistol) is loaded|\b(?:(?<=^)|i |ive |just )bought a (?:gun|pistol|rifle"
        r"|shotgun)\b|\b(?:the |my |all the |all my |these |those )?(?:pills|meds|bottle|razor"
        r"|blade|gun|knife|rope)(?: and (?:the |my |a )?\w+)? (?:are |is )?(?:all )?(?:in my hand"
        r"|in front of me|(?:lined|laid"
        r"|set|spread|counted|sorted) (?:up|out))"
        r"|\bin the (?:tub|bath|bathtub|shower|bathroom) with (?:a |the |my )?(?:razor|blade|knife"
        r"|pills|gun|rope)\b|\b(?:getting|get|got|going|go|lying|laying|lay|lie|sit|sitting"
        r"|standing"
        r"|stand|walking) (?:on|onto) the (?:train |railroad |subway )?tracks\b(?! (?:to|for) (?:a"
        r" |the )?(?:photo|picture|pic))"
        r"|\b(?:engine|car) (?:is )?running (?:in|inside) (?:the|my) garage|\bcarbon monoxide\b"
        r"|\bcharcoal (?:in|inside) (?:the|my) (?:room|car|bathroom)|\bload(?:ed"
        r"|ing)? (?:\w+ ){0,2}(?:gun|pistol|rifle|shotgun)\b|\b(?:about to|going to|gonna|ready to"
        r"|want to|wanna|planning to|plan to|decided to|thinking about|thinking of) jump(?: tonight"
        r"| today| now| soon)?<END>|\b(?:take|taking|took|swallow\w*) them all\b|\b(?:im"
        r"|i am) (?:on|at) (?:the )?(?:ledge|edge|train tracks|tracks|edge of the (?:bridge|roof"
        r"|cliff))\b|\b(?:i|ive|i have|i got|i own|i bought|my) (?:\w+ )?(?:gun|pistol|rifle"
        r"|shotgun|firearm)\b",
        "A method, a plan or the means at hand (rope, bridge, gun, saved pills).",
    ),
    _suicide(
        "death_emoji",
        r":(?:coffin|grave|rope):",
        "Coffin, headstone or rope emoji.",
    ),
    _suicide(
        "death_talk",
        r"\b(?:i|im|i m|i am|ill|id|ive|me)(?: \w+){0,4} (?:die|dead|ded|death|dying)\b",
        "Talking of one's own death in any words; idioms (dead tired, dying to) are excluded.",
    ),
    _suicide(
        "hopeless",
        r"\b(?:done|finished|over) with (?:life|living|this life|being alive|existing)\b|\b(?:life"
        r"|living|my life|everything) (?:is|feels|seems) (?:so |just )?(?:pointless|meaningless"
        r"|hopeless|not worth it)\b|\b(?:life|living|my life|existing) (?:has|holds) no (?:meaning"
        r"|point|purpose|value)\b|\bi (?:just )?want out<END>|\bwant out of (?:this life|life"
        r"|this world)\b|\bno (?:hope|reason) left\b|\blost all hope\b|\b(?:should"
        r"|deserve to) (?:just )?(?:die|be dead)\b|\bif i (?:live|lived) or (?:die|died)\b"
        r"|\bwaste of (?:space|air|oxygen|life|skin)\b|\bleave this world\b|\b(?:ive|i have|i) had"
        r" enough(?: of (?:everything|it all|all of this))?<EOT>|\bhad enough of (?:life|living"
        r"|this life|being alive|this world)\b",
        "Hopelessness: done with life, had enough of life, no hope left, deserving to die.",
        joined=True,
    ),
    _suicide(
        "someone_else",
        r"\b(?:kill|killed|killing|shot|shoot|shooting|hang|hanged|hanging|hung|cut|cutting|hurt"
        r"|hurting|harm|harming|stab|stabbed|poison|poisoned|off|offed|end|ending) (?:him ?self"
        r"|her ?self|them ?selves|them ?self|their ?self)\b|\b(?:slit|slits|cut|cuts|slashed|sliced"
        r"|slitting|cutting) (?:his|her|their) (?:wrists?|throat)",
        "Someone else killing or hurting themselves (or saying they will).",
        joined=True,
    ),
    _suicide(
        "stop_existing",
        r"\bstop (?:existing|living|breathing|being alive)\b|\b(?:dont|do not) deserve to (?:live"
        r"|be alive|be here|exist)\b|\bhate (?:being alive|living|existing)\b|\bthinking (?:about"
        r"|of) jumping<END>|\bwish i could (?:just )?(?:not|never) wake up\b|\b(?:easier"
        r"|better) (?:\w+ )?if i (?:wasnt|werent|was not|were not) (?:in it|alive|around|here"
        r"|in the picture)\b",
        "Wanting to stop existing; not deserving to live.",
    ),
    _suicide(
        "plan",
        r"\b(?:a|my) plan (?:and the means|to (?:end (?:it|my life|things|everything)|kill|die"
        r"|do it|go through with))|\bhave the means\b|\b(?:going to|gonna|finally|ready to|i will"
        r"|ill) (?:do|go through with) it (?:tonight|today|now)<END>|\bgo through with it\b"
        r"|\btengo un plan para (?:matarme|morir|suicidarme|quitarme)|\btonight (?:im|i am|i m|ill"
        r"|i will) (?:gonna |going to |finally )?do it<END>|\b(?:tonight|today|tomorrow) (?:im|i am"
        r"|i m|ill|i will) (?:gonna |going to |finally )?(?:go through with it|end it|going through"
        r" with it)\b|\bgoing through with it (?:tonight|today|now)\b"
        r"|\b(?:thinking"
        r"|thought|planning|planned|figuring out|figured out|researching) (?:about |of |out )?how"
        r" (?:to|i would|i d|i will|ill|im going to|im gonna) (?:do it<END>|end it|kill <SELF>|die"
        r"|go<END>)|^(?:i )?(?:have|got) everything (?:ready|set|planned)(?: now)?<EOT>",
        "A plan and the means; going to do it tonight (in either word order); thinking about how"
        " to do it; everything ready.",
    ),
    _suicide(
        "dont_care",
        r"\b(?:dont|do not) care (?:if|whether) i (?:die|live|wake up|overdose|od|make it)\b"
        r"|\bwouldnt mind (?:dying|not waking up|being dead|if i died)\b|\bdeath (?:sounds|seems"
        r"|would be|feels like) (?:\w+ )?(?:peaceful|nice|easier|better|relief|like a relief)\b"
        r"|\bbetter off (?:gone|dead|not here|not existing|not alive)\b|\b(?:thinking|thought|think"
        r"|considering) (?:about |of )?ending (?:it|things|everything|my life)\b|\b(?:cant|can not"
        r"|cannot) keep doing this\b|\b(?:dont|do not) trust <SELF>\b|\b(?:cant|can not|cannot"
        r"|shouldnt|should not) be alone (?:right now|tonight|now)\b",
        "Not caring whether they die, death as relief, not trusting themselves alone.",
        joined=True,
    ),
    _suicide(
        "breaking_point",
        r"\b(?:at|reached|hit) (?:my|the) breaking point\b|\bend of my rope\b|\b(?:i|im|i m"
        r"|i am) (?:feel |feeling )?(?:so |completely |totally )?hopeless\b|\b(?:nobody|no one"
        r"|noone) (?:even )?cares (?:about me|if i)\b|\b(?:nobody|no one) cares<END>"
        r"|\bwhats the point of (?:getting clean|trying|staying sober|being sober|anything|going on"
        r"|living|life|(?:even )?(?:driving|going|coming) home)\b|\b(?:the )?pain is too much\b"
        r"|\btoo much pain\b|\bmake it (?:all )?stop\b"
        r"|\bi (?:dont|do not) know (?:what to do|how to go on"
        r"|how much more i can take) any ?more\b|\beasy it would be to (?:die|end it|overdose"
        r"|just go)\b|\bwant to feel (?:physical )?pain\b|\bdeserve to (?:hurt|suffer|feel pain"
        r"|bleed|die)\b|\b(?:want|wanna|gonna|going) to :skull:|:skull: <SELF>",
        "At the breaking point, hopeless, nobody cares, the pain is too much: acute despair.",
    ),
    _suicide(
        "plain_more",
        r"\bnot being (?:here|alive|around)\b|\bnot existing\b|\bdark thoughts\b"
        r"|\b(?:doing something drastic|(?:thinking|thought) (?:of|about) doing something (?:stupid"
        r"|bad|drastic|dumb|crazy))\b|\bsaying (?:my )?goodbyes\b|\b(?:be|go) (?:with god"
        r"|home to (?:god|jesus)|to heaven)\b|\b(?:notice|care) when im gone\b|\b(?:dont"
        r"|do not) want to do (?:this|life) any ?more\b|\brest forever\b|\beternal rest\b",
        "Plain words for it: not being here, dark thoughts, saying goodbyes, going to God.",
    ),
    _suicide(
        "final_signs",
        r"\bmy (?:own )?funeral\b|\b(?:made|making) peace with (?:everyone|everything|it all"
        r"|my decision|god)\b|\bmade my peace\b(?! with (?:my|him|her|them|the|what|that|how)\b)"
        r"|\bat peace with (?:it|this|my decision|dying"
        r"|death|going|leaving|everything)\b|\b(?:ive|i have|i) decided (?:\. )?(?:its )?(?:tonight"
        r"|today|its time)\b|\b(?:ive|i have) decided<EOT>|\b(?:spot|place|way|time|day|date"
        r"|night) (?:where|when|how) (?:im|i am|i|ill|i will) (?:gonna|going to|will) (?:do it"
        r"|end it)\b|\b(?:will|gonna"
        r"|going to) (?:all )?be over soon\b|\b(?:soon )?(?:it|nothing) (?:wont|will not"
        r"|will no longer) matter\b|\b(?:wont|will not|not gonna|not going to"
        r"|aint gonna) be a (?:problem|burden|bother"
        r"|nuisance|trouble|weight) (?:(?:for|to|on) (?:anyone"
        r"|anybody|you|yall|my \w+|everyone|nobody) )?(?:much longer|anymore|for long)\b|\b(?:wont"
        r"|will not|dont|never) (?:have to|need to"
        r"|gotta) worry about me (?:anymore|again|much longer|ever again)\b|\b(?:cant|can not"
        r"|cannot|dont|do not) see (?:a|any) (?:future|way forward)\b|\bno future for me\b"
        r"|\bnothing left (?:for me|to live for)\b|\bnot meant to be (?:here|alive)\b"
        r"|\bi was a mistake\b|\blife is (?:too )?(?:hard|painful|much) to (?:keep|go on|bear)"
        r"|\blife is too (?:hard|painful|much)<END>|\bdone with (?:everything|it all)<END>"
        r"|\bfade away\b|\bvanish (?:forever|for good)\b|\bcease to exist\b"
        r"|\bfinally (?:be )?at peace\b|\btired of everything<END>|\b(?:using|use|shoot up"
        r"|shooting up) alone\b(?=.*\b(?:fent\w*|heroin|dope|dont care|tonight|scared)\b)",
        "Signs of an ending: my funeral, made my peace, at peace with it, 'I've decided.'"
        " tonight', the spot where I'll do it, no need to worry about me.",
    ),
    _suicide(
        "distress_plain",
        r"\bwant (?:everything|it all|this|the pain) to (?:go away|end|stop)\b"
        r"|\bpills in my cabinet\b|\b(?:a )?bottle of pills and a plan\b|\bready to say goodbye\b"
        r"|\b(?:dont|do not) want to (?:fight|try|do this) any ?more\b|\b(?:dont|do not"
        r"|cant) see the point(?: any ?more)?<END>|\b(?:no one|nobody"
        r"|noone) would (?:even )?notice<END>|\b(?:not|never) going to make it<END>"
        r"|\bthe end for me\b|\b(?:going|headed|driving|walking) to the (?:bridge|tracks"
        r"|train tracks|roof|cliff)\b|\bhose (?:in|to|from|into) (?:the|my) (?:exhaust|car"
        r"|window)\b|\b(?:car|garage) with a hose\b|\bstop feeling (?:everything|anything"
        r"|altogether)\b|\b(?:scared|afraid|terrified) of what i (?:might|will|could|ll"
        r"|m going to) do\b|\btell (?:my )?\w+ (?:that )?im sorry\b|\bdone with (?:everything"
        r"|everyone)(?: and (?:everything|everyone))?<END>|\b(?:feel like |want to )?giv(?:e"
        r"|ing) up(?: on (?:life|everything|<SELF>))?<EOT>|\b(?:cant|can not|cannot) handle (?:this"
        r"|it|anything)(?: any ?more)?<END>",
        "Plain distress: want it all to go away, not going to make it, giving up, can't handle it.",
    ),
    _suicide(
        "indirect",
        r"\b(?:scared|afraid|terrified) of <SELF>\b|\bthoughts (?:are )?(?:getting )?(?:really |so "
        r"|very )?dark\b|\b(?:hurt|hurting|harm|harming|kill|killing) (?:others|other people)\b"
        r"|\bstock(?:ed|ing)? up on (?:pills|meds|medication)\b|\b(?:wrote|writing|finished"
        r"|left) (?:my|a) (?:note|letter)<END>|\bgave away (?:all )?my (?:stuff|things|belongings"
        r"|cat|dog|pets?)\b|\bdone fighting\b|\b(?:cant|can not|cannot) fight (?:this "
        r"|it )?any ?more\b|\bno hope for me\b|\bnever going to get better\b|\b(?:dont"
        r"|do not) want to be (?:saved|helped|rescued)\b|\bwont (?:bother|burden|trouble) (?:anyone"
        r"|anybody|you|you guys|yall) (?:anymore|again|much longer)\b|\b(?:have to"
        r"|need to) deal with me (?:anymore|again|much longer)\b",
        "Indirect signs: scared of myself, dark thoughts, stocking up pills, won't bother anyone.",
    ),
    _suicide(
        "more_plain",
        r"\b(?:want|ready) to be done<END>|\bend this pain\b|\bstop the pain (?:forever|for good"
        r"|permanently)\b|\bgo away forever\b|\b(?:cant|can not|cannot) live with <SELF>\b|\bfound"
        r" (?:him|her|them|my \w+) hanging\b",
        "Wanting to be done, to end this pain; someone found hanging.",
    ),
    _suicide(
        "decided",
        r"\b(?:ive |i have |i )?made (?:up )?my (?:mind|decision)(?: (?:about|for) tonight)?<EOT>"
        r"|\bmy (?:decision|mind) is"
        r" made\b|\bknow what i (?:have|need|got) to do<EOT>|^its time<EOT>|\b(?:tonights|tonight"
        r" is) the night<END>|\b(?:tonight|today) is it<END>|\b(?:tonights|todays) it<END>"
        r"|\beverything i need to (?:do it|end it|go through with it)\b|\b(?:no"
        r" one|nobody) (?:can|is going to|will) stop me\b|\b(?:dont|do not) (?:try to )?stop me\b"
        r"|\b(?:im|i am) at peace now\b|^(?:i )?(?:im|i am) ready<EOT>",
        "The decision made: 'I know what I have to do', 'don't try to stop me', 'it's time'.",
    ),
    _suicide(
        "not_here_tomorrow",
        r"\b(?:not|wont|will not|aint) (?:gonna |going to )?(?:be (?:here|around|alive) (?:tomorrow"
        r"|by (?:morning|tomorrow)|much longer|after tonight)|make it (?:through )?(?:the night"
        r"|tonight|today|till morning|to tomorrow))\b|\b(?:dont|do not) think (?:ill|i will|i can"
        r"|i m going to|im going to|im gonna) (?:make it|be here|be alive|survive"
        r"|last) (?:through )?(?:tonight|the night|till morning|much longer|another day)\b"
        r"|\b(?:dont"
        r"|do not) think (?:ill|i will|im going to|im gonna) (?:be alive|survive|last"
        r"|live) (?:through"
        r" |until |till |to |past )?(?:tomorrow|next week|this week|the week|the weekend|by \w+)\b"
        r"|\b(?:cant|can not|cannot|dont|do not)"
        r" see <SELF> (?:living|alive|being here|being alive|making it|around|here|still here"
        r"|still alive) (?:past|through|beyond|after|much longer|another|next|to|by|tomorrow"
        r"|in a (?:week|month|year))\b",
        "Not expecting to be alive tomorrow or next week; not seeing oneself living past it.",
    ),
    _suicide(
        "do_something",
        r"\b(?:going to|gonna|might|about to|want to|could|scared (?:i|im|ill) (?:will|might"
        r"|m going to|gonna)?|afraid (?:i|im|ill) (?:will|might|m going to|gonna)?|afraid ill"
        r"|scared ill|ill|feel like|feeling like|thinking about|thinking of|tempted to|close to"
        r"|urge to|wanna) ?(?:do|doing) something (?:stupid|bad|drastic|dumb|crazy"
        r"|i cant take back|to <SELF>)\b|\bdo something to <SELF>\b|\btired of (?:fighting"
        r"|being (?:me|alive|here))\b|\b(?:voices|voice) (?:are |is )?(?:telling|tell"
        r"|told) me to (?:hurt|kill|die|jump|end)",
        "Afraid of, tempted to or feeling like doing something to oneself; voices telling them to.",
    ),
    _suicide(
        "euphemism_more",
        r"\bsix feet under\b|\b(?:eat|swallow) (?:a|my) (?:bullet|gun)\b|\bout of my misery\b"
        r"|\bpermanent solution\b|\bgame over for me\b|\bnot long for this world\b|\b(?:be with"
        r"|join) (?:him|her|them|my (?:\w+ )?(?:mom|mother|dad|father|brother|sister|son|daughter"
        r"|baby|grandma|grandpa|friend|husband|wife)) (?:in heaven|again|soon|up there)\b"
        r"|\bsee (?:him|her|them|my \w+) (?:in heaven|on the other side) soon\b"
        r"|\bgoodbye (?:message|post|video|text|letter)\b|\bend (?:the|my) (?:suffering"
        r"|pain) for good\b|\b(?:god|lord|jesus)(?: please| pls| just)* take me(?: now| home"
        r"| already| away| tonight)?<END>|\b(?:god|lord|jesus)(?: please| pls"
        r"| just)* take me (?:now"
        r"|home|already|away)\b",
        "More euphemisms: six feet under, out of my misery, joining someone in heaven, a prayer"
        " to be taken.",
    ),
    _suicide(
        "want_to_die_es",
        r"\bme (?:<QUIERO>|voy a|vo a|boy a) (?:morir|mori|morri)\b|\b(?:<QUIERO>|deseo|quisiera"
        r"|prefiero|ojala|ganas de) (?:morir|morirme|estar muert[oa]|no existir|no despertar"
        r"|no vivir|desaparecer)|\bmorirme\b|\bme muero\b|\bmejor muert[oa]\b|\bestar muert[oa]\b"
        r"|\bojala (?:me muera|me muriera|estuviera muert[oa]|no despierte|no despertara"
        r"|no despertar|no despertarme)|\bno <QUIERO> despertar|\bno despertar (?:nunca|mas|manana)"
        r"|\bno (?:me )?(?:despierte|despertara|despierto|vuelva a despertar|volver a despertar)"
        r"(?:me)? (?:nunca|jamas|mas)\b(?! (?:temprano|tarde|a las|hasta))"
        r"|\bnunca (?:me )?(?:despierte"
        r"|despertara|vuelva a despertar)\b|\bojala\b(?: \w+){0,4} no (?:me )?despiert\w*"
        r"|\bojala (?:ya )?no (?:amanezca|amanecer|volver a amanecer)\b|\bno (?:<QUIERO> )?amanecer"
        r" (?:nunca|mas|manana)\b|\bya no (?:<QUIERO> )?amanecer\b"
        r"|\bdormir para siempre|\bdesaparecer para siempre|\b(?:dormir|dormirme"
        r"|acostarme) y (?:ya )?no (?:volver a )?despertar",
        "Spanish: wanting to die or not wake up (me quiero morir, ojala no despertar, dormirme y"
        " ya no despertar).",
        joined=True,
    ),
    _suicide(
        "kill_self_es",
        r"\b(?:me (?:<QUIERO>|voy a|vo a|puedo|pienso|voy) (?:matar|mata|matal)|matarme"
        r"|quitarme la vida"
        r"|quitarse la vida|me quito la vida|me voy a quitar la vida|(?:acabar|terminar|acabo"
        r"|termino|acabe|termine) con (?:todo|mi vida|esta vida|mi existencia))\b|\b(?:mejor|ya|hoy"
        r"|juro que|y) me mato\b|\bme mato (?:hoy|esta noche|ya|ahorita|manana)\b",
        "Spanish: killing oneself or ending it all (matarme, quitarme la vida, acabar con todo).",
        joined=True,
    ),
    _suicide(
        "not_live_es",
        r"\b(?:ya )?no (?:me )?(?:<QUIERO>|deseo|quisiera|puedo"
        r"|tengo ganas de) (?:seguir )?(?:vivir"
        r"|viviendo|existir|estar aqui|estar aca|estar vivo|estar viva|seguir aqui|seguir aca)\b"
        r"|\bno vale la pena (?:vivir|seguir|la vida|estar vivo|estar viva)"
        r"|\bla vida no vale la pena|\bnada (?:por|para) (?:que|lo que) vivir|\bno tengo (?:razon"
        r"|razones|motivo|motivos) para vivir|\bsin razon para vivir|\bcansad[oa] de vivir"
        r"|\b(?:la vida|vivir|mi vida|nada) (?:ya )?no tiene (?:sentido|caso)\b|\bnada vale la pena"
        r"|\bno vale la pena nada|\bno <QUIERO> seguir(?:<END>| (?:la verdad|ya|mas|asi|en serio"
        r"|neta|de verdad|posta|wey|bro))|\b(?:irme|irse|ir|salir"
        r"|dejar) (?:de )?este mundo\b|\bno le (?:encuentro|veo|hallo|halla|encuentra) (?:sentido"
        r"|caso)"
        r" a (?:la vida"
        r"|vivir|nada|seguir)\b|\bperdi (?:toda )?la esperanza|\bsin esperanza\b",
        "Spanish: not wanting to live (ya no quiero vivir, no vale la pena vivir).",
        joined=True,
    ),
    _suicide(
        "cant_go_on_es",
        r"\b(?:ya )?no (?:puedo|aguanto|soporto) (?:mas|ya)\b|\bya no (?:aguanto"
        r"|soporto)\b(?! (?:el"
        r"|la|los|las|este|esta|estos|estas|ese|esa|a|al|mi|mis|tu|tus|su|sus|tanto|tanta|tantos"
        r"|tantas|que|sin|las ganas|estar|ir|verl\w*|escuchar\w*|oir\w*))|\bno puedo (?:seguir"
        r"|continuar)(?: asi| viviendo)?\b|\bme rindo\b|\bno (?:puedo mas|aguanto|soporto"
        r"|puedo) con (?:la|esta|mi) vida|\bno (?:aguanto|soporto) (?:esta|mi|la) vida",
        "Spanish: cannot go on (ya no puedo mas, me rindo).",
    ),
    _suicide(
        "better_off_es",
        r"\b(?:estarian|estaria|estaran|estara|vivirian|serian|seria|seran|sera|van a estar"
        r"|va a estar|vas a estar|van a vivir|van a ser) (?:\w+ )?mejor (?:sin mi|cuando (?:ya )?no"
        r" (?:este|exista|estes)|cuando me (?:vaya|muera|haya ido)|si (?:yo )?(?:no (?:estuviera"
        r"|existiera|estoy|existo)|me muero|me muriera|muero|desaparezco|desapareciera|me voy"
        r"|no despierto))"
        r"|\bnadie (?:me )?(?:extranaria|extranarian|va a extranar|notaria|notarian"
        r"|se daria cuenta)|\ba nadie le (?:importaria|importa|va a importar) si (?:me muero|muero"
        r"|desaparezco|me mato|no estoy)|\bsoy (?:una |un )?(?:carga|estorbo)\b|\bme siento (?:una"
        r"|como una|un|como un) (?:carga|estorbo)",
        "Spanish: others better off without them, nobody would miss them, being a burden.",
    ),
    _suicide(
        "death_talk_es",
        r"\b(?:yo|me|estoy|<QUIERO>|voy|pienso|pensando|deseo|quisiera|prefiero"
        r"|ojala)(?: \w+){0,3} (?:morir|morirme|muerte|muert[oa])\b",
        "Spanish: talking of one's own death; idioms (muerta de cansancio) are excluded.",
    ),
    _suicide(
        "someone_else_es",
        r"\bse (?:quiere|va a|quiso|intento|trato de|piensa|esta pensando en) (?:matar|suicidar"
        r"|quitar la vida|ahorcar|colgar|tirar del|cortar las venas)",
        "Spanish: someone else wanting to kill themselves (se quiere matar).",
    ),
    _suicide(
        "stop_existing_es",
        r"\bdejar de (?:existir|vivir|respirar)\b|\bno merezco (?:vivir|estar viv[oa]|existir"
        r"|estar aqui)\b|\bme (?:quiero|voy a) (?:aventar|tirar|lanzar|arrojar) (?:del|de la|de un"
        r"|de una|desde|al|frente)\b",
        "Spanish: wanting to stop existing, not deserving to live, wanting to jump.",
    ),
    _suicide(
        "tired_of_living_es",
        r"\b(?:harta|harto|cansad[oa]|fastidiad[oa]|hart[oa]) de (?:vivir|la vida|existir"
        r"|estar viv[oa]|todo<END>)|\b(?:quiero|deseo|ojala) que (?:todo )?(?:se acabe|termine"
        r"|se termine|acabe)\b|^(?:que|ojala) (?:ya )?(?:se acabe|se termine|termine|acabe) (?:todo"
        r"|esto|mi vida)\b|^(?:que|ojala) (?:ya )?(?:todo )?(?:se acabe|se termine)(?: ya)?<EOT>"
        r"|\btodo (?:listo|preparado) para (?:irme(?! de)|morir|acabar"
        r"|hacerlo)\b|\bcartas? de despedida\b|\b(?:les|le) (?:deje|escribi) (?:una )?carta\b"
        r"|\b(?:tengo|traigo|consegui|compre) (?:una |un |la |el )?(?:pistola|arma|escopeta"
        r"|rifle)\b|\bpensando en usarla\b",
        "Spanish: tired of living, wanting it all to end, farewell letters, a gun at hand.",
    ),
    _suicide(
        "desperate_es",
        r"\bya no puedo<END>|\bno (?:se si|creo que) (?:voy a )?aguant(?:ar|e) (?:esta noche|mas"
        r"|hasta manana)\b|\bdesesperad[oa]\b|\bno me importa (?:si )?(?:morir|vivir|morirme"
        r"|si me muero)\b|\bno confio en mi (?:mism[oa])?\b|\bno puedo estar sol[oa] (?:ahorita"
        r"|ahora|esta noche)\b",
        "Spanish: desperate, not sure to last the night, not trusting oneself alone.",
    ),
    _suicide(
        "breaking_point_es",
        r"\bya no se (?:que hacer|que mas hacer|como seguir)\b|\b(?:ya )?no puedo con (?:esto|todo"
        r"|nada|mi vida|la vida)\b|\bquiero sentir dolor\b|\bmerezco (?:sufrir|morir|el dolor)\b"
        r"|\bestoy (?:en el|al) limite\b|\bno (?:le )?importo a nadie\b|\ba nadie le importo\b"
        r"|\bque (?:pare|se detenga) (?:todo|el dolor)\b",
        "Spanish: at the limit, nobody cares, wanting pain: acute despair.",
    ),
    _suicide(
        "plain_more_es",
        r"\bdejar de sufrir\b|\bmejor no despertar\b|\bme canse de (?:vivir|la vida|todo|existir"
        r"|luchar|pelear|sufrir|esta vida)\b|\b(?:seria |es )?mejor (?:no (?:existir"
        r"|estar|vivir|haber nacido|despertar|estuviera|existiera|seguir)|desaparecer"
        r"|morirme)\b(?! (?:en"
        r"|con|tan|tarde|ahi|alla|sol[oa]|tomando|haciendo|hoy))"
        r"|\bque (?:me lleve|me recoja) dios\b|\birme con dios\b|\bojala me (?:atropell\w*|mate"
        r"|matara|muriera|muera)\b|\bpensamientos (?:oscuros|feos|de muerte|suicidas)\b",
        "Spanish plain words: dejar de sufrir, me canse de vivir (or de luchar), seria mejor no"
        " estar, que me lleve dios.",
    ),
    _suicide(
        "final_signs_es",
        r"\b(?:mi (?:propio )?funeral|mi velorio)\b|\bno (?:tendran|van a tener"
        r"|tienen) que preocuparse (?:mas )?por mi\b|\bno tengo futuro\b|\bno (?:le )?veo futuro\b"
        r"|\bya no (?:quiero|kiero) (?:estar|nada)<END>|\bir(?:me)? para siempre\b"
        r"|\ben paz para siempre\b|\bmatame\b|\bque alguien me mate\b"
        r"|\bpronto (?:todo )?(?:va a )?(?:terminar|acabar)\b|\bya no voy a ser (?:una )?(?:carga"
        r"|molestia|problema)\b",
        "Spanish signs of an ending: mi funeral, no tendran que preocuparse por mi, matame.",
    ),
    _suicide(
        "distress_plain_es",
        r"\b(?:no quiero seguir luchando|ya no quiero luchar|cansad[oa] de luchar)\b"
        r"|\b(?:no encuentro|no tengo|sin) (?:\w+ )?(?:razon|razones|motivo|motivos) para (?:vivir"
        r"|seguir)\b|\bsin salida\b|\b(?:tengo|y) un plan<EOT>",
        "Spanish plain distress: no quiero seguir luchando, sin razones para vivir, sin salida.",
    ),
    _suicide(
        "more_es",
        r"\bno tiene (?:caso|sentido) (?:seguir|vivir)\b|\bmi vida no vale (?:nada|la pena)\b"
        r"|\b(?:pa|para) (?:que|q) (?:seguir|sigo|vivir|vivo|existo|existir|estoy aqui|sigo aqui"
        r"|seguir viviendo|seguir aqui|seguir luchando|luchar|despertar)\b(?! (?:con|en|intentando"
        r"|buscando|esperando|trabajando|ahi|alla|yendo|si))|\b(?:estoy|ando) (?:parad[oa]"
        r" |sentad[oa] )?(?:en|sobre|arriba de) (?:el|la|este|esta) (?:puente|borde|orilla|azotea"
        r"|cornisa|barandal|vias)\b(?!.{0,40}\b(?:camino|rumbo|manejando|esperando|trafico|carro"
        r"|coche|camion|bus|atorad[oa]|trabajo)\b)"
        r"|\bme voy a (?:aventar|tirar)<END>|\b(?:parad[oa]|sentad[oa]) en (?:el|la) (?:puente"
        r"|borde|techo|barandal|orilla)\b|\b(?:la pistola|el arma|las pastillas|la soga) (?:esta "
        r"|estan )?aqui<END>|\bno me (?:deja|dejan) ir\b|\bme hice (?:cortes|cortadas|heridas)\b"
        r"|\b(?:estoy|ando) (?:muy )?(?:asustad[oa]|aterrad[oa])<END>",
        "Spanish: no tiene caso seguir, parada en el puente, muy asustada.",
    ),
    _suicide(
        "method_more",
        r"\b(?:saltar|brincar|aventarme|tirarme|lanzarme) (?:del|de la|de un|de una|desde|al|a las?"
        r"|por la) (?:\w+ )?(?:puente|edificio|techo|azotea|balcon|ventana|metro|tren|vias?"
        r"|precipicio|barranco|rio|piso)\b|\b(?:manejar|chocar|estrellar(?:me)?) (?:el carro "
        r"|mi carro )?(?:contra|en) (?:un|el|la) (?:arbol|pared|muro|camion|poste|trailer)\b"
        r"|\bleap (?:off|from)\b|\bthrow <SELF> (?:off|in front of|from|under|in|into|onto"
        r"|out of)\b|\b(?:going to"
        r"|gonna|want to|wanna|about to) (?:crash|wreck) (?:my|the) car\b|\bwalk (?:into"
        r"|in) (?:the )?(?:ocean|sea|lake|river|water)\b",
        "More methods: saltar del puente, chocar contra un arbol, walk into the sea.",
    ),
    _suicide(
        "indirect_es",
        r"\bya no (?:los|te|les|la|lo) voy a molestar\b|\bya no voy a molestar\b|\blidiar conmigo\b"
        r"|\bcuiden (?:a|de) mis hijos\b|\bmiedo de mi mism[oa]\b|\bpensamientos (?:son )?(?:muy )?"
        r"(?:oscuros|feos|negros)\b",
        "Spanish indirect signs: ya no los voy a molestar, cuiden a mis hijos, miedo de mi misma.",
    ),
    _suicide(
        "more_plain_es",
        r"\b(?:ser|soy) una carga\b|\bcansad[oa] de sufrir\b|\bse (?:quiere|va a|quiso) (?:morir"
        r"|aventar|tirar)\b|\bse (?:esta |estan )?(?:cortando|corta|corto|disparo|ahorco|colgo)\b"
        r"|\b(?:colgad[oa]|ahorcad[oa])\b",
        "Spanish: ser una carga, cansada de sufrir, someone else cutting or found hanged.",
    ),
    _suicide(
        "decided_es",
        r"\bya (?:lo decidi|tome (?:la|mi) decision)\b|\bnadie me va a detener\b|\bno (?:traten"
        r"|trates) de detenerme\b|\besta noche es la noche\b|\bya estoy list[oa]<EOT>|\bya es"
        r" hora<EOT>",
        "Spanish: the decision made (ya lo decidi, nadie me va a detener).",
    ),
    _suicide(
        "not_here_tomorrow_es",
        r"\bya no (?:voy a|vaya a) (?:estar|seguir) (?:aqui|aca|viv[oa]|con ustedes)\b"
        r"|\bno (?:voy a|creo) (?:llegar|pasar de|aguantar) (?:a |hasta )?(?:manana|esta noche"
        r"|la noche)\b|\b(?:voy a|puedo|miedo de|quiero) hacer (?:una )?(?:tonteria|locura"
        r"|algo malo|algo de lo que)\b|\b<PILLS_ES> (?:guardadas|ahorradas|juntadas|escondidas"
        r"|acumuladas)\b|\b(?:juntando|ahorrando|acumulando|junte|acumule) (?:\w+ )?<PILLS_ES>"
        r"|\b(?:miedo|terror) (?:de )?lo que (?:me )?(?:pueda|puedo|vaya a|voy a"
        r"|podria) hacer(?:me)?\b|\bperdon(?:enme|ame)\b.{0,30}\b(?:los|las|te) (?:quiero"
        r"|amo)\b",
        "Spanish: not being here tomorrow, fearing doing something, pills saved up, farewells.",
    ),
    _suicide(
        "euphemism_es",
        r"\b(?:me )?(?:quiero |voy a )?quitar(?:me)? de en medio\b|\birme para siempre\b"
        r"|\bdormir(?:me)? para siempre\b|\bdescansar para siempre\b|\bacabar con (?:mi|este"
        r"|el) (?:sufrimiento|dolor)\b|\b(?:estar|irme) con (?:mi|mis) (?:\w+ )?(?:mama|papa|hijo"
        r"|hija|hermano|hermana|abuela|abuelo|esposo|esposa) en el cielo\b|\bya no (?:quiero"
        r"|puedo) (?:seguir|estar) en este mundo\b|\bno quiero (?:seguir|estar) en este mundo\b",
        "Spanish euphemisms: quitarme de en medio, irme para siempre, descansar para siempre.",
    ),
    _suicide(
        "farewell_es",
        r"\b(?:me (?:despido|despedi|estoy despidiendo)|despedirme|despidiendome) de (?:todos"
        r"|ustedes"
        r"|todo|ti|la vida|mi familia|mis hijos)|\b(?:escribi|deje|escribiendo|escribo"
        r"|termine) (?:unas "
        r"|una |las |mis )?cartas? (?:para|a) (?:mis|mi|todos|ustedes)\b|\b(?:regalando|regale"
        r"|regalar"
        r"|repartiendo|reparti) (?:todas )?(?:mis cosas|mis pertenencias|mi ropa"
        r"|todo lo que tengo)\b"
        r"(?!.{0,40}\b(?:mudo|mudanza|mudamos|mudando|venta|bazar|ya no me queda))"
        r"|\badios (?:a todos|para siempre|mundo)|\bya me (?:despedi|despido)<END>"
        r"|\b(?:me despedi|me despido|despedirme)\b.{0,40}\bgracias por todo\b"
        r"|\besto es (?:un )?adios|\bdiganle a (?:mis hijos|mi familia|mi mama|mi hija"
        r"|mi hijo) que (?:los|la|lo) (?:quiero|amo)|\bperdonenme por todo"
        r"|\bhoy es el dia(?=.*\b(?:adios|me despido|perdon|los quiero|los amo)\b)",
        "Spanish: goodbyes in any tense (ya me despedi de todos), letters to the children,"
        " giving one's things away.",
    ),
    _suicide(
        "method_es",
        r"\b(?:tirarme|aventarme|lanzarme|arrojarme|me voy a (?:tirar|aventar|lanzar)) (?:del|de la"
        r"|de un|de una|desde|al|a las?|por la|frente al) (?:\w+ )?(?:puente|edificio|techo|azotea"
        r"|balcon|ventana|metro|tren|vias?|carretera|precipicio|barranco|rio|camion|autos?|carros?)"
        r"|\b(?:ahorcarme|colgarme|me voy a (?:ahorcar|colgar)|me quiero (?:ahorcar|colgar))\b"
        r"|\b(?:pegarme|darme|meterme) un tiro\b|\bdispararme\b|\bcortarme las venas"
        r"|\bme voy a cortar las venas|\bla soga (?:lista|esta lista)|\b(?:tengo|compre|consegui"
        r"|traigo|amarre|colgue|prepare) (?:la|una|mi) soga"
        r"|\b(?:pegar|dar|meter)(?:me)? un tiro\b|\b(?:las pastillas|la pistola|el cuchillo"
        r"|la navaja|la soga|el arma) (?:\w+ )?(?:en la mano|listas?|aqui conmigo)",
        "Spanish: a method (tirarme del puente, ahorcarme, pegarme un tiro).",
    ),
)

# Third blind batch (voice-to-text, British and Irish, Southern, older adults, understatement,
# Spain and the Caribbean): phrasings the first two authors did not use.

# The means at hand, and ways of saying it will end, for `means_and_ending`.
_MEANS = (
    r"(?:gun|guns|shotgun|pistol|rifle|rope|noose|pills|bridge|razor|blade|train tracks|ledge"
    r"|pistola|soga|pastillas|puente|escopeta|navaja|arma)"
)
_ENDING = (
    r"(?:be done with (?:it|everything|it all|all of it|life)|end it|get it over with|finish it"
    r"|finish (?:this|things)|acabar con (?:todo|esto)|terminar con todo|go to sleep forever"
    r"|make it (?:all )?stop|nowhere (?:left )?to (?:go|turn)|no way out)"
)

SUICIDE += (
    _suicide(
        "kill_self_uk",
        r"\btop(?:ping|ped|s)? <SELF>\b(?! (?:up|off))|\bneck(?:ing)? <SELF>\b"
        r"|\b(?:gonna|going to|will|ill|want to|wanna|might|could|about to|ready to|thinking"
        r" (?:of|about)|tempted to|should|just) (?:just )?do <SELF> in\b|\bdoing <SELF> in\b",
        "British and Irish words for killing oneself: top myself, neck myself, do myself in"
        " (said of what one will do; 'done myself in at the gym' is tiredness).",
    ),
    _suicide(
        "cant_be_bothered_living",
        r"\b(?:cant|can not|cannot|couldnt) be (?:arsed|assed|bothered|botherd|fucked|faffed)"
        r" (?:with )?(?:living|to live|being alive|with life|existing|to exist|to keep going"
        r"|to go on|waking up|to wake up)\b",
        "'Can't be arsed living', 'can't be bothered being alive': British, Irish and"
        " Australian ways of saying one no longer wants to live.",
    ),
    _suicide(
        "over_living",
        r"\b(?:im|i am|i m|i feel|feeling)(?: \w+)? over (?:living|being alive|existing|life"
        r"|this life|breathing)\b(?! (?:insurance|coach|lessons|skills))|\b(?:im|i am|i m) done"
        r" (?:living|being alive|existing|breathing|with this life|with this world)\b",
        "'I'm so over living', 'done existing': teen and young-adult ways of saying one is"
        " done with life.",
    ),
    _suicide(
        "taken_in_sleep",
        r"\b(?:wish|wishing|wished|hope|hoping|pray|praying|prayed|asking|ask|begging)\w*\b"
        r"(?: \w+){0,3} (?:god|the lord|lord|jesus|death|the angels|heaven|the man upstairs"
        r"|the good lord) (?:would |will |to |could |just |please |finally )*(?:take|takes|took"
        r"|come for|call|calls) me\b|\b(?:wish|wishing|hope|hoping|pray|praying|want)\w*\b"
        r"(?: \w+){0,4} (?:die|pass|pass away|go|slip away|be taken) in my sleep\b"
        r"|\b(?:ojala|le pido a dios que|le ruego a dios que|pido que|rezo (?:para|por) que)"
        r" (?:dios |diosito |el senor |la muerte )?me (?:lleve|recoja|llame|lleva)\b"
        r"|\bmorir(?:me)? (?:dormid[oa]|mientras duermo|en mi sueno)\b",
        "Praying to be taken ('wishing the Lord would take me in my sleep', 'ojala dios me"
        " lleve'): the passive wish older and religious people text.",
    ),
    _suicide(
        "farewell_thanks",
        r"\b(?:thanks|thank you|thx|ty) (?:\w+ )?for (?:everything|all (?:of )?(?:it|this"
        r"|you (?:did|have done|ve done)|youve done))\b(?=.*\b(?:goodbye|farewell|forgive me"
        r"|bye forever|love you all|take care of (?:my|them|her|him))\b)(?!.*\b(?:see you|see ya"
        r"|talk (?:soon|later|tomorrow)|next (?:week|time|session)|tomorrow|good ?night)\b)"
        r"|\b(?:goodbye|farewell)\b(?: \.)* (?:\w+ ){0,2}(?:thanks|thank you) (?:\w+ )?for"
        r" (?:everything|trying|all)\b(?!.*\b(?:see you|see ya|next (?:week|time)|tomorrow)\b)"
        r"|\b(?:im|i am|i m) (?:so |just |really )?done(?: \.)* (?:goodbye|farewell|bye forever"
        r"|bye everyone|goodbye everyone|bye world|bye for good)\b|\bgoodbye(?: \.)* (?:im|i am)"
        r" done\b"
        r"|\b(?:it was|its been|was)? ?(?:nice|good|great|an honor) knowing (?:you|yall|u|y all"
        r"|everyone|all of you|you all|you guys)\b|\b(?:say|tell) (?:bye|goodbye|farewell) to"
        r" (?:everyone|everybody|the group|them|all"
        r"|my \w+)(?: \w+){0,3} for me\b(?!.{0,40}\b(?:moving"
        r"|last day|new job|graduat\w*|transfer\w*|see you|next week)\b)"
        r"|\bgracias por todo\b(?=.*\b(?:adios|me despido|ultimo mensaje|perdon\w*|para siempre"
        r"|los quiero|cuiden)\b)|\b(?:adios|ultimo mensaje)\b.{0,40}\bgracias por todo\b",
        "Thanks for everything said with a goodbye ('thanks for everything. really. goodbye',"
        " 'I'm done. Goodbye', 'gracias por todo' with 'mi ultimo mensaje'), not with a 'see"
        " you Thursday'.",
    ),
    _suicide(
        "last_contact",
        r"\b(?:you|u|yall|you guys|you all|nobody|no one|anyone|everyone) (?:wont|will not"
        r"|will never|aint gonna|are not going to|arent going to|not gonna|never gonna)"
        r" (?:ever )?(?:hear from|see|hear about|talk to) me (?:again|anymore|any more"
        r"|after (?:tonight|today|this)|ever again)\b(?!.{0,60}\b(?:till|until|for (?:a|the)"
        r" (?:few|couple|while|week|weekend|bit)|camping|trip|vacation|no signal|no service"
        r"|no reception|out of town|no wifi|grounded)\b)|\b(?:you|u|yall) (?:wont|will not)"
        r" hear from me<EOT>|\bthis is the last (?:time )?(?:you|u|anyone|yall|youll|yall ll)"
        r"(?: will| ll)? (?:ever )?(?:hear from|see|hear about) me\b|\bya no (?:me )?(?:van|vas"
        r"|vayan"
        r"|volveran|volveras|vuelven) a (?:ver|saber de mi|escuchar de mi|oir de mi)\b(?!.{0,40}"
        r"\b(?:hasta|por unos dias|de viaje|sin senal|sin internet)\b)|\bes la ultima vez que"
        r" (?:me )?(?:van a |vas a )?(?:ver|ven|saben de mi|escuchan de mi)\b|\bmi ultimo"
        r" (?:mensaje|texto|msj)\b|\bnot (?:make it|making it|be|go|going|show up|showing up|come"
        r"|coming|get|getting) (?:to )?(?:\w+ ){0,3}"
        r"(?:\. )?or anywhere(?: else)?(?: \. )?(?:ever )?(?:again)?<END>|\bnot (?:coming|going"
        r"|showing up) (?:to )?(?:anything|anywhere) (?:anymore|any more|ever again|again)\b"
        r"|\b(?:wont|will not|not gonna|not going to) (?:be needing|need) (?:my |the |any )?"
        r"(?:appointments|sessions|group|meds|medication|stuff|things|room|car|clothes|phone"
        r"|anything) (?:anymore|any more|after (?:tonight|today)|where im going)\b(?!.{0,40}"
        r"\b(?:graduat\w*|finished|completed|moving|transfer\w*|discharged|new (?:program|job)"
        r"|insurance)\b)|\bif (?:anything|something) (?:happens|should happen) to me\b(?=.{0,80}"
        r"\b(?:password|look after|take care of|feed my|give (?:my|her|him)|my (?:kids|cat|dog"
        r"|stuff|will))\b)|\b(?:dont|do not|no need"
        r" to|stop) (?:worry|worrying) about me (?:anymore|any more|after (?:tonight|today)|ever"
        r" again)\b(?!.{0,40}\b(?:doing (?:great|good|fine|better|ok|okay)|im (?:fine|good|ok|okay"
        r"|better|great)|i got this)\b)",
        "Last contact: 'you won't hear from me after tonight' (not 'till Monday, no signal'),"
        " 'mi ultimo mensaje', 'I might not make it to group. or anywhere', 'don't worry about"
        " me anymore after tonight'.",
    ),
    _suicide(
        "if_still_alive",
        r"\bif (?:im|i am|i m) still (?:alive|here|around|breathing|living)\b(?!.{0,25}\b(?:after"
        r"|by the end of|at the end of)\b)(?!.{0,40}<HUMOR>)|\bif i (?:make it|live|survive"
        r"|last) (?:that long|till then|until then|through (?:the night|tonight)|to (?:then"
        r"|tomorrow|the morning|the weekend|group))\b(?!.{0,40}<HUMOR>)|\bif i (?:dont|do not)"
        r" (?:die|kill <SELF>|do something) (?:first|before then|tonight)\b"
        r"|\bsi (?:es que )?(?:sigo|estoy|sigue|todavia estoy|aun estoy|aun sigo) viv[oa]\b"
        r"(?!.{0,40}<HUMOR>)|\bunless (?:im|i am|i m) (?:dead|gone|not here|not around|not alive)"
        r"\b(?!.{0,40}<HUMOR>)|\bunless i (?:die|kill <SELF>|dont make it|end it)\b"
        r"|\bsi (?:amanezco|sobrevivo|no me muero)(?: (?:a )?(?:manana|esta noche|hoy))?<END>",
        "Plans made conditional on surviving: 'I'll be there. if I'm still alive', 'si sigo"
        " vivo'. Not after a hard week said as a joke.",
    ),
    _suicide(
        "affairs_in_order",
        r"\b(?:put|putting|puts|got|getting|get|set|setting|have|had) (?:all )?(?:of )?my"
        r" (?:affairs|life|house|paperwork|papers) in order\b(?!.{0,50}\b(?:before (?:my |the )?"
        r"(?:surgery|operation|trip|move|deployment|procedure|baby)|for (?:my |the )?(?:surgery"
        r"|move|trip|taxes|new job)|moving|taxes|new year|retire\w*)\b)|\b(?:deje|puse|dejando"
        r"|poniendo|tengo) (?:todo|mis (?:cosas|asuntos|papeles)) en orden\b(?!.{0,40}\b(?:para"
        r" (?:la|el) (?:cirugia|mudanza|viaje|operacion)|antes de (?:la|el|mi) (?:cirugia"
        r"|mudanza|viaje|operacion))\b)",
        "Putting one's affairs in order, a classic warning sign (not before a surgery or a move).",
    ),
    _suicide(
        "means_and_ending",
        # Either order, spelled out twice: one anchored lookahead per list is slower.
        rf"\b{_MEANS}\b.*\b{_ENDING}\b|\b{_ENDING}\b.*\b{_MEANS}\b",
        "The means at hand with an ending ('go out to the barn with daddy's shotgun and be done"
        " with it', 'a bottle of pills and nowhere left to go').",
    ),
    _suicide(
        "burden_es_more",
        r"\b(?:sere|seria|seremos|fui|he sido|soy|ser) (?:solo |nada mas )?(?:una|un) (?:carga"
        r"|estorbo|problema) (?:menos|para todos|para (?:mi|mis) \w+)\b|\buna carga menos\b"
        r"|\bun estorbo menos\b|\bone less (?:burden|problem|mouth to feed|thing to worry about)"
        r" (?:for|when|if|once)\b|\bme (?:voy|ire) para siempre\b(?! (?:de|a|al|del|para)\b)",
        "Spanish burden in every tense ('sere una carga menos'), 'one less burden when I'm"
        " gone', 'ya me voy para siempre'.",
    ),
    _suicide(
        "shoot_self_es",
        r"\bme (?:voy a|quiero|pienso|va a|voy|puedo) (?:pegar|dar|meter|jalar|echar|volar)"
        r" (?:un|el) (?:tiro|balazo|plomazo|disparo|pepazo)\b|\bme (?:pego|doy|meto|jalo) un"
        r" (?:tiro|balazo|plomazo)\b",
        "Spanish: shooting oneself in every region's verb (me voy a jalar un tiro, me pego un"
        " balazo).",
    ),
    _suicide(
        "checkin_place",
        r"^(?:[7-9]|10)\b(?: ?\/ ?10)?(?: \.)? (?:and |y |also |but )?(?:im |i am |i m |estoy )?"
        r"(?:at|on|en|in) (?:the|el|la) (?:bridge|overpass|tracks|train tracks|edge|roof|rooftop"
        r"|cliff|ledge|puente|vias|azotea|techo)\b",
        "A check-in answer rating urges high, given from the bridge or the tracks ('8 and i'm"
        " at the bridge').",
    ),
)

# Fourth blind batch: constructions rather than phrases. Meaning carried by modality and
# negation ("I don't think I'll be around next week"), conditionals ("if he leaves I'm
# ending it"), finality plus a time ("after group I'm done. for good."), arrangements for
# after ("make sure my mom gets my stuff") and metaphors of going to the dead.

# A point in time soon, as a deadline one may not live to see.
_SOON = (
    r"(?:tomorrow|tonight|the morning|morning|next week|the weekend|this weekend|the end of the"
    r" (?:week|day|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday"
    r"|christmas|new years)"
)
_SOON_ES = (
    r"(?:manana|esta noche|la noche|la manana|el fin de semana|la semana que viene|la proxima"
    r" semana|el lunes|el martes|el miercoles|el jueves|el viernes|el sabado|el domingo"
    r"|mi cumpleanos|navidad|fin de mes)"
)
# Relatives and pets people leave behind or go to join.
_KIN = (
    r"(?:mom|mother|mama|dad|father|brother|sister|son|daughter|kids|children|baby|grandma"
    r"|grandpa|husband|wife|boyfriend|girlfriend|wife|cat|dog|dogs|cats|pets?|ex)"
)
_KIN_ES = (
    r"(?:mama|mami|madre|papa|papi|padre|hermano|hermana|hijo|hija|hijos|hijas|ninos|abuela"
    r"|abuelo|esposo|esposa|novio|novia|gato|perro|perrita|perrito|ex)"
)

# Still being alive at a day soon: "be around by Friday", "make it to Thursday" ("make it
# tomorrow" alone is usually about attending, so "make it" needs "to", "till" or "through").
_ALIVE_SOON = (
    r"(?:ill|i will|i(?:m| am) gonna|i(?:m| am) going to|i can) (?:still )?(?:(?:be (?:around"
    r"|here|alive)|last|survive|see)(?: (?:to|until|till|til|through|thru|past|by))?|make it"
    r" (?:to|until|till|til|through|thru|past)) (?:the )?" + _SOON + r"\b"
)

SUICIDE += (
    _suicide(
        "doubt_alive_soon",
        r"\b(?:dont|do not) (?:think|know if|know whether|believe) " + _ALIVE_SOON + r"|\b(?:not"
        r" sure|unsure|doubt|no idea if) (?:if |that )?" + _ALIVE_SOON,
        "Doubting, in any modal, that one will still be around or make it to a day soon ('I"
        " don't think I'll be around next week', 'not sure I'll make it to Thursday'); a day"
        " as the goal, not an event ('make it to group'); reasons and schedules are excluded.",
    ),
    _suicide(
        "doubt_alive_soon_es",
        r"\b(?:no se si|no creo que|dudo que|quien sabe si) (?:llego|llegue|llegare|aguanto"
        r"|aguante|sigo|siga|seguire|este|estare|vivo|viva) (?:aqui |viv[oa] |vivo )?(?:a |hasta"
        r" |para )?" + _SOON_ES + r"\b|\bno (?:creo que )?(?:siga|seguire|este|estare) (?:aqui"
        r"|aca|viv[oa]) (?:para )?(?:" + _SOON_ES + r"|mucho tiempo|mucho mas)\b",
        "Spanish: doubting one will reach a day soon ('no se si llego a manana', 'no creo que"
        " siga aqui la semana que viene').",
    ),
    _suicide(
        "never_again",
        r"\b(?:wont|will not|not gonna|not going to|never gonna) (?:be (?:at|in|here|around)"
        r"|see (?:you|yall|you all|anyone|the group)|come (?:back|to)|make it to) [^.!?]{0,30}"
        r"\b(?:or ever again|ever again|again ever|for good|ever|no more after (?:today|tonight))"
        r"<END>|\b(?:not gonna|not going to|wont|will not) be (?:here|around|alive) (?:when"
        r"|by the time) (?:you|u|yall|they|she|he|my)\b"
        r"|\bya no (?:voy a|vaya a) estar (?:para|cuando)\b"
        r"|\bno (?:voy a|vaya a) (?:estar|ir|llegar|ver(?:los|las|te)?) [^.!?]{0,30}\b(?:ni nunca"
        r"|nunca mas|ni nunca mas|para siempre)\b",
        "Not being there next time or ever again ('I won't be at group tomorrow or ever again',"
        " 'not gonna be here when you call back', 'ya no voy a estar para cuando me llames');"
        " being at work or out of town is excluded.",
    ),
    _suicide(
        "conditional_intent",
        r"\b(?:if|when|once|si|cuando)\b[^.!?]{0,60}?\b(?:(?:i|ill|i will|im|i am) (?:just |really"
        r" )?(?:gonna |going to |will )?(?:just )?(?:finish (?:the job|it all|it for good|things"
        r"|myself off)|end (?:it|it all|things|everything)|be done (?:for good|with it all|with"
        r" life))|me (?:mato|suicido|acabo todo|quito la vida|doy un tiro)|(?:me )?acabo con todo"
        r"|(?:dont|do not|wont) know what (?:ill|i will|i would|id|im gonna|im going to|i might"
        r"|i could) do(?! (?:for|about|with|on|at|this|next|after|tomorrow|today|instead|then"
        r"|without|all|if))\b|no se (?:lo )?que (?:voy a hacer|hare|haria|vaya a hacer|pueda"
        r" hacer)(?! (?:de|para|con|el|la|los|las|en|manana|hoy|sin)))",
        "A condition and what one will do then: 'if she leaves me I'm ending it', 'if I relapse"
        " again I'm gonna finish the job', 'if he comes back tonight I don't know what I'll do',"
        " 'si ella me deja me mato'. A threat or a plan said as a condition.",
    ),
    _suicide(
        "finality_time",
        r"\b(?:im|i am|ill be|i will be) (?:so )?done(?: with (?:it all|everything|this|life))?"
        r"(?: \.| ,| !)* for good\b|\b(?:i(?:m| am)|ill be|i will be) (?:so |just )?done<END>"
        r"(?=.*(?::skull:|:coffin:|:headstone:|:knife:|:pill:|:gun:))| (?:(?::skull:|:coffin:"
        r"|:headstone:) )+(?:im|i am) (?:so |just )?done<END>"
        r"|\bnone of (?:this|it) (?:will|is gonna|is going to|would) matter (?:by|after"
        r"|tomorrow|soon|anymore|much longer)|\b(?:by|after) "
        + _SOON
        + r" none of (?:this|it) (?:will"
        r"|is gonna|would) matter\b|\b(?:ya )?(?:pronto|muy pronto) se (?:acaba|termina) todo"
        r"(?! (?:el|la|lo|los|las|mi|tu)\b)|\bya no (?:les|te|le) voy a (?:dar|causar) (?:mas )?"
        r"(?:problemas|molestias|lata)\b",
        "Finality with a time: 'after group I'm done. for good.', 'by Sunday none of this will"
        " matter', 'ya pronto se acaba todo', 'ya no les voy a dar problemas'; 'I'm done' next"
        " to a skull or coffin emoji.",
    ),
    _suicide(
        "tired_bye",
        r"\b(?:so |too |really |just )?(?:tired|exhausted|done)\b(?: \.| ,| !)* (?:bye|goodbye"
        r"|adios)<EOT>|^ ?(?:i )?cant (?:do (?:this|it) )?anymore<EOT>|\bcant do (?:this )?life"
        r"(?: thing)? anymore\b|\b(?:want|need) (?:it|this|everything|it all) (?:to be )?over"
        r"<END>",
        "Bare endings: 'so tired. bye', 'can't anymore', 'can't do this life thing anymore',"
        " 'everything hurts and I want it over'.",
    ),
    _suicide(
        "arrangements",
        r"\bmake sure (?:my |that my )?\w+ (?:gets|has|keeps|takes) (?:all )?my (?:stuff|things"
        r"|money|car|savings|ashes)\b|\btake care of my " + _KIN + r" for me\b(?! (?:this|while"
        r"|till|until|tomorrow|for (?:a|the)|next))|\btell (?:her|him|them|my \w+) (?:that )?(?:the"
        r"|my) (?:kids|children|baby|dog|cat) (?:are|is) (?:with|at)\b"
        r"|\b(?:wont|will not|dont|do not) need (?:to take care of (?:him|her|them|it)|the program"
        r"|my (?:number|phone|stuff|things|clothes|car)|any of (?:this|it)) (?:any ?more|after"
        r" (?:today|tonight))\b|\bdelete my number\b(?=.{0,40}\b(?:anymore|wont need|goodbye"
        r"|bye)\b)|\btell (?:the group|everyone|everybody|them|my \w+) (?:that )?i said"
        r" (?:goodbye|bye)\b|\bthanks? (?:you )?for trying\b(?=.{0,30}\b(?:wasnt|not) (?:your"
        r"|anyones) fault)|\b(?:sorry|forgive me) for what (?:im|i am|i(?:m| am) (?:gonna|going"
        r" to)) (?:about to )?do\b|\bif (?:anything|something) (?:happens|were to happen|should"
        r" happen) to me (?:tonight|today|soon|this week)\b",
        "Arrangements for after: who gets my things, who keeps my pets, telling someone where"
        " the kids are, not needing the program anymore, sorry for what I'm about to do.",
    ),
    _suicide(
        "arrangements_es",
        r"\basegurate (?:de )?que (?:mi |mis )?\w+ se (?:quede|queden) con mis (?:cosas|ahorros"
        r"|hijos|ninos|cenizas|dinero)\b|\b(?:cuida|cuiden|cuidame) (?:a|de) (?:mi|mis) "
        + _KIN_ES
        + r" por mi<END>|\bdile (?:a \w+ )?que (?:los ninos|mis hijos|el nino|la nina|mi hijo"
        r"|mi hija|el bebe|la bebe) (?:estan|esta) (?:con|en)\b|\b(?:dile|diganle|dales?) a (?:mi"
        r"|mis) \w+ que (?:la|lo|los|las) (?:quise|ame|quise mucho|ame mucho)\b"
        r"|\bperdon(?:en|ame)? por lo que (?:voy a hacer|estoy a punto de hacer|voy hacer)\b",
        "Spanish arrangements for after: 'asegurate que mi mama se quede con mis cosas', 'cuida"
        " a mi gato por mi', 'dile que los ninos estan con mi mama', love in the past tense,"
        " 'perdon por lo que voy a hacer'.",
    ),
    _suicide(
        "join_the_dead",
        r"\b(?:ready|want|wanna|going|gonna|time|about) (?:to )?(?:see|be with|join|go be with"
        r"|go see) my \w+ (?:again )?(?:in heaven|up there|on the other side)\b|\b(?:join"
        r"|joining|be with|go be with) my (?:\w+ )?(?:brother|sister|mom|mother|dad|father|son"
        r"|daughter|baby|husband|wife|grandma|grandpa|friend) (?:soon|tonight|again soon"
        r"|in heaven|up there)\b|\b(?:me (?:voy|quiero) (?:a )?ir|irme|me voy) con (?:mi|mis) "
        + _KIN_ES
        + r" (?:al cielo|para siempre|pronto<END>|ya<END>)|\b(?:quiero|me quiero) (?:ir|irme)"
        r" (?:al cielo|con dios)\b",
        "Going to join the dead ('gonna go join my brother soon', 'ready to see my mom again in"
        " heaven', 'me voy a ir con mi hermano pronto', 'me quiero ir con mi mama al cielo').",
    ),
    _suicide(
        "exit_metaphor",
        r"\b(?:im|i am|i m) checking out\b(?=.{0,30}\bthanks? (?:you )?for everything\b)"
        r"|\b(?:catch|catching|take|taking) the bus\b.{0,20}\b(?:permanent|last|final|one way"
        r"|forever|for good)\b|\bplanning (?:my|an|the) exit\b(?! (?:from|out|strategy|interview"
        r"|of))|\bfound (?:the|a|my) way out<END>|\bthe " + "(?:bridge|roof|ledge|tracks|train"
        r" tracks|river|lake|ocean|edge|overpass)" + r" (?:is |s )?look(?:s|ing) (?:\w+ )?(?:good"
        r"|tempting|inviting|peaceful|nice|better)\b(?! (?:to|for|from|with|in|at|today for))"
        r"|\b(?:im|i am) (?:at|on|standing on|sitting on) the (?:bridge|ledge|overpass|tracks"
        r"|train tracks|edge)<EOT>|\b(?:in|inside) the garage with the (?:car|engine|motor)"
        r" (?:running|on)\b",
        "Exit metaphors and places: checking out with thanks for everything, the permanent"
        " bus, planning my exit, found the way out, the bridge looking good, at the bridge,"
        " in the garage with the car running.",
    ),
    _suicide(
        "no_point_waking",
        r"\b(?:see|find) (?:a |any |the )?(?:point|reason) (?:in|to|of|for) (?:waking up|wake"
        r" up|getting up|get up)\b|\bno le (?:veo|encuentro) (?:sentido|razon|caso) (?:a|para)"
        r" (?:despertar|seguir|vivir|levantarme)\b|\bno le (?:veo|encuentro) (?:\w+ )?(?:razon"
        r"|sentido) (?:para|a) (?:seguir|vivir)\b",
        "No point in waking up or going on ('don't see a point in waking up tomorrow', 'no le"
        " veo sentido a despertar', 'ya no le encuentro razon para seguir').",
    ),
    _suicide(
        "method_question",
        r"\b(?:most painless|least painful|quickest|fastest|easiest|best|cleanest) way (?:to go"
        r"|to do it|out|to end|to die|to not wake)\b|\b(?:forma|manera) (?:menos dolorosa|sin"
        r" dolor|mas rapida de morir|mas facil de morir)\b|\b(?:whats|what is|cual es) the (?:most"
        r" painless|least painful) (?:way|one)?|\bmake it look like an accident\b|\bhop(?:e"
        r"|ing) (?:the |a )?(?:car|truck|bus|train|semi) (?:hits|runs over|kills) me\b|\bhoping"
        r" (?:i|to) (?:crash|wreck|get hit)\b",
        "Asking for the painless way or how to make it look like an accident, and hoping to be"
        " hit or to crash.",
    ),
    _suicide(
        "voices_command",
        r"\b(?:voices?|they|theyre|they are|it|something)\b.{0,15}\b(?:telling|tell|told|keep"
        r" telling) me to (?:do it|end it|hurt <SELF>|kill <SELF>|die|jump) (?:tonight|now|today"
        r"|right now)\b|\blas voces me (?:dicen|piden|mandan) que me (?:haga dano|mate|lastime"
        r"|corte|muera|tire)\b",
        "Voices or someone telling one to do it tonight, or to hurt oneself.",
    ),
)

SUICIDE += (
    _suicide(
        "other_intends_es",
        r"\b(?:dice|dijo|me dijo|escribio|puso) que (?:lo|se) va a (?:hacer|matar|quitar la vida"
        r"|aventar|tirar|colgar) (?:hoy|esta noche|ya|ahorita|manana|al rato)\b",
        "Spanish: someone else says they will do it tonight ('mi hermana dice que lo va a"
        " hacer esta noche'); an errand after a colon is excluded.",
    ),
    _suicide(
        "other_farewell_silent",
        r"\b(?:mensaje de despedida|se despidio de (?:mi|todos)|texted (?:me )?goodbye|said"
        r" goodbye|sent (?:me )?(?:a )?goodbye(?: text| message)?)\b[^.!?]{0,40}\b(?:no contesta"
        r"|no responde|no me contesta|wont answer|not answering|isnt answering|wont pick up"
        r"|doesnt answer|not picking up|no lo encuentro|no la encuentro|cant reach)\b",
        "Someone said goodbye and now does not answer: a third-person farewell.",
    ),
)

# Fourth batch, second pass: constructions found missing by the fresh-paraphrase check (scored
# once before these were written): the last day on earth, "when you read this", nobody having
# to worry any more, a plan set for a time, bare one-word pleas.
SUICIDE += (
    _suicide(
        "last_time_alive",
        r"\b(?:my|mi) (?:last|final|ultimo|ultima) (?:\w+ )?(?:on earth|alive|of my life|en la"
        r" tierra|de vida|con vida)\b|\b(?:last|final) (?:day|night|weekend|week|sunrise)"
        r" (?:on earth|alive|of my life)\b|\bes mi (?:ultimo|ultima) (?:fin de semana|dia|noche"
        r"|semana)<END>|\bultima vez que (?:sabes|sabran|vas a saber|van a saber|me ves|me ven)"
        r" (?:de mi|algo de mi)\b",
        "The last day, night or weekend alive ('pretty sure this is my last weekend on earth',"
        " 'este es mi ultimo fin de semana', 'es la ultima vez que sabes de mi').",
    ),
    _suicide(
        "when_you_read_this",
        r"\b(?:alive|here|around|gone|dead)\b[^.!?]{0,20}\b(?:when|by the time) (?:you|u)"
        r" (?:read|see|get|find) (?:this|these|my)\b|\b(?:ya no (?:estoy|este|estare)|no voy a"
        r" estar|ya me fui)\b[^.!?]{0,20}\bcuando (?:leas|veas|recibas|encuentres) (?:esto|este"
        r"|mi)\b",
        "Not being alive when the message is read ('I might not be alive when you read this',"
        " 'a lo mejor ya no estoy cuando leas esto').",
    ),
    _suicide(
        "nobody_worry",
        r"\b(?:nobody|no one|noone|no body) (?:has to|will have to|needs to|will need to|gotta)"
        r" (?:worry|deal|put up) (?:about|with) me (?:anymore|any more|again|after)\b"
        r"|\bnadie (?:se )?(?:tiene|va a tener|tendra) que (?:preocupar(?:se)?|aguantar(?:me)?)"
        r" (?:por mi|de mi|conmigo)?|\bwont (?:bother|burden|trouble) (?:anyone|anybody|you|yall"
        r"|nobody|no one) (?:after|anymore|any more|again)\b|\bya no va a importar<END>",
        "Nobody having to worry about me any more, not bothering anyone after tonight, 'ya no"
        " va a importar': relief of others as a farewell.",
    ),
    _suicide(
        "over_by_time",
        r"\b(?:it|this|everything|itll|it will|all)(?:ll| will)? (?:all )?(?:be over|be done"
        r"|end) (?:by|before) " + _SOON + r"<END>|\bpara " + _SOON_ES + r" (?:ya )?todo (?:habra"
        r" terminado|se habra acabado|va a estar terminado|se acaba)\b",
        "It will all be over by a time soon ('it'll all be over by morning', 'para manana ya"
        " todo habra terminado'); a storm or an exam named after it is excluded.",
    ),
    _suicide(
        "sleep_and_stay",
        r"\b(?:sleep|go to sleep|fall asleep) and (?:stay asleep|stay that way|never get up)\b"
        r"|\bdormir(?:me)? y (?:no|nunca|ya no) (?:despertar|volver a despertar)\b|\bmake sure i"
        r" (?:dont|do not|never|wont) wake up\b",
        "Sleeping and staying asleep ('go to sleep and stay asleep', 'dormirme y no despertar',"
        " 'how do I make sure I don't wake up').",
    ),
    _suicide(
        "heaven_calling",
        r"\bheaven (?:is|s) calling\b|\bheavens calling\b|\b(?:clock|clocking|check|checking|log"
        r"|logging|tap|tapping|bow|bowing|sign|signing) (?:out|off) (?:of|from) (?:life|this life"
        r"|this world|existence|living)\b|\b(?:going to|gonna|about to) be with (?:my )?(?:grandma"
        r"|grandpa|granny|nana|mom|dad|mama|brother|sister|son|daughter|baby) (?:again )?soon"
        r"<END>|\bme voy con (?:mi|mis) (?:abuelit[oa]|abuel[oa]|mamita|papito|hermanit[oa])<END>",
        "Going to the dead told softly: heaven is calling, clocking out of life, going to be"
        " with grandma soon, 'ya me voy con mi abuelita'.",
    ),
    _suicide(
        "plan_set",
        r"\b(?:the )?plan is (?:set|ready|in place|on) (?:for )?(?:tonight|today|tomorrow)<END>"
        r"|\b(?:i )?(?:already )?know (?:how and when|when and how)\b|\bya se (?:como y cuando"
        r"|cuando y como)\b|\bknow what im doing tonight\b(?=.{0,40}\b(?:not scared|at peace|ready"
        r"|goodbye|bye)\b)|\bnot scared anymore i know what im doing\b|^ ?so this is it<EOT>",
        "A plan with a time ('the plan is set for tonight', 'I already know how and when', 'ya"
        " se como y cuando'), 'so this is it' sent alone.",
    ),
    _suicide(
        "farewell_note_place",
        r"\b(?:left|leaving|deje|dejo) (?:a |my |the |una |mi |la )?(?:note|letter|letters|carta"
        r"|cartas|nota) (?:on|in|en|under) (?:the |la |el |my |mi )?(?:\w+ )?(?:table|desk|bed"
        r"|pillow|mesa|cama|escritorio|counter|dresser|buro|almohada)<END>|\b(?:make sure|tell)"
        r" (?:my )?\w+ (?:knows |know )?(?:that )?i (?:was|always was) proud of (?:him|her|them)\b"
        r"|\bque (?:estaba|estuve|siempre estuve) orgullos[oa] de (?:el|ella|ellos)\b"
        r"|\bperdon por todo\b[^.!?]{0,5}\b(?:los|las|te) (?:quiero|amo)\b",
        "A note left on the table, past-tense pride sent through someone, 'perdon por todo, los"
        " quiero': farewells.",
    ),
    _suicide(
        "voices_say",
        r"\b(?:thoughts|voices|they|it|my (?:mind|head|brain))\b[^.!?]{0,20}\b(?:say|says|saying"
        r"|tell|tells|telling) (?:me"
        r" )?(?:i should|to) (?:do it|end it|die|kill <SELF>|hurt <SELF>|jump|cut)\b|\bvoices?"
        r" (?:\S+ ){0,3}(?:dicen|me dicen) (?:que )?(?:me mate|me aviente|me tire|me corte)\b"
        r"|\bworried about"
        r" <SELF> (?:right now|tonight|today)\b",
        "Thoughts or voices saying I should do it, jump or cut; being worried about myself right"
        " now.",
    ),
)
