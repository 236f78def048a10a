"""Flow definitions: data only (states, prompts, replies, timeouts), one module per flow."""

from flows.definitions.checkin import CHECKIN
from flows.definitions.enrollment import ENROLLMENT
from flows.definitions.reminder import REMINDER

FLOWS = {flow.name: flow for flow in (ENROLLMENT, REMINDER, CHECKIN)}

__all__ = ["FLOWS"]
