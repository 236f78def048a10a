"""Every text Tether sends, in English and Spanish.

Rules, each checked by tests/sms/test_texts.py for every template:
- lock-screen safe: nothing names what the program is for;
- at most two SMS segments once filled with long sample values. The Spanish
  avoids á, í, ó and ú (not in the GSM-7 alphabet, unlike é and ñ): one of
  them would switch the whole text to UCS-2 and halve what fits;
- texts that start a conversation begin with the program's neutral name.

An admin may replace the wording of a template per language in the console
(Text templates). render() then uses that override, read from a mapping in
this module that sms/text_overrides.py fills from the database (loaded in
each process on its first transaction, refreshed every 30 seconds), so no
text costs a query and the flows need nothing but this function. An override
that fails to render falls back to the shipped wording, with a warning.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

log = logging.getLogger(__name__)

T = dict[str, str]

COMPLIANCE: dict[str, T] = {
    "help": {
        "en": "{name}: support texts between your group sessions. Msg frequency varies. "
        "Msg & data rates may apply. Reply STOP to opt out. Questions: {support_phone}. "
        "In crisis: call or text 988.",
        "es": "{name}: mensajes de apoyo entre sus sesiones de grupo. La frecuencia varia. "
        "Pueden aplicarse tarifas de mensajes y datos. Responda PARAR para no recibir mas. "
        "Preguntas: {support_phone}. En crisis: llame o escriba al 988.",
    },
    "opt_out_confirmation": {
        "en": "{name}: you are unsubscribed and will receive no more messages. "
        "Reply START to resume.",
        "es": "{name}: se ha dado de baja y no recibira mas mensajes. "
        "Responda COMENZAR para volver a recibirlos.",
    },
    "opt_in_confirmation": {
        "en": "{name}: you are subscribed again. Msg frequency varies. "
        "Msg & data rates may apply. Reply HELP for help, STOP to opt out.",
        "es": "{name}: esta suscrito de nuevo. La frecuencia varia. Pueden aplicarse tarifas "
        "de mensajes y datos. Responda AYUDA para ayuda, PARAR para no recibir mas.",
    },
    "unknown_sender": {
        "en": "{name}: this number is for enrolled participants. Text HELP for info. "
        "In crisis: call or text 988.",
        "es": "{name}: este numero es para participantes inscritos. Escriba AYUDA para "
        "informacion. En crisis: llame o escriba al 988.",
    },
}

ENROLLMENT: dict[str, T] = {
    "invite": {
        "en": "{name}: hi {first_name}, your group invites you to get texts between sessions: "
        "reminders and short check-ins, about 1-2 msgs/day. Msg & data rates may apply. "
        "Reply YES to join, STOP to opt out, HELP for help. In crisis: call or text 988.",
        "es": "{name}: hola {first_name}, su grupo le invita a recibir mensajes entre sesiones: "
        "recordatorios y preguntas cortas, 1-2 al dia. Pueden aplicarse tarifas. "
        "Responda SI para unirse, PARAR para salir, AYUDA para ayuda. En crisis: 988.",
    },
    "invite_reminder": {
        "en": "{name}: reminder - reply YES to get texts between your group sessions, or STOP "
        "if you'd rather not. Msg & data rates may apply. HELP for help.",
        "es": "{name}: recordatorio - responda SI para recibir mensajes entre sus sesiones, o "
        "PARAR si prefiere no recibirlos. Pueden aplicarse tarifas. AYUDA para ayuda.",
    },
    "invite_unclear": {
        "en": "{name}: reply YES to get texts between sessions, or NO if you'd rather not.",
        "es": "{name}: responda SI para recibir mensajes entre sesiones, o NO si prefiere no.",
    },
    "welcome": {
        "en": "{name}: welcome, {first_name}! You'll get group reminders and short check-ins. "
        "Reply NEXT for your next group, CALL to ask for a call, STOP to opt out. "
        "In crisis: call or text 988.",
        "es": "{name}: bienvenido/a, {first_name}. Recibira recordatorios y preguntas cortas. "
        "Responda PROXIMA para su proxima sesion, LLAMAR para pedir una llamada, PARAR para "
        "salir. En crisis: 988.",
    },
    "declined": {
        "en": "{name}: no problem, we won't text you. If you change your mind, tell your "
        "counselor. In crisis: call or text 988.",
        "es": "{name}: de acuerdo, no le escribiremos. Si cambia de idea, digaselo a su "
        "consejero/a. En crisis: llame o escriba al 988.",
    },
}

REMINDER: dict[str, T] = {
    "reminder": {
        "en": "{name}: group {session_when}, {place}. Reply C to confirm, N if you can't make "
        "it, L if running late.",
        "es": "{name}: grupo {session_when}, {place}. Responda C para confirmar, N si no puede "
        "ir, T si llega tarde.",
    },
    "reminder_followup": {
        "en": "{name}: still on for group {session_when}? Reply C to confirm, N if you can't "
        "make it, L if late.",
        "es": "{name}: sigue en pie el grupo {session_when}? Responda C para confirmar, N si no "
        "puede ir, T si llega tarde.",
    },
    "reminder_unclear": {
        "en": "Reply C to confirm, N if you can't make it, or L if you're running late.",
        "es": "Responda C para confirmar, N si no puede ir, o T si llega tarde.",
    },
    "confirm_ack": {
        "en": "Thanks, {first_name}. See you {session_when}.",
        "es": "Gracias, {first_name}. Nos vemos {session_when}.",
    },
    "late_ack": {
        "en": "Thanks for the heads-up. Come when you can - we'll see you there.",
        "es": "Gracias por avisar. Venga cuando pueda, le esperamos.",
    },
    "decline_ask_reason": {
        "en": "Sorry you can't make it. Want to say why? Reply with a few words and I'll pass "
        "it to your counselor.",
        "es": "Siento que no pueda ir. Quiere decir por que? Responda en pocas palabras y se lo "
        "paso a su consejero/a.",
    },
    "decline_ack": {
        "en": "Thanks, I've let your counselor know. Take care.",
        "es": "Gracias, ya le avise a su consejero/a. Cuidese.",
    },
}

CHECKIN: dict[str, T] = {
    "optout_hint": {
        "en": "{name}: to stop all texts from us, reply STOP. You can call or text 988 any time.",
        "es": "{name}: para no recibir mas mensajes, responda PARAR. Puede llamar o escribir al 988"
        " a cualquier hora.",
    },
    "checkin_ask": {
        "en": "{name}: how are you doing today, 0-10? 0 = steady, 10 = really struggling.",
        "es": "{name}: como esta hoy, del 0 al 10? 0 = estable, 10 = muy dificil.",
    },
    "checkin_unclear": {
        "en": "Just a number from 0 to 10 is fine (0 = steady, 10 = really struggling).",
        "es": "Basta con un numero del 0 al 10 (0 = estable, 10 = muy dificil).",
    },
    "checkin_low": {
        "en": "Thanks for checking in, {first_name}. Keep it up.",
        "es": "Gracias por responder, {first_name}. Siga asi.",
    },
    "checkin_whats_up": {
        "en": "Thanks for telling me. What's going on? 1 Hungry 2 Angry 3 Lonely 4 Tired "
        "5 People, places or things 6 Stress 7 Something else",
        "es": "Gracias por decirmelo. Que pasa? 1 Hambre 2 Enojo 3 Soledad 4 Cansancio "
        "5 Personas, lugares o cosas 6 Estres 7 Otra cosa",
    },
    "coping_plan": {
        "en": "Your plan: {plan_reasons}. Try: {plan_steps}. {plan_supporter}",
        "es": "Su plan: {plan_reasons}. Pruebe: {plan_steps}. {plan_supporter}",
    },
    "coping_plan_missing": {
        "en": "Try a few slow breaths, a short walk, or a call to someone you trust.",
        "es": "Pruebe respirar despacio, caminar un poco o llamar a alguien de confianza.",
    },
    "offer_call": {
        "en": "Would a call from your counselor help? Reply YES or NO.",
        "es": "Le ayudaria una llamada de su consejero/a? Responda SI o NO.",
    },
    "call_ack": {
        "en": "OK, I've asked your counselor to call you. In crisis: call or text 988.",
        "es": "De acuerdo, le pedi a su consejero/a que le llame. En crisis: 988.",
    },
    # call_ack when the program's office is closed: the counselor sees it when it opens.
    "call_ack_later": {
        "en": "OK, I've asked your counselor to call you. The office opens {opens_when}; "
        "until then you can call or text 988 any time.",
        "es": "De acuerdo, le pedi a su consejero/a que le llame. La oficina abre {opens_when}; "
        "mientras tanto puede llamar o escribir al 988 a cualquier hora.",
    },
    "take_care": {
        "en": "OK. I'm here if you need me - reply CALL any time to ask for a call.",
        "es": "De acuerdo. Aqui estoy si me necesita: responda LLAMAR para pedir una llamada.",
    },
    "used_support": {
        "en": "Thank you for telling me - that takes courage. One hard day doesn't erase your "
        "progress. I've let your counselor know so they can check in.",
        "es": "Gracias por decirmelo, eso requiere valor. Un dia dificil no borra su progreso. "
        "Ya le avise a su consejero/a para que le contacte.",
    },
}

COMMANDS: dict[str, T] = {
    "next_session": {
        "en": "{name}: your next group is {session_when}, {place}.",
        "es": "{name}: su proxima sesion es {session_when}, {place}.",
    },
    "no_next_session": {
        "en": "{name}: no group is scheduled for you yet. Reply CALL to ask your counselor "
        "to call.",
        "es": "{name}: aun no tiene sesion programada. Responda LLAMAR para pedir una llamada.",
    },
    "call_request_ack": {
        "en": "{name}: OK, I've asked your counselor to call you. In crisis: call or text 988.",
        "es": "{name}: de acuerdo, le pedi a su consejero/a que le llame. En crisis: 988.",
    },
    "call_request_ack_later": {
        "en": "{name}: OK, I've asked your counselor to call you. The office opens "
        "{opens_when}; until then you can call or text 988 any time.",
        "es": "{name}: de acuerdo, le pedi a su consejero/a que le llame. La oficina abre "
        "{opens_when}; mientras tanto puede llamar o escribir al 988 a cualquier hora.",
    },
    "aftercare_closing": {
        "en": "{name}: this is the last planned text from us, {first_name}. We're glad you were "
        "part of the group. Reply CALL any time. In crisis: call or text 988.",
        "es": "{name}: este es el ultimo mensaje programado, {first_name}. Nos alegra que haya "
        "sido parte del grupo. Responda LLAMAR cuando quiera. En crisis: 988.",
    },
    "fallback_reminder": {
        "en": "{name}: sorry, I didn't get that. Group {session_when}: reply C to come, N if "
        "you can't, L if late, CALL for your counselor. In crisis: call or text 988.",
        "es": "{name}: perdone, no entendi. Grupo {session_when}: responda C si viene, N si no "
        "puede, T si llega tarde. LLAMAR para su consejero/a. En crisis: 988.",
    },
    "fallback": {
        "en": "{name}: sorry, I didn't get that. Reply NEXT for your next group, CALL for a "
        "call from your counselor, HELP for info. In crisis: call or text 988.",
        "es": "{name}: perdone, no entendi. Responda PROXIMA para su proxima sesion, LLAMAR "
        "para una llamada, AYUDA para informacion. En crisis: 988.",
    },
}

# Texts to staff phones: lock-screen safe too, and never carrying what the
# participant wrote (it may be anything); details are in the console.
STAFF: dict[str, T] = {
    "staff_notice": {
        "en": "{name}: {participant} {what}. Details in the console.",
        "es": "{name}: {participant} {what}. Detalles en la consola.",
    },
    "staff_line": {
        "en": "{name}: this is the staff line. Notices about participants arrive here; "
        "details are in the console.",
        "es": "{name}: esta es la linea del personal. Aqui llegan los avisos; los detalles "
        "estan en la consola.",
    },
}

# What a participant reads in a crisis. Short and warm; 988 and 911 in every one.
CRISIS: dict[str, T] = {
    "crisis_reply": {
        "en": "{name}: I'm really glad you reached out. You are not alone. If you are in danger "
        "now, call 911. You can call or text 988 any time, 24/7. I'm getting a counselor to "
        "contact you now.",
        "es": "{name}: me alegra mucho que nos escribiera. No esta solo/a. Si esta en peligro "
        "ahora, llame al 911. Puede llamar o escribir al 988 a cualquier hora (24/7, en "
        "espanol). Ya estoy avisando a un consejero/a.",
    },
    "crisis_reply_overdose": {
        "en": "{name}: call 911 now. If it's you, don't stay alone: tell someone near you and "
        "unlock the door. If it's someone else, give naloxone (Narcan) if you have it, support "
        "their breathing and stay with them until help arrives. 988 is there 24/7. A counselor "
        "is being contacted now.",
        "es": "{name}: llame al 911 ya. Si es usted, no se quede solo/a: avise a alguien cerca y "
        "abra la puerta. Si es otra persona, use naloxona (Narcan) si tiene, ayude a que respire "
        "y quedese con ella hasta que llegue ayuda. El 988 atiende 24/7. Ya avisamos a un "
        "consejero/a.",
    },
    "crisis_resend": {
        "en": "{name}: we are still trying to reach a counselor for you. Please call or text 988 "
        "now - they answer 24/7. If you are in danger, call 911.",
        "es": "{name}: seguimos intentando contactar a un consejero/a. Por favor llame o escriba "
        "al 988 ahora, atienden 24/7. Si esta en peligro, llame al 911.",
    },
    "crisis_followup": {
        "en": "{name}: thank you - this is passed on to the counselor who is contacting you. If "
        "you are in danger, call 911. You can call or text 988 any time, 24/7.",
        "es": "{name}: gracias, se lo pasamos al consejero/a que le va a contactar. Si esta en "
        "peligro, llame al 911. Puede llamar o escribir al 988 a cualquier hora, 24/7.",
    },
    "crisis_acked": {
        "en": "{name}: a counselor has your message and will contact you soon. If you are in "
        "danger, call 911. 988 is there 24/7.",
        "es": "{name}: un consejero/a recibio su mensaje y le contactara pronto. Si esta en "
        "peligro, llame al 911. El 988 atiende 24/7.",
    },
}

# Pages and answers to on-call staff (English). Lock-screen safe; the participant's
# words appear only where the program allows it ({quote} is empty otherwise).
PAGES: dict[str, T] = {
    "page": {
        "en": "{name}: URGENT - {who} {need} (texted {time}). Call: {callback}."
        "{problem}{quote} Reply ACK {code}",
    },
    "page_final": {
        "en": "{name}: URGENT - nobody has answered alert {code} for {who} (since {time}). "
        "Call: {callback}. They were re-sent 988. Reply ACK {code}",
    },
    "page_update": {
        "en": "{name}: URGENT - {who} texted again (alert {code}). Call: {callback}.{quote}",
    },
    "page_reply_failed": {
        "en": "{name}: URGENT - our text to {who} did not arrive ({problem}). Please call: "
        "{callback}. Alert {code}.",
    },
    "page_nudge": {
        "en": "{name}: alert {code} for {who} has been open since {time}. Please follow up and "
        "reply RESOLVE {code} <note>.",
    },
    "page_taken": {
        "en": "{name}: alert {code} for {who} was taken by {staff}. No action needed.",
    },
    "ack_done": {
        "en": "{name}: alert {code} is yours. Call {who}: {callback}. When done reply "
        "RESOLVE {code} <note>.",
    },
    "resolve_done": {
        "en": "{name}: alert {code} resolved. Thank you.",
    },
    "pass_done": {
        "en": "{name}: alert {code} passed to the next person.",
    },
    "command_unknown_code": {
        "en": "{name}: no open alert has code {code}. Reply LIST for open alerts.",
    },
    "command_not_allowed": {
        "en": "{name}: alert {code} belongs to another program. Reply LIST for yours.",
    },
    "command_help": {
        "en": "{name}: staff commands: ACK <code>, RESOLVE <code> <note>, PASS <code>, LIST.",
    },
    "command_list": {
        "en": "{name}: open alerts: {items}",
    },
    "command_list_empty": {
        "en": "{name}: no open alerts.",
    },
    "rota_gap": {
        "en": "{name}: nobody is on call for {program} from {time}. Please fix the on-call "
        "schedule.",
    },
}

# What each staff notice says happened, after the participant's label (staff_notice's
# {what}), as template NOTICE_PREFIX + kind: an admin may reword them like any text.
NOTICE_PREFIX = "notice_"
NOTICES: dict[str, T] = {
    "notice_call_request": {"en": "asked for a call"},
    "notice_support_call": {"en": "is having a hard time and asked for a call - please call today"},
    "notice_session_decline": {"en": "can't make group {session_when}"},
    "notice_session_after_all": {"en": "can make group {session_when} after all"},
    "notice_reported_use": {"en": "reported a hard day - please check in today"},
    "notice_checkin_high": {"en": "checked in high and may need support"},
    "notice_disengaged": {"en": "has missed {missed} check-ins in a row"},
    "notice_invite_expired": {"en": "did not answer the invitation; it has expired"},
    "notice_invite_declined": {"en": "declined the texts"},
}

TEMPLATES: dict[str, T] = {
    **COMPLIANCE,
    **ENROLLMENT,
    **REMINDER,
    **CHECKIN,
    **COMMANDS,
    **STAFF,
    **NOTICES,
    **CRISIS,
    **PAGES,
}


LANGUAGES = ("en", "es")


# Admin-edited wording by (key, language); replaced whole, never changed in place.
_overrides: Mapping[tuple[str, str], str] = {}


def set_overrides(mapping: Mapping[tuple[str, str], str]) -> None:
    """Use `mapping` ((key, language) -> wording) instead of the shipped wording from now on."""
    global _overrides
    _overrides = dict(mapping)


def text_language(key: str, language: str) -> str:
    """The language `key` is sent in to someone who reads `language` (English if it has none)."""
    return language if language in TEMPLATES[key] else "en"


def shipped_template(key: str, language: str) -> str:
    """The wording of `key` as shipped (English when that language has none)."""
    return TEMPLATES[key][text_language(key, language)]


def render(key: str, language: str, **values: object) -> str:
    """Fill template `key` in `language` (English when that language has none).

    An admin's override wins; if it cannot be filled, the shipped wording is
    sent instead, so a bad override never costs anyone a text (a crisis reply least).
    """
    language = text_language(key, language)
    # rstrip: an empty optional slot at the end (no supporter) leaves no dangling space.
    return _fill(key, language, values).rstrip()


def _fill(key: str, language: str, values: dict) -> str:
    override = _overrides.get((key, language))
    if override is not None:
        try:
            return override.format(**values)
        except Exception as exc:  # whatever went wrong, the shipped wording goes out
            # Never the wording or the values in the log: they may hold names and numbers.
            log.warning(
                "override of text %s/%s failed (%s); using the shipped wording",
                key,
                language,
                type(exc).__name__,
            )
    return TEMPLATES[key][language].format(**values)
