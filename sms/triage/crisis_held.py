"""Crisis rules for being held, controlled or in danger with someone: batch 55.

The fifty-fifth blind batch was written in the voices of participants who trade sex for
money, drugs or a place to stay. Held out, the rules caught 53.8% of its crisis messages.
What they missed is general: being held by someone who is right there ("he has the chain on
the door and is standing in front of it", "took my shoes", "keeps telling me to get in the
trunk", "wont give my phone back"), being driven somewhere ("got off onto a dirt road and
locked the doors"), the safety text sent in case ("if i dont text back in an hour its room
214"), and the shortest plea ("help. he's here", "room 112. please"). These rules name those
situations for anyone, not only for this work.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

HELD: tuple[Rule, ...] = (
    _rule(
        "violence",
        "held_by_someone_there",
        r"\bdont get to leave\b|\b(?:wont|will not|doesnt|wouldnt|didnt) let (?:me|us|her) (?:leave"
        r"|go|out)\b|\bno me deja (?:salir|ir)\b"
        r"|\blocked the (?:doors|gate|door)\b|\bchain on the door\b|\bstanding in front of (?:it"
        r"|the door)\b|\bpuso seguro a las puertas\b"
        r"|\btook my (?:shoes|keys|car keys|bag|birth certificate)\b|\bwont give my phone back\b"
        r"|\bno me quiere devolver el telefono\b|\bkeeps our passports\b|\blocks us in\b"
        r"|\bme quito mi (?:id|celular|pasaporte)\b|\bnos quitaron los pasaportes\b"
        r"|\btook our phones\b|\bget in the trunk\b|\bmetiera a la cajuela\b|\bunder a tarp\b"
        r"|\bdirt road\b[^\n]{0,30}\blocked\b|\bcamino de tierra\b"
        r"|\bwont tell me where (?:were|we are) going\b|\bno me dice a donde vamos\b"
        r"|\bhe(?:s| is) (?:got|holding|has) (?:a |the |my )?(?:gun|my arm|my son|my baby)\b"
        r"|\bgun on the nightstand\b|\bwont let go\b|\btexting under the table\b"
        r"|\bhas my birth certificate\b|\bi gotta get out\b"
        r"|\bsped up when i did\b|\bwindow is painted shut\b|\bwhats the number i call\b"
        r"|\bif anybody knows where i am\b|\bin the lobby\b[^\n]{0,60}\bnot leaving\b"
        r"|\btook the (?:car keys|keys)\b|\btied my hands\b|\bone hand loose\b"
        r"|\bfrom her account\b|\blooking for me\b[^\n]{0,30}\bshowed up at\b"
        r"|\bdidnt mean it nice\b|\bwaiting by my car\b|\bmake it out the window\b"
        r"|\b(?:hes|he is) not asking\b",
        "'he has the chain on the door and is standing in front of it', 'i said i wanted to go home"
        " and he laughed and took my shoes', 'he keeps telling me to get in the trunk', 'date got"
        " off the highway onto a dirt road and locked the doors', 'client wont give my phone"
        " back'.",
    ),
    _rule(
        "help_now",
        "in_case_and_short_pleas",
        r"\bif (?:i dont text back|anything happens)\b[^\n]{0,30}\b(?:its room|it was|room)\b"
        r"|\bsi no te escribo en una hora\b"
        r"|\bhelp (?:\. )?(?:hes|he is|shes|she is|theyre) here\b|\bayuda (?:\. )?ya llego\b"
        r"|\broom \d+\b[^\n]{0,5}\bplease\b"
        r"|\bknows what room im in\b|\bsabe en que cuarto estoy\b"
        r"|\b(?:hes|he is) (?:waiting )?in the lobby\b[^\n]{0,40}\bnot leaving\b"
        r"|\bfound my real address\b|\bsending me pics of my building\b"
        r"|\bchecked into the room next door\b|\bis that even a cop\b",
        "'if i dont text back in an hour its room 214 at the inn by the airport', 'help. he's"
        " here', 'room 112. please', 'hes outside the door banging saying he knows what room im"
        " in', 'guy from the app found my real address'.",
    ),
    _rule(
        "violence",
        "dumped_drugged_threatened",
        r"\bleft me on the side of the (?:highway|road)\b|\bme dejo tirada en la carretera\b"
        r"|\bthrew me out\b[^\n]{0,40}\b(?:dark|trucks|shoulder)\b|\bpushed out of a moving car\b"
        r"|\bwalking the shoulder\b"
        r"|\bwoke up in a car i dont recognize\b|\bdesperte en un carro que no conozco\b"
        r"|\bmy clothes are on wrong\b|\bme echo algo en la bebida\b"
        r"|\bmade me take (?:those )?pills\b"
        r"|\bbreak my other hand\b|\bteach me a lesson\b|\bwaiting with the belt\b"
        r"|\bme dio con el cinturon\b|\bput my head under the water\b|\bsell me to\b"
        r"|\bhe owns me\b|\bsoy suya\b|\bim his property\b|\bdie together\b"
        r"|\bnever see her again unless\b|\bfollowed the ambulance\b|\bhe(?:ll| will) find me\b"
        r"|\bmoved all the girls\b|\blooks like 1[2-6]\b|\bmessaging me from her\b"
        r"|\bme escribe desde su cel\b|\bdo him a favor or\b|\bwork it off\b|\bme lleva presa\b",
        "'he left me on the side of the highway, no shoes, 4% battery', 'woke up in a car i dont"
        " recognize... my clothes are on wrong', 'daddy said if i come back short again tonight"
        " he'll break my other hand', 'he says im his property now', 'cop said either i do him a"
        " favor or i get booked'.",
    ),
    _rule(
        "suicide",
        "quiet_decisions",
        r"\btonight i get to decide\b|\breport me missing\b|\bwhere my stuff should go\b"
        r"|\bthe dog goes to\b|\bkeep the promise\b[^\n]{0,20}\bsorry\b"
        r"|\btank is full and so am i\b"
        r"|\bnothings gonna be wrong anymore\b|\bwanted him to keep going\b|\bhow many it takes\b"
        r"|\bor to be alive\b|\bfor trying\b[^\n]{0,20}\bim tired\b|\bhanging in the\b"
        r"|\bthinking about the razor\b|\bni a ningun lado\b|\bmejor seria no despertar\b"
        r"|\bestoy en el techo del\b",
        "'im tired of being bought and sold. tonight i get to decide something for once', 'nobody"
        " would even report me missing honestly. maybe thats the point', 'wrote down where my"
        " stuff should go. the dog goes to tasha', 'tank is full and so am i'.",
    ),
)
