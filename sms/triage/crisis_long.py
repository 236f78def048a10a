"""Crisis rules for the one clause in a long text: batch 60.

The sixtieth blind batch was written by a peer-support specialist who reads the overnight
inbox: long messages (150 to 600 characters) that ramble through a day and say the crisis
once, at the start, in the middle or as an afterthought ("anyway got cereal and canned
peaches"). Held out, the rules caught 80.3% of its crisis messages. What they missed is
mostly not about length: plain clauses no rule had ("i have the hose and tape", "i shook her
and now she's really quiet", "i cut and it's gaping", "my 3 year old found my pills", "i keep
looking over the edge", "took a whole lot of stuff on purpose"), and rules that asked for the
end of the text after "end it" or "do it", which a run-on sentence never reaches.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_GUN = r"(?:pistol|gun|rifle|revolver|shotgun|handgun|piece|strap)"

LONG: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "clause_in_a_ramble",
        r"\b(?:should|could|might) (?:just )?end (?:it|everything)\b(?! (?:with|on|early|there"
        r"|here|now for|for (?:the|today|now))\b)"
        r"|\bthinking about (?:how|when|where) (?:to|i would|i could|id) do it\b(?! (?:right"
        r"|better|correctly|properly|on my own|without)\b)|\bleast mess for\b"
        r"|\b(?:sleep|go to sleep|fall asleep) (?:for (?:like )?(?:good|ever)|(?:for (?:like )?)?"
        r"(?:forever|permanently))\b|\bdone done\b(?! (?:\. )?(?:with|done)\b)"
        r"|\b(?:ive|i have|i) said goodbye to (?:the people|everyone"
        r"|everybody|my \w+) (?:that|who) matter\b|\b(?:told|tells|said) me (?:its|it is) time to"
        r" come home\b|\bmy time is up\b|\bsaved (?:up )?to (?:finish|end|do) (?:this|it)\b"
        r"|\bplanning it for\b[^\n]{0,60}\bgo out\b|\bplan for tonight\b[^\n]{0,20}\b(?:in my"
        r" head|mapped out)\b|\bgood days make it worse\b|\bthis (?:should|will"
        r"|is gonna) be (?:the|my)"
        r" last (?:one|birthday|christmas)\b|\blooking over the edge\b|\bid rather go first\b"
        r"|\b(?:going|go|went) under and not coming (?:back )?up\b|\bwhich bridge\b[^\n]{0,30}"
        r"\btallest\b|\bleaned (?:all the way )?out\b[^\n]{0,40}\breally wanted to\b"
        r"|\b(?:tracks|vias)\b[^\n]{0,60}\bwaiting (?:for|on) the (?:\d{1,2}:?\d{2}|train|next"
        r" train)\b|\b(?:parad[oa]|sentad[oa]|acostad[oa]) en las vias\b"
        r"|\bhose and (?:duct )?tape\b|\bmanguera (?:metida )?(?:por|en) la ventana\b"
        r"|\b(?:ya tengo|tengo) la (?:cuerda|soga|reata)\b|\bcuanto (?:veneno|raticida|cloro)\b"
        r"[^\n]{0,30}\bse necesita\b|\bno es para (?:ratas|las ratas)\b"
        r"|\bbleach and a (?:glass|cup)\b|\b(?:holding|poured) (?:a )?(?:bottle|glass|cup) of"
        r" bleach\b|\btalk me down\b[^\n]{0,30}\b(?:balcony|roof|ledge|bridge|edge)\b"
        r"|\b(?:dont|do not) want to come back from (?:this|it)\b|\bthe rest of what i have\b"
        r"[^\n]{0,20}\ball of it\b"
        r"|\b" + _GUN + r" (?:out )?on the (?:bed|kitchen table|table|nightstand)\b"
        r"|\b(?:put|laid|set) (?:my |the |his |her )?(?:late \w+ )?(?:\w+ )?"
        + _GUN
        + r" on the (?:\w+ )?(?:table|bed|counter)\b|\b(?:sitting|been sitting) with it\b"
        r"[^\n]{0,40}\b(?:dont know|what to do)\b|\bbeen holding it\b[^\n]{0,30}\b(?:loaded"
        r"|shells|bullets)\b",
        "'i should just end it and it gets louder every night', 'thinking about how to do it with"
        " the least mess for my children', 'i want to sleep for good', 'i have the hose and tape',"
        " 'i keep looking over the edge', 'waiting for the 11:40' on the tracks, 'i put my late"
        " husband's pistol on the kitchen table tonight. I am just sitting with it'.",
    ),
    _rule(
        "self_harm",
        "wound_in_a_ramble",
        r"\b(?:its|it is|cut is|cuts are) gaping\b|\bi can see (?:the )?fat\b"
        r"|\bscratched (?:up )?my (?:arms?|legs?|wrists?|skin)\b[^\n]{0,30}\b(?:w|with) (?:a )?"
        r"(?:safety pin|pin|needle|blade|razor|glass|knife|scissors)\b",
        "'i cut and it's gaping. like open. i can see fat', 'i also kinda scratched up my arms"
        " pretty bad w a safety pin'.",
    ),
    _rule(
        "overdose",
        "taken_in_a_ramble",
        r"\btook (?:a )?(?:whole )?(?:lot|bunch|handful) of (?:stuff|pills|things|shit|<PILLS>)"
        r"\b[^\n]{0,15}\bon purpose\b|\b(?:a bunch|a handful|a lot) of <PILLS>\b"
        r"|\bbottle of (?:cough syrup|robitussin|nyquil)\b[^\n]{0,20}\b(?:and|with)\b"
        r"|\b(?:\d+ (?:year|yr) old|toddler|baby)\b[^\n]{0,20}\bfound my (?:<PILLS>|stash)\b"
        r"|\b(?:dont|do not) know how many (?:he|she|they) (?:ate|took|swallowed)\b",
        "'took a whole lot of stuff on purpose', 'drank a bottle of cough syrup and a bunch of"
        " tylenol', 'my 3 year old found my pills and i don't know how many he ate'.",
    ),
    _rule(
        "medical",
        "emergency_in_a_ramble",
        r"\b(?:hit|hitting) (?:my|your|the) head\b[^\n]{0,120}\b(?:threw up|throwing up|keep"
        r" forgetting|confused|blurry|vomit\w*)\b|\blocked me out\b[^\n]{0,50}\b(?:snow|cold"
        r"|no shoes|freezing)\b|\btoes (?:are )?(?:going )?numb\b"
        r"|\bi shook (?:her|him|the baby|my baby)\b|\bnot making any (?:sound|noise)\b",
        "'i fell down drunk and hit the edge of the counter... i keep forgetting what i was doing"
        " and i threw up twice', 'locked me out on the porch with no shoes in the snow', 'i shook"
        " her... and now she's really quiet', 'now she's not making any sound'.",
    ),
    _rule(
        "violence",
        "threat_in_a_ramble",
        r"\b(?:parked|sitting|waiting) outside\b[^\n]{0,30}\bwith (?:the|a|my) (?:<WEAPON>|tire"
        r" iron|bat|strap|piece)\b|\bmake (?:someone|somebody|everyone|them all) pay\b"
        r"|\bi know where (?:my \w+|she|he|they) (?:works|lives)\b[^\n]{0,30}\b(?:venting|pay"
        r"|tonight|just saying)\b"
        r"|\bme (?:dio|dieron|pego|pegaron) (?:unas |una )?(?:cachetadas|bofetadas|golpes|patadas"
        r"|punetazos|madrazos)\b|\blabio partido\b",
        "'i drove to his house and i'm parked outside with the tire iron', 'i want to make"
        " someone pay. i know where my boss lives', 'mi novio me dio unas cachetadas... tengo el"
        " labio partido'.",
    ),
)
