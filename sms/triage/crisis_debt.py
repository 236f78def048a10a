"""Crisis rules for participants with gambling and debt: batch 52.

The fifty-second blind batch was written in the voice of participants whose use comes with
betting apps, casinos, margin calls, payday loans and loan sharks. Held out, the rules caught
67.2% of its crisis messages. Their suicide is done as arithmetic ("my debt is 180k. my life
insurance is 250k. do the math", "the best thing for my family is if they just collect on
me", "the policy pays out double if its an accident"), their threats come from the people
they owe ("next time its my son", a photo of a daughter's school with the time circled), and
their last night is at the casino garage, on a bridge railing, in the car with a full tank.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

DEBT: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "worth_more_dead",
        r"\b(?:do the math|haz la cuenta|thats the math)\b|\bcollect on me\b"
        r"|\bif its an accident\b|\bsi me pasa un accidente\b[^\n]{0,40}\bseguro\b"
        r"|\bel accidente ya esta planeado\b|\bonly thing left to sell is my life\b"
        r"|\bfrom the policy\b|\bonly asset i have left\b|\bif im gone the debt\b"
        r"|\b(?:debt|owe|debo|lost)\b[^\n]{0,60}\b(?:policy|insurance|seguro)\b[^\n]{0,40}"
        r"\b(?:\d+k?|math|cuenta)\b",
        "'my debt is 180k. my life insurance is 250k. do the math for me', 'the best thing for my"
        " family is if they just collect on me', 'the policy pays out double if its an accident',"
        " 'el accidente ya está planeado', 'if im gone the debt goes away right?'.",
    ),
    _rule(
        "suicide",
        "last_night_after_the_loss",
        r"\bgoing back down the stairs\b"
        r"|\b(?:keep|kept) looking at (?:my |the |his )?(?:\w+ )?(?:\w+ )?(?:<FIREARM>|revolver"
        r"|rafters|beam)\b|\bsigo viendo la viga\b"
        r"|\bat the bridge\b[^\n]{0,30}\blooking at the water\b|\bon the bridge railing\b"
        r"|\bpills i saved(?: up)?\b|\bstarted saving them\b"
        r"|\blike it was the last time\b[^\n]{0,10}\bbecause it is\b"
        r"|\bcomo si fuera la ultima vez\b[^\n]{0,10}\bporque lo es\b"
        r"|\bwont need\b[^\n]{0,30}\bwhere im going\b|\benough (?:fent|dope|pills|<PILLS>) to not\b"
        r"|\bdrinking everything\b[^\n]{0,20}\band the pills\b|\bwith the bottle and the pills\b"
        r"|\bthe tree on the curve\b|\bnot sure about tomorrow\b"
        r"|\bhope i hit something\b|\bojala choque\b|\bsorry before i go\b"
        r"|\bdrove to the river\b[^\n]{0,20}\bsitting here\b|\bi know which bridge\b"
        r"|\bgo out on my (?:own )?terms\b|\b(?:take|taking) the other way out\b"
        r"|\bgonna use all of it\b|\bdont need to wake up\b|\bleft the rest in a letter\b"
        r"|\bim not coming home\b|\bonly (?:one )?option left\b"
        r"|\bsleep for a long(?: long)? time\b|\bim not gonna be here for\b"
        r"|\bno voy a estar aqui para\b|\bno pienso despertar\b|\bno hay manana\b"
        r"|\beso se acaba esta noche\b|\bme voy lejos y no regreso\b|\bmandando despedidas\b"
        r"|\bi made my decision\b|\bthinking of stepping out\b",
        "'sitting in the casino garage on the top level. i dont think im going back down the"
        " stairs', 'i keep looking at my dads old revolver', 'i told my kids i loved them tonight"
        " like it was the last time. because it is', 'i have the car keys and a full tank and i"
        " know which bridge', 'the last parlay was my way out. so now i gotta take the other way"
        " out'.",
    ),
    _rule(
        "violence",
        "what_they_owe",
        r"\bnext time its my (?:hands|son|daughter|kids|wife|knees|legs|family)\b"
        r"|\b(?:pic|picture|photo|foto) of my (?:daughters?|sons?|kids?)\b[^\n]{0,40}\b(?:school"
        r"|playground|recess|owe)\b|\bsabe donde estudia mi hij[oa]\b|\bfoto de la escuela\b"
        r"|\bbroke (?:two of |some of )?my fingers\b|\bsell my sister\b"
        r"|\bkeeping me at his place\b|\bwaiting outside by my car\b"
        r"|\bthey(?:re| are) looking for me\b|\btried the door\b"
        r"|\bbeat me with (?:a|the) (?:pipe|bat|bottle|chain)\b"
        r"|\btake out the guy\b|\bi know where he parks\b",
        "'bookies guy said next time its my hands', 'they sent me a pic of my daughters school."
        " with the time she gets out circled', 'they broke two of my fingers', 'he said if i dont"
        " pay hell sell my sister', 'the guy from the loan place is waiting outside by my car'.",
    ),
)
