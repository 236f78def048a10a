"""Crisis rules for participants texting in English as a second language: batch 48.

The forty-eighth blind batch was written in the English of speakers of Haitian Creole,
Vietnamese, Portuguese, Tagalog, Arabic, Russian, Somali, Chinese, Polish and Korean, with a
little phonetic Spanish. Held out, the rules caught 58.6% of its crisis messages. The words
were plain but the grammar was not the rules' grammar: "i no want live more", "I am tired to
live", "I finish quietly tonight", "do not worry to look for me", "what is number of the pills
of the sertraline to die", "he touch me at night", "they break my legs tomorrow if no pay",
formal or translated phrasing ("the desire to end existence is very strong in me", "I have
consumed a quantity of tablets superior to the permitted"), and the harms of migration
(papers denied, traffickers who find a new address, a debt paid "with my body").
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_WATER_OR_HEIGHT = r"(?:river|bridge|lake|sea|ocean|station|tracks|train|metro|roof|forest|woods)"
_DEAD_ONE = r"(?:grandfather|grandmother|mother|father|wife|husband|son|daughter|brother|sister)"

SECOND_LANGUAGE: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "plain_words_other_grammar",
        r"\btired (?:to|for) (?:live|living)\b"
        r"|\b(?:no|not|dont|do not) want (?:to )?live (?:more|anymore|no more|any more)\b"
        r"|\bhow to stop everything\b|\bbetter (?:i|me) (?:disappear|die|am gone|go away)\b"
        r"|\bwhat for i continue\b|\bwhy (?:i|should i|must i) continue\b|\bi dont see reason\b"
        r"|\bi (?:will )?finish (?:quietly|tonight|what i start(?:ed)?)\b"
        r"|\bi(?:m| am) finish<EOT>|\bim done\b[^\n]{0,10}\bim finish\b"
        r"|\b(?:desire|wish|want) to end (?:my |the )?existence\b|\bend (?:my )?existence\b"
        r"|\bmy body is here but i am already gone\b"
        r"|\btonight i (?:meet|will meet|see|go to) (?:with )?god\b"
        r"|\bbetter you die\b[^\n]{0,30}\b(?:he is right|she is right|they are right|i think)\b"
        r"|\bthird time will work\b|\bi try (?:\d+|two|three) times already\b"
        r"|\beverything is decided\b|\btonight is the end\b"
        r"|\b(?:make (?:it|the \w+)|it) stop for good\b"
        r"|\bwhen you die do you feel pain\b|\bgo down and not come up\b"
        r"|\bi (?:go|will go|want to go) to sleep (?:a )?long time\b"
        r"|\bwith me to heaven\b|\bscared of me\b|\bdo something to (?:my|the) baby\b"
        r"|\b(?:dont|do not) trust (?:me|<SELF>) with the\b",
        "'I am tired to live', 'i no want live more', 'better I disappear so they can have honor"
        " again', 'what for i continue', 'so i will finish quietly tonight', 'the desire to end"
        " existence is very strong in me', 'tonight I meet with God', 'third time will work', 'I"
        " want to take them with me to heaven', 'i dont trust me with the pills tonight'.",
    ),
    _rule(
        "suicide",
        "farewell_other_grammar",
        r"\bi (?:already )?(?:write|wrote|have write|have written) (?:a |the |my )?(?:letter|will)"
        r"\b[^\n]{0,60}\b(?:for my (?:mother|family|wife|children|kids)|key to my|thank you for"
        r" everything)\b"
        r"|\bi will not need (?:it|help|anything|your help) anymore\b|\bpray for my soul\b"
        r"|\bdo not worry (?:to look|for me anymore)\b|\b(?:dont|do not) (?:look|search) for me\b"
        r"|\bnobody look for me\b|\bi write to say (?:thank you and )?goodbye\b"
        r"|\bthis is what i write in the letter\b"
        r"|\bforgive me\b[^\n]{0,30}\bmy decision\b|\bmy (?:cat|dog) (?:go|goes|will go) to\b"
        r"|\btell everybody i love them\b[^\n]{0,40}\b(?:dont need to call|no need to call)\b"
        r"|\b(?:see|look at|visit) (?:the )?\w+ for the last time\b"
        r"|\bdios me perdone\b[^\n]{0,30}\b(?:esta noche|me voy)\b"
        r"|\bya no me van a ver\b[^\n]{0,30}\bnunca\b",
        "'I already write letter for my mother', 'I will not need it anymore. Please pray for my"
        " soul', 'if I do not come to group Monday, do not worry to look for me', 'i write to say"
        " thank you and goodbye', 'I am going to the big bridge to see the water for the last"
        " time', 'dios me perdone pero esta noche me voy'.",
    ),
    _rule(
        "suicide",
        "means_other_grammar",
        r"\bmany pills\b[^\n]{0,30}\b(?:i save|i saved|i count|in my hand)\b|\bi count them\b"
        r"|\bpills in my pocket\b|\bforest with the pills\b|\bdont want anyone to find me\b"
        rf"|\bi (?:stand|am standing|standing) on the <HEIGHT>\b"
        rf"|\bi (?:am at|go to) the {_WATER_OR_HEIGHT}\b[^\n]{{0,20}}\b(?:now|tonight|like people"
        r" do)\b|\bi am at the (?:river|bridge|lake|sea)\b<EOT>"
        r"|\bnot able to continue\b"
        r"|\bjump from (?:the )?(?:\d+|sixth|fifth|tenth|\w+) (?:floor|story|storey)\b"
        r"|\bvoices? (?:say|says|tell|telling me) (?:to )?go to the\b"
        r"|\b(?:charcoal|carbon)\b[^\n]{0,20}\b(?:tape|sealed|the method)\b"
        rf"|\b(?:decide|decided) to go to my {_DEAD_ONE}\b"
        rf"|\b{_DEAD_ONE} voice calling me\b|\bcalling me to come to (?:her|him|them)\b"
        r"|\bnumber of (?:the )?pills\b[^\n]{0,40}\bto die\b"
        r"|\b(?:buy|bought|order\w*)\b[^\n]{0,30}\bto die\b"
        r"|\bi (?:drive|driving|am driving) fast\b[^\n]{0,30}\bi want (?:to )?crash\b"
        r"|\bhunting gun on the table\b"
        r"|\b(?:drink|take|swallow) all the \w+\b[^\n]{0,30}\ball at once\b"
        r"|\bjump in front of the (?:metro|subway|tram)\b|\bfeeling to jump\b"
        r"|\bthe ice is thin\b[^\n]{0,20}\bi go there\b"
        r"|\bhow long (?:it|does it) take\b[^\n]{0,40}\b(?:poison|<PILLS>)\b"
        r"|\bme aviento (?:del|de la|al|a la)\b"
        r"|\btengo (?:el|un) cuchillo\b[^\n]{0,30}\bno se (?:lo )?que (?:voy a|boy(?: a)?"
        r"|voy) hacer\b",
        "'i have in my hand many pills of the oxy i save. i count them. 40', 'I stand on the roof"
        " of my building now', 'i go to the lake now', 'what happen to body if someone jump from 6"
        " floor', 'voices say go to the train', 'i buy the charcoal and tape', 'i decide to go to"
        " my grandfather (he die long time ago)', 'what is number of the pills of the sertraline"
        " to die', 'I drive fast on highway now, I want crash'.",
    ),
    _rule(
        "overdose",
        "took_other_grammar",
        r"\b(?:vodka|alcohol|wine|beer|whiskey|soju)\b[^\n]{0,30}\b(?:sleep pills|sleeping pills"
        r"|pills)\b[^\n]{0,20}\btogether\b"
        r"|\b(?:consumed|ingested|took|take) (?:a )?(?:quantity|lot|number) of (?:tablets|pills)\b"
        r"|\bi (?:swallowed|swallow) (?:the |some )?(?:batteries|battery|glass|razor|nails|bleach"
        r"|magnets)\b"
        r"|\bhit (?:my )?head\b[^\n]{0,40}\b(?:blood|bleeding|cannot stand|cant stand)\b"
        r"|\b(?:fall|fell|falls) down (?:the )?stairs\b[^\n]{0,30}\bnot moving\b"
        r"|\bcannot see the road\b|\bmanejando\b[^\n]{0,8}\bno veo bien\b"
        r"|\b(?:borracho|tome mucho)\b[^\n]{0,40}\bmanejando\b",
        "'I drink 1 bottle vodka and take the sleep pills together. cannot stand up', 'I have"
        " consumed a quantity of tablets superior to the permitted', 'I swallowed the batteries',"
        " 'i fell in the bath and hit head very hard, lot of blood', 'my papa is very drunk, he"
        " fall down stairs and not moving'.",
    ),
    _rule(
        "violence",
        "threats_other_grammar",
        r"\b(?:afraid|scared) he (?:come|comes|will come) (?:inside|in)\b"
        r"|\bhe (?:follow|follows|followed) me\b[^\n]{0,60}\b(?:outside now|is outside|is here)\b"
        r"|\b(?:know|knows) where i sleep\b|\brestraining order\b[^\n]{0,30}\b(?:dont|doesnt)"
        r" care\b"
        r"|\bwe cannot go out\b|\bphone of (?:a |the )?customer\b"
        r"|\bbreak my legs\b|\bknow my kids? school\b"
        r"|\b(?:touch|touches|touched) me at night\b|\bif i tell (?:he|she) (?:send|will send)\b"
        r"|\b(?:say|says|said) (?:she|he) will (?:jump|kill|die)\b"
        r"|\bthrew (?:hot|boiling) (?:water|oil|coffee) on\b"
        r"|\bpay with my body\b|\bthe man who (?:bring|brought) me here\b"
        r"|\bgoing to crash with (?:her|him|them|the kids)\b"
        r"|\btraffickers?\b[^\n]{0,30}\b(?:find|found|know|message|call)\b"
        r"|\bsay they know where i (?:am|live|sleep)\b"
        r"|\b(?:says|said|say) (?:he|she) will go to the (?:train )?tracks\b"
        r"|\b(?:tiene|se quedo con|guarda) mis (?:papeles|documentos|pasaporte)\b",
        "'I am very afraid he come inside tonight', 'he follow me from the bus... he is outside"
        " now', 'he say he know where i sleep', 'they keep the girls in house, we cannot go out',"
        " 'they break my legs tomorrow if no pay', 'my uncle he touch me at night', 'he say i pay"
        " with my body', 'the traffickers find my new address'.",
    ),
)
