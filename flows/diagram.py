"""Draw a flow definition as a standalone SVG document: flow_svg(flow) -> str.

Standard library only, like the engine, so the pure flows layer stays free of
graphviz and friends. The layout is a small layered (Sugiyama-style) one:

- states are layered by the longest path from the start state, taken in BFS
  order; edges that would point back up are laid out reversed;
- between two state layers sits a label rank: every edge gets a slot there
  for its label, placed like a node, so labels never sit on top of each other
  (two edges between the same states get two slots side by side);
- edges run straight down inside a rank and curve only in the gaps between
  ranks, so they never cross a box or a label.

Text widths are estimated (no font metrics without a renderer), generously.
"""

from __future__ import annotations

import textwrap
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import combinations, pairwise
from xml.sax.saxutils import escape, quoteattr

from flows.engine import Flow, State, Transition

START, END = "@start", "@end"
MARGIN, GAP, PORT_SPACING = 24.0, 18.0, 14.0
NAME_SIZE, TEXT_SIZE, LABEL_SIZE = 14.0, 12.0, 11.0
LINE = 1.3  # line height as a multiple of the font size
REPLY_COLOR, TIMEOUT_COLOR, SEND_COLOR = "#3d3d3d", "#8a8a8a", "#1f6f8b"


# ---- the graph --------------------------------------------------------------


@dataclass(frozen=True)
class _Edge:
    """One transition: node ids, label lines (intent [guard], → sent templates)."""

    src: str
    dst: str
    lines: tuple[str, ...] = ()
    timeout: bool = False


def _sid(name: str) -> str:
    # Prefixed so a state called "end" or "start" cannot collide with those nodes.
    return f"s:{name}"


def _options(options: Transition | tuple[Transition, ...]) -> tuple[Transition, ...]:
    return options if isinstance(options, tuple) else (options,)


def _edge(state: str, intent: str, transition: Transition, timeout: bool) -> _Edge:
    head = intent if transition.guard is None else f"{intent} [{transition.guard}]"
    lines = (head, "→ " + ", ".join(transition.send)) if transition.send else (head,)
    dst = END if transition.to is None else _sid(transition.to)
    return _Edge(_sid(state), dst, lines, timeout)


def _timeout_edges(state: State) -> list[_Edge]:
    if state.on_timeout is not None:
        return [_edge(state.name, "timeout", t, True) for t in _options(state.on_timeout)]
    if state.timeout is not None or state.timeout_var:
        # With a wait but nowhere to go, the engine ends the flow when it runs out.
        return [_Edge(_sid(state.name), END, ("timeout",), True)]
    return []


def _edges(flow: Flow) -> list[_Edge]:
    """Every transition of `flow` as an edge, plus the start dot's edge."""
    edges = [_Edge(START, _sid(flow.start))]
    for state in flow.states.values():
        for intent, options in state.on.items():
            edges += [_edge(state.name, intent, t, False) for t in _options(options)]
        edges += _timeout_edges(state)
    return edges


def _bfs_order(flow: Flow, edges: list[_Edge]) -> list[str]:
    """Node ids in BFS order from the start; unreachable states after; end last."""
    successors = defaultdict(list)
    for edge in edges:
        successors[edge.src].append(edge.dst)
    order: list[str] = []
    seen = {END}
    for root in [START, *(_sid(name) for name in flow.states)]:
        if root in seen:
            continue
        seen.add(root)
        queue = deque([root])
        while queue:
            node = queue.popleft()
            order.append(node)
            fresh = [n for n in successors[node] if n not in seen]
            seen.update(fresh)
            queue.extend(dict.fromkeys(fresh))
    return [*order, END]


def _back_edges(order: list[str], edges: list[_Edge]) -> set[tuple[str, str]]:
    """(src, dst) of edges closing a cycle, found depth-first; laid out reversed."""
    successors = defaultdict(list)
    for edge in edges:
        if edge.src != edge.dst:
            successors[edge.src].append(edge.dst)
    back, done, on_path = set(), set(), set()

    def visit(node: str) -> None:
        on_path.add(node)
        for nxt in successors[node]:
            if nxt in on_path:
                back.add((node, nxt))
            elif nxt not in done:
                visit(nxt)
        on_path.discard(node)
        done.add(node)

    for node in order:
        if node not in done:
            visit(node)
    return back


def _layers(order: list[str], edges: list[_Edge]) -> dict[str, int]:
    """Longest-path layer of each node once the edges closing cycles are turned round."""
    back = _back_edges(order, edges)
    below = defaultdict(list)
    for edge in edges:
        if edge.src != edge.dst:
            flipped = (edge.src, edge.dst) in back
            upper, lower = (edge.dst, edge.src) if flipped else (edge.src, edge.dst)
            below[upper].append(lower)
    layer = {node: 0 if node == START else 1 for node in order}

    def push(node: str) -> None:
        for lower in below[node]:
            if layer[lower] < layer[node] + 1:
                layer[lower] = layer[node] + 1
                push(lower)

    for node in order:
        push(node)
    return layer


# ---- text and boxes ---------------------------------------------------------


def _char_units(char: str) -> float:
    if char in "iljtfr.,:;'|!()[] ":
        return 0.34
    if char in "mwMW@%→":
        return 0.92
    return 0.72 if char.isupper() else 0.6


def _text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(_char_units(c) for c in text) * size * (1.1 if bold else 1.0)


def _duration(wait: timedelta) -> str:
    seconds = int(wait.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if seconds:
        return f"{int(wait.total_seconds())}s"
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else ""]
    return "".join(parts) or "0m"


def _state_lines(flow: Flow, name: str) -> list[tuple[str, float, bool]]:
    """The box text of state `name`: (text, font size, bold) per line."""
    state = flow.states.get(name)
    lines = [(name, NAME_SIZE, True)]
    if state is None:
        return [*lines, ("(not defined)", TEXT_SIZE, False)]
    if state.prompt:
        lines.append((f"prompt: {state.prompt}", TEXT_SIZE, False))
    if state.timeout is not None:
        lines.append((f"timeout {_duration(state.timeout)}", TEXT_SIZE, False))
    if state.timeout_var:
        lines.append((f"or {state.timeout_var} min", TEXT_SIZE, False))
    return lines


def _label_size(lines: tuple[str, ...]) -> tuple[float, float]:
    width = max((_text_width(line, LABEL_SIZE) for line in lines), default=0.0)
    return width, len(lines) * LABEL_SIZE * LINE


# ---- layout -----------------------------------------------------------------


@dataclass
class _Node:
    """A box, the start dot, the end pill, or a virtual point on a long edge (kind "via")."""

    id: str
    rank: int
    kind: str
    box_w: float = 0.0
    box_h: float = 0.0
    lw: float = 4.0  # extent left of x
    rw: float = 4.0  # extent right of x
    h: float = 0.0  # height it needs in its rank's band
    lines: list = field(default_factory=list)
    label: tuple[str, ...] = ()
    loops: list = field(default_factory=list)
    x: float = 0.0


@dataclass
class _Route:
    """An edge's chain of node ids from its upper end to its lower end."""

    edge: _Edge
    chain: list[str]
    reversed: bool


@dataclass
class _Layout:
    """Nodes by id, edge routes, node ids per rank (left to right), neighbours, band sizes."""

    nodes: dict[str, _Node]
    routes: list[_Route]
    ranks: list[list[str]]
    up: dict[str, list[str]]
    down: dict[str, list[str]]
    band_top: list[float] = field(default_factory=list)
    band_h: list[float] = field(default_factory=list)


def _real_node(flow: Flow, node_id: str, rank: int, loops: list[_Edge]) -> _Node:
    if node_id == START:
        return _Node(node_id, rank, "start", 14, 14, 7, 7, 14)
    if node_id == END:
        return _Node(node_id, rank, "end", 0, 26, lines=[("end", TEXT_SIZE, True)])
    lines = _state_lines(flow, node_id[2:])
    box_w = max(110.0, max(_text_width(t, s, b) for t, s, b in lines) + 28)
    box_h = sum(size * LINE for _, size, _ in lines) + 16
    node = _Node(node_id, rank, "state", box_w, box_h, box_w / 2, box_w / 2, box_h, lines)
    if loops:
        sizes = [_label_size(edge.lines) for edge in loops]
        node.loops = loops
        node.rw += 30 + 12 * len(loops) + max(w for w, _ in sizes) + 8
        node.h = max(box_h, sum(h for _, h in sizes) + 8)
    return node


def _size_end(node: _Node, arrivals: int) -> None:
    # Wide enough that every arrow into "end" gets its own spot on the top edge.
    node.box_w = max(64.0, PORT_SPACING * arrivals + 20)
    node.lw = node.rw = node.box_w / 2
    node.h = node.box_h


def _route(edge: _Edge, layer: dict[str, int], nodes: dict[str, _Node], n: int) -> _Route:
    """Chain the edge through one virtual node per rank it crosses; one carries the label."""
    flipped = layer[edge.dst] < layer[edge.src]
    upper, lower = (edge.dst, edge.src) if flipped else (edge.src, edge.dst)
    top, bottom = 2 * layer[upper], 2 * layer[lower]
    label_rank = bottom - 1 if flipped else top + 1  # next to the edge's source
    chain = [upper]
    for rank in range(top + 1, bottom):
        via = _Node(f"@via{n}.{rank}", rank, "via")
        if rank == label_rank and edge.lines:
            width, height = _label_size(edge.lines)
            via.label, via.lw, via.rw, via.h = edge.lines, 3, width + 14, height
        nodes[via.id] = via
        chain.append(via.id)
    return _Route(edge, [*chain, lower], flipped)


def _build(flow: Flow) -> _Layout:
    edges = _edges(flow)
    order = _bfs_order(flow, edges)
    layer = _layers(order, edges)
    loops = defaultdict(list)
    for edge in edges:
        if edge.src == edge.dst:
            loops[edge.src].append(edge)
    nodes = {n: _real_node(flow, n, 2 * layer[n], loops[n]) for n in order}
    plain = [edge for edge in edges if edge.src != edge.dst]
    routes = [_route(edge, layer, nodes, i) for i, edge in enumerate(plain)]
    _size_end(nodes[END], sum(route.chain[-1] == END for route in routes))
    up, down = defaultdict(list), defaultdict(list)
    for route in routes:
        for a, b in pairwise(route.chain):
            down[a].append(b)
            up[b].append(a)
    ranks: list[list[str]] = [[] for _ in range(2 * layer[END] + 1)]
    for node in nodes.values():  # BFS order for boxes, route order for virtual nodes
        ranks[node.rank].append(node.id)
    return _Layout(nodes, routes, ranks, up, down)


def _crossings(ranks: list[list[str]], down: dict[str, list[str]]) -> int:
    total = 0
    for upper, lower in pairwise(ranks):
        pos = {node: i for i, node in enumerate(lower)}
        segments = [(i, pos[m]) for i, node in enumerate(upper) for m in down[node]]
        total += sum((a - c) * (b - d) < 0 for (a, b), (c, d) in combinations(segments, 2))
    return total


def _sort_rank(rank: list[str], neighbours: dict[str, list[str]], other: list[str]) -> None:
    pos = {node: i for i, node in enumerate(other)}

    def barycenter(item: tuple[int, str]) -> float:
        i, node = item
        linked = [pos[m] for m in neighbours[node] if m in pos]
        return sum(linked) / len(linked) if linked else i * len(other) / max(len(rank), 1)

    rank[:] = [node for _, node in sorted(enumerate(rank), key=barycenter)]


def _order(layout: _Layout, sweeps: int = 8) -> None:
    """Reorder each rank to cut edge crossings (barycenter sweeps, best kept)."""
    ranks = layout.ranks
    best, fewest = [list(r) for r in ranks], _crossings(ranks, layout.down)
    for _ in range(sweeps):
        for r in range(1, len(ranks)):
            _sort_rank(ranks[r], layout.up, ranks[r - 1])
        for r in range(len(ranks) - 2, -1, -1):
            _sort_rank(ranks[r], layout.down, ranks[r + 1])
        count = _crossings(ranks, layout.down)
        if count < fewest:
            best, fewest = [list(r) for r in ranks], count
    layout.ranks = best


def _isotonic(targets: list[float]) -> list[float]:
    """The non-decreasing sequence closest (least squares) to `targets` (pool adjacent)."""
    blocks: list[list[float]] = []  # [mean, count]
    for target in targets:
        blocks.append([target, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean2, n2 = blocks.pop()
            mean1, n1 = blocks.pop()
            blocks.append([(mean1 * n1 + mean2 * n2) / (n1 + n2), n1 + n2])
    return [mean for mean, count in blocks for _ in range(int(count))]


def _align(rank: list[str], layout: _Layout) -> None:
    """Move a rank's nodes towards their neighbours' mean x, keeping order and spacing."""
    nodes, offsets, offset = layout.nodes, [], 0.0
    for i, node in enumerate(rank):
        if i:
            offset += nodes[rank[i - 1]].rw + GAP + nodes[node].lw
        offsets.append(offset)
    targets = []
    for node, off in zip(rank, offsets, strict=True):
        linked = [nodes[m].x for m in layout.up[node] + layout.down[node]]
        targets.append((sum(linked) / len(linked) if linked else nodes[node].x) - off)
    for node, base, off in zip(rank, _isotonic(targets), offsets, strict=True):
        nodes[node].x = base + off


def _place_x(layout: _Layout, sweeps: int = 12) -> None:
    for rank in layout.ranks:
        _align(rank, layout)  # neighbours all at 0 still: this just packs the rank
    for _ in range(sweeps):
        for rank in layout.ranks + layout.ranks[::-1]:
            _align(rank, layout)
    for _ in range(3):
        for route in layout.routes:
            _straighten(layout, route.chain[1:-1])
    left = min(n.x - n.lw for n in layout.nodes.values())
    for node in layout.nodes.values():
        node.x += MARGIN - left


def _straighten(layout: _Layout, chain: list[str]) -> None:
    """Line up a long edge's virtual nodes, in as few straight runs as their neighbours allow."""
    start = 0
    while start < len(chain):
        end = len(chain)
        while end - start > 1 and _room(layout, chain[start:end]) is None:
            end -= 1
        room = _room(layout, chain[start:end])
        if room is not None:
            xs = sorted(layout.nodes[node_id].x for node_id in chain[start:end])
            target = min(max(xs[len(xs) // 2], room[0]), room[1])
            for node_id in chain[start:end]:
                layout.nodes[node_id].x = target
        start = end


def _room(layout: _Layout, run: list[str]) -> tuple[float, float] | None:
    """The x range where all of `run` fits between its rank neighbours, if there is one."""
    nodes, low, high = layout.nodes, float("-inf"), float("inf")
    for node_id in run:
        node, rank = nodes[node_id], layout.ranks[nodes[node_id].rank]
        i = rank.index(node_id)
        if i:
            left = nodes[rank[i - 1]]
            low = max(low, left.x + left.rw + GAP + node.lw)
        if i + 1 < len(rank):
            right = nodes[rank[i + 1]]
            high = min(high, right.x - right.lw - GAP - node.rw)
    return (low, high) if low <= high else None


def _place_y(layout: _Layout, top: float) -> None:
    """Band top and height per rank; gaps grow with how far edges must slant across them."""
    nodes = layout.nodes
    for r, rank in enumerate(layout.ranks):
        if r:
            slant = max(
                (abs(nodes[a].x - nodes[b].x) for a in layout.ranks[r - 1] for b in layout.down[a]),
                default=0.0,
            )
            top += min(70.0, max(26.0, 0.3 * slant))
        layout.band_top.append(top)
        layout.band_h.append(max([nodes[n].h for n in rank] + [6.0]))
        top += layout.band_h[-1]


# ---- drawing ----------------------------------------------------------------


def _num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _text(x: float, y: float, text: str, size: float, **attrs: str) -> str:
    # Keyword names: trailing "_" dodges Python keywords (class_), "_" stands for "-".
    extra = "".join(f" {k.rstrip('_').replace('_', '-')}={quoteattr(v)}" for k, v in attrs.items())
    return (
        f'<text x="{_num(x)}" y="{_num(y)}" font-size="{_num(size)}"{extra}>{escape(text)}</text>'
    )


def _box_top(layout: _Layout, node: _Node) -> float:
    return layout.band_top[node.rank] + (layout.band_h[node.rank] - node.box_h) / 2


def _ports(layout: _Layout) -> dict[tuple[int, str], float]:
    """x where each route leaves (key (i, "out")) or enters (i, "in") its end boxes.

    Spread along the box edge in the order of where the edges head, so they do not cross.
    """
    sides = defaultdict(list)
    for i, route in enumerate(layout.routes):
        chain = route.chain
        sides[(chain[0], "out")].append((layout.nodes[chain[1]].x, i))
        sides[(chain[-1], "in")].append((layout.nodes[chain[-2]].x, i))
    ports = {}
    for (node_id, side), heads in sides.items():
        node, count = layout.nodes[node_id], len(heads)
        step = min(PORT_SPACING, (node.box_w - 16) / (count - 1)) if count > 1 else 0
        for k, (_, i) in enumerate(sorted(heads)):
            ports[(i, side)] = node.x + (k - (count - 1) / 2) * step
    return ports


def _segments(layout: _Layout, route: _Route, i: int, ports: dict) -> list[tuple]:
    """The route's path pieces from upper to lower: vertical in bands, curved between."""
    nodes, points = layout.nodes, []
    first, last = nodes[route.chain[0]], nodes[route.chain[-1]]
    out_x, in_x = ports[(i, "out")], ports[(i, "in")]
    r = first.rank
    points.append(((out_x, _box_top(layout, first) + first.box_h), (out_x, _band_end(layout, r))))
    for via in route.chain[1:-1]:
        x, r = nodes[via].x, nodes[via].rank
        points.append(((x, layout.band_top[r]), (x, _band_end(layout, r))))
    points.append(((in_x, layout.band_top[last.rank]), (in_x, _box_top(layout, last))))
    pieces: list[tuple] = []
    for k, (enter, leave) in enumerate(points):
        if k:
            (x1, y1), (x2, y2) = points[k - 1][1], enter
            mid = (y1 + y2) / 2
            pieces.append(((x1, y1), (x1, mid), (x2, mid), (x2, y2)))
        if enter != leave:
            pieces.append((enter, leave))
    return pieces


def _band_end(layout: _Layout, rank: int) -> float:
    return layout.band_top[rank] + layout.band_h[rank]


def _path_d(pieces: list[tuple]) -> str:
    def point(p: tuple[float, float]) -> str:
        return f"{_num(p[0])},{_num(p[1])}"

    parts = [f"M{point(pieces[0][0])}"]
    for piece in pieces:
        command = "L" if len(piece) == 2 else "C"
        parts.append(command + " ".join(point(p) for p in piece[1:]))
    return " ".join(parts)


def _edge_style(edge: _Edge) -> str:
    if edge.timeout:
        return f'stroke="{TIMEOUT_COLOR}" stroke-dasharray="5 4" marker-end="url(#arrow-timeout)"'
    return f'stroke="{REPLY_COLOR}" marker-end="url(#arrow)"'


def _draw_edge(layout: _Layout, route: _Route, i: int, ports: dict) -> str:
    pieces = _segments(layout, route, i, ports)
    if route.reversed:  # laid out upside down: draw it from its real source
        pieces = [piece[::-1] for piece in reversed(pieces)]
    ends = f"data-from={quoteattr(route.edge.src)} data-to={quoteattr(route.edge.dst)}"
    return (
        f'<path class="edge" {ends} d="{_path_d(pieces)}" fill="none" '
        f'stroke-width="1.4" {_edge_style(route.edge)}/>'
    )


def _draw_label(x: float, y: float, lines: tuple[str, ...]) -> list[str]:
    """An edge label with its top-left at (x, y): intent line, then sent templates."""
    width, height = _label_size(lines)
    out = [
        f'<rect class="label-bg" x="{_num(x - 2)}" y="{_num(y)}" width="{_num(width + 4)}" '
        f'height="{_num(height)}" fill="white" fill-opacity="0.85"/>'
    ]
    for k, line in enumerate(lines):
        baseline = y + (k + 0.78) * LABEL_SIZE * LINE
        style = {"fill": SEND_COLOR} if line.startswith("→") else {"fill": "#222"}
        out.append(_text(x, baseline, line, LABEL_SIZE, class_="edge-label", **style))
    return out


def _draw_via(layout: _Layout, node: _Node) -> list[str]:
    if not node.label:
        return []
    height = _label_size(node.label)[1]
    y = layout.band_top[node.rank] + (layout.band_h[node.rank] - height) / 2
    return _draw_label(node.x + 8, y, node.label)


def _draw_loops(node: _Node, top: float) -> list[str]:
    """Self-loops (a follow-up that waits again) on the box's right side, labels beyond."""
    right, middle, count = node.x + node.box_w / 2, top + node.box_h / 2, len(node.loops)
    out, heights = [], [_label_size(edge.lines)[1] for edge in node.loops]
    y = middle - (sum(heights) + 4 * (count - 1)) / 2
    for k, edge in enumerate(node.loops):
        reach, spread = right + 24 + 12 * k, 5 + 7 * k
        d = (
            f"M{_num(right)},{_num(middle - spread)} C{_num(reach)},{_num(middle - spread - 14)} "
            f"{_num(reach)},{_num(middle + spread + 14)} {_num(right)},{_num(middle + spread)}"
        )
        ends = f"data-from={quoteattr(edge.src)} data-to={quoteattr(edge.dst)}"
        out.append(
            f'<path class="edge" {ends} d="{d}" fill="none" stroke-width="1.4" '
            f"{_edge_style(edge)}/>"
        )
        out += _draw_label(right + 30 + 12 * count, y, edge.lines)
        y += heights[k] + 4
    return out


def _draw_node(layout: _Layout, node: _Node, is_start: bool) -> list[str]:
    if node.kind == "via":
        return _draw_via(layout, node)
    top, left = _box_top(layout, node), node.x - node.box_w / 2
    if node.kind == "start":
        return [f'<circle class="start" cx="{_num(node.x)}" cy="{_num(top + 7)}" r="7" '
                f'fill="{REPLY_COLOR}"><title>start</title></circle>']  # fmt: skip
    fill, stroke, radius = ("#eef4fb", "#3b6ea5", 8.0)
    if node.kind == "end":
        fill, stroke, radius = (REPLY_COLOR, REPLY_COLOR, node.box_h / 2)
    out = [
        f'<rect class="{node.kind}" x="{_num(left)}" y="{_num(top)}" width="{_num(node.box_w)}" '
        f'height="{_num(node.box_h)}" rx="{_num(radius)}" fill="{fill}" stroke="{stroke}" '
        f'stroke-width="{2.4 if is_start else 1.4}"/>'
    ]
    y = top + 8 if node.kind == "state" else top + (node.box_h - TEXT_SIZE * LINE) / 2
    for k, (text, size, bold) in enumerate(node.lines):
        y += size * LINE
        color = "white" if node.kind == "end" else ("#1a1a1a" if k == 0 else "#555")
        attrs = {"font_weight": "bold"} if bold else {}
        klass = "state-name" if k == 0 else "state-detail"
        out.append(_text(node.x, y - size * 0.32, text, size, text_anchor="middle",
                         fill=color, class_=klass, **attrs))  # fmt: skip
    return out + _draw_loops(node, top)


def _header(flow: Flow, width: float) -> tuple[list[tuple[str, float, str]], float]:
    """Heading lines (text, size, color) and their height: name, description, key.

    The description wraps to the drawing's width, but never narrower than 60 characters.
    """
    columns = max(60, int((width - 2 * MARGIN) / _text_width("n", 13.0)))
    lines = [(f"Flow: {flow.name}", 18.0, "#1a1a1a")]
    lines += [(line, 13.0, "#444") for line in textwrap.wrap(flow.description, columns)]
    lines.append(("solid arrow: reply · dashed arrow: timeout · → template sent", 11.0, "#777"))
    return lines, sum(size * 1.45 for _, size, _ in lines)


def _defs() -> str:
    markers = [
        f'<marker id="{name}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{color}"/></marker>'
        for name, color in (("arrow", REPLY_COLOR), ("arrow-timeout", TIMEOUT_COLOR))
    ]
    return "<defs>" + "".join(markers) + "</defs>"


def flow_svg(flow: Flow) -> str:
    """`flow` as a standalone SVG document: states top to bottom, transitions as arrows."""
    layout = _build(flow)
    _order(layout)
    _place_x(layout)
    nodes = layout.nodes.values()
    right = max(n.x + n.rw for n in nodes) + MARGIN
    heading, heading_h = _header(flow, right)
    _place_y(layout, MARGIN + heading_h + 12)
    width = max(right, max(_text_width(t, s) for t, s, _ in heading) + 2 * MARGIN)
    height = _band_end(layout, len(layout.ranks) - 1) + MARGIN
    shift = (width - right) / 2  # centre the drawing under a wider heading
    for node in nodes:
        node.x += shift
    return _document(flow, layout, heading, (width, height))


def _document(flow: Flow, layout: _Layout, heading: list, size: tuple[float, float]) -> str:
    width, height = (_num(v) for v in size)
    title = f"{flow.name}: {flow.description}" if flow.description else flow.name
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif">',
        f"<title>{escape(title)}</title>",
        _defs(),
        '<rect width="100%" height="100%" fill="white"/>',
    ]
    y = MARGIN
    for text, font_size, color in heading:
        y += font_size * 1.45
        weight = {"font_weight": "bold"} if font_size > 13 else {}
        out.append(_text(MARGIN, y - font_size * 0.4, text, font_size, fill=color, **weight))
    ports = _ports(layout)
    out += [_draw_edge(layout, route, i, ports) for i, route in enumerate(layout.routes)]
    start = layout.nodes.get(f"s:{flow.start}")
    for node in layout.nodes.values():
        out += _draw_node(layout, node, node is start)
    out.append("</svg>")
    return "\n".join(out) + "\n"
