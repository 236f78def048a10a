"""/api/v1/escalations: crisis alerts, their timelines, ACK/PASS/RESOLVE; disclosure logs.

Acting here is the same as texting ACK, PASS or RESOLVE from a staff phone
(flows.staff_commands.act), recorded on the timeline as done "via api".
"""

from __future__ import annotations

from marshmallow import RAISE

from console.api.base import api_blueprint, documents, error_response
from console.api.schemas_crisis import (
    DisclosureSchema,
    EscalationActionSchema,
    EscalationDetailSchema,
    EscalationQuerySchema,
    EscalationResolveSchema,
    EscalationSchema,
)
from flows.admin.escalations import (
    NotAllowedError,
    act_on_escalation,
    disclosures,
    escalation_detail,
    list_escalations,
)
from flows.staff_commands import ACK, PASS, RESOLVE
from runtime import current_runtime

blp = api_blueprint("escalations", "Crisis escalations: timelines, ACK, PASS, RESOLVE.")
ID = "<int(min=1, max=2147483647):escalation_id>"


@blp.errorhandler(NotAllowedError)
def not_allowed(exc: NotAllowedError):
    """Staff of another program who were not paged may not take or close the alert."""
    return error_response(403, str(exc))


@blp.route("/escalations", methods=["GET"])
@documents(blp, 422)
@blp.arguments(EscalationQuerySchema, location="query", unknown=RAISE)
@blp.response(200, EscalationSchema(many=True))
def escalations(query):
    """List escalations: unresolved first, newest first (filter by status or program)."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        return list_escalations(
            session, rt.clock.now(), query.get("status"), query.get("program_id"), query["limit"]
        )


@blp.route(f"/escalations/{ID}", methods=["GET"])
@documents(blp, 404)
@blp.response(200, EscalationDetailSchema)
def escalation(escalation_id):
    """Show an escalation with its timeline (pages, replies, ACK, the texts received)."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        return escalation_detail(session, escalation_id, rt.clock.now())


@blp.route(f"/escalations/{ID}/ack", methods=["POST"])
@documents(blp, 403, 404, 409, 422)
@blp.arguments(EscalationActionSchema)
@blp.response(200, EscalationDetailSchema)
def ack(values, escalation_id):
    """Take the alert: paging stops; the participant and the others paged are told."""
    return _act(escalation_id, values["staff_id"], ACK, "")


@blp.route(f"/escalations/{ID}/pass", methods=["POST"])
@documents(blp, 403, 404, 409, 422)
@blp.arguments(EscalationActionSchema)
@blp.response(200, EscalationDetailSchema)
def pass_on(values, escalation_id):
    """Cannot take it: page the next level now (only while nobody has acknowledged it)."""
    return _act(escalation_id, values["staff_id"], PASS, "")


@blp.route(f"/escalations/{ID}/resolve", methods=["POST"])
@documents(blp, 403, 404, 409, 422)
@blp.arguments(EscalationResolveSchema)
@blp.response(200, EscalationDetailSchema)
def resolve(values, escalation_id):
    """Close the alert with a note of what was done; scheduled texts resume."""
    return _act(escalation_id, values["staff_id"], RESOLVE, values["note"])


@blp.route("/participants/<int(min=1, max=2147483647):participant_id>/disclosures")
@documents(blp, 404)
@blp.response(200, DisclosureSchema(many=True))
def participant_disclosures(participant_id):
    """Who received the participant's information, when, what and why (newest first)."""
    with current_runtime().db.transaction() as session:
        return disclosures(session, participant_id)


def _act(escalation_id: int, staff_id: int, verb: str, note: str) -> dict:
    rt = current_runtime()
    with rt.db.transaction() as session:
        return act_on_escalation(
            session, escalation_id, staff_id, verb, note, rt.clock.now(), rt.config
        )
