"""CSV import: all rows or none, each problem reported with its row number."""

from sqlalchemy import func, select

import console.cli_import  # noqa: F401 - registers `participants import`
from models import OutboundMessage, Participant

HEADER = "phone,name,language,timezone,program,counselor_phone\n"


def count(rt, model):
    with rt.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_good_file_enrolls_everyone_and_invites_them(runner, rt, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        HEADER
        + "".join(
            f"(500) 555-01{n:02d},Person {n},{'es' if n % 2 else 'en'},America/Chicago,,\n"
            for n in range(20)
        )
    )
    result = runner.invoke(args=["participants", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "imported 20 participant(s)" in result.output
    assert count(rt, Participant) == 20
    with rt.db.transaction() as s:
        kinds = s.scalars(select(OutboundMessage.kind)).all()
    assert kinds == ["invite"] * 20


def test_one_bad_row_imports_nothing_and_names_each_problem(runner, rt, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        HEADER + "+15005550101,Ana,en,,,\n"
        "not-a-phone,Ben,en,,,\n"
        "+15005550103,,fr,Mars/Base,Nope,+15005559999\n"
        "+15005550101,Ana again,en,,,\n"
    )
    result = runner.invoke(args=["participants", "import", str(path)])
    assert result.exit_code == 1
    for expected in (
        "row 3: phone 'not-a-phone' is not a phone number",
        "row 4: name is empty",
        "row 4: language 'fr'",
        "row 4: program 'Nope' does not exist",
        "row 4: counselor_phone",
        "row 5: phone '+15005550101' is already",
    ):
        assert expected in result.output
    assert "nothing was imported" in result.output
    assert count(rt, Participant) == 0 and count(rt, OutboundMessage) == 0


def test_missing_columns_is_one_line(runner, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("mobile,full_name\n+15005550101,Ana\n")
    result = runner.invoke(args=["participants", "import", str(path)])
    assert result.exit_code == 1 and "missing column(s) name, phone" in result.output
