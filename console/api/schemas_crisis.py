"""The /api/v1 bodies of crisis work: escalations, disclosures, on-call schedules, policies.

Kept apart from schemas.py so neither grows unwieldy; the same rules hold:
requests are checked for shape here (a 422 naming the field before any
service runs), what needs the database (a staff id that must exist and be
reachable) is checked by flows.admin.oncall and .escalations, and response schemas
carry no validators. Component names must not clash with schemas.py's ("Schedule",
"Policy" are taken), hence the OnCall and Escalation prefixes.
"""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from console.api.schemas import ID_MAX, clock, integer, ref, text
from flows.admin import checks as limits
from flows.admin import escalations as esc_rules
from flows.admin import oncall as rules
from flows.oncall import TARGETS

# Requests -------------------------------------------------------------------


class EscalationQuerySchema(ma.Schema):
    """Filters for the escalation list."""

    status = fields.String(
        validate=validate.OneOf(esc_rules.STATUS_FILTERS),
        metadata={"description": "unresolved = open or acked; default: all, unresolved first."},
    )
    program_id = fields.Integer(validate=validate.Range(1, ID_MAX))  # not strict: a query string
    limit = fields.Integer(load_default=100, validate=validate.Range(1, esc_rules.ESCALATIONS_MAX))


class EscalationActionSchema(ma.Schema):
    """Who acknowledges or passes on the escalation."""

    staff_id = ref(required=True, metadata={"description": "An active staff member."})


class EscalationResolveSchema(EscalationActionSchema):
    """Who resolves the escalation, and what was done."""

    note = text(esc_rules.NOTE_MAX, 1, required=True, metadata={"example": "Called her; safe."})


class OnCallScheduleInSchema(ma.Schema):
    """An on-call rotation (PATCH takes any subset)."""

    program_id = ref(
        allow_none=True, metadata={"description": "null: the organization-wide schedule."}
    )
    role = fields.String(validate=validate.OneOf(rules.ROLES), metadata={"example": "primary"})
    timezone = text(limits.TIMEZONE_MAX, 1, required=True, metadata={"example": "America/New_York"})
    rotation = fields.List(
        ref(),
        required=True,
        validate=validate.Length(1, rules.ROTATION_MAX),
        metadata={"description": "Staff ids in turn order; each active, with a phone."},
    )
    starts_on = fields.Date(required=True, metadata={"description": "The first shift's day."})
    handoff_time = clock(
        metadata={"description": "Local HH:MM of each handoff.", "example": "09:00"}
    )
    shift_days = integer(rules.SHIFT_DAYS_MIN, rules.SHIFT_DAYS_MAX)


class OnCallOverrideInSchema(ma.Schema):
    """Someone covers the schedule for a while."""

    staff_id = ref(required=True)
    starts_at = fields.AwareDateTime(
        required=True, metadata={"example": "2026-11-27T17:00:00-05:00"}
    )
    ends_at = fields.AwareDateTime(required=True, metadata={"example": "2026-11-28T09:00:00-05:00"})


class OnCallNowQuerySchema(ma.Schema):
    """Whose cover to show: a program's, or the organization's (no program_id)."""

    program_id = fields.Integer(validate=validate.Range(1, ID_MAX))


class EscalationLevelInSchema(ma.Schema):
    """One level of the paging chain."""

    target = fields.String(required=True, validate=validate.OneOf(TARGETS))
    staff_ids = fields.List(
        ref(),
        validate=validate.Length(max=rules.STAFF_IDS_MAX),
        metadata={"description": 'Only for target "staff": who to page.'},
    )
    ack_minutes = integer(
        rules.ACK_MINUTES_MIN,
        rules.ACK_MINUTES_MAX,
        metadata={"description": "Minutes to acknowledge before the next level (default 5)."},
    )


class EscalationPolicyInSchema(ma.Schema):
    """The paging chain: its levels in order, and how many times it runs."""

    levels = fields.List(
        fields.Nested(EscalationLevelInSchema),
        required=True,
        validate=validate.Length(1, rules.LEVELS_MAX),
    )
    repeat = integer(rules.REPEAT_MIN, rules.REPEAT_MAX, metadata={"description": "Default 2."})


# Responses ------------------------------------------------------------------


class EscalationSchema(ma.Schema):
    """A crisis escalation; `who` names the person as pages do."""

    id = fields.Integer(required=True)
    code = fields.String(required=True, metadata={"description": "What staff text: ACK <code>."})
    status = fields.String(required=True, metadata={"description": "open, acked or resolved."})
    level = fields.Integer()
    round = fields.Integer()
    participant_id = fields.Integer(allow_none=True)
    program_id = fields.Integer(allow_none=True)
    who = fields.String()
    opened_at = fields.DateTime()
    acked_at = fields.DateTime(allow_none=True)
    acked_by_id = fields.Integer(allow_none=True)
    resolved_at = fields.DateTime(allow_none=True)
    resolved_by_id = fields.Integer(allow_none=True)
    resolution_note = fields.String(allow_none=True)
    exhausted_at = fields.DateTime(allow_none=True)
    reply_problem = fields.String(allow_none=True)
    overdose = fields.Boolean()
    rules = fields.List(fields.String())
    age_seconds = fields.Integer(metadata={"description": "Seconds since it was opened."})


class EscalationEventSchema(ma.Schema):
    """One step of an escalation's timeline; `text` is what the participant wrote."""

    at = fields.DateTime(required=True)
    kind = fields.String(required=True)
    staff_id = fields.Integer(allow_none=True)
    staff_name = fields.String(allow_none=True)
    inbound_id = fields.Integer(allow_none=True)
    outbound_id = fields.Integer(allow_none=True)
    text = fields.String(allow_none=True)
    details = fields.Dict(keys=fields.String(), values=fields.Raw())


class EscalationDetailSchema(EscalationSchema):
    """An escalation and its timeline, oldest step first."""

    timeline = fields.List(fields.Nested(EscalationEventSchema))


class DisclosureSchema(ma.Schema):
    """A participant's information reached someone: who, when, what, why."""

    id = fields.Integer(required=True)
    at = fields.DateTime(required=True)
    participant_id = fields.Integer(allow_none=True)
    recipient_staff_id = fields.Integer(allow_none=True)
    recipient = fields.String()
    channel = fields.String()
    purpose = fields.String()
    # "fields" would shadow Schema.fields, so the attribute has another name.
    fields_ = fields.List(fields.String(), attribute="fields", data_key="fields")
    outbound_id = fields.Integer(allow_none=True)
    escalation_id = fields.Integer(allow_none=True)


class OnCallOverrideSchema(ma.Schema):
    """An override of a schedule, in UTC."""

    id = fields.Integer(required=True)
    schedule_id = fields.Integer()
    staff_id = fields.Integer()
    staff_name = fields.String(allow_none=True)
    starts_at = fields.DateTime()
    ends_at = fields.DateTime()


class OnCallScheduleSchema(ma.Schema):
    """An on-call rotation, who covers it now, and its current and upcoming overrides."""

    id = fields.Integer(required=True)
    program_id = fields.Integer(allow_none=True)
    role = fields.String()
    timezone = fields.String()
    rotation = fields.List(fields.Integer())
    starts_on = fields.Date()
    handoff_time = fields.String()
    shift_days = fields.Integer()
    on_call_id = fields.Integer(allow_none=True)
    overrides = fields.List(fields.Nested(OnCallOverrideSchema))
    created_at = fields.DateTime()


class OnCallPersonSchema(ma.Schema):
    """Who covers a role now, and by which schedule."""

    staff_id = fields.Integer(required=True)
    name = fields.String()
    schedule_id = fields.Integer()


class OnCallNowSchema(ma.Schema):
    """Who is on call now, and the first moment in the next 48 hours nobody is (or null)."""

    program_id = fields.Integer(allow_none=True)
    at = fields.DateTime()
    primary = fields.Nested(OnCallPersonSchema, allow_none=True)
    backup = fields.Nested(OnCallPersonSchema, allow_none=True)
    gap_at = fields.DateTime(allow_none=True)


class EscalationLevelSchema(ma.Schema):
    """A level of the paging chain as stored."""

    target = fields.String(required=True)
    staff_ids = fields.List(fields.Integer())
    # Raw, not Integer or Float: shown as stored (5, not 5.0; 2.5, not 2).
    ack_minutes = fields.Raw(metadata={"type": "number"})


class EscalationPolicySchema(ma.Schema):
    """The paging chain that applies; `source` is program, default or builtin."""

    id = fields.Integer(allow_none=True)
    program_id = fields.Integer(allow_none=True)
    source = fields.String(metadata={"enum": ["program", "default", "builtin"]})
    levels = fields.List(fields.Nested(EscalationLevelSchema))
    repeat = fields.Integer()
    updated_at = fields.DateTime(allow_none=True)
