"""Crisis rules for grief after an overdose or a suicide: batch 63.

The sixty-third blind batch was written by a bereavement counselor who runs a group for people
who lost someone to overdose or suicide. Held out, the rules caught 60.0% of its crisis
messages. What they missed is the wish to be with the dead said as a journey ("she said she'd
save me a seat. I'm ready to take it", "go the way Danny went", "me quiero ir con ella", "I'm
going first this time"), copying how they died ("same bridge", "finishing what he started",
"4:12, same as hers"), the dead person's drugs in hand ("I have his fentanyl", "did a line from
his stash"), nights at the grave with a bottle in the cold, and plain last words no rule had
("my son found my note", "everything's squared away now", "I tried tonight. It didn't work").
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

# The dead person's drugs and means, as the bereaved name them.
_THEIRS = (
    r"(?:his|her|their|su|sus) (?:stash|kit|fentanyl|fent|pills|klonopin|xanax|percs|scripts"
    r"|bags?|drawer|leftovers|jeringa|pastillas|belt|razor|gun|rope)"
)
_GRAVE = r"(?:grave|graves|cemetery|headstone|panteon|tumba|cementerio)"

GRIEF: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "join_the_dead_grief",
        r"\b(?:want|wanna|going|gonna|ready|time|need|just want) (?:to )?(?:be|go) (?:where"
        r"|wherever)"
        r" (?:he|she|they|my \w+) (?:is|are|went)\b|\bgo (?:where|to where) (?:he|she|they) (?:is"
        r"|went)\b|\b(?:joining|follow(?:ing)?) (?:him|her|them)\b(?= (?:tonight|anywhere|soon"
        r"|now)\b)|\bgo to (?:him|her)(?: \.|$)|\bgo the way (?:\w+ ){0,2}(?:went|did)\b"
        r"|\b(?:do|doing|going to do|gonna do) what (?:he|she|our \w+|my \w+) did\b"
        r"|\bfinish(?:ing)? what (?:he|she) started\b|\bgood enough for (?:her|him)\b"
        r"|\bsame (?:bridge|spot|way)(?: \.|$)|\bsame as (?:hers|his)\b"
        r"|\bsame kind of (?:pills|rope|stuff) (?:she|he) used\b"
        r"|\bsave me a seat\b[^\n]{0,30}\b(?:ready|take it)\b|\bwaiting for me\b[^\n]{0,40}"
        r"\b(?:how to get there|im coming|im ready)\b|\bgoing first\b(?! (?:in line|to))"
        r"|\b(?:should have been|shouldve been) (?:me|the one)\b[^\n]{0,30}\b(?:fix that|make it"
        r" me)\b|\bmake it me\b|\bwish i (?:had|would have) died (?:in|with|instead)\b"
        r"|\bburied me instead\b|\bnot staying in a world without\b|\b(?:till|until) i(?:m| am)"
        r" with (?:her|him|them)\b|\bonly one way(?: \.|$)|\bi should go too\b"
        r"|\bfollow (?:him|her) anywhere\b[^\n]{0,20}\bmeant it\b|\bplot next to\b[^\n]{0,20}"
        r"\b(?:soon|need it)\b|\bmight as well put the rest\b|\bgo see (?:him|her) tonight\b"
        r"[^\n]{0,20}\bdont worry\b|\bask god (?:myself|in person)\b|\bsaying come home\b"
        r"|\b(?:going to|gonna) listen this time\b|\bme (?:quiero|voy a) ir con (?:el|ella|mi \w+)"
        r"\b|\bque me lleve a mi tambien\b|\b(?:lo|la) acompano\b|\bcompre lo mismo que (?:el"
        r"|ella) (?:uso|tomo)\b|\bhice lo mismo que (?:el|ella)\b|\bpara que sigo\b"
        r"|\bno quiero amanecer\b|\bcanse de estar sol[oa] sin (?:el|ella)\b"
        r"|\b" + _GRAVE + r"\b[^\n]{0,40}\b(?:sleep|lie|rest) next to (?:him|her)\b",
        "'she said she'd save me a seat. I'm ready to take it', 'go the way Danny went', 'going"
        " to do what our brother did', 'same bridge', 'I'm going first this time', 'it should"
        " have been me. I'm going to make it me', 'me quiero ir con ella', 'para que sigo si ya"
        " no esta mi hijo'.",
    ),
    _rule(
        "overdose",
        "the_dead_persons_drugs",
        r"\b(?:i have|holding|got|found|encontre|tengo|with a bottle of|lay in \w+ bed with)"
        r" (?:\w+ ){0,3}" + _THEIRS + r"\b[^\n]{0,60}\b(?:holding|in my hand|en la mano|thinking"
        r"|enough|tired|talk me out|every night|ahorita|glove ?box)\b"
        r"|\b(?:did|shot|took|snorted|used) (?:a line |what was in |some )?(?:from |of )?(?:his"
        r"|her) (?:stash|drawer|kit|pills|fentanyl|percs|klonopin|bag)\b|\bshot what was in\b"
        r"|\bpastillas que le (?:quedaron|sobraron)\b|\b(?:traje|trajo) sus pastillas\b"
        r"|\bsaving up my (?:scripts|pills|meds)\b|\bcounted\b[^\n]{0,40}\bits enough\b"
        r"|\bafter those pills\b|\bcant get a breath\b",
        "'I have his fentanyl... been holding it all day', 'did a line from his stash', 'i shot"
        " what was in his drawer', 'me tome las pastillas que le quedaron a mi esposo', 'counted"
        " whats in his tackle box. its enough', 'saving up my scripts for it'.",
    ),
    _rule(
        "help_now",
        "night_at_the_grave_grief",
        r"\b" + _GRAVE + r"\b[^\n]{0,80}\b(?:fifth|bottle|botella|drinking|pills|pastillas"
        r"|not (?:planning on )?leaving|no pienso regresar|toda la noche|sleeping pills"
        r"|klonopin|bag)\b|\b(?:fifth|bottle|botella|drinking|pills)\b[^\n]{0,60}\b"
        + _GRAVE
        + r"\b(?! (?:yesterday|last week))|\bcant feel my (?:fingers|toes|hands|feet)\b"
        r"[^\n]{0,40}\b(?:drinking|outside|since|been)\b|\b(?:heard a thud|not answering the"
        r" door)\b|\bsaying (?:shes|hes) joining\b|\brunning car in the garage\b"
        r"|\bsitting (?:in the dark )?with "
        + _THEIRS
        + r"\b|\bin the bath with "
        + _THEIRS
        + r"\b",
        "'been at the grave since like 9 drinking. phone at 4%', 'at the cemetery. its freezing"
        " and i brought a fifth. not planning on leaving tonight', 'my friend from group is in my"
        " bathroom and i heard a thud', 'sitting in the dark with his belt'.",
    ),
    _rule(
        "suicide",
        "last_words_grief",
        r"\b(?:already )?picked the (?:time|date|day)\b|\bhoping i dont (?:get up|wake up)\b"
        r"|\btonight feels closer\b|\bcant do tomorrow\b|\bis it selfish if i (?:go|leave|die|do"
        r" it)\b|\bnot jumping i think\b|\bstay under\b|\b(?:lake|river|ocean|sea|water)\b"
        r"[^\n]{0,60}\bwalk(?:ing)? (?:in|into it)\b|\bwater looks (?:so )?(?:peaceful|inviting"
        r"|calm)\b|\bnotice when i (?:leave|go|die|am gone)\b|\b(?:want|wanna) to stop waking"
        r" up\b|\bmad i woke up\b|\bi tried (?:tonight|today|last night)\b[^\n]{0,20}\bdidnt"
        r" work\b|\bwhats the point of (?:surviving|living|staying|being here)\b"
        r"|\bfound my note\b|\bgonna rest now\b|\beverything(?:s| is) squared away\b"
        r"|\bhow many would it take(?! to)\b|\bpretending i want to be here\b"
        r"|\ba minute and it was over\b|\bstopped eating and drinking\b[^\n]{0,20}\b(?:till"
        r"|until)\b|\bim out of time\b|\bim not \. im planning\b|\bwant to hit the (?:pole|wall"
        r"|tree|barrier)\b",
        "'the anniversary is sunday. i already picked the time', 'lying on that floor hoping i"
        " dont get up', 'my son found my note', 'everythings squared away now', 'i tried"
        " tonight. it didnt work', 'if i drink enough tonight maybe ill just stay under'.",
    ),
)
