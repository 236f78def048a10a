"""Misspelled crisis words, corrected toward a reviewed list of long, distinctive words.

"unconcious", "overdoseing", "myslef", "breathng" are read as the words they
mean. Only words of six letters or more are corrected, only by one edit (two
for words of nine letters or more), and only when exactly one listed word is
that close. Real words that sit one edit away from a listed word ("putting" from
"cutting", "loving" from "living") are protected: they are never corrected.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

_TARGETS_WORDS = """
    suicide suicidal suicidio suicidarme suicidar overdose overdosed overdosing overdoses
    sobredosis myself himself herself yourself themselves unconscious unresponsive breathing
    breathe bleeding narcan naloxone naloxona fentanyl fentanilo xanax pastillas ambulance
    ambulancia emergency emergencia threatened threatening threatens strangled strangling
    choking choked suffocate killing killed murder anymore without nobody everyone everybody
    disappear goodbye tonight hanging cutting hurting harming poison poisoned swallowed
    overdosis inconsciente convulsionando convulsiones respirar respira despierta morirme
    matarme quitarme lastimarme cortarme hacerme desaparecer suicidarse ahorcarme pistola
    cuchillo amenazando amenazo golpeando pegando peligro auxilio ayudame ayudenme
    seizure seizing collapsed passed alive living existing exist worthless
    hopeless burden deserve tomorrow forever someone somebody please scared danger
    dying wanna gonna relapsed relapse craving cravings drinking wasted dealer
    living reason around bullet turning waking bleach throwing boyfriend girlfriend husband
    beating hitting trying following standing bridge sleeping breathing unalive delete
    quiero quiere demasiadas necesito alguien muerto muerta siguiendo amenaza golpea
    cortando despertar pastilla seguir aguanto puedo knife razor pills blood
    hospital naloxone tylenol choked throat chest shaking
    """
TARGETS = frozenset(_TARGETS_WORDS.split())
# Real words one edit from a target: never corrected ("mi papá me está pagando la renta" is
# paying, not "pegando", hitting; "pelando aguacate" is peeling).
_PROTECT_WORDS = """
    putting gutting nutting hunting hurling hurried lying tying drying dyeing loving giving
    liking lining diving raving saving leaving breeding bleeping pleading leading needing
    speeding feeding reading heading breathes breathed breather cutting killing filling
    billing willing milling hitting sitting fitting kitting knitting deserts deserve
    pagando pelando regando negando pesando pecando contarme haberme
    deserved reserve existed exists exiting exciting exist anyone everyone nobody noboby
    passes passer pasted posted patted alike alive aliens olive relapse release relapses
    relaxed replaced dealers healer leader dealt sealer realer wasted wanted waited
    pasted tasted hasted drinking drinkin thinking shrinking blinking linking winking
    sinking stinking crating crafting carving cravings graving braving morning warning
    mourning burning turning learning earning yearning pinning spinning winning planning
    scanning scarred scared scares scarce sacred dancer danger danged ranger manger hanger
    longer linger hunger banger ginger finger hanging banging ranging changing hanged
    forever fervor pleased please pleas plead poisoned prisoned person prison potion
    struggling strangle breaking bleating treating heating seating meeting spills skills
    knives shaping shaking shaken sharing seasons reasons treason season around arounds
    waiting walking waxing making taking baking faking raking trying drying crying frying
    prying bridges fridge bridget sleeping sweeping steeping weeping keeping wishing
    blooded bloody bloom floods chests chess cheat cheats throats through thought
    puede pueda pude quiera quieres quieren quiere pastel pastillas seguro segura siguio
    doing going muero costando contando drink drank drunk dying punch lunch hunch munch
    pille pillo pilla pillas pillar pillamos pillaron pillado
    """
# Real English and Spanish words one edit from a target, found by running `correct` over the
# Debian word lists (wamerican, wspanish): "cooking" is not "choking", "overcoming" is not
# "overdosing", "homeless" is not "hopeless", "handing myself in" is not hanging, "estoy
# consciente" is not "inconsciente", "puerta" is not "muerta". Kept out: the few that are only
# ever typos in a text ("chocked", "goodbys").
_PROTECT_DICTIONARY_WORDS = """
    abound abridge adive aground aguante aleve alguanto alice aline ambulante amenazador
    amenazante anger arenaza arming aseguir astilla awaking ballet basted bastilla bating
    beach beading beaming beaning bearing belting berating besting betting billed billet
    bills bistola blench blending bletch blond boating borden breach breaching breaths
    breathy bride bridle brood bulled burdel butting caking cared carvings castilla catting
    caving charming chesa cheso chist choker chokes chowed chowing clive cochillo coexisting
    coked coking collapses consciente convulsionante convulsionar convulsionario cooked
    cooking cortado craning crazing crest cuchilla cuchillejo cuchillero cuclillo dagger
    dander danker dding deader deafer dearer delate deleite deleta deleto deplete desacertar
    desaparear desaparejar desapestar desapretar desertar desierta desparecer despelotar
    despepitar desperar desperecer despernar despertador despierto dills dispertar dispierta
    donna dyking eating elapse elapsed emergence epistola espertar espira espirar estranging
    exits eying fallowing farming fasted filled fills fistola flood ganging gassed gills
    golpeado golpeo ground gullet hamming handing hanna harding haring harking harping
    hatting hills hinging hinting hiving hollowing homebody homeless hospitable hospitably
    huerta huerto hurtling hying inconsecuente inhospital janna jills jiving jutting killer
    kills kilned kilning kipling lasted leach lease liming manna massed menaza milled mills
    morder muera muerdo muergo muermo mulder mullet murta necesitado overcoming overdoing
    overdone overjoying palls parsed passel patilla paused pease pegado pelete peligno piles
    pilla pilled pilling pillo pison pissed pitting poisoner poisson polison polls poson
    postilla puado puerta puerto pullet pulls quedo quiebro quiete quieto quijero quire
    ravings razar razon reaparecer relapsa relapso respigar respirador respirator respire
    respiro responsive ridge rills round ruedo rutting sanding sanger sassed scaled scarfed
    scored seared seeping segur sexist shading shaming shared sharking shaving shitting
    sills sizing skilled slaking sleeking sleeting snaking snared soaking soared spared
    staking stared straddling straggled straggling stranding strangler stranglers strangles
    subconscious threat tilled tilling tills toison toying truing tuerta tuerto tuning
    turfing turing upstanding velete ventanillo vying wading wafted waging waling wallowed
    wanda waning wanking waring warming washed waster wastes waving willed wills witting
    worthiness wreathe wreathing
    """
PROTECT = frozenset(_PROTECT_WORDS.split()) | frozenset(_PROTECT_DICTIONARY_WORDS.split())


def _deletes(word: str, depth: int) -> set[str]:
    found = {word}
    for n in range(1, depth + 1):
        for drop in combinations(range(len(word)), n):
            found.add("".join(ch for i, ch in enumerate(word) if i not in drop))
    return found


def _depth(word: str) -> int:
    return 2 if len(word) >= 10 else 1


_INDEX: dict[str, set[str]] = {}
for _target in TARGETS:
    for _variant in _deletes(_target, _depth(_target)):
        _INDEX.setdefault(_variant, set()).add(_target)


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


@lru_cache(maxsize=8192)
def correct(word: str) -> str:
    """`word`, or the one listed crisis word it is a misspelling of."""
    if len(word) < 5 or word in TARGETS or word in PROTECT or not word.isalpha():
        return word
    depth = _depth(word)
    candidates: set[str] = set()
    for variant in _deletes(word, depth):  # both sides' deletions meet: SymSpell
        candidates |= _INDEX.get(variant, set())
    close = {c for c in candidates if _distance(word, c) <= depth and not _inflection(word, c)}
    return close.pop() if len(close) == 1 else word


# Endings that inflect a Spanish word (golpea, golpes, golpeo; despierta, despierte): two
# words that differ only in one of these last letters are forms of one word, not a typo.
_INFLECTED_ENDINGS = frozenset("aeosn")


def _inflection(word: str, target: str) -> bool:
    """'tonights', 'disappeared', 'morirse', 'golpes': a form of the word, not a misspelling."""
    if word.startswith(target) or target.startswith(word):
        return True
    if (
        len(word) == len(target)
        and word[:-1] == target[:-1]
        and word[-1] in _INFLECTED_ENDINGS
        and target[-1] in _INFLECTED_ENDINGS
    ):
        return True
    return word[-2:] in ("se", "te", "le", "lo", "la", "nos") and target.endswith("me")
