"""The pure flow engine: advance(flow, state, context, event, now) -> Step.

A flow is data (see flows/definitions/): states with the prompt sent on
entering, the replies each understands, a timeout and where it leads. The
engine never sends or stores anything; it returns actions that the runner
(flows/runner.py) carries out in one transaction - goflow's rule. It uses
the standard library only, so it can be tested table-driven without a
database.

A small table of our own rather than python-statemachine or transitions:
those model one object's fixed machine, while Tether needs many flows as
data, replies parsed by intent, per-state timeouts that become database
timers, and a pure function that returns actions instead of calling back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from flows import parsing

# ---- events -----------------------------------------------------------------


@dataclass(frozen=True)
class Inbound:
    """A text from the participant."""

    text: str


@dataclass(frozen=True)
class TimerFired:
    """The current state's wait ran out."""

    kind: str = "timeout"


@dataclass(frozen=True)
class Start:
    """Begin `flow` with these variables (a reminder's session, say).

    `state` enters a later state directly (a craving text skips the check-in's
    0-10 question: the participant has already said how they are).
    """

    flow: str
    vars: Mapping[str, Any] = field(default_factory=dict)
    state: str | None = None


Event = Inbound | TimerFired | Start

# ---- actions ----------------------------------------------------------------


@dataclass(frozen=True)
class Send:
    """Text the participant template `template`, filled from the context and `vars`."""

    template: str
    vars: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ScheduleTimer:
    """Fire TimerFired(kind) at `at` unless the series is cancelled first."""

    kind: str
    at: datetime
    series: str = "wait"


@dataclass(frozen=True)
class CancelTimers:
    """Make every pending timer of this series stale."""

    series: str = "wait"


@dataclass(frozen=True)
class NotifyStaff:
    """Tell the participant's counselor (or all staff); `urgent` skips business hours."""

    kind: str
    urgent: bool = False
    vars: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OpenEscalation:
    """Start the on-call escalation chain (crisis issue)."""

    level: str
    reason: str = ""


@dataclass(frozen=True)
class SetField:
    """Change a participant field the runner allows flows to set."""

    name: str
    value: Any


@dataclass(frozen=True)
class Record:
    """Store an outcome (a check-in score, a session confirmation) for reports."""

    kind: str
    data: Mapping[str, Any] = field(default_factory=dict)


Action = Send | ScheduleTimer | CancelTimers | NotifyStaff | OpenEscalation | SetField | Record

# ---- definitions ------------------------------------------------------------


@dataclass(frozen=True)
class Transition:
    """Where a reply or timeout leads: actions, then the next state (None ends the flow).

    `guard` names a condition on the context (GUARDS); the first transition
    whose guard holds is taken. `send` templates go out before the next
    state's prompt.
    """

    to: str | None
    send: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    guard: str | None = None
    count: tuple[str, ...] = ()  # context counters to increment (e.g. follow-ups sent)


@dataclass(frozen=True)
class State:
    """One step of a flow.

    `expects` names the parser of replies: "yes_no", "attendance", "score",
    "choice" (with `choices`), "text" (anything), or "reason" (anything, except
    a clear "I can come after all", read as "confirm" or "late"). `on` maps the parser's
    intents to transitions; "*" catches any other understood reply.
    """

    name: str
    prompt: str | None = None
    expects: str | None = None
    on: Mapping[str, Transition | tuple[Transition, ...]] = field(default_factory=dict)
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    timeout: timedelta | None = None
    timeout_var: str | None = None  # a context key holding the timeout in minutes
    on_timeout: Transition | tuple[Transition, ...] | None = None
    unclear: str | None = None  # template that re-asks when a reply is not understood


@dataclass(frozen=True)
class Flow:
    """A named set of states with a start state."""

    name: str
    start: str
    states: Mapping[str, State]
    description: str = ""

    def state(self, name: str) -> State:
        """The state called `name`."""
        return self.states[name]


# ---- guards -----------------------------------------------------------------


def _score_high(ctx: Mapping[str, Any]) -> bool:
    return int(ctx.get("score", 0)) >= int(ctx.get("threshold", 7))


def _followup_allowed(ctx: Mapping[str, Any]) -> bool:
    return int(ctx.get("followups_sent", 0)) < int(ctx.get("max_followups", 1))


def _missed_too_many(ctx: Mapping[str, Any]) -> bool:
    return int(ctx.get("missed_checkins", 0)) + 1 >= int(ctx.get("missed_alert_after", 3))


def _call_asked(ctx: Mapping[str, Any]) -> bool:
    return bool(ctx.get("call_asked"))


GUARDS: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "call_asked": _call_asked,
    "score_high": _score_high,
    "followup_allowed": _followup_allowed,
    "missed_too_many": _missed_too_many,
    "always": lambda _ctx: True,
}

# ---- the engine -------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """What advance() decided: the new state (None: flow over), context and actions.

    `understood` is False when an inbound text meant nothing to this state,
    so the router can try the next step (the fallback).
    """

    state: str | None
    context: dict[str, Any]
    actions: tuple[Action, ...]
    understood: bool = True


def advance(
    flow: Flow, state: str | None, context: Mapping[str, Any], event: Event, now: datetime
) -> Step:
    """Advance `flow` from `state` by `event` at `now`; pure."""
    ctx = dict(context)
    if isinstance(event, Start):
        ctx.update(event.vars)
        return _enter(flow, event.state or flow.start, ctx, now, ())
    if state is None:
        return Step(None, ctx, (), understood=False)
    current = flow.state(state)
    if isinstance(event, TimerFired):
        if current.on_timeout is None:
            return _finish(ctx, ())
        return _take(flow, current.on_timeout, ctx, now)
    return _reply(flow, current, ctx, event.text, now)


def _reply(flow: Flow, current: State, ctx: dict, text: str, now: datetime) -> Step:
    intent, value = interpret(current, text)
    transition = None
    if intent is not None:
        transition = current.on.get(intent) or current.on.get("*")
    if transition is None:
        return _unclear(current, ctx)
    ctx["last_reply"] = text
    if value is not None:
        ctx[_value_key(current)] = value
    ctx.pop("unclear_count", None)
    return _take(flow, transition, ctx, now)


def interpret(state: State, text: str) -> tuple[str | None, Any]:
    """The intent of `text` for `state` and any value it carries (a score, a choice)."""
    kind = state.expects
    if kind == "yes_no":
        return parsing.parse_yes_no(text), None
    if kind == "attendance":
        return parsing.parse_attendance(text), None
    if kind == "score":
        score = parsing.parse_score(text)
        return ("score", score) if score is not None else (None, None)
    if kind == "choice":
        choice = parsing.parse_choice(text, dict(state.choices))
        return ("choice", choice) if choice is not None else _free_text(text)
    if kind == "text":
        return _free_text(text)
    if kind == "reason":
        # Asked why they can't come, some answer that they can after all.
        change = parsing.parse_attendance_change(text)
        return (change, None) if change in (parsing.CONFIRM, parsing.LATE) else _free_text(text)
    return None, None


def _free_text(text: str) -> tuple[str | None, Any]:
    """Any non-blank reply, as the "text" intent carrying the reply itself."""
    return ("text", text.strip()) if text.strip() else (None, None)


def _value_key(state: State) -> str:
    return {"score": "score", "choice": "choice", "text": "answer", "reason": "answer"}.get(
        state.expects or "", "value"
    )


def _unclear(current: State, ctx: dict) -> Step:
    """Re-ask once; after that, let the router's fallback answer."""
    count = int(ctx.get("unclear_count", 0))
    if current.unclear is None or count >= 1:
        return Step(current.name, ctx, (), understood=False)
    ctx["unclear_count"] = count + 1
    return Step(current.name, ctx, (Send(current.unclear),))


def _take(flow: Flow, options, ctx: dict, now: datetime) -> Step:
    transition = _choose(options, ctx)
    actions: list[Action] = [_resolve(a, ctx) for a in transition.actions]
    actions += [Send(t) for t in transition.send]
    ctx = _apply_context_effects(ctx, transition)
    if transition.to is None:
        return _finish(ctx, tuple(actions))
    return _enter(flow, transition.to, ctx, now, tuple(actions))


def _choose(options, ctx: Mapping[str, Any]) -> Transition:
    candidates = options if isinstance(options, tuple) else (options,)
    for transition in candidates:
        if transition.guard is None or GUARDS[transition.guard](ctx):
            return transition
    raise ValueError(f"no transition's guard holds among {candidates!r}")


def _resolve(action: Action, ctx: Mapping[str, Any]) -> Action:
    """Fill `$name` placeholders in an action's data from the context."""
    if isinstance(action, Record):
        return replace(action, data=_fill(action.data, ctx))
    if isinstance(action, NotifyStaff):
        return replace(action, vars=_fill(action.vars, ctx))
    if isinstance(action, SetField) and isinstance(action.value, str):
        return replace(action, value=_fill({"v": action.value}, ctx)["v"])
    return action


def _fill(data: Mapping[str, Any], ctx: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: ctx.get(v[1:]) if isinstance(v, str) and v.startswith("$") else v
        for k, v in data.items()
    }


def _apply_context_effects(ctx: dict, transition: Transition) -> dict:
    for counter in transition.count:
        ctx[counter] = int(ctx.get(counter, 0)) + 1
    return ctx


def _enter(flow: Flow, name: str, ctx: dict, now: datetime, actions: tuple[Action, ...]) -> Step:
    state = flow.state(name)
    entered: list[Action] = list(actions)
    if state.prompt:
        entered.append(Send(state.prompt))
    entered.append(CancelTimers("wait"))
    wait = _timeout(state, ctx)
    if wait is not None:
        entered.append(ScheduleTimer("timeout", now + wait))
    return Step(name, ctx, tuple(entered))


def _timeout(state: State, ctx: Mapping[str, Any]) -> timedelta | None:
    if state.timeout_var and ctx.get(state.timeout_var) is not None:
        return timedelta(minutes=float(ctx[state.timeout_var]))
    return state.timeout


def _finish(ctx: dict, actions: tuple[Action, ...]) -> Step:
    for transient in ("unclear_count", "followups_sent"):
        ctx.pop(transient, None)
    return Step(None, ctx, (*actions, CancelTimers("wait")))
