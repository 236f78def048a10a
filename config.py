"""Every setting Tether reads from the environment (and `.env`), with defaults.

Development fills safe local defaults: the embedded SQLite database, the local
fake Twilio and a generated secret kept under instance/. Production fills
nothing that matters: a missing required setting stops startup with one clear
error naming the variable.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import load_dotenv

ROOT = Path(__file__).resolve().parent
INSTANCE_DIR = ROOT / "instance"

# A fixed, obviously fake account for the local fake Twilio (the pattern Twilio requires).
DEV_ACCOUNT_SID = "AC" + "0" * 31 + "1"
DEV_AUTH_TOKEN = "dev-auth-token-not-secret"  # noqa: S105 - the fake Twilio's, public
DEV_FROM_NUMBER = "+15005550006"
DEV_SUPPORT_PHONE = "+15005550100"

REQUIRED_IN_PRODUCTION = (
    "SECRET_KEY",
    "PUBLIC_BASE_URL",
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "PROGRAM_DISPLAY_NAME",
    "SUPPORT_PHONE",
)

# Settings read as numbers, with their defaults (seconds unless named otherwise).
NUMERIC_DEFAULTS = {
    "TWILIO_TIMEOUT": 10.0,
    "DISPATCH_INTERVAL": 1.0,
    "OUTBOX_PENDING_DEADLINE": 60.0,
    "OUTBOX_SENDING_SETTLE": 120.0,
    "OUTBOX_MAX_ATTEMPTS": 8.0,
    "TIMER_ENQUEUED_DEADLINE": 120.0,
    "INBOUND_RETRY_AFTER": 60.0,
    "HEARTBEAT_STALE_AFTER": 30.0,
    "REMINDER_FOLLOWUPS": 1.0,  # follow-ups after an unanswered session reminder (0 for none)
    "MISSED_CHECKIN_ALERT": 3.0,  # missed check-ins in a row that alert staff
    "SCHEDULE_GRACE_MINUTES": 30.0,  # a reminder this late (after downtime) is skipped
    "CRISIS_SEND_TIMEOUT": 3.0,  # seconds the in-request crisis reply and first page may take
    "CRISIS_REPLY_INTERVAL": 10.0,  # minutes: at most one crisis reply per number in this time
    "CONSOLE_SESSION_MINUTES": 60.0,  # a console session idle this long must sign in again
}
# Settings that may be zero.
ZERO_ALLOWED = {"REMINDER_FOLLOWUPS"}


class ConfigError(RuntimeError):
    """A setting is missing or invalid; the message names the variable."""


def load_config(environ: dict[str, str] | None = None, read_dotenv: bool = True) -> dict:
    """Build the settings dict from `environ` (default: os.environ plus `.env`)."""
    if environ is None:
        if read_dotenv:
            load_dotenv(ROOT / ".env", override=False)
        environ = dict(os.environ)
    env = environ.get("TETHER_ENV", "development").strip().lower() or "development"
    if env not in ("development", "production"):
        raise ConfigError(f"TETHER_ENV must be 'development' or 'production', not {env!r}")
    if env == "production":
        _require(environ, REQUIRED_IN_PRODUCTION)
        if not (environ.get("TWILIO_FROM_NUMBER") or environ.get("TWILIO_MESSAGING_SERVICE_SID")):
            raise ConfigError(
                "TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID is required in production"
            )
    config = _base_settings(environ, env)
    config.update(_numeric_settings(environ))
    _validate(config)
    return config


def _require(environ: dict[str, str], names: tuple[str, ...]) -> None:
    for name in names:
        if not environ.get(name, "").strip():
            raise ConfigError(f"{name} is required when TETHER_ENV=production")


def _base_settings(environ: dict[str, str], env: str) -> dict:
    dev = env == "development"

    def get(name: str, dev_default: str | None = None) -> str | None:
        value = environ.get(name, "").strip()
        return value or (dev_default if dev else None)

    public = get("PUBLIC_BASE_URL", "http://127.0.0.1:5000")
    fake_port = int(get("FAKE_TWILIO_PORT") or 5001)
    return {
        "TETHER_ENV": env,
        "DATABASE_URL": get("DATABASE_URL") or _default_sqlite_url(),
        "REDIS_URL": get("REDIS_URL") or "redis://127.0.0.1:6379/0",
        "SECRET_KEY": get("SECRET_KEY") or (_dev_secret() if dev else None),
        "TWILIO_ACCOUNT_SID": get("TWILIO_ACCOUNT_SID", DEV_ACCOUNT_SID),
        "TWILIO_AUTH_TOKEN": get("TWILIO_AUTH_TOKEN", DEV_AUTH_TOKEN),
        "TWILIO_FROM_NUMBER": get("TWILIO_FROM_NUMBER")
        or (DEV_FROM_NUMBER if dev and not get("TWILIO_MESSAGING_SERVICE_SID") else None),
        "TWILIO_MESSAGING_SERVICE_SID": get("TWILIO_MESSAGING_SERVICE_SID"),
        # In development the fake Twilio, wherever FAKE_TWILIO_PORT puts it.
        "TWILIO_API_BASE_URL": get("TWILIO_API_BASE_URL", f"http://127.0.0.1:{fake_port}"),
        "PUBLIC_BASE_URL": public.rstrip("/") if public else None,
        "PROGRAM_DISPLAY_NAME": get("PROGRAM_DISPLAY_NAME", "Tether"),
        "SUPPORT_PHONE": get("SUPPORT_PHONE", DEV_SUPPORT_PHONE),
        "DEFAULT_REGION": get("DEFAULT_REGION") or "US",
        # Times in pages about numbers that belong to no program.
        "DEFAULT_TIMEZONE": get("DEFAULT_TIMEZONE") or "America/New_York",
        "FAKE_TWILIO_PORT": fake_port,
        "LOG_LEVEL": (get("LOG_LEVEL") or "INFO").upper(),
        # Scheduled sends per sender, in limits' notation ("1/second"); None: unpaced.
        "SCHEDULED_SEND_RATE": get("SCHEDULED_SEND_RATE"),
    }


def _numeric_settings(environ: dict[str, str]) -> dict:
    values = {}
    for name, default in NUMERIC_DEFAULTS.items():
        raw = environ.get(name, "").strip()
        try:
            values[name] = float(raw) if raw else default
        except ValueError:
            raise ConfigError(f"{name} must be a number, not {raw!r}") from None
        if values[name] < 0 or (values[name] == 0 and name not in ZERO_ALLOWED):
            raise ConfigError(f"{name} must be greater than zero")
    return values


def _validate(config: dict) -> None:
    try:
        ZoneInfo(config["DEFAULT_TIMEZONE"])
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"DEFAULT_TIMEZONE must be an IANA timezone, not {config['DEFAULT_TIMEZONE']!r}"
        ) from None
    sid = config["TWILIO_ACCOUNT_SID"]
    if not re.fullmatch(r"AC[0-9a-fA-F]{32}", sid or ""):
        raise ConfigError("TWILIO_ACCOUNT_SID must look like AC followed by 32 hex digits")
    service = config["TWILIO_MESSAGING_SERVICE_SID"]
    if service and not re.fullmatch(r"MG[0-9a-fA-F]{32}", service):
        raise ConfigError(
            "TWILIO_MESSAGING_SERVICE_SID must look like MG followed by 32 hex digits"
        )
    for name in ("PUBLIC_BASE_URL", "TWILIO_API_BASE_URL"):
        url = config[name]
        if url and not re.match(r"https?://", url):
            raise ConfigError(f"{name} must start with http:// or https://")
    # Imported here so config.py stays importable before the packages exist.
    from sms.lockscreen import lock_screen_violations

    if lock_screen_violations(config["PROGRAM_DISPLAY_NAME"]):
        raise ConfigError(
            "PROGRAM_DISPLAY_NAME must be neutral: it appears on lock screens "
            "(no words about addiction, treatment, drugs or alcohol)"
        )
    _validate_rate(config["SCHEDULED_SEND_RATE"])


def _validate_rate(rate: str | None) -> None:
    from sms.pacing import parse_rate  # limits' notation, read where the pacer reads it

    if not rate:
        return
    try:
        parse_rate(rate)
    except ValueError:
        raise ConfigError(
            f"SCHEDULED_SEND_RATE must be one rate like 1/second or 30/minute, not {rate!r}"
        ) from None


def _default_sqlite_url() -> str:
    INSTANCE_DIR.mkdir(exist_ok=True)
    return f"sqlite:///{INSTANCE_DIR / 'tether.db'}"


def _dev_secret() -> str:
    """A random secret kept under instance/ so sessions survive restarts."""
    INSTANCE_DIR.mkdir(exist_ok=True)
    path = INSTANCE_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()
