"""Relapse (reported recent own use) and craving (strong urges) rules.

The check-in flow acts on `relapse`; `craving` lets counselors see urges.
"""

from __future__ import annotations

from sms.triage.model import Rule

# "used to", "used the", "a drink of water" are ordinary English, not a report of use; but
# "this morning", "that night" are times, not objects ("shot up this morning" is use), and a
# person after "my" is not what was used: the comma went missing ("I used, my sponsor knows").
NOT_USE = (
    r"(?!\s+(to|the|it|a|an|that|this)\b(?!\s+(morning|afternoon|evening|night|weekend|week|past"
    r"|time|month|year)\b))(?!\s+(my|your|our|his|her)\b(?!\s+(\w+\s+)?(sponsor|counselor|mom"
    r"|mother|dad|father|wife|husband|girlfriend|boyfriend|partner|family|son|daughter|sister"
    r"|brother|roommate|boss|therapist|doctor|parents|kids)\b))(?!\s+of\s+(water|coffee|tea|juice"
    r"|soda|milk))"
)
USE = (
    r"(used|use[d]? again|relapsed|slipped|got high|got drunk|drank|was drinking|smoked|shot up"
    r"|took (some|a few)? ?(pills|hits)|picked up|had a drink|had a few drinks)" + NOT_USE
)
SUBSTANCE = (
    r"(?:lines?|bowls?|joints?|blunts?|hits?|bumps?|weed|crack|meth|coke|cocaine|heroin|dope|fent"
    r"|fentanyl|pills|xanax|xans|bars|oxys?|percs|beers?|shots?|drinks?|wine|vodka|whiskey|tequila"
    r"|liquor|alcohol|booze|molly|acid|speed|ice|crystal|rocks?|pint|fifth|bottle|six pack|tallboy"
    r"|forty|dabs?|cart|kratom|spice|benzos?|pipe|bong|rig|needle|percocets?|opiates?|opioids?"
    r"|ketamine|shrooms|edibles?|pills?|tall ?cans?|cans|tallboys?|tall boys|40s|handle|dab pens?"
    r"|vapes?|bumps?|<SLANG>)"
)

RELAPSE: tuple[Rule, ...] = (
    Rule(
        "relapse.use.first_person",
        "relapse",
        rf"\b(i|ive|i have|i just|just|last night i|yesterday i|today i)\s+{USE}\b",
        "First-person report of recent use.",
    ),
    Rule(
        "relapse.use.named",
        "relapse",
        r"\b(relapsed|relapse[d]? again|had a relapse|slipped up)\b",
        "Names a relapse or slip directly.",
    ),
    Rule(
        "relapse.use.recent_time",
        "relapse",
        rf"\b{USE}\b.*\b(last night|yesterday|today|this morning|again|earlier|tonight"
        rf"|this (?:afternoon|evening|weekend)|last weekend|over the weekend|the other (?:night"
        rf"|day)"
        rf"|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?|sat night|fri night"
        rf"|at the party|all weekend)\b",
        "Use with a recent time (yesterday, earlier, Saturday night, over the weekend).",
    ),
    Rule(
        "relapse.use.implied_subject",
        "relapse",
        rf"\b(?:(?<=^)|(?:and|then|so|but) )(?:just )?(?:used|relapsed|drank|slipped|smoked"
        rf"|picked up|got high|got drunk|got wasted|shot up|using again|drinking again|dabbed"
        rf"|vaped|popped"
        rf"|snorted|railed|sniffed|tweaked|got loaded|got lit|got faded|got blasted|got hammered"
        rf"|got twisted|got smashed){NOT_USE}\b",
        "Use reported without a subject ('used again', 'and drank', 'dabbed yesterday').",
    ),
    Rule(
        "relapse.use.substance",
        "relapse",
        rf"\b(?:smoked|drank|snorted|shot up|injected|popped|took|did|had|copped|scored|sniffed"
        rf"|railed|hit) (?:like |about |around )?(?:a |some |a few |a couple(?: of)? |two |three "
        rf"|\d+ |an |more |half a |a whole |a bottle of |a pint of |a fifth of |a line of "
        rf"|a hit of |the )?{SUBSTANCE}\b",
        "Took, smoked or drank a named substance.",
    ),
    Rule(
        "relapse.use.intoxicated",
        "relapse",
        r"\b(?:im|i am|i m|i was|got|im getting|been|still) (?:so |really |pretty |very |super "
        r"|kinda |a little |too |completely |absolutely |proper |totally |fully |well )?(?:high"
        r"|drunk|wasted|hammered|buzzed|faded|blitzed"
        r"|trashed|stoned|tipsy|smashed|plastered|zooted|geeked|tweaking|nodding|loaded(?! (?:with"
        r"|up"
        r"|onto|into|on))|blasted|twisted|sloshed|wrecked|messed up|fucked up)\b|\bblacked out\b"
        r"|\bhung ?over\b|\b(?:estoy|ando|amaneci) (?:bien |muy )?(?:crud[oa]|con resaca"
        r"|con cruda)\b|\b(?:tengo|traigo|con|me mato|me esta matando|me pego) (?:una |la "
        r"|tremenda "
        r"|mucha |un )?(?:cruda|resaca|guayabo|chuchaqui|raton)\b|\b(?:despues de|de|en) la"
        r" peda\b",
        "Says they are or got high or drunk (loaded, twisted), or hungover (cruda, resaca, after"
        " la peda).",
    ),
    Rule(
        "relapse.use.again",
        "relapse",
        r"\b(?:using|drinking|smoking|shooting up|snorting|started using|started drinking) (?:again"
        r"|all day|all night|all week|every day|all weekend|the whole weekend|for days|all month"
        r")\b|\b(?:using|drinking)\b.{0,30}\bback at it\b|\bbeen (?:using|drinking|getting high"
        r"|smoking (?:weed|crack|meth))\b",
        "Using or drinking again, or for a while.",
    ),
    Rule(
        "relapse.use.lost_time",
        "relapse",
        r"\bback to day (?:1|one|0|zero)\b|\bday (?:1|one) again\b|\blost (?:my )?(?:clean|sober"
        r"|sobriety)(?: (?:time|date|days|streak))?\b|\breset (?:my )?(?:date|clock|sobriety"
        r"|clean date|sober date)\b|\bbroke (?:my )?(?:sobriety|streak|clean streak)"
        r"|\b(?:blew|ruined|threw away|wasted|ended) (?:my )?(?:sobriety|streak|clean streak"
        r"|clean time"
        r"|sober time|clean date|sober date|\d+ days)\b|\b(?:otra vez|de nuevo|volvi al|vuelta al"
        r"|regrese al) (?:en el )?dia (?:1|uno|cero|0)\b"
        r"|\bmy (?:sobriety|clean|sober|clean time|sober time)(?: streak| date| time| days| run)?"
        r" (?:ended|is over|broke|is gone|got reset|reset|is back to (?:0|zero|1|one))\b"
        r"|\bfell off the wagon\b|\bi (?:slipped|caved|gave in)\b|\b(?:messed|screwed"
        r"|fucked) up (?:and|&) (?:drank|used|smoked|got high|picked up|had a drink)",
        "Lost (blew, ruined) clean time, back to day one (otra vez dia uno), slipped.",
    ),
    Rule(
        "relapse.use.first_person_es",
        "relapse",
        r"\b(consumi|recai|tome|bebi|me drogue|me emborrache|volvi a (tomar|beber|consumir"
        r"|usar))\b|\buse (?:otra vez|de nuevo|anoche|ayer|hoy|el (?:finde|fin|sabado|domingo"
        r"|viernes)|esta manana)\b|\bme dio por (?:tomar|beber|fumar|consumir|drogarme)\b"
        r"|\bme (?:acabe|termine) (?:el|la|una|un|toda la|todo el|las|los) (?:\w+ )?(?:vino|botella"
        r"|cerveza|cervezas|tequila|mezcal|ron|six|caguama|caguamas|litro|pomo|garrafa|chelas)\b",
        "Spanish first-person report of recent use ('use otra vez', 'me dio por tomar', 'me"
        " acabe el vino').",
    ),
    Rule(
        "relapse.use.more_es",
        "relapse",
        r"\b(?:estoy|ando|andaba|estaba|quede|me puse) (?:bien |muy |super |medio |re "
        r"|un poco )?(?:<DRUNK_ES>|crud[oa])\b|\b(?:fume|me fume|me meti|inhale|esnife"
        r"|me eche) (?:\w+ )?(?:mota|marihuana|crack|cristal|piedra|hierba|coca|cocaina|perico"
        r"|heroina|chiva|una linea|unas lineas|un toque|un porro|un gallo|un churro|fentanilo"
        r"|un faso|unos fasos|un phillie|un philly|un blunt|un peta|un canuto|un porrito"
        r"|pastillas|cervezas?|unos tragos|un trago|unas copas|una copa|alcohol|tequila|mezcal|vino"
        r"|vodka|whisky|ron|chelas?|caguamas?|pisto|birras?)\b|\bme inyecte\b|\bvolvi a (?:fumar"
        r"|drogarme|inyectarme|caer|recaer|meterme)\b|\bperdi (?:mis dias|mi sobriedad"
        r"|mis dias limpios|mi tiempo limpio|mi racha)|\bvolvi a (?:empezar de cero|cero)"
        r"|\bde vuelta al dia (?:1|uno)|\bme (?:di|pegue|eche|meti|jale|aspire|tire|fume) (?:un"
        r"|unos"
        r"|una|unas|dos|tres|mis) (?:pases?|rayas?|lineas?|toques?|tiros?|jalones?|tragos?"
        r"|pericazos?|fumadas?|caladas?|pipazos?|pastillas?|chelas?|cervezas?|copas?)\b",
        "Spanish: drunk or high, used a named substance or a dose of one (me pegue unos pases),"
        " lost clean days.",
    ),
)

RELAPSE += (
    Rule(
        "relapse.use.more",
        "relapse",
        r"\b(?:went on a|been on a) (?:bender|binge|run)\b|\bbinge (?:drank|drinking)\b|\b(?:killed"
        r"|finished|polished off|downed|crushed|went through) (?:a|the|half a|a whole|an entire|my)"
        r" (?:bottle|fifth|pint|handle|12 pack|twelve pack|case|six pack|6 pack|box of wine"
        r"|liter)\b"
        r"|\b(?:im"
        r"|i am|i m) on something\b|\bnot sober (?:right now|anymore|tonight)\b"
        r"|\blost my \d+ days?\b|\bback on (?:the )?(?:pills|dope|meth|booze|bottle|sauce|drugs"
        r"|heroin|coke|crack|fent)\b|\bfell off(?: again)?<END>|\bcaved\b|\bi (?:messed|screwed"
        r"|fucked) up (?:last night|again|yesterday|this weekend)\b",
        "A bender, killed a bottle, back on pills, lost my 90 days, messed up last night.",
    ),
    Rule(
        "relapse.use.now",
        "relapse",
        r"\b(?:im|i am|i m) (?:drinking|using|smoking|getting high|drunk|high) (?:right now|rn"
        r"|tonight|now)\b|\b(?:had|drank|downed) (?:a|another) glass of (?:wine|whiskey|vodka|rum"
        r"|tequila)\b|\bbought (?:a|another) (?:bottle|bag|gram|pint|fifth|six pack|case|8 ball)\b"
        r"|\bended up (?:drinking|using|getting high|smoking|drunk)\b|\b(?:had|drank|took"
        r"|did) (?:too many|so many|a lot of|lots of|way too many) (?:drinks|beers|shots|pills"
        r"|lines)\b|\bgot lit\b|\b(?:ando|estoy) (?:tomando|bebiendo|consumiendo|drogandome"
        r"|fumando) (?:ahorita|ahora|otra vez|de nuevo)?\b|\bperdi mis \d+ dias\b"
        r"|\brompi mi sobriedad\b|\bme di un (?:toque|pase|jalon|trago|pericazo)\b",
        "Drinking or using right now, a glass of wine, bought a bottle, ended up drinking.",
    ),
    Rule(
        "relapse.use.more_2",
        "relapse",
        r"\b(?:took|popped|stole|snorted) (?:some|a few|one|two|three|four|a couple|\d+) of (?:my"
        r"|his"
        r"|her|their) (?:\w+ )?(?:pills|meds|xanax|oxy|percs|adderall|<PILLS>)\b|\b(?:pills"
        r"|pastillas"
        r"|meds) (?:that |que )?(?:werent|were not|wasnt|no (?:eran|son|estaban)) (?:mine|mias"
        r"|prescribed to me|recetadas|para mi|for me)\b"
        r"|\bhad (?:a few|a couple|one|some)(?: (?:last night|tonight|yesterday|today"
        r"|at the party))?<END>|\bvolvi a las andadas\b|\bcai en la tentacion\b|\bme fui de (?:peda"
        r"|parranda|fiesta) y\b|\bhe estado (?:tomando|bebiendo|consumiendo|usando|drogandome)\b",
        "Took some (or two) of mom's pills, pills that weren't mine, had a few last night;"
        " Spanish: volvi a las andadas.",
    ),
    Rule(
        "relapse.use.plain",
        "relapse",
        r"\bwent back to (?:drinking|using|the bottle|pills|getting high|smoking)\b|\b(?:didnt"
        r"|did not|couldnt) stay (?:sober|clean)\b|\b(?:had|drank) one (?:beer|drink|shot|glass)\b"
        r"|\b(?:im|i am) not sober<END>|\bestuve (?:tomando|bebiendo|consumiendo|fumando"
        r"|drogandome)\b",
        "Went back to drinking, didn't stay sober, had one beer.",
    ),
    Rule(
        "relapse.use.plain_2",
        "relapse",
        r"\bwent out drinking\b|\bpartied (?:hard|all night|all weekend)\b|\bdrank a (?:40|forty"
        r"|fifth|pint|handle)\b|\b(?:fui|sali) a (?:tomar|beber|pistear|chupar)\b|\bme (?:empede"
        r"|pase de copas|puse pedo)\b",
        "Went out drinking, partied all night; Spanish: sali a tomar, me pase de copas.",
    ),
    Rule(
        "relapse.use.substance_time",
        "relapse",
        r"\b(?:vodka|whiskey|tequila|beer|beers|wine|meth|heroin|fentanyl|coke|crack|xanax|dope"
        r"|weed|alcohol|booze|liquor|cerveza|cervezas|mota|cristal|coca|oxys?|percs|fent|xans"
        r"|benzos|molly|kratom|<SLANG>) (?:again"
        r"|last night|yesterday|this morning|anoche|ayer|otra vez|de nuevo|esta manana)\b"
        r"|\b(?:(?<=^)|\. )(?:pills|pastillas|drinking|using|tomando|bebiendo) (?:again|otra vez"
        r"|de nuevo)"
        r"(?: \. (?:oxys?|percs|xanax|xans|bars|fent|dope|heroin|meth|coke|crack|weed|beer|vodka"
        r"|<SLANG>))?(?: \. (?:sorry|lo siento|perdon|i know|ya se))?<END>",
        "A substance named with a recent time ('vodka last night', 'cerveza anoche'), or a"
        " clipped report that starts with it ('pills again. oxy. sorry').",
    ),
    Rule(
        "relapse.use.more_es_2",
        "relapse",
        r"\bse me pasaron (?:las copas|los tragos)\b|\b(?:volvi a caer|cai otra vez|cai de nuevo)\b"
        r"|\bme meti algo\b|\buse (?:drogas|cristal|coca|heroina|pastillas|metanfetamina|fentanilo"
        r"|mota)\b|\bempece a (?:tomar|beber|consumir|usar|drogarme) (?:otra vez|de nuevo)\b",
        "Spanish: se me pasaron las copas, cai otra vez, use cristal.",
    ),
)

CRAVING: tuple[Rule, ...] = (
    Rule(
        "craving.urge.named",
        "craving",
        r"\bcrav(?:e|es|ed|ing|ings|in)\b|\burges?\b|\bjones(?:ing|in)\b|\bfien(?:d|ding|din)\b"
        r"|\bfeen(?:ing|in)\b|\bitchin(?:g)? (?:to|for)\b|\btempted\b|\btemptation\b|\bantojo\b"
        r"|\bse me antoja\b|\btentad[oa]\b|\btentacion\b|\bansiedad (?:por|de) (?:consumir|tomar"
        r"|beber|usar|drogarme|fumar|<DRINK_ES>|<DRUG_ES>)\b",
        "Names a craving, urge or temptation.",
    ),
    Rule(
        "craving.urge.want",
        "craving",
        r"\b(?:want|wanna|wants|wanted|need|needs|needed|could use|could really use|dying for"
        r"|kill for|would love|gotta have|just want|miss|missing) (?:to )?(?:a |some |one "
        r"|just one |a cold |a quick |a little |another )?(?:drink|drank|beers?|hit|line|bump|fix"
        r"|high|drunk|buzz|bowl|joint|blunt|shot|shots|pills?|xanax|bars?|dope|fent|smoke|use|using"
        r"|get high|get drunk|get lit|get wasted|get loaded|get messed up|get fucked up|score|cop"
        r"|relapse|pick up|drinking|getting high|getting drunk|being high|being drunk|the high"
        r"|a taste|wine|vodka|whiskey|liquor|booze|weed|coke|meth|crack|heroin|oxy|percs"
        r"|something to take the edge off|shoot up(?! the)|snort|inject|dab|get loaded|do a line"
        r"|hit the pipe"
        r"|go out drinking|<SLANG>)\b|\b(?:want|wanna|need) (?:to )?(?:go )?buy<END>"
        r"|\b(?:just )?one (?:drink|beer|hit|line|pill|bump|shot) (?:wont|will not|couldnt|cant"
        r"|wouldnt) hurt\b",
        "Wanting or needing a drink, a hit, to use.",
    ),
    Rule(
        "craving.urge.thinking",
        "craving",
        r"\b(?:thinking|thought|think|thinkin|obsessing|dreaming|fantasizing) (?:about|of|abt"
        r"|bout) (?:\w+ ){0,2}(?:using|drinking|getting high|getting drunk|pills|a drink|drinks"
        r"|beers?|dope|heroin|fent|meth|coke|crack|weed|xanax|bars|relapsing|picking up|my dealer"
        r"|the bar|the liquor store|vodka|wine|liquor|booze|shooting up|a hit|the high)\b",
        "Can't stop thinking about using or drinking.",
    ),
    Rule(
        "craving.urge.close_call",
        "craving",
        r"\b(?:close to|about to|almost|nearly|so close to|bout to|gonna|going to|ready to"
        r"|on my way to|headed to|driving to|walking to) (?:\w+ )?(?:use|using|used|drink|drinking"
        r"|drank|pick up|picked up|picking up|relapse|relapsed|relapsing|cop|score|call my dealer"
        r"|called my dealer|text my dealer|texted my dealer|the liquor store|the bar|my dealers"
        r"|get high|get drunk|caved|cave|give in|gave in|bought|buy|buying|ordered|order|copped"
        r"|scored|walked in|went in|go in)\b",
        "About to use, almost used, almost bought, heading to buy.",
    ),
    Rule(
        "craving.urge.dealer_place",
        "craving",
        r"\bmy (?:old )?(?:dealer|plug|connect)s?\b|\b(?:dealer|plug) (?:texted|called|hit me up"
        r"|messaged|reached out|keeps)|\b(?:outside|at|in|near|parked at|parked outside|sitting in"
        r"|standing in|walking into|in front of) (?:the |a )?(?:liquor store|bar|dispensary"
        r"|trap house|package store|licoreria|cantina|tienda de licores|offy|offie|off licence"
        r"|off license|bottle shop|packie|abc store|beer store)\b|\b(?:outside|at|near|parked at"
        r"|parked outside|sitting outside|in front of|drove past|drove by|walked past) my old"
        r" (?:spot|corner|block|trap|hangout|bar|dealers?|plugs?)\b|\b(?:afuera de|fuera de"
        r"|enfrente de|frente a|cerca de|en|parad[oa] en|estacionad[oa] en|pase por|pasando por"
        r"|pasar por|pasé por) (?:la|una|el) (?:licoreria|cantina|tienda de licores|vinateria"
        r"|deposito|bar|expendio)\b|\b(?:afuera|fuera|enfrente|cerca|pase|pasando) (?:del|al)"
        r" (?:bar|deposito|expendio)\b|\b(?:mi|del|el|al|un|con el|con mi|a mi) (?:dealer|diler"
        r"|dilers|proveedor|conecte|transa|tranza|puchador)\b|\b(?:licoreria|vinateria)\b"
        r"|\balmost said yes\b|\boffered me (?:some|a hit|a drink"
        r"|a line|pills|a beer|a bump)\b|\bpensando en (?:ir a )?comprar<END>",
        "Contact with a dealer (el numero del dealer), or at a bar, liquor store, 'the offy' or"
        " one's old spot (afuera de la licoreria, pase por la licoreria).",
    ),
    Rule(
        "craving.urge.struggling",
        "craving",
        r"\b(?:struggling|trying|fighting|trying hard|working hard|doing my best|hard) (?:not to"
        r"|to not|to stay away from|against|the urge to|to resist) (?:use|drink|using|drinking"
        r"|pick up|get high|the urge|urges|cravings|temptation)\b|\bfighting (?:the )?(?:urges?"
        r"|cravings?)\b|\bluchando (?:contra|con) (?:las ganas|el antojo|la tentacion)"
        r"|\baguantando(?:me)? las ganas",
        "Struggling not to use.",
    ),
    Rule(
        "craving.urge.more",
        "craving",
        r"\bcan (?:almost |already |still )?taste (?:it|the (?:beer|drink|vodka|wine|liquor|whiskey"
        r"|tequila|high|smoke|dope|coke)|a (?:beer|drink))\b|\bliquor store\b|\b(?:want"
        r"|need) one so"
        r" bad\b|\b(?:mind|brain|head|body|addiction|disease) (?:keeps |is |keep )?(?:telling"
        r"|saying"
        r"|tells|says) (?:me )?(?:to )?(?:just )?(?:one|drink|use|get high|pick up|a little"
        r"|its fine"
        r"|i deserve)\b|\bjust one (?:more )?<HIT>\b"
        r"|^(?=.*\b(?:drink\w*|beer|party|bar|shot)\b)(?=.*\b(?:want|need|could use"
        r"|wanna have) (?:just )?one\b)|\b(?:want|need|could use"
        r"|wanna have) (?:just )?one\b(?=.*\b(?:drink|beer|drinking|party|bar|shot|hit)\b)"
        r"|\beasy to (?:use|drink|relapse|pick up|get high)\b|\bobsess\w* over (?:pills|drinking"
        r"|using|dope|drugs)\b|\b(?:mind|brain|thoughts?) (?:keeps? |goes "
        r"|go )?(?:going )?back to (?:using|drinking|the bottle|pills)\b"
        r"|\bkeep going back to (?:using|drinking|the bottle|pills)\b|\bgive anything for (?:a"
        r"|one) (?:drink|hit|beer|line)\b|\bjust one (?:wont|will not) hurt\b",
        "I can taste it (the beer); just one (drink) won't hurt; my brain keeps telling me to;"
        " my mind goes back to using.",
    ),
    Rule(
        "craving.urge.more_2",
        "craving",
        r"\b(?:about to|gonna|going to) (?:go )?buy<END>|\bhard time not (?:drinking|using"
        r"|picking up)\b|\bcalling my name\b|\b(?:want|wanna) (?:to )?go back to (?:using|drinking"
        r"|the bottle|pills|getting high)\b|\bwhite ?knuckl\w*",
        "About to go buy, a hard time not drinking, white-knuckling it.",
    ),
    Rule(
        "craving.urge.more_3",
        "craving",
        r"\banything to (?:get high|drink|use|get drunk|feel numb)\b|\b(?:picturing|imagining"
        r"|fantasizing about|romanticiz\w*) (?:\w+ ){0,2}(?:drink|beer|using|drinking|getting high"
        r"|high|hit|pills|bottle)\b|\beverything in me not to (?:drink|use|pick up)\b"
        r"|\b(?:screaming|begging|aching|dying|asking|itching|gagging|desperate|thirsty|gasping"
        r"|hankering|longing|jonesing|fiending|feening) for (?:a|one|some|another) (?:\w+ )?"
        r"<HIT>\b|\b(?:could|would|can) (?:totally )?go for (?:a|some|one"
        r"|another) (?:\w+ )?(?:<HIT>"
        r"|<SLANG>)\b|\b(?:could|would|wanna|want to|gonna|going to|id|i d) (?:murder|kill|destroy"
        r"|crush"
        r"|demolish|down|smash) (?:a|an|some|the|one) (?:\w+ ){0,2}(?:drink|beer|beers|bottle"
        r"|six pack|12 pack|fifth|pint|cold one|shot|line|<SLANG>)\b"
        r"|\bclose to calling my dealer\b|\b(?:just )?have one (?:drink|beer|hit|line)\b"
        r"|\bdeserve (?:a|one) (?:drink|beer|hit)\b|\b(?:go|going) for a (?:drink|beer|hit)\b"
        r"|\b(?:a drink|a beer|getting high|a hit|using|drinking|a line) sounds (?:so "
        r"|really )?(?:good|amazing|great|nice)\b|\beuphoric recall\b",
        "Picturing a drink, anything to get high, a drink sounds so good, my body screaming for a"
        " pill, I could go for (or murder) a bottle.",
    ),
    Rule(
        "craving.urge.plain",
        "craving",
        r"\bfeel like (?:drinking|using|getting high|getting drunk|a drink|a beer|smoking|a hit"
        r"|relapsing)\b|\b(?:might|may|probably gonna|probably going to|will probably) (?:drink|use"
        r"|get high|relapse|pick up|go buy)\b|\bbuy (?:drugs|dope|weed|pills|coke|meth|alcohol"
        r"|liquor|beer|a bottle|some)\b|\bwanting to (?:drink|use|get high|relapse)\b"
        r"|\bgo to the (?:bar|liquor store)\b|\b(?:voy a|siento que voy a|creo que voy a) recaer\b"
        r"|\b(?:id|i d|i would|i wouldve) (?:be |have been )?(?:using|drinking|high|getting high"
        r"|drunk"
        r"|out buying|at the bar|at the liquor store)\b|\b(?:id|i would) (?:use|drink|relapse"
        r"|get high"
        r"|pick up)<END>"
        r"|\bir a comprar<END>|\btomarme (?:una|unas|un|algo)\b|\bme gustaria (?:tomar|beber"
        r"|drogarme|consumir|una cerveza|un trago)\b|\bir al bar\b",
        "Feel like drinking, might use tonight, I'd be using (if I had money), want to buy;"
        " Spanish: siento que voy a recaer.",
    ),
    Rule(
        "craving.urge.plain_2",
        "craving",
        r"\bwanting (?:a|some|one) (?:drink|beer|hit|line|pill)\b|\bthirsty for (?:a|some) (?:beer"
        r"|drink|shot)\b|\ball i want is (?:a|to) (?:drink|beer|hit|get high|use|get drunk)\b"
        r"|\banything for (?:a|one) (?:hit|drink|line|fix|beer)\b|\bnumb (?:out|it all|the pain"
        r"|everything)\b|\bneed a (?:xanax|xan|bar|pill|benzo|perc)\b|\bthinking about the bottle\b"
        r"|\bconseguir (?:droga|mota|coca|cristal|pastillas|alcohol|algo)\b",
        "Wanting a drink, all I want is to get high, need a xanax; Spanish: conseguir droga.",
    ),
    Rule(
        "craving.urge.at_hand",
        "craving",
        r"\b(?:vodka|whiskey|tequila|beer|wine|weed|liquor|booze|pills|dope|a drink|a beer"
        r"|getting high|using|drinking|a hit|a line) sounds (?:so |really )?(?:good|amazing|great"
        r"|nice|tempting)\b|\blooking at (?:the|a|this) bottle\b|\b(?:have|got) a bottle (?:in|at"
        r"|right here|next to me)\b|\bholding (?:a|the) (?:drink|beer|bottle|pipe|needle|joint)\b"
        r"|\bpoured (?:a|myself a) (?:drink|glass|shot)\b|\b(?:tengo|traigo) (?:una|la|mi) botella"
        r" (?:\w+ )?(?:aqui|en|enfrente|al lado|conmigo)\b|\bme servi (?:un|una) (?:trago|copa"
        r"|cerveza)\b|\bviendo la botella\b",
        "The substance at hand: a bottle in the car, a drink poured, vodka sounds good.",
    ),
    Rule(
        "craving.urge.want_es",
        "craving",
        r"\b(?:ganas|antojo|ansias|ansiedad)(?: \w+)? de (?:\w+ )?(?:tomar|beber|consumir|usar"
        r"|drogarme|fumar|emborracharme|meterme|inyectarme|escabiar|chupar|pistear|jumarme"
        r"|empedarme|ponerme pedo|una cerveza|unas cervezas|un trago|unos tragos|una copa"
        r"|una linea|un toque|alcohol|cerveza|mota|coca|cristal|perico|<SLANG>|<DRINK_ES>"
        r"|<DRUG_ES>)\b|\b(?:quiero|kiero|necesito|ocupo|me urge|se me antoja|se me antojan"
        r"|quisiera|me apetece|me apeteceria|me provoca|me provocaria) (?:\w+ ){0,2}(?:tomar"
        r"|beber|consumir|usar|drogarme|fumar|emborracharme|meterme algo|inyectarme|escabiar"
        r"|chupar|pistear|una cerveza|unas cervezas|un trago|unos tragos|una copa|una linea"
        r"|un toque|alcohol|una chela|unas chelas|mota|(?:un |una |unos |unas )?(?:<DRINK_ES>"
        r"|<DRUG_ES>))\b|\bme (?:quiero|kiero|gustaria|apetece|voy a) (?:poner|pillar|agarrar)"
        r" (?:bien |muy |re |un |una )?(?:pedo|en pedo|ciego|ciega|hasta atras|high|happy"
        r"|borrach[oa]|pedisimo|mamad[oa]|una borrachera|un pedo|un ciego|una mona|una peda)\b"
        r"|\bme (?:quiero|kiero|gustaria) (?:emborrachar|empedar|drogar|jumar|endrogar|colocar)\b"
        r"|\b(?:quiero|kiero|quisiera|me urge) ponerme (?:bien )?(?:pedo"
        r"|borrach[oa]|high|hasta atras|loco|loca)\b|\bextrano (?:drogarme|tomar|beber|consumir"
        r"|el alcohol|la coca|estar high|la mota|el cristal|la piedra)\b|\b(?:pensando"
        r"|pienso) en (?:\w+ )?(?:consumir|tomar|beber|usar|drogarme|recaer|fumar|emborracharme"
        r"|una cerveza|un trago)\b|\bcasi (?:recaigo|recai|caigo|cai|tomo|bebo|consumo|uso|me drogo"
        r"|tome|bebi"
        r"|consumi|le hablo a mi dealer|acepto|acepte|digo que si|dije que si|compro|compre)\b"
        r"|\b(?:las|mis) ganas (?:de (?:tomar|beber|consumir|usar|drogarme|fumar"
        r"|meterme) )?(?:me )?"
        r"(?:estan|andan|son (?:muy )?fuertes|me tienen"
        r"|no me dejan|me ganan|me matan)\b",
        "Spanish: urges, wanting to drink or use (ganas tremendas de tomar, quiero un trago, casi"
        " caigo, casi acepto, las ganas me estan matando), by region (me apetece un cubata,"
        " quiero una birra, tengo re ganas de escabiar, me quiero poner en pedo).",
    ),
    Rule(
        "craving.urge.more_es",
        "craving",
        r"\b(?:me )?(?:pide|pidio|anda pidiendo|esta pidiendo|pidiendo) (?:el cuerpo )?(?:alcohol"
        r"|droga|un trago|una cerveza|tomar|consumir|una raya|una linea|un toque|un pase|<SLANG>)\b"
        r"|\bansios[oa] por (?:tomar|beber|consumir|usar|drogarme|(?:un|una|unos|unas) (?:trago"
        r"|cerveza|chela|raya|linea|toque|pase|copa|<SLANG>))\b|\b(?:sueno|sonando|sone|suenos)"
        r" con (?:consumir|tomar|beber|drogarme|usar|fumar|la droga|el alcohol|<SLANG>)\b"
        r"|\bsed de (?:alcohol|un trago"
        r"|una cerveza)\b|\bcostando (?:\w+ )?no (?:tomar|beber|consumir|usar)\b"
        r"|\btengo (?:muchas )?ansias\b|\bse me hace agua la boca\b|\bextrano la sensacion\b"
        r"|\ba nada de (?:recaer|tomar|beber|consumir)\b|\bme (?:ofrecieron|ofrecio|ofrecen)\b"
        r"(?=.{0,30}\b(?:casi|quise|queria|tentad\w*|ganas)\b)"
        r"|\bcomprar (?:una |unas |un )?(?:cerveza"
        r"|cervezas|alcohol|vino|tequila|droga|mota|coca|cristal|botella)\b|\b(?:pensando"
        r"|pienso|pensar|pense|piensa) (?:mucho |todo el dia )?en (?:tomar|beber|consumir|usar"
        r"|drogarme)\b|\b(?:pensando|pienso"
        r"|pensar) (?:\w+ )?en (?:la droga|el alcohol|la coca|el cristal|la botella|las pastillas"
        r"|la mota|drogas)\b|\ba punto de (?:recaer|tomar|beber|consumir|usar|drogarme"
        r"|llamar a mi dealer)\b|\bmuero por (?:un|una|unas|unos) (?:trago|tragos|cerveza|cervezas"
        r"|chela|chelas|copa|toque|linea)\b",
        "Spanish: thinking about the drug (no dejo de pensar en tomar), dreaming of it, the"
        " body asking for it, offered and tempted, about to relapse, dying for a drink.",
    ),
)

# Third blind batch: recovery jargon, British drinking words, speech that drops the past tense,
# and Spain's, the Caribbean's and Argentina's words for getting drunk.
RELAPSE += (
    Rule(
        "relapse.use.went_back_out",
        "relapse",
        r"\b(?:went|go|going|gone|been) back out\b(?! (?:to|for|with|into|side|there|and got|the"
        r" door|in|of|on|at|front|back))",
        "'Went back out': recovery jargon for going back to using.",
    ),
    Rule(
        "relapse.use.uk",
        "relapse",
        r"\b(?:on the|went on the|out on the|been on the|a night on the) (?:lash|piss|sesh|razz"
        r"|tear|bevvy|bevvies|booze|sauce|gear|charlie)\b|\b(?:got|was|were|im|i am|been|getting"
        r"|ended up) (?:absolutely |proper |well |totally |completely |fully |so )?(?:steaming"
        r"|steamin|legless|paralytic|bladdered|trolleyed|rat ?arsed|off my (?:face|head|tits|nut"
        r"|box)|munted|wankered|blotto|mullered|twatted|sloshed|langers|scuttered"
        r"|locked(?! (?:in|out|up|inside|away|myself|the door)))\b",
        "British and Irish drinking words: on the lash, got steaming, legless, off my face.",
    ),
    Rule(
        "relapse.use.coming_down",
        "relapse",
        r"\b(?:coming|came|come) down (?:from|off)\b(?! (?:the (?:stairs|mountain|hill|ladder|roof"
        r"|tree|slide)|a (?:cold|flu)|work))|\bstill (?:high|tweaking|coming down)\b"
        r"|\bcomedown\b|\bthe come down\b",
        "Coming down from what one took: the day after use.",
    ),
    Rule(
        "relapse.use.unmarked_past",
        "relapse",
        r"\bi (?:use|drink|drunk|smoke|relapse|shoot up|pick up|get high|get drunk|go out drinking)"
        r"(?! (?:the|my|your|a|an|it|that|this|his|her|water|coffee|tea)\b) (?:\w+ ){0,2}?"
        r"(?:yesterday|last night|this morning|the other night|this weekend|last weekend|over the"
        r" weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|ayer|anoche)\b",
        "Use told without the past tense, as people speak ('i use yesterday', 'i drunk last"
        " nite').",
    ),
    Rule(
        "relapse.use.hit_device",
        "relapse",
        r"\b(?:hit|hitting|ripped|rip|took a hit (?:off|of|from)) (?:the|my|a|his|her|their|some"
        r"|off|off the|off my) (?:\w+ )?(?:pen|dab pen|weed pen|bong|pipe|dab rig|rig|cart|blunt"
        r"|joint|bowl|piece)\b(?! (?:with|at|in the|cap))",
        "Hit the pen, the bong or the pipe: smoked or vaped a drug.",
    ),
    Rule(
        "relapse.use.count_time",
        "relapse",
        r"\b(?:\d+|<MANY>|a few|a couple|several|two|three|four) (?:shots|drinks|beers|brews"
        r"|glasses of wine|lines|bumps|tallboys|pints)\b(?=.{0,25}\b(?:last night|yesterday"
        r"|tonight|this weekend|at the party|anoche|ayer)\b)(?!.{0,40}\b(?:vaccine|covid|flu"
        r"|booster|tetanus|espresso|coffee)\b)|\b(?:one|a|1) (?:drink|beer|shot|hit|line|glass)"
        r" turned into\b",
        "A count of drinks with a recent time ('8 shots last night'); 'one drink turned into'.",
    ),
    Rule(
        "relapse.use.drunk_es",
        "relapse",
        r"\bme (?:jume|juma|jumo|empede|emborrache|endrogue|puse (?:bien |muy |re |medio )?"
        r"(?:<DRUNK_ES>)|pille (?:un |una )?(?:pedo|ciego|borrachera|mona|cogorza|tajada|pedal"
        r"|colocon)|agarre (?:una )?(?:borrachera|peda|pedota)|fume (?:un |una |unos |unas )?"
        r"<DRUG_ES>|meti (?:un |una |unos |unas )?<DRUG_ES>)\b|\bme (?:fui|sali) de (?:birras"
        r"|copas|canas|juerga|farra|rumba|jarana|tragos|marcha|bonche|peda|parranda|fiesta)\b"
        r"(?=.{0,30}\b(?:me pase|me puse|tome|bebi|y ya|hasta)\b)",
        "Getting drunk or high in Spain's, the Caribbean's and Argentina's words (me jume, me"
        " pille un pedo, me puse ciego, me fume un faso, me fui de birras y me pase).",
    ),
)

# Third blind batch: the substance spoken of as a person, check-in answers, the means at hand,
# the formal register ("a powerful desire to drink") and Spain's and Argentina's words.
CRAVING += (
    Rule(
        "craving.urge.personified",
        "craving",
        r"\b(?:it|its|the bottle|the booze|the drink|the drugs|drugs|the dope|dope|the pills|the"
        r" needle|the pipe|alcohol|the liquor|the beer|the stash|meth|heroin|coke|crack)(?: is| s"
        r"| keeps| keep| has been| been| was)? (?:calling|whispering|talking|screaming|singing"
        r"|staring|looking|tempting|taunting|pulling|beckoning)(?: (?:to|at|out to))? me\b"
        r"(?!.{0,20}\b(?:lol|haha|bed|nap|couch|phone|mom|boss)\b)|\bme (?:esta|sigue|estan|siguen"
        r"|anda) (?:llamando|hablando|susurrando|gritando|tentando|jalando|mirando) (?:la botella"
        r"|el alcohol|la droga|las drogas|la coca|el cristal|la piedra|la mota|las pastillas"
        r"|el trago|el vicio|la cerveza|la birra)\b|\b(?:la botella|el alcohol|la droga|las drogas"
        r"|el vicio|la coca|el cristal|la piedra) (?:me )?(?:esta|sigue|anda) (?:llamando"
        r"|hablando|susurrando|gritando|tentando)\b|\b(?:my |the )?(?:addiction|disease"
        r"|alcoholism|addict brain|addict voice|disease voice|adiccion|enfermedad)(?: is| s| has"
        r" been| esta| anda)? (?:so |really |super |muy |bien )?(?:loud|screaming|yelling|talking"
        r"|winning|relentless|gritando|ganando|hablando|fuerte|muy fuerte)\b",
        "The substance or the addiction as a voice: 'it's calling me', 'the bottle is staring"
        " at me', 'me esta llamando la botella', 'my addiction is loud today'.",
    ),
    Rule(
        "craving.urge.desire",
        "craving",
        r"\b(?:desire|longing|yearning|hankering|compulsion|itch|pull|thirst|urgency|temptation)"
        r" (?:to|for) (?:a |some |one )?(?:drink|use|get high|get drunk|using|drinking|beer|wine"
        r"|liquor|booze|drugs|pills|a hit|the bottle|alcohol|<SLANG>)\b|\bif i (?:dont|do not"
        r"|cant|cannot) (?:get|have|find) (?:a |my |some |one )?(?:<HIT>|fix|<SLANG>|high"
        r"|drunk)\b",
        "The formal register ('a powerful desire to drink this evening') and 'if I don't get a"
        " drink soon'.",
    ),
    Rule(
        "craving.urge.means_at_hand",
        "craving",
        r"\b(?:money|cash|paycheck|got paid|payday|bucks|lana|dinero|feria|plata|quincena)\b.*"
        r"\b(?:know (?:where|who) to (?:go|get it|get some|call|cop|score|buy|find it)|se (?:donde"
        r"|a quien) (?:ir|comprar|conseguir|llamar|hablarle))\b|\b(?:found|find|finding"
        r"|still have|kept|keeping|hid|hidden|hiding|got) (?:a |an |my |some |the |this )?(?:old "
        r"|hidden )?(?:stash|baggie|bag of (?:dope|weed|coke|meth|pills)|rig|works|dope kit)\b"
        r"|\b(?:found|still have|kept) (?:a |an |my |some )?old (?:pipe|bong|needles|pills)\b"
        r"|\b(?:numero|number|contact|#) (?:del |of (?:my |the )?|de mi )(?:dealer|plug|connect"
        r"|diler|conecte)\b",
        "The means at hand: money and knowing where to go, an old stash found and kept, the"
        " dealer's number in hand.",
    ),
    Rule(
        "craving.urge.reminders",
        "craving",
        r"\b(?:everything|it all|all of it|this song|that song|the smell|this place|todo)\b"
        r"(?: \w+){0,2} (?:reminds|remind|reminded|me recuerda) (?:me )?(?:of |a )?(?:using"
        r"|drinking|getting high|the high|my using|the bottle|consumir|tomar|la droga|drogarme)\b"
        r"(?!.{0,40}\b(?:glad|grateful|over|behind me|past|used to)\b)",
        "Everything reminds me of using (today): a trigger felt as a pull, not a memory.",
    ),
    Rule(
        "craving.urge.checkin_es",
        "craving",
        r"^(?:[7-9]|10)(?: ?\/ ?10| de 10| out of 10| sobre 10)?(?: \.)? (?:de |con )?(?:ganas"
        r"|antojo|ansias|cravings?|urges?)\b|\b(?:ganas|antojo|ansias)(?: de (?:consumir|tomar"
        r"|usar|beber))?(?: \.)? (?:en |de |un |:)?(?:[7-9]|10)\b(?! (?:am|pm|de la|minutos"
        r"|dias|horas))",
        "A check-in answer rating urges high ('9 de ganas hoy', 'ganas: 8').",
    ),
    Rule(
        "craving.urge.holding_out_es",
        "craving",
        r"\b(?:no )?(?:aguanto|soporto|resisto|aguantar|resistir|controlo|controlar|puedo con)"
        r" (?:las|estas|mis|tantas) ganas\b(?! de (?:ver|verte|ir|llorar|dormir|comer|reir|irme"
        r"|gritar|orinar|hacer pipi|vomitar))|\bestoy (?:por|a punto de) (?:ir a )?(?:comprar"
        r"|conseguir|tomar|llamar al dealer|usar|consumir)\b|\b(?:cuanto|cuanto tiempo|cuanto mas)"
        r" (?:\w+ ){0,2}(?:aguante|aguanto|aguantar|resista|resisto|dure|durar) sin (?:tomar"
        r"|beber|consumir|usar|drogarme|fumar)\b|\bhow (?:much )?(?:longer|long) (?:i can|can i"
        r"|i will|ill) (?:hold out|last|go|stay sober|stay clean|keep it up) without (?:drinking"
        r"|using|a drink|getting high)\b|\b(?:tengo|con|me (?:da|entra|esta dando|pega)) (?:un "
        r"|el )?"
        r"mono (?:de (?:droga|alcohol|coca|farlopa|caballo|heroina|birra|porros|fumar|beber)"
        r"|que no veas|tremendo|horrible|brutal|del copon)\b",
        "Holding out against urges: 'no aguanto las ganas', 'estoy por ir a comprar', 'no se"
        " cuanto aguante sin tomar'; Spain's 'tengo un mono que no veas'.",
    ),
)

# Fourth blind batch: use and urges told without the usual verbs: losing count ("didn't stop
# at one"), a drink emoji with a time, doubt about staying away, staring at a bottle.
RELAPSE += (
    Rule(
        "relapse.use.lost_count",
        "relapse",
        r"\b(?:didnt|couldnt|did not|could not|never) stop at (?:one|1|two|2|a couple)\b|\bno"
        r" (?:me )?(?:pude|podia|pudo) (?:parar|detener)(?:me)? en (?:una|la primera|dos)\b"
        r"|\bllevo (?:una|un|dos|tres|\d+) (?:\w+ )?(?:consumiendo|tomando|bebiendo|fumando"
        r"|drogandome|usando) (?:otra vez|de nuevo)\b|\bi smoked\b[^.!?]{0,40}\b(?:weed|pot|a"
        r" joint|a blunt|crack|meth)\b",
        "Use told by losing count ('didn't stop at one', 'no me pude parar en una'), a week of"
        " using again ('llevo una semana consumiendo otra vez'), smoking weed.",
    ),
    Rule(
        "relapse.use.emoji_time",
        "relapse",
        r" (?::drink: )+(?:last night|yesterday|this morning|tonight|anoche|ayer)\b",
        "Drink emoji with a time: '🍺🍺🍺 last night'.",
    ),
)

CRAVING += (
    Rule(
        "craving.urge.doubt_staying_away",
        "craving",
        r"\b(?:dont know if|not sure if|not sure|doubt|no idea if) i (?:can|could|will be able to)"
        r" (?:stay away|stay clean|stay sober|resist|hold out|not (?:use|drink|pick up))\b|\bno se"
        r" si (?:aguante|aguanto|pueda|puedo) (?:sin|no) (?:comprar|tomar|consumir|usar|beber"
        r"|drogarme)\b|\bwhat (?:would|will|could) happen if i (?:just )?(?:had|drank|used|took"
        r"|tried) (?:just )?(?:one|a|1)\b|\bque pasaria si (?:me )?(?:tomo|meto|uso|consumo)"
        r" (?:solo |nomas )?(?:una|un)\b",
        "Doubting one can stay away, or asking what one drink would do: the urge said as a"
        " question.",
    ),
    Rule(
        "craving.urge.cues",
        "craving",
        r" (?::drink: )+(?::\w+: )*(?:want|need|craving)\b|\b(?:bottle|bag|stash|baggie|pills)\b"
        r"[^.!?]{0,60}\bstaring at (?:it|them)\b"
        r"|\b(?:botella|bolsa|pastillas)\b[^.!?]{0,40}\b(?:la|lo|las) estoy viendo\b"
        r"|\bsettle for (?:a |one )?<HIT>\b|\b(?:cant|wont|dont think ill|not sure ill) make it"
        r" (?:through|thru) [^.!?]{0,20}without (?:a |using|drinking|getting high|picking up"
        r"|<HIT>)|\btriggered (?:bad|so bad|af|hard|really bad)\b|\bdriving (?:past|by) my old"
        r" (?:spot|dealer|connect|bar|plug|block)\b|\btengo (?:el|la) (?:dinero|lana|feria|plata"
        r"|varo)\b[^.!?]{0,30}\bse (?:a )?donde (?:ir|comprar|conseguir)\b",
        "Cues of an urge: drink emoji with want, staring at a bottle found, triggered bad,"
        " driving past the old spot, money in hand and knowing where to go.",
    ),
)

# Seventh blind batch: urges told by the situation (the dealer's number on the screen, a
# smell that will not leave, everyone else drinking, payday) and use told in other registers.
CRAVING += (
    Rule(
        "craving.urge.dealer_on_screen",
        "craving",
        r"\b(?:his|dealers?|guys?|plugs?|connects?|vato|el que me vendia)\b(?: s)? (?:number"
        r"|numero)\b(?: \S+){0,3} (?:pulled up|on (?:my |the )?screen|en la pantalla)\b"
        r"|\b(?:so close to|want to|wanna|about to) (?:call|calling|text|texting|hit up|hitting up)"
        r" (?:him|my guy|my plug|my dealer|my connect)\b(?: \S+){0,4} (?:so bad|the guy|you know"
        r"|talk me out)|\bjust (?:have|gotta|need) to hit call\b|\bel que me vendia\b(?: \S+){0,4}"
        r" (?:quiero|tengo ganas)\b|\b(?:offered|ofrecio)\b(?: \S+){0,8} (?:i said maybe|le dije"
        r" que (?:a lo mejor|tal vez|quizas))\b",
        "The dealer's number pulled up, so close to calling 'the guy', an offer answered with"
        " 'maybe': one step from picking up.",
    ),
    Rule(
        "craving.urge.cue_stuck",
        "craving",
        r"\b(?:smell\w*|oli|olia|olor|<SLANG>|<ALCOHOL>|weed|using|<DRUG_ES>|<DRINK_ES>)\b"
        r"(?: \S+){0,10} (?:cant stop thinking about it|all i can think about|wont shut up about"
        r" it|no puedo dejar de pensar en (?:eso|ella|la \w+)|almost got me|its murder)\b"
        r"|\b(?:everybody|everyone|todos|all my friends|my friends?|los compas|mis compas)\b"
        r"(?: \S+){0,6} (?:drinking|using|getting high|smoking|tomando|chupando|happy hour)\b"
        r"(?: \S+){0,10} (?:losing my mind|about to crack|by a thread|volviendo loc[oa]|a punto de"
        r" caer|so hard not to|trying so hard not|tengo ganas)\b|\b(?:payday|pay day|got paid"
        r"|dia de pago|pagan|cobre)\b(?: \S+){0,8} (?:my trigger|gets bad|se pone feo|me pega"
        r"|tengo ganas|planning|planeando)\b",
        "A smell or the game's beer ads stuck in one's head, everyone else drinking while one"
        " holds on by a thread, payday as the trigger: an urge named by its cue.",
    ),
    Rule(
        "craving.urge.body_and_dreams",
        "craving",
        r"\bscreaming for (?:it|a \w+|<HIT>)\b|\bmouth (?:is )?(?:\w+ )?watering\b(?: \S+){0,3}"
        r" (?:thinking about (?:it|a cold one|<HIT>)|for (?:a |an )?<HIT>)\b|\bdying for (?:a |an"
        r" |some )?(?:\w+ and (?:a |an )?)?(?:<HIT>|<ALCOHOL>|<SLANG>)\b|\b(?:dreamt|dreamed|dream"
        r"|sone|sueno)\b(?: \S+){0,6} (?:woke up (?:wanting|craving)|me desperte con ganas)\b"
        r"|\bsueno con la (?:botella|bolsa|pipa)\b|\breaching for (?:the |a )?<ALCOHOL>\b"
        r"|\b(?:brain|head|addiction|cabeza)\b(?: \S+){0,3} (?:saying|says|telling me|dice) (?:you"
        r" deserve|i deserve|me lo merezco|just one)\b|\bwant (?:to )?(?:go )?score\b|\bstill want"
        r" it\b|\btodavia lo quiero\b|\b(?:just )?(?:one|1|a) <HIT> (?:wouldnt|would not|wont"
        r"|cant|couldnt) hurt\b|\b(?<!cero )(?<!sin )(?<!ni )(?<!no tengo )(?:las )?ansias\b"
        r"(?! de (?:ver|verte|conocer|llegar))"
        r"|\bganas (?:de darme un \w+|no me faltan)\b",
        "The body screaming for it, a mouth watering for a cold one, dreams that leave one"
        " wanting, 'just one wouldn't hurt', 'las ansias': the urge in the body.",
    ),
    Rule(
        "craving.urge.at_the_door",
        "craving",
        r"\b(?:driving|drove|walked|walking|keep driving|pase|paso) (?:past|by|por) (?:the|my old"
        r"|mi antiguo|el) (?:bar|spot|liquor store|punto|dealers? house)\b|\b(?:parking lot"
        r"|outside|puerta) (?:of |del )?(?:the )?bar\b(?: \S+){0,4} (?:not going in|no he entrado"
        r"|not yet)\b|\bsi no voy a (?:la|mi) junta\b(?: \S+){0,3} voy a (?:tomar|usar|beber"
        r"|recaer)\b|\bif i (?:dont|do not) (?:go to|make) (?:a |the |my )?meeting\b(?: \S+){0,3}"
        r" (?:im gonna|i will|ill|im going to) (?:drink|use)\b|\b(?:found|encontre) (?:a |an |my"
        r" |un |mi )?(?:old )?(?:stash|guardadito|baggie|bolsita)\b(?: \S+){0,8} (?:havent"
        r" touched|no lo he tocado)\b|\b(?:want to|wanna) go get a drink instead\b",
        "Driving past the bar or the old spot, sitting outside the bar not going in, a found"
        " stash not touched yet, a meeting as the only thing between one and a drink.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.other_words",
        "relapse",
        r"\b(?:ua|drug test|analisis(?: de orina)?)\b (?:is )?(?:gonna|going to|will|va a) (?:be"
        r" |come back |salir )?(?:dirty|hot|positive|positivo)\b|\b(?:count|clock|days?) (?:is )?"
        r"back to (?:zero|0)\b|\bday (?:0|zero) again\b|^slip \.|\b(?:that|which) (?:wasnt|was"
        r" not) (?:mine|prescribed to me)\b|\b(?:ate|fume|smoked|drank|took|used|tome|popped)\b"
        r"(?: \S+){0,6} (?:first time in|la primera vez en) (?:months|years|a year|\d+ \w+)\b"
        r"|\bme eche (?:unos |un |una )?(?:<DRINK_ES>|shots|tragos)\b|\bpopped (?:a |an |some"
        r" |two |2 )?(?:bar|xan\w*|perc\w*|pill|molly|addy)\b|\bconsumed (?:<ALCOHOL>|<PILLS>)\b"
        r"|\bse me fue la mano con (?:el |la |las |los )?(?:<DRINK_ES>|<DRUG_ES>)\b|\b(?:used"
        r"|me la meti|drank (?:it|them)) (?:in|en) (?:the|my|el|mi) (?:car|carro|truck|parking"
        r" lot)\b|\bhit me with a <HIT>\b(?: \S+){0,3} i did it\b",
        "Use told without 'I used': a UA that will be dirty, the count back to zero, someone"
        " else's pills, 'first time in months', 'se me fue la mano con el guaro', 'popped a bar'.",
    ),
)
CRAVING += (
    Rule(
        "craving.urge.help_me_not_to",
        "craving",
        r"\b(?:ayudenme|ayudame|help me) (?:a )?(?:no|not to|not) (?:ir|usar|tomar|comprar|consumir"
        r"|llamarle|go|use|drink|buy|call (?:him|my guy|my dealer))\b",
        "'Ayúdenme a no ir', 'help me not drink': asking for help against an urge.",
    ),
)

# Thirteen blind batches later: urges said in everyday words, many without a drug named.
CRAVING += (
    Rule(
        "craving.urge.everyday_es",
        "craving",
        r"\b(?:ganas|deseo|antojo|manija|mono|ansiedad|tentacion)\b(?: (?:de|por|que))?"
        r"(?: \S+){0,3} (?:tomar|beber|consumir|meter|ponerme|pillar|echarme|usar|fumar|trago"
        r"|tragos|birras?|cerveza|ron|piedra|palos|drogarme|janguear|comprar|caguama|vinito"
        r"|olvidarme)\b"
        r"|\bme (?:dan|dieron|entran|estan dando) ganas\b"
        r"|\b(?:no dejo de|no puedo dejar de) pensar en (?:la|el|una|un) (?:piedra|perico|cerveza"
        r"|trago|botella|cristal|mota|coca)\b"
        r"|\bmataria por un trago\b|\bpensando en contestarle\b"
        r"|\b(?:me pagan|me pagaron|cobre)\b(?: \S+){0,8} (?:tienta|ganas|comprar)\b",
        "Urges as Spanish speakers text them: ganas, manija, mono, antojo de un trago; the"
        " dealer's message not yet answered; payday as temptation.",
    ),
    Rule(
        "craving.urge.everyday_en",
        "craving",
        r"\bthe (?:pull|itch|want|urge)(?: is (?:back|strong|not|real)| is still)\b"
        r"|\b(?:feel|feeling) the pull\b"
        r"|\ball i can think about is (?:a |the |some )?(?:cold )?(?:beer|drink|dope|using|getting"
        r" high|a hit|wine|vodka|pills?)\b"
        r"|\b(?:wanting|want) a cold one\b"
        r"|\b(?:fighting it|struggling)<END>"
        r"|\b(?:havent|have not|didnt) (?:gone in|taken it|thrown it out|thrown (?:it|them) away)"
        r"(?: yet)?\b"
        r"|\btalk me (?:down|out of it)\b"
        r"|\b(?:cash|money) in my pocket\b"
        r"|\bbrain (?:went|going|already) (?:straight )?(?:to|doing math on)\b"
        r"|\bwant (?:is )?to get (?:wasted|high|drunk|lit|faded)\b"
        r"|\bskin crawls when i want\b|\bhold out\b(?: \S+){0,3} tonight\b"
        r"|\bstaring at the (?:wine|beer|liquor) (?:aisle|section|store)\b"
        r"|\beyeing (?:my |the |his |her )?\w*\s?(?:beer|wine|bottle|liquor)\b"
        r"|\bkeep driving (?:by|past) (?:the|where)\b"
        r"|\b(?:want|wanna|wants) (?:to|one|some)?(?: \S+){0,2} so bad\b"
        r"|\bone drink\b(?: \S+){0,3} (?:thats all|just one)\b",
        "Urges said without a drug named: the pull, the itch is back, cash in my pocket, talk"
        " me down, haven't gone in yet, staring at the wine aisle, want it so bad.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.everyday_en",
        "relapse",
        r"\b(?:reset|restart\w*) my (?:counter|count|clock|date|days)\b|\bdown the drain\b"
        r"|\bbusted my (?:sobriety|clean|sober) (?:date|time)?\b|\bsobriety died\b"
        r"|\bthe old me came back\b|\bwent on a (?:\w+ )?(?:day )?bender\b"
        r"|\bsneaking (?:drinks|shots|a drink|pills)\b"
        r"|\b(?:took|drank|had|smoked|snorted|used)\b(?: \S+){0,8} to get (?:a buzz|high|lit|faded"
        r"|messed up)\b"
        r"|\b(?:snorted|drank|used|smoked|shot) (?:it|them) (?:all )?in the (?:car|parking lot"
        r"|bathroom)\b"
        r"|\bhad (?:a few|some|\d+|two|three|four|five) (?:of \w+ )?(?:\w+ )?(?:at|glasses|beers"
        r"|drinks|shots)?\b(?: \S+){0,6} (?:first time in|more than a few|like \d+|or \d+)\b"
        r"|\bdrank (?:thurs|fri|sat|sun|mon|tues|wed)\w*\b"
        r"|\b(?:went to|at) the (?:dope|trap) house\b(?: \S+){0,4} used\b"
        r"|\b(?:bought|copped) (?:some )?(?:from|off) (?:my old guy|the street|my guy)\b",
        "Use said without 'I used': the counter reset, sobriety busted, a bender, drinks"
        " sneaked at work, taken 'to get a buzz', bought from the old guy.",
    ),
    Rule(
        "relapse.use.everyday_es",
        "relapse",
        r"\b(?:tuve una recaida|recaida (?:el|este|ayer|anoche|con))\b|\brecai\b"
        r"|\b(?:volvi|he vuelto|vuelvo) a (?:chupar|tomar|beber|fumar|consumir|meterme|usar)\b"
        r"|\bme (?:eche|tome|eché) (?:unas|unos|un par de) (?:cheves|chelas|birras|cervezas|tragos"
        r"|caguamas|copas)\b"
        r"|\bme fume (?:un|una) (?:cuete|porro|churro|toque|gallo|blunt)\b"
        r"|\bme (?:di|meti) (?:un par de|unos|dos|tres) (?:palos|tiros|pases|jalones)\b"
        r"|\bme puse hasta la madre\b|\bme mate (?:bebiendo|tomando|con el|con la)\b"
        r"|\bando (?:jalado|pedo|arrebatado|enfiestado|borracho)\b"
        r"|\bagarre un jumo\b|\bme jendie\b"
        r"|\bse me fue la mano con (?:la|el) (?:cana|guaro|ron|pisto|chupe|tequila|trago)\b"
        r"|\bfume (?:anoche|ayer|el finde|el fin de semana|el sabado)\b"
        r"|\bestaba en la jodedera tomando\b",
        "Use as Spanish speakers text it: recaí, volví a chupar, me eché unas cheves, me di un"
        " par de palos, me puse hasta la madre, ando jalado, se me fue la mano con la caña.",
    ),
)
CRAVING += (
    Rule(
        "craving.urge.said_plainly",
        "craving",
        r"\b(?:just one|solo una|una nada mas)\b(?: \S+){0,6} (?:nobody|no one|nadie|just one"
        r"|so easy)\b"
        r"|\b(?:so easy|tan facil) to (?:just )?have one\b|\bthinking about just one\b"
        r"|\bsi me tomo solo una\b|\buna cervecita no me\b"
        r"|\b(?:my|mi) (?:brain|body|cuerpo) (?:keeps saying|me pide|is asking for|wont shut up)\b"
        r"|\byou earned a drink\b|\b(?:a drink|one drink) sounds like\b"
        r"|\bsay fuck it and get (?:drunk|high|wasted)\b"
        r"|\b(?:numbing out|numb out) with a\b"
        r"|\b(?:making|made|got) me want (?:it|one|a drink)\b|\bnow i want it\b"
        r"|\bi want to take one of\b"
        r"|\b(?:offered|ofrecio)\b(?: \S+){0,6} (?:but i want|pero quiero)\b"
        r"|\bi want to<END>|\btengo ganas de ir\b"
        r"|\bknow (?:exactly )?where to go\b|\bya se (?:donde|a donde) ir\b|\bse donde venden\b"
        r"|\bcloser? to calling (?:him|my guy|my dealer)\b|\bcalling him for a bag\b"
        r"|\bchecking if my guy is online\b|\bstill got his number\b(?: \S+){0,3} havent called\b"
        r"|\bkeep looking at it\b|\bthis is hard\b|\bme esta costando mucho\b"
        r"|\bquiero ponerme\b|\bextrano (?:mucho )?la sensacion\b|\bquiero algo\b"
        r"|\bnecesito algo para calmarme\b|\bthinking of buying a bottle\b"
        r"|\b(?:olí|oli) (?:mota|weed|cerveza)\b|\bsmell\w* (?:of )?(?:weed|beer|booze)\b"
        r"(?: \S+){0,8} (?:want|set me off|brain|getting to me)\b"
        r"|\bthe smell from the bar\b|\bno dejo de pensar en (?:la pipa|ellas|el porro)\b"
        r"|\bmataria por un porro\b|\b(?:theyll|they will) have stuff\b"
        r"|\bdream about (?:dope|using|drinking|coke|meth)\b",
        "Urges said plainly: 'just one, nobody will know', my body asks for it, the smell set"
        " me off, I know exactly where to go, so close to calling him for a bag.",
    ),
)

# Eighteenth blind batch (relapse and craving as people in early recovery text them): use told
# by its consequences or in slang (a day count reset, "copped this morning", "partied with
# tina", "pounded six hard seltzers", "one that became the whole 12 pack", a check-in question
# answered "yes"), and urges told by the situation (a bottle bought and not opened, shaking
# hands that "need something", a substance "on my mind", an offer not yet refused, asking why
# not); Spanish from several countries (me volé, me pegué una borrachera, me clavé un faso).
_ADVERB = (
    r"(?:already|finally|kinda|basically|actually|also|even|def|definitely|honestly|obviously"
    r"|still|totally)"
)
RELAPSE += (
    Rule(
        "relapse.use.said_sideways",
        "relapse",
        rf"\b(?:i|ive|i have) {_ADVERB} (?:used|drank|relapsed|picked up|got high|got drunk"
        rf"|smoked|slipped|copped|shot up|went back out){NOT_USE}\b"
        r"|\breset (?:my )?(?:day|sober|clean|sobriety) (?:count|counter|clock|app|streak|date)\b"
        r"|\b(?:sobriety|clean|sober) date is (?:now )?(?:today|todays date|tomorrow)\b"
        r"|\bnew (?:sobriety|clean|sober) date\b"
        r"|\bhad a (?:little |small |minor |brief |quick )?(?:slip|lapse)\b"
        r"|\bhad (?:a couple|a few|some) (?:at|after|before|while|over|with (?:the|my) (?:guys|boys"
        r"|girls|friends|crew|coworkers|cousins))\b"
        r"|\bcopped (?:this morning|last night|yesterday|today|again|earlier|tonight|from|off"
        r"|some|a (?:bag|gram|point|ball|bundle|g|30))\b"
        r"|\bpartied (?:with|on) (?:<SLANG>|<DRUGS>)\b"
        r"|^wake (?:and|n) bake\b|\bwake (?:and|n) bake (?:this morning|today|again|like old"
        r" times|yesterday)\b"
        r"|\b(?:snuck|sneaked|sneak) (?:a |some |a few |two |three |\d+ )?(?:drinks?|shots?"
        r"|pills?|beers?|hits?|sips?|swigs?)\b"
        r"|\bstayed (?:til|till|until|to) (?:close|closing|last call)\b|\bclosed (?:down )?the"
        r" bar\b"
        r"|\btripp(?:ed|ing) (?:all night|balls|hard|on (?:acid|shrooms|tabs|lsd|molly"
        r"|mushrooms))\b|\brolling on molly\b"
        r"|\bwent back to (?:the )?(?:percs?|pills|oxys?|dope|fent|heroin|meth|coke|crack|pipe"
        r"|needle|xanax|xans|bars|benzos|kratom|weed|booze|vodka|whiskey|tequila|beer|wine"
        r"|tina)\b",
        "Use told sideways: 'I already used', the day count reset, a new sobriety date, 'had a"
        " slip', 'had a couple at the bbq', 'copped this morning', 'partied with tina', wake and"
        " bake, shots sneaked at work, stayed till close, tripped all night, went back to percs.",
    ),
    Rule(
        "relapse.use.how_it_went",
        "relapse",
        r"\b(?:pounded|chugged|slammed|downed|shotgunned|knocked back|threw back|tossed back"
        r"|put away|went through|ran through) (?:like |about |around |almost |maybe )?(?:a |some "
        r"|a few |a couple(?: of)? |a bunch of |a ton of |\d+ |<MANY> |two |three |four |half a "
        r"|a whole )?(?:\w+ )?(?:hard )?(?:seltzers?|claws?|trulys?|ciders?|beers?|shots?|drinks?"
        r"|cans|tall ?cans|tallboys|glasses|bottles|margs?|margaritas|mimosas|<SLANG>)\b"
        r"|\b(?:just one|one)\b(?: \S+){0,3} (?:turned into|became|led to) (?:a |the )?(?:whole "
        r"|entire )?(?:\d+ pack|<MANY> pack|12 pack|six pack|\d+ (?:beers|drinks|shots)|bottle"
        r"|case|fifth|bender|handle)\b"
        r"|\b(?:called|texted|hit up|met up with|met|went to) (?:my|the) (?:old )?(?:dealer|plug"
        r"|connect|guy)\b(?: \S+){0,4} (?:it happened|and yeah|did it|got (?:some|a bag)|bought)\b"
        r"|\b(?:did you|have you|any) (?:use|used|drink|drank|drinking|using|relapse|pick up)\b"
        r"[^.!?]{0,40} \? (?:yes|yeah|yep|yup|si)\b"
        r"|\b(?:didnt|did not) (?:just )?(?:drive|walk|go) (?:past|by)\b(?: \S+){0,3} this time\b",
        "How it went told instead of 'I used': pounded six hard seltzers, one that became the"
        " whole 12 pack, called the old dealer 'and yeah', a check-in question answered 'yes',"
        " didn't just drive past this time.",
    ),
    Rule(
        "relapse.use.regional_es",
        "relapse",
        r"\bme vole (?:con|bien|gacho|anoche|ayer|todo|toda|el finde|el fin)\b"
        r"|\bme (?:pegue|agarre|pille|eche|meti|di|puse) (?:una |un |tremenda |tremendo |flor de )?"
        r"(?:borrachera|peda|pea|juma|rasca|mona|cogorza|pedota|jumadera|curadera|tranca"
        r"|guarapeta)\b"
        r"|\bme (?:clave|baje|zampe|empine|tumbe|chingue|tome|eche|fume|meti) (?:un |una |unos "
        r"|unas |media |medio |toda la |todo el |el |la |dos |tres |como )?(?:\w+ )?(?:de )?"
        r"(?:<DRINK_ES>|<DRUG_ES>|botella|pomo|litro)\b",
        "Spanish by region: me volé con mota, me pegué una borrachera (una pea), me clavé un"
        " faso, me bajé media botella de aguardiente.",
    ),
)

CRAVING += (
    Rule(
        "craving.urge.situation",
        "craving",
        r"\b(?:shak\w*|shakes|dope ?sick|withdraw\w*|wds|sweating|sweats|tiembl\w*|temblando"
        r"|malilla|malia)\b(?: \S+){0,6} (?:i |y )?(?:need|necesito|ocupo) (?:something|anything"
        r"|algo|a (?:little something|drink|fix|hit))\b(?! (?:for|para) (?:the|my|this|el|la|mi)\b)"
        r"(?! (?:to eat|para comer|de comer))"
        r"|\b(?:a|the|that|this|another|una|la|esa|esta) (?:\w+ )?(?:bottle|fifth|pint|bag|baggie"
        r"|six pack|12 pack|case|beer|wine|vodka|botella|bolsa|caguama|chelas?)\b"
        r"(?! (?:of|de) (?:water|juice|soda|milk|agua|jugo|refresco|leche))(?: \S+){0,6}"
        r" (?:but |pero |and |y )?(?:i )?(?:havent|have not|didnt|did not|not yet|no la he"
        r"|no lo he|todavia no la|aun no la) (?:opened|cracked|touched|open|abierto|destapado"
        r"|tocado)\b"
        r"|\b(?:bottle|bag|stash|pills|beer|beers|wine|vodka|liquor|pipe|pen|cart|baggie)\b"
        r"(?: \S+){0,8} (?:staring at me|calling (?:to )?me|looking at me|i keep (?:opening"
        r"|checking|looking at|touching|picking up|holding|going back to|staring at))\b"
        r"|\b(?:staring|calling|looking) at me\b(?: \S+){0,3} (?:the )?(?:bottle|bag|stash|pills"
        r"|beer|wine)\b"
        r"|\b(?:has|had|got|have|is making|makes|made|gets|keeps) me (?:wanting|want|craving"
        r"|itching|jonesing|fiending|thinking about) (?:to )?(?:smoke|drink|use|get high|get drunk"
        r"|pick up|relapse|a <HIT>|<DRUGS>)\b"
        r"|\bme (?:puso|pone|dejo|tiene|esta poniendo) (?:a )?(?:pensar|pensando) en (?:fumar"
        r"|tomar|beber|consumir|drogarme|usar|<DRINK_ES>|<DRUG_ES>)\b"
        r"|\b(?:standing|stood|sitting|stuck|lingering|frozen|parked) in (?:the )?(?:beer|wine"
        r"|liquor|booze) (?:aisle|section|cooler)\b"
        r"|\bliquor stores\b|\b(?:5|five) ?o ?clock somewhere\b"
        r"|\b(?:keep|kept|looking|look|checking|check|miss|missing|thinking about)\b(?: \S+){0,4}"
        r" happy hour\b"
        r"|\b(?:offered|ofrecio|ofrecieron)\b(?: \S+){0,8} (?:havent said no|have not said no"
        r"|didnt say no|did not say no|havent answered|no le he dicho que no|no he dicho que no"
        r"|no les he dicho que no)\b",
        "The urge told by the situation: shaking and 'I need something', a bottle bought and"
        " not opened, a stash staring back, a smell that 'has me wanting to smoke', standing in"
        " the beer aisle, the liquor store's hours, happy hour looked up, an offer not refused.",
    ),
    Rule(
        "craving.urge.in_the_head",
        "craving",
        r"\b(?:<DRUGS>|drinking|using|getting high|crack|ice)s?\b(?: is| s| has been| been| keeps"
        r"| keep)?(?: \S+)? (?:on my mind|in my head|on the brain)\b"
        r"|\ball i can think(?: about| of)?(?: is)?\b(?: \S+){0,5} <DRUGS>\b"
        r"|\b(?:thinking|thought|think) (?:about|of|abt) (?:getting|buying|grabbing|copping"
        r"|scoring|picking up|doing) (?:some |a |an )?(?:\w+ )?<DRUGS>\b"
        r"|\b(?:use|using|get high|getting high|drink|drinking|pick up|picking up|do it|doing it"
        r"|cop|copping) (?:just )?(?:one|1) (?:more|last) time\b"
        r"|\bplanning (?:my |a |the |another )?(?:relapse|next (?:drink|high|hit|bender|run)|how"
        r" (?:to|i(?:ll| will| would| can)?) (?:cop|score|get (?:some|high|drunk)|use|drink|buy"
        r"|pay for))\b"
        r"|\b(?:is|would|could) (?:just )?(?:one|1|a) (?:<HIT>|glass of wine)\b(?: \S+){0,2}"
        r" (?:really )?(?:be )?(?:that bad|so bad|a big deal|the end of the world)\b"
        r"|\bwhy (?:i )?(?:shouldnt|should not|not to) (?:just )?(?:drink|use|get high|pick up"
        r"|relapse|buy|cop|go (?:in|into) (?:the )?(?:bar|liquor store))\b|\b(?:give me|tell me)"
        r" (?:a |one |some )?reasons? (?:not to|to not) (?:drink|use|get high|pick up|go)\b"
        r"|\bmiss (?:the |my )?(?:needle|pipe|rush|nod|buzz|bottle|taste of (?:beer|wine|whiskey"
        r"|vodka|<SLANG>))\b"
        r"|\bfeel(?:ing)? like (?:just )?(?:picking up|copping|scoring|using again|drinking again"
        r"|going back out|calling my (?:dealer|plug|connect|guy))\b"
        r"|\b(?:want|wanna|need|miss)\b(?: to)? (?:nod(?: off)?|float|coast|zone out|get (?:lit"
        r"|high|loaded|faded|zooted)|be|feel) (?:\w+ )?on (?:some |a |the )?<DRUGS>\b"
        r"|\bmouth (?:is )?(?:\w+ )?watering\b(?: \S+){0,2} (?:for|thinking about) (?:a |an |some"
        r" )?(?:<DRUGS>|<SLANG>)\b|\bscreaming for (?:some )?<DRUGS>\b"
        r"|\b(?:brain|head|mind|voice|addiction|disease)\b(?: \S+){0,3} (?:saying|says|telling"
        r" me|tells me)\b(?: \S+){0,2} (?:go (?:get|buy|grab|cop|score)|just go)\b",
        "The urge in the head: crack on my mind all day, all I can think is how much dope that"
        " is, thinking of getting some kratom, one more time, planning a relapse, is one beer"
        " that bad, tell me why I shouldn't, I miss the needle, feel like picking up.",
    ),
    Rule(
        "craving.urge.in_the_head_es",
        "craving",
        r"\b(?:la cabeza|mi cabeza|la mente|mi mente|una voz|la voz|la enfermedad|la adiccion"
        r"|mi adiccion)\b(?: me)? (?:dice|pide|esta diciendo|sigue diciendo)\b(?: \S+){0,8}"
        r" (?:no pasa nada|solo una|nomas una|una nada mas|me lo merezco|tomar|consumir|<DRINK_ES>"
        r"|<DRUG_ES>)\b"
        r"|\b(?:una|un|solo una|nomas una|una sola) (?:<DRINK_ES> |<DRUG_ES> |copita |traguito "
        r"|chelita |cervecita )?no (?:pasa nada|hace dano|me va a hacer nada)\b"
        r"|\bme (?:tienta|tientan|tento|esta tentando|anda tentando|estan tentando)\b"
        r"(?: \S+){0,4} (?:<DRINK_ES>|<DRUG_ES>|tomar|beber|fumar|consumir|comprar|ir al|ir a la)\b"
        r"|\b(?:cuesta|costo|me cuesta|me esta costando|esta costando)\b(?: \S+){0,2} no (?:tomar"
        r"|beber|consumir|usar|fumar|drogarme|recaer)\b"
        r"|\b(?:<QUIERO>|necesito|ocupo|me urge|se me antoja|me gustaria|quisiera|me apetece"
        r"|tengo ganas de|me dan ganas de) (?:darme|echarme|meterme|fumarme|tomarme|jalarme"
        r"|pegarme|aventarme|clavarme) (?:un|una|unos|unas|otro|otra) (?:pase|toque|jalon|tiro"
        r"|pericazo|raya|linea|porro|gallo|churro|pipazo|fumada|calada|trago|shot|faso"
        r"|<DRINK_ES>|<DRUG_ES>)\b"
        r"|\b(?:ando|estoy|sigo|no dejo de|no puedo dejar de) pensando en (?:el |la |los |las |un "
        r"|una |unas |unos )?(?:<DRINK_ES>|<DRUG_ES>)\b",
        "Spanish: la cabeza me dice que una chela no pasa nada, me tienta la mota, cuesta mucho"
        " no tomar, quiero darme un pase, ando pensando en el guaro.",
    ),
)

# Nineteenth blind batch: urges in street words ("wants to go cop", "the itch is bad"), and
# Mexican "me anda por fumar".
CRAVING += (
    Rule(
        "craving.urge.street_words",
        "craving",
        r"\b(?:want|wants|wanna|wanted|need|needs|tempted|itching|dying|about|thinking about"
        r"|trying not) (?:to )?(?:go )?(?:cop|copping|score|scoring)\b"
        r"|\bthe itch (?:is|s) (?:bad|real|strong|back|loud|hitting|hard)\b"
        r"|\bme (?:anda|andaba|esta andando) por (?:fumar|tomar|beber|echarme|meterme|drogarme"
        r"|ponerme|una|un|<DRINK_ES>|<DRUG_ES>)\b",
        "Urges in street words: 'everything in me wants to go cop', 'the itch is bad today',"
        " 'me anda por fumar'.",
    ),
)

# Twentieth and twenty-first blind batches: urges told by what the mind keeps going back to,
# use told formally or by the device.
CRAVING += (
    Rule(
        "craving.urge.mind_on_it",
        "craving",
        r"\ball i (?:can think about|think about|want|need) is (?:a |one |some |getting |to )?"
        r"(?:copping|cop|using|use|high|drunk|drinking|<HIT>|<DRUGS>|<SLANG>|glass of \w+)\b"
        r"|\b(?:staring at|looking at|still have) (?:the|his|her|my dealers?|my old dealers?)"
        r" number\b(?: \S+){0,6}(?: (?:staring|looking) at it)?"
        r"|\bno (?:he usado|use|he tomado|tome|he fumado|fume)\b (?:todavia |aun )?(?:pero|but)"
        r" (?:no dejo de pensar|no paro de pensar|pienso mucho|tengo (?:muchas )?ganas)\b"
        r"|\b(?:driving|drive|drove|walking|walk|walked) (?:past|by) (?:my |the )?old (?:corner"
        r"|spot|block|trap|dealers?)\b"
        r"|\bpensando en (?:mi|el) (?:antiguo|viejo) (?:punto|barrio|dealer|conecte|tienda)\b"
        r"|\b(?:using|drinking|high|getting high|partying)\b(?: \S+){0,6} (?:i want it|want some)"
        r" (?:so )?(?:bad|badly|much)\b",
        "Where the mind keeps going: 'all i can think about is copping', staring at the"
        " dealer's number, driving past the old corner, 'no he usado pero no dejo de pensar'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.formal_or_device",
        "relapse",
        r"\bi had (?:several|a few|some|many|a couple of|a couple|two|three|four|\d+) (?:drinks"
        r"|beers|glasses of wine|shots|cocktails)\b"
        r"|\bsmoked (?:a little|a bit|some)\b(?! (?:salmon|meat|brisket|fish|ribs|turkey|cheese))"
        r"|\bhit (?:my |his |her |a |the )?(?:\w+s )?(?:thc|weed|dab|wax) (?:pen|vape|cart)\b"
        r"|\b(?:hit|ripped) (?:the|a|his|her|my \w+s) (?:bong|pipe|blunt|joint|dab rig)\b"
        r"|\bque fume (?:el|ayer|anoche|hoy|este)\b",
        "Use told formally or by the device: 'I had several drinks at the wedding', 'hit my"
        " friend's thc pen', 'tengo que decirles que fume el domingo'.",
    ),
)

# Twenty-second blind batch: plain words for pills that were someone else's and urges told by a
# smell or a place.
RELAPSE += (
    Rule(
        "relapse.use.not_mine",
        "relapse",
        r"\b(?:pills|pastillas|meds|medicine|medicinas)\b(?: \S+){0,6} (?:que no eran mias"
        r"|that werent mine|that were not mine|not mine|not prescribed to me)\b"
        r"|\btook (?:a couple|some|a few|two|three|\d+|one) of (?:my )?\w+s (?:pain |sleeping "
        r"|anxiety"
        r" )?(?:pills|meds|xanax|percs|oxys)\b"
        r"|^had (?:a few|several|some|a couple|two|three) (?:glasses of \w+|drinks|beers|shots)\b",
        "'Took a couple of my mom's pain pills', 'me tome unas pastillas que no eran mias', 'had"
        " a few glasses of wine at the wedding'.",
    ),
)
CRAVING += (
    Rule(
        "craving.urge.set_off",
        "craving",
        r"\bwanted to (?:join|use|drink|get high|go with them) (?:so )?(?:bad|badly|much)\b"
        r"|\b(?:smelled|smell of|smelling|olor a|oli) (?:\S+ ){0,1}(?:<DRUGS>|<DRUG_ES>|<SLANG>)\b"
        r"(?: \S+){0,8} (?:cant shake it|cant stop thinking|want|ganas|no me lo saco)"
        r"|\b(?:wine aisle|liquor store|beer aisle|liquor aisle|the bar|my old bar)\b(?: \S+){0,6}"
        r" got to me\b",
        "Urges set off: old friends using and 'wanted to join so bad', weed smelled at the bus"
        " stop and 'can't shake it', 'the wine aisle got to me today'.",
    ),
)

# Twenty-third blind batch: use and urges in the same grammar of negation and contrast.
RELAPSE += (
    Rule(
        "relapse.use.said_against_a_denial",
        "relapse",
        r"\b(?:drank|used|relapsed|tome|use|consumi) on day \d+\b"
        r"|\b(?<=didnt use \. )i did\b|\b(?<=didnt drink \. )i did\b"
        r"|\bno (?:tome|use|fume|consumi)\b(?: \S+){0,3} pero (?:el \w+ |ayer |anoche )?si\b",
        "Use said against a denial: 'drank on day 58', 'i cant say i didnt use. i did', 'no tome"
        " el viernes pero el sabado si'.",
    ),
)
CRAVING += (
    Rule(
        "craving.urge.held_off_es",
        "craving",
        r"\b(?:estacionamiento|parking lot|outside|afuera)\b (?:del|de la|of the|de) (?:bar"
        r"|licoreria|liquor store|cantina)\b(?: \S+){0,6} (?:no he entrado|havent gone in|ayuda"
        r"|help)"
        r"|\btenia (?:muchas|muchisimas|tantas) ganas\b"
        r"|\bno (?:he consumido|consumi|he usado|use|he tomado|tome)\b (?:todavia |aun )?pero no"
        r" pienso en otra cosa\b",
        "Urges held off: in the bar's parking lot 'no he entrado, ayudame', 'dije que no pero"
        " tenia muchisimas ganas', 'no he consumido pero no pienso en otra cosa'.",
    ),
)

# Twenty-fourth blind batch: use and urges as older adults tell them - prescriptions taken
# past the label or from a late spouse, a hot toddy too many; a bottle kept and not opened.
RELAPSE += (
    Rule(
        "relapse.use.past_the_label",
        "relapse",
        r"\bdoubled up on my (?:\w+ )?(?:<PILLS>|norcos?|pills|meds)\b"
        r"|\b(?:taking|took|tome|tomando|been taking) (?:extra|more|de mas|mas de la cuenta)\b"
        r"(?: \S+){0,6} (?:than (?:the doctor|prescribed|i should)|de lo que (?:me )?(?:dijo"
        r"|receto))"
        r"|\b(?:used|took|use|tome|me tome)\b(?: \S+){0,3} (?:leftover|que le sobraron|que me"
        r" sobraron)\b|\b(?:late|difunt[oa]) \w+s? (?:leftover )?(?:<PILLS>|<PILLS_ES>)\b"
        r"|\b(?:asked|pedi|le pedi)\b(?: \S+){0,6} (?:pain pills|pills|pastillas)\b(?: \S+){0,5}"
        r" (?:and )?(?:took them|me las tome)\b"
        r"|\b(?:hot toddies|toddies|cooking wine|sherry|jerez)\b(?: \S+){0,8} (?:a couple more|the"
        r" rest|drank|just because)|\bdrank the rest of the (?:\w+ )?(?:wine|vodka|bottle)\b"
        r"|\b(?:i know )?(?:thats|that s|that is|that was) a relapse\b"
        r"|\bbotella de \w+\b(?: \S+){0,8} (?:ya va por la mitad|me la tome|me la acabe)\b",
        "Use told by older adults: 'doubled up on my Norco', extra oxycodone 'more than the"
        " doctor said', a late husband's leftover Valium, 'a couple more hot toddies just"
        " because', 'I know that's a relapse'.",
    ),
)
CRAVING += (
    Rule(
        "craving.urge.kept_and_not_opened",
        "craving",
        r"\b(?:no la he abierto|havent opened it|have not opened it|havent poured it|no la he"
        r" comprado|havent bought it|no (?:lo|la) he tocado|havent touched it)\b"
        r"|\bwishing for (?:one of )?(?:my )?(?:old )?(?:\w+ )?(?:<PILLS>|<HIT>|drink)\b"
        r"|\bquisiera (?:una|un) (?:de mis )?(?:\w+ )?(?:pastillas|trago|copa|cerveza|pastilla)\b"
        r"|\bstaring at the (?:cooler|bottle|beer|liquor|wine|fridge)\b"
        r"|\bcant stop thinking about (?:the )?(?:liquor|wine|beer|bottle|pills|a drink|drinking"
        r"|using)\b|\bkeep counting the (?:\w+ )?(?:<PILLS>|pills)\b"
        r"|\bme dan (?:unas )?ganas (?:tremendas |enormes |muchas )?de (?:entrar|tomar|beber)\b"
        r"|\bme despierto con ganas\b|\bsolo pienso en (?:una|la) (?:botella|copa|cerveza)\b"
        r"|\bhow good (?:two|one|a few) of (?:those|my) (?:old )?(?:pills|<PILLS>) would feel\b",
        "Urges kept in check: a bottle given as a present 'no la he abierto pero la quiero',"
        " counting a wife's Ativan, wishing for one of the old sleeping pills, staring at the"
        " cooler all afternoon.",
    ),
)

# Twenty-fifth blind batch: use and urges in young people's words.
RELAPSE += (
    Rule(
        "relapse.use.young_words",
        "relapse",
        r"\bback on (?:the )?(?:<DRUGS>|<SLANG>|dabs|carts|pills|bottle|percs|bars)\b"
        r"|\bpopped (?:a |two |some |another )?(?:bean|beans|pill|bar|perc|molly|xan\w*|roxy|blue"
        r"|blues|addy)\b",
        "'Back on the dabs, every day since monday', 'popped a bean at the rave'.",
    ),
)
CRAVING += (
    Rule(
        "craving.urge.in_hand",
        "craving",
        r"\b(?:havent|have not) hit it\b|\bno le he dado\b"
        r"|\bthinking about (?:<DRUGS>|<SLANG>|percs?|bars|carts) all day\b",
        "The thing in hand and not used: 'holding my old dab pen rn. haven't hit it', 'tengo el"
        " vape en la mano, no le he dado', 'thinking about percs all day'.",
    ),
)

# Twenty-sixth and twenty-seventh blind batches: use and urges told by family, or sideways.
RELAPSE += (
    Rule(
        "relapse.use.told_by_family",
        "relapse",
        r"\b(?:she|he|they) relapsed\b|\b(?:recayo|volvio a (?:consumir|tomar|usar|fumar|beber"
        r"|drogarse))\b|\b(?:uso|fumo|tomo|consumio) \w+ otra vez\b"
        r"|\bse echo (?:unas|unos|un|una) (?:\w+ )?(?:cervezas|chelas|tragos|copas|pases|lineas)\b"
        r"|\bgot into the (?:\w+ )?(?:cough syrup|bottle|pills|liquor) again\b"
        r"|\bse tomo todo el (?:vino|ron|tequila|alcohol|guaro)\b|\bshot up (?:this am|this"
        r" morning|today|last night)\b"
        r"|\b\d+ days? (?:turned into|became|is now|went to) (?:0|zero)\b"
        r"|\b(?:said yes (?:to|when) (?:my )?(?:old )?(?:plug|dealer|connect)|le dije que si al"
        r" (?:dealer|conecte))\b"
        r"|\bwent on a (?:\w+ )?(?:day )?(?:run|bender)\b"
        r"|\b(?:screen|test|ua|drug test|examen|prueba)\b(?: \S+){0,4} (?:come back dirty|be dirty"
        r"|salir positivo|dar positivo|come back positive)\b"
        r"|\btermine (?:fumando|tomando|usando|consumiendo)\b",
        "Use told by family or sideways: 'she relapsed on pills Tuesday', 'volvio a tomar', 'my"
        " 47 days turned into 0', 'my screen Monday is gonna come back dirty'.",
    ),
)
CRAVING += (
    Rule(
        "craving.urge.told_by_family",
        "craving",
        r"\b(?:se muere por|dying for) (?:un|una|a) (?:trago|copa|cerveza|drink|hit)\b"
        r"|\bmalilla\b"
        r"|\b(?:talking about calling|calling|call|llamar a) (?:his|her|my|su"
        r"|mi) (?:old )?(?:dealer"
        r"|plug|connect|conecte)\b"
        r"|\b(?:driving|drove|drive) (?:past|by) (?:his|her|their) old (?:corner|spot|block|trap)\b"
        r"|\b(?:screaming|begging|itching) for (?:a |one )?(?:drink|hit|pill|bump|line)\b",
        "Urges told by family: 'dice que se muere por un trago pero se esta aguantando', 'trae"
        " la malilla', 'keeps talking about calling his old dealer'.",
    ),
)

# Twenty-eighth blind batch: use and urges in plain sentences, without the words "relapse" or
# "craving" (held out: relapse 81.7%, craving 69.3%).
RELAPSE += (
    Rule(
        "relapse.use.plain_sentences",
        "relapse",
        r"\b(?:gummies|edibles?)\b[^\n]{0,40}\bate (?:one|two|three|\d+|some|them|a few)\b"
        r"|\bate an? (?:edible|gummy|weed gummy|thc gummy)\b"
        r"|\b(?:been|started|back to) (?:smoking|drinking|using) (?:\w+ )?(?:again|since)\b"
        r"|\b(?:compre|consegui)\b(?: \S+){0,4} y (?:lo|la|las|los) (?:use|fume|tome|inhale"
        r"|me meti)\b"
        r"|\b(?:bought|got|scored|copped) (?:some )?(?:pills"
        r"|<DRUGS>)\b(?: \S+){0,6} (?:and )?(?:took"
        r"|used|did|smoked) (?:them|it|some)\b"
        r"|\b(?:crushed|snorted|sniffed)\b(?: \S+){0,3} (?:my )?(?:\w+ )?(?:pills|<PILLS>)\b"
        r"|\bi had (?:\w+ )?(?:hard seltzers?|white claws?|trulys|trulies|seltzers|mimosas"
        r"|margaritas)\b"
        r"|\bsplit a (?:bottle|fifth|pint|six pack|12 pack|case) (?:of \w+ )?with\b"
        r"|\btook (?:half )?a (?:bar|xan|perc|roxy|blue)\b(?! exam)"
        r"|\bmore (?:of my \w+ )?than (?:prescribed|i should have|i was supposed to|the doctor"
        r" said)\b",
        "Use in plain sentences: weed gummies 'ate three', 'bought pills off a guy and took"
        " them', 'crushed and snorted my pain pills', 'split a bottle of whiskey with my"
        " brother', 'took half a bar', more than prescribed.",
    ),
)
CRAVING += (
    Rule(
        "craving.urge.plain_sentences",
        "craving",
        r"\b(?:thinking|think|pensando|pienso|obsessing|obsesionad[oa]|rehearsing|fantasizing)\b"
        r"(?: \S+){0,6} (?:<DRUGS>|<DRINK_ES>|<DRUG_ES>|a drink|a beer|cold beer|una botella|a"
        r" bottle|getting high|smoking weed|the rush|la botella|una copita|copa|trago|drogarme"
        r"|consumir|buy heroin|go buy)\b"
        r"|\b(?:body|cuerpo)\b(?: \S+){0,3} (?:is begging|begging|pide|esta pidiendo|craves"
        r"|screams)\b(?: \S+){0,2} (?:for )?(?:<DRUGS>|pills|heroina|<DRUG_ES>|<DRINK_ES>|alcohol"
        r"|a drink)\b"
        r"|\b(?:me muero por|dying for) (?:una|un|a) (?:raya|linea|line|hit|pase|trago|copa|drink"
        r"|beer|cerveza|bump)\b"
        r"|\b(?:pastillas|pills|botella|bottle)\b(?: \S+){0,5} (?:me estan llamando|are calling"
        r" (?:to )?me|calling my name)\b"
        r"|\bno dejo de mirarla\b|\bcant stop (?:looking at|staring at) (?:it|the bottle)\b"
        r"|\b(?:wanting|want|wanted|quiero) to (?:grab|buy|get|pick up|go buy"
        r"|go get) (?:a )?(?:bottle"
        r"|drink|beer|pills|dope)\b"
        r"|\b(?:scared|afraid|tengo miedo de) (?:ill |i ll |i will |de )?(?:spend|gastar)\w*"
        r" (?:it |lo )?(?:on|en) (?:dope|drugs|droga|alcohol|booze|pills)\b"
        r"|\bwant to (?:double up on|take more) (?:of )?(?:my )?(?:\w+ )?(?:<PILLS>)?\b"
        r"|\b(?:calling|call|text|llamar a) (?:my )?(?:old )?(?:friend|buddy"
        r"|amigo) who (?:always )?"
        r"has (?:<DRUGS>|meth|dope|pills|weed)\b"
        r"|\bfirst thought (?:was|went to) (?:the bar|a drink|drinking|getting high|using|the"
        r" liquor store)\b"
        r"|\bpart of me (?:really )?wants to (?:go )?(?:drink|use|get high|smoke)\b"
        r"|\b(?:pipe|pipa|bolsita|baggie|bottle|botella|stash)\b[^\n]{0,60}(?:i want it|quiero"
        r" usarla|quiero usarlo|la quiero|lo quiero)\b"
        r"|\btengo (?:demasiadas|tantas|muchisimas) ganas<END>"
        r"|\bquiero ir a\b(?: \S+){0,6} para (?:fumar|tomar|drogarme|consumir)\b"
        r"|\b(?:drove|went) to (?:my |the )?old (?:spot|corner|block)\b"
        r"|\b(?:keep|kept) (?:wandering|walking|going) (?:into|down|to) the (?:wine|liquor|beer)"
        r" aisle\b"
        r"|\b(?:havent|have not|no he) (?:used|consumido|usado)\b(?: \S+){0,2} (?:but|pero)\b"
        r"(?: \S+){0,4} (?:thought about it|thinking about it|lo pienso|pienso en eso)\b",
        "Urges in plain sentences: how good a cold beer would taste, a body 'begging for pills',"
        " 'me muero por una raya', pills that are 'calling me', payday and the fear of spending"
        " it on dope, the old friend who always has meth.",
    ),
)

# Batch 30: Spanish as texted across the Americas and Spain - the urge told by where one
# stands, what is in the pocket, who one is about to call; use told in regional slang
# ("me queme un cristal", "jale", "me puse hasta las chanclas").
_SELLER_ES = (
    r"(?:(?:el|la|al|del) (?:que|q) me (?:vendia|vende|surtia|conseguia)|(?:el|la|al|del) de la"
    r" (?:yerba|mota"
    r"|coca|piedra|merca|nieve)|mi (?:dealer|conecte|conecta|plug|viejo dealer)|el dealer"
    r"|el punto|la tiendita|el tiradero)"
)
CRAVING += (
    Rule(
        "craving.urge.close_to_using_es",
        "craving",
        rf"\b(?:pensando en|ganas de|casi|a punto de) (?:llamar|marcar|ir|pasar)\w* (?:a )?"
        rf"(?:la casa )?(?:del? )?{_SELLER_ES}"
        rf"|\bcasi le (?:marco|marque|llamo|llame|escribo|escribi) (?:a )?{_SELLER_ES}"
        rf"|\b(?:estoy|ando) (?:en el carro |parad[oa] |dando vueltas )?(?:afuera de|frente a"
        rf"|por) (?:la casa del?|el barrio donde|la esquina donde|donde) (?:\w+ )?(?:compraba"
        rf"|{_SELLER_ES}|me vendia|conseguia)\b"
        r"|\b(?:estoy|ando) dando vueltas por (?:el barrio|la calle|la zona) (?:donde|de donde)"
        r" (?:compraba|conseguia|me vendian)\b"
        r"|\b(?:a punto de|a nada de|cerca de) (?:romper|tirar|perder) (?:mis|los) \d+ (?:dias"
        r"|meses|semanas)\b|\b(?:estoy )?a nada de (?:ir a (?:buscar|comprar)|recaer|tomar|usar"
        r"|consumir|jalar|fumar)\b"
        r"|\b(?:pensando|pienso) en (?:la|el) (?:nieve|perico|piedra|cristal|mota|coca|chiva|foco"
        r"|botella|trago|pisto)\b"
        r"|\bse me (?:hizo|hace) agua la boca\b"
        r"|\b(?:tengo|con) (?:las )?ganas de (?:una |un )?(?:piedrita|piedra|rayita|raya|linea"
        r"|pase|jalon|toque|fumada|chela|chelita|cerveza|trago|jalar|quemar|fumar|tomar)\b"
        r"|\b(?:estoy|toy) con las ganas\b|\bno aguanto las ganas\b(?! de (?:ver|verte|verlos"
        r"|verlas"
        r"|abrazar|llegar|ir a (?:casa|verlos|verte)|que llegue|dormir|comer|ir al bano))"
        r"|\bno se si (?:aguante|voy a aguantar|aguanto)\b"
        r"|\bme (?:da|dio) miedo (?:que|q) si (?:salgo|voy|paso)\b(?: \S+){0,3} (?:voy a )?"
        r"(?:comprar|tomar|consumir|usar|recaer)\b"
        r"|\b(?:me encontre|encontre|tengo) (?:una |un )?(?:bolsita|bolsa|pipa|pase|raya|botella"
        r"|papel|globito)\b(?: \S+){0,7} (?:y )?(?:todavia )?no (?:la|lo) (?:he botado|bote|tiro"
        r"|he tirado"
        r"|puedo tirar)\b"
        r"|\bme paso por la cabeza (?:comprar|tomar|usar|consumir|ir a)\b"
        r"|\btengo (?:los|el|la) \d+ (?:dolares|pesos|varos|bolos)?\b(?: \S+){0,4} (?:y )?(?:se|ya"
        r" se) (?:exactamente )?(?:a )?donde (?:ir|comprar|conseguir)\b"
        r"|\b(?:la app|el uber|un uber|un taxi)\b(?: \S+){0,4} (?:hasta|para|al) (?:el punto"
        r"|la tiendita|el tiradero|donde compro)\b"
        r"|\b(?:la|una) botella\b(?: \S+){0,6} (?:la estoy mirando|la estoy viendo|no le quito"
        r" los ojos)\b"
        r"|\b(?:nevera|refri|refrigerador)\b(?: \S+){0,6} (?:llena|lleno) de (?:<DRINK_ES>)\b"
        r"(?: \S+){0,4} (?:aqui parad[oa]|mirando|no me muevo)\b",
        "'Ando pensando en llamar al que me vendia', 'estoy en el carro afuera de la casa del que"
        " me vendia', 'a punto de romper mis 90 dias', 'se me hizo agua la boca', 'tengo los 40"
        " dolares y se exactamente a donde ir', 'me encontre una bolsita y no la he botado':"
        " close to using, told by where one stands and what one holds.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.slang_es",
        "relapse",
        r"\bme (?:queme|fume|meti|jale|tire) (?:un |una |el |la |todo )?(?:<DRUG_ES>|toque|pase"
        r"|lo que|lo q)\b"
        r"|\b(?:ya )?me lo queme\b|\bjale (?:otra vez|de nuevo|anoche|ayer|hoy)\b"
        r"|\bse me fue la mano\b(?: \S+){0,3} (?:me puse|con el|con la|tomando|chupando)\b"
        r"|\bme puse hasta (?:las chanclas|atras|el culo|la madre|el gorro)\b"
        r"|\b(?:los|mis) \d+ (?:dias|meses)\b(?: \S+){0,3} (?:los )?(?:tire|tiré|perdi|bote) a la"
        r" basura\b|\b(?:los )?tire a la basura (?:anoche|ayer|hoy)\b(?: \S+){0,3} con (?:el |la"
        r" )?(?:<DRINK_ES>|<DRUG_ES>)\b"
        r"|\bme tome (?:\d+|unas|varias|dos|tres) pastillas de (?:las )?(?:de )?mi (?:espos[oa]"
        r"|mama"
        r"|papa|abuel[oa]|herman[oa])\b"
        r"|\bvolvi (?:al|a la|a las|a los) (?:vino|trago|<DRINK_ES>|<DRUG_ES>|pastillas|botella)\b"
        r"|\bme dio el bajon\b(?: \S+){0,3} me fume\b"
        r"|\bcompre (?:<DRUG_ES>|<DRINK_ES>)\b(?: \S+){0,4} (?:y )?(?:ya )?me lo (?:queme|fume"
        r"|meti|tome)\b",
        "'Me queme un cristal con mi ex ayer', 'jale otra vez', 'se me fue la mano, me puse hasta"
        " las chanclas', 'llevaba 40 dias y los tire a la basura anoche con el ron', 'volvi al"
        " vino': use told in regional slang.",
    ),
    Rule(
        "relapse.use.drinking_now",
        "relapse",
        r"\b(?:im|i am) at (?:the|a) (?:bar|club|party)\b(?: (?:on|in|by|at|down) (?:the )?\S+(?:"
        r" \S+)?)? (?:drinking|getting drunk|doing shots|with a drink)\b",
        "'Im at the bar on the corner drinking rn': using right now.",
    ),
)

# Batch 31: urges and use told in passing by people in an emergency-room and hotline voice.
CRAVING += (
    Rule(
        "craving.urge.on_the_edge",
        "craving",
        r"\b(?:about to|bout to|gonna|casi|ya casi) (?:grab|agarro|agarrar|take|tomo) (?:one|una"
        r"|uno"
        r"|a drink|a beer|a shot)\b"
        r"|\bfighting it so hard\b|\bfighting (?:the urge|the craving|it) (?:so hard|rn|right now"
        r"|all day)\b"
        r"|\b(?:thumb|finger) (?:is )?on the (?:call|send|dial) button\b"
        r"|\b(?:got|have) (?:the )?(?:money|cash|\d+ (?:bucks|dollars)) (?:in my hand|in my pocket"
        r"|right here)\b(?: \S+){0,4} (?:thinking about|about to|gonna) (?:calling|call|text"
        r"|texting|go|going) (?:him|her|them|my guy|the plug)\b"
        r"|\bfirst thought was (?:a |the )?(?:bottle|drink|beer|pills|using|getting high"
        r"|my dealer)\b"
        r"|\bmy mouth (?:is|was|started) watering\b|\bse me (?:hace|hizo) agua la boca\b"
        r"|\bme quiero ir a comprar\b",
        "'Everyone at this bbq is drinking and im about to grab one', 'fighting it so hard rn',"
        " 'my thumb is on the call button', 'my first thought was a bottle', 'now my mouth is"
        " watering': on the edge of using.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.owned_up",
        "relapse",
        r"^(?:\d+|a few|some|like \d+) (?:beers|drinks|shots|lines|pills|bars)(?: \.)? (?:i know"
        r"|sorry|not proud|i messed up|i screwed up)\b"
        r"|\bsmoked a (?:lil|little|bit)\b(?: \S+){0,4} (?:but still|not proud|sorry|i know)\b"
        r"|\bwent to the (?:bar|liquor store|club)\b(?: \S+){0,3}(?: \.)? (?:not proud|i messed up"
        r"|i know|sorry|dont be mad)\b",
        "'4 beers. i know', 'smoked a lil after work just weed but still', 'went to the bar after"
        " group. not proud': use owned up to in a few words.",
    ),
)

# Batch 32: use and urges told in passing inside an ordinary text.
CRAVING += (
    Rule(
        "craving.urge.in_passing",
        "craving",
        r"\b(?:one|a) bad day (?:away )?from (?:picking up|using|relapsing|drinking)\b"
        r"|\ba un mal dia de (?:recaer|tomar|consumir)\b"
        r"|\b(?:cash|money|the \d+|dinero|lana) in my hand\b(?: \S+){0,4} (?:hes|shes|he is|the"
        r" guy is) \d+ (?:min|mins|minutes) away\b"
        r"|\bdeleted (?:his|her|their|the) number\b(?: \S+){0,5} (?:and )?put it back\b"
        r"|\b(?:staring|looking|viendo|mirando) (?:at )?(?:the |las |los )?(?:tall ?boys|beers|wine"
        r"|bottles|cheves|chelas|cervezas|botellas)\b(?: \S+){0,3} (?:and )?(?:my feet wont move"
        r"|cant move|no me puedo mover|cant leave|cant walk away)\b"
        r"|\b(?:smell|huelo)\b(?: \S+){0,6} (?:weed|mota|smoke|crack|humo)\b(?: \S+){0,6} (?:pacing"
        r"|dando vueltas)\b"
        r"|\bi (?:already )?know (?:im|i am) (?:going|gonna) (?:to )?want to\b",
        "'Ive been one bad day away from picking up all week', 'i have the cash in my hand and hes"
        " 5 min away', 'i deleted his number 3 times and put it back', 'staring at the tall boys"
        " and my feet wont move', 'i can smell the weed through the wall and ive been pacing'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.in_passing",
        "relapse",
        r"\bended up (?:buying|using|drinking|copping|getting) (?:dope|some|a bottle|pills|fent"
        r"|drunk|high)\b|\bcompre en la calle para no (?:enfermarme|malilla|estar malo)\b"
        r"|\bsplit (?:the )?(?:last of the )?(?:pills|bottle|bag|a bottle|a bag|a fifth)\b"
        r"|\b(?:days|clean time|sobriety|date) (?:got |was )?reset\b"
        r"|\b(?:anoche|ayer|hoy|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))"
        r" (?:use|consumi|recai)\b"
        r"|\b(?:una|unas) copitas?\b(?: \S+){0,10} fueron como \d+\b"
        r"|\b(?:iba a|va a|salio|sale) (?:salir )?(?:sucio|positivo)\b(?: \S+){0,3} (?:porque|pq)"
        r" (?:fume|tome|use|consumi)\b",
        "'Ended up buying dope monday so i wouldnt be sick', 'split the last of the pills', 'my 30"
        " days got reset lol', 'anoche use', 'una copita, bueno fueron como 4', 'iba a salir sucio"
        " porque fume': use told in passing.",
    ),
)

# Batch 34: urges as self-medication, in people with co-occurring disorders.
CRAVING += (
    Rule(
        "craving.urge.self_medicating",
        "craving",
        r"\bhow easy it would be to (?:go )?(?:get|grab|buy|cop|score) (?:some|one|a)\b"
        r"|\b(?:know exactly|ya se) (?:who|a quien) (?:im calling|to call|ill call"
        r"|le voy a (?:hablar"
        r"|llamar)|llamar)\b"
        r"|\balmost went to (?:the corner|the spot|my dealer|the bar|the liquor store"
        r"|my old spot)\b"
        r"|\b\d+ (?:seconds?|minutes?|mins?) (?:away )?from (?:grabbing|buying|using|drinking"
        r"|calling|picking up)\b"
        r"|\b(?:only thing that|lo unico que)\b(?: \S+){0,4} (?:was|is|es|era) (?:dope|drinking"
        r"|getting high|using|pills|the bottle|la botella|tomar|drogarme|<DRUG_ES>)\b"
        r"|\b(?:got paid|payday|me pagaron)\b[^\n]{0,60}\b(?:used to mean|significaba"
        r"|trying so hard"
        r" not to|me estoy aguantando)\b"
        r"|\bif i (?:just )?(?:smoke|drink|use|take|have) (?:a little|some|one"
        r"|a bit)\b(?: \S+){0,4}"
        r" (?:will|would) (?:chill|calm|stop|help|go away|shut up)\b"
        r"|\b(?:has|tiene) some\b(?: \S+){0,2}(?: \.)? (?:i )?(?:didnt|havent|did not) (?:answer"
        r"|answered|reply|replied) yet\b"
        r"|\bnot using but (?:close|almost)\b|\bno he usado pero (?:casi|estoy cerca)\b"
        r"|\bquiero comprar en la calle\b|\btemblando de las ganas\b|\bayudame a no hacerlo\b"
        r"|\bme ofrecio\b[^\n]{0,40}\bno he ido pero quiero\b"
        r"|\bquiero un poco de (?:<DRUG_ES>|<DRINK_ES>)\b"
        r"|\b(?:tomando|chupando|pisteando|bebiendo)\b[^\n]{0,60}\bme muero de ganas<END>",
        "'Thinking about how easy it would be to go get some', 'if i miss my dose i know exactly"
        " who im calling', 'the only thing that ever made them stop was dope', 'got paid today."
        " that used to mean one thing', 'if i just smoke a little the paranoia will chill out'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.around_treatment",
        "relapse",
        r"\b(?:i )?did (?:some|most|a little|a bit) of (?:the |an |a |his |her |my friends )?"
        r"(?:\w+ )?(?:<DRUGS>|ketamine|ket|coke|meth|8 ?ball|eight ?ball|dope|molly)\b"
        r"|\b(?:bought|got|copped) an? (?:8 ?ball|eight ?ball|gram|g|bundle|bag)\b(?: \S+){0,3} did"
        r" (?:most|all|half|some) of it\b"
        r"|\b(?:dope ?sick|sick)\b(?: \S+){0,4} so i (?:copped|used|bought|scored|got some)\b"
        r"|\b(?:skipped|stopped|quit|deje) (?:my |la |el )?(?:suboxone|suboxona|methadone|metadona"
        r"|vivitrol|naltrexone)\b(?: \S+){0,3} (?:so i could|para poder) (?:get high|use|drink"
        r"|drogarme|tomar|usar)\b",
        "'I did some of the ketamine my friend had', 'was dope sick by noon so i copped', 'skipped"
        " my suboxone so i could get high', 'was manic and bought an 8 ball, did most of it', 'deje"
        " la suboxona para poder drogarme y lo hice'.",
    ),
)

# Batch 33: urges in dictated and misspelled texts.
CRAVING += (
    Rule(
        "craving.urge.close_and_fighting",
        "craving",
        r"\b(?:got|have|pulled) (?:the |my )?(?:dealers|plugs|guys) number up\b"
        r"|\bdriving around (?:my |the )?old (?:spot|block|corner|neighborhood)\b"
        r"|\b(?:ready|about) to throw away my \d+ (?:days|months|years)\b"
        r"|\b(?:estan|estan) (?:tomando|chupando|pisteando)\b[^\n]{0,40}\bme quiero unir\b"
        r"|\bno (?:he|e) (?:tomado|usado|consumido) pero estoy a punto\b"
        r"|\b(?:sitting|parked|standing) (?:out ?side|in front of) the (?:liquor store|bar)\b"
        r"(?: \S+){0,4} talking (?:my ?self|myself) out of it\b",
        "'I got the dealers number up on my phone', 'im driving around my old spot trying not to"
        " stop', 'ready to throw away my 6 months for one hit', 'no he tomado pero estoy a punto'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.picked_up_after",
        "relapse",
        r"\bpicked up a (?:drink|beer|bottle|pill)\b(?: \S+){0,2} (?:after|tonight|last night)\b",
        "'I picked up a drink tonight after 3 months'.",
    ),
)

# Batch 35: use and urges said in emoji (":drink:", ":leaf:", ":snow:", ":pill:") and meme talk.
_EMOJI_USE = r"(?::drink:|:leaf:|:snow:|:pill:|:cigarette:|:puff:|:syringe:)"
CRAVING += (
    Rule(
        "craving.urge.in_emoji",
        "craving",
        rf"\b(?:wants?|want|need|craving|antojad[oa] de)\b(?: \S+){{0,2}} (?:a |an |some |un "
        rf"|una )?"
        rf"{_EMOJI_USE}"
        rf"|\b(?:get|getting) (?:zooted|lit|faded|wasted|turnt|blitzed)\b(?: \S+){{0,4}}"
        rf"(?: {_EMOJI_USE}| someone stop me| ngl| tonight)"
        rf"|{_EMOJI_USE}(?: {_EMOJI_USE})*(?: \.)* (?:no|not yet)\b[^\n]{{0,20}}\b(?:i want it"
        rf"|but i"
        rf" want)\b"
        r"|\b(?:keep )?(?:opening|smelling) the bottle\b(?: \S+){0,4} (?:havent|have not|didnt)"
        r" (?:drank|drunk|had)\b"
        r"|\b(?:gonna|going to) be (?:beer|drinks|booze|stuff|pills) there\b(?: \S+){0,2} (?:scared"
        r"|afraid) (?:ill|i will|i might) (?:drink|use)\b"
        r"|\bno (?:he|e) tomado pero (?:ya )?tengo (?:la|una) (?:cerveza|botella|chela)\b"
        r"|\b(?:cant stop thinking about|thinking about) (?:pills|dope|coke|drinking|a drink)\b"
        r"(?: \S+){0,5} (?:havent|have not) (?:taken|had|used|drank) any\b",
        "'Everything in me wants a 🍺', 'really want to get zooted tonight 🍃💨', 'tryna get lit fr"
        " 🍺 someone stop me', 'ando bien antojado de un pase ❄️', 'i keep opening the bottle and"
        " smelling it, havent drank'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.in_emoji",
        "relapse",
        rf"\b(?:fell off|had|drank|did|snorted|smoked|hit)\b(?: (?:the |some |a few |\d+ ))?"
        rf"{_EMOJI_USE}"
        rf"|\bhad (?:\d+|a few|some|like \d+) {_EMOJI_USE}"
        rf"|\bhad the {_EMOJI_USE}"
        rf"|\b(?:back on my bs|fell off)\b(?: \S+){{0,2}} {_EMOJI_USE}"
        rf"|{_EMOJI_USE} (?:{_EMOJI_USE} )*(?:every night|all week|last night|sunday|friday"
        rf"|saturday"
        rf"|yesterday)\b"
        r"|\bits giving relapse\b"
        r"|\b(?:tried to|was gonna) (?:do|have) (?:just )?one (?:drink|beer"
        r"|shot)\b[^\n]{0,20}\bended"
        r" (?:up )?with \d+\b"
        r"|\b(?:snorted|smoked|drank|took) some (?:at|after|before) the (?:show|party|club|concert"
        r"|game|bar)\b",
        "'Fell off 🍺 again', 'had 3 🥃 at my cousins bday', 'back on my bs. 🍃 every night this"
        " week', 'me: 90 days clean. also me: 🍾🍾🍾 sunday', 'tried to do one drink, ended with"
        " 8', 'snorted some at the show ❄️'.",
    ),
)

# Batch 36: use and urges in the Englishes of US treatment programs.
CRAVING += (
    Rule(
        "craving.urge.in_dialect",
        "craving",
        r"\bmight could hold out\b|\b(?:dont|do not|not) know how long (?:i|mi) (?:can"
        r"|could) (?:hold"
        r" on|hold out|sit here|last|keep it up)\b"
        r"|\b(?:belly|body|everything) (?:a |is )?call(?:ing)? (?:fi|for) (?:di |the )?(?:rum|it"
        r"|drink|liquor|weed|herb|pills|dope)\b"
        r"|\beverybody (?:on the block|around me|here) (?:got|has) it\b"
        r"|\b(?:rolling up|passing it|lighting up)\b(?: \S+){0,3} (?:how long|cant sit|i want)\b"
        r"|\b(?:aint|havent|have not) touched (?:em|them|it) yet\b"
        r"|\b(?:want|need) it more than ever\b"
        r"|\b(?:holding|sipping) (?:a )?(?:red cup of )?(?:pop|soda|water)\b[^\n]{0,20}\b(?:this"
        r"|its)"
        r" hard\b"
        r"|\b(?:aint|havent|have not) called (?:it|him|her) (?:\. )?yet\b"
        r"|\bpicking up my phone to (?:text|call) (?:him|her|my guy|the plug) for (?:a|some)\b"
        r"|\bsone que (?:usaba|tomaba|consumia) y desperte con ganas\b",
        "'I might could hold out till group but I dont know', 'mi belly a call fi di rum bad"
        " tonight', 'cuz got some blues and im sitting in his car. aint touched em yet', 'got the"
        " number saved under a fake name. aint called it. yet'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.in_dialect",
        "relapse",
        r"\bdipped in the bottle\b|\b(?:got|been|was) back on (?:last night|again|it|that)\b"
        r"|\b(?:i|mi) smoke some\b(?: \S+){0,3} (?:last night|yesterday|this morning)\b"
        r"|\bsnuck (?:a|a couple|some|two|three) (?:beers|drinks|shots|sips|hits)\b"
        r"|\btook (?:two|three|a couple|some|\d+) of my (?:\w+ )?(?:nerve pills|pain pills|pills"
        r"|xanax|klonopin)\b"
        r"|\b(?:got|get) my script filled\b[^\n]{0,40}\btaking (?:em|them) all week\b"
        r"|\bpill mill\b[^\n]{0,40}\b(?:got|filled|taking)\b"
        r"|\b(?:been|was|stay) on that (?:lean|drank|syrup|perc|blues|dope|fent)\b"
        r"|\b(?:i )?fall off\b(?: \S+){0,2} (?:i )?drink\b|\bcaught a buzz\b"
        r"|\bblew it all on (?:dope|drugs|crack|pills|liquor|coke)\b"
        r"|\b(?:been|was) sippin(?:g)? again\b"
        r"|\bya use\b(?: \S+){0,2}(?: perdon| lo siento)?",
        "'I dipped in the bottle after my mamas funeral', 'I got back on last night', 'snuck a"
        " couple beers at the fish fry', 'took two of my aunts nerve pills', 'been on that lean"
        " all weekend', 'caught a buzz at the cookout', 'fui y compre. ya use'.",
    ),
)

# Batch 37: use and urges of people whose work puts drugs in reach (nurses, medics,
# pharmacists, officers): diversion is use, standing at the Pyxis is a craving.
CRAVING += (
    Rule(
        "craving.urge.at_work",
        "craving",
        r"\b(?:pyxis|narc box|narc count|waste count|botiquin|the kit)\b[^\n]{0,60}\b(?:wanted"
        r" to|quería|queria|thinking about it|cant stop|get away with|nonstop|pero quería)\b"
        r"|\b(?:stood|standing|me quede) (?:in front of|frente al) (?:the )?pyxis\b"
        r"|\b(?:id|i would) give anything for (?:a |one )?(?:xanax|drink|beer|hit|line|pill|bump)\b"
        r"|\bone bad (?:shift|day|night|call) away from (?:using|drinking|picking up|relapsing)\b"
        r"|\bpre ?contemplation about staying (?:clean|sober)\b"
        r"|\bpart of me wants to (?:celebrate|reward myself) (?:by|with) (?:using|drinking"
        r"|a drink)\b"
        r"|\b(?:30 rack|case|six pack|twelve pack|cerveza|chelas)\b[^\n]{0,40}\b(?:fridge|nevera"
        r"|refri)\b[^\n]{0,30}\b(?:im sitting|yo en el|sitting on)\b"
        r"|\b(?:smell|olor) (?:of|del?) (?:alcohol|the) (?:swabs|torundas|de las torundas)\b"
        r"|\bel craving esta a mil\b|\bi dont trust myself<END>",
        "'Stood in front of the pyxis way too long today. didnt pull anything. but I wanted to',"
        " 'Im one bad shift away from using', 'id give anything for a xanax rn', 'my buddy"
        " brought a 30 rack over. its in the fridge. Im sitting on the porch'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.diverted",
        "relapse",
        r"\b(?:diverted|desvie|skimmed|pulled|stole|robe|got)\b[^\n]{0,40}\b(?:used it|me lo puse"
        r"|me la puse|for myself|twice this week|used)\b"
        r"|\b(?:used|use|usé|me puse)\b (?:\w+ )?(?:ketamine|ketamina|fentanyl|fentanilo|morphine"
        r"|morfina|dilaudid)\b (?:from|del) (?:the )?(?:kit|botiquin|rig|box|cart)\b"
        r"|\b(?:wasted|waste)\b[^\n]{0,20}\binto my own arm\b"
        r"|\b(?:que tenia que desechar|i was supposed to waste)\b[^\n]{0,20}\b(?:me la puse|me lo"
        r" puse|i used|into my arm)\b"
        r"|\bprn for myself\b|\bmy bac (?:right now )?is (?:probably )?\.?\d+\b"
        r"|\b(?:antidoping|uds|drug screen|ua) (?:va a|will) (?:salir )?(?:positivo|be positive"
        r"|come back positive|pop)\b",
        "'Pulled from the pyxis for myself last night', 'EMT here, used ketamine from the kit',"
        " 'I wasted half the dilaudid into my own arm', 'desvie fentanilo en el trabajo y me lo"
        " puse', 'PRN for myself: 2 xanax and a bottle of wine', 'my BAC right now is probably"
        " .15'.",
    ),
)

# Batch 38: use and urges disclosed at arm's length (asking, supposing, "a friend").
CRAVING += (
    Rule(
        "craving.urge.at_arms_length",
        "craving",
        r"\b(?:pill|pastilla|bottle|botella|bag|bolsita)\b[^\n]{0,40}\b(?:staring at me|mirandome"
        r"|looking at me)\b"
        r"|\bhow (?:does|do) (?:she|he|i|you) put it down\b|\bhow do (?:people|you) not (?:use"
        r"|drink)\b|\bhow close is too close\b|\b(?:hadnt|havent|didnt) hit send\b"
        r"|\b(?:im getting|ill get|gonna get) a bottle\b[^\n]{0,20}\b(?:havent yet|not yet)\b"
        r"|\b(?:payday|dia de pago)\b[^\n]{0,40}\b(?:shaking|tiemblan)\b"
        r"|\bmovie of (?:getting high|using|drinking)\b"
        r"|\b(?:sober|clean|limpio|limpia|sobri[oa]) but barely\b|\b(?:sober|clean|limpio|limpia)\b"
        r"[^\n]{0,30}\b(?:by a thread|de un hilo)\b"
        r"|\baguantandome? de entrar\b|\baguantandose de entrar\b"
        r"|\bse exactamente a quien llamar\b"
        r"|\bwould it (?:really )?be (?:that )?bad if i had (?:one|a drink|a beer|a hit)\b",
        "'I found an old pill in my coat pocket and its sitting on the table staring at me',"
        " 'hypothetically how close is too close', 'its payday and my hands are already shaking"
        " thinking about it', 'sober but barely. like by a thread'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.at_arms_length",
        "relapse",
        r"\bdoes (?:kratom|\w+) count\b[^\n]{0,40}\b(?:been taking|took|had)\b"
        r"|\bbreathalyzer\b[^\n]{0,40}\bnot what happened\b"
        r"|\b(?:doing so good|iba muy bien)\b[^\n]{0,30}\b(?:happened|llego el)\b"
        r"|:quote: friend :quote: (?:used|drank|relapsed|slipped)\b"
        r"|\b(?:because|porque) (?:it )?(?:was|fue) (?:one|una)\b[^\n]{0,10}\b(?:ok|bueno) (?:two"
        r"|dos)\b"
        r"|\bhypothetically\b[^\n]{0,40}\b(?:someone|alguien) (?:drank|used|relapsed)\b"
        r"|\bpositive\b[^\n]{0,30}\bit will<EOT>"
        r"|\b(?:may have been|were) (?:some )?(?:beers|drinks|pills|lines) (?:consumed|drank|had)\b"
        r"|\bse consumieron\b"
        r"|\bsomeone gave it to me\b[^\n]{0,20}\bdoes it count\b"
        r"|\bbottle\b[^\n]{0,30}\bis empty now\b|\bbotella\b[^\n]{0,40}\bya esta vacia\b"
        r"|\bfui yo<EOT>|\bandaba (?:tomado|borracho|pedo|drogado|high)\b"
        r"|\b(?:cuanto dura|how long does)\b[^\n]{0,30}\b(?:en la orina|in (?:your )?urine|stay in"
        r" your system)\b[^\n]{0,30}\b(?:uso|used|usó)\b"
        r"|\bhipoteticamente si alguien se tomo\b"
        r"|\bif i slipped (?:on|last) \w+\b",
        "'Does kratom count? Because Ive been taking it all week', 'I was doing so good and then"
        " Friday happened', 'does a drink count if it was just one? because it was one. ok two',"
        " 'the bottle in my trunk is empty now', 'les hubiera escrito anoche pero andaba tomado'.",
    ),
)

# Batch 39: use and urges typed drunk, high or dope sick.
CRAVING += (
    Rule(
        "craving.urge.sick_and_close",
        "craving",
        r"\bdope ?sick\b[^\n]{0,40}\b(?:find my guy|go find|need|begging|cant do this|tell me)\b"
        r"|\bneed to get well\b|\b(?:legs wont stop kicking|sweating and yawning)\b"
        r"|\b(?:payday|quincena)\b[^\n]{0,30}\b(?:brain is screaming|no para de pedirme)\b"
        r"|\bone (?:beer|drink|shot) would fix it\b"
        r"|\b(?:weed|pills|bottle|coke|bolsita)\b[^\n]{0,40}\b(?:staring at it|la tengo en la mano"
        r"|in my hand)\b"
        r"|\boffered me (?:a|some)\b[^\n]{0,10}\b(?:pill|drink|hit|line)\b[^\n]{0,20}\balmost took"
        r" it\b"
        r"|\bthe (?:wine|beer|vodka|bottle) is in my cart\b"
        r"|\bwhats stopping me from (?:just )?(?:gettin|getting|buying) a bottle\b"
        r"|\btiene (?:cristal|perico|mota|coca)\b[^\n]{0,20}\bme muero de ganas\b"
        r"|\bestoy a nada de hacerlo\b",
        "'Dope sick so bad gonna go find my guy', 'sweating and yawning, i need to get well', 'my"
        " hands are shakin this morning and i know one beer would fix it', 'the wine is in my"
        " cart at the store rn', 'hoy es quincena y mi cabeza no para de pedirme'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.typed_tipsy",
        "relapse",
        r"\bdont tell my (?:counselor|counslor|sponsor|po)\b[^\n]{0,20}\bi had (?:like )?\d+\b"
        r"|\b(?:a lil|a little|kinda) (?:tipsy|buzzed|drunk|high|faded)\b"
        r"|\bim lit rn\b|\bmargs hit\b"
        r"|\bsmokin(?:g)? (?:weed|crack|meth|dope) all (?:weekend|week|day|night)\b"
        r"|\bmight have had a (?:couple|few)\b[^\n]{0,20}\b(?:beers|drinks|shots)\b",
        "'Dont tell my counslor i had like 6', 'hiiii im a lil tipsy dont b mad', 'im lit rn"
        " lmaoo', 'smokin weed all weekend i know i know', 'i might have had a couple (like 5)"
        " beers'.",
    ),
)

# Batch 40: use and urges of participants in the justice system.
CRAVING += (
    Rule(
        "craving.urge.after_release",
        "craving",
        r"\bone bad (?:phone call|call|text|visit|hearing) away from (?:using|drinking"
        r"|picking up)\b"
        r"|\b(?:ua|drug test|test) (?:is )?tomorrow\b[^\n]{0,30}\ball i can think about is after\b"
        r"|\bi want it so bad\b"
        r"|\b(?:dreamed|dreamt|sone) (?:about )?(?:using|que usaba)\b[^\n]{0,30}\b(?:wanting it"
        r"|con ganas)\b"
        r"|\b(?:paycheck|cheque|quincena)\b[^\n]{0,30}\b(?:straight to dope|goes to dope|a la"
        r" droga)\b"
        r"|\b(?:getting violated|me van a regresar)\b[^\n]{0,30}\b(?:why not use|mejor me drogo)\b"
        r"|\b(?:old cellie|ex companero de celda)\b[^\n]{0,20}\b(?:has some|tiene)\b"
        r"|\btook everything in me not to\b"
        r"|\bestuve a punto de (?:comprar|tomar|usar|consumir)\b",
        "'Im one bad phone call away from using', 'UA is tomorrow and all I can think about is"
        " after', 'first paycheck since release and my brain goes straight to dope', 'if Im"
        " getting violated anyway why not use first', 'my old cellie has some'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.after_release",
        "relapse",
        r"\bfirst (?:thing i did|day) (?:when|after|since) (?:they released me|i got out|release)\b"
        r"[^\n]{0,20}\b(?:drink|drank|use|used|got high)\b"
        r"|\b(?:use|consumi|tome) el primer dia que sali\b"
        r"|^(?:pills|beer|dope|coke|meth|weed)(?: \.)? (?:last night|yesterday|today)\b"
        r"|\bpastillas para dormir que no son mias\b"
        r"|\bme volvi a inyectar\b"
        r"|\b(?:llevo|ya llevo) (?:\w+ )?dias tomando\b",
        "'First thing I did when they released me was drink a 40', 'pills. last night. dont tell"
        " the program yet', 'me volvi a inyectar anoche', 'ya llevo tres dias tomando'.",
    ),
)

# Batch 41: urges in plain first texts.
CRAVING += (
    Rule(
        "craving.urge.plain_first_texts",
        "craving",
        r"\bone (?:phone )?call away from (?:using|drinking|picking up)\b"
        r"|\bthe only thing i want is (?:a|one) (?:drink|beer|hit|pill|line)\b"
        r"|\b(?:driving|walking|heading) (?:toward|towards|to) my old (?:neighborhood|block|spot)\b"
        r"|\bin the (?:beer|wine|liquor) aisle\b"
        r"|\blooking up where to buy\b"
        r"|\bestoy a punto de agarrar (?:una|un) (?:cerveza|trago|chela)\b"
        r"|\b(?:me escribio|me mando mensaje) el que me vendia\b"
        r"|\bcomo se aguantan las ganas\b",
        "'Im one phone call away from using', 'the only thing I want is a drink', 'Im driving"
        " toward my old neighborhood and I know why', 'Im in the beer aisle right now', 'me"
        " escribio el que me vendia'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.plain_first_texts",
        "relapse",
        r"\bended up doing (?:a couple|some|a few|a) (?:lines|line|shots|pills|hits)\b"
        r"|\btermine metiendome\b|\bllevo tomando desde\b",
        "'Went to a party and ended up doing a couple lines', 'termine metiendome cocaina', 'llevo"
        " tomando desde el viernes'.",
    ),
)

# Batch 42: use and urges in chemsex (G, tina, clouds, PnP, slamming) and the apps.
_CHEMS = r"(?:g|ghb|gina|tina|tine|chems|clouds|t|cristal|crystal|meth|poppers|pnp|party and play)"
CRAVING += (
    Rule(
        "craving.urge.chems",
        "craving",
        rf"\b(?:offered|ofrecio|has|tiene|always has"
        rf"|says he has)\b[^\n]{{0,12}}\b{_CHEMS}\b[^\n]{{0,40}}"
        r"\b(?:thinking about it|lo estoy pensando|dont want to say no|cant sleep)\b"
        rf"|\b(?:all i (?:can )?think about is|solo pienso en(?: el| la)?) {_CHEMS}\b"
        rf"|\bthinking about calling\b[^\n]{{0,40}}\b(?:has|always has) {_CHEMS}\b"
        r"|\b(?:download|descargar|descargue|volvi a descargar|opening|open)\b[^\n]{0,12}"
        r"\b(?:the app|grindr|la app)\b[^\n]{0,40}\b(?:i know why|ya se lo que busco|diamond"
        r"|looking at profiles)\b"
        r"|\b(?:wanna|want to|quiero ir a(?: una)?)\b[^\n]{0,10}\b(?:pnp|fiesta de chems)\b"
        r"|\btyped yes and deleted it\b"
        r"|\b(?:sauna|vapor)\b[^\n]{0,40}\b(?:you know what that means|se como termina)\b"
        r"|\b(?:going to be|gonna be) (?:high|g|tina)\b[^\n]{0,30}\bi want to be too\b"
        r"|\bgonna be g there\b|\bgot the address for the after\b"
        r"|\bmy body remembers\b|\bthe apps and the chems\b"
        r"|\bestoy afuera del antro\b|\bno he usado pero estoy a nada\b"
        r"|\bnumero de alguien que vende\b[^\n]{0,30}\blo estoy viendo\b",
        "'Someone on the app offered tina and im thinking about it', 'pride weekend coming up and"
        " all i can think about is G', 'got a msg asking if i wanna PnP tonight. i typed yes and"
        " deleted it 3 times', 'quiero ir al vapor hoy y se como termina eso'.",
    ),
)
RELAPSE += (
    Rule(
        "relapse.use.chems",
        "relapse",
        rf"\b(?:did|took|doing|hice"
        rf"|ended up doing)\b[^\n]{{0,12}}\b{_CHEMS}\b[^\n]{{0,40}}\b(?:hookup"
        r"|sunday|tuesday|last night|weekend|with (?:a guy|some guys)|ashamed|grindr)\b"
        r"|\bended up at a (?:pnp|chems) (?:thing|party)\b|\bslammed again\b"
        r"|\b(?:had chems|tenia cristal|me ofrecio cristal)\b[^\n]{0,20}\b(?:i said yes|y acepte)\b"
        r"|\btermine en una fiesta de (?:tina|chems|g)\b|\bhice chemsex\b"
        r"|\bended up doing g\b",
        "'Ended up at a PnP thing last night', 'slammed again this weekend', 'i took clouds with"
        " some guys from grindr tuesday', 'anoche termine en una fiesta de tina'.",
    ),
)
# The forty-eighth blind batch: use reported in English as a second language, in the present
# tense with a past time ("saturday i use the cocaine", "i smoke the weed 2 days ago"), or in
# translated phrases ("I made relapse", "the vodka won", "i slip").
_ESL_USE = r"(?:use|smoke|smoked|drink|take|chew|chewed|snort|sniff|inject|shoot|do|buy)"
_ESL_THING = (
    r"(?:the |some |a |many |with \w+ )?(?:<DRUGS>|<SLANG>|soju|cachaca|horilka|khat|opium|meth"
    r"|line|lines|crack|fent|bag|beer|beers"
    r"|cocaine|weed|marijuana|vodka|beer|whiskey|pills? of|\d+ of the pills|pain medicine"
    r"|\d+ of (?:the )?(?:pills|<PILLS>) of)"
)
_PAST = (
    r"(?:yesterday|last night|ago|on (?:the )?weekend|saturday|sunday|friday|monday|tuesday"
    r"|wednesday|thursday|again|all night|whole night|at the (?:wedding|party)|with (?:my|old) \w+)"
)
RELAPSE += (
    Rule(
        "relapse.use.second_language",
        "relapse",
        rf"\b(?:i|we|me) (?:also )?{_ESL_USE} {_ESL_THING}\b[^\n]{{0,60}}\b{_PAST}\b"
        rf"|\b{_PAST}\b[^\n]{{0,30}}\b(?:i|we|me) (?:also )?{_ESL_USE} {_ESL_THING}\b"
        # ASL gloss and simple English (batch 49): "me use meth saturday", "me smoke fent 1 time".
        rf"|\bme {_ESL_USE} (?:\d+ )?{_ESL_THING}\b"
        r"|\bme slip\b|\bclean days? go(?:es)? back to (?:1|one|zero)\b|\bnow zero\b"
        r"|\bbar instead\b|\b(?:drunk|drank) the \w+ in the fridge\b[^\n]{0,10}\ball of it\b"
        r"|\btooked\b|\bsnorted it\b[^\n]{0,20}\bonly one time\b"
        r"|\b(?:i|we) (?:made|make|did|do) (?:a )?relapse\b|\bboth of us relapse\b"
        r"|\bi slip\b|\bis a slip\b|\bthe (?:vodka|bottle|alcohol|drink|beer|whiskey) won\b"
        r"|\bi drink \d+\b|\bfinish with \d+ (?:whiskey|beers?|drinks|glass)\b|\bmany glass\b"
        r"|\bi also drink\b|\bmore than (?:the )?doctor say\b|\bfor feel good\b"
        r"|\bmy test will be positive\b|\bi drink (?:the )?whole night\b"
        r"|\bi take \d+ of the (?:pills|<PILLS>) of my\b",
        "'Saturday i use the cocaine with my cousin at the wedding', 'i smoke the weed 2 days"
        " ago', 'I made relapse on Sunday', 'yesterday the vodka won', 'i slip. the horilka at my"
        " friend birthday', 'i take the pain medicine more than doctor say'.",
    ),
)
# Batches forty-four to forty-eight told use the way their lenses talk: someone else's pills
# or more than the label says (older and pain participants), slang verbs (ripping a vape,
# hotboxed, did ket, le entré al perico), "ended up" and "joined in" (rural, young).
RELAPSE += (
    Rule(
        "relapse.use.not_as_prescribed",
        "relapse",
        r"\b(?:taking|took|take|tome)\b[^\n]{0,20}\b(?:\d|two) when (?:it|the bottle|the label)"
        r" says (?:1|one)\b|\bdoubling my\b|\bmas (?:\w+ )?de lo que me recetaron\b"
        r"|\btook an extra\b|\b(?:used|took) my (?:pain )?pills to get high\b"
        r"|\b(?:had|took|used) (?:one|some|a couple|two|\d) of my \w+s (?:sleeping )?(?:pills"
        r"|<PILLS>)\b|\bhad some of my \w+s (?:wine|beer|vodka|pills)\b"
        r"|\b(?:took|used|tome|use)\b[^\n]{0,40}\b(?:my (?:mom|husband|wife|neighbor|friend)"
        r" had|le sobraron a|(?:q|que) no son mias|i had left from|left from my surgery"
        r"|from my neighbor)\b"
        r"|\b(?:bought|got|took|grabbed) (?:a couple |some |a few |some of )?(?:pills|<PILLS>"
        r"|<SLANG>|them blues|blues)\b[^\n]{0,20}\boff (?:a|some) (?:guy|dude)\b"
        r"|\b(?:took|tome|used)\b[^\n]{0,50}\b(?:not for (?:the )?pain|no para el dolor|for pain"
        r" i told myself|not for the knee)\b"
        r"|\bplus some (?:percs?|percocet|<PILLS>)\b[^\n]{0,20}\bfelt good\b"
        r"|\bgot back on the (?:pain )?pills\b",
        "'Taking 2 when it says 1', 'doubling my gabapentin all week to get a buzz', 'tomé más"
        " lorazepam de lo que me recetaron', 'had one of my husband's sleeping pills', 'took the"
        " tramadol my mom had', 'took some of them blues off a guy at the truck stop'.",
    ),
    Rule(
        "relapse.use.told_their_way",
        "relapse",
        r"\bhad a couple (?:of )?(?:nips|pops|cold ones|drinks|beers)\b"
        r"|\b(?:sipping|sippin) on the \w+\b[^\n]{0,40}\b(?:every night|all week|this week)\b"
        r"|\b(?:ripping|hitting) (?:it|the (?:cart|vape|pen))\b[^\n]{0,20}\b(?:all day|since"
        r"|every)\b"
        r"|\bhotboxed\b|\bdid (?:ket|molly|coke|lines|shrooms)\b|\bdoing nitrous\b"
        r"|\b(?:le di|le entre) al (?:cart|perico|cristal|foco|vape)\b"
        r"|\bla regue\b[^\n]{0,40}\b(?:cheves|chelas|mota|perico)\b"
        r"|\bon speed\b(?! dial)|\bdrank (?:most of the day|every night|all day)\b"
        r"|\bstreak is dead\b[^\n]{0,20}\bsmoked\b|\bit was not one hit\b"
        r"|\bjoined in\b[^\n]{0,20}\bmore than one\b|\by yo tambien\b[^\n]{0,20}\bfueron"
        r" varias\b|\bme servi (?:tres|dos|\d) veces\b"
        r"|\brelapse (?:\. )?(?:pills|alcohol|drink)\b|\bi relapse with\b|\bnot me relapsing\b"
        r"|\bi do the drugs again\b|\b(?:rekai|recai) con\b|\buse otra ve[sz]\b"
        r"|\bended up (?:taking shots|drinking|using|copping|getting high|smoking|doing)\b"
        r"|\bthe bottle i bought after\b|\band drink (?:\d+|half)\b"
        # Kitchens and bars (batch 54).
        r"|\b(?:took|had) the shift drink\b|\bshift drink turned into\b"
        r"|\bbumped (?:some )?(?:coke|blow|a line)\b|\bdrank the cooking wine\b"
        r"|\bminibar bottles\b|\bfinished it in the\b|\b0 days again\b"
        r"|\bpoured\b[^\n]{0,40}\bi didnt say no\b",
        "'Had a couple nips while watching the ballgame', 'been sippin on the whiskey out in the"
        " barn every night this week', 'bought a vape and have been ripping it all day', 'le"
        " entré al perico en la fiesta', 'went to the function just to hang and ended up taking"
        " shots', 'everyone was having a drink for Uncle Ted and I joined in. more than one'.",
    ),
)
CRAVING += (
    Rule(
        "craving.urge.their_way",
        "craving",
        r"\b(?:offered|offer|ofrecio|ofresio)\b[^\n]{0,60}\b(?:said no|say no|dije (?:que )?no"
        r"|le dije (?:q|que) no)\b[^\n]{0,40}\b(?:thinking about it|think about it|no dejo de"
        r" pensar|las quiero|lo quiero|want it|casi)\b"
        r"|\b(?:keep|kept|been) (?:opening|looking at|staring at|checking)\b[^\n]{0,40}"
        r"\b(?:cabinet|fridge|drawer|bottle|pills|whiskey|beer|them|it)\b"
        r"|\bi look at them all day\b|\bopen the (?:door|fridge) many times\b"
        r"|\b(?:(?<!car )dealer|plug|guy who sells|el que me vendia|(?:vato|wey) que me vendia|old"
        r" connect)\b[^\n]{0,40}\b(?:texted|messaged|mando mensaje|called|is right down)\b"
        r"|\bknow a guy (?:who )?sells\b[^\n]{0,40}\b(?:close to|about to|thinking)\b"
        r"|\b(?:step|close) (?:away )?(?:from|to) calling (?:the|my|him)\b"
        r"|\b(?:desire|itch|urge|ganas)\b[^\n]{0,30}\b(?:for the drug|to (?:go )?(?:cop|use|drink"
        r"|score)|before using|is coming|strong today)\b"
        r"|\bmuch desire\b|\b(?:my )?(?:body|skin) (?:is )?(?:asking|calling)\b"
        r"|\b(?:smell|bar|bottle)\b[^\n]{0,40}\b(?:call me|calling me|calling my name)\b"
        r"|\bwant very much the\b|\bme muero de ganas\b(?! de)|\bya me anda\b|\baguantandome\b"
        r"|\blo quiero con toda el alma\b|\b(?:take that as permission|agarrarme de eso)\b"
        r"|\b(?:payday|check came|paid today|money sent|salary)\b[^\n]{0,80}\b(?:one thing"
        r"|where to buy|first thought|all i think|package store|the powder|forget with drink)\b"
        r"|\btrying not to (?:walk over|go (?:over|in)|buy|call)\b"
        r"|\btrying to decide whether to go in\b|\bi want to go in\b"
        r"|\bwalked past the (?:smoke shop|liquor store|bar|dispensary)\b[^\n]{0,20}"
        r"\b(?:\d+|three|two) times\b"
        r"|\bhow good the \w+ (?:felt|was)\b|\bscared to fill it because i want it\b"
        r"|\b(?:thirsty|sed)\b[^\n]{0,10}\b(?:not for water|no de agua)\b"
        r"|\bwe both know what (?:fishing|\w+) means\b"
        # In camp (batch 50): everyone around is using.
        r"|\bfighting it hard\b|\bhelp me not<EOT>|\bwhole body lit up\b|\bmakes me want it\b"
        r"|\bdangerous for me\b|\bso i dont cave\b|\bgonna say yes\b|\bwant to be numb\b"
        r"|\bhands keep reaching for\b|\bclub soda shaking\b|\bbehind the bar sober\b",
        "'My cousin offered me a perc and I said no but I've been thinking about it all day', 'I"
        " keep opening the cabinet where the brandy used to be', 'el que me vendía me mandó"
        " mensaje', 'I have much desire for the drug today', 'the bar by the dock is callin my"
        " name', 'payday hits different when your brain only wants to spend it on one thing'.",
    ),
)
# Batches fifty-seven to sixty (anger, the methadone clinic, Mexican and Central American
# Spanish, long texts) told use by its aftermath and its slang: a dirty UA, chipping, topping
# off, copping after a fight, "me chupe una botella de guaro", "anduve bolo".
RELAPSE += (
    Rule(
        "relapse.use.clinic_and_street_words",
        "relapse",
        r"\b(?:been )?chipp(?:ing|ed)\b(?! (?:away|in|paint|a tooth|my tooth))"
        r"|\b(?:dirty|positive) (?:ua|uds|urine|drug screen|test)\b[^\n]{0,30}\b(?:fent\w*|meth"
        r"|coke|benzos|heroin|dope|alcohol|not gonna lie|i used|own it)\b"
        r"|\b(?:gonna|going to|will) (?:be|come back) dirty for\b|\bwhat the ua will say\b"
        r"|\b(?:doing|did|been doing) (?:a )?(?:lil|little|bit of) (?:fent|dope|coke|meth)\b"
        r"|\btop(?:ping)? off\b[^\n]{0,20}\b(?:with|in the)\b|\busing on top\b"
        r"|\b(?:usé|use|consumi) encima de la dosis\b"
        r"|\b(?:went and |then )?(?:copped|scored|picked up)\b[^\n]{0,30}\b(?:after|used|relaps"
        r"\w*|nobody got hurt)\b|\bcopped after\b|\bwent (?:back )?to my old spot and copped\b"
        r"|\bbought a (?:point|bag|bundle|gram|g)\b[^\n]{0,20}\bused\b"
        r"|\b(?:fell off|lost) (?:saturday|sunday|friday|last night|yesterday)\b"
        r"|\b(?:we|i) drank after\b|\bgot bombed\b|\bnot from the cooler\b"
        r"|\b(?:took|take) (?:some )?street (?:gabapentin|pills|xanax|bars|subs)\b"
        r"|\b(?:took|tome) (?:some )?of my (?:moms|dads|wifes|sisters|brothers) \w+\b[^\n]{0,20}"
        r"\b(?:dirty|benzos|own it)\b"
        r"|\bme (?:chupe|mate|empine|tome) (?:una|un|toda la|todo el) (?:botella|litro|caguama"
        r"|six|cartón|carton|pomo)\b|\b(?:anduve|ando|andaba) (?:bien )?(?:bolo|cuete|pedo"
        r"|pisteando|chupando)\b(?! de sueno)|\bagarre la fila\b|\bllegue bien tomado\b"
        r"|\b(?:i was|been) using\b[^\n]{0,40}\b(?:started|party|til|until)\b"
        r"|\bcelebrated by buying\b|\bhit my (?:vape|pen|vape pen)\b[^\n]{0,30}\b(?:thc|still"
        r" using)\b|\b(?:beer|beers|cooler|drinks)\b[^\n]{0,30}\band i had (?:two|2|three|3"
        r"|a few|some)\b|\bfinished it by\b|\btomando todas las noches\b"
        r"|\bme las acabe en\b[^\n]{0,30}\b(?:dias|me gusto)\b|\beso es recaer\b"
        r"|\bi drank the whole time\b",
        "'yep dirty UA. fent. not gonna lie to u', 'been chipping on weekends again', 'a lil fent"
        " to top off in the afternoons', 'screaming match w my ex, then i went and copped', 'fell"
        " off saturday. meth', 'me chupe una botella de guaro con los cheros', 'ayer anduve bolo"
        " otra vez', 'ayer agarre la fila otra vez', 'usé encima de la dosis ayer'.",
    ),
)
CRAVING += (
    Rule(
        "craving.urge.clinic_and_street_words",
        "craving",
        r"\b(?:brain|mind|head) (?:keeps )?(?:goes|going|go|keeps going) (?:straight |right )?"
        r"(?:back )?to (?:the )?(?:dope|pipe|needle|bottle|drink|calling|my old)\b"
        r"|\b(?:head|cabeza) (?:keeps saying|nomas me dice|me dice)\b[^\n]{0,30}\b(?:cop|sell"
        r"|vete a comprar|comprar)\b|\bgo grab a bottle\b|\bi want it back\b"
        r"|\b(?:mataria|mataría) por (?:un|una) (?:toque|pase|chela|cheve|trago|cerveza|bolsa"
        r"|caguama"
        r"|copa|linea|raya)\b"
        r"|\bid kill for a (?:bag|hit|line|point|drink|beer)\b"
        r"|\b(?:picturing|daydreaming about) (?:the|a) (?:spoon|pipe|needle|cold beer|bottle)\b"
        r"|\bclose\. real close\b|\b(?:real|so) close\b<EOT>"
        r"|\ball i can think about is (?:getting|copping|scoring|a)\b"
        r"|\bwant to (?:go to|turn the wheel toward) (?:the block|my old spot)\b"
        r"|\b(?:gonna|going to) end up (?:copping|using|drinking)\b"
        r"|\bdoing the math on how fast i could get\b|\bwhat i want to spend it on\b"
        r"|\bnow im itching\b|\bso close to walking over\b|\bthinking about chipping\b"
        r"|\bpart of me is already planning\b|\bayudame a no (?:marcarle|llamarle|ir)\b"
        r"|\bcasi voy\b|\b(?:dying|muriendo) for one\b|\bcon las ganas\b|\blas ganas bien\b"
        r"|\bsiento q(?:ue)? me jala\b|\bme pide la (?:fila|droga|botella|chela)\b"
        r"|\bme esta costando un chingo\b|\bme cuesta un chingo\b|\ben vez de entrar\b"
        r"|\bla neta si quiero ir\b|\bme anda por ir\b|\bsiento q(?:ue)? me va a ganar\b"
        r"|\bdesperte con ganas\b|\bel pisto en la mano\b|\bunas ganas tremendas\b"
        r"|\b(?:keys|dinero) in my hand\b[^\n]{0,40}\b(?:cop|go)\b|\bjust want to<EOT>"
        r"|\blittle bottles\b[^\n]{0,40}\bdont know what im going to do\b"
        r"|\ball i want is to get (?:absolutely )?(?:wasted|drunk|high)\b"
        r"|\bmakes me want to take (?:way )?more\b|\bhis number typed in\b"
        r"|\bdaydreaming about a (?:cold )?(?:beer|drink)\b",
        "'every time i get mad my brain goes straight to dope', 'my head keeps saying sell em and"
        " cop', 'id kill for a bag right now', 'cant stop picturing the spoon', 'close. real"
        " close', 'mataria por una chela bien fria ahorita', 'el cuerpo me pide la fila', 'estoy"
        " en el estacionamiento del bar escribiendoles en vez de entrar'.",
    ),
)
