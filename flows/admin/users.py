"""Console accounts: create, list, change, set passwords, deactivate; and the audit log.

Shared by `flask --app app users ...` and the web console, so both check an
email, a role, a password, a phone and a program the same way. Passwords are
kept only as argon2id hashes (argon2-cffi's defaults: memory-hard, salted).
A counselor's account may be linked to the StaffMember carrying their phone
(created here when the number is new, or chosen from the staff list), so the
console knows whom pages reach. An admin may not demote or deactivate their
own account: the console would lock them out of the page that undoes it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from flows.admin import ConflictError, InvalidFieldError, NotFoundError
from flows.admin import checks as check
from models import AuditEvent, Program, StaffMember, User
from models.participant import STAFF_ROLES
from models.user import ADMIN, EMAIL_MAX, USER_ROLES

PASSWORD_MIN = 10
# argon2 hashes whatever it is given; a megabyte "password" would only cost us CPU.
PASSWORD_MAX = 256
DEMO_EMAIL = "admin@example.org"

HASHER = PasswordHasher()  # tests swap in cheaper parameters; hashes carry their own
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize_email(raw: str, field: str = "email") -> str:
    """The email as stored: trimmed and lowercased, so sign-in ignores case."""
    email = (raw or "").strip().lower()
    if len(email) > EMAIL_MAX or not _EMAIL.match(email):
        raise InvalidFieldError(field, f"{raw!r} is not an email address")
    return email


def check_password(password: str, field: str = "password") -> str:
    """Refuse passwords too short to resist guessing, or absurdly long."""
    if not isinstance(password, str) or len(password) < PASSWORD_MIN:
        raise InvalidFieldError(field, f"must be at least {PASSWORD_MIN} characters")
    if len(password) > PASSWORD_MAX:
        raise InvalidFieldError(field, f"must be at most {PASSWORD_MAX} characters")
    return password


def hash_password(password: str) -> str:
    """The argon2id hash stored for `password`."""
    return HASHER.hash(password)


def session_fingerprint(user: User) -> str:
    """A short digest of the password hash: sessions carry it, so a new password ends them."""
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def create_user(session: Session, values: dict, now: datetime, config: dict) -> User:
    """Add an active account from `values` (email, role, password; phone, program, name).

    The program is given by name (`program`) or id (`program_id`). With a
    phone, the account is linked to the staff member with that number, who
    is created (with the account's program) when the number is new; with
    `staff_id`, to that staff member from the staff list.
    """
    email = normalize_email(values.get("email", ""))
    role = check_role(values.get("role"))
    password = check_password(values.get("password"))
    if values.get("name") and not values.get("phone"):
        raise InvalidFieldError("name", "names the staff member created with a phone; add one")
    if values.get("phone") and values.get("staff_id") is not None:
        raise InvalidFieldError("phone", "choose a staff member or type a new number, not both")
    if find_user(session, email) is not None:
        raise ConflictError(f"email: an account for {email} exists")
    program_id = _program_of(session, values)
    user = User(email=email, role=role, password_hash=hash_password(password), created_at=now)
    member = None
    if values.get("phone"):
        member = _staff_for(session, values, role, program_id, now, config)
    elif values.get("staff_id") is not None:
        member = _listed_staff(session, values["staff_id"], program_id)
    if member is not None:
        user.staff_id = member.id
        program_id = program_id if program_id is not None else member.program_id
    user.program_id = program_id
    session.add(user)
    _flush(session, f"email: an account for {email} exists")
    return user


def check_role(role) -> str:
    """Refuse a role the console does not know."""
    if role not in USER_ROLES:
        raise InvalidFieldError("role", f"must be one of {', '.join(USER_ROLES)}")
    return role


def _program_of(session: Session, values: dict) -> int | None:
    if values.get("program_id") is not None:
        return program_by_id(session, values["program_id"])
    return program_by_name(session, values.get("program"))


def program_by_id(session: Session, program_id: int, field: str = "program") -> int:
    """`program_id` if such a program exists."""
    if session.get(Program, program_id) is None:
        raise InvalidFieldError(field, f"no program #{program_id}")
    return program_id


def program_by_name(session: Session, name: str | None, field: str = "program") -> int | None:
    """The id of the program called `name` (None when no name is given)."""
    if name is None:
        return None
    program_id = session.scalar(select(Program.id).where(Program.name == name.strip()))
    if program_id is None:
        raise InvalidFieldError(field, f"no program named {name!r}")
    return program_id


def _staff_for(session, values, role, program_id, now, config) -> StaffMember:
    """The staff member with the given phone, created if the number is new."""
    phone = check.phone(values["phone"], config["DEFAULT_REGION"])
    member = session.scalar(select(StaffMember).where(StaffMember.phone == phone))
    if member is None:
        name = (values.get("name") or values["email"].split("@")[0]).strip()[: check.NAME_MAX]
        member = StaffMember(
            name=name,
            phone=phone,
            # Admins get pages as plain staff: "supervisor" would add them to every final page.
            role=role if role in STAFF_ROLES else "staff",
            program_id=program_id,
            active=True,
            created_at=now,
        )
        session.add(member)
        _flush(session, "phone: this number is already a staff phone")
        return member
    if session.scalar(select(User.id).where(User.staff_id == member.id)) is not None:
        raise ConflictError("phone: this staff member already has an account")
    if program_id is not None and member.program_id not in (None, program_id):
        raise InvalidFieldError("program", "the staff member with this phone is in another program")
    return member


def _listed_staff(session: Session, staff_id: int, program_id: int | None) -> StaffMember:
    """The chosen staff member, if no account has them yet and their program fits."""
    member = session.get(StaffMember, staff_id)
    if member is None:
        raise InvalidFieldError("staff_id", f"no staff member #{staff_id}")
    if session.scalar(select(User.id).where(User.staff_id == member.id)) is not None:
        raise ConflictError("staff_id: this staff member already has an account")
    if program_id is not None and member.program_id not in (None, program_id):
        raise InvalidFieldError("program", "the chosen staff member is in another program")
    return member


def staff_without_account(session: Session) -> list[StaffMember]:
    """Active staff members no account is linked to yet (the ones a new account may claim)."""
    linked = select(User.staff_id).where(User.staff_id.is_not(None))
    query = select(StaffMember).where(StaffMember.active.is_(True), StaffMember.id.not_in(linked))
    return list(session.scalars(query.order_by(StaffMember.name, StaffMember.id)))


def find_user(session: Session, email: str) -> User | None:
    """The account with this email (any case), or None."""
    return session.scalar(select(User).where(User.email == (email or "").strip().lower()))


def get_user(session: Session, email: str) -> User:
    """The account with this email; NotFoundError if there is none."""
    user = find_user(session, email)
    if user is None:
        raise NotFoundError(f"no account for {email}")
    return user


def get_user_by_id(session: Session, user_id: int) -> User:
    """The account with this id; NotFoundError if there is none."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(f"no account #{user_id}")
    return user


def list_users(session: Session) -> list[User]:
    """Every account, oldest first, deactivated ones included."""
    return list(session.scalars(select(User).order_by(User.id)))


def set_password(session: Session, email: str, password: str) -> User:
    """Give an account a new password; its open sessions end on their next request."""
    user = get_user(session, email)
    user.password_hash = hash_password(check_password(password))
    return user


def generate_password() -> str:
    """A random password to hand over once (16 URL-safe characters, 96 bits)."""
    return secrets.token_urlsafe(12)


def update_user(
    session: Session, user_id: int, *, role: str, program_id: int | None, acting_user_id: int
) -> tuple[User, dict]:
    """Change an account's role and program; returns it and {field: [before, after]}.

    The changes apply from the account's next page: the console reloads
    the account on every request. An admin may not change their own role.
    """
    user = get_user_by_id(session, user_id)
    check_role(role)
    if user.id == acting_user_id and role != user.role:
        raise InvalidFieldError(
            "role", "you cannot change your own role; another admin can do it for you"
        )
    if program_id is not None:
        program_by_id(session, program_id)
    changes = {}
    if role != user.role:
        changes["role"] = [user.role, role]
        user.role = role
    if program_id != user.program_id:
        changes["program_id"] = [user.program_id, program_id]
        user.program_id = program_id
    return user, changes


def deactivate_user(session: Session, email: str, acting_user_id: int | None = None) -> User:
    """Refuse this account from now on, including sessions already signed in.

    `acting_user_id`: who asks (None on the command line); nobody may
    deactivate their own account.
    """
    user = get_user(session, email)
    if acting_user_id is not None and user.id == acting_user_id:
        raise ConflictError(
            "you cannot deactivate your own account; another admin can do it for you"
        )
    user.active = False
    return user


def reactivate_user(session: Session, email: str) -> User:
    """Let a deactivated account sign in again (with the password it had)."""
    user = get_user(session, email)
    user.active = True
    return user


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The account if `password` is its password (active or not), else None.

    An unknown email costs one argon2 verification too, so timing does not
    tell which emails have accounts. An outdated hash is upgraded in passing.
    """
    user = find_user(session, email)
    if not _verify(user.password_hash if user else _dummy_hash(), password or ""):
        return None
    if user is not None and HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


@cache
def _dummy_hash() -> str:
    """A hash to verify when the email is unknown (made on first use: hashing takes time)."""
    return PasswordHasher().hash(secrets.token_urlsafe(16))


def _verify(stored: str, password: str) -> bool:
    if len(password) > PASSWORD_MAX:
        return False
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def seed_demo(session: Session, now: datetime, config: dict) -> tuple[str, str] | None:
    """Create the demo admin with a random password when no account exists (development).

    Returns (email, password), or None when accounts exist already.
    """
    if config["TETHER_ENV"] != "development":
        raise ConflictError("the demo account is for development only (TETHER_ENV=development)")
    if session.scalar(select(func.count()).select_from(User)):
        return None
    password = generate_password()
    create_user(session, {"email": DEMO_EMAIL, "role": ADMIN, "password": password}, now, config)
    return DEMO_EMAIL, password


def record_event(
    session: Session,
    *,
    at: datetime,
    user_id: int | None,
    action: str,
    target_type: str | None = None,
    target_id: int | None = None,
    details: dict | None = None,
) -> AuditEvent:
    """Add one entry to the audit log (user_id None: done on the command line)."""
    event = AuditEvent(
        at=at,
        user_id=user_id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        details=details or {},
    )
    session.add(event)
    return event


def _flush(session: Session, message: str) -> None:
    # Two racing creations both pass the checks; the unique index settles it.
    try:
        session.flush()
    except IntegrityError:
        raise ConflictError(message) from None
