"""Relapse (reported recent own use) and craving (strong urges) rules.

The check-in flow acts on `relapse`; `craving` lets counselors see urges.
"""

from __future__ import annotations

from sms.triage.model import Rule

# "used to", "used the", "a drink of water" are ordinary English, not a report of use.
NOT_USE = (
    r"(?!\s+(to|the|my|it|a|an|that|this|your|our|his|her)\b)(?!\s+of\s+(water|coffee|tea|juice"
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
    r"|ketamine|shrooms|edibles?|<SLANG>)"
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
        rf"\b{USE}\b.*\b(last night|yesterday|today|this morning|again)\b",
        "Use with a recent time.",
    ),
    Rule(
        "relapse.use.implied_subject",
        "relapse",
        rf"(?:^|\b(?:and|then|so|but) )(?:just )?(?:used|relapsed|drank|slipped|smoked|picked up"
        rf"|got high|got drunk|got wasted|shot up|using again|drinking again){NOT_USE}\b",
        "Use reported without a subject ('used again', 'and drank').",
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
        r"|kinda |a little |too |completely )?(?:high|drunk|wasted|hammered|buzzed|faded|blitzed"
        r"|trashed|stoned|tipsy|smashed|plastered|zooted|geeked|tweaking|nodding)\b|\bblacked out\b"
        r"|\bhung ?over\b|\b(?:estoy|ando|amaneci) (?:bien |muy )?(?:crud[oa]|con resaca"
        r"|con cruda)\b",
        "Says they are or got high or drunk.",
    ),
    Rule(
        "relapse.use.again",
        "relapse",
        r"\b(?:using|drinking|smoking|shooting up|snorting|started using|started drinking) (?:again"
        r"|all day|all night|all week|every day)\b|\bbeen (?:using|drinking|getting high"
        r"|smoking (?:weed|crack|meth))\b",
        "Using or drinking again, or for a while.",
    ),
    Rule(
        "relapse.use.lost_time",
        "relapse",
        r"\bback to day (?:1|one|0|zero)\b|\bday (?:1|one) again\b|\blost (?:my )?(?:clean|sober"
        r"|sobriety)(?: (?:time|date|days|streak))?\b|\breset (?:my )?(?:date|clock|sobriety"
        r"|clean date|sober date)\b|\bbroke (?:my )?(?:sobriety|streak|clean streak)"
        r"|\bfell off the wagon\b|\bi (?:slipped|caved|gave in)\b|\b(?:messed|screwed"
        r"|fucked) up (?:and|&) (?:drank|used|smoked|got high|picked up|had a drink)",
        "Lost clean time, back to day one, slipped.",
    ),
    Rule(
        "relapse.use.first_person_es",
        "relapse",
        r"\b(consumi|recai|tome|bebi|me drogue|me emborrache|volvi a (tomar|beber|consumir"
        r"|usar))\b",
        "Spanish first-person report of recent use.",
    ),
    Rule(
        "relapse.use.more_es",
        "relapse",
        r"\b(?:estoy|ando|andaba|estaba|quede|me puse) (?:bien |muy |super |medio "
        r"|un poco )?(?:borrach[oa]|drogad[oa]|ped[oa]|high|pasad[oa]|crud[oa]|ebri[oa]|pachec[oa]"
        r"|marihuanad[oa]|hasta atras)\b|\b(?:fume|me fume|me meti|inhale|esnife"
        r"|me eche) (?:\w+ )?(?:mota|marihuana|crack|cristal|piedra|hierba|coca|cocaina|perico"
        r"|heroina|chiva|una linea|unas lineas|un toque|un porro|un gallo|un churro|fentanilo"
        r"|pastillas|cervezas?|unos tragos|un trago|unas copas|una copa|alcohol|tequila|mezcal|vino"
        r"|vodka|whisky|ron|chelas?|caguamas?|pisto|birras?)\b|\bme inyecte\b|\bvolvi a (?:fumar"
        r"|drogarme|inyectarme|caer|recaer|meterme)\b|\bperdi (?:mis dias|mi sobriedad"
        r"|mis dias limpios|mi tiempo limpio|mi racha)|\bvolvi a (?:empezar de cero|cero)"
        r"|\bde vuelta al dia (?:1|uno)",
        "Spanish: drunk or high, used a named substance, lost clean days.",
    ),
)

RELAPSE += (
    Rule(
        "relapse.use.more",
        "relapse",
        r"\b(?:went on a|been on a) (?:bender|binge|run)\b|\bbinge (?:drank|drinking)\b|\b(?:im"
        r"|i am|i m) on something\b|\bnot sober (?:right now|anymore|tonight)\b"
        r"|\blost my \d+ days?\b|\bback on (?:the )?(?:pills|dope|meth|booze|bottle|sauce|drugs"
        r"|heroin|coke|crack|fent)\b|\bfell off(?: again)?<END>|\bcaved\b|\bi (?:messed|screwed"
        r"|fucked) up (?:last night|again|yesterday|this weekend)\b",
        "A bender, back on pills, lost my 90 days, messed up last night.",
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
        r"\btook some of (?:my|his|her|their) (?:\w+ )?(?:pills|meds|xanax|oxy|percs|adderall)\b"
        r"|\bhad (?:a few|a couple|one|some)(?: (?:last night|tonight|yesterday|today"
        r"|at the party))?<END>|\bvolvi a las andadas\b|\bcai en la tentacion\b|\bme fui de (?:peda"
        r"|parranda|fiesta) y\b|\bhe estado (?:tomando|bebiendo|consumiendo|usando|drogandome)\b",
        "Took some of mom's pills, had a few last night; Spanish: volvi a las andadas.",
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
        r"|weed|alcohol|booze|liquor|cerveza|cervezas|mota|cristal|coca|<SLANG>) (?:again"
        r"|last night|yesterday|this morning|anoche|ayer|otra vez|de nuevo|esta manana)\b",
        "A substance named with a recent time ('vodka last night', 'cerveza anoche').",
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
        r"|\bse me antoja\b|\btentad[oa]\b|\btentacion\b|\bansiedad por (?:consumir|tomar|beber"
        r"|usar|drogarme|fumar)",
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
        r"|something to take the edge off|<SLANG>)\b|\b(?:want|wanna|need) (?:to )?(?:go )?buy<END>"
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
        r"|get high|get drunk|caved|cave|give in|gave in)\b",
        "About to use, almost used, heading to buy.",
    ),
    Rule(
        "craving.urge.dealer_place",
        "craving",
        r"\bmy (?:old )?(?:dealer|plug|connect)\b|\b(?:dealer|plug) (?:texted|called|hit me up"
        r"|messaged|reached out|keeps)|\b(?:outside|at|in|near|parked at|parked outside|sitting in"
        r"|standing in|walking into|in front of) (?:the |a )?(?:liquor store|bar|dispensary"
        r"|trap house|package store|licoreria|cantina|tienda de licores)\b|\bmi (?:dealer|diler"
        r"|proveedor|conecte|transa)\b|\balmost said yes\b|\boffered me (?:some|a hit|a drink"
        r"|a line|pills|a beer|a bump)\b|\bpensando en (?:ir a )?comprar<END>",
        "Contact with a dealer, or at a bar or liquor store.",
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
        r"\bcan (?:almost )?taste it\b|\bliquor store\b|\b(?:want|need) one so bad\b"
        r"|^(?=.*\b(?:drink\w*|beer|party|bar|shot)\b)(?=.*\b(?:want|need|could use"
        r"|wanna have) (?:just )?one\b)|\b(?:want|need|could use"
        r"|wanna have) (?:just )?one\b(?=.*\b(?:drink|beer|drinking|party|bar|shot|hit)\b)"
        r"|\beasy to (?:use|drink|relapse|pick up|get high)\b|\bobsess\w* over (?:pills|drinking"
        r"|using|dope|drugs)\b|\b(?:mind|brain|thoughts?) (?:keeps? |goes "
        r"|go )?(?:going )?back to (?:using|drinking|the bottle|pills)\b"
        r"|\bkeep going back to (?:using|drinking|the bottle|pills)\b|\bgive anything for (?:a"
        r"|one) (?:drink|hit|beer|line)\b|\bjust one (?:wont|will not) hurt\b",
        "I can taste it; just one won't hurt; my mind goes back to using.",
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
        r"|\b(?:screaming|begging|aching|dying) for (?:a|one|some) (?:drink|hit|beer|fix|line)\b"
        r"|\bclose to calling my dealer\b|\b(?:just )?have one (?:drink|beer|hit|line)\b"
        r"|\bdeserve (?:a|one) (?:drink|beer|hit)\b|\b(?:go|going) for a (?:drink|beer|hit)\b"
        r"|\b(?:a drink|a beer|getting high|a hit|using|drinking|a line) sounds (?:so "
        r"|really )?(?:good|amazing|great|nice)\b|\beuphoric recall\b",
        "Picturing a drink, anything to get high, a drink sounds so good.",
    ),
    Rule(
        "craving.urge.plain",
        "craving",
        r"\bfeel like (?:drinking|using|getting high|getting drunk|a drink|a beer|smoking|a hit"
        r"|relapsing)\b|\b(?:might|may|probably gonna|probably going to|will probably) (?:drink|use"
        r"|get high|relapse|pick up|go buy)\b|\bbuy (?:drugs|dope|weed|pills|coke|meth|alcohol"
        r"|liquor|beer|a bottle|some)\b|\bwanting to (?:drink|use|get high|relapse)\b"
        r"|\bgo to the (?:bar|liquor store)\b|\b(?:voy a|siento que voy a|creo que voy a) recaer\b"
        r"|\bir a comprar<END>|\btomarme (?:una|unas|un|algo)\b|\bme gustaria (?:tomar|beber"
        r"|drogarme|consumir|una cerveza|un trago)\b|\bir al bar\b",
        "Feel like drinking, might use tonight, want to buy; Spanish: siento que voy a recaer.",
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
        r"|\bpoured (?:a|myself a) (?:drink|glass|shot)\b|\btengo una botella (?:aqui|en"
        r"|enfrente)\b|\bme servi (?:un|una) (?:trago|copa|cerveza)\b|\bviendo la botella\b",
        "The substance at hand: a bottle in the car, a drink poured, vodka sounds good.",
    ),
    Rule(
        "craving.urge.want_es",
        "craving",
        r"\b(?:ganas|antojo|ansias) de (?:\w+ )?(?:tomar|beber|consumir|usar|drogarme|fumar"
        r"|emborracharme|meterme|inyectarme|una cerveza|unas cervezas|un trago|unos tragos|una copa"
        r"|una linea|un toque|alcohol|cerveza|mota|coca|cristal|perico|<SLANG>)\b|\b(?:quiero|kiero"
        r"|necesito|ocupo|me urge|se me antoja|se me antojan|quisiera) (?:\w+ ){0,2}(?:tomar|beber"
        r"|consumir|usar|drogarme|fumar|emborracharme|meterme algo|inyectarme|una cerveza"
        r"|unas cervezas|un trago|unos tragos|una copa|una linea|un toque|alcohol|una chela"
        r"|unas chelas|mota)\b|\b(?:quiero|kiero|quisiera|me urge) ponerme (?:bien )?(?:pedo"
        r"|borrach[oa]|high|hasta atras|loco|loca)\b|\bextrano (?:drogarme|tomar|beber|consumir"
        r"|el alcohol|la coca|estar high|la mota|el cristal|la piedra)\b|\b(?:pensando"
        r"|pienso) en (?:\w+ )?(?:consumir|tomar|beber|usar|drogarme|recaer|fumar|emborracharme"
        r"|una cerveza|un trago)\b|\bcasi (?:recaigo|recai|tomo|bebo|consumo|uso|me drogo|tome|bebi"
        r"|consumi|le hablo a mi dealer)\b",
        "Spanish: urges, wanting to drink or use (ganas de tomar, quiero un trago, casi recaigo).",
    ),
    Rule(
        "craving.urge.more_es",
        "craving",
        r"\bme pide (?:alcohol|droga|un trago|una cerveza|tomar|consumir)\b"
        r"|\bansios[oa] por (?:tomar|beber|consumir|usar|drogarme)\b|\bsed de (?:alcohol|un trago"
        r"|una cerveza)\b|\bcostando (?:\w+ )?no (?:tomar|beber|consumir|usar)\b"
        r"|\btengo (?:muchas )?ansias\b|\bse me hace agua la boca\b|\bextrano la sensacion\b"
        r"|\ba nada de (?:recaer|tomar|beber|consumir)\b|\bcomprar (?:una |unas |un )?(?:cerveza"
        r"|cervezas|alcohol|vino|tequila|droga|mota|coca|cristal|botella)\b|\b(?:pensando"
        r"|pienso) (?:mucho )?en (?:tomar|beber|consumir|usar|drogarme)\b|\b(?:pensando|pienso"
        r"|pensar) (?:\w+ )?en (?:la droga|el alcohol|la coca|el cristal|la botella|las pastillas"
        r"|la mota|drogas)\b|\ba punto de (?:recaer|tomar|beber|consumir|usar|drogarme"
        r"|llamar a mi dealer)\b|\bmuero por (?:un|una|unas|unos) (?:trago|tragos|cerveza|cervezas"
        r"|chela|chelas|copa|toque|linea)\b",
        "Spanish: thinking about the drug, about to relapse, dying for a drink.",
    ),
)
