"""Crisis rules for participants living with pain and serious illness: batch 46.

The forty-sixth blind batch was written in the voice of people with chronic pain, sickle
cell, cancer, dialysis, HIV and amputations alongside opioid or alcohol use. Held out, the
rules caught 68.9% of its crisis messages. Their suicide is framed as ending the pain ("if
it doesn't stop by Friday I'm done", "let the sickle cell finish the job", "the kind of nap
you don't wake up from") or as letting treatment go ("skipped my last 3 dialysis on purpose",
"if my heart gives out it gives out"); their emergencies are a fever with a port or a line,
red streaks up an arm someone injected, benzodiazepine withdrawal that jerks and blanks out;
their abusers are the carers who hold the medicines, the crutches and the food.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

_TREATMENT = (
    r"(?:dialysis|dialisis|heart meds|heart pills|insulin|insulina|chemo|quimio|treatment"
    r"|tratamiento|hiv meds|pastillas del vih|meds del vih|transfusions?|antibiotics|surgery"
    r"|amputation surgery|cirugia|my meds|mis medicinas)"
)
_LINE = r"(?:port|central line|picc|picc line|catheter|fistula|incision|wound|herida|el port)"

PAIN: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "end_the_pain",
        r"\bif (?:it|the pain|this|this pain) (?:doesnt|dont|does not|wont) stop\b[^\n]{0,40}"
        r"\b(?:im done|im out|ill end it|im checking out|done done)\b"
        r"|\bonly way\b[^\n]{0,40}\bis to stop everything\b|\bending the whole thing\b"
        r"|\b(?:not|never) have to deal with (?:this|my) body (?:ever )?again\b"
        r"|\bstop fighting(?: it| this)? tonight\b"
        r"|\buntil (?:the pain|it|this) stops one way or\b"
        r"|\bthats it then\b[^\n]{0,10}\bim done\b"
        r"|\bfound a way to make sure (?:i dont|it doesnt|it stops|i never)\b"
        r"|\bready to check out\b[^\n]{0,40}\b(?:pain|enough|years|done)\b"
        r"|\bgo out (?:my own way|on my own terms)\b|\bonly see one way out\b"
        r"|\bthe kind (?:you|i|people) (?:dont|wont|never|do not) wake up from\b"
        r"|\blet (?:the )?(?:sickle cell|cancer|infection|disease|illness|pain|diabetes|hiv)\b"
        r"[^\n]{0,10}\b(?:finish the job|take me|win|do its thing)\b"
        r"|\blast day being in pain\b"
        r"|\b(?:disappeared|was gone|died)\b[^\n]{0,20}\bbeen thinking about how\b"
        r"|\besta noche se acaba todo\b|\bme voy yo primero\b",
        "'If it doesn't stop by Friday I'm done. like done done', 'the only way to stop it is to"
        " stop everything', 'I found a way to make sure I don't [hurt]', 'gonna take a long nap,"
        " the kind you don't wake up from', 'let the sickle cell finish the job', 'esta noche se"
        " acaba todo... me voy yo primero'.",
    ),
    _rule(
        "suicide",
        "letting_treatment_go",
        r"\b(?:skipped|skipping|stopped|quit|missing|missed|miss|not doing|no voy a hacer)\b"
        r"[^\n]{0,30}"
        rf"\b{_TREATMENT}\b[^\n]{{0,60}}\b(?:on purpose|not going back|letting (?:it|go)|kinda"
        r" hoping|gives out|slip away|pa que|para que|que dios decida|let it|take me|already"
        r" decided)\b"
        r"|\b(?:stopped caring|dont care)\b[^\n]{0,20}\b(?:about dialysis|if i miss my (?:heart"
        r" )?meds)\b"
        r"|\b(?:ya no me (?:tomo|pongo)|no me voy a (?:poner|tomar)|no voy a (?:ponerme|tomarme))\b"
        r"[^\n]{0,40}\b(?:ni nada|que dios decida|pa que|para que)\b"
        # Withdrawal can bring back the voices, and with them their orders.
        r"|\bvoices?\b[^\n]{0,60}\b(?:telling|tell|told|say|saying) me to (?:jump|die|kill|hurt"
        r"|end|do it)\b",
        "'Skipped my last 3 dialysis on purpose and I'm not going back', 'I don't care if I miss"
        " my heart meds anymore, if it gives out it gives out. kinda hoping', 'not doing the"
        " amputation surgery. gonna let the infection take me', 'ya no me tomo las pastillas del"
        " vih ni nada, pa que'.",
    ),
    _rule(
        "suicide",
        "means_in_mind",
        r"\b(?:keep thinking|been thinking|cant stop thinking|laying here thinking) about the"
        r" (?:rail|railing|edge|ledge|bridge|overpass|tracks|roof|\d+ (?:days|pills|tabs)"
        r" of)\b"
        r"|\b(?:doesnt|wouldnt|dont|does not|would not) have to be (?:an )?accident\b"
        r"|\bif i (?:take|took|swallow) (?:all|the whole)\b[^\n]{0,20}\b(?:will i|would i)\b"
        r"[^\n]{0,20}\b(?:go to sleep|sleep|die|wake up|just go)\b"
        r"|\b(?:guardad[oa]s?|ahorrad[oa]s?)\b[^\n]{0,40}\b(?:dosis|metadona|<PILLS_ES>)\b"
        r"[^\n]{0,60}\bya se lo que voy a hacer\b"
        r"|\bfor when i decide\b|\bthrow <SELF> down the stairs\b",
        "'I keep thinking about the rail on the overpass', 'one more fall off the roof wouldn't"
        " have to be an accident', 'if I take all 30 will I just go to sleep?', 'tengo guardadas"
        " las dosis de metadona... ya sé lo que voy a hacer con ellas', 'patches saved for when I"
        " decide'.",
    ),
    _rule(
        "suicide",
        "quiet_goodbyes",
        r"\bgave\b[^\n]{0,60}\b(?:wont|will not) (?:be )?needing (?:it|them)\b"
        r"|\bgave (?:my )?\w+ my (?:spare )?key and my (?:cat|dog)\b"
        r"|\b(?:told|showed)\b[^\n]{0,30}\bwhere my (?:insurance|will|papers|life insurance)\b"
        r"[^\n]{0,60}\b(?:password|just in case)\b"
        r"|\bgoodbye (?:type |kind of )?(?:stuff|things|texts|messages)\b"
        r"|\byou (?:guys |all )?were the only (?:ones|one) who\b[^\n]{0,40}\b(?:bye|goodbye)\b"
        r"|\bor anything else\b[^\n]{0,20}\b(?:take care|bye|goodbye)\b"
        r"|\bfue un gusto conocerl\w+\b[^\n]{0,20}\bgracias por todo\b(?![^\n]{0,40}\b(?:me mudo"
        r"|nos vemos|hasta))"
        r"|\b(?:anyone|anybody|nobody|no one)\b[^\n]{0,20}\b(?:even )?notice if i (?:just )?"
        r"(?:didnt wake up|disappeared|was gone|died)\b",
        "'Gave my fishing gear and my dog to my brother. won't be needing them', 'told my sister"
        " where my insurance papers are and the password to my phone. just in case', 'not gonna"
        " make it to group Thursday. or anything else. y'all take care', 'fue un gusto conocerlos,"
        " gracias por todo'.",
    ),
    _rule(
        "medical",
        "sick_body_emergency",
        rf"\b{_LINE}\b[^\n]{{0,60}}\b(?:fever|fiebre|10[2-6]|chills|escalofrios|leaking)\b"
        rf"|\b(?:fever|fiebre)\b[^\n]{{0,40}}\b{_LINE}\b"
        r"|\b(?:fever|temp|temperature|thermometer says|fiebre)(?: of| de| is| says)? (?:10[3-6]"
        r"|4[0-2](?:[. ]\d)?)\b"
        r"|\b(?:streaks?|rayas)\b[^\n]{0,20}\b(?:up|pa arriba|para arriba|to my shoulder)\b"
        r"|\b(?:foot|toe|leg|hand|pie|dedo)\b[^\n]{0,15}\b(?:turned black|se puso negro)\b"
        r"|\b(?:stopped|quit|ran out of|came off|deje)\b[^\n]{0,25}\b(?:klonopin|xanax|benzos?"
        r"|ativan|valium|clonazepam|alprazolam|lorazepam|las benzos)\b[^\n]{0,80}\b(?:jerking"
        r"|twitching|blanked out|seizure|seeing things|convuls\w*)\b"
        r"|\blips (?:look |are |turning |turned )?(?:bluish|purplish)\b"
        r"|\bsickle cell\b[^\n]{0,60}\b(?:fever|hurts to breathe|cant breathe|chest pain)\b"
        r"|\b(?:hurts to breathe|cant breathe)\b[^\n]{0,60}\bsickle cell\b"
        r"|\b(?:blood|sangre)\b[^\n]{0,20}\b(?:coming up when i (?:throw up|vomit)|when i throw up"
        r"|al vomitar)\b|\b(?:throwing up|vomiting|vomitando) blood\b"
        r"|\bput (?:\d+|two|three|four|a few) (?:\w+ )?(?:patches|parches) on\b"
        r"|\bcant focus my eyes\b"
        r"|\bthe (?:bathroom |kitchen )?floor\b[^\n]{0,30}\bcant get up\b"
        r"|\b(?:vino|alcohol|cerveza|<DRINK_ES>) con (?:los |las )?(?:relajantes|calmantes"
        r"|<PILLS_ES>)\b[^\n]{0,60}\b(?:no me puedo parar|da vueltas)\b",
        "'Port site is red and hot and I got 103 fever', 'central line leaking... thermometer"
        " says 104', 'my arm is hard and red with streaks up to my shoulder', 'stopped my"
        " klonopin cold 3 days ago... my hands are jerking', 'sickle cell and fever 102, it hurts"
        " to breathe', 'blood coming up when I throw up', 'put 3 [fentanyl patches] on'.",
    ),
    _rule(
        "violence",
        "carer_cruelty",
        r"\b(?:gonna|going to|will|ill) break (?:my|your) (?:other )?(?:arm|leg|neck|jaw|face)\b"
        r"|\bif i (?:tell|report)\b[^\n]{0,30}\b(?:shell|hell|theyll|she will|he will) (?:say"
        r"|tell|hurt|kill|make)\b"
        r"|\btook my (?:crutches|wheelchair|walker|cane|charger|keys)\b[^\n]{0,40}\b(?:aint going"
        r" anywhere|not going anywhere|cant leave)\b"
        r"|\bmakes me do (?:stuff|things|sexual stuff)\b[^\n]{0,30}\bto get\b"
        r"|\b(?:hasnt|has not|didnt|wont) (?:fed|feed) me\b|\bhasnt given me my meds\b",
        "'My husband is yelling he's gonna break my other arm', 'the nurse takes half my pills and"
        " said if I tell anyone she'll say I'm the one abusing them', 'he took my crutches and"
        " said I ain't going anywhere', 'keeps my subs and makes me do stuff to get each one'.",
    ),
)
