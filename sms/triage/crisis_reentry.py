"""Crisis rules for participants in the justice system: batch 40.

The fortieth blind batch was written by a reentry case manager: "Id rather die than go back
inside", "court tomorrow at 9 and if they remand me Im not walking out alive", "3 years down
and my tolerance is zero and I just did a full point", "they green lit me", "released at 11pm
with a bus pass and nowhere to go, its 20 degrees out", "se llevo la migra a mi esposo". Held
out, the rules caught 73.8% of its crisis messages. These rules name the moments of that
world where risk peaks: a court date or surrender with a decision made, release with no
tolerance and no bed, threats that follow someone out, and harm in sober living.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_COURT = (
    r"(?:court|corte|sentencing|the hearing|la audiencia|me entrego|turn myself in|surrender"
    r"|monday|lunes|remand\w*)"
)

REENTRY: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "rather_die_than_inside",
        r"\b(?:rather die|prefiero morir(?:me)?) (?:than|que) (?:go|going|regresar|volver)\b"
        r"|\bwish i (?:had )?died in (?:that|the) (?:cell|hole|yard|pen)\b"
        r"|\bnobodys (?:gonna|going to) miss a (?:convict|felon|junkie|addict)\b"
        r"|\bbetter off if i never came home\b"
        r"|\bhope they (?:just )?shoot me\b"
        r"|\bwhen they come (?:for me|pick me up|to get me)\b[^\n]{0,40}\b(?:find me hanging|shoot"
        r" me|find me dead)\b"
        r"|\bon the courthouse steps\b|\btell my po he won\b",
        "'Id rather die than go back inside', 'i wish i had died in that cell', 'nobodys gonna miss"
        " a convict', 'this time when they come for me theyll find me hanging', 'tell my PO he"
        " won'.",
    ),
    _rule(
        "suicide",
        "court_day_decided",
        rf"\b{_COURT}\b[^\n]{{0,60}}\b(?:not walking out alive|already decided|ya decidi|no voy a"
        rf" llegar|not gonna be here|not making it|antes de eso me mato|para no estar aqui"
        rf"|no llego)\b"
        rf"|\b(?:not gonna be here|no voy a llegar|not making it) (?:for|to|al|a la) {_COURT}\b"
        r"|\bguarde pastillas para cuando\b|\btengo todo listo para no estar aqui\b"
        r"|\bantes de eso me mato\b"
        r"|\b5150\w*\b[^\n]{0,60}\b(?:again|right now|feel exactly like that)\b"
        r"|\b(?:sheet|sabana)\b[^\n]{0,30}\bhanging\b[^\n]{0,40}\b(?:doing the same"
        r"|hacer lo mismo)\b"
        r"|\b(?:walked into traffic|me avente a los carros)\b[^\n]{0,60}\b(?:try again|otra vez)\b"
        r"|\bropes? in my bag\b|\bwith the hose hooked up\b|\bhose hooked up\b",
        "'Court tomorrow at 9 and if they remand me Im not walking out alive, I already decided',"
        " 'Im not gonna be here for court', 'el oficial me va a mandar de regreso y antes de eso me"
        " mato', 'I walked into traffic earlier. Im gonna try again'.",
    ),
    _rule(
        "overdose",
        "tolerance_lost",
        r"\b(?:tolerance is (?:zero|gone|nothing)|no tolerance|ya no tengo tolerancia|lost my"
        r" tolerance)\b[^\n]{0,60}\b(?:did|used|me pase|feel|took|shot)\b"
        r"|\b(?:me pase|i did|used|took)\b[^\n]{0,30}\b(?:ya no tengo tolerancia|no tolerance"
        r"|tolerance is zero)\b"
        r"|\bhot shot\b",
        "'3 years down and my tolerance is zero and I just did a full point. I feel really wrong',"
        " 'creo que me pase, ya no tengo tolerancia despues de la pinta', 'enough dope for a hot"
        " shot'.",
    ),
    _rule(
        "violence",
        "followed_out",
        r"\bpulled up\b[^\n]{0,40}\bwith a (?:strap|gun|blick|pole|knife|bat)\b"
        r"|\bkite\b[^\n]{0,40}\b(?:im done|when they see me|hit me|im dead)\b"
        r"|\b(?:green ?lit|greenlit) me\b|\bgreen light on me\b"
        r"|\bluz verde\b[^\n]{0,30}\b(?:marcado"
        r"|me tienen)\b"
        r"|\bput a bullet in me\b"
        r"|\bsaying (?:im|i am) a (?:rat|snitch)\b[^\n]{0,40}\b(?:know where|kids|outside)\b"
        r"|\b(?:guys|crew|people|dudes) from my old (?:unit|block|crew|gang|set)\b[^\n]{0,40}"
        r"\b(?:outside|pulled up|here|right now)\b"
        r"|\bme van a levantar\b|\bme quieren picar\b"
        r"|\bi know where (?:my \w+|the guy|he|she|they)\b[^\n]{0,20}\blives\b[^\n]{0,20}\b(?:going"
        r"|goin|heading) (?:over )?there\b"
        r"|\bbroke my (?:nose|jaw|arm|ribs|orbital)\b|\bchoked me and i ran\b"
        r"|\bme agarra en la noche\b|\bviolated the (?:protective|restraining) order\b"
        r"|\b(?:ice|la migra)\b (?:is |esta )?(?:outside|at|afuera de) (?:my )?(?:door|house|casa"
        r"|puerta)\b|\bse llevo la migra a\b",
        "'A guy from my old block just pulled up to the halfway house with a strap', 'they green"
        " lit me', 'he said if I show up to court hell put a bullet in me', 'my roommate in sober"
        " living just punched me and broke my nose', 'ICE is outside my door right now'.",
    ),
    _rule(
        "help_now",
        "released_into_the_cold",
        r"\b(?:released|me soltaron|since they released me|got out)\b[^\n]{0,60}\b(?:nowhere to go"
        r"|freezing|snowing|nevando|\d+ degrees|frio|sin nada|no siento los pies)\b"
        r"|\b(?:kicked out|me dieron de baja|me corrieron)\b[^\n]{0,60}\b(?:snowing"
        r"|nowhere to sleep"
        r"|nevando|no tengo (?:a ?donde|adonde) ir)\b"
        r"|\bno tengo (?:a ?donde|adonde) ir\b[^\n]{0,40}\b(?:bebe|ninos|frio)\b"
        r"|\besta es mi despedida\b|\bgracias por todo\b[^\n]{0,5}\bya me voy<END>",
        "'Released at 11pm with a bus pass and nowhere to go, its 20 degrees out', 'got kicked out"
        " of the sober house for a dirty UA and its snowing', 'esta es mi despedida'.",
    ),
)
