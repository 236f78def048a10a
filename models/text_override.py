"""An admin's wording for one shipped text template in one language.

sms/texts.py ships every text Tether sends; an admin may replace the wording
of one (key, language) in the console. The row holds only the new wording:
the shipped text stays in code, so deleting the row goes back to it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class TextOverride(Base):
    """The wording sent instead of the shipped template `key` in `language`."""

    __tablename__ = "text_overrides"
    __table_args__ = (UniqueConstraint("key", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40))  # a key of sms.texts.TEMPLATES
    language: Mapped[str] = mapped_column(String(8))  # "en", "es"
    body: Mapped[str] = mapped_column(Text)  # with {placeholders}, as the template has them
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The console account that saved it (None if that account is gone).
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
