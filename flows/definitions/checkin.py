"""Trigger check-ins: a 0-10 score; at or above the threshold, what's going on, the
participant's own coping plan, and an offer of a counselor call.

A check-in nobody answers within 4 hours counts as missed; the third missed
in a row (`missed_alert_after`) alerts staff.
"""

from datetime import timedelta

from flows.engine import Flow, NotifyStaff, Record, State, Transition

HALT = {
    "hungry": (
        "hungry", "hunger", "food", "eat", "starving", "starved", "havent eaten", "snack",
        "hambre", "comer", "no he comido", "no e comido", "ate nothing", "no food", "skipped",
        "stomach", "🍔", "no hay comida",
    ),
    "angry": (
        "angry", "anger", "mad", "pissed", "furious", "irritated", "annoyed", "frustrated", "rage",
        "heated", "enojo", "enojado", "enojada", "rabia", "coraje", "molesto", "molesta",
        "furioso", "furiosa", "raging", "😡", "🤬", "encabronado", "encabronada", "emputado",
        "emputada",
    ),
    "lonely": (
        "lonely", "alone", "isolated", "nobody", "no one", "by myself", "miss", "soledad", "solo",
        "sola", "nadie", "extrano", "dont have anybody", "no friends", "con quien hablar",
    ),
    "tired": (
        "tired", "exhausted", "sleep", "sleepy", "worn out", "drained", "fatigue", "cansancio",
        "cansado", "cansada", "cansadisimo", "cansadisima", "agotado", "agotada", "sueno",
        "desvelado", "desvelada", "slept", "wiped out", "😴", "dormido", "dormir",
    ),
    "people_places_things": (
        "people", "places", "things", "ex", "friends", "family", "party", "bar", "neighborhood",
        "personas", "lugares", "cosas", "amigos", "familia", "fiesta", "barrio", "ppt", "dealer",
        "pipe", "needle", "jeringa", "got paid", "me pagaron", "offering", "offered", "ofrecio",
        "buddies",
    ),
    "stress": (
        "stress", "stressed", "anxious", "anxiety", "worried", "overwhelmed", "pressure", "work",
        "job", "money", "bills", "rent", "court", "estres", "ansiedad", "trabajo", "dinero",
        "deudas", "renta", "presion", "preocupado", "preocupada", "agobiado", "agobiada",
        "estresado", "estresada", "estresadisimo", "estresadisima",
    ),
    "other": ("other", "something else", "bored", "boredom", "otra", "otra cosa", "aburrido",
              "aburrida", "sad", "depressed", "grief", "died", "birthday", "anniversary",
              "celebrating", "out of nowhere", "random craving", "pain", "tooth", "triste",
              "se murio", "me duele", "celebrar", "de la nada", "deprimido", "deprimida"),
}  # fmt: skip

SCORE = (
    Transition(
        "whats_up", guard="score_high", actions=(Record("checkin_score", {"score": "$score"}),)
    ),
    Transition(
        None, send=("checkin_low",), actions=(Record("checkin_score", {"score": "$score"}),)
    ),
)
MISSED = (
    Transition(
        None,
        guard="missed_too_many",
        actions=(
            Record("checkin_missed"),
            NotifyStaff("disengaged", vars={"missed": "$missed_alert_after"}),
        ),
    ),
    Transition(None, actions=(Record("checkin_missed"),)),
)
TRIGGER = Record("checkin_trigger", {"what": "$choice", "text": "$answer"})
TO_PLAN = (
    # They already asked for a call in this check-in (flows/commands.py): no offer of one.
    Transition(None, guard="call_asked", send=("coping_plan",), actions=(TRIGGER,)),
    Transition("offer_call", send=("coping_plan",), actions=(TRIGGER,)),
)

CHECKIN = Flow(
    name="checkin",
    start="ask",
    description="0-10 check-in; high scores get the coping plan and a call offer.",
    states={
        "ask": State(
            "ask",
            prompt="checkin_ask",
            expects="score",
            on={"score": SCORE},
            timeout=timedelta(hours=4),
            on_timeout=MISSED,
            unclear="checkin_unclear",
        ),
        "whats_up": State(
            "whats_up",
            prompt="checkin_whats_up",
            expects="choice",
            choices=HALT,
            on={"choice": TO_PLAN, "text": TO_PLAN},
            timeout=timedelta(hours=2),
            on_timeout=(
                Transition(None, guard="call_asked", send=("coping_plan",)),
                Transition("offer_call", send=("coping_plan",)),
            ),
        ),
        "offer_call": State(
            "offer_call",
            prompt="offer_call",
            expects="yes_no",
            on={
                "yes": Transition(None, send=("call_ack",), actions=(NotifyStaff("call_request"),)),
                "no": Transition(None, send=("take_care",)),
            },
            timeout=timedelta(hours=2),
            on_timeout=Transition(None),
            unclear=None,
        ),
    },
)
