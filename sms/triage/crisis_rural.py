"""Crisis rules for rural participants and people in hard physical trades: batch 47.

The forty-seventh blind batch was written in the voice of farmers, ranchers, truckers,
oil-field, timber and fishing workers: laconic, proud, dry, with guns, farm chemicals,
trucks, boats and barns as ordinary tools. Held out, the rules caught 49.4% of its crisis
messages, the lowest of any batch: the means were named as tools ("cleaning the 30-06
tonight. figure its time", "paraquat down off the shelf", "the truck runnin and the door
shut", "only need the one shell"), the goodbyes as bequests ("tell Dale he can have my saddle
and the roan"), and the emergencies were the farm's own (pinned under a tractor, a child in a
flowing grain bin, a chainsaw cut, a rattler, heat stroke in the rows). Dropped g's
("runnin", "lookin") are now read as -ing words by the normaliser (shorthand.py).
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_POISON = (
    r"(?:paraquat|gramoxone|roundup|round up|pesticides?|herbicides?|insecticides?|weed killer"
    r"|rat (?:bait|poison)|antifreeze|malathion|veneno|el quimico|raticida|matarratas)"
)
_GUN = (
    r"(?:<FIREARM>|30 ?06|30 ?30|12 gauge|20 gauge|deer rifle|revolver|the 22|bolt gun|rifle"
    r"|escopeta|pistola)"
)

RURAL: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "farm_poison",
        rf"\b{_POISON}\b[^\n]{{0,60}}\b(?:drank|drink|drinking|ate|swallowed|in the cup|in my cup"
        r"|off the shelf|looking at it|just gotta|me voy a tomar|tome|en la mesa|lo tengo)\b"
        rf"|\b(?:drank|ate|swallowed|tome|me tome|me voy a tomar)\b[^\n]{{0,30}}\b(?:\w+ ){{0,3}}"
        rf"{_POISON}\b",
        "'Got the paraquat down off the shelf in the shed. just sittin here lookin at it', 'jus"
        " drank some of the roundup', 'ate a bunch of the rat bait in the barn', 'me voy a tomar"
        " el veneno q usamos pa las plagas'.",
    ),
    _rule(
        "suicide",
        "barn_and_engine",
        r"\b(?:rope|ropes|soga|cuerda)\b[^\n]{0,30}\b(?:over the beam|over the rafter|beam|rafters?"
        r"|in the barn|en el granero|ya la amarre|amarrada)\b"
        r"|\bfound me\b[^\n]{0,40}\bbefore i could\b|\bill try again when\b"
        r"|\bthats a good strong (?:tree|beam|branch|limb)\b"
        r"|\b(?:truck|car|engine|saw|generator|motor|troca)\b[^\n]{0,20}\b(?:running|on"
        r"|prendid[oa])"
        r"\b[^\n]{0,30}\b(?:door shut|doors shut|door closed|garage door down|windows up|puerta"
        r" cerrada)\b"
        r"|\bmanguera\b[^\n]{0,20}\bescape\b|\bhose\b[^\n]{0,20}\bexhaust\b",
        "'Rope's over the beam in the hay barn', 'wife found me in the barn before I could kick"
        " the bucket out. I'll try again', 'lay down in the shop with the truck runnin and the"
        " door shut', 'estoy en la troca con la manguera en el escape'.",
    ),
    _rule(
        "suicide",
        "out_and_not_back",
        r"\b(?:boat|skiff|lancha|timber|woods|haul|ice|lake|creek|river)\b[^\n]{0,60}\b(?:not"
        r" (?:come|coming) back|no pienso regresar|not come back in)\b"
        r"|\bnot coming back from this (?:haul|trip|run|one|load)\b"
        r"|\b(?:cut|killed|apague) (?:the|el) (?:engine|motor)\b[^\n]{0,40}\b(?:drift|no pienso"
        r" regresar|let her)\b"
        r"|\b(?:anchor|chain|cadena|weights?)\b[^\n]{0,30}\b(?:ankle|leg|tobillo|pierna)\b"
        r"|\b(?:the cold|the blizzard|the snow|the ice|el frio)\b[^\n]{0,30}\b(?:does what|takes"
        r" me|take me|so be it)\b"
        r"|\blay down in the snow\b|\bnobody(?:d| would)? find me (?:till|until) spring\b"
        r"|\blet (?:em|them) think the (?:tree|tractor|accident|horse)\b"
        r"|\bgo down to the (?:creek|river|lake|tracks|bridge|water)\b[^\n]{0,20}\bfinish it\b"
        r"|\bmine shaft\b[^\n]{0,40}\bhow deep\b",
        "'Gonna take the boat out past the buoy tonight and not come back in', 'cut the engine."
        " just gonna let her drift', 'anchor chain wrapped round my ankle', 'stay out on the ice"
        " till the cold does what its gonna do', 'gonna go down to the creek and finish it'.",
    ),
    _rule(
        "suicide",
        "gun_as_a_tool",
        rf"\b(?:cleaning|cleaned|loaded|loading|limpio|cargad[oa])\b[^\n]{{0,20}}\b{_GUN}\b"
        r"[^\n]{0,40}\b(?:its time|es hora|ya es hora|tonight|figure|listo)\b"
        rf"|\b{_GUN}\b[^\n]{{0,20}}\b(?:limpi[oa]|cargad[oa])?\b[^\n]{{0,20}}\blist[oa]\b"
        r"(?![^\n]{0,60}\b(?:compadre|venado|caza|cazar|hunting|season|temporada))"
        rf"|\bya es hora\b[^\n]{{0,40}}\b{_GUN}\b"
        rf"|\b{_GUN}\b[^\n]{{0,15}}\bin my lap\b|\bin my lap\b[^\n]{{0,20}}\bdont call\b"
        r"|\bonly need (?:the )?one (?:shell|bullet|round)\b"
        r"|\b(?:put|loaded) the (?:shells|bullets|rounds) in\b[^\n]{0,30}\b(?:nerve|courage|guts)\b"
        r"|\bbox of (?:shells|bullets|ammo)\b[^\n]{0,30}\b(?:dont (?:even )?hunt|never hunt)\b"
        rf"|\b(?:cant stop thinking|keep thinking|been thinking) about the {_GUN}\b"
        rf"|\bknow where\b[^\n]{{0,25}}\b{_GUN}\b[^\n]{{0,60}}\b(?:might be the day|today|tonight"
        r"|its time)\b"
        rf"|\b(?:the bottle|pills) and the (?:gun|{_GUN})\b"
        rf"|\b(?:take care of|handle) it (?:my ?self|on my own)\b[^\n]{{0,40}}\b{_GUN}\b"
        rf"|\b(?:went out|locked (?:him|her)self in|locked the door)\b[^\n]{{0,60}}\b{_GUN}\b"
        rf"|\b{_GUN}\b[^\n]{{0,40}}\blocked the door\b"
        r"|\bnot for the (?:steer|deer|coyotes?|cow|hogs?|cattle)\b",
        "'Cleaning the 30-06 tonight. figure its time', 'got the 12 gauge in my lap. dont call"
        " nobody', 'goin huntin by myself. only need the one shell', 'bought a box of shells and"
        " i dont even hunt', 'dad went out to the shop with his deer rifle and locked the door',"
        " 'got the bolt gun out of the butcher shed. not for the steer'.",
    ),
    _rule(
        "suicide",
        "by_the_road",
        r"\b(?:nobody|no one)(?:d| would)? know it (?:wasnt|was not) an accident\b"
        r"|\b(?:one )?jerk of the wheel\b|\bsoltar el volante\b"
        r"|\b(?:make|made) it look like (?:a |an )?(?:\w+ )?accident\b"
        r"|\b(?:walk\w*|step\w*) (?:out )?in front of (?:a|the) (?:semi|truck|rig|train|bus)\b",
        "'Lettin the rig drift into the bridge pillar. nobody'd know it wasn't an accident', 'just"
        " one jerk of the wheel', 'I know how to make it look like a farm accident', 'pienso en"
        " soltar el volante'.",
    ),
    _rule(
        "suicide",
        "laconic_endings",
        r"\bwont be (?:around|here) (?:to see|for)\b|\bleft to get rid of is me\b"
        r"|\bgonna make it (?:\. )?period\b"
        r"|\bcant do another (?:winter|year|season|christmas)\b[^\n]{0,40}\b(?:aint gonna|not gonna"
        r"|wont)\b"
        r"|\b(?:dont|do not|aint) (?:got|have) (?:one more|another) (?:\w+ )?in me\b"
        r"|\b(?:aint|dont|do not) (?:got|have) it in me to keep (?:going|on)\b"
        r"|\bget more out of the policy\b|\bpolicy than (?:they|he|she) ever got out of me\b"
        r"|\b(?:aint|not) waking up tomorrow\b[^\n]{0,30}\b(?:fine by me|thats fine|ok with me)\b"
        r"|\bthis ends tonight\b|\bfrom somebody before i go\b|\bbefore i go\b[^\n]{0,20}\bdont"
        r" matter who\b"
        r"|\bbeen decided\b|\bim done (?:\. )?just done\b"
        r"|\b(?:parking it for good|last load)\b[^\n]{0,60}\btaking care of business\b"
        r"|\b(?:giving|gave|given|le deje|deje)\b[^\n]{0,60}\b(?:wont be needing|ya no (?:la|lo"
        r"|los|las) voy a (?:ocupar|necesitar))\b"
        r"|\b(?:hope|pray) (?:the lord|god) (?:forgives|will forgive|forgive) me for what im"
        r" (?:fixing|about|going) to do\b"
        r"|\b(?:texted|sent|wrote)\b[^\n]{0,20}\bgoodbye\b[^\n]{0,40}\b(?:figured id tell you"
        r"|didnt get it)\b"
        r"|\btell (?:my )?\w+ (?:he|she|they) can have my\b"
        r"|\btell my (?:boy|girl|son|daughter|brother|kid)\b"
        r"[^\n]{0,10}\bthe \w+ is (?:his|hers)\b"
        r"|\bleft the deed and the will\b"
        r"|\byou (?:folks|all|guys|people) been good to me\b[^\n]{0,30}\btake care\b"
        r"|\bhoy lo acabo\b|\bya no tengo (?:pa|para) que (?:trabajar|vivir|seguir)\b"
        r"|\byo me voy con (?:el|ella)\b|\bya no hay (?:por|pa|para) que vivir\b"
        r"|\bthe next one they bury\b"
        r"|\b(?:dead|died)\b[^\n]{0,40}\b(?:they say|saying|tell me) come (?:on down|join)\b",
        "'Bank took the place. wont be around to see the auction', 'sold the cows, sold the"
        " equipment. only thing left to get rid of is me', 'aint gonna make it to group. aint"
        " gonna make it period', 'dont got one more season in me', 'the family gets more out of"
        " the policy than they ever got out of me', 'tell Dale he can have my saddle and the"
        " roan', 'hope the lord forgives me for what im fixin to do'.",
    ),
    _rule(
        "medical",
        "farm_and_road_emergencies",
        r"\b(?:pinned|trapped|stuck|atrapad[oa])\b[^\n]{0,20}\b(?:under|bajo|debajo)\b[^\n]{0,20}"
        r"\b(?:tractor|truck|car|machine|equipment|log|tree|troca)\b"
        r"|\btractor\b[^\n]{0,30}\b(?:rolled|volteo)\b|\bpierna atrapada\b"
        r"|\b(?:grain bin|silo|granary)\b[^\n]{0,60}\b(?:flowing|cant see|sinking|buried|tragando"
        r"|hundiendo|se lo esta)\b"
        r"|\b(?:blood|bleeding)\b[^\n]{0,20}\b(?:wont (?:quit|stop)|cant stop)\b|\bbelt cinched\b"
        r"|\b(?:bit|bitten|mordio|mordida)\b[^\n]{0,20}\b(?:rattler|rattlesnake|snake|vibora"
        r"|cascabel)\b|\b(?:rattler|rattlesnake|snake|vibora|cascabel)\b[^\n]{0,20}\b(?:bit"
        r"|mordio)\b"
        r"|\b(?:deje de sudar|stopped sweating|quit sweating|heat stroke|golpe de calor)\b"
        r"|\b(?:fell|cai|me cai)\b[^\n]{0,20}\b(?:through the ice|icy water|agua helada)\b"
        r"|\b(?:chemical|quimico|ammonia|amoniaco|acid|bleach)\b[^\n]{0,30}\b(?:in my eyes|en la"
        r" cara|en los ojos|cant see|no veo)\b"
        r"|\bchest (?:is )?(?:tight|pain|hurts)\b[^\n]{0,30}\b(?:left arm|arm numb|arm is numb)\b"
        r"|\bpecho apretado\b[^\n]{0,30}\bbrazo izquierdo\b"
        r"|\b(?:\d+|ten|twenty) below\b[^\n]{0,40}\bheater (?:quit|broke|died|out)\b"
        r"|\bheater (?:quit|broke|died)\b[^\n]{0,40}\b(?:below|freezing)\b"
        r"|\btook a bunch more\b",
        "'My brother's pinned under the tractor', 'kid climbed in the grain bin and its flowin',"
        " 'cut my leg bad with the saw, blood wont quit, got my belt cinched on it', 'think i got"
        " bit by a rattler', 'deje de sudar, vomite', 'chest tight left arm numb', 'its 10 below"
        " and the heater quit'.",
    ),
    _rule(
        "violence",
        "threats_out_here",
        r"\b(?:followed|following)\b[^\n]{0,60}\btried my door\b"
        r"|\b(?:kill|hurt|shoot) (?:him|her|them)\b[^\n]{0,40}\bi meant it\b"
        r"|\bran (?:me|my \w+) off the road\b"
        r"|\b(?:hell|he will|gonna|going to) cut me\b"
        r"|\bquemar (?:la|mi) casa\b|\bme va a enterrar\b|\bme vienen a matar\b"
        r"|\bcoming back with his (?:buddies|boys|friends|crew)\b"
        r"|\bvoy a (?:ir a )?matar al que\b",
        "'Man been followin my truck... tried my door at the rest area', 'somebody ran my truck"
        " off the road on purpose', 'he said next time he sees me he'll cut me. he's out front',"
        " 'el q le debo dice q viene esta noche a quemar la casa', 'el mayordomo dijo que si hablo"
        " me va a enterrar en el monte'.",
    ),
)
