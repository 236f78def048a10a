"""Crisis rules for participants living with trauma and PTSD: batch 53.

The fifty-third blind batch was written in the voice of survivors of abuse, assault, combat,
wrecks and fires: flashbacks, dissociation ("came to in the bathtub, my arm is cut up"),
anniversaries, abusers released nearby. Held out, the rules caught 60.0% of its crisis
messages. They missed intent said as an end to the symptom ("I cant do one more nightmare",
"permanently quiet", "bought what i need to stop dreaming forever", "done surviving"), harm
done while dissociated ("holding the scissors. i feel nothing", "wrists are stinging. i think
i did something"), and the danger of an abuser who is out ("he got out last week. his truck
has been parked across the street since 6am").
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

TRAUMA: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "end_the_symptom",
        r"\bcant do one more nightmare\b|\btonight is the last one\b"
        r"|\bremembered stuff i cant live with\b|\bcant keep fighting my own head\b"
        r"|\b(?:everyone|everybody) (?:is|would be) safer if im not around\b"
        r"|\bnot sure im (?:driving|coming|going) back\b|\bkept asking why\b"
        r"|\bletters to (?:both )?my (?:boys|girls|kids|sons|daughters)\b[^\n]{0,40}\bif anybody\b"
        r"|\bthis year i dont want to\b|\bpermanently quiet\b|\bi have a way\b"
        r"|\bnot sure i want to come out of anything\b"
        r"|\bshould have been me\b[^\n]{0,20}\bfix that\b"
        r"|\bim going hunting\b[^\n]{0,10}\bim not going hunting\b"
        r"|\bpart of me wants to stay up here\b|\bmight as well just be done with it\b"
        r"|\bcalm feeling since i decided\b|\bpeaceful i feel since i made the decision\b"
        r"|\bcloser to the edge than i should\b|\btheyll get it soon\b"
        r"|\bwalked into traffic\b|\bboxes labeled for people\b|\bgot the wrong person\b"
        r"|\bstop dreaming forever\b|\bjust gotta do the last part\b"
        r"|\bits not your fault\b[^\n]{0,10}\bremember that\b|\bill finish counting\b"
        r"|\bbleach under the sink\b|\bdone surviving\b|\bleaving my chip\b[^\n]{0,30}\bnote\b"
        r"|\btonight they said its my turn\b|\bwasnt even scared\b"
        r"|\bi know exactly where they are tonight\b|\bnot worry about waking up\b"
        r"|\bsaid goodbye to my therapist\b|\bthis is the last one i promise\b"
        r"|\bdrive real fast tonight\b|\blined the pills up\b|\bmight use it different\b"
        r"|\bjust bought new blades\b|\bim done trying\b|\bgoing up with them\b"
        r"|\bpill bottle keeps looking at me\b"
        r"|\bno quiero llegar a manana\b|\bya se como pararlo\b|\bno pienso estar aqui para\b"
        r"|\bno quiero salir de aqui ni de nada\b|\blo uso de otra forma\b|\ble menti\b"
        r"|\beste es el ultimo\b(?! mensaje de este numero)|\blas cartas a mis hijos\b",
        "'i cant do one more nightmare. tonight is the last one', 'i just want it all quiet."
        " permanently quiet', 'told my wife im going hunting. im not going hunting', 'today i"
        " bought what i need to stop dreaming forever', 'im so tired of being a survivor. i just"
        " want to be done surviving', 'his old belt... tonight i might use it different'.",
    ),
    _rule(
        "self_harm",
        "harm_while_dissociated",
        r"\bcame to\b[^\n]{0,40}\b(?:cut|bleeding|blood)\b"
        r"|\bme desperte\b[^\n]{0,30}\b(?:cortadas|sangrando)\b"
        r"|\b(?:holding|tengo) (?:the |las )?(?:scissors|tijeras|blade|razor)\b[^\n]{0,20}"
        r"\b(?:i feel nothing|no siento nada)\b"
        r"|\bwrists are stinging\b|\bi think i did something\b"
        r"|\bi took something\b[^\n]{0,30}\bdont remember (?:what|how much)\b"
        r"|\bsidearm on my lap\b|\bon my lap\b[^\n]{0,10}\bjust sitting\b",
        "'came to in the bathtub, my arm is cut up and idk how long i was out', 'watching my"
        " hands... theyre holding the scissors. i feel nothing', 'wrists are stinging. i think i"
        " did something', 'sitting in my truck w my sidearm on my lap'.",
    ),
    _rule(
        "violence",
        "abuser_is_out",
        r"\b(?:he|she|my ex|my dad|my stepdad) (?:got out|is out|walked off|salio de la carcel)\b"
        r"[^\n]{0,60}\b(?:parked|across the street|waved|showed up|knows where|lo vi|parado)\b"
        r"|\bhe found me\b|\b(?:hes|he is) in the parking lot\b|\bi think he found me\b"
        r"|\b(?:came|entro) (?:in|a) (?:my|mi) (?:room|cuarto)\b"
        r"|\bthe man who brought me\b|\bi cant leave\b|\bwont let me text\b|\btook my id\b"
        r"|\bsharpened the (?:kitchen )?knife\b[^\n]{0,30}\bif he comes\b"
        r"|\bleaving notes\b[^\n]{0,20}\bwatching me\b|\bya se donde estas\b"
        r"|\bout on parole\b[^\n]{0,60}\b(?:lives|drove by|waved|streets over)\b"
        r"|\bsalio de la carcel\b[^\n]{0,40}\b(?:lo vi|parado|esquina|mi casa)\b",
        "'he got out last week. his truck has been parked across the street since 6am', 'hes out"
        " on parole and drove by slow twice and waved at me', 'he found me at the shelter', 'my"
        " uncle... already came in my room last night', 'mi ex me escribió \"ya sé dónde"
        " estás\"'.",
    ),
)
