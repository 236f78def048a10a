"""Enrollment & consent: one invitation with the disclosures; only YES activates.

No reply in 72 h brings one reminder; 72 h more and the invitation expires
and staff are told. Nothing else is sent before consent.
"""

from datetime import timedelta

from flows.engine import Flow, NotifyStaff, Record, State, Transition

WAIT = timedelta(hours=72)

CONSENT = Transition(
    None, send=("welcome",), actions=(Record("consent", {"reply": "$last_reply"}),)
)
DECLINE = Transition(
    None,
    send=("declined",),
    actions=(Record("decline"), NotifyStaff("invite_declined")),
)

ENROLLMENT = Flow(
    name="enrollment",
    start="invited",
    description="Invitation with disclosures; YES gives consent, NO declines.",
    states={
        "invited": State(
            "invited",
            prompt="invite",
            expects="yes_no",
            on={"yes": CONSENT, "no": DECLINE},
            timeout=WAIT,
            on_timeout=Transition("reminded"),
            unclear="invite_unclear",
        ),
        "reminded": State(
            "reminded",
            prompt="invite_reminder",
            expects="yes_no",
            on={"yes": CONSENT, "no": DECLINE},
            timeout=WAIT,
            on_timeout=Transition(
                None, actions=(Record("invite_expired"), NotifyStaff("invite_expired"))
            ),
            unclear="invite_unclear",
        ),
    },
)
