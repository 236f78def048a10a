"""The triage classifier by family: normalisation, masks, Spanish, idioms, levels, rules as data."""

import re

import pytest

from sms.triage import EXCLUSIONS, LEVELS, RULES, Rule, Triage, classify
from sms.triage.model import CRISIS_CATEGORIES
from sms.triage.normalize import normalize
from sms.triage.rules import check


def level(text: str) -> str:
    return classify(text).level


@pytest.mark.parametrize(
    "text",
    [
        "I WANT TO DIE",  # case
        "I don’t want to wake up tomorrow",  # curly apostrophe
        "i want to dieeeee",  # repeated letters
        "wannadie",  # run together
        "KILLMYSELF",
        "iwanttoendit",
        "I feel sucidal",  # misspellings
        "suicidial thoughts again",
        "i think im unconcious or something, took too many",
        "kms",  # slang and euphemisms
        "thinking about how to unalive myself",
        "gonna end it all tonight",
        "everyone would be better off without me",
        "ppl wld b better off w/o me",  # shorthand
        "i literally just honestly want to die",  # filler words
    ],
)
def test_texting_styles_are_crisis(text):
    assert level(text) == "crisis"


@pytest.mark.parametrize(
    "text",
    ["I want to k*ll myself", "s u i c i d e", "su1cide", "s.u.i.c.i.d.e", "d13", "kіll mysеlf"],
)
def test_masked_letters_are_resolved(text):
    assert level(text) == "crisis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("just me and my 🔫 tonight", "crisis.violence.weapon_emoji"),
        ("🔪", "crisis.violence.weapon_emoji"),
        ("🩸🩸", "crisis.self_harm.blood_emoji"),
        ("⚰️ soon", "crisis.suicide.death_emoji"),
        ("🪦", "crisis.suicide.death_emoji"),
        ("💊💊💊 bye", "crisis.overdose.pill_emoji_distress"),
    ],
)
def test_risk_emoji(text, expected):
    assert expected in classify(text).rules


def test_pill_emoji_alone_is_not_crisis():
    assert level("took my 💊 this morning ✅") != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "me quiero morir",
        "me kiero morir",
        "estoy pensando en suicidarme",
        "ya no quiero vivir",
        "tomé demasiadas pastillas",
        "tome demasiadas pastillas",
        "mi novio me está pegando",
        "me esta pegando",
        "no estoy a salvo",
        "mi amigo no respira",
        "estarían mejor sin mí",
    ],
)
def test_spanish_with_or_without_accents(text):
    assert level(text) == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "dying to see my kids",
        "traffic is killing me",
        "I killed it at work today",
        "my phone died",
        "I could kill for a burger",
        "this cake is to die for",
        "im dead 😂",
        "my mom is gonna kill me if I'm late",
        "me muero de hambre",
        "se me murió el celular",
        "I'm not suicidal, just tired",
        "did the narcan training today",
        "can you help me reschedule?",
        "help",
        "no estoy segura si puedo ir",
    ],
)
def test_idioms_are_not_crisis(text):
    assert level(text) != "crisis"


def test_an_idiom_does_not_hide_a_crisis_in_the_same_text():
    triage = classify("dying to see my kids but honestly I want to die")
    assert triage.level == "crisis"


def test_exclusions_are_recorded_when_they_silence_a_rule():
    triage = classify("me muero de hambre")
    assert triage.level == "none"
    assert triage.exclusions == ("exclude.idiom.muero_de_es",) == triage.rules


@pytest.mark.parametrize(
    "text",
    ["my friend is turning blue", "he's not waking up", "I took too many pills", "he OD'd"],
)
def test_overdose_flag(text):
    triage = classify(text)
    assert triage.level == "crisis" and triage.overdose


@pytest.mark.parametrize("text", ["I want to die", "he hit me", "I'm not safe"])
def test_other_crises_are_not_overdoses(text):
    assert classify(text).level == "crisis" and not classify(text).overdose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I used last night", "relapse"),
        ("recaí", "relapse"),
        ("craving so bad right now", "craving"),
        ("tengo muchas ganas de tomar", "craving"),
        ("I relapsed and I want to die", "crisis"),  # most severe wins
        ("relapsed, craving more", "relapse"),
        ("what time is group", "none"),
    ],
)
def test_levels_and_most_severe_wins(text, expected):
    assert level(text) == expected


def test_rules_are_recorded_most_severe_first():
    triage = classify("I relapsed and I want to die")
    assert triage.rules[0].startswith("crisis.")
    assert any(rule.startswith("relapse.") for rule in triage.rules)


def test_empty_text_is_none():
    assert classify("") == Triage("none") and classify(None) == Triage("none")


def test_every_rule_is_reviewable_data():
    ids = [rule.id for rule in RULES + EXCLUSIONS]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.level in LEVELS[:-1] and rule.id.startswith(rule.level + ".")
        assert re.fullmatch(r"[a-z]+\.[a-z_]+\.[a-z0-9_]+", rule.id) and rule.rationale
        if rule.level == "crisis":
            assert rule.id.split(".")[1] in CRISIS_CATEGORIES
    assert all(rule.id.startswith("exclude.") and rule.rationale for rule in EXCLUSIONS)


def test_malformed_rules_are_refused():
    with pytest.raises(ValueError, match="category"):
        check((Rule("crisis.unknown.x", "crisis", "x", "why"),), ())
    with pytest.raises(ValueError, match="compile"):
        check((Rule("crisis.suicide.x", "crisis", "(", "why"),), ())
    with pytest.raises(ValueError, match="compile"):
        check((), (Rule("exclude.other.x", "crisis", "x", "why", unless="("),))


def test_normalisation_forms():
    forms = normalize("I’m gonna K*LL MYSELFFFF")
    assert "im gonna kill myself" in forms.spaced
    assert "imgonnakillmyself" in forms.joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ive decided. its tonight", "crisis"),  # a sentence end is an end
        ("sorry for everything. bye", "crisis"),
        ("im scared. right now", "crisis"),
        ("im ready. see you at 6", "none"),  # but "I'm ready" alone needs the whole text
        ("i need help. with the forms for my insurance", "none"),
        ("toy cansao de vivir", "crisis"),  # spoken Spanish: toy, -ao
        ("me quiero ir pa siempre", "crisis"),
        ("nerf toy gun for my nephew", "none"),
        ("i want 2 kms", "crisis"),  # "2" after a verb is "to"...
        ("i had 2 beers", "relapse"),  # ...after "had" it is a count
        ("pls hlep", "crisis"),  # shorthand and typos of help
        ("whats even the point anymore", "crisis"),  # "even" is a filler
        ("im done w life", "crisis"),
        ("ppl wld b better off w/o me", "crisis"),
    ],
)
def test_normalisation_families(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i said goodbye to everyone already",  # farewells in any tense
        "gave all my clothes away, wont need them",
        "by the time u see this im gone",
        "made my peace with it all",
        "checked out for good",  # every tense of a euphemism
        "i just wanna not be alive",  # split infinitive
        "wish i hadnt woken up today",
        "everyone would be better off if i vanished",
        "why do i even keep going",
        "its not worth it anymore honestly",
        "im thinking about how to do it",
        "tonight im going to do it",
        "i dont think ill be alive next week",
        "the meds are laid out on my bed",  # the means at hand
        "ya me despedi de mis hijos",  # Spanish conjugations
        "regale todas mis cosas",
        "ojala no despierte nunca",
        "seria mejor no existir",
        "pa que vivir",
        "ya no soporto",
        "no le hallo sentido a la vida",
        "tengo miedo de lo que pueda hacerme",
        "traigo la soga",
    ],
)
def test_suicide_families(text):
    assert classify(text).level == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "took 40 of my trazodone",  # the prescriptions people hold
        "took xanax with a pint",  # alcohol by any measure
        "my son got into grandmas pill bottle",
        "se tomo todas mis pastillas",
        "me voy a echar todas las pastillas",
        "gonna use til i stop breathing",  # using in order to die
        "let the fent take me",
        "he fell and hes not moving",
        "she's jerking and twitching and it wont stop",
        "i cant feel my right arm",
        "no puedo mover el brazo",
        "my heart feels like its about to explode after that line",
        "corazon a mil despues de la coca",
        "me estoy desangrando",
        "my head is bleeding",
    ],
)
def test_overdose_and_medical_families(text):
    assert classify(text).level == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "he jumped me after the meeting",
        "hay un tipo armado afuera",
        "someone broke in",
        "i want to hurt the people who did this to me",
        "pls answer me",
        "plz someone answer",
        "please call me back asap",
        "vengan a recogerme por favor",
        "por favor alguien",
        "necesito que me llamen ya",
        "me urge hablar con alguien",
    ],
)
def test_violence_and_help_now_families(text):
    assert classify(text).level == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "please call me. i need to reschedule",
        "call me now if you can, i have a question about group",
        "ill call asap",
        "can you come pick me up?",
        "i made my peace with my sister finally",
        "went to the funeral and said my goodbyes to grandpa",
        "giving my stuff to my sister since im moving",
        "he isnt moving out until june",
        "he wont move his car",
        "my eye is twitching and it wont stop lol",
        "my dog is shaking all over at the vet",
        "my heart is gonna explode with happiness",
        "i dont think ill make it tomorrow",
        "i hope the kids dont wake up",
        "why am i still here at work at 9pm",
        "sos im out of coffee lol",
        "my friend died last year from an od, the memorial was today",
        "so hungover i felt like dying this morning",
        "tengo un frio que me muero",
        "estoy en el puente, hay mucho trafico",
        "estoy cansado de vivir en esta ciudad tan cara",
        "me dio un infarto cuando vi la cuenta jaja",
    ],
)
def test_new_families_keep_their_idioms(text):
    assert level(text) != "crisis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shot up this morning", "relapse"),  # "this morning" is a time, not an object
        ("I used, my sponsor knows", "relapse"),  # a person is not what was used
        ("i used my phone to call", "none"),
        ("dabbed yesterday", "relapse"),
        ("i got loaded last night", "relapse"),
        ("i got loaded with work this week", "none"),
        ("killed a fifth last night", "relapse"),
        ("blew my sobriety", "relapse"),
        ("pills again. oxy. sorry", "relapse"),
        ("the pharmacy lost my pills again", "none"),
        ("took two of my moms klonopin", "relapse"),
        ("me pegue unos pases", "relapse"),
        ("otra vez dia uno", "relapse"),
        ("me dio por tomar y me acabe la botella", "relapse"),
        ("me tome un tylenol", "none"),
        ("i could really go for a line", "craving"),
        ("my body is screaming for a pill", "craving"),
        ("my brain keeps telling me just one", "craving"),
        ("if i had money id be using", "craving"),
        ("estoy afuera de la licoreria", "craving"),
        ("no dejo de pensar en tomar", "craving"),
        ("tengo unas ganas tremendas de fumar", "craving"),
        ("me anda pidiendo el cuerpo una raya", "craving"),
        ("casi caigo hoy", "craving"),
        ("las ganas de dormir me estan matando", "none"),
    ],
)
def test_relapse_and_craving_families(text, expected):
    assert level(text) == expected


# Third blind batch: voice-to-text, keyboard slips, regional English and Spanish, understatement.
@pytest.mark.parametrize(
    "text",
    [
        "i cant breed",  # voice-to-text mishearings, read in context
        "he stopped breeding",
        "she took the hole bottle",
        "i took to much of my meds and feel weird",
        "i think she over dosed",
        "gonna kill my cell tonight",
        "cant stopthe bleeding",  # a space missed
        "i tuk all my pils",  # phonetic spellings
        "i fell like dyin",
        "im fixin to end it",  # Southern "fixing to"
        "me he tomado un bote de pastillas",  # the Spanish perfect, as Spain reports it
        "me ha pegado otra vez",
        "me he hecho cortes",
        "i'm going to top myself",  # British and Irish
        "thinking of doing myself in",
        "can't be arsed living",
        "swallowed a load of me nan's tablets",
        "going to neck the lot of these tablets",
        "I do not believe I can keep myself safe tonight",  # the formal register
        "I keep wishing the Lord would take me in my sleep",
        "I have put my affairs in order",
        "she took something and now she's having a fit on the floor",
        "you won't hear from me after tonight",  # understatement
        "see you thursday. if i'm still alive",
        "este es mi ultimo mensaje",
        "thanks for everything. goodbye",
        "not coming to group. or anywhere",
        "don't worry about me anymore after tonight",
        "10 y ya me tome las pastillas",  # a check-in answer with the crisis inside
        "my husband struck me",  # violence in older, regional and street words
        "the old man's whooping on my mama",
        "mi novio me dio una paliza",
        "mi viejo me cago a palos",
        "mi marido me quiere matar con el machete",
        "he pulled a strap on me",
        "i'm standing on the edge of the parking deck",  # high places by any name
        "i'm in the tub with a razor",
        "ya no quiero seguir, la verdad",  # a sentence-final tag
        "todos van a estar mejor cuando ya no este",
        "si es que sigo viva",
        "me tome like 20 pills",  # Spanglish
        "tengo miedo de lo que me pueda hacer",
        "ojala ya no amanezca",
        "my homie fell out, he's turnin blue",
        "me quiero quitar la vida esta noche",  # a pronoun climbed before the verb
        "he won't let us leave",
        "tonight im going through with it",
        "i won't be here when you get this",
        "8 and i'm at the bridge",
        "my brother just got shot at the corner",
        "I've taken a considerable number of my pain tablets",
        "ya me despedi, gracias por todo",
    ],
)
def test_third_batch_crisis_families(text):
    assert level(text) == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "our dog breeding business is slow",  # each mishearing fix keeps the real word
        "theres a hole in the wall",
        "im over those guys from work",
        "my cell phone died",
        "went to many meetings this week",
        "my roommate is cooking",  # real words are not 'corrected' into crisis words
        "i was eating when he called",
        "warming myself by the fire",
        "overcoming my addiction one day at a time",
        "i'm homeless right now, can i still come to group",
        "estoy consciente de eso",
        "estoy en la puerta del grupo",
        "done myself in at the gym today, so sore",
        "i can keep myself safe tonight",
        "I put my affairs in order before my surgery",
        "my mum had a fit about my messy room",
        "you won't hear from me after tonight till monday, camping with no signal",
        "see you thursday if i'm still alive after this exam lol",
        "this is my last text tonight, going to bed",
        "mi ultimo mensaje de hoy, buenas noches",
        "thanks for everything, see you thursday",
        "mi jefa me va a matar con sus chistes",
        "we're on the bridge in traffic, be there soon",
        "i'm on the balcony having a smoke",
        'song of the day: "suicide season" lol',  # a quoted title or lyric
        'the lyrics "i want to die in your arms" are stuck in my head',
        "that show had me dead",
        "the guy in my game got shot lol",
        "my lips are blue from the popsicle lol",
        "did my cpr class today",
        "2 years ago i overdosed, today i'm 2 years clean",
        "just sad, not in danger",
        "no thoughts of hurting myself this week",
        "my counselor asked if i was suicidal and i said no",
        "at the er with my son, he broke his arm, gonna miss group",
        "i can't do this anymore... this math homework",
        "ando ahorcado de lana",
        "me quede muerta con la noticia jaja",
        "my dog got hit by a car last year",
        "i practiced narcan on a dummy at the training",
        "this burger is a heart attack on a plate",
        "i cant breathe im laughing so hard",
        "what if i just jumped in the pool",
        "mi jefe me quiere matar con tanto trabajo jaja",  # the boss is the one who wants to
        "i keep my narcan in the glovebox",
        "took a shot at the new recipe",
    ],
)
def test_third_batch_benign_readings(text):
    assert level(text) != "crisis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he recaido", "relapse"),  # the Spanish perfect
        ("no lo he tomado, lo prometo", "none"),  # ...but not a denial
        ("me pille un pedo el sabado", "relapse"),  # Spain
        ("me fume un faso anoche", "relapse"),  # Argentina
        ("i went back out this weekend", "relapse"),  # recovery jargon
        ("went back out to the car", "none"),
        ("was on the lash all weekend", "relapse"),  # British
        ("still coming down from last night", "relapse"),
        ("coming down with a cold", "none"),
        ("i use yesterday", "relapse"),  # the past tense dropped
        ("i use my inhaler every morning", "none"),
        ("my sobriety streak ended friday", "relapse"),
        ("hit the pen earlier", "relapse"),
        ("i wanna gett high", "craving"),  # a key hit twice
        ("it's calling me tonight", "craving"),  # the substance as a voice
        ("me esta llamando la botella", "craving"),
        ("the couch is calling me lol", "none"),
        ("my addiction is loud today", "craving"),
        ("my addiction counselor is loud lol", "none"),
        ("me apetece un cubata", "craving"),
        ("i almost bought a bottle", "craving"),  # a near miss is not a relapse
        ("no aguanto las ganas", "craving"),
        ("no aguanto las ganas de verte", "none"),
        ("sin ganas de consumir hoy", "none"),
        ("9 de ganas hoy", "craving"),  # a check-in answer
        ("gagging for a drink", "craving"),
        ("i'd murder a pint right now", "craving"),
        ("my doctor gave me pills for my back", "none"),  # "me" stays "me" after giving
    ],
)
def test_third_batch_relapse_and_craving(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("cant stopthe bleeding", "cant stop the bleeding"),
        ("hes not breeding", "hes not breathing"),
        ("i wanna gett high", "i wanna get high"),
        ("mi pareja me ha dado una paliza", "mi pareja me dio una paliza"),
        ("estoy re muerto", "estoy muerto"),  # Argentine "re" is a filler
    ],
)
def test_transcription_and_spanish_forms(text, spaced):
    assert spaced in normalize(text).spaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Modal and negated futures of being alive, both languages.
        ("honestly dont think ill be around by the weekend", "crisis.suicide.doubt_alive_soon"),
        ("not sure i'll make it till monday", "crisis.suicide.doubt_alive_soon"),
        ("no se si aguanto hasta el viernes", "crisis.suicide.doubt_alive_soon_es"),
        ("i won't see you all at group ever again", "crisis.suicide.never_again"),
        ("ya no voy a estar para el lunes", "crisis.suicide.never_again"),
        # Conditionals.
        ("if they take the kids i'm just gonna end it", "crisis.suicide.conditional_intent"),
        ("when she gets home i don't know what i might do", "crisis.suicide.conditional_intent"),
        ("si me corren del trabajo me mato", "crisis.suicide.conditional_intent"),
        # Finality plus a time, arrangements, the dead, exit metaphors.
        ("after tonight none of this will matter", "crisis.suicide.finality_time"),
        ("make sure my sister gets my savings", "crisis.suicide.arrangements"),
        ("asegurate que mi hija se quede con mis ahorros", "crisis.suicide.arrangements_es"),
        ("going to join my son soon", "crisis.suicide.join_the_dead"),
        ("catching the bus tonight, the one way one", "crisis.suicide.exit_metaphor"),
        ("what's the least painful way to go", "crisis.suicide.method_question"),
        ("mi primo dijo que se va a matar hoy", "crisis.suicide.other_intends_es"),
        ("she sent me a goodbye text and isn't answering", "crisis.suicide.other_farewell_silent"),
        # Dose questions and body states after a substance.
        ("how many percs would be too many, already took some", "crisis.overdose.dose_question"),
        ("is 15 of my xanax a lot", "crisis.overdose.dose_question"),
        ("cuanto tramadol es mortal", "crisis.overdose.dose_question"),
        ("my breathing feels slow since the pills", "crisis.overdose.body_after_use"),
        ("no se mueve despues de las pastillas", "crisis.overdose.body_after_use"),
        ("saved up all my meds, it's enough now", "crisis.overdose.stockpile_enough"),
        # Violence as a state, bare pleas.
        ("his hands were on my throat again", "crisis.violence.choking_state"),
        ("mi novio dijo que me va a matar si lo dejo", "crisis.violence.partner_threat_es"),
        ("come quick", "crisis.help_now.bare_plea"),
        ("i banged my head against the wall on purpose", "crisis.self_harm.head_banging"),
    ],
)
def test_fourth_batch_constructions(text, expected):
    result = classify(text)
    assert result.level == "crisis"
    assert expected in result.rules


@pytest.mark.parametrize(
    "text",
    [
        "i don't think i'll be around monday, i have an appointment",
        "not sure i'll make it to group, my car broke down",
        "if he comes over i don't know what i'll do for dinner",
        "i'm done with this job for good lol i quit",
        "make sure my mom gets the form",
        "can you take care of my dog for me this weekend",
        "going to join my brother for lunch",
        "i found the way out of the mall",
        "how many days of my meds are left",
        "what's the max dose of ibuprofen a day",
        "my breathing is weird from the cold",
        "heart is racing after my run",
        "i'm checking out of the hotel, thanks",
        "i tried to kill myself in 2015, today i'm 6 years sober",
        "my mom says she's going to do it tonight: repaint the kitchen",
        "i want to sleep forever after this double shift",
        "mi mama me va a matar si llego tarde",
        "hicimos la capacitacion de narcan",
        # Everyday answers sent alone: a declined session, a yes to an offer.
        "I can't",
        "no puedo",
        "please",
        "cant",
    ],
)
def test_fourth_batch_benign_readings(text):
    assert level(text) != "crisis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("went out and couldn't stop at two", "relapse"),
        ("llevo tres dias tomando otra vez", "relapse"),
        ("not sure i can stay sober this weekend", "craving"),
        ("what would happen if i had one drink", "craving"),
        ("found a bag in my old jacket and i'm staring at it", "craving"),
        ("i'd settle for a beer honestly", "craving"),
    ],
)
def test_fourth_batch_relapse_and_craving(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tonight is my final night alive", "crisis.suicide.last_time_alive"),
        ("i won't be here anymore when you get this", "crisis.suicide.when_you_read_this"),
        ("no one will have to deal with me anymore", "crisis.suicide.nobody_worry"),
        ("everything will be over before sunday", "crisis.suicide.over_by_time"),
        ("quiero dormir y nunca despertar", "crisis.suicide.sleep_and_stay"),
        ("i'm clocking out of this life", "crisis.suicide.heaven_calling"),
        ("i know when and how", "crisis.suicide.plan_set"),
        ("left my letter on the dresser", "crisis.suicide.farewell_note_place"),
        ("the voices keep telling me i should end it", "crisis.suicide.voices_say"),
        ("i feel dizzy since those percs", "crisis.overdose.body_after_use_more"),
        ("what dose of tramadol is lethal", "crisis.overdose.dose_question_taken"),
        ("punched the wall until my hand broke", "crisis.self_harm.punch_walls"),
        ("ayuda ya por favor", "crisis.help_now.bare_plea_more"),
    ],
)
def test_fourth_batch_second_pass(text, expected):
    result = classify(text)
    assert result.level == "crisis"
    assert expected in result.rules


@pytest.mark.parametrize(
    "text",
    [
        "the exam will be over by friday, the stress i mean, the exam",
        "left a note for my landlord about the keys",
        "me mato de risa contigo",
        "i never could hold on to money",
        "me duele el pecho de tanto toser",
        "i had a rough time in 2019 and now i'm a sponsor",
        "i keep narcan in my car just in case",
        "please call me back when you can",
    ],
)
def test_fourth_batch_second_pass_benign(text):
    assert level(text) != "crisis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i took my meds, just so somebody knows", "crisis.suicide.telling_someone"),
        (
            "the kids would be better off with their dad than with me",
            "crisis.suicide.burden_absence",
        ),
        ("seria mejor para todos si me muriera", "crisis.suicide.burden_absence"),
        ("everybody says hold on. hold on for what", "crisis.suicide.nothing_to_go_on_for"),
        ("i'll be gone by morning anyway", "crisis.suicide.nothing_to_go_on_for"),
        ("said my goodbyes just in case", "crisis.suicide.goodbye_said"),
        ("the rope is in the trunk, i keep staring at it", "crisis.suicide.method_in_mind"),
        ("truck running in the woods with the windows up", "crisis.suicide.method_in_mind"),
        ("cut deeper than i meant to", "crisis.self_harm.act_again"),
        ("burned myself with a lighter again", "crisis.self_harm.act_again"),
        ("he locked the door and he won't answer, he was using", "crisis.overdose.behind_a_door"),
        ("vomiting and it looks like coffee grounds", "crisis.medical.body_signs"),
        ("chest feels tight and my left arm is numb", "crisis.medical.body_signs"),
        ("brought my bat, i'm outside his house", "crisis.violence.going_after_him"),
        ("if he comes back esta vez lo mato", "crisis.violence.going_after_him"),
        ("he's breaking things and says i'm next", "crisis.violence.danger_in_house"),
    ],
)
def test_seventh_batch_families(text, expected):
    result = classify(text)
    assert result.level == "crisis"
    assert expected in result.rules


@pytest.mark.parametrize(
    "text",
    [
        "I need help with my SNAP application, can someone help",
        "necesito ayuda con la solicitud de renta, me pueden llamar",
        "not going to make it tonight, I have to pick up my son, sorry",
        "my PO is gonna kill me if I'm late lol",
        "the suicidal thoughts have not come back since I started the new med",
        "the chest pain was just heartburn",
        "my uncle died of an overdose 3 years ago, lit a candle today",
        "la chamba me tiene muerto",
        "my daughter is in her room and she won't come out, teenagers",
        "just so you know, running late",
        "dying for a coffee",
    ],
)
def test_seventh_batch_benign_readings(text):
    assert level(text) != "crisis"


def test_errand_exclusion_does_not_hide_a_crisis_between():
    assert level("I need help with paperwork, I want to die, can someone help") == "crisis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("got his number pulled up on my screen", "craving"),
        ("smelled beer at the ballpark and now it's all I can think about", "craving"),
        ("everyone at the wedding is drinking and i'm about to crack", "craving"),
        ("las ansias me tienen mal", "craving"),
        ("cero ansias hoy", "none"),
        ("my drug test is gonna come back dirty", "relapse"),
        ("se me fue la mano con las chelas", "relapse"),
    ],
)
def test_seventh_batch_relapse_and_craving(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tell my family i love them", "crisis"),  # a message to pass on: a goodbye
        ("tell my mom i love her", "crisis"),
        ("tell her I loved the gift", "none"),  # loving a thing is a thank-you
        ("tell my daughter I love the drawing she made", "none"),
    ],
)
def test_passing_on_love_is_a_goodbye_only_when_it_is_for_a_person(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("parked by the bridge, its quiet here. not sure im driving home", "crisis"),
        ("on the roof, its peaceful up here", "crisis"),
        ("by the river, not sure ill make it home tonight", "crisis"),
        ("estoy en el puente, no se si regreso", "crisis"),
        ("we are at the lake, its so peaceful here, kids swimming", "none"),  # an outing
        ("at the river with my kids, so peaceful here", "none"),
        ("stuck in bridge traffic, its quiet on the radio", "none"),
    ],
)
def test_a_place_and_its_stillness_is_a_crisis_unless_it_is_an_outing(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i cant stop cutting", "crisis"),
        ("i keep cutting", "crisis"),
        ("the urge to cut is so strong", "crisis"),
        ("i wont be at group, or anywhere, after tonight", "crisis"),
        ("cant stop cutting onions lol", "none"),
        ("i keep cutting corners at work", "none"),
        ("i wont be at work or anywhere today, sick", "none"),
    ],
)
def test_found_trying_it_as_a_new_user(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le voy a dar en la madre a ese wey", "crisis"),  # a threat, Mexican slang
        ("se me durmio la cara y no puedo hablar bien", "crisis"),  # stroke signs
        ("le voy a dar en la madre al examen", "none"),  # crushing an exam
        ("se me durmio el pie jaja", "none"),
    ],
)
def test_spanish_threats_and_stroke_signs_found_probing(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("just want the noise in my head to stop for good", "crisis"),
        ("today i decided im not going to fight anymore", "crisis"),
        ("the voices are loud tonight", "crisis"),
        ("si me pasa algo digan a mis hijos que los quiero", "crisis"),
        ("i want this rain to stop for good lol", "none"),
        ("im not going to fight with my ex anymore", "none"),
        ("decided im not going to fight the parking ticket", "none"),
        ("the voices in the choir were so loud", "none"),
    ],
)
def test_giving_up_voices_and_goodbyes_found_probing(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cant take another day of this", "crisis"),
        ("theres a lot of blood", "crisis"),
        ("my mind keeps telling me to jump", "crisis"),
        ("im writing my will tonight", "crisis"),
        ("theres a lot of blood work to do before intake", "none"),
        ("my head keeps telling me to go to the meeting", "none"),
        ("i finished my will and testament homework for law class", "none"),
    ],
)
def test_more_found_probing(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Means named with a place or a moment (eighth blind batch's families, reworded).
        ("got a belt and i know which beam in the garage", "crisis"),
        ("my dads rifle is in the closet and im by myself till monday", "crisis"),
        ("filling the tub. got the blades from my toolbox", "crisis"),
        ("heading to the overpass on 5th", "crisis"),
        ("been stockpiling my trazodone for weeks", "crisis"),
        ("how many advil does it take to not wake up", "crisis"),
        ("sitting in the car in the garage with the engine on", "crisis"),
        # Last words, arrangements, a future that stops.
        ("this is the last text you'll get from me", "crisis"),
        ("could someone feed my cat if anything happens to me", "crisis"),
        ("nobody will have to worry about me after this weekend", "crisis"),
        ("ill be gone by morning", "crisis"),
        ("esta es la ultima vez que te escribo", "crisis"),
        # What bystanders see.
        ("hes foaming at the mouth", "crisis"),
        ("my aunt's face is drooping on one side", "crisis"),
        ("está roncando raro y no despierta", "crisis"),
        # Threats and being held.
        ("he sent a photo of my house and my car", "crisis"),
        ("me están siguiendo desde el metro", "crisis"),
        # The same words, safe.
        ("bought rope for the boat this weekend", "none"),
        ("my overdose was two years ago, grateful every day", "none"),
        ("kinda shot myself in the foot skipping group lol", "none"),
        ("took a bath and went to bed early", "none"),
        ("the train comes through at 6 so ill be a little late", "none"),
        ("my breathing is weird because of my cold", "none"),
        ("see you soon!", "none"),
        ("thanks for everything, see you thursday", "none"),
        ("please", "none"),
    ],
)
def test_means_goodbyes_and_bystander_signs_from_the_eighth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Harm done, told with the body (ninth blind batch's families, reworded).
        ("took a razor to my thigh again last night", "crisis"),
        ("kept smashing my fist into the brick wall, i think its broken", "crisis"),
        ("poured hot water over my arm so id feel something else", "crisis"),
        ("ripped out my stitches from the ER", "crisis"),
        ("me estoy cortando las piernas otra vez", "crisis"),
        ("found blood on the towels and cuts on his wrists, he wont come out", "crisis"),
        # The means in hand, a plan with a moment, goodbyes.
        ("few drinks in and the percs are next", "crisis"),
        ("my plan is friday when my roommate goes out of town", "crisis"),
        ("thanks for trying with me, take care", "crisis"),
        ("if anything happens to me look after my cat", "crisis"),
        ("i think about dying all day now", "crisis"),
        ("looked up how many of my seroquel it would take", "crisis"),
        # A call asked for now, in distress.
        ("call me now please", "crisis"),
        ("llámame por favor, no aguanto más", "crisis"),
        ("help me help me help me", "crisis"),
        # Threats, to and from.
        ("i could hurt him tonight and im serious", "crisis"),
        ("the guy i owe said hes gonna mess me up, he knows where i live", "crisis"),
        ("balearon a un señor en la esquina", "crisis"),
        # What a bystander sees, what a user feels.
        ("my brother did a line and hes making a gurgling sound", "crisis"),
        ("took about 12 of my klonopin and i feel really off", "crisis"),
        # The same words, safe.
        ("punched the wall yesterday, not proud of it", "none"),
        ("call me asap about the ride tomorrow", "none"),
        ("i could kill him lol he ate my leftovers", "none"),
        ("me quemé la mano con la plancha", "none"),
        ("esa serie de balaceras está buenísima", "none"),
        ("con este calor me muero, parece un horno", "none"),
        ("my meds are next on the refill list", "none"),
    ],
)
def test_harm_pleas_and_threats_from_the_ninth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Inside answers to a check-in, in circumstances (tenth blind batch's families, reworded).
        ("4. cant see the point of anything anymore tbh", "crisis"),
        ("1. finished the note", "crisis"),
        ("been sitting with the pills for about an hour", "crisis"),
        ("im holding the knife. talk me down", "crisis"),
        ("on the roof of my building, everything looks so small from up here", "crisis"),
        ("my son says he doesnt plan on being around next year", "crisis"),
        ("they pumped my stomach and let me go, ill just try again", "crisis"),
        ("if he leaves me tonight im gonna end it", "crisis"),
        ("you have all been so good to me. bye", "crisis"),
        ("sólo quería despedirme de ustedes", "crisis"),
        # Children, mixing, withdrawal.
        ("my 3 year old got into my bag and swallowed some of my pills", "crisis"),
        ("took my ambien then had half a bottle of wine", "crisis"),
        ("grandpa is talking to people who arent there, 3 days without drinking", "crisis"),
        ("fell in the kitchen and i cant get up", "crisis"),
        # Threats with a where and a when.
        ("he threatened to stab my brother tonight", "crisis"),
        ("la vecina me rompió la nariz y dice que vuelve", "crisis"),
        ("voices keep telling me to hurt myself", "crisis"),
        # The same words, safe.
        ("as a paramedic i had two overdoses on my shift, im fine, just venting", "none"),
        ("cant stop singing 'i want to die' from that musical lol", "none"),
        ("my cousin overdosed in 2018 and now hes a counselor", "none"),
        ("my boss will kill me. jk, see you at 6", "none"),
        ("laughed so hard i thought i would die", "none"),
        ("the flu has me half dead, can i skip tonight", "none"),
        ("encontré una bolsita escondida en el cajón, la tiré", "none"),
        ("driving over the bridge, stuck in traffic, be there soon", "none"),
    ],
)
def test_answers_circumstances_and_children_from_the_tenth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Regional Spanish, Spanglish, understatement (eleventh blind batch's families, reworded).
        ("i just want to fall asleep and not come back", "crisis"),
        ("no plan yet, the thoughts are just getting worse", "crisis"),
        ("im afraid of what i might do tonight", "crisis"),
        ("no siento que deserve to live después de todo", "crisis"),
        ("ya quiero acabar con todo esto", "crisis"),
        ("tengo las del nervio aquí, hoy me las tomo todas", "crisis"),
        ("le pido a diosito que ya me lleve", "crisis"),
        ("ando pensando en aventarme del puente", "crisis"),
        ("what happens if someone takes like 30 advil", "crisis"),
        ("me pasé con el perico y el pecho me va a explotar", "crisis"),
        ("lo voy a picar a ese vato, ya traigo la fila", "crisis"),
        ("found my brother cold on the couch", "crisis"),
        ("need the crisis line number right now", "crisis"),
        ("toy en el carro con la pistola", "crisis"),
        # The same words, safe.
        ("me siento morir de la vergüenza jaja", "none"),
        ("mi jefa me va a matar si llego tarde otra vez", "none"),
        ("qué final de infarto el de anoche", "none"),
        ("nos dieron una paliza en el dominó", "none"),
        ("ayúdenme a no ir a la tienda de licor", "craving"),
    ],
)
def test_regional_spanish_and_understatement_from_the_eleventh_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Crisis hidden in everyday texts (twelfth blind batch's families, reworded).
        ("8 nice day. left my cat with my neighbor so shes taken care of after", "crisis"),
        ("they'd all be better off if i just wasnt around anymore", "crisis"),
        ("sure ill come, if im still here by then", "crisis"),
        ("dropping the dog at my brothers so hes not home for what i need to do", "crisis"),
        ("2. done pretending im fine", "crisis"),
        ("sitting on the bridge on 4th, thinking about it", "crisis"),
        ("my battery is dying and so am i", "crisis"),
        ("texting you so someone knows where i am", "crisis"),
        # Everyday texts with crisis-looking words.
        ("my dad broke his arm last month so im driving him around", "none"),
        ("fuimos a urgencias por la fiebre del niño, ya estamos en casa", "none"),
        ("got trained in narcan at the library today", "none"),
        ("mi jefe no me deja salir temprano hoy, llego tarde", "none"),
        ("my phone is dying, text you later", "none"),
        ("bus broke down on the bridge, be there in 20", "none"),
    ],
)
def test_crisis_hidden_in_everyday_texts_from_the_twelfth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Abuse at home, bystanders, hedged wishes, fragments, slang (thirteenth blind batch,
        # reworded).
        ("she said if i go back to the program shell tell my PO im using", "crisis"),
        ("he parks outside my work every night now", "crisis"),
        ("my husband took my meds and says i get them when i behave", "crisis"),
        ("he grabbed my neck again last night, im ok", "crisis"),
        ("im hiding in the bathroom with the kids", "crisis"),
        ("he found me", "crisis"),
        ("my friend did a bump and says his chest hurts bad", "crisis"),
        ("my nephew swallowed a coin battery", "crisis"),
        ("not in a dramatic way but i kinda want to disappear for good", "crisis"),
        ("every night i hope my heart just stops", "crisis"),
        ("my arms look like a tic tac toe board again", "crisis"),
        ("probably need stitches but not going, they'll ask questions", "crisis"),
        # The same words, safe.
        ("watched a documentary about overdoses last night, made me grateful", "none"),
        ("10 years ago my dad used to hit me, today we had lunch", "none"),
        ("urgent care says its just a sprain", "none"),
        ("im done with work, heading to group", "none"),
    ],
)
def test_abuse_at_home_fragments_and_slang_from_the_thirteenth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Texts sent in the moment (fourteenth blind batch's families, reworded).
        ("having sweet side thoughts again tonight", "crisis"),
        ("sitting on the top level of the parking garage downtown", "crisis"),
        ("i was going to do it yesterday and i still might", "crisis"),
        ("said goodbye to my dad tonight, he doesnt know why", "crisis"),
        ("C. also i did something to my wrist and its bad", "crisis"),
        ("its bleeding through the bandages now", "crisis"),
        ("took them like 20 minutes ago and im feeling strange", "crisis"),
        ("my heart is at 180 and wont slow down", "crisis"),
        ("hes pointing it at my mom", "crisis"),
        ("im at the hotel by the airport room 214", "crisis"),
        ("please send someone to my house", "crisis"),
        # The same words, safe.
        ("my team lost again 🔫 lol", "none"),
        ("scary movie night, the killer just stabbed someone 😂", "none"),
        ("the kids have water guns out back", "none"),
    ],
)
def test_texts_sent_in_the_moment_from_the_fourteenth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "overdose"),
    [
        # Plain statements (fifteenth blind batch's families, reworded), and whether the reply
        # must carry the overdose steps.
        ("theres no reason to keep going", "crisis", False),
        ("they'd be better off with my life insurance", "crisis", False),
        ("i cant promise ill stay safe tonight", "crisis", False),
        ("my wrist is bleeding", "crisis", False),
        ("finished a whole fifth and took some of my xanax", "crisis", True),
        ("i double dosed my suboxone and can barely keep my eyes open", "crisis", True),
        ("took like 12 of my klonopin and i feel so off", "crisis", True),
        ("my 3 year old got into my bag and swallowed something", "crisis", True),
        ("si la dejo me mata, eso dice", "crisis", False),
        ("necesito hablar con mi consejera ya", "crisis", False),
        # The same words, safe.
        ("the chest pain was just reflux, doc says im fine", "none", False),
        ("taking myself out to dinner for 60 days clean", "none", False),
    ],
)
def test_plain_statements_from_the_fifteenth_batch(text, expected, overdose):
    triage = classify(text)
    assert (triage.level, triage.overdose) == (expected, overdose)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Control at home and hidden self-harm (sixteenth blind batch's families, reworded).
        ("my wife hides my methadone and only gives it back if i beg", "crisis"),
        ("he says hes calling immigration on me if i go to group", "crisis"),
        ("dont text back after 7, he reads everything", "crisis"),
        ("heard screaming next door then a thud and now nothing", "crisis"),
        ("my grandmas caregiver wont let her eat and she has bruises all over", "crisis"),
        ("my boyfriend is breathing like 3 times a minute", "crisis"),
        ("i shake her and nothing, shes breathing tho", "crisis"),
        ("punched the door till my knuckles split, better than drinking", "crisis"),
        ("i cut where my socks cover so nobody sees", "crisis"),
        ("would anyone even notice if i was gone", "crisis"),
        ("i wish my od last year had worked", "crisis"),
        # The same words, safe.
        ("3 years since i overdosed, picking up my chip today", "none"),
        ("does insurance cover narcan?", "none"),
        ("is the domestic violence group still on tuesdays", "none"),
    ],
)
def test_control_at_home_and_hidden_harm_from_the_sixteenth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Use and urges as people in early recovery text them (eighteenth blind batch's
        # families, reworded).
        ("i already drank, so the urge question is kinda pointless", "relapse"),
        ("had to reset my sober app this morning", "relapse"),
        ("copped last night from a guy by the station", "relapse"),
        ("we chugged like 8 ciders at the fair", "relapse"),
        ("one beer became a whole case by midnight", "relapse"),
        ("me pegué una pea con los panas", "relapse"),
        ("im sweating and shaky, i need something bad", "craving"),
        ("got a pint on the way home, havent cracked it", "craving"),
        ("meth has been on my mind since friday", "craving"),
        ("give me one reason not to drink tonight", "craving"),
        ("me tienta la chela que dejó mi cuñado", "craving"),
        ("quiero echarme un trago ya", "craving"),
        # The same words, safe.
        ("my cousin got high at the reunion, i left early", "none"),
        ("picked up my son from practice, be there at 6", "none"),
        ("urges 0 today, went to a meeting", "none"),
        ("could use a drink... of lemonade lol", "none"),
        ("2 years since my overdose, celebrating with my kids", "none"),
        ("no tomé nada en la carne asada, puro refresco", "none"),
    ],
)
def test_use_and_urges_told_sideways_from_the_eighteenth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Crisis mixed into use (eighteenth blind batch's families, reworded).
        ("did two lines and now my lips are tingling and numb", "crisis"),
        ("took a handful of bars and i cant feel my arms", "crisis"),
        ("i did double my usual on purpose", "crisis"),
        ("hoping this bag takes me", "crisis"),
        ("she came home wasted and shoved me against the fridge", "crisis"),
        ("yelling downstairs and glass is smashing, i'm in my room", "crisis"),
        ("my boyfriend is drunk and aggressive tonight", "crisis"),
        ("my husband drank all afternoon and drove off with the kids", "crisis"),
        ("barcode wrists again", "crisis"),
        # Hit by a friend, a boss or a housemate, not only by family (with the drinking or not).
        ("my friend got drunk and punched me", "crisis"),
        ("my coworker shoved me into the wall", "crisis"),
        ("my buddy hit me", "crisis"),
        ("my friend hit me up about the job", "none"),
        # The same words, safe.
        ("my heart was racing on the first date lol", "none"),
        ("my son is swinging a bat at the batting cage", "none"),
        ("got high last weekend, no overdose or anything, i'm ok", "relapse"),
    ],
)
def test_crisis_mixed_with_use_from_the_eighteenth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "I can't" that goes on to name a missed group is not distress next to "call me".
        ("I can't make it tonight, could my counselor call me tomorrow", "none"),
        ("no puedo ir, llámame", "none"),
        # ...unless it cannot be made anymore, or through the night.
        ("i cant make it anymore call me", "crisis"),
        ("i cant make it through tonight call me", "crisis"),
        ("call me i cant", "crisis"),
    ],
)
def test_a_missed_group_next_to_call_me_is_not_distress(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nineteenth blind batch's families, reworded: self-harm told as going back to it.
        ("been cutting again since friday", "crisis"),
        ("back to cutting, sorry", "crisis"),
        # Control told by what is held or demanded, threats hanging on leaving, hiding.
        ("she keeps my wallet and id so i cant leave", "crisis"),
        ("i have to text her a selfie every 30 minutes", "crisis"),
        ("he said im not allowed to see my friends anymore", "crisis"),
        ("if i try to leave she says she will hurt the kids", "crisis"),
        ("si lo dejo dice que me mata", "crisis"),
        ("shes home now im hiding in the laundry room", "crisis"),
        ("my dad hit me with an extension cord", "crisis"),
        ("he threw hot coffee at me", "crisis"),
        # Threats, bleeding, a child into something, wishes said plainly, pleas, misspellings.
        ("im gonna kick his teeth in", "crisis"),
        ("next time that guy comes near my son hes a dead man", "crisis"),
        ("woke up covered in blood", "crisis"),
        ("my 3 yr old got into the pills in my purse", "crisis"),
        ("i am done with it all for good", "crisis"),
        ("if i make it to next week ill be shocked", "crisis"),
        ("cuiden a mis gatos. ya no voy a estar", "crisis"),
        ("please come now its bad", "crisis"),
        ("my wife is hidden me", "crisis"),
        ("noquiero bivir", "crisis"),
        # Urges in street words.
        ("the itch is real today", "craving"),
        ("wanna go score so bad", "craving"),
        ("me andaba por echarme una chela", "craving"),
        # The same words, safe.
        ("doing my wood carving again", "none"),
        ("i have to call the pharmacy or else they cancel my refill", "none"),
        ("poured hot water into my tea", "none"),
        ("they cut my hours and i cant stop worrying", "none"),
        ("hit me with the details for thursday", "none"),
        ("el martes ya no voy a estar. voy a mexico", "none"),
        ("wrote a letter to my mom for family session", "none"),
        ("no me dejan salir de la chamba hasta las 7", "none"),
        ("we saw a documentary on domestic violence in group", "none"),
    ],
)
def test_control_bystanders_and_plain_goodbyes_from_the_nineteenth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plans with a day, preparations, methods sought (the screening ladder).
        ("gonna do it friday night when everyone is asleep", "crisis"),
        ("lo voy a hacer despues de la boda de mi hermana", "crisis"),
        ("paid the card off so my wife wont have to deal with it after", "crisis"),
        ("googled how tall the bridge on 9th is", "crisis"),
        ("would 40 of my trazodone be enough", "crisis"),
        ("ya tengo guardadas como 60 pastillas", "crisis"),
        ("had the cord around my neck last night and my son knocked", "crisis"),
        ("wouldnt even care if a bus hit me tomorrow", "crisis"),
        ("if a bus hit me tomorrow i wouldnt even care", "crisis"),
        ("bought a pistol off a guy. its for me", "crisis"),
        # Goodbyes with weight, and bodies in danger after use.
        ("wont need the ride monday or ever again. thanks for everything", "crisis"),
        ("tell my son it wasnt his fault", "crisis"),
        ("quit drinking 3 days ago and im seeing bugs on the wall", "crisis"),
        ("the abscess from the tranq is turning black and i have chills", "crisis"),
        ("mixed my klonopin with vodka and i feel like im fading", "crisis"),
        # Typed one word per sentence: still one sentence.
        ("took. all. my. pills. sorry.", "crisis"),
        ("see. you. at. group.", "none"),
        # The same words, safe.
        ("bought rope for the move on saturday", "none"),
        ("my cat had a seizure but the vet says shes fine", "none"),
        ("last message tonight, battery at 2%", "none"),
        ("done fighting with the insurance, they approved my meds", "none"),
        ("cravings like a 2 today, good day", "none"),
    ],
)
def test_plans_preparations_and_bodies_from_the_twentieth_and_twenty_first_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plain words a few steps apart (twenty-second batch), written anew here.
        ("my sister is on the couch and not waking up", "crisis"),
        ("burned my leg again with a lighter", "crisis"),
        ("I took my oxys with a few beers", "crisis"),
        ("somebody is trying to break in right now", "crisis"),
        ("finished with living", "crisis"),
        ("he is not responding to my texts", "none"),
        # Live and safe grammar (twenty-third batch).
        ("question about lexapro, not hypothetical", "crisis"),
        ("if you dont hear from me tomorrow it worked", "crisis"),
        ("tonight is the night. letters are done", "crisis"),
        ("tomorrow is my last day at the warehouse", "none"),
        ("back in 2018 i overdosed. now i have two years clean", "none"),
        ("if i eat one more slice im gonna die", "none"),
        ("im not suicidal, just worn out from work", "none"),
    ],
)
def test_plain_words_and_their_grammar_from_the_twenty_second_and_third_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Later life (twenty-fourth batch), written anew here.
        ("my wife's smile is crooked and she can't lift her left arm", "crisis"),
        ("fell in the garden and cant get up, been out here an hour", "crisis"),
        ("meter says LO and I'm shaking", "crisis"),
        ("took my night pills twice by mistake and now im so dizzy and confused", "crisis"),
        ("Lord take me tonight, I am tired of this pain", "crisis"),
        ("been saving my morphine for weeks, there is enough now", "crisis"),
        ("the Lord took my husband ten years ago and I am at peace", "none"),
        # Young people (twenty-fifth batch).
        ("respawn disabled fr", "crisis"),
        ("logging off for good. love yall", "crisis"),
        ("been purging and my heart is skipping and pounding", "crisis"),
        ("logging off for the night, gn", "none"),
        ("this final is gonna kill me", "none"),
        ("6 months clean from cutting today!!", "none"),
    ],
)
def test_later_life_and_young_voices_from_the_twenty_fourth_and_fifth_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Despair in images (twenty-sixth batch), written anew here.
        ("i just want to fade out for good", "crisis"),
        ("who takes my dog when im not around anymore?", "crisis"),
        ("keep staring at the overpass on my drive home", "crisis"),
        ("drowning in homework this week lol", "none"),
        # Few words and family reports (twenty-seventh batch).
        ("15 percs. down", "crisis"),
        ("this is her roommate, she is cutting her wrists in the bathroom", "crisis"),
        ("his mom here. he drank bleach, what do i do", "crisis"),
        ("soy la novia de Poncho, se echó unas cervezas hoy", "relapse"),
        ("my 30 days turned into 0 last night", "relapse"),
    ],
)
def test_images_few_words_and_family_from_the_twenty_sixth_and_seventh_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plain use and urges (twenty-eighth batch), written anew here.
        ("split a six pack with my cousin last night", "relapse"),
        ("crushed and snorted two of my pain pills", "relapse"),
        ("all day i keep thinking about how good a cold beer would be", "craving"),
        ("my body is begging for a drink tonight", "craving"),
        ("had a dream i drank and woke up relieved it wasnt real", "none"),
        # Plain first texts (twenty-ninth batch).
        ("he said he'll break my arms if i leave", "crisis"),
        ("I'm at the end. please", "crisis"),
        ("what are the signs of an overdose? asking for a class", "none"),
        # Two exclusions over one phrase: each is found on the text as written.
        ("me tomé un cafecito bien cargado y ya estoy listo", "none"),
    ],
)
def test_plain_use_and_first_texts_from_the_twenty_eighth_and_ninth_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanish as texted across the Americas (thirtieth batch), written anew here.
        ("ya probe el lazo y aguanta", "crisis"),
        ("estoy sentado en las vias, cuando pase el tren me aviento", "crisis"),
        ("ya deje todo pagado pa que no batallen mis hijos", "crisis"),
        ("kiero aser algo malo conmigo misma", "crisis"),
        ("se me ta durmiendo la cara y no puedo levantar el brazo", "crisis"),
        ("dicen que saben donde viven mis hijos", "crisis"),
        ("boy a caminar pal puente", "voy a caminar para el puente"),
        ("hoy se cumplen 5 anos que mi tio murio de sobredosis", "none"),
        ("hoy se cumple un ano que murio mi hijo y ya no quiero vivir", "crisis"),
        ("la de la serie se corto las venas y yo llorando jaja", "none"),
        ("me muero!! me aceptaron en el trabajo", "none"),
        ("ando pensando en marcarle al que me vendia", "craving"),
        ("me queme un foco anoche", "relapse"),
        # Emergencies that are not suicide (thirty-first batch).
        ("cant talk shes here", "crisis"),
        ("red streaks going up my arm from where i inject", "crisis"),
        ("scared im going to shake him hes been crying for hours", "crisis"),
        ("the people i owe are outside my door", "crisis"),
        ("CALL ME", "crisis"),
        ("afraid ill hurt her feelings if i skip", "none"),
        ("ten months seizure free", "none"),
        ("got shot... my covid booster lol", "none"),
    ],
)
def test_spanish_voices_and_other_emergencies_from_the_thirtieth_and_thirty_first_batches(
    text, expected
):
    if " " in expected:  # a normalised form
        assert normalize(text).spaced[0] == expected
    else:
        assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my friend relapsed last night, I stayed sober", "none"),
        ("this is his mom, he relapsed last night", "relapse"),
        ("soy la esposa de Juan, volvio a tomar anoche", "relapse"),
        ("my son relapsed this weekend, he is in your program", "relapse"),
    ],
)
def test_an_exclusion_does_not_apply_where_its_unless_is_found(text, expected):
    # Someone else's use is not the client's relapse, unless a relative writes about the client.
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A crisis buried in an ordinary text (thirty-second batch), written anew here.
        ("Y see u then. if im still around lol. kinda not jk", "crisis"),
        ("pls take me off the reminders, i wont need them after this weekend", "crisis"),
        ("weird but im calm now that i decided. its saturday", "crisis"),
        ("the letters for my daughters are under the mattress", "crisis"),
        ("is it normal to wish you could just not wake up? asking bc its every night", "crisis"),
        ("ya hice las paces con todo, gracias por todo", "crisis"),
        ("my uncle keeps coming into my room at night", "crisis"),
        ("ay me quiero morir, llegue a la junta con la camisa al reves", "none"),
        ("standing on the bridge for the fireworks, its packed lol", "none"),
        ("0 urges today, good day at work", "none"),
        ("4 cravings bad today", "craving"),
        ("been one bad day away from using all week", "craving"),
        ("bought a bottle, its on the counter, i havent opened it", "craving"),
        ("my 60 days got reset, drank friday", "relapse"),
    ],
)
def test_a_crisis_buried_in_an_ordinary_text_from_the_thirty_second_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dictated and misspelled (thirty-third batch), written anew here.
        ("my dad is having a sea sure on the floor", "crisis"),
        ("i dont want to be hear no more", "crisis"),
        ("estoy pensando en quitarme la bida", "crisis"),
        ("im gonna commit succeed", "crisis"),
        ("we cant breed dogs in this building", "none"),
        ("i cant breath when i laugh that hard lol", "none"),
        ("my period starts tomorrow so im staying in", "none"),
        ("ya no quiero bibir en esta casa, muy ruidosa", "none"),
        # Psychiatric emergencies (thirty-fourth batch).
        ("the voices keep telling me to jump tonight", "crisis"),
        ("jaw is locked since the injection yesterday i cant open my mouth", "crisis"),
        ("my mom is on lithium and shes vomiting and confused", "crisis"),
        ("doing 130 on the highway nothing can touch me", "crisis"),
        ("feeling unstoppable at the gym today", "none"),
        ("god told me to stop drinking and i listened", "none"),
        ("hearing voices group tonight was good", "none"),
        ("skipped my suboxone so i could get high. did it friday", "relapse"),
    ],
)
def test_dictation_and_psychiatric_emergencies_from_the_thirty_third_and_fourth_batches(
    text, expected
):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Emoji, memes and gaming talk (thirty-fifth batch), written anew here.
        ("🌉 at midnight", "crisis"),
        ("👋🏻👋🏻 forever", "crisis"),
        ("i want permadeath fr", "crisis"),
        ("ya me voy a petatear 🫠", "crisis"),
        ("bye 👋🏻 see you thursday", "none"),
        ("the knife 🔪 set from my mom is great for cooking", "none"),
        ("🔪 he is swinging it at me", "crisis"),
        ("donating blood 🩸 at church sunday", "none"),
        ("fell off 🍺 last night", "relapse"),
        # The Englishes of US treatment programs (thirty-sixth batch).
        ("fixin to walk out to the creek and not come back", "crisis"),
        ("mi cyaan tek it nuh more", "crisis"),
        ("my man put hands on me again", "crisis"),
        ("my sugar done dropped real low and im shaking", "crisis"),
        ("finna kill this plate 🔥", "none"),
        ("my baby fell out in the stroller, finally asleep", "none"),
        ("i got back on last night", "relapse"),
    ],
)
def test_emoji_memes_and_dialects_from_the_thirty_fifth_and_sixth_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Health workers, officers and veterans in their own jargon (thirty-seventh batch).
        ("passive SI for 5 days now, getting less passive", "crisis"),
        ("pt is me. 41 M, etoh + benzos, now", "crisis"),
        ("drew up insulin tonight and im not diabetic", "crisis"),
        ("sitting here with my service weapon in my lap", "crisis"),
        ("had a pt with active SI with plan today, got her placed", "none"),
        ("NCLEX question on opioid overdose, got it right", "none"),
        ("i'm in the ER after taking too many", "crisis"),
        ("stood in front of the pyxis too long today. didnt pull anything", "craving"),
        # Disclosure at arm's length (thirty-eighth batch).
        ("asking for a friend: does it hurt?", "crisis"),
        ("who takes the cat if im not answering my phone for a few days", "crisis"),
        ("if she leaves this is it for me", "crisis"),
        ("my cousin thinks about jumping every day. hes me", "crisis"),
        ("doing a school paper on crisis lines, does 988 call the police?", "none"),
        ("cuantas pastillas se necesitan para no despertar? es para una tarea", "crisis"),
        ("hanging by a thread at work but getting through", "none"),
        ("the bottle in my closet is empty now", "relapse"),
    ],
)
def test_professional_jargon_and_arms_length_from_the_thirty_seventh_and_eighth_batches(
    text, expected
):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Typed drunk, high or in withdrawal (thirty-ninth batch), written anew here.
        ("i tookk to mnay i thinnk", "crisis"),
        ("keep falling asleep at the wheel lol almost home", "crisis"),
        ("after that shot so sleepy cant keep my eyes open", "crisis"),
        ("cant keep my eyes open, this lecture is so boring", "none"),
        ("cnat feel my legs after leg day", "none"),
        ("im wasted from a dbl shift goin to bed", "none"),
        ("dope sick so bad gonna go find my guy", "craving"),
        # Participants in the justice system (fortieth batch).
        ("id rather die than go back to prison", "crisis"),
        ("released at midnight with nowhere to go and its freezing", "crisis"),
        ("my tolerance is zero after 2 years down and i just used, feel wrong", "crisis"),
        ("got shot down for the apartment again", "none"),
        ("first thing i did when i got out was drink a 40", "relapse"),
    ],
)
def test_intoxicated_typing_and_reentry_from_the_thirty_ninth_and_fortieth_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plain first texts by a third author (forty-first batch), written anew here.
        ("i scratched myself with a razor on purpose tonight", "crisis"),
        ("burned myself on the stove cooking dinner", "none"),
        ("i pushed my dad really hard today, hes 80", "crisis"),
        ("there's a rope in my garage and I can't stop looking at it", "crisis"),
        ("reading a memoir about a man who survived an overdose", "none"),
        ("does insurance cover the ambulance from my overdose in june?", "none"),
        ("the only thing i want is a drink", "craving"),
    ],
)
def test_plain_first_texts_from_the_forty_first_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # LGBTQ+ participants (forty-second batch), written anew here.
        ("he did more G and now hes fitting on the couch", "crisis"),
        ("slammed last night and my chest hurts bad", "crisis"),
        ("need PEP tonight, he didnt stop when i said no", "crisis"),
        ("someone posted my address in a hate group", "crisis"),
        ("the harm reduction panel on chems was great", "none"),
        ("drag show tonight, she killed it, im deceased", "none"),
        ("someone on the app offered tina and im thinking about it", "craving"),
        ("ended up at a PnP thing saturday", "relapse"),
    ],
)
def test_lgbtq_lives_from_the_forty_second_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pregnant and parenting participants (forty-third batch), written anew here.
        ("28 weeks and bleeding a lot", "crisis"),
        ("my 3 week old is grunting and his chest sucks in", "crisis"),
        ("my 2 year old got into my methadone", "crisis"),
        ("i thought i was going to die in labor but she's perfect", "none"),
        ("contractions were brutal lol, baby is 2 weeks now", "none"),
    ],
)
def test_pregnant_and_parenting_from_the_forty_third_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Older participants (forty-fourth batch), written anew here.
        (
            "I stopped the newspaper and cancelled my appointments. I won't be needing them.",
            "crisis",
        ),
        ("My grandkids don't know that was the last time they'd see me", "crisis"),
        ("I still have the morphine from her hospice. Enough to stop it all.", "crisis"),
        ("my caregiver raised her hand at me again and took my check", "crisis"),
        ("fell by the tub, pushed the pendant button, nobody came", "crisis"),
        ("Prepaid the funeral plot today, just being practical", "none"),
        ("my grandson kicked me in his sleep, he stayed over", "none"),
    ],
)
def test_older_participants_from_the_forty_fourth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Young adults (forty-fifth batch), written anew here.
        ("sent my roommate my passwords and my dogs vet info. she asked why", "crisis"),
        ("if i dont reply tmrw just know its nobodys fault", "crisis"),
        ("this guy says hes posting my nudes to my school unless i pay, gave me 2 hours", "crisis"),
        ("he has my location, i never told him i was at my cousins. hes here", "crisis"),
        ("kinda hoping the next pressed bar is laced tbh", "crisis"),
        ("gonna end it with my bf tonight, wish me luck", "none"),
        ("my phone dies at like 20% its not the battery its the cold", "none"),
    ],
)
def test_young_adults_from_the_forty_fifth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pain and serious illness (forty-sixth batch), written anew here.
        ("if this pain doesnt stop by monday im done, for real", "crisis"),
        ("missed dialysis twice on purpose, not going back", "crisis"),
        ("my picc line site is swollen and i have chills and 103", "crisis"),
        ("quit my xanax cold turkey and now im twitching and i blanked out", "crisis"),
        ("the aide took my walker and said i aint going anywhere", "crisis"),
        ("my back is killing me today, flare day, heating pad and tv", "none"),
        ("my overdose was back in 2015, 9 years clean of that", "none"),
    ],
)
def test_pain_and_illness_from_the_forty_sixth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rural participants and hard trades (forty-seventh batch), written anew here.
        ("loaded the 12 gauge tonight. figure its time", "crisis"),
        ("sittin in the garage with the truck runnin and the door shut", "crisis"),
        ("drank some of the weed killer from the shed", "crisis"),
        ("tell my brother he can have my saddle and the dogs", "crisis"),
        ("my dad is trapped under the tractor in the ditch", "crisis"),
        ("husband hit me again and took the keys", "crisis"),
        ("deer season opens friday, got the rifle sighted in with my brother", "none"),
        ("this heat is killin the corn", "none"),
    ],
)
def test_rural_and_trades_from_the_forty_seventh_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English as a second language (forty-eighth batch), written anew here.
        ("i no want live more. i am very tired to live", "crisis"),
        ("do not worry to look for me after today. god bless", "crisis"),
        ("the man i owe say they break my legs if no pay friday", "crisis"),
        ("i stand on the bridge now, sorry for trouble", "crisis"),
        ("yesterday i drink the vodka with my cousin, i am ashamed", "relapse"),
        ("i laugh so hard at the movie i almost die", "none"),
        ("two years ago i want to die, now i am happy with my family", "none"),
    ],
)
def test_second_language_english_from_the_forty_eighth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Very simple English and ASL gloss (forty-ninth batch), written anew here.
        ("pills all me take finish. sleepy", "crisis"),
        ("roof me now. look down", "crisis"),
        ("staff hit me again at the house. face hurt", "crisis"),
        ("tomorrow me not here. bye group", "crisis"),
        ("me drink 4 beer saturday. sorry", "relapse"),
        ("what does relapse mean. counselor say it", "none"),
        ("my fish die today. sad. new fish sunday", "none"),
    ],
)
def test_simple_english_from_the_forty_ninth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Participants without a home (fiftieth batch), written anew here.
        ("been out all night, i stopped shivering and my fingers are white and waxy", "crisis"),
        ("my buddy did a shot in the tent and hes making a gurgling noise", "crisis"),
        ("someone set our tent on fire while we were inside", "crisis"),
        ("packed my stuff neat so nobody has to clean up after me", "crisis"),
        ("sleeping under the 5th st bridge tonight, see you at group", "none"),
        ("this cold is trying to kill me lol, got a new sleeping bag from outreach", "none"),
    ],
)
def test_unhoused_from_the_fiftieth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The language of faith (fifty-first batch), written anew here.
        ("the Lord is calling me home tonight, im not fighting it anymore", "crisis"),
        ("rosary in my hand and the pills in the other", "crisis"),
        ("final dua made. going to Allah tonight", "crisis"),
        ("the voices at church keep telling me to cleanse the house with fire", "crisis"),
        ("grandma went home to be with the Lord, homegoing is saturday", "none"),
        ("shouting so hard at revival i almost passed out lol", "none"),
    ],
)
def test_faith_language_from_the_fifty_first_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kitchens, bars and hotels (fifty-fourth batch), written anew here.
        ("closing out my tab tonight for good. my knives go to the new guy", "crisis"),
        ("fryer oil hit my face and i cant open my right eye", "crisis"),
        ("gm says hell call ice on me if i complain about tips", "crisis"),
        ("took the shift drink, then three more", "relapse"),
        ("86 the salmon, we got slammed, im dead", "none"),
        ("cut my finger on the mandoline again lol, bandaid and back on the line", "none"),
    ],
)
def test_hospitality_from_the_fifty_fourth_batch(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Gambling and debt (fifty-second batch), written anew here.
        ("owe 90k, policy is 300k. do the math", "crisis"),
        ("the bookie sent a photo of my son at his school with the time circled", "crisis"),
        ("lost it all at the tables. on the top of the casino garage", "crisis"),
        ("this parlay is killing me lol, im dead broke till friday", "none"),
        # Trauma and PTSD (fifty-third batch), written anew here.
        ("came to on the bathroom floor and my arm is cut and bleeding", "crisis"),
        ("he got out on parole and his car is parked across the street", "crisis"),
        ("i cant do one more nightmare, tonight is the last one", "crisis"),
        ("we processed the assault in emdr today, exhausted but ok", "none"),
    ],
)
def test_debt_and_trauma_from_the_fifty_second_and_third_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Held by someone who is there (fifty-fifth batch), written anew here.
        ("he locked the doors and wont tell me where were going", "crisis"),
        ("help. hes here", "crisis"),
        ("if i dont text back in an hour its room 9 at the motel on route 1", "crisis"),
        ("new client screened, references checked, all good", "none"),
        # Caribbean Spanish and Spanglish (fifty-sixth batch), written anew here.
        ("perdon por to, ustedes trataron. ya toy en paz. adios", "crisis"),
        ("me voy pa donde ta mi pai, el me ta esperando", "crisis"),
        ("esta vaina del tren me va a matar, llegue tarde otra vez", "none"),
    ],
)
def test_held_and_caribbean_from_the_fifty_fifth_and_sixth_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Anger and violence (fifty-seventh batch), written anew here.
        ("finna slide on them dudes from the east side tonight", "crisis"),
        ("sitting in the bushes behind his truck, he clocks out at 10", "crisis"),
        ("bat in my lap, following him to his exit", "crisis"),
        ("text from a blocked number: we know where you sleep", "crisis"),
        ("scared of what im gonna do to my brother in law", "crisis"),
        ("si ese wey vuelve a tocar a mi hija hoy lo quiebro", "crisis"),
        (
            "told group about the time i wanted to kill my ex back in 2012, that part is over",
            "none",
        ),
        ("we did a role play where i had to pretend to threaten my landlord lol", "none"),
        ("im gonna drop him off at school then head to group", "none"),
        ("wifes gonna kill me, i drank at the bbq", "relapse"),
        # The methadone clinic (fifty-eighth batch), written anew here.
        ("saved up my take homes, all of them on the dresser. tonight im done", "crisis"),
        ("this is my last dose. love you all", "crisis"),
        ("my 4 year old drank from my take home bottle, she is sleepy", "crisis"),
        ("the kids would be better off and i found the old bottle", "crisis"),
        ("narcan saved my life once so i keep one in my bag", "none"),
        ("yep dirty ua for fent, not gonna lie", "relapse"),
        ("dose isnt holding and all i can think about is copping", "craving"),
    ],
)
def test_violence_and_the_clinic_from_the_fifty_seventh_and_eighth_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mexican and Central American Spanish (fifty-ninth batch), written anew here.
        ("hoy le pongo fin a todo, ya no tengo por quien vivir", "crisis"),
        ("voy a estrellar la troca contra el muro del puente", "crisis"),
        ("me avente todas las pastillas de mi jefa", "crisis"),
        ("i'll end it tonight nobody would even notice", "crisis"),
        ("el america me va a matar del coraje, otra vez perdimos", "none"),
        ("vos, ayer anduve bolo otra vez", "relapse"),
        ("mataria por una caguama bien fria ahorita", "craving"),
        # Long texts (sixtieth batch), written anew here.
        (
            "long week. work was fine, my sister came by with the baby, we got tacos. i parked"
            " at the lake tonight and i have the hose and tape in the trunk. anyway thanks for"
            " the reminder about thursday",
            "crisis",
        ),
        (
            "ok so the landlord fixed the sink finally, group was good, and i also have been"
            " having thoughts that i should just end it and they get louder. see you monday",
            "crisis",
        ),
        (
            "today was the 3 year anniversary of my cousin's overdose. we went to the"
            " cemetery and ate at his favorite spot. i'm ok, talked about him in group",
            "none",
        ),
    ],
)
def test_mexican_spanish_and_long_texts_from_the_fifty_ninth_and_sixtieth_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A crisis told as a joke (sixty-first batch), written anew here.
        ("lol remember when i said i was kidding about the rope? i wasnt joking", "crisis"),
        ("my ten year plan is to not be here in ten years 💀", "crisis"),
        ("thinking about taking the scenic route home tonight. off the bridge", "crisis"),
        ("boy dinner: a bottle of rum and all my xanax", "crisis"),
        ("yeeting myself into the shower, brb", "none"),
        ("my coworker said hed rather jump off a bridge than do payroll lol", "none"),
        # Grief after an overdose or a suicide (sixty-third batch), written anew here.
        ("he said hed save me a seat. im ready to take it", "crisis"),
        ("going to go the way my brother went", "crisis"),
        ("i have her pills and ive been holding them all night", "crisis"),
        ("at the cemetery with a bottle, not planning on leaving tonight", "crisis"),
        ("me quiero ir con el, ya no aguanto sin mi hijo", "crisis"),
        (
            "my dad died of an overdose when i was 9. im 40 now and talking about it in group",
            "none",
        ),
    ],
)
def test_jokes_and_grief_from_the_sixty_first_and_third_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Eating disorders (sixty-second batch), written anew here.
        ("purged 5 times today and my heart keeps skipping", "crisis"),
        ("took like 25 laxatives and im so dizzy", "crisis"),
        ("my pulse was 33 at the clinic and they want me at the er", "crisis"),
        ("vomite sangre despues de comer", "crisis"),
        ("the chest pain last month was heartburn, all good now", "none"),
        # Adolescents (sixty-fourth batch), written anew here.
        ("new cat scratches again iykyk", "crisis"),
        ("said bye to my online friends, they think its a bit", "crisis"),
        ("mom kicked me out and its 15 degrees and i have nowhere to go", "crisis"),
        ("goodbye forever chem, passed the final", "none"),
        ("practice is gonna kill us tomorrow lol", "none"),
    ],
)
def test_eating_disorders_and_teens_from_the_sixty_second_and_fourth_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Everyday texts (six blind batches of replies, logistics and life updates) that rules
        # used to page on, written anew here, beside the crisis each exclusion must leave alone.
        ("kid has a fever so i wont make it tonight, sorry", "none"),
        ("the bus broke down, not going to make it to group", "none"),
        ("i wont make it through the night, i have the pills", "crisis"),
        ("this rain has me down today, gonna nap", "none"),
        ("he has me down on the floor and i cant breathe", "crisis"),
        ("we got off at the end of the line on the train and walked", "none"),
        ("they drew 6 tubes of blood at the lab, i feel faint lol", "none"),
        ("cant stop the bleeding from my wrist", "crisis"),
        ("do you still hand out narcan kits? want one for my glovebox", "none"),
        ("tengo una pregunta sobre el horario, me puede llamar?", "none"),
        ("estoy tan muerta que me quede dormida en la misa", "none"),
        ("too hot in this apartment, im dying", "none"),
        ("ayer use la tecnica de respiracion en el trabajo", "none"),
        ("ayer use otra vez", "relapse"),
        ("my blood pressure has been high so the doctor changed my meds", "none"),
        ("not thinking about drinking today, just tired", "none"),
        ("deleted my old plugs number months ago, best thing i did", "none"),
        # Only the texter on a roof is a place to worry about, not a raccoon or the lights.
        ("theres a raccoon on the roof again", "none"),
        ("up on the roof. its time", "crisis"),
        # The third everyday batch (night shifts, shelters, probation, clinics; half Spanish).
        ("cant make it today, my ride fell through", "none"),
        ("im not dead lol just my phone died", "none"),
        ("im not dying, just tired of waiting on the bus", "none"),
        ("se me corto el internet toda la tarde", "none"),
        ("me corte las venas anoche", "crisis"),
        ("terminé el community service!! done done done", "none"),
        ("a que hora es el taller de naloxona?", "none"),
        ("si no me pagas me matan, ayudame", "crisis"),
        ("me matan si no pago hoy", "crisis"),
        ("este trabajo me tiene muerta jaja", "none"),
        # The fourth everyday batch (young adults and older adults).
        ("can someone help me after group with the insurance form", "none"),
        ("someone help me please right now", "crisis"),
        ("cant talk right now at work, ill text later", "none"),
        ("overdosed on halloween candy and netflix lol", "none"),
        ("overdosed on my sleeping pills", "crisis"),
        ("cut myself some slack today and took a nap", "none"),
        ("cut myself again last night", "crisis"),
        ("leg day at the gym killed me, my legs are jelly lol", "none"),
        ("stuck to seltzer at the wedding", "none"),
        ("drank a fifth at the wedding", "relapse"),
        ("la doctora dijo que tomo demasiadas pastillas y me quito una", "none"),
        ("me tome demasiadas pastillas", "crisis"),
        ("perdi otra vez en el juego pero no me rindo", "none"),
        # Spanish gerunds one letter from "pegando" (hitting) are what they say.
        ("mi papa me esta pagando la renta este mes", "none"),
        ("me estan pagando poco en el trabajo", "none"),
        ("mi esposo me esta pegando", "crisis"),
        # The fifth everyday batch: long rambling updates.
        (
            "long day. my son told the cashier i go to meetings for people who were bad and i"
            " wanted to die right there lol. anyway dinner was tacos, 4 today",
            "none",
        ),
        ("i still want to die right there on the floor every night", "crisis"),
        (
            "update: the cat got into the chocolate and we rushed her to the vet but shes fine"
            " now, 300 bucks later. see you thursday",
            "none",
        ),
        (
            "so my sister borrowed my car and wrecked the bumper and i swear i wanted to kill her"
            " but i called my sponsor first and then we talked. proud of me. 4",
            "none",
        ),
        ("my husband is snoring so loud i cant sleep lol", "none"),
        ("he is snoring so loud and i cant wake him up", "crisis"),
        ("baby has a cold and cant breathe through her nose so we are up all night", "none"),
        ("the baby cant breathe and shes turning blue", "crisis"),
        # The sixth: answers to the daily check-in.
        ("3 me corte el dedo picando cebolla con el cuchillo, ya estoy bien", "none"),
        ("me duelen los pies a morir, trabaje doble turno", "none"),
        ("2, snow day with the kids, cabin fever", "none"),
        ("did a line of snow last night", "relapse"),
    ],
)
def test_everyday_texts_from_six_blind_batches(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Collecting someone or something is not "picking up"; alone or "again" it still is.
        ("went to the store then picked up my kids", "none"),
        ("then picked up groceries and made dinner", "none"),
        ("picked up an extra shift this weekend", "none"),
        ("picked up my little brother from practice", "none"),
        ("picked up again after 90 days", "relapse"),
        ("picked up my kids then picked up again", "relapse"),
        ("i picked up last night", "relapse"),
        # "VFW and I enjoyed" run together reads "vfWANDIEnjoyed": no wish to die in it.
        ("went to the VFW and I enjoyed it", "none"),
        ("i saw and i eventually went home", "none"),
        ("iwandie", "crisis"),
        ("went to the vfw and i want to die", "crisis"),
    ],
)
def test_readings_that_cross_words_or_objects_are_not_taken(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The seventh everyday batch: the holiday season. Each idiom beside a control that pages.
        ("sweet potato pie over pumpkin, i would die on that hill", "none"),
        ("i want to die tonight", "crisis"),
        ("that overtime finish almost gave me a heart attack", "none"),
        ("la final de anoche me dio un infarto jaja", "none"),
        ("creo que me esta dando un infarto, me duele el pecho", "crisis"),
        ("grandma spiked the eggnog again so i had cider", "none"),
        ("the punch at the party was totally spiked, i had water", "none"),
        ("someone spiked my drink at the party and i cant stand up", "crisis"),
        ("se nos pegaron los tamales en la olla", "none"),
        ("mi cuñado me pegó anoche", "crisis"),
        ("my cousins were drinking all night, i had a root beer", "none"),
        ("everyone had wine and so did i", "relapse"),
        ("my aunt set up a coffee bar for the party", "none"),
        ("drank two diet cokes at the party", "none"),
        ("did some coke at the party", "relapse"),
        ("we got buried by snow, no school tomorrow", "none"),
        ("got hammered at the work party", "relapse"),
        ("our team got crushed in the turkey bowl game", "none"),
        ("andamos bien prendidos con la posada", "none"),
        ("anoche andaba bien prendida", "relapse"),
        ("me tomé el de los niños, el otro traía piquete", "none"),
        ("relapsed on sugar this week, so many cookies", "none"),
        ("relapsed this week", "relapse"),
        ("se me fue la mano con el chile en la salsa", "none"),
        ("stopped at the liquor store for ice with my brother, didnt even bother me", "none"),
        ("sitting outside the liquor store right now", "craving"),
        ("need snow tires before the trip", "none"),
    ],
)
def test_everyday_texts_of_the_holiday_season(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The eighth everyday batch: work and hobbies with rough words. Each beside a control.
        ("we had an od call at the bus station, narcan x2 and he made it", "none"),
        ("took an overdose call, it was my son", "crisis"),
        ("ER shift was brutal, i want to die", "crisis"),
        (
            "my brother overdosed, i gave him narcan and he woke up but hes nodding off again",
            "crisis",
        ),
        ("soy paramédico, tuvimos un paro cardíaco en la calle y lo sacamos", "none"),
        ("creo que estoy teniendo un paro cardiaco", "crisis"),
        (
            "talked him through cpr on the phone till the medics got there, first one as"
            " dispatcher",
            "none",
        ),
        ("bls recert class today, compressions on the dummy all morning", "none"),
        ("processing a deer in the garage, blood all over the tarp", "none"),
        ("cut my hand at the butcher shop, blood everywhere, cant stop it", "crisis"),
        ("la jefa me cortó las horas otra vez", "none"),
        ("me corté las venas", "crisis"),
        ("putting up the gutters on the roof all day", "none"),
        ("up on the roof. its time", "crisis"),
        ("deer season opens monday, sighting in my rifle at the range", "none"),
        ("cleaning my gun tonight, i dont want to be here anymore", "crisis"),
        ("compré una pistola de calor para el vinil", "none"),
        ("tore up my knuckles on the engine block lol", "none"),
        ("la rutina de hoy me mató, no siento las piernas jaja", "none"),
        ("picando cebolla con el cuchillo nuevo, vuela", "none"),
        ("estoy tomando clases de soldadura en las noches", "none"),
        ("estoy tomando otra vez", "relapse"),
        ("took a clean shot to the jaw in sparring, im fine", "none"),
        ("took a shot of tequila at the party", "relapse"),
        # Gaps on the crisis side that the batch showed.
        ("me voy a inyectar toda la morfina que saqué del trabajo", "crisis"),
        ("me acuchillaron afuera del bar", "crisis"),
        ("me dieron una puñalada por la espalda en el trabajo", "none"),
        ("a los 17 me balearon, hoy hablé de eso en el grupo", "none"),
    ],
)
def test_everyday_texts_about_work_and_hobbies(text, expected):
    assert level(text) == expected


def _ordinary_examples() -> list[tuple[str, str]]:
    """(exclusion id, the first example its rationale quotes) for every crisis-level
    exclusion whose example, alone, is not a crisis."""
    examples = []
    for rule in EXCLUSIONS:
        quoted = re.search(r"'([^']{6,})'", rule.rationale)
        if rule.level in ("crisis", "any") and quoted and level(quoted.group(1)) != "crisis":
            examples.append((rule.id, quoted.group(1)))
    return examples


@pytest.mark.parametrize(
    "said",
    [
        " and i want to die",
        " y me quiero morir",
        " im going to kill myself lol",
        " and i took all my pills",
        " y me tome todas las pastillas",
        " and i have the gun loaded",
    ],
)
def test_no_exclusion_blanks_a_plain_wish_to_die_said_after_what_it_excuses(said):
    # An exclusion blanks a stretch of context around words that look like a crisis (a shift
    # told, a story from group, a kitchen knife). Before this test, 26 of them also blanked
    # a wish to die written right after it ("narcan on my ambulance got used 3 times this
    # shift and I want to die" read `none`), and 22 an overdose taken or a gun loaded.
    missed = [(rule_id, text + said) for rule_id, text in _ordinary_examples()
              if level(text + said) != "crisis"]  # fmt: skip
    assert missed == []


def test_an_idiom_exclusion_still_judges_the_words_themselves():
    assert level("I want to die my hair blue") == "none"
    assert level("ay me quiero morir, fui a la entrevista con la blusa al reves jaja") == "none"
    assert level('esa canción de "quiero morir" está bien buena') == "none"
    assert level("two years ago i want to die, now i am happy with my family") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "after my night shift i took all my pills",
        "worked the er today and i took a bunch of pills",
        "narcan got used twice this shift and i have the gun loaded",
        "my patient coded this morning and i took all my xanax",
    ],
)
def test_a_shift_or_a_patient_told_stops_where_the_texter_speaks_of_themself(text):
    assert level(text) == "crisis"
