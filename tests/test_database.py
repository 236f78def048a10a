"""The engine's driver settings: psycopg caches the conversion of long statements."""

from __future__ import annotations

from psycopg import _queries
from sqlalchemy import text

from database import make_engine


def test_a_long_statement_is_converted_once_then_taken_from_psycopgs_cache(postgresql_url):
    # A chunk of reminders is written with multi-row statements of hundreds of
    # parameters; psycopg used to convert each again on every chunk.
    engine = make_engine(postgresql_url)
    names = [f"p{i}" for i in range(300)]
    statement = text("SELECT " + " + ".join(f"CAST(:{name} AS integer)" for name in names))
    params = {name: 1 for name in names}
    try:
        with engine.connect() as connection:
            assert connection.execute(statement, params).scalar_one() == 300
            before = _queries._query2pg.cache_info()
            assert connection.execute(statement, params).scalar_one() == 300
            after = _queries._query2pg.cache_info()
    finally:
        engine.dispose()
    assert after.hits == before.hits + 1
    assert after.misses == before.misses
