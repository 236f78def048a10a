"""/api/v1/participants: enroll and change participants, see their schedule and texts."""

from __future__ import annotations

from flask.views import MethodView
from marshmallow import RAISE

from console.api.base import api_blueprint, documents
from console.api.schemas import (
    MessageSchema,
    MessagesQuerySchema,
    ParticipantInSchema,
    ParticipantQuerySchema,
    ParticipantSchema,
    ScheduleQuerySchema,
    ScheduleSchema,
)
from flows.admin.participants import (
    conversation,
    create_participant,
    get_participant,
    list_participants,
    participant_view,
    schedule_preview,
    update_participant,
)
from runtime import current_runtime

blp = api_blueprint("participants", "Participants: enrollment, plans, schedules, texts.")
ID = "<int(min=1, max=2147483647):participant_id>"
# webargs ignores unknown query parameters by default; a typo ("?day=") should not pass silently.


@blp.route("/participants")
class Participants(MethodView):
    """The collection of participants."""

    @documents(blp, 422)
    @blp.arguments(ParticipantQuerySchema, location="query", unknown=RAISE)
    @blp.response(200, ParticipantSchema(many=True))
    def get(self, query):
        """List participants (of one program with `?program_id=`)."""
        with current_runtime().db.transaction() as session:
            return list_participants(session, query.get("program_id"))

    @documents(blp, 409, 422)
    @blp.arguments(ParticipantInSchema)
    @blp.response(201, ParticipantSchema)
    def post(self, values):
        """Enroll a participant: texts the invitation (nothing else until they say YES)."""
        rt = current_runtime()
        with rt.db.transaction() as session:
            p = create_participant(session, values, rt.clock.now(), rt.config)
            return participant_view(session, p)


@blp.route(f"/participants/{ID}")
class ParticipantById(MethodView):
    """One participant."""

    @documents(blp, 404)
    @blp.response(200, ParticipantSchema)
    def get(self, participant_id):
        """Show a participant."""
        with current_runtime().db.transaction() as session:
            return participant_view(session, get_participant(session, participant_id))

    @documents(blp, 404, 422)
    @blp.arguments(ParticipantInSchema(partial=True, exclude=("phone",)))
    @blp.response(200, ParticipantSchema)
    def patch(self, changes, participant_id):
        """Change a participant; program, zone, overrides, pause and discharge re-plan them."""
        rt = current_runtime()
        with rt.db.transaction() as session:
            p, _ = update_participant(session, participant_id, changes, rt.clock.now(), rt.config)
            return participant_view(session, p)


@blp.route(f"/participants/{ID}/schedule", methods=["GET"])
@documents(blp, 404, 422)
@blp.arguments(ScheduleQuerySchema, location="query", unknown=RAISE)
@blp.response(200, ScheduleSchema)
def schedule(query, participant_id):
    """The reminders and check-ins planned for a window of the participant's local days."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        return schedule_preview(
            session, participant_id, query.get("start"), query["days"], rt.clock.now()
        )


@blp.route(f"/participants/{ID}/messages", methods=["GET"])
@documents(blp, 404, 422)
@blp.arguments(MessagesQuerySchema, location="query", unknown=RAISE)
@blp.response(200, MessageSchema(many=True))
def messages(query, participant_id):
    """The latest texts both ways, oldest first, with each outbound text's status."""
    with current_runtime().db.transaction() as session:
        return conversation(session, participant_id, query["limit"])
