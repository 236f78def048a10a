"""The /api/v1 request and response bodies (marshmallow), which the OpenAPI document describes.

Requests are checked for shape here (types, lengths, ranges, patterns), so a
bad body is a 422 naming the field before any service runs; what depends on
other values or on the database (a rule in its zone, a window's order, an id
that must exist) is checked by flows.admin. JSON types are strict: "5" is not
a number and 1 is not true. Response schemas carry no validators: they
describe what is stored.
"""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from flows.admin import checks as limits
from flows.admin.participants import PREFERRED_NAME_MAX
from models.participant import STAFF_ROLES
from sms.outbox import MAX_BODY

ID_MAX = 2**31 - 1  # the database's integer ids
LOCAL_DATETIME = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$"


def _no_nul(value: str) -> None:
    # PostgreSQL cannot store NUL characters; refuse them as input, not as a 500.
    if "\x00" in value:
        raise ma.ValidationError("must not contain NUL characters")


def text(max_length: int, min_length: int = 0, **kwargs) -> fields.String:
    """A string field with length limits (and no NUL characters)."""
    checks = [validate.Length(min=min_length, max=max_length), _no_nul]
    return fields.String(validate=checks, **kwargs)


def integer(low: int, high: int, **kwargs) -> fields.Integer:
    """A JSON integer in [low, high]."""
    return fields.Integer(strict=True, validate=validate.Range(low, high), **kwargs)


def ref(**kwargs) -> fields.Integer:
    """The id of another row."""
    return integer(1, ID_MAX, **kwargs)


def clock(**kwargs) -> fields.String:
    """A time of day, "HH:MM"."""
    return fields.String(validate=validate.Regexp(limits.CLOCK_PATTERN), **kwargs)


class StrictBoolean(fields.Boolean):
    """true or false only (marshmallow's own also takes 1, "yes", "on" ...)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


# Requests -------------------------------------------------------------------


class BusinessHoursSchema(ma.Schema):
    """When staff answer: weekdays (0 = Monday) and hours."""

    days = fields.List(integer(0, 6), required=True, validate=validate.Length(max=7))
    start = clock(required=True)
    end = clock(required=True)


class PolicySchema(ma.Schema):
    """Reminder and check-in policy keys (a participant's overrides of the program's)."""

    reminder_offsets_minutes = fields.List(
        integer(0, limits.OFFSET_MAX_MINUTES),
        validate=validate.Length(max=limits.OFFSETS_MAX),
        metadata={"description": "Minutes before each session, e.g. [1440, 120]."},
    )
    checkin_rule = text(
        limits.RULE_MAX,
        1,
        allow_none=True,
        metadata={"description": "RRULE in the participant's zone, or null for none."},
    )
    checkins_on_session_days = StrictBoolean()
    window_start = clock(metadata={"description": "Sending window start, HH:MM local."})
    window_end = clock(metadata={"description": "Sending window end, HH:MM local."})


class ProgramInSchema(PolicySchema):
    """A program as staff set it up (PATCH takes any subset)."""

    name = text(limits.NAME_MAX, 1, required=True)
    display_name = text(
        limits.DISPLAY_NAME_MAX,
        1,
        required=True,
        metadata={"description": "Neutral sender name shown in texts (lock-screen safe)."},
    )
    timezone = text(limits.TIMEZONE_MAX, 1, required=True, metadata={"example": "America/New_York"})
    location = text(limits.LOCATION_MAX)
    session_rules = fields.List(
        text(limits.RULE_MAX, 1),
        validate=validate.Length(max=limits.OFFSETS_MAX),
        metadata={"example": ["FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0"]},
    )
    session_minutes = integer(limits.SESSION_MINUTES_MIN, limits.SESSION_MINUTES_MAX)
    start_date = fields.Date(required=True)
    end_date = fields.Date(allow_none=True)
    cancelled_dates = fields.List(fields.Date(), validate=validate.Length(max=limits.LIST_MAX))
    extra_sessions = fields.List(
        fields.String(validate=validate.Regexp(LOCAL_DATETIME)),
        validate=validate.Length(max=limits.LIST_MAX),
        metadata={"description": "Local wall times in the program's zone, YYYY-MM-DDTHH:MM."},
    )
    business_hours = fields.Nested(BusinessHoursSchema)
    aftercare_weeks = integer(0, limits.AFTERCARE_WEEKS_MAX)
    aftercare_checkin_rule = text(limits.RULE_MAX, 1, allow_none=True)
    page_includes_text = StrictBoolean(
        metadata={"description": "Crisis pages quote the participant's words (default false)."}
    )
    tell_participant_on_ack = StrictBoolean(
        metadata={"description": "On ACK, text the participant that a counselor has it."}
    )


class PlanInSchema(ma.Schema):
    """The coping plan texted back on a hard check-in (give any subset to change it)."""

    reasons = text(limits.PLAN_TEXT_MAX, allow_none=True)
    steps = fields.List(
        text(limits.STEP_MAX, 1),
        validate=validate.Length(min=limits.STEPS_MIN, max=limits.STEPS_MAX),
    )
    supporter_name = text(limits.NAME_MAX, allow_none=True)
    supporter_phone = text(32, allow_none=True)
    threshold = integer(limits.THRESHOLD_MIN, limits.THRESHOLD_MAX)


class ParticipantInSchema(ma.Schema):
    """A participant to enroll (PATCH takes any subset but the phone)."""

    phone = text(32, 1, required=True, metadata={"description": "Any format; stored E.164."})
    name = text(limits.NAME_MAX, 1, required=True)
    preferred_name = text(
        PREFERRED_NAME_MAX,
        allow_none=True,
        metadata={"description": "What they like to be called; crisis pages use it."},
    )
    language = fields.String(validate=validate.OneOf(limits.LANGUAGES))
    timezone = text(limits.TIMEZONE_MAX, 1)
    program_id = ref(allow_none=True)
    counselor_id = ref(allow_none=True)
    policy_overrides = fields.Nested(PolicySchema)
    plan = fields.Nested(PlanInSchema)
    paused_from = fields.Date(allow_none=True)
    paused_until = fields.Date(allow_none=True)
    discharged_on = fields.Date(allow_none=True)


class StaffInSchema(ma.Schema):
    """A staff member (PATCH takes any subset)."""

    name = text(limits.NAME_MAX, 1, required=True)
    phone = text(32, 1, required=True)
    role = fields.String(required=True, validate=validate.OneOf(STAFF_ROLES))
    program_id = ref(
        allow_none=True,
        metadata={"description": "The program they look after; null: every program."},
    )
    active = StrictBoolean()


class BroadcastInSchema(ma.Schema):
    """A one-off text to a program's participants."""

    body = text(MAX_BODY, 1, required=True, metadata={"example": "No group today - see you Thu"})


class ParticipantQuerySchema(ma.Schema):
    """Filters for the participant list."""

    program_id = fields.Integer(validate=validate.Range(1, ID_MAX))


class ScheduleQuerySchema(ma.Schema):
    """The window of a schedule preview, in the participant's local days."""

    start = fields.Date(metadata={"description": "First local day; default today."})
    days = fields.Integer(load_default=14, validate=validate.Range(1, 90))


class MessagesQuerySchema(ma.Schema):
    """How many of the latest texts to show."""

    limit = fields.Integer(load_default=100, validate=validate.Range(1, 500))


# Responses ------------------------------------------------------------------


class BusinessHoursOutSchema(ma.Schema):
    """When staff answer."""

    days = fields.List(fields.Integer())
    start = fields.String()
    end = fields.String()


class PolicyOutSchema(ma.Schema):
    """Policy keys as stored."""

    reminder_offsets_minutes = fields.List(fields.Integer())
    checkin_rule = fields.String(allow_none=True)
    checkins_on_session_days = fields.Boolean()
    window_start = fields.String()
    window_end = fields.String()


class ProgramSchema(PolicyOutSchema):
    """A program."""

    id = fields.Integer(required=True)
    name = fields.String(required=True)
    display_name = fields.String(required=True)
    timezone = fields.String(required=True)
    location = fields.String(allow_none=True)
    session_rules = fields.List(fields.String())
    session_minutes = fields.Integer()
    start_date = fields.Date()
    end_date = fields.Date(allow_none=True)
    cancelled_dates = fields.List(fields.Date())
    extra_sessions = fields.List(fields.String())
    business_hours = fields.Nested(BusinessHoursOutSchema)
    aftercare_weeks = fields.Integer()
    aftercare_checkin_rule = fields.String(allow_none=True)
    page_includes_text = fields.Boolean()
    tell_participant_on_ack = fields.Boolean()
    created_at = fields.DateTime()
    updated_at = fields.DateTime()


class PlanSchema(ma.Schema):
    """A coping plan."""

    reasons = fields.String(allow_none=True)
    steps = fields.List(fields.String())
    supporter_name = fields.String(allow_none=True)
    supporter_phone = fields.String(allow_none=True)
    threshold = fields.Integer()


class ParticipantSchema(ma.Schema):
    """A participant; `status` is invited, active, declined or expired."""

    id = fields.Integer(required=True)
    name = fields.String(required=True)
    preferred_name = fields.String(allow_none=True)
    phone = fields.String(required=True)
    language = fields.String()
    timezone = fields.String()
    status = fields.String()
    opted_out = fields.Boolean()
    program_id = fields.Integer(allow_none=True)
    counselor_id = fields.Integer(allow_none=True)
    policy_overrides = fields.Nested(PolicyOutSchema)
    plan = fields.Nested(PlanSchema)
    paused_from = fields.Date(allow_none=True)
    paused_until = fields.Date(allow_none=True)
    discharged_on = fields.Date(allow_none=True)
    created_at = fields.DateTime()
    consent_at = fields.DateTime(allow_none=True)
    planned_until = fields.DateTime(allow_none=True)


class StaffSchema(ma.Schema):
    """A staff member."""

    id = fields.Integer(required=True)
    name = fields.String(required=True)
    phone = fields.String(required=True)
    role = fields.String()
    program_id = fields.Integer(allow_none=True)
    active = fields.Boolean()
    created_at = fields.DateTime()


class BroadcastSchema(ma.Schema):
    """A broadcast as queued: the text as sent (with the sender name) and how many got it."""

    id = fields.Integer(required=True)
    program_id = fields.Integer()
    body = fields.String()
    recipients = fields.Integer()
    created_at = fields.DateTime()


class PlannedSchema(ma.Schema):
    """One planned text: a reminder (with its session), a check-in, or aftercare's closing."""

    flow = fields.String(required=True)
    key = fields.String(required=True)
    due_utc = fields.DateTime(required=True)
    due_local = fields.DateTime(required=True, metadata={"description": "Participant's zone."})
    session_at_utc = fields.DateTime(allow_none=True)
    session_at_local = fields.DateTime(allow_none=True)
    paused = fields.Boolean(metadata={"description": "Falls in a pause: will not be sent."})


class ScheduleSchema(ma.Schema):
    """A participant's plan for a window of local days."""

    participant_id = fields.Integer()
    program_id = fields.Integer(allow_none=True)
    timezone = fields.String()
    start = fields.Date()
    days = fields.Integer()
    from_utc = fields.DateTime()
    until_utc = fields.DateTime()
    items = fields.List(fields.Nested(PlannedSchema))


class MessageSchema(ma.Schema):
    """One text of the conversation; outbound ones carry their delivery status."""

    id = fields.Integer(required=True)
    direction = fields.String(required=True, validate=validate.OneOf(["in", "out"]))
    at = fields.DateTime(required=True)
    body = fields.String()
    status = fields.String(allow_none=True)
    kind = fields.String(allow_none=True)
