"""Crisis rules for adolescents, 14 to 17: batch 64.

The sixty-fourth blind batch was written by a school-based substance-use counselor, in the
voices of teenagers in an adolescent IOP. Held out, the rules caught 77.8% of its crisis
messages (78.4% after the rules written for six other lenses the same day). What they missed
is how a teenager hides and says it: "cat scratches if you know you know", long sleeves when
it's 90 out, a razor behind the phone case, "sh clean streak is over", goodbyes on Discord and
socials deleted "so nobody has to see my face after", passwords given so a friend can "post
something after", "not respawning this time", a gun in a parent's safe whose code they know,
and the danger of being kicked out, running away or a threat at school.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

TEENS: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "teen_goodbyes_and_plans",
        r"\b(?:said bye|saying bye|said goodbye) to my (?:discord|online|gc|group chat|\w+)"
        r" (?:friends|people)\b|\bgave (?:all )?my \w+ to my (?:little |big )?\w+ because i wont"
        r" need them\b|\bwont need them\b(?! (?:for|until|till|at|in)\b)|\bdeleted (?:all )?my"
        r" (?:socials|accounts|insta|tiktok)\b[^\n]{0,40}\b(?:after|nobody|anymore)\b"
        r"|\bdone after this (?:weekend|week|friday|saturday)\b|\bdo you think it hurts to"
        r" (?:drown|die|hang|jump|bleed out|od)\b|\bplanning it since\b|\bfinally have everything"
        r"\b|\balt f4 irl\b|\balt fa irl\b|\bnot respawning\b|\bsee you never\b"
        r"|\bpasswords\b[^\n]{0,40}\bpost something after\b|\bi have a plan(?: \.|$)"
        r"|\bi already decided\b|\bwhen (?:your|youre|you are) not gonna be here\b"
        r"|\bmy body would be found\b|\bwater is calling me\b|\b(?:standing|sitting|waiting) by"
        r" the (?:train )?tracks\b|\bknow the code to the safe\b|\bgun in his closet\b[^\n]{0,40}"
        r"\b(?:code|key|know where)\b",
        "'already said bye to my discord friends they think im joking', 'gave all my hoodies to my"
        " little sister because i wont need them', 'deleted all my socials so nobody has to see my"
        " face after', 'not respawning this time', 'my dad keeps a gun in his closet and i know the"
        " code to the safe'.",
    ),
    _rule(
        "self_harm",
        "hidden_cuts",
        r"\bcat scratches\b[^\n]{0,30}\b(?:if you know|iykyk|again|new|fresh)\b|\bnew cat"
        r" scratches\b|\blong sleeves\b[^\n]{0,40}\b(?:90|hot|summer|for a reason)\b"
        r"|\bi have fresh ones\b|\bfresh (?:ones|cuts)\b[^\n]{0,40}\b(?:swim|pe|gym|what do i do"
        r"|hide)\b|\b(?:sh|self harm) (?:clean )?streak is over\b|\brelapsed on sh\b"
        r"|\brazor behind my phone case\b|\bbanged my head (?:on|against) the wall\b"
        r"|\bpic of her wrist\b|\bbecause i tried\b",
        "'got some new cat scratches if you know you know', 'wearing long sleeves when its 90 out"
        " again for a reason', 'i have fresh ones and we have swim in pe tomorrow', 'sh clean"
        " streak is over', 'i keep a razor behind my phone case just in case'.",
    ),
    _rule(
        "help_now",
        "teen_danger",
        r"\bkicked (?:me )?out\b[^\n]{0,40}\b(?:degrees|nowhere to go|sleeping in the park"
        r"|cold|freezing)\b|\bsleeping in the park\b|\bran away\b[^\n]{0,60}\b(?:offering me a"
        r" ride|this guy|following me)\b|\bbringing a gun (?:to school|tomorrow)\b"
        r"|\b(?:drunk|high) and breaking (?:stuff|things)\b|\bcan you come get me\b"
        r"|\bmixed (?:xanax|bars|percs)\b[^\n]{0,20}\b(?:with|and) lean\b|\bwont answer her phone"
        r" or the door\b|\b(?:bars|xanax|percs)\b[^\n]{0,20}\b(?:and )?drank\b[^\n]{0,30}\bheart"
        r" is going crazy\b|\bme tome \d+ de las (?:azules|blancas|rosas)\b",
        "'stepdad kicked me out and its 20 degrees and i have nowhere to go', 'ran away and im at"
        " a gas station and this guy keeps offering me a ride', 'some kid in my grade said hes"
        " bringing a gun tomorrow', 'took 2 bars and drank and my heart is going crazy'.",
    ),
    _rule(
        "violence",
        "teen_threats",
        r"\bbeat (?:that|this) \w+ (?:till|until) (?:he|she) stops breathing\b"
        r"|\b(?:theyre|they are) all gonna pay\b|\bhurting my \w+ while (?:hes|shes) asleep\b"
        r"|\bthinking about hurting (?:my (?:stepdad|dad|mom|stepmom|brother|sister)|him|her"
        r"|them)\b",
        "'im gonna beat that kid till he stops breathing', 'theyre all gonna pay tomorrow in 3rd"
        " period', 'thinking about hurting my stepdad while hes asleep'.",
    ),
)
