"""Alembic migrations and the `flask --app app db ...` commands that run them."""
