"""Crisis rules for participants without a home: batch 50.

The fiftieth blind batch was written in the voice of people in shelters, tents, cars and
abandoned buildings, whose daily words (the bridge, the tracks, the cold) are crisis words
for everyone else. Held out, the rules caught 60.6% of its crisis messages. They missed
what the street does to a body (toes white and waxy, "I stopped shivering a while ago", a
cut red all the way up to the knee, a car run with the windows up for warmth, a breath that
smells fruity off insulin), the violence of camps and security guards, and goodbyes made of
what is left ("packed up my camp real neat so nobody has to clean up after me", "tell my case
worker she can close my file. for good").
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

UNHOUSED: tuple[Rule, ...] = (
    _rule(
        "medical",
        "exposure_and_wounds",
        r"\b(?:toes|fingers|feet|foot|hand|dedos|pies)\b[^\n]{0,30}\b(?:white and waxy|waxy"
        r"|turned black|going black|black and smell|blancos y duros|negros)\b"
        r"|\b(?:stopped|quit) shivering\b|\bshaking then stopped\b|\btalking nonsense\b"
        r"|\bcant feel my (?:toes|fingers|feet|hands)\b[^\n]{0,40}\b(?:sleepy|white|black|waxy"
        r"|close my eyes|confused)\b|\bno siento los pies\b[^\n]{0,40}\b(?:blancos|duros|negros)\b"
        r"|\b(?:red|hot|roja|caliente)\b[^\n]{0,30}\b(?:all the way up|up to my|hasta la)\b"
        r"|\b(?:wound|cut|sore|herida)\b[^\n]{0,40}\b(?:pus|maggots|oozing|gusanos)\b"
        r"|\b(?:wound|cut|leg|foot|arm|herida|pierna)\b[^\n]{0,60}\b(?:chills|burning up"
        r"|calentura)\b"
        r"|\b(?:car|motor|engine|heater|generator|carro)\b[^\n]{0,40}\b(?:windows up|motor prendido"
        r"|running)\b[^\n]{0,60}\b(?:headache|dolor de cabeza|puking|vomitar|dizzy|sleepy)\b"
        r"|\bbreath smells fruity\b|\bpeeing brown\b|\bcant keep (?:water|anything) down\b"
        r"|\b(?:side of my face|my face) (?:feels )?numb\b|\bwords coming out wrong\b"
        r"|\bhand sanitizer\b[^\n]{0,60}\b(?:cant see|blurry|blind)\b"
        r"|\bsugar\b[^\n]{0,20}\blow\b[^\n]{0,40}\b(?:shaky|confused|sweaty)\b"
        r"|\bskin peeling off\b",
        "'cant feel my toes since last night theyre white and waxy', 'cold and wet and i stopped"
        " shivering a while ago', 'the cut on my leg is hot and red all the way up to my knee',"
        " 'running the car w the windows up to stay warm, bad headache', 'off my insulin 3 days,"
        " breath smells fruity'.",
    ),
    _rule(
        "overdose",
        "down_in_camp",
        r"\bgurgl\w*\b|\bbreathing (?:real |very |so )?slow\b|\bface down\b"
        r"|\b(?:fell|fallen)\b[^\n]{0,40}\b(?:isnt|not) moving\b|\bno se ha movido\b"
        r"|\bi think (?:my|the|our) \w+(?: \w+)? is dead\b"
        r"|\b(?:punched|beat|hit|kicked)\b[^\n]{0,20}\btill i blacked out\b"
        r"|\bblacked out\b[^\n]{0,20}\bjust woke\b"
        r"|\bfiebre muy alta\b[^\n]{0,40}\b(?:no me contesta|como dormido)\b"
        r"|\bdid the whole bag\b|\bwanted to go out\b",
        "'my girl just did some and shes making a gurgly sound', 'fell face down in the mud, hes"
        " breathing real slow', 'guy fell thru to the basement and isnt moving', 'i think my tent"
        " neighbor is dead', 'i did the whole bag cuz i wanted to go out'.",
    ),
    _rule(
        "violence",
        "camp_and_street_violence",
        r"\bcouldnt stop (?:him|them)\b|\bnext time (?:hes|he is|hell) tak\w+ her\b"
        r"|\bkeeps coming in (?:our|my) (?:tent|bunk|room)\b"
        r"|\bcircling\b[^\n]{0,20}\b(?:the lot|my car|the block)\b|\bthey know im in there\b"
        r"|\b(?:he|hes|he is|theyre|they are) coming tonight\b"
        r"|\bme sigue\b[^\n]{0,40}\b(?:sabe donde|hasta donde)\b|\bfollowed me back\b"
        r"|\bsells me\b|\bset (?:my|the|our) (?:tent|car|house|camp) on fire\b|\bmolotov\b"
        r"|\b(?:got )?(?:beat|beaten) by\b|\bby my hair\b",
        "'someone came in my bunk at the womens shelter and i couldnt stop him', 'hes been"
        " circling the lot for an hour', 'he keeps texting me pics of my tent... hes coming"
        " tonight', 'my boyfriend sells me out of the motel', 'someone set my tent on fire while"
        " i was in it', 'pepper sprayed and beat by the private security'.",
    ),
    _rule(
        "suicide",
        "tracks_and_cold",
        r"\balmost didnt step back\b|\bwould be quick\b[^\n]{0,20}\bwouldnt (?:even )?feel it\b"
        r"|\bsitting on the (?:rail|railing|ledge|edge)\b|\bnot step off\b"
        r"|\bwaiting for the \d+ ?(?:am|pm)? one\b|\b(?:junto a|en) las vias\b[^\n]{0,20}"
        r"\besperando\b"
        r"|\bgonna try again\b|\bwasnt coming back\b|\bthe high one\b"
        r"|\bdont call (?:nobody|anyone|anybody)\b|\bsleep in the snow\b"
        r"|\bme quedo dormido en la nieve\b|\bvoces que me dicen\b"
        r"|\bcant do another winter\b|\bmade up my mind\b[^\n]{0,30}\bsomebody to know\b",
        "'i keep standing at the crossing when the freight comes thru. today i almost didnt step"
        " back', 'been thinking the train would be quick', 'sitting on the rail of the overpass',"
        " 'walk down the tracks tonight and not step off', 'waiting for the 5am one', 'go to sleep"
        " in the snow and let it happen'.",
    ),
    _rule(
        "suicide",
        "what_is_left",
        r"\bclose my file\b[^\n]{0,10}\bfor good\b|\bone way or another\b"
        r"|\bif you die\b[^\n]{0,20}\basking for me\b|\bdont bother looking for me\b"
        r"|\byou were good to me\b[^\n]{0,20}\bthis is it\b"
        r"|\bthinking about the (?:jug|bottle) of (?:antifreeze|bleach)\b"
        r"|\bi got the pills\b|\bdont care (?:anymore )?what happens to me\b"
        r"|\bhow many (?:of these|would it take)\b[^\n]{0,20}\bdo it\b|\bend of the line\b"
        r"|\bthey think im (?:moving|leaving|going)\b[^\n]{0,10}\bim not\b"
        r"|\bway out\b[^\n]{0,20}\bfound mine\b|\bno reason to keep (?:fighting|going|living"
        r"|trying)\b|\bclean up after me\b"
        r"|\bnot (?:cuz|because) i relapsed\b|\bno es por recaida\b"
        r"|\bno le veo (?:el )?caso a seguir\b",
        "'tell my case worker she can close my file. for good', 'this is the last night im"
        " sleeping cold. one way or another', 'what happens to your stuff if you die out here."
        " asking for me', 'packed up my camp real neat so nobody has to clean up after me', 'if i"
        " dont show up monday its not cuz i relapsed. its cuz im done'.",
    ),
)
