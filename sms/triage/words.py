"""Shared word lists, written `<NAME>` inside rule patterns and expanded when compiled.

They keep the rules short enough to review: `kill <SELF>` reads as what it means.
"""

from __future__ import annotations

import re

WORDS = {
    # "myself" and the ways it gets typed.
    "SELF": r"(?:my ?self|my ?slef|my ?sef|myslf|mself|meself|my ?sel)",
    # Laughter and jokes mark idioms ("lol I'm dying"); they never excuse a plain
    # statement of intent ("i wanna die lol" stays crisis: no exclusion uses them alone).
    "HUMOR": (
        r"(?:\b(?:lol\w*|lmf?ao\w*|rofl|haha\w*|ha ha|hehe\w*|jaja\w*|jeje\w*|xd|jk|just kidding"
        r"|kidding|es broma|broma)\b|:laughing:)"
    ),
    # Pills and drugs people overdose on (English and the brand names they text).
    "PILLS": (
        r"(?:pills?|pils|pillz|tabs?|tablets?|capsules?|meds|medications?|medicine|xanax|xans?|bars"
        r"|benzos?|oxys?|oxycodone|oxycontin|percs?|percocets?|vicodin|norcos?|klonopins?|valium"
        r"|ambien|sleeping pills|sleep aids?|tylenol|advil|ibuprofen|aspirin|pain ?killers?"
        r"|opioids?|fentanyl|fent|heroin|dope|methadone|:pill:"
        # The prescriptions people in treatment hold, by brand and generic name: an overdose
        # is texted with the name on the bottle ("took 30 of my seroquel").
        r"|seroquel|quetiapine|trazodone|gabapentin|neurontin|lyrica|adderall|suboxone|subs"
        r"|lithium|zoloft|prozac|lexapro|wellbutrin|ativan|lorazepam|clonazepam|alprazolam"
        r"|hydrocodone|tramadol|morphine|dilaudid|benadryl|antidepressants?|insulin|lamictal"
        r"|abilify|zyprexa|buspar|hydroxyzine|vistaril|robitussin|nyquil)"
    ),
    "PILLS_ES": (
        r"(?:pastillas|pastiyas|pastias|pildoras|tabletas|capsulas|medicinas|medicamentos|calmantes"
        r"|clonazepam|xanax|rivotril|tafil|ansioliticos|:pill:"
        r"|pastis|antidepresivos|alprazolam|diazepam|lorazepam|tramadol|paracetamol|ibuprofeno"
        r"|aspirinas|seroquel|quetiapina|pastillas para dormir|somniferos|sedantes)"
    ),
    # Five or more, as texted: digits or words ("like twenty").
    "MANY": (
        r"(?:[5-9]|\d{2,}|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
        r"|fifty|a dozen|dozens|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta"
        r"|cuarenta|una docena)"
    ),
    # Drink as texted, by kind, brand and measure ("a fifth", "a handle", "tall cans").
    "ALCOHOL": (
        r"(?:alcohol|vodka|drinks?|drinking|booze|beers?|wine|liquor|whiskey|whisky|tequila|rum|gin"
        r"|brandy|fifth|pint|handle|forty|40s?|shots?|tall ?cans?|tallboys?|jack|henny|hennessy"
        r"|titos|fireball|a bottle|the bottle|cerveza|cervezas|vino|licor|mezcal|ron|tragos?"
        r"|chelas?|caguamas?)"
    ),
    # One dose of something, as a craving names it ("a line", "a hit", "a cold one").
    "HIT": (
        r"(?:drink|beer|hit|line|bump|fix|shot|joint|blunt|bowl|pill|bar|xanax|toke|dab|drag|sip"
        r"|cold one|glass of \w+|bottle of \w+|drink of \w+|taste)"
    ),
    # Street names people text for drugs and drink (English and Spanish).
    "SLANG": (
        r"(?:blues|tina|black tar|smack|junk|roxys?|roxies|lean|zann?(?:y|ies)|xann?ies|yayo|snow"
        r"|blow|kush|wax|carts?|30s|m30s|perc ?30s?|ice|shard|glass|molly|tabs|cold ones|brews"
        r"|12 pack|6 pack|twelve pack|henny|hennessy|titos|fireball|jager|white claws?|margaritas?"
        r"|cocktails?|mimosas?|foco|chochos|tachas|raya|rayas|polvo|pisto|chupe|chelas?|caguamas?"
        r"|mota|churro|perico|cristal|piedra|chiva|coca|pase|fenti|fetty)"
    ),
    # Drugs and drink named in English, without the street words that are also ordinary
    # ("ice", "snow", "glass"): for rules that only need to know a substance is the topic.
    "DRUGS": (
        r"(?:meth|dope|fent|fenti|fentanyl|heroin|coke|cocaine|crack|weed|pot|pills|xanax|xans"
        r"|bars|oxys?|percs?|benzos?|kratom|molly|acid|shrooms|booze|alcohol|liquor|vodka|whiskey"
        r"|tequila|beers?|wine|tina|carts?|dabs?|the pipe|the needle|the bottle|henny|lean|blow"
        r"|adderall|klonopin|suboxone)"
    ),
    # High places people jump from, as they name them ("the parking deck", "the multi storey").
    "HEIGHT": (
        r"(?:bridge|roof|rooftop|building|garage|parking garage|parking deck|parking structure"
        r"|cliff|balcony|overpass|window|ledge|tower|water tower|high rise|highrise|skyscraper"
        r"|bluff|dam|quarry|stairwell|fire escape|multi ?storey|multi ?story|top floor|railing"
        r"|edge|pier)"
    ),
    # Who might be hurting the person texting (or someone with them).
    "ASSAILANT": (
        r"(?:foreman|the foreman|crew boss|the crew boss|boss man|staff|the staff|my staff"
        r"|guy|security|the security|cops|the cops|police|the police|a cop|the cop"
        r"|guest|a guest|the guest|customer|a customer|regular|a regular|chef|sous chef|the chef"
        r"|manager|the manager|gm|owner|the owner|bar owner|supervisor"
        r"|client|the client|a client|my date|the date|trick|the trick|john|my man|pimp"
        r"|he|she|they|hes|shes|theyre|he is|she is|they are|someone|somebody|some guy|a guy"
        r"|this guy|a man|the guy|the man|the old man|the old lady|the missus|the wife|the husband"
        r"|the hubby|the ex|husband|boyfriend|bf"
        r"|my (?:\w+ )?(?:bf|gf|boyfriend|girlfriend|husband|wife|ex"
        r"|dad|father|stepdad|stepfather|mom|mother|stepmom|partner|brother|sister|son|roommate"
        r"|uncle|cousin|landlord|neighbor|dealer|pimp|fiance|baby daddy|baby mama"
        # Other adults close by: a friend or a boss hits as hard as a partner.
        r"|friend|buddy|bestie|homie|homeboy|aunt|grandpa|grandma|grandfather|grandmother"
        r"|coworker|boss|sponsor|housemate|ex husband"
        # Those an older participant depends on: elder abuse comes from family and carers.
        r"|daughter|grandson|granddaughter|nephew|niece|son in law|daughter in law|stepson"
        r"|stepdaughter|brother in law|sister in law|caregiver|care giver|carer|aide"
        r"|home health aide|health aide|nurse"
        r"|ex wife|ex boyfriend|ex girlfriend"
        # British, Irish and Southern words for a partner or a parent.
        r"|fella|fellas|feller|bloke|man|old man|old lady|missus|misses|other half|mum|mam|da"
        r"|pa|daddy|mama|hubby|wifey|man friend))"
    ),
    # Whom they might be hurting.
    "VICTIM": (
        r"(?:me|us|her|him|them|the kids|the baby|my (?:\w+ )?(?:mom|mother|mama|dad|sister|brother"
        r"|kids?|children|son|daughter|baby|wife|girlfriend|gf|partner|friend|roommate|face|head"
        r"|neck|arms?)|(?:his|her|their) (?:wife|girlfriend|gf|kids?|son|daughter|baby|mom|mother"
        r"|husband|boyfriend|partner)|a (?:woman|man|kid|child|girl|boy)|someone|somebody)"
    ),
    # Someone else, when the text is about them (overdose signs are often third person).
    "OTHER": (
        r"(?:he|she|they|hes|shes|theyre|he is|she is|they are|him|her|them|someone|somebody"
        r"|my (?:\w+ )?(?:friend|roommate|brother|sister|son|daughter|mom|mother|dad|father"
        r"|boyfriend|girlfriend|bf|gf|husband|wife|partner|cousin|uncle|aunt|kid|baby|buddy|homie"
        r"|bestie|bff|best friend|homegirl|homeboy|boo|bae|mate|nan|grandma|grandpa|grandson"
        r"|granddaughter|nephew|niece)"
        r"|friend|roommate|brother|sister|son|daughter|boyfriend|girlfriend|husband|wife|partner"
        r"|cousin|guy|man|dude|kid|baby)"
    ),
    # Drinks and drugs as Spanish speakers text them, by region (Mexico, the Caribbean, Spain,
    # Argentina): the objects of craving and use rules ("quiero una birra", "me fume un faso").
    "DRINK_ES": (
        r"(?:cervezas?|birras?|chelas?|cheves?|caguamas?|cubatas?|copas?|canas|tragos?|pisto"
        r"|chupe|guaro|aguardiente|ron|tequila|mezcal|vino|whisky|vodka|fernet|polas?|pistito"
        r"|chelita|alcohol|licor)"
    ),
    "DRUG_ES": (
        r"(?:mota|porros?|fasos?|petas?|canutos?|phillies?|philly|blunts?|rayas?|lineas?|perico"
        r"|coca|cocaina|farlopa|cristal|piedra|crack|chiva|heroina|fentanilo|tachas|molly|hierba"
        r"|marihuana|yerba|costo|hachis|merca|falopa|paco|basuco|bazuco|foco|gallo|churro)"
    ),
    # Drunk or high, Spanish adjectives by region (en pedo, ciego, jumao, bolo, mamado...).
    "DRUNK_ES": (
        r"(?:borrach[oa]|drogad[oa]|ped[oa]|en pedo|high|pasad[oa]|ebri[oa]|pachec[oa]|ciego|ciega"
        r"|jum[oa]|jumad[oa]|bol[oa]|picad[oa]|mamad[oa]|prendid[oa]|entonad[oa]|dado vuelta"
        r"|dada vuelta|pedisimo|pedisima|curad[oa]|rascad[oa]|volad[oa]|colocad[oa]|hasta atras"
        r"|hasta el culo|como una cuba|marihuanad[oa]|enfiestad[oa]|empedad[oa]|en pea)"
    ),
    # "quiero" as texted.
    "QUIERO": r"(?:quiero|kiero|qiero|quero|kero|qero)",
    # Anyone's "self" (third-person reports: "he shot himself").
    "ANYSELF": r"(?:<SELF>|him ?self|her ?self|them ?selves|them ?self|their ?self)",
    # Places people go to jump or drown, for rules that pair a place with a stillness.
    "PLACE": (
        r"(?:<HEIGHT>|river|lake|tracks|train tracks|railroad|(?:train )?platform(?: edge)?"
        r"|cliffs?|the water|ocean|puente|azotea|techo|vias|rio|lago|presa|acantilado)"
    ),
    # Being at such a place with nothing to do there: sitting, staring, alone, not going home.
    "STILL": (
        r"(?:just sitting|sitting here|thinking|alone|by myself|quiet up here|for an hour"
        r"|for hours|keep leaning|leaning|looking down|staring down|dont think im going to"
        r"|not going home|drive home|drive in|pensando|sentad[oa]|tranquilo aca arriba|sol[oa]"
        r"|nomas aqui|(?:so |really )?(?:quiet|peaceful|calm) (?:here|up here|out here)"
        r"|not sure (?:im|i am|ill|i will) (?:going|coming|driving|gonna|make it|be)"
        r"|no se si (?:vuelvo|regreso|voy a regresar))"
    ),
    # Guns as texted, and weapons in general (English and Spanish).
    "FIREARM": (r"(?:guns?|pistol|handgun|revolver|rifle|shotgun|glock|pistola|arma|escopeta)"),
    "WEAPON": (
        r"(?:<FIREARM>|knife|knives|bat|hammer|machete|crowbar|tire iron|cuchillo|navaja|bate"
        r"|martillo|fierro|tubo)"
    ),
    # Things people give away before a planned death: keepsakes, pets, the keys.
    "KEEPSAKE": (
        r"(?:guitar|watch|ring|rings|jewelry|necklace|keys|cat|dog|pets?|car|truck|bike|medals?"
        r"|belongings|things|stuff|guitarra|reloj|anillo|llaves|gato|perro|carro|cosas)"
    ),
    # Body parts people injure on themselves.
    "BODY": (
        r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|hand|chest|face|brazos?|munecas?"
        r"|piernas?|muslos?|panza|mano|cara|piel)"
    ),
    # Said to make a threat or an intent serious, not a figure of speech.
    "SERIOUS": (
        r"(?:and i mean it|i mean it|im serious|i am serious|not (?:playing|playin|joking|kidding)"
        r"|aint (?:playing|playin\w*)|no joke|on everything|on my (?:mama|mother|kids|life)"
        r"|i swear|for real this time|no (?:estoy )?jugando|lo juro|en serio)"
    ),
    # Now, as a plea for a call says it.
    "NOW": (
        r"(?:asap|now|right now|rn|right away|this minute|right this minute|immediately|ya"
        r"|ahorita)"
    ),
    # Distress said next to a plea ("call me, i cant do this").
    # A bare "I can't" / "no puedo" is distress, but not when it goes on to say what they
    # cannot get to or do today ("I can't make it tonight, call me tomorrow", "no puedo ir,
    # llámame"): that is a missed group, unless it cannot be made "anymore" or "through".
    "DISTRESS": (
        r"(?:i cant do this|cant do this|i cant(?! (?:make it|come|go|be there|attend|get"
        r"|find|log|open|pick|drive|afford|pay|reply|text|answer|call)\b(?! (?:anymore|any more"
        r"|no more|through|tonight without)))|cant take|cant handle|losing it|losing my mind"
        r"|scared|not ok|not okay|bad place|no puedo(?! (?:ir|llegar|asistir|venir|contestar"
        r"|pasar|salir del trabajo)\b(?! mas))|no aguanto|tengo miedo)"
    ),
    # End of the text or of a sentence, allowing trailing "!", "?" and emoji: "I've decided.
    # tonight." ends twice. A sentence end is the " . " token normalize() leaves, or "!"/"?".
    "END": r"(?: (?:[!?.]|:[a-z]+:))*(?:$|(?<=[!?.]))",
    # End of the whole text only: for phrases whose meaning needs the text to be nothing else
    # ("I'm ready" alone is a plan; "I'm ready. See you at 6" is a ride).
    "EOT": r"(?: (?:[!?.]|:[a-z]+:))*$",
}

_PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*)>")


def expand(pattern: str) -> str:
    """`pattern` with every `<NAME>` replaced by its word list (lists may use lists)."""
    while _PLACEHOLDER.search(pattern):
        pattern = _PLACEHOLDER.sub(lambda m: WORDS[m.group(1)], pattern)
    return pattern
