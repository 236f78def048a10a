"""Crisis rules for an eating disorder alongside substance use: batch 62.

The sixty-second blind batch was written by a dietitian on an eating-disorder and addiction
unit. Held out, the rules caught 74.9% of its crisis messages, and the rules written for six
other lenses the same day moved it by nothing: its emergencies are the body's, in words no
other lens used (a heart that skips after purging, "my potassium was 2.6", a heart rate of 34,
thirty laxatives, a grandmother's water pills, insulin skipped so the food won't count, coffee
grounds, hands that are blue), with the wish to die tied to food ("maybe if i just stopped
eating for good it would all end") and self-harm as punishment for eating ("deserve pain for
eating dessert. razor is out").
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

# Pills taken to lose weight or purge, as texted.
_PURGE_PILLS = (
    r"(?:ex ?lax|laxatives?|lax pills|laxantes|dulcolax|diureticos|diuretics?|water pills|lasix"
    r"|fat burners?|diet pills|pastillas para adelgazar)"
)

EATING: tuple[Rule, ...] = (
    _rule(
        "medical",
        "eating_disorder_body",
        r"\bheart (?:keeps |is |is still |still |feels like its )?(?:skipping|skips|fluttering"
        r"|stopping|doing a"
        r" drumroll)\b|\bcorazon (?:se me para|me hace cosas raras)\b|\bme va a dar un infarto\b"
        r"|\b(?:hr|heart rate|pulse|pulso|pulse ox)\b[^\n]{0,20}\b(?:2\d|3\d)\b(?! ?(?:%|min|mins"
        r"|minutes|years|dollars))|\b(?:2\d|3\d) bpm\b"
        r"|\b(?:potassium|phosphorus|sodium|magnesium|potasio|fosforo)\b[^\n]{0,60}\b(?:er"
        r"|hospital|called|dont want to go|didnt call|urgencias)\b"
        r"|\b(?:\d{2}|thirty|twenty|forty|a bunch of|un monton de|como \d+) "
        + _PURGE_PILLS
        + r"\b|\b"
        + _PURGE_PILLS
        + r"\b[^\n]{0,60}\b(?:heart|corazon|cramp\w*|calambres|infarto"
        r"|chest|spinning|dizzy|weird)\b|\bvision goes (?:grey|gray|black|dark)\b"
        r"|\bseeing spots\b|\bcant get off the (?:bathroom )?floor\b|\blegs wont hold me\b"
        r"|\bno me puedo levantar\b|\b(?:purging|vomiting|throwing up|vomite) (?:up )?(?:blood"
        r"|sangre)\b|\bcafe molido\b|\bskipped my insulin\b|\bbreath smells (?:weird|fruity"
        r"|sweet)\b|\bmuscles? (?:keep )?twitching\b|\bconfundid[oa] y debil\b"
        r"|\b(?:purged|purging|vomite|vomited) (?:like )?(?:\d+|six|eight|ten) (?:times|veces)\b"
        r"|\bbinge purge\b[^\n]{0,40}\b(?:\d+ times|shutting down)\b|\bshutting down\b"
        r"|\b(?:hands|fingers|dedos|manos) (?:are |estan )?(?:blue|purple|azules|moradas)\b"
        r"|\bheart hurts\b[^\n]{0,20}\bliterally\b|\bnot the sad way\b|\bsugar is crashing\b"
        r"|\bsnorted\b[^\n]{0,40}\bchest\b|\bfrasco de jarabe\b|\bwhole (?:\w+ )?script\b",
        "'purged like 6 times today and my heart keeps skipping beats', 'my potassium was 2.6 and"
        " they called me to come to the er', 'took like 30 ex lax this morning', 'my hr was 34',"
        " 'skipped my insulin so the food wouldnt count', 'vomite algo como cafe molido', 'my"
        " hands are blue and i cant stop shivering'.",
    ),
    _rule(
        "suicide",
        "food_and_ending",
        r"\b(?:easier|better) (?:it would be )?(?:to )?(?:just )?not (?:exist|be here)\b"
        r"|\bif it kills me it kills me\b|\bstopped eating for good\b|\bit would all end\b"
        r"|\blook good in a coffin\b|\bcuantos dias (?:aguanta|puede) (?:uno|una persona) sin"
        r" comer\b|\bgave away my\b[^\n]{0,60}\bthanks for everything\b"
        r"|\bif i dont show up\b[^\n]{0,40}\bnot your fault\b",
        "'every bite i take i think about how much easier it would be to just not exist', 'if it"
        " kills me it kills me', 'maybe if i just stopped eating for good it would all end', 'gave"
        " away my scale and my clothes and my cat. just wanted to say thanks for everything'.",
    ),
    _rule(
        "self_harm",
        "punishment_for_eating",
        r"\bso i cut\b|\bdeeper than usual\b|\brazor is out\b|\bdeserve pain\b"
        r"|\bhasta dejarme moretones\b",
        "'ate a whole pizza so i cut. a lot deeper than usual', 'deserve pain for eating dessert."
        " razor is out', 'me pegue en la panza hasta dejarme moretones por comer'.",
    ),
)
