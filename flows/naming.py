"""The name a text to a participant starts with: their program's neutral display name.

Staff set it per program ("Name in texts": it shows on lock screens, so it
never says what the program is for); a number with no program (unknown, or
not yet assigned) gets the organization's PROGRAM_DISPLAY_NAME.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from models import Participant, Program


def sender_name(session: Session, participant: Participant | None, config: dict) -> str:
    """The display name to start a text to `participant` with."""
    if participant is not None and participant.program_id is not None:
        program = session.get(Program, participant.program_id)
        if program is not None and program.display_name:
            return program.display_name
    return config["PROGRAM_DISPLAY_NAME"]
