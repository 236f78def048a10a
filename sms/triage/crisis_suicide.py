"""Crisis rules: suicidal thoughts, intent, plans and farewells, passive wishes included.

A passive wish ("don't want to wake up", "better off without me") is treated as
crisis: a missed crisis is far worse than an extra page.
"""

from __future__ import annotations

from sms.triage.model import Rule


def _suicide(name: str, pattern: str, rationale: str, joined: bool = False) -> Rule:
    return Rule(f"crisis.suicide.{name}", "crisis", pattern, rationale, joined)


SUICIDE: tuple[Rule, ...] = (
    _suicide(
        "word",
        r"s(?:ui|iu|uy|ue|ooi)[cs]{1,2}(?:i|e|y|ie)?d|suc{1,2}(?:i|e|y|ie)?d",
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
        r"|(?:log|logging|check|checking|tap|tapping) (?:out|off) (?:for good|permanently|forever)",
        "Euphemisms from social media: unalive, sewer slide, self-delete, yeet myself.",
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
        r"\b(?:dont|do not|didnt|no longer|never|not|dont really|really dont) (?:want|wanna|wish"
        r"|feel like) (?:to )?(?:be here|be alive|live(?! (?:with|in|at|there|near|by|on|together"
        r"|alone|here))|exist|be around|go on|keep going|keep living|be on this earth|wake up"
        r"|be in this world|continue|breathe|do life)\b",
        "Not wanting to live, exist, be here or wake up.",
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
        r"|did not|never|dont) wake up\b|\bif i (?:just )?never woke up\b",
        "Going to sleep and never waking up.",
    ),
    _suicide(
        "no_reason",
        r"\b(?:no|not any|dont see (?:a|any|the)|cant see (?:a|any|the)|whats the|what is the"
        r"|lost (?:my|all)|there is no|theres no) (?:reason|point|purpose|will) (?:to|in|of"
        r"|for) (?:live|living|keep living|go on|going on|be alive|being alive|be here|life"
        r"|anything|any of this|keep going|exist|existing|try anymore|trying anymore)\b"
        r"|\bnothing (?:left )?to live for\b|\b(?:life|living) (?:is not|isnt|aint|is no longer|not"
        r"|no longer) worth (?:living|it)\b|\bnot worth living\b|\bwhats the point(?: of (?:it all"
        r"|anything|living|life|going on|trying))?(?: anymore)?<END>",
        "No reason or point in living.",
        joined=True,
    ),
    _suicide(
        "better_off",
        r"\b(?:better off|better|happier|easier|fine|okay|ok) (?:\w+ )?(?:without me|w ?o me|wo me"
        r"|when im gone|with me gone|once im gone|if im gone|after im gone|if i (?:was"
        r"|were) (?:gone|dead|not here|not around)|if i (?:wasnt|werent) (?:here|around|alive)"
        r"|if i (?:just )?(?:died|disappeared|didnt exist|never existed|was never born"
        r"|killed <SELF>))|\bbetter off if i (?:\w+ ){0,2}(?:gone|dead|disappear\w*|died)"
        r"|\bif i (?:just )?(?:disappeared|died|was gone|were gone|wasnt (?:here|around)"
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
        r"|it all))?<END>|\bgive up on (?:life|living|everything)\b|\b(?:want|need) (?:it|this"
        r"|everything|the pain) (?:all )?to (?:be over|end|stop)\b|\bi (?:just |really )?(?:cant"
        r"|can not|cannot) (?:anymore|any more|no more|do it anymore)<END>",
        "Cannot go on; giving up; wanting it all to end.",
        joined=True,
    ),
    _suicide(
        "way_out",
        r"\b(?:only|no|another|easy|dont see (?:a|any)|cant see (?:a|any)|there is no"
        r"|theres no) way out\b|\bno (?:tengo|hay|veo|le veo) (?:otra )?salida\b"
        r"|\bsiento que no (?:hay|tengo) salida\b|\bhow (?:much )?longer i can (?:hold on"
        r"|keep going|do this|take (?:it|this))\b|\bcant hold on (?:much )?longer\b",
        "Seeing no way out (or death as the only one); not holding on much longer.",
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
        r"|\bwont be (?:around|here)(?: (?:anymore|much longer|for long))?<END>"
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
        r"|wanna) (?:to )?end (?:it|everything|things|my suffering|the pain)\b|\bending it\b",
        "Ending it, said of oneself.",
    ),
    _suicide(
        "disappear",
        r"\b(?:want|wanna|wish i could|wish to|just want to|going to|gonna"
        r"|should) (?:to )?(?:just )?disappear(?: forever| for good| for ever)?\b"
        r"|\bdisappear(?:ed)? forever\b",
        "Wanting to disappear.",
    ),
    _suicide(
        "farewell",
        r"\bthis is (?:my )?goodbye\b|\bgoodbye (?:forever|everyone|everybody|world|cruel world"
        r"|for good|all)\b|\b(?:final|last) goodbye\b|\bsaying goodbye to (?:everyone|everybody"
        r"|you all|yall|the world|all of you)\b|\b(?:wrote|writing|left|leaving|finished) (?:a |my "
        r"|the )?(?:suicide )?(?:note|notes|letters?) (?:for|to) (?:everyone|everybody|my|you|them"
        r"|the)\b|\btell (?:my )?(?:kids|children|family|mom|mother|dad|daughter|son|wife|husband"
        r"|sister|brother|everyone|them|her|him) (?:that )?i (?:love|loved|am sorry|m sorry)"
        r"|\bsorry for everything(?:<END>|\b(?=.{0,40}\blove\b))|\bforgive me for (?:this"
        r"|what im about to)|\b(?:tonights|tonight is|today is|todays) the (?:night"
        r"|day)\b(?=.*\b(?:goodbye|bye|love you|sorry|forgive)\b)|\bwont be (?:around|here"
        r"|alive) (?:much longer|for long|anymore|any more|tomorrow|by (?:tomorrow|morning|monday"
        r"|the weekend))|\bgiving away (?:all )?(?:of )?my (?:stuff|things|belongings|clothes"
        r"|possessions)|\bwont need (?:it|them|this|anything|my stuff) (?:where im going"
        r"|after tonight|anymore)|\b(?:goodbye|suicide|farewell|last) (?:letter|letters|note"
        r"|notes)\b|\bmy last (?:text|message|goodbye)\b|\blove (?:you|u|yall|you all"
        r"|everyone)(?: all| so much| guys)? (?:goodbye|bye)<END>|\bbye forever\b",
        "Goodbyes, notes, giving things away: signs of a plan.",
    ),
    _suicide(
        "method",
        r"\bnoose\b|\b(?:the|a|my) rope (?:is )?(?:ready|up|tied|around)|\b(?:have|got|bought|tied"
        r"|tying|found) (?:the |a |some )?(?:rope|noose)\b|\bjump(?:ing)? (?:off|from|of) (?:a "
        r"|the |this |that |my )?(?:\w+ )?(?:bridge|roof|rooftop|building|garage|cliff|balcony"
        r"|overpass|window|ledge|tower)|\b(?:jump|step|walk|lay|lie)(?:ing)? (?:in front of|into"
        r"|onto) (?:a |the )?(?:train|bus|truck|traffic|car|subway|tracks)|\b(?:standing|sitting|im"
        r"|i am|i m) on (?:the|a|this) (?:edge|ledge|bridge|roof|rooftop|tracks|train tracks"
        r"|railing)|\bdriv(?:e|ing) (?:my car )?(?:into|off|of) (?:a |the )?(?:oncoming )?(?:wall"
        r"|tree|bridge|cliff|pole|river|lake|ocean|overpass|truck|traffic)"
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
        r"|my) (?:gun|pistol) is loaded|(?:^|\bi |\bive |\bjust )bought a (?:gun|pistol|rifle"
        r"|shotgun)\b|\b(?:the |my |all the |all my |these |those )?(?:pills|meds|bottle|razor"
        r"|blade|gun|knife|rope) (?:are |is )?(?:in my hand|in front of me|lined up|counted out)"
        r"|\b(?:engine|car) (?:is )?running (?:in|inside) (?:the|my) garage|\bcarbon monoxide\b"
        r"|\bcharcoal (?:in|inside) (?:the|my) (?:room|car|bathroom)|\bload(?:ed"
        r"|ing)? (?:\w+ ){0,2}(?:gun|pistol|rifle|shotgun)\b|\b(?:about to|going to|gonna|ready to"
        r"|want to|wanna) jump<END>|\b(?:take|taking|took|swallow\w*) them all\b|\b(?:im"
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
        r"|hopeless|not worth it)\b|\bi (?:just )?want out<END>|\bwant out of (?:this life|life"
        r"|this world)\b|\bno (?:hope|reason) left\b|\blost all hope\b|\b(?:should"
        r"|deserve to) (?:just )?(?:die|be dead)\b|\bif i (?:live|lived) or (?:die|died)\b"
        r"|\bwaste of (?:space|air|oxygen|life|skin)\b|\bleave this world\b",
        "Hopelessness: done with life, no hope left, deserving to die.",
        joined=True,
    ),
    _suicide(
        "someone_else",
        r"\b(?:kill|killed|killing|shot|shoot|shooting|hang|hanged|hanging|hung|cut|cutting|hurt"
        r"|hurting|harm|harming|stab|stabbed|poison|poisoned|off|offed|end|ending) (?:him ?self"
        r"|her ?self|them ?selves|them ?self|their ?self)\b|\bslit (?:his|her|their) (?:wrists?"
        r"|throat)",
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
        r"|\btengo un plan para (?:matarme|morir|suicidarme|quitarme)",
        "A plan and the means; going to do it tonight.",
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
        r"|living|life)\b|\b(?:the )?pain is too much\b|\btoo much pain\b|\bmake it (?:all )?stop\b"
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
        r"|my decision|god)\b|\bat peace with my decision\b|\b(?:will|gonna"
        r"|going to) (?:all )?be over soon\b|\b(?:soon )?(?:it|nothing) (?:wont|will not"
        r"|will no longer) matter\b|\bwont be a (?:problem|burden) (?:much longer|anymore"
        r"|for long)\b|\b(?:wont|will not|dont|never) (?:have to|need to"
        r"|gotta) worry about me (?:anymore|again|much longer|ever again)\b|\b(?:cant|can not"
        r"|cannot|dont|do not) see (?:a|any) (?:future|way forward)\b|\bno future for me\b"
        r"|\bnothing left (?:for me|to live for)\b|\bnot meant to be (?:here|alive)\b"
        r"|\bi was a mistake\b|\blife is (?:too )?(?:hard|painful|much) to (?:keep|go on|bear)"
        r"|\blife is too (?:hard|painful|much)<END>|\bdone with (?:everything|it all)<END>"
        r"|\bfade away\b|\bvanish (?:forever|for good)\b|\bcease to exist\b"
        r"|\bfinally (?:be )?at peace\b|\btired of everything<END>|\b(?:using|use|shoot up"
        r"|shooting up) alone\b(?=.*\b(?:fent\w*|heroin|dope|dont care|tonight|scared)\b)",
        "Signs of an ending: my funeral, made peace with everyone, no need to worry about me.",
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
        r"|ing) up(?: on (?:life|everything|<SELF>))?<END>|\b(?:cant|can not|cannot) handle (?:this"
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
        r"\b(?:ive |i have |i )?made (?:up )?my (?:mind|decision)<END>|\bmy (?:decision|mind) is"
        r" made\b|\bknow what i (?:have|need|got) to do<END>|^its time<END>|\b(?:tonights|tonight"
        r" is) the night<END>|\beverything i need to (?:do it|end it|go through with it)\b|\b(?:no"
        r" one|nobody) (?:can|is going to|will) stop me\b|\b(?:dont|do not) (?:try to )?stop me\b"
        r"|\b(?:im|i am) at peace now\b|^(?:i )?(?:im|i am) ready<END>",
        "The decision made: 'I know what I have to do', 'don't try to stop me', 'it's time'.",
    ),
    _suicide(
        "not_here_tomorrow",
        r"\b(?:not|wont|will not|aint) (?:gonna |going to )?(?:be (?:here|around|alive) (?:tomorrow"
        r"|by (?:morning|tomorrow)|much longer|after tonight)|make it (?:through )?(?:the night"
        r"|tonight|today|till morning|to tomorrow))\b|\b(?:dont|do not) think (?:ill|i will|i can"
        r"|i m going to|im going to|im gonna) (?:make it|be here|be alive|survive"
        r"|last) (?:through )?(?:tonight|the night|till morning|much longer|another day)\b",
        "Not expecting to be alive tomorrow.",
    ),
    _suicide(
        "do_something",
        r"\b(?:going to|gonna|might|about to|want to|could|scared (?:i|im|ill) (?:will|might"
        r"|m going to|gonna)?|afraid (?:i|im|ill) (?:will|might|m going to|gonna)?|afraid ill"
        r"|scared ill|ill) ?(?:do|doing) something (?:stupid|bad|drastic|dumb|crazy"
        r"|i cant take back|to <SELF>)\b|\bdo something to <SELF>\b|\btired of (?:fighting"
        r"|being (?:me|alive|here))\b|\b(?:voices|voice) (?:are |is )?(?:telling|tell"
        r"|told) me to (?:hurt|kill|die|jump|end)",
        "Afraid of doing something to oneself; voices telling them to.",
    ),
    _suicide(
        "euphemism_more",
        r"\bsix feet under\b|\b(?:eat|swallow) (?:a|my) (?:bullet|gun)\b|\bout of my misery\b"
        r"|\bpermanent solution\b|\bgame over for me\b|\bnot long for this world\b|\b(?:be with"
        r"|join) (?:him|her|them|my (?:\w+ )?(?:mom|mother|dad|father|brother|sister|son|daughter"
        r"|baby|grandma|grandpa|friend|husband|wife)) (?:in heaven|again|soon|up there)\b"
        r"|\bsee (?:him|her|them|my \w+) (?:in heaven|on the other side) soon\b"
        r"|\bgoodbye (?:message|post|video|text|letter)\b|\bend (?:the|my) (?:suffering"
        r"|pain) for good\b",
        "More euphemisms: six feet under, out of my misery, joining someone in heaven.",
    ),
    _suicide(
        "want_to_die_es",
        r"\bme (?:<QUIERO>|voy a|vo a|boy a) (?:morir|mori|morri)\b|\b(?:<QUIERO>|deseo|quisiera"
        r"|prefiero|ojala|ganas de) (?:morir|morirme|estar muert[oa]|no existir|no despertar"
        r"|no vivir|desaparecer)|\bmorirme\b|\bme muero\b|\bmejor muert[oa]\b|\bestar muert[oa]\b"
        r"|\bojala (?:me muera|me muriera|estuviera muert[oa]|no despierte|no despertara"
        r"|no despertar|no despertarme)|\bno <QUIERO> despertar|\bno despertar (?:nunca|mas|manana)"
        r"|\bdormir para siempre|\bdesaparecer para siempre|\b(?:dormir|dormirme"
        r"|acostarme) y no (?:volver a )?despertar",
        "Spanish: wanting to die or not wake up (me quiero morir, ojala no despertar).",
        joined=True,
    ),
    _suicide(
        "kill_self_es",
        r"\b(?:me (?:<QUIERO>|voy a|vo a|puedo|pienso|voy) matar|matarme|quitarme la vida"
        r"|quitarse la vida|me quito la vida|me voy a quitar la vida|(?:acabar|terminar|acabo"
        r"|termino|acabe|termine) con (?:todo|mi vida|esta vida|mi existencia))\b|\b(?:mejor|ya|hoy"
        r"|juro que|y) me mato\b",
        "Spanish: killing oneself or ending it all (matarme, quitarme la vida, acabar con todo).",
        joined=True,
    ),
    _suicide(
        "not_live_es",
        r"\b(?:ya )?no (?:<QUIERO>|deseo|quisiera|puedo|tengo ganas de) (?:seguir )?(?:vivir"
        r"|viviendo|existir|estar aqui|estar aca|estar vivo|estar viva|seguir aqui|seguir aca)\b"
        r"|\bno vale la pena (?:vivir|seguir|la vida|estar vivo|estar viva)"
        r"|\bla vida no vale la pena|\bnada (?:por|para) (?:que|lo que) vivir|\bno tengo (?:razon"
        r"|razones|motivo|motivos) para vivir|\bsin razon para vivir|\bcansad[oa] de vivir"
        r"|\b(?:la vida|vivir|mi vida|nada) (?:ya )?no tiene (?:sentido|caso)\b|\bnada vale la pena"
        r"|\bno vale la pena nada|\bno <QUIERO> seguir<END>|\b(?:irme|irse|ir|salir"
        r"|dejar) (?:de )?este mundo\b|\bno le (?:encuentro|veo) (?:sentido|caso) a (?:la vida"
        r"|vivir|nada|seguir)\b|\bperdi (?:toda )?la esperanza|\bsin esperanza\b",
        "Spanish: not wanting to live (ya no quiero vivir, no vale la pena vivir).",
        joined=True,
    ),
    _suicide(
        "cant_go_on_es",
        r"\b(?:ya )?no (?:puedo|aguanto|soporto) (?:mas|ya)\b|\bno puedo (?:seguir"
        r"|continuar)(?: asi| viviendo)?\b|\bme rindo\b|\bno (?:puedo mas|aguanto|soporto"
        r"|puedo) con (?:la|esta|mi) vida|\bno (?:aguanto|soporto) (?:esta|mi|la) vida",
        "Spanish: cannot go on (ya no puedo mas, me rindo).",
    ),
    _suicide(
        "better_off_es",
        r"\b(?:estarian|estaria|estaran|estara|vivirian|serian|seria|seran"
        r"|sera) (?:\w+ )?mejor (?:sin mi|si (?:yo )?(?:no (?:estuviera|existiera|estoy|existo)"
        r"|me muero|me muriera|muero|desaparezco|desapareciera|me voy|no despierto))"
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
        r"|se termine|acabe)\b|\btodo (?:listo|preparado) para (?:irme(?! de)|morir|acabar"
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
        r"\bdejar de sufrir\b|\bmejor no despertar\b|\bme canse de (?:vivir|la vida|todo|existir)\b"
        r"|\bque (?:me lleve|me recoja) dios\b|\birme con dios\b|\bojala me (?:atropell\w*|mate"
        r"|matara|muriera|muera)\b|\bpensamientos (?:oscuros|feos|de muerte|suicidas)\b",
        "Spanish plain words: dejar de sufrir, me canse de vivir, que me lleve dios.",
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
        r"|seguir)\b|\bsin salida\b|\b(?:tengo|y) un plan<END>",
        "Spanish plain distress: no quiero seguir luchando, sin razones para vivir, sin salida.",
    ),
    _suicide(
        "more_es",
        r"\bno tiene (?:caso|sentido) (?:seguir|vivir)\b|\bmi vida no vale (?:nada|la pena)\b"
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
        r"|\bleap (?:off|from)\b|\bthrow <SELF> (?:off|in front of|from|under)\b|\b(?:going to"
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
        r"|trates) de detenerme\b|\besta noche es la noche\b|\bya estoy list[oa]<END>|\bya es"
        r" hora<END>",
        "Spanish: the decision made (ya lo decidi, nadie me va a detener).",
    ),
    _suicide(
        "not_here_tomorrow_es",
        r"\bya no (?:voy a|vaya a) (?:estar|seguir) (?:aqui|aca|viv[oa]|con ustedes)\b"
        r"|\bno (?:voy a|creo) (?:llegar|pasar de|aguantar) (?:a |hasta )?(?:manana|esta noche"
        r"|la noche)\b|\b(?:voy a|puedo|miedo de|quiero) hacer (?:una )?(?:tonteria|locura"
        r"|algo malo|algo de lo que)\b|\bperdon(?:enme|ame)\b.{0,30}\b(?:los|las|te) (?:quiero"
        r"|amo)\b",
        "Spanish: not being here tomorrow, fearing doing something, farewells.",
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
        r"\bme despido de (?:todos|ustedes|todo|ti|la vida)|\badios (?:a todos|para siempre|mundo)"
        r"|\besto es (?:un )?adios|\bdiganle a (?:mis hijos|mi familia|mi mama|mi hija"
        r"|mi hijo) que (?:los|la|lo) (?:quiero|amo)|\bperdonenme por todo"
        r"|\bhoy es el dia(?=.*\b(?:adios|me despido|perdon|los quiero|los amo)\b)",
        "Spanish: goodbyes (me despido de todos, adios para siempre).",
    ),
    _suicide(
        "method_es",
        r"\b(?:tirarme|aventarme|lanzarme|arrojarme|me voy a (?:tirar|aventar|lanzar)) (?:del|de la"
        r"|de un|de una|desde|al|a las?|por la|frente al) (?:\w+ )?(?:puente|edificio|techo|azotea"
        r"|balcon|ventana|metro|tren|vias?|carretera|precipicio|barranco|rio|camion|autos?|carros?)"
        r"|\b(?:ahorcarme|colgarme|me voy a (?:ahorcar|colgar)|me quiero (?:ahorcar|colgar))\b"
        r"|\b(?:pegarme|darme|meterme) un tiro\b|\bdispararme\b|\bcortarme las venas"
        r"|\bme voy a cortar las venas|\bla soga (?:lista|esta lista)|\btengo (?:la|una) soga"
        r"|\b(?:pegar|dar|meter)(?:me)? un tiro\b|\b(?:las pastillas|la pistola|el cuchillo"
        r"|la navaja|la soga|el arma) (?:\w+ )?(?:en la mano|listas?|aqui conmigo)",
        "Spanish: a method (tirarme del puente, ahorcarme, pegarme un tiro).",
    ),
)
