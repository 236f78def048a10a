"""flow_svg and `flows diagram`: each flow draws as valid SVG with all its states and replies."""

import xml.etree.ElementTree as ET
from collections import Counter
from datetime import timedelta
from itertools import combinations

import pytest
from click.testing import CliRunner

from console.cli_flows import flows_group
from flows.definitions import FLOWS
from flows.diagram import flow_svg
from flows.engine import Flow, State, Transition

SVG = "{http://www.w3.org/2000/svg}"


def texts(root, klass=None):
    return [
        "".join(el.itertext())
        for el in root.iter(f"{SVG}text")
        if klass is None or el.get("class") == klass
    ]


def intents(flow):
    """Every label a transition of `flow` gets: its reply intents, and "timeout"."""
    found = set()
    for state in flow.states.values():
        found.update(state.on)
        if state.on_timeout is not None:
            found.add("timeout")
    return found


def expected_edges(flow):
    """(from, to) of every transition, tuples expanded; the ids the SVG's edges carry."""
    pairs = Counter({("@start", f"s:{flow.start}"): 1})
    for state in flow.states.values():
        options = [*state.on.values(), *([state.on_timeout] if state.on_timeout else [])]
        for option in options:
            for t in option if isinstance(option, tuple) else (option,):
                pairs[(f"s:{state.name}", "@end" if t.to is None else f"s:{t.to}")] += 1
    return pairs


def boxes(root, *classes):
    return [
        tuple(float(el.get(k)) for k in ("x", "y", "width", "height"))
        for el in root.iter(f"{SVG}rect")
        if el.get("class") in classes
    ]


def overlap(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_each_flow_draws_every_state_every_intent_and_end(name):
    flow = FLOWS[name]
    root = ET.fromstring(flow_svg(flow))
    assert root.tag == f"{SVG}svg"
    names = texts(root, "state-name")
    assert set(flow.states) <= set(names)
    assert "end" in names
    labels = texts(root, "edge-label")
    for intent in intents(flow):
        assert any(t == intent or t.startswith(f"{intent} [") for t in labels), intent


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_each_transition_is_its_own_edge(name):
    flow = FLOWS[name]
    root = ET.fromstring(flow_svg(flow))
    drawn = Counter((p.get("data-from"), p.get("data-to")) for p in root.iter(f"{SVG}path")
                    if p.get("class") == "edge")  # fmt: skip
    assert drawn == expected_edges(flow)


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_labels_overlap_neither_each_other_nor_boxes(name):
    root = ET.fromstring(flow_svg(FLOWS[name]))
    labels, nodes = boxes(root, "label-bg"), boxes(root, "state", "end")
    assert len(labels) == sum(expected_edges(FLOWS[name]).values()) - 1  # the start edge has none
    assert not [(a, b) for a, b in combinations(labels, 2) if overlap(a, b)]
    assert not [(a, b) for a in labels for b in nodes if overlap(a, b)]


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_document_is_sized_titled_and_sans_serif(name):
    flow = FLOWS[name]
    root = ET.fromstring(flow_svg(flow))
    width, height = float(root.get("width")), float(root.get("height"))
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}"
    assert width > 100 and height > 100
    assert root.get("font-family") == "sans-serif"
    title = root.find(f"{SVG}title").text
    assert flow.name in title and flow.description in title


def test_reminder_shows_prompts_timeouts_guards_and_sent_templates():
    text = texts(ET.fromstring(flow_svg(FLOWS["reminder"])))
    assert "prompt: reminder" in text
    assert "timeout 2h" in text
    assert "timeout [followup_allowed]" in text  # the first of the no-reply tuple
    assert "→ confirm_ack" in text


def test_markup_in_names_is_escaped_and_cycles_draw():
    flow = Flow(
        name="a<b & c",
        start="ask & wait",
        description='says "hi" <loudly>',
        states={
            "ask & wait": State("ask & wait", prompt="p<1>", on={"<no>": Transition("again")}),
            "again": State(
                "again",
                on={"yes": Transition("ask & wait", send=("x&y",))},
                timeout=timedelta(minutes=90),
            ),
        },
    )
    root = ET.fromstring(flow_svg(flow))
    text = texts(root)
    assert {"ask & wait", "again", "prompt: p<1>", "<no>", "→ x&y", "timeout 1h30m"} <= set(text)
    # A timeout with nowhere to go ends the flow in the engine, so it is drawn to "end".
    assert "timeout" in texts(root, "edge-label")
    assert 'says "hi" <loudly>' in root.find(f"{SVG}title").text


def test_cli_writes_a_valid_svg(tmp_path):
    target = tmp_path / "c.svg"
    result = CliRunner().invoke(flows_group, ["diagram", "checkin", "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {target}"
    root = ET.fromstring(target.read_text(encoding="utf-8"))
    assert "whats_up" in texts(root, "state-name")


def test_cli_defaults_to_name_svg_in_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(flows_group, ["diagram", "enrollment"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "wrote enrollment.svg"
    ET.parse(tmp_path / "enrollment.svg")


def test_cli_unknown_flow_names_the_known_ones(tmp_path):
    target = tmp_path / "x.svg"
    result = CliRunner().invoke(flows_group, ["diagram", "nope", "--output", str(target)])
    assert result.exit_code != 0
    assert "nope" in result.output
    assert all(name in result.output for name in FLOWS)
    assert not target.exists()
