"""DESIGN.md's dependency rules: import-linter contracts, plus the rules it cannot express."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["models", "sms", "flows", "workers", "console", "migrations"]
# Modules that define blueprints and may read flask.request (the fake Twilio is its own app).
BLUEPRINTS = {
    "sms/webhooks.py",
    "console/health.py",
    "console/calendar_feed.py",
    "console/api/base.py",  # the API's key check and error pages
    "console/web/access.py",  # the console's guard: sign-in, roles, CSRF
    "console/web/auth.py",  # the sign-in form
}


def test_import_linter_contracts_hold():
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and "KEPT" in result.stdout


def _uses(path: Path, module: str, name: str) -> bool:
    """True when the file imports `name` from `module`, imports `module.name`, or reads it."""
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module == module
            and any(alias.name == name for alias in node.names)
        ):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(f"{module}.{name}"):
            return True
        if isinstance(node, ast.Import) and any(
            a.name.startswith(f"{module}.{name}") for a in node.names
        ):
            return True
    return False


def _offenders(module: str, name: str, allowed: set[str], skip_fake: bool = False) -> list[str]:
    found = []
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            relative = str(path.relative_to(ROOT))
            if skip_fake and "fake_twilio" in path.parts:
                continue
            if relative not in allowed and _uses(path, module, name):
                found.append(relative)
    return found


def test_only_blueprints_touch_flask_request():
    # Every module of console/web is a page blueprint (console/web/__init__.py says how
    # pages are added); anywhere else, a module reading flask.request must be listed.
    pages = {str(p.relative_to(ROOT)) for p in (ROOT / "console" / "web").glob("*.py")}
    assert _offenders("flask", "request", BLUEPRINTS | pages, skip_fake=True) == []


def test_only_the_client_wrapper_imports_twilio_rest():
    assert _offenders("twilio", "rest", {"sms/client.py"}) == []


def test_the_checks_can_fail():
    assert _uses(ROOT / "sms/webhooks.py", "flask", "request")
    assert _uses(ROOT / "sms/client.py", "twilio", "rest")


def test_no_wall_clock_in_logic():
    offenders = []
    for package in ["models", "sms", "flows", "workers"]:
        for path in (ROOT / package).rglob("*.py"):
            if "fake_twilio" in path.parts:
                continue  # the fake stands in for Twilio's own clock
            source = path.read_text()
            if "datetime.now(" in source or "datetime.utcnow(" in source:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
