"""A console page whose author forgot @requires: the guard must refuse it to everyone."""

from flask import Blueprint

bp = Blueprint("undeclared", __name__)


@bp.get("/undeclared")
def index():
    """Would show something nobody was cleared to see."""
    return "secret"
