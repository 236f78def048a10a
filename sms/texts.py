"""The texts Tether sends for the message path, in English and Spanish.

Every text starts with the program's neutral display name and is lock-screen
safe (tests check each one); none names what the program is for.
"""

from __future__ import annotations

TEMPLATES: dict[str, dict[str, str]] = {
    "help": {
        "en": "{name}: support texts between your group sessions. Msg frequency varies. "
        "Msg & data rates may apply. Reply STOP to opt out. Questions: {support_phone}. "
        "In crisis: call or text 988.",
        "es": "{name}: mensajes de apoyo entre sus sesiones de grupo. La frecuencia varía. "
        "Pueden aplicarse tarifas de mensajes y datos. Responda PARAR para no recibir más. "
        "Preguntas: {support_phone}. En crisis: llame o envíe un texto al 988.",
    },
    "opt_out_confirmation": {
        "en": "{name}: you are unsubscribed and will receive no more messages. "
        "Reply START to resume.",
        "es": "{name}: se ha dado de baja y no recibirá más mensajes. "
        "Responda COMENZAR para volver a recibirlos.",
    },
    "opt_in_confirmation": {
        "en": "{name}: you are subscribed again. Msg frequency varies. "
        "Msg & data rates may apply. Reply HELP for help, STOP to opt out.",
        "es": "{name}: está suscrito de nuevo. La frecuencia varía. Pueden aplicarse tarifas "
        "de mensajes y datos. Responda AYUDA para ayuda, PARAR para no recibir más.",
    },
    "unknown_sender": {
        "en": "{name}: this number is for enrolled participants. Text HELP for info. "
        "In crisis: call or text 988.",
        "es": "{name}: este número es para participantes inscritos. Envíe AYUDA para "
        "información. En crisis: llame o envíe un texto al 988.",
    },
}

LANGUAGES = ("en", "es")


def render(key: str, language: str, **values: str) -> str:
    """Fill template `key` in `language` (English when that language has none)."""
    variants = TEMPLATES[key]
    template = variants.get(language) or variants["en"]
    return template.format(**values)
