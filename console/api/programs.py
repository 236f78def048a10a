"""/api/v1/programs: programs, and broadcasts to their participants."""

from __future__ import annotations

from flask.views import MethodView

from console.api.base import api_blueprint, documents
from console.api.schemas import (
    BroadcastInSchema,
    BroadcastSchema,
    ProgramInSchema,
    ProgramSchema,
)
from flows.admin.broadcasts import broadcast_view, send_broadcast
from flows.admin.programs import (
    create_program,
    delete_program,
    get_program,
    list_programs,
    program_view,
    update_program,
)
from runtime import current_runtime

blp = api_blueprint("programs", "Programs: group schedules, reminder policy, broadcasts.")
ID = "<int(min=1, max=2147483647):program_id>"


@blp.route("/programs")
class Programs(MethodView):
    """The collection of programs."""

    @documents(blp)
    @blp.response(200, ProgramSchema(many=True))
    def get(self):
        """List programs."""
        with current_runtime().db.transaction() as session:
            return list_programs(session)

    @documents(blp, 409, 422)
    @blp.arguments(ProgramInSchema)
    @blp.response(201, ProgramSchema)
    def post(self, values):
        """Create a program."""
        rt = current_runtime()
        with rt.db.transaction() as session:
            return program_view(create_program(session, values, rt.clock.now()))


@blp.route(f"/programs/{ID}")
class ProgramById(MethodView):
    """One program."""

    @documents(blp, 404)
    @blp.response(200, ProgramSchema)
    def get(self, program_id):
        """Show a program."""
        with current_runtime().db.transaction() as session:
            return program_view(get_program(session, program_id))

    @documents(blp, 404, 409, 422)
    @blp.arguments(ProgramInSchema(partial=True))
    @blp.response(200, ProgramSchema)
    def patch(self, changes, program_id):
        """Change a program; every participant in it is re-planned."""
        rt = current_runtime()
        with rt.db.transaction() as session:
            update_program(session, program_id, changes, rt.clock.now())
            return program_view(get_program(session, program_id))

    @documents(blp, 404, 409)
    @blp.response(204)
    def delete(self, program_id):
        """Delete a program that has no participants (409 otherwise)."""
        with current_runtime().db.transaction() as session:
            delete_program(session, program_id)


@blp.route(f"/programs/{ID}/broadcast", methods=["POST"])
@documents(blp, 404, 422)
@blp.arguments(BroadcastInSchema)
@blp.response(201, BroadcastSchema)
def broadcast(values, program_id):
    """Text every active, subscribed, unpaused participant of the program (queued now)."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        return broadcast_view(send_broadcast(session, program_id, values["body"], rt.clock.now()))
