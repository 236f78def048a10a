"""/api/v1/oncall and escalation policies: who is paged for a crisis, in what order, how fast."""

from __future__ import annotations

from flask.views import MethodView
from marshmallow import RAISE

from console.api.base import api_blueprint, documents
from console.api.schemas_crisis import (
    EscalationPolicyInSchema,
    EscalationPolicySchema,
    OnCallNowQuerySchema,
    OnCallNowSchema,
    OnCallOverrideInSchema,
    OnCallOverrideSchema,
    OnCallScheduleInSchema,
    OnCallScheduleSchema,
)
from flows.admin.oncall import (
    add_override,
    create_schedule,
    delete_override,
    delete_schedule,
    get_policy,
    get_schedule,
    list_policies,
    list_schedules,
    on_call_now,
    override_view,
    put_policy,
    schedule_view,
    update_schedule,
)
from runtime import current_runtime

blp = api_blueprint("oncall", "On call: rotations, overrides, escalation policies.")
INT = "int(min=1, max=2147483647)"


@blp.route("/oncall/schedules")
class Schedules(MethodView):
    """The collection of on-call schedules."""

    @documents(blp)
    @blp.response(200, OnCallScheduleSchema(many=True))
    def get(self):
        """List on-call schedules, each with who covers it now and its upcoming overrides."""
        rt = current_runtime()
        with rt.db.transaction() as session:
            return list_schedules(session, rt.clock.now())

    @documents(blp, 422)
    @blp.arguments(OnCallScheduleInSchema)
    @blp.response(201, OnCallScheduleSchema)
    def post(self, values):
        """Add a rotation (a program's, or the organization-wide one with no program_id)."""
        rt = current_runtime()
        at = rt.clock.now()
        with rt.db.transaction() as session:
            return schedule_view(session, create_schedule(session, values, at), at)


@blp.route(f"/oncall/schedules/<{INT}:schedule_id>")
class ScheduleById(MethodView):
    """One on-call schedule."""

    @documents(blp, 404)
    @blp.response(200, OnCallScheduleSchema)
    def get(self, schedule_id):
        """Show a schedule."""
        rt = current_runtime()
        with rt.db.transaction() as session:
            return schedule_view(session, get_schedule(session, schedule_id), rt.clock.now())

    @documents(blp, 404, 422)
    @blp.arguments(OnCallScheduleInSchema(partial=True))
    @blp.response(200, OnCallScheduleSchema)
    def patch(self, changes, schedule_id):
        """Change a schedule."""
        rt = current_runtime()
        with rt.db.transaction() as session:
            schedule = update_schedule(session, schedule_id, changes)
            return schedule_view(session, schedule, rt.clock.now())

    @documents(blp, 404)
    @blp.response(204)
    def delete(self, schedule_id):
        """Delete a schedule and its overrides."""
        with current_runtime().db.transaction() as session:
            delete_schedule(session, schedule_id)


@blp.route(f"/oncall/schedules/<{INT}:schedule_id>/overrides", methods=["POST"])
@documents(blp, 404, 422)
@blp.arguments(OnCallOverrideInSchema)
@blp.response(201, OnCallOverrideSchema)
def post_override(values, schedule_id):
    """Let someone cover the schedule for a while (a swap, a sick day); wins over the rotation."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        return override_view(session, add_override(session, schedule_id, values, rt.clock.now()))


@blp.route(
    f"/oncall/schedules/<{INT}:schedule_id>/overrides/<{INT}:override_id>", methods=["DELETE"]
)
@documents(blp, 404)
@blp.response(204)
def remove_override(schedule_id, override_id):
    """Remove an override (the rotation covers that time again)."""
    with current_runtime().db.transaction() as session:
        delete_override(session, schedule_id, override_id)


@blp.route("/oncall/now", methods=["GET"])
@documents(blp, 422)
@blp.arguments(OnCallNowQuerySchema, location="query", unknown=RAISE)
@blp.response(200, OnCallNowSchema)
def oncall_now(query):
    """Who is on call now (primary, backup) and the first gap in cover in the next 48 hours."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        return on_call_now(session, query.get("program_id"), rt.clock.now())


@blp.route("/escalation-policies", methods=["GET"])
@documents(blp)
@blp.response(200, EscalationPolicySchema(many=True))
def policies():
    """List the stored policies: the organization default first, then programs' own."""
    with current_runtime().db.transaction() as session:
        return list_policies(session)


@blp.route("/escalation-policies/default")
class DefaultPolicy(MethodView):
    """The organization-wide policy (for unknown numbers and programs without their own)."""

    @documents(blp)
    @blp.response(200, EscalationPolicySchema)
    def get(self):
        """Show the organization-wide policy (the built-in chain when none is stored)."""
        with current_runtime().db.transaction() as session:
            return get_policy(session, None)

    @documents(blp, 409, 422)
    @blp.arguments(EscalationPolicyInSchema)
    @blp.response(200, EscalationPolicySchema)
    def put(self, values):
        """Set the organization-wide policy."""
        rt = current_runtime()
        with rt.db.transaction() as session:
            return put_policy(session, None, values, rt.clock.now())


@blp.route(f"/programs/<{INT}:program_id>/escalation-policy")
class ProgramPolicy(MethodView):
    """A program's policy."""

    @documents(blp, 404)
    @blp.response(200, EscalationPolicySchema)
    def get(self, program_id):
        """Show the policy that applies to the program (its own, else the default's)."""
        with current_runtime().db.transaction() as session:
            return get_policy(session, program_id)

    @documents(blp, 404, 409, 422)
    @blp.arguments(EscalationPolicyInSchema)
    @blp.response(200, EscalationPolicySchema)
    def put(self, values, program_id):
        """Set the program's own policy."""
        rt = current_runtime()
        with rt.db.transaction() as session:
            return put_policy(session, program_id, values, rt.clock.now())
