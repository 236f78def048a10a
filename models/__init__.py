"""SQLAlchemy models of Tether (SQLAlchemy only: no Flask, no rq, no Twilio)."""

from models.apikey import ApiKey
from models.base import Base, UTCDateTime
from models.contact import Contact
from models.escalation import (
    Disclosure,
    Escalation,
    EscalationEvent,
    EscalationPolicy,
    OnCallOverride,
    OnCallSchedule,
)
from models.heartbeat import Heartbeat
from models.message import InboundMessage, OutboundMessage
from models.participant import (
    Conversation,
    Outcome,
    Participant,
    StaffMember,
    StaffNotification,
)
from models.program import Broadcast, Program
from models.text_override import TextOverride
from models.timer import Timer, TimerSeries
from models.user import AuditEvent, SignInFailure, User

__all__ = [
    "ApiKey",
    "AuditEvent",
    "Base",
    "Broadcast",
    "Contact",
    "Conversation",
    "Disclosure",
    "Escalation",
    "EscalationEvent",
    "EscalationPolicy",
    "Heartbeat",
    "InboundMessage",
    "OnCallOverride",
    "OnCallSchedule",
    "OutboundMessage",
    "Outcome",
    "Participant",
    "Program",
    "SignInFailure",
    "StaffMember",
    "StaffNotification",
    "TextOverride",
    "Timer",
    "TimerSeries",
    "UTCDateTime",
    "User",
]
