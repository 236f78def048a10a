"""Crisis rules for young adults: batch 45.

The forty-fifth blind batch was written in the voice of participants of 18 to 25: lowercase,
deadpan, "ngl", "istg", "its giving", irony around what is meant. Held out, the rules caught
70.6% of its crisis messages. They missed goodbyes made of the things young people own (a
playlist "for after", a TikTok draft that "is literally a goodbye", passwords and the cat's
vet info sent to a friend, socials deleted), the deadpan that marks the joke as not one ("not
in a fun way", "not school done. like done", "if my phone dies tonight its not the battery"),
and the harms of their world: a partner's location tracking, sextortion with a deadline, the
plug who will come to their mother's house, an ID held until a debt is "worked off".
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

YOUNG: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "goodbye_things",
        r"\bplaylist\b[^\n]{0,40}\b(?:for after|despedida|goodbye|funeral|for when im gone"
        r"|para cuando ya no)\b"
        r"|\b(?:draft|post|video|tiktok|story|caption)\b[^\n]{0,30}\b(?:is|es)"
        r" (?:literally |like )?(?:a |una )?(?:goodbye|despedida)\b"
        r"|\bi have the (?:<PILLS>|pills)\b[^\n]{0,20}\bi have the note\b|\bkeep writing the note\b"
        r"|\btonight im not deleting it\b"
        r"|\b(?:sent|gave|texted)\b[^\n]{0,30}\bpasswords\b[^\n]{0,60}\b(?:asked why|didnt answer"
        r"|vet info|pets?|cats?|dogs?)\b"
        r"|\b(?:deleted|delete|borre) (?:all )?(?:my |mis |todas mis )?(?:socials|social media"
        r"|accounts|redes|instagram|ig)\b[^\n]{0,40}\b(?:dont worry|no se preocupen|no te"
        r" preocupes|left the group|goodbye|bye)\b"
        r"|\bwrote (?::quote: )?(?:sorry|im sorry|goodbye|lo siento)\b[^\n]{0,20}\bon"
        r" (?:a |the )?(?:sticky note|post it|mirror|napkin)\b",
        "'Made a playlist called \"for after\" and sent it to my sister', 'my last tiktok draft"
        " is literally a goodbye', 'i have the pills, i have the note', 'sent my bestie my"
        " passwords and my cat's vet info. she asked why', 'deleted all my socials. dont worry"
        " abt it'.",
    ),
    _rule(
        "suicide",
        "deadpan_not_a_joke",
        r"\bnot (?:school|work|class|that kind of|the fun kind of|tired) done\b"
        r"|\b(?:phone|cel|celular)\b (?:\w+ )?(?:dies|se muere|se apaga) (?:tonight|hoy|today"
        r"|esta noche)\b[^\n]{0,10}\b(?:its )?(?:not the battery|no es la bateria)\b"
        r"|\bif i (?:dont|do not|never) (?:text|reply|answer|respond|write)\w*\b[^\n]{0,40}"
        r"\b(?:nobodys fault|no ones fault|not your fault|just know)\b"
        r"|\bsi no (?:contesto|respondo|escribo)\b[^\n]{0,30}\b(?:no es culpa de nadie|ya saben)\b"
        r"|\blast meal\b[^\n]{0,30}\bunless\b"
        r"|\b(?:touch|lay on|lie on|sit on|go sit on) the (?:train )?tracks\b"
        r"|\btrain schedule\b[^\n]{0,60}\blast one\b"
        r"|\btoo close to the (?:yellow line|edge|tracks)\b[^\n]{0,40}\b(?:feet|inching|lean\w*"
        r"|step\w*)\b"
        r"|\b<HEIGHT>\b[^\n]{0,30}\b(?:look|looks) so (?:peaceful|calm|inviting|quiet)\b"
        r"|\bat [1-4] ?am on the <HEIGHT>\b",
        "'gonna go touch the train tracks ngl. not in a fun way', 'if one more thing happens im"
        " done done. not school done', 'if my phone dies tonight its not the battery 🙂', 'if i"
        " dont text back by tonight just know it was nobodys fault', 'the 11:40 is the last one',"
        " 'why does the bridge by campus look so peaceful rn'.",
    ),
    _rule(
        "suicide",
        "decided_deadpan",
        r"\b(?:when you finally decide|i decided|ive decided)\b[^\n]{0,40}\bpeace\w*\b"
        r"|\bpeace\w*\b[^\n]{0,40}\b(?:finally decide|i decided)\b"
        r"|\bplanning (?:this |it )?for a (?:while|minute|bit)\b[^\n]{0,40}\btonight (?:feels|is"
        r"|seems) right\b"
        r"|\bthoughts are back\b[^\n]{0,40}\bspecific\b"
        r"|\bpros and cons\b[^\n]{0,30}\b(?:staying alive|living|being alive|killing myself"
        r"|dying|staying)\b"
        r"|\bya tengo (?:fecha|la fecha|el dia)\b"
        r"|\b(?:no ?mas|solo) queria (?:decir|que supieran?) (?:q|que) (?:los|las|te) quiero\b"
        r"[^\n]{0,20}\bya estuvo\b"
        r"|\bi love (?:her|him|them|you)\b[^\n]{0,60}\b(?:shell|hell|theyll|youll) understand"
        r" (?:later|soon|one day)\b"
        r"|\bhearing\b[^\n]{0,10}\bjust (?:go|do it|jump)\b[^\n]{0,20}\bin my head\b"
        r"|\bhoping (?:this|the|it|that) (?:\w+ )?(?:one |pill |bar |perc )?(?:has|is) (?:fent"
        r"|fentanyl|laced)\b"
        r"|\bonly thing keeping me here\b"
        r"|\b(?:almost|nearly) (?:drove|drive|steered|swerved) (?:into|off)\b[^\n]{0,30}"
        r"\bon purpose\b",
        "'theres this weird peace when you finally decide. i decided', 'ive been planning for a"
        " while and tonight feels right', 'the thoughts are back and theyre specific this time',"
        " 'a pros and cons list about staying alive', 'ya tengo fecha', 'kinda hoping this"
        " pressed one has fent in it'.",
    ),
    _rule(
        "overdose",
        "took_it_anyway",
        r"\b(?:strip|tira)\b[^\n]{0,30}\b(?:positive|positiva)\b[^\n]{0,40}\b(?:took it anyway"
        r"|took it|me la tome|me lo tome)\b"
        r"|\bstill have more hidden\b|\b(?:found|took) (?:the|my) (?:<PILLS>|pills)\b[^\n]{0,40}"
        r"\b(?:still have more|more hidden)\b"
        r"|\b(?:leave|go home|get out)\b[^\n]{0,20}\b(?:go |and )finish (?:it|the job)\b"
        r"|\bpurging\b[^\n]{0,60}\b(?:heart|faint\w*|passed out|cant get up|dizzy|chest)\b"
        r"|\b(?:cant stand up|cant get up)\b[^\n]{0,40}\bheart\b[^\n]{0,20}\b(?:weird|skipping"
        r"|racing|pounding)\b"
        r"|\bshot of everything\b[^\n]{0,60}\blie down\b"
        r"|\b(?:drunk|high|wasted|borrach[oa])\b[^\n]{0,40}\bdriv\w*\b[^\n]{0,40}\b(?:baby|kids?"
        r"|car seat)\b",
        "'the test strip came back positive for fent and i took it anyway', 'my roommate found the"
        " pills but i still have more hidden', 'in the er... i want to leave and go finish it',"
        " 'been purging all day and my heart keeps skipping', 'super drunk and says shes driving"
        " home and her baby is in the car seat'.",
    ),
    _rule(
        "violence",
        "tracked_and_found",
        r"\bi never (?:told|gave) (?:him|her|them)\b[^\n]{0,30}\b(?:i was (?:here|at|in)|my address"
        r"|where i (?:live|was|am))\b"
        r"|\b(?:has|tracks|tracking|shares|found) my (?:location|phone)\b[^\n]{0,60}\b(?:hes|shes"
        r"|theyre) (?:here|outside)\b"
        r"|\b(?:followed|following) me\b[^\n]{0,80}\b(?:got out|walking toward me|coming toward me"
        r"|started walking)\b"
        r"|\b(?:says|said|saying) (?:im|i am|youre) dead when\b"
        r"|\b(?:hes|shes|theyre) outside\b[^\n]{0,40}\b(?:has|got) my (?:spare )?key\b"
        r"|\blocked me out\b[^\n]{0,40}\b(?:cold|no phone|balcony|freezing)\b"
        r"|\b(?:entra|se mete) (?:a|en) mi cuarto\b[^\n]{0,30}\b(?:noches?|cuando duermo)\b"
        r"|\bcomes into my room at night\b",
        "'he has my location on life360 and texted see u at the library. i never told him i was"
        " here', 'he sent a pic of my apartment door. i never gave him my address', 'my bf says"
        " im dead when he gets home', 'hes outside he has my spare key', 'mi tio entra a mi"
        " cuarto en las noches'.",
    ),
    _rule(
        "violence",
        "sextortion_and_debts",
        r"\b(?:send|sending|post|posting|leak|leaking|share|sharing)\b[^\n]{0,10}\b(?:my|the)"
        r" (?:pics|nudes|photos|pictures|videos?)\b[^\n]{0,60}\b(?:if i dont|unless|gave me"
        r"|hours?|tonight|to my (?:dad|mom|school|family|boss))\b"
        r"|\b(?:didnt|dont|cant) pay for the (?:pics|nudes|photos)\b"
        r"|\b(?:keeping|has|took|holding|kept) my (?:id|passport|papers|license|documents)\b"
        r"[^\n]{0,60}\b(?:work off|owe|pay back|until i|cant leave)\b"
        r"|\bdont (?:even )?know what city im in\b"
        r"|\bsays i cant leave the (?:motel|hotel|house|room|apartment)\b"
        r"|\b(?:plug|dealer|connect|vato)\b[^\n]{0,60}\b(?:if i dont pay|si no le pago)\b"
        r"[^\n]{0,60}\b(?:coming to|va a ir a|knows where|sabe donde|knows my)\b"
        r"|\b(?:dijo|said) (?:q |que |that )?(?:se iba a matar|(?:she|he|they) (?:was|were) going"
        r" to kill (?:her|him|them)sel(?:f|ves))\b[^\n]{0,40}\b(?:no contesta|not answering"
        r"|wont answer|cant find|no sabemos donde)\b",
        "'says hes sending my pics to my dad and my school if i dont send more. he gave me 1"
        " hour', 'the guy from the app is keeping my id until i work off what i owe', 'my plug"
        " said if i dont pay by friday hes coming to my moms house', 'mi amiga dijo q se iba a"
        " matar y ya no contesta'.",
    ),
)
