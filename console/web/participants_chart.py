"""The check-in trend on a participant's page: their 0-10 scores as an inline SVG.

Drawn on the server (coordinates here, markup in participants/_chart.html):
no chart library, nothing for the Content-Security-Policy to allow, and the
same picture with scripts off. A score at or above the participant's
threshold is when the check-in sends their coping plan, so that line is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Outcome

WIDTH, HEIGHT = 340, 180  # small: the side column scales it up, a phone down
LEFT, RIGHT, TOP, BOTTOM = 24, 8, 14, 22
SCORE_MAX = 10
WINDOW = timedelta(days=90)
POINTS_MAX = 200


@dataclass(frozen=True)
class Point:
    """One check-in answer, placed on the chart."""

    x: float
    y: float
    score: int
    at: datetime  # in the participant's zone
    high: bool


def checkin_scores(
    session: Session, participant_id: int, now: datetime
) -> list[tuple[datetime, int]]:
    """The participant's check-in scores of the last WINDOW (at most POINTS_MAX), oldest first."""
    rows = session.execute(
        select(Outcome.at, Outcome.data)
        .where(
            Outcome.participant_id == participant_id,
            Outcome.kind == "checkin_score",
            Outcome.at >= now - WINDOW,
            Outcome.at <= now,
        )
        .order_by(Outcome.at.desc(), Outcome.id.desc())
        .limit(POINTS_MAX)
    )
    scores = [(at, score) for at, data in rows if (score := _score(data)) is not None]
    return scores[::-1]


def _score(data) -> int | None:
    # The flow records what the parser read; anything else is not drawn rather than guessed.
    try:
        value = int((data or {}).get("score"))
    except (TypeError, ValueError):
        return None
    return value if 0 <= value <= SCORE_MAX else None


def trend(scores: list[tuple[datetime, int]], threshold: int, timezone: str) -> dict | None:
    """Everything the template draws, or None when there is nothing to draw."""
    if not scores:
        return None
    zone = ZoneInfo(timezone)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    first, last = scores[0][0], scores[-1][0]
    span = (last - first).total_seconds()

    def x_of(at: datetime) -> float:
        share = (at - first).total_seconds() / span if span else 0.5
        return round(LEFT + plot_w * share, 1)

    def y_of(score: float) -> float:
        return round(TOP + plot_h * (1 - score / SCORE_MAX), 1)

    points = [
        Point(x_of(at), y_of(score), score, at.astimezone(zone), score >= threshold)
        for at, score in scores
    ]
    labels = [(points[0].x, _day(points[0].at), "start")]
    if span:
        labels.append((points[-1].x, _day(points[-1].at), "end"))
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "bottom": HEIGHT - BOTTOM,
        "points": points,
        "line": " ".join(f"{p.x},{p.y}" for p in points),
        "grid": [(y_of(value), value) for value in (0, 5, 10)],
        "threshold": {"y": y_of(threshold), "value": threshold},
        "x_labels": labels,
        "summary": _summary(points, threshold),
    }


def _day(at: datetime) -> str:
    return at.strftime("%b %-d")


def _summary(points: list[Point], threshold: int) -> str:
    """What the chart shows, in words (its accessible description)."""
    count = len(points)
    average = sum(p.score for p in points) / count
    high = sum(p.high for p in points)
    span = (
        f"on {_day(points[0].at)}"
        if count == 1
        else f"from {_day(points[0].at)} to {_day(points[-1].at)}"
    )
    return (
        f"{count} check-in{'s' if count != 1 else ''} {span}: latest {points[-1].score}, "
        f"average {average:.1f}; {high} at or above the threshold of {threshold}."
    )
