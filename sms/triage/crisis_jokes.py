"""Crisis rules for a crisis told as a joke: batch 61.

The sixty-first blind batch was written by a crisis counselor who has learned that the
funniest people in group are often the ones most at risk: intent, means and danger wrapped in
"lol", memes and irony ("my five year plan is to not be here in five years 💀", "girl dinner:
a bottle of vodka and all my klonopin", "thinking about taking the scenic route home. off the
overpass"). Held out, the rules caught 64.5% of its crisis messages. The joke was rarely what
hid them: most of the misses had no rule at all, because the means, the place or the time is
said in a frame no rule expected (a meme format, a life hack, a plot twist, a speedrun). These
rules name the means, places and times in those frames, and the turn from joke to truth ("I
wasn't joking", "it's not a meme", "all jokes aside", "not laughing").
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

JOKES: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "joke_turns_true",
        r"\bi wasnt joking\b|\bits not a meme\b|\ball jokes aside\b[^\n]{0,60}\b(?:alone|scared"
        r"|tonight|do it|die)\b|\bnot laughing(?: \.|$)|\b(?:making|make) it not a joke\b"
        r"|\bthe end and i meant it\b"
        r"|\bwhat im trying to avoid tonight\b|\bya esta decidido\b|\bme (?:fui|voy) al otro barrio"
        r"\b|\bpor fin me anime\b|\byo me encargo (?:hoy|esta noche)\b|\bquitar el peso de encima"
        r" hoy\b|\bsalir(?:me)? del chiste\b|\bapague el switch de la vida\b"
        r"|\bultimo capitulo\b[^\n]{0,30}\bhoy\b|\b(?:remate|punchline)\b[^\n]{0,10}\b(?:esta"
        r" noche|tonight)\b",
        "'ha remember when i said i was joking about the pills? i wasnt joking', 'i texted my mom"
        " bye and a skull emoji... its not a meme', 'all jokes aside i dont think i should be"
        " alone tonight', 'si manana no contesto es porque me fui al otro barrio... ya esta"
        " decidido'.",
    ),
    _rule(
        "suicide",
        "not_being_here_framed",
        r"\bplan is to not be here\b|\bnot (?:be|being) here in \w+ (?:years|months|weeks)\b"
        r"|\bimagine if i (?:just )?didnt wake up\b|\bnot do the waking up part\b"
        r"|\bdidnt wake up tomorrow\b|\b(?:researching|googling|looking up) (?:rope|knot|noose"
        r"|how long|how many)\b|\bscenic route\b[^\n]{0,20}\b(?:off|over) the\b|\bpockets full of"
        r" rocks\b|\b(?:speedrunning|speedrun) my (?:exit|death|end)\b|\bnot gonna make it to"
        r" \w+\b[^\n]{0,20}\bor to anything after\b|\bbeing dead sounds\b|\bnap but forever\b"
        r"|\b(?:wanna|want to) get hit by a (?:bus|car|train|truck)\b|\bdont have to do life\b"
        r"|\bsmite me\b[^\n]{0,30}\bopen to it\b|\bheaven has wifi\b[^\n]{0,40}\bfind out\b"
        r"|\bfind out soon\b|\bwalked to the bridge and stood\b|\b(?:from|under) (?:6|six) feet"
        r" under\b|\bthe punchline\b[^\n]{0,10}\b(?:tonight|midnight)\b|\bgonna do it \. bye\b"
        r"|\bworking on fixing that\b"
        r"|\bjust making arrangements\b|\bwho gets my (?:stuff|things|dog|cat|ps\w*|car|guitar"
        r"|shoes|games)\b|\blooking forward to\b[^\n]{0,20}\bthe end\b"
        r"|\bwants to stop \. like tonight\b|\bgonna choose that\b|\bdo they mean dying\b"
        r"|\bonly thing that sounds better\b|\bmain character dies\b[^\n]{0,60}\bstarts"
        r" (?:today|tonight|saturday|sunday|friday|tomorrow)\b|\bvillain loses\b"
        r"|\bfloor balcony\b|^on the roof\b|\b(?:im|i am|i m|sitting|standing|up|here|me|been"
        r"|still|alone|went|climbed|going|go) (?:\w+ )?on the roof\b|\bon the roof\b[^\n]{0,40}"
        r"\b(?:edge|jump|its time|bye|goodbye|tonight|done|the end|ledge)\b"
        r"|\bmile marker \d+ has a good one\b"
        r"|\binto a tree\b|\bholding my breath under\b|\bbath\b[^\n]{0,20}\btoaster\b"
        r"|\btoaster bath\b|\bpills are in my pocket\b|\bfor now \. pills\b"
        r"|\bpart of it tonight\b|\bgo be part of (?:it|the view)\b"
        r"|\bvoice\b[^\n]{0,30}\bsays do it\b",
        "'my five year plan is to not be here in five years', 'imagine if i just didnt wake up"
        " tomorrow. ive been imagining it a lot', 'researching rope strength at 3am lol',"
        " 'taking the scenic route home. off the overpass', 'with my pockets full of rocks',"
        " 'the joke is im still here. im working on fixing that'.",
    ),
    _rule(
        "overdose",
        "means_in_hand_framed",
        r"\b(?:whole|entire) bottle of (?:my |his |her )?(?:\w+s )?(?:<PILLS>|oxy"
        r"|pills)\b[^\n]{0,30}"
        r"\b(?:in my lap|in my hand|right now|rn)\b|\btook the (?:fentanyl|fent|pills|dope)"
        r" on purpose\b|\b(?:me meti|me tome|tome) (?:fentanilo|las pastillas|todo) a proposito\b"
        r"|\bgas (?:i left )?on\b[^\n]{0,15}\bon purpose\b|\benough dope to drop a horse\b"
        r"|\btook \d+ grams\b|\bspeed dying\b|\b\d+ pills look\b|\b(?:took|taken) (?:way )?more"
        r" (?:methadone|pills|<PILLS>) than (?:im|i was) supposed to\b|\b(?:vodka|rum|whiskey"
        r"|tequila|wine|henny|beer|bottle of \w+) and all my"
        r" <PILLS>\b|\btragando todas las"
        r" pastillas\b",
        "'i have the whole bottle of my moms oxy in my lap right now', 'rip me for real this time."
        " i took the fentanyl on purpose', 'the gas i left on. on purpose', 'funny how 30 pills"
        " look like so few in your hand', 'girl dinner: a bottle of vodka and all my klonopin'.",
    ),
    _rule(
        "self_harm",
        "harm_framed",
        r"\bburned my ?self\b[^\n]{0,40}\bblister\w*\b|\bhands are covered in blood\b"
        r"|\bits mine not anyone elses\b|\bi needed stitches\b|\bonly cut a little\b"
        r"|\bits more than a little\b",
        "'i burned myself with the lighter again... its blistering pretty bad', 'my hands are"
        " covered in blood... its mine', 'it was that deep i needed stitches didnt go', 'i only"
        " cut a little ok its more than a little'.",
    ),
    _rule(
        "violence",
        "danger_framed",
        r"\bput me down like the dog\b|\blooking for his gun\b|\bi know where you live\b[^\n]{0,40}"
        r"\b(?:pulled up|outside|here)\b|\bcommit a crime\b[^\n]{0,40}\b(?:knife|face)\b"
        r"|\bgetting the knife\b|\bthen in him\b|\b(?:ptsd|depression|trauma) and my (?:knife"
        r"|gun|pill) collection\b",
        "'my dad's drunk and says he's gonna put me down like the dog and he's looking for his"
        " gun', 'my ex just texted i know where you live and then his car pulled up', 'getting"
        " the knife from the kitchen i swear'.",
    ),
    _rule(
        "help_now",
        "scared_of_myself",
        r"\b(?:dont|do not) think i should be alone tonight\b|\bscared of what ill do\b",
        "'i dont think i should be alone tonight. im scared of what ill do'.",
    ),
)
