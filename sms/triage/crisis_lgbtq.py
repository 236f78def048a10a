"""Crisis rules for LGBTQ+ participants: batch 42.

The forty-second blind batch was written by a counselor at an LGBTQ+ health center: chemsex
emergencies ("theres a guy here who keeps fitting after taking more G", "slammed for the
first time and my arm is swelling"), PEP needed tonight after an assault, family threats and
being thrown out, doxxing by a hate group, and despair after rejection ("mi papa dijo que
preferia un hijo muerto... creo que le voy a dar el gusto"). Held out, the rules caught 78.9%
of its crisis messages; GHB and slamming had no rule at all. These rules name them.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_G = r"(?:g|ghb|gbl|gina|el g|un vaso de g)"

LGBTQ: tuple[Rule, ...] = (
    _rule(
        "overdose",
        "chems",
        rf"\b(?:took|did|taking|take|on|tome|me tome|de|more)\b (?:more )?{_G}\b[^\n]{{0,80}}"
        r"\b(?:fitting|twitching|floppy|cant get up|durmiendo|vomitando|temblando|tongue feels"
        r" thick|not answering|wont wake|passed out|me estoy durmiendo)\b"
        rf"|\b(?:fitting|floppy|twitching)\b[^\n]{{0,60}}\b(?:more )?{_G}\b"
        rf"|\bcuanto {_G} me tome\b"
        r"|\b(?:slamming|slammed|me inyecte tina)\b[^\n]{0,60}\b(?:heart|chest|swelling|hinchando"
        r"|numb|hit something wrong|fiebre|shaking|no sleep)\b"
        r"|\b(?:tina|tine|meth|cristal)\b[^\n]{0,40}\b(?:sin dormir|no sleep"
        r"|awake since)\b[^\n]{0,60}"
        r"\b(?:corazon|heart|chest|pecho)\b"
        r"|\b\d+ dias sin dormir con la tina\b"
        r"|\b(?:guy|person|chavo|chava|muchacho|tipo|man)\b (?:next to me|de al lado) (?:is|esta)"
        r" (?:cold|frio|fria|blue|not breathing|morado)\b",
        "'Theres a guy here who keeps fitting after taking more G on top of the gina', 'been"
        " slamming for 3 days no sleep now my heart is skipping', 'woke up at the party and the"
        " guy next to me is cold', 'no se cuanto G me he tomado, estoy temblando y vomitando'.",
    ),
    _rule(
        "violence",
        "assault_and_hate",
        r"\b(?:need|necesito) (?:la )?pep\b|\b(?:took|quito) (?:the|el) (?:condom|condon) off\b"
        r"|\bme quito el condon\b"
        r"|\b(?:posted|publicaron|leaked) (?:my|mi) (?:address|direccion)\b"
        r"|\bme va a matar por (?:lesbiana|gay|joto|puto|trans|marica|ser \w+)\b"
        r"|\bsaid (?:hed|he would|shed|she would|theyd) kill me if\b[^\n]{0,40}\b(?:saw|found|again"
        r"|caught)\b"
        r"|\bthey said (?:theyd|they would|they will|they are gonna) find me\b"
        r"|\b(?:held|hold) me down\b|\bsaying (?:im|i am) next\b"
        r"|\b(?:im|i am) being (?:chased|followed)\b"
        r"|\bkicked out\b[^\n]{0,40}\b(?:dont come back|bus station|nowhere to go|at \d+ ?am)\b",
        "'Guy took the condom off without asking, i said no. need PEP tonight', 'someone posted my"
        " address. theres a car outside', 'my dad said hed kill me if he found me with a girl"
        " again. he just saw us', 'hes punching the walls and saying im next'.",
    ),
    _rule(
        "suicide",
        "after_rejection",
        r"\bdont try to talk me out of it\b"
        r"|\bsorry\b[^\n]{0,12}\blove (?:you all|yall|you guys|ya all)\b"
        r"|\b(?:dont|do not) (?:think i )?want to be alive\b|\bno point in (?:staying"
        r"|being) alive\b"
        r"|\bsorry\b[^\n]{0,60}\b(?:im|i am) ready to go\b"
        r"|\bdead to (?:them|him|her)\b[^\n]{0,40}\bget what (?:they|he|she) wants?\b"
        r"|\ble voy a dar el gusto\b|\btonight (?:im|i am) going to make it quick\b"
        r"|\besta noche lo voy a hacer\b|\bshouldnt wake up (?:tomorrow|again)\b"
        r"|\bya me despedi de (?:mi|mis) \w+<END>"
        r"|\bkeep looking at the traffic\b|\bso the voices (?:stop|go away|shut up)\b"
        r"|\btexted me\b[^\n]{0,12}\b(?:sorry for everything|goodbye)\b"
        r"|\btexted me\b[^\n]{0,6}(?::quote: )?help\b[^\n]{0,20}\bnow nothing\b",
        "'Dont try to talk me out of it. i just wanted someone to know', 'cant do this. sorry."
        " love you all', 'Im trans and my family just told me Im dead to them. maybe they should"
        " get what they want', 'creo que le voy a dar el gusto'.",
    ),
)
