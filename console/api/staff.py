"""/api/v1/staff: staff members who receive notices by SMS."""

from __future__ import annotations

from flask.views import MethodView

from console.api.base import api_blueprint, documents
from console.api.schemas import StaffInSchema, StaffSchema
from flows.admin.staff import create_staff, list_staff, staff_view, update_staff
from runtime import current_runtime

blp = api_blueprint("staff", "Staff: counselors, supervisors and coordinators.")


@blp.route("/staff")
class Staff(MethodView):
    """The collection of staff members."""

    @documents(blp)
    @blp.response(200, StaffSchema(many=True))
    def get(self):
        """List staff members."""
        with current_runtime().db.transaction() as session:
            return list_staff(session)

    @documents(blp, 409, 422)
    @blp.arguments(StaffInSchema)
    @blp.response(201, StaffSchema)
    def post(self, values):
        """Add a staff member."""
        rt = current_runtime()
        with rt.db.transaction() as session:
            return staff_view(create_staff(session, values, rt.clock.now(), rt.config))


@blp.route("/staff/<int(min=1, max=2147483647):staff_id>", methods=["PATCH"])
@documents(blp, 404, 409, 422)
@blp.arguments(StaffInSchema(partial=True))
@blp.response(200, StaffSchema)
def patch_staff(changes, staff_id):
    """Change a staff member (`"active": false` stops their notices)."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        return staff_view(update_staff(session, staff_id, changes, rt.config))
