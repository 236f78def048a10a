"""Crisis rules for plain first texts by a third author: batch 41.

The forty-first blind batch was written as 300 ordinary adults writing one first text in a
bad moment, in plain words, spread evenly over eight kinds of crisis ("I just burned myself
with the stove on purpose", "I shook my mother pretty hard today. Shes 88", "Tengo una cuerda
en el cuarto y no dejo de mirarla"). Held out, the rules caught 87.8% of its crisis messages,
close to the earlier plain-text batches: plain speech carries over best. What they missed
was mostly violence toward others and self-harm said plainly; these rules name it.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

FIRST_TEXTS: tuple[Rule, ...] = (
    _rule(
        "self_harm",
        "on_purpose_plainly",
        r"\b(?:burned|burnt|cut|hit|hurt|scratched|scalded) myself\b[^\n]{0,30}\bon purpose\b"
        r"|\bme (?:queme|corte|pegue|lastime)\b[^\n]{0,30}\ba proposito\b"
        r"|\bpulled out (?:a bunch of |some of |chunks of )?my hair\b"
        r"|\b(?:know|se) (?:exactly )?(?:how|como) (?:im|i am) going to do it\b",
        "'I just burned myself with the stove on purpose', 'I pulled out a bunch of my hair and"
        " now Im banging my head', 'I know exactly how Im going to do it and when'.",
    ),
    _rule(
        "violence",
        "toward_others_plainly",
        r"\b(?:go|going) back (?:there )?and mak(?:e|ing) (?:them|him|her) pay\b"
        r"|\b(?:shook|pushed|slapped|hit|grabbed) my (?:mother|mom|dad|father|grandma|grandpa|wife"
        r"|husband|son|daughter|kid|baby)\b(?: \S+){0,2} (?:pretty |really |so |too )?hard\b"
        r"|\bagarre a mi (?:hija|hijo|mama|esposa|bebe)\b(?: \S+){0,2} (?:muy )?fuerte\b"
        r"|\buntil (?:he|she|they) stops? breathing\b"
        r"|\bburn (?:his|her|their|the) house down with (?:him|her|them) in it\b"
        r"|\b(?:killed|mato a) (?:him|her|my \w+|mi \w+)\b[^\n]{0,60}\b(?:going to find"
        r"|voy a buscar)"
        r" (?:him|her|them|lo|la)\b"
        r"|\bmiedo (?:de )?lastimar a (?:mis|mi)\b|\bpensamientos de hacerle dano\b"
        r"|\bhacerle dano\b[^\n]{0,30}\bse donde vive\b"
        r"|\bafuera de la casa de\b[^\n]{0,30}\bcon (?:un|una|el|la) (?:bate|pistola|cuchillo"
        r"|machete|fierro)\b",
        "'Im thinking about going back there and making them pay', 'I shook my mother pretty hard"
        " today', 'I want to beat my coworker until he stops breathing', 'tengo ganas de ir a la"
        " casa de mi ex y hacerle dano, se donde vive'.",
    ),
    _rule(
        "violence",
        "threatened_plainly",
        r"\b(?:va|van) a lastimar a mis (?:hijos|ninos|hijas|nietos)\b",
        "'El tipo al que le debo dinero dice que va a lastimar a mis hijos si no le pago'.",
    ),
    _rule(
        "suicide",
        "plain_means_and_plans",
        r"\b(?:cuerda|soga|rope|pills|pastillas|gun|pistola)\b[^\n]{0,30}\b(?:no dejo de mirarla"
        r"|no dejo de mirarlas|no dejo de verla|cant stop looking at (?:it|them))\b"
        r"|\bthinking about walking (?:out )?(?:there|onto the tracks|in front of it)\b"
        r"|\btengo todo planeado para\b[^\n]{0,30}\b(?:cuando|fin de semana|esta noche|manana)\b"
        r"|\bis it (?:normal|weird|bad|ok) to wish (?:you|i) (?:were|was) dead\b",
        "'Tengo una cuerda en el cuarto y no dejo de mirarla', 'theres a train behind my apartment"
        " at 2am. Ive been thinking about walking out there', 'is it normal to wish you were"
        " dead?'.",
    ),
    _rule(
        "help_now",
        "plain_pleas",
        r"\bno estoy bien\b[^\n]{0,30}\b(?:respondanme|contestenme|ayudenme|rapido)\b"
        r"|\bme pueden llamar ahorita\b"
        r"|\b(?:quit|stopped) (?:drinking |everything "
        r"|the pills )?cold turkey\b[^\n]{0,60}\b(?:confused"
        r"|sweating|shaking|heart|seeing things|seizure)\b"
        r"|\b(?:pain|dolor)\b[^\n]{0,20}\bso bad (?:that )?i cant (?:stand|walk|breathe|move)\b",
        "'No estoy bien, por favor respondanme rapido', 'me pueden llamar ahorita?', 'I quit cold"
        " turkey yesterday and now Im confused and sweating', 'my stomach pain is so bad I cant"
        " stand up'.",
    ),
)
