"""Twilio's opt-out handling: which whole-message keywords block or unblock a number.

Twilio matches the whole message, trimmed and ignoring case. The Spanish
stop words are not Twilio defaults: Tether's deployment adds them as
Advanced Opt-Out keywords, so the fake honours them too. This list is kept
apart from sms/keywords.py on purpose: it models Twilio, not Tether.
"""

from __future__ import annotations

OPT_OUT = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "OPT OUT"}
    | {"PARAR", "ALTO", "BAJA", "CANCELAR"}
)
OPT_IN = frozenset({"START", "UNSTOP", "YES", "COMENZAR", "SI", "SÍ"})
HELP = frozenset({"HELP", "INFO", "AYUDA"})


def opt_out_type(body: str) -> str | None:
    """'STOP', 'START' or 'HELP' when the whole message is such a keyword, else None."""
    word = " ".join((body or "").split()).upper()
    if word in OPT_OUT:
        return "STOP"
    if word in OPT_IN:
        return "START"
    if word in HELP:
        return "HELP"
    return None
