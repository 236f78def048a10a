"""Session reminder replies: C confirms, N asks why and tells the counselor, L acknowledges.

No reply brings at most `max_followups` follow-ups (default 1), each after
`followup_after_minutes` (default 120).
"""

from datetime import timedelta

from flows.engine import Flow, NotifyStaff, Record, State, Transition

ANSWERS = {
    "confirm": Transition(
        None,
        send=("confirm_ack",),
        actions=(Record("attendance", {"response": "confirm", "session_at": "$session_at"}),),
    ),
    "late": Transition(
        None,
        send=("late_ack",),
        actions=(Record("attendance", {"response": "late", "session_at": "$session_at"}),),
    ),
    "decline": Transition(
        "ask_reason",
        actions=(Record("attendance", {"response": "decline", "session_at": "$session_at"}),),
    ),
}
NO_REPLY = (
    Transition("followup", guard="followup_allowed", count=("followups_sent",)),
    Transition(
        None, actions=(Record("attendance", {"response": "no_reply", "session_at": "$session_at"}),)
    ),
)
TELL_COUNSELOR = NotifyStaff(
    "session_decline",
    vars={"session_when": "$session_when", "session_at": "$session_at", "reason": "$answer"},
)

REMINDER = Flow(
    name="reminder",
    start="sent",
    description="A session reminder waiting for C (confirm), N (can't make it) or L (late).",
    states={
        "sent": State(
            "sent",
            prompt="reminder",
            expects="attendance",
            on=ANSWERS,
            timeout=timedelta(minutes=120),
            timeout_var="followup_after_minutes",
            on_timeout=NO_REPLY,
            unclear="reminder_unclear",
        ),
        "followup": State(
            "followup",
            prompt="reminder_followup",
            expects="attendance",
            on=ANSWERS,
            timeout=timedelta(minutes=120),
            timeout_var="followup_after_minutes",
            on_timeout=NO_REPLY,
            unclear="reminder_unclear",
        ),
        "ask_reason": State(
            "ask_reason",
            prompt="decline_ask_reason",
            expects="reason",
            # "Actually I can come" is not a reason: the counselor has not been told yet,
            # so it simply becomes the answer.
            on={
                "text": Transition(None, send=("decline_ack",), actions=(TELL_COUNSELOR,)),
                "confirm": ANSWERS["confirm"],
                "late": ANSWERS["late"],
            },
            timeout=timedelta(hours=2),
            on_timeout=Transition(None, actions=(TELL_COUNSELOR,)),
        ),
    },
)
