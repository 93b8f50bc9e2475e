"""The data of graph.html: a networkx graph as compact JSON-able lists that the page's script decodes.

Drawn edges are the graph's edges merged by ``(source, target, kind, type)``: parallel
reports of the same PLOVER type (or stance on an issue) between the same ordered pair
become one edge labelled ``"REQUEST ×3"`` whose evidence lists every report.

Every string of the details (sentences, articles, dates, rules, cues, names ...) is
stored once in ``strings`` and referred to by its index there, so a sentence that is
the evidence of several edges is in the page once. The layout (``null`` for an index
means no value)::

    strings   [text, ...]
    nodes     [[id, label, group, size(, x, y)], ...]       vis-network nodes; group: kind (+ "-faded")
    edges     [[from, to, style, label, width, roundness], ...]  from/to: node numbers; style: edgeStyles
                                                             number; roundness 0: not curved against a sibling
    info.nodes [[kind, affiliation, [alias], mentions, ndocs, [doc], [edge], [[fact, text]]], ...]
               [edge]: the node's strongest relations (edge numbers, most reports first)
    info.edges [[kind, type, quad, count, nreports, [date], [report]], ...]
               report: [mode, date, cue, issue, confidence, [[doc, sentence, date, rule], ...]]
    view      null, or {"steps": [[node number, ...], ...], "actors": N, "issues": K, "minReports": R,
                        "labelled": [node number, ...], "labelSize": F}

Edge ``n`` is ``"e<n>"`` in the page. Above ``open_limit`` nodes the page opens on
``view.steps[0]`` (the N most connected actors and up to K issues each takes a position
on), drawing only the events with at least R reports, and "show more" adds the next
step; below it ``view`` is null and all is drawn. On such a page the labels of the most
connected actors (``view.labelled``) are drawn F px high, so that they read when the whole
opening is in view; every other label is drawn only once zoomed in far enough to read it.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx

from kg.lexicon import plover

__all__ = ["page_data", "merge_edges", "select_nodes", "opening_steps", "opening_reports", "node_sizes", "QUADS", "QUAD_STYLE", "KIND_STYLE", "POSITION_STYLE",
           "OTHER_KIND", "OTHER_QUAD", "AFFILIATION_COLOUR", "fade"]

QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
PLOVER_QUAD = {name: p.quad for name, p in plover().items()}
#: quad class -> (colour, dashed); verbal is dashed, material solid.
QUAD_STYLE = {QUADS[0]: ("#3b8fd9", True), QUADS[1]: ("#23985a", False),
              QUADS[2]: ("#f08c1a", True), QUADS[3]: ("#d7303a", False)}
OTHER_QUAD = ("#7f8c8d", False)
AFFILIATION_COLOUR = "#a0a0a0"
#: node kind -> (vis shape, colour); all shapes scale with ``size``. Issues are not actors.
KIND_STYLE = {"state": ("square", "#34558b"), "organization": ("diamond", "#8e44ad"),
              "person": ("dot", "#e0a100"), "group": ("triangle", "#16a085"), "issue": ("hexagon", "#c2185b")}
OTHER_KIND = ("dot", "#95a5a6")
#: edge kind -> the attribute naming its type; edges merge by (source, target, kind, type).
TYPE_ATTR = {"event": "plover", "position": "position"}
#: an actor's position on an issue -> colour (drawn dash-dotted).
POSITION_STYLE = {"supports": "#2a9d8f", "proposes": "#6c5ce7", "opposes": "#b03a2e", "undecided": "#7f8c8d"}
POSITION_DASHES = [12, 4, 3, 4]

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_RELATIONS = 8
#: a large page hides a node label smaller than this on screen (px), as it does edge labels.
LABEL_THRESHOLD = 9
#: further node attributes shown in the details panel, with their display names.
_NODE_FACTS = (("issue_kind", "kind of issue"), ("proposer", "proposed by"), ("place", "place"),
               ("first", "first mentioned"), ("last", "last mentioned"))
_MAX_DOCS = 20


def _text(value: Any) -> str | None:
    """A string or None (dates and numbers become their ``str``)."""
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text or None


def _iso(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` prefix of a date-ish text, if it has one."""
    return value[:10] if value and _ISO.match(value) else None


def _number(value: Any) -> float | None:
    """A finite float or None."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _get(item: Any, key: str) -> Any:
    """``item[key]`` for mappings, ``item.key`` otherwise."""
    return item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)


def _strings(values: Any) -> list[str]:
    """A list of strings; unordered collections are sorted for determinism."""
    if values is None or isinstance(values, str):
        return [values] if values else []
    items = [t for t in (_text(v) for v in values) if t]
    return sorted(items) if isinstance(values, (set, frozenset)) else items


def fade(colour: str) -> str:
    """``#rrggbb`` mixed 60 % towards white."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * 0.6):02x}" for c in rgb)


# ------------------------------------------------------------------------------------ merging
def select_nodes(graph: nx.MultiDiGraph, top: int | None) -> list[Hashable]:
    """Node keys to draw, sorted by id; ``top`` keeps the highest-degree ones."""
    keys = sorted(graph.nodes, key=str)
    if top is None:
        return keys
    if top < 0:
        raise ValueError("top must be >= 0")
    best = sorted(keys, key=lambda n: (-graph.degree(n), str(n)))[:top]
    return sorted(best, key=str)


def _n_reports(data: Mapping[str, Any]) -> int:
    """How many reports (evidence sentences) one graph edge stands for: ``count``, else its evidence, else 1."""
    count = _number(data.get("count"))
    if count is not None and count >= 1:
        return int(count)
    return max(1, len(data.get("evidence") or ()))


def _report(data: Mapping[str, Any]) -> dict[str, Any]:
    """One event (or position) edge's attributes as plain JSON-able data."""
    evidence = [(_text(_get(e, "doc")), _text(_get(e, "sentence")), _text(_get(e, "date")), _text(_get(e, "rule")))
                for e in data.get("evidence") or ()]
    report: dict[str, Any] = {k: _text(data.get(k)) for k in ("mode", "date", "cue", "issue")}
    return {**report, "confidence": _number(data.get("confidence")), "evidence": evidence}


def _order(report: dict[str, Any]) -> tuple:
    """A total order of reports (None, which no text equals, sorts first)."""
    conf = report["confidence"]
    return (tuple(report[k] or "" for k in ("mode", "date", "cue", "issue")), (0, 0.0) if conf is None else (1, conf),
            tuple(tuple(x or "" for x in e) for e in report["evidence"]))


def merge_edges(graph: nx.MultiDiGraph, keep: set[Hashable]) -> list[dict[str, Any]]:
    """Merge parallel edges by (source, target, kind, type), in sorted order.

    The type is an event's PLOVER type, a position's stance (``supports`` ...) and empty
    for affiliations.
    """
    groups: dict[tuple[str, str, str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        if u not in keep or v not in keep:
            continue
        kind = _text(data.get("kind")) or ("event" if data.get("plover") else "affiliation")
        kind_type = _text(data.get(TYPE_ATTR.get(kind, "plover"))) or ""
        groups[(str(u), str(v), kind, "" if kind == "affiliation" else kind_type)].append(data)
    merged = []
    for key, datas in sorted(groups.items()):
        source, target, kind, kind_type = key
        plover_type = kind_type if kind == "event" else ""
        reports = sorted((_report(d) for d in datas), key=_order) if kind != "affiliation" else []
        quads = sorted({q for d in datas if (q := _text(d.get("quad"))) in QUADS})
        dates: set[str] = set()
        for r in reports:
            dates.update(d for d in [_iso(r["date"])] + [_iso(e[2]) for e in r["evidence"]] if d)
        merged.append({
            "from": source, "to": target, "kind": kind, "type": kind_type, "plover": plover_type,
            "quad": (quads[0] if quads else PLOVER_QUAD.get(plover_type, "other")) if kind == "event" else "",
            "count": len(datas), "nreports": sum(_n_reports(d) for d in datas), "dates": sorted(dates),
            "reports": reports,
        })
    return merged


# ------------------------------------------------------------------------------------ drawing
def _width(reports: int) -> float:
    """Edge width in px for a merged edge standing for ``reports`` reports."""
    return round(min(9.0, 2.0 + 1.75 * math.log2(max(1, reports))), 2)


def _size(mentions: float) -> float:
    """Node size in px for an actor mentioned ``mentions`` times."""
    return round(min(40.0, 10.0 + 4.0 * math.log2(1.0 + max(0.0, mentions))), 2)


def _scaled_size(mentions: float, most: float) -> float:
    """Node size in px on a large page, where most actors are mentioned more often than ``_size`` tells
    apart: from 8 to 24 px by the square root of the share of the most mentions of the page."""
    return round(8.0 + 16.0 * math.sqrt(max(0.0, mentions) / most), 2) if most > 0 else 8.0


def _group_style(group: str) -> dict[str, Any]:
    """vis-network options of a node group: a kind, ``-faded`` for nodes in no drawn relation."""
    kind, faded = group.removesuffix("-faded"), group.endswith("-faded")
    shape, colour = KIND_STYLE.get(kind, OTHER_KIND)
    colour = fade(colour) if faded else colour
    style: dict[str, Any] = {"shape": shape, "color": {
        "background": colour, "border": "#333333", "highlight": {"background": colour, "border": "#000000"},
        "hover": {"background": colour, "border": "#000000"}}}
    if faded:
        style["font"] = {"color": "#8a8a8a"}
    return style


def _edge_style(kind: str, kind_type: str, quad: str) -> dict[str, Any]:
    """vis-network options of an edge of this kind, type and quad class."""
    if kind == "affiliation":
        return {"color": {"color": AFFILIATION_COLOUR, "inherit": False}, "dashes": [2, 4],
                "arrows": {"to": {"enabled": False}}}
    if kind == "event":
        colour, dashed = QUAD_STYLE.get(quad, OTHER_QUAD)
        dashes: Any = [8, 5] if dashed else False
    else:  # a position on an issue, or a kind this page does not know yet
        colour, dashes = POSITION_STYLE.get(kind_type, OTHER_QUAD[0]), POSITION_DASHES
    return {"color": {"color": colour, "highlight": colour, "hover": colour, "inherit": False}, "dashes": dashes,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}}


def options(physics: bool, n_nodes: int, groups: list[str], straight: bool = False) -> dict[str, Any]:
    """vis-network options (physics stops after stabilisation, see app.js); ``straight`` edges
    but where two nodes have several."""
    forces = {"gravitationalConstant": -80, "springLength": 140, "avoidOverlap": 0.5}
    return {
        "autoResize": True,
        "layout": {"randomSeed": 42, "improvedLayout": physics and n_nodes <= 100},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based", "forceAtlas2Based": forces,
                    "stabilization": {"enabled": physics, "iterations": 400, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
        "groups": {g: _group_style(g) for g in groups},
        "nodes": {"borderWidth": 1, "font": {"size": 14, "color": "#222222"},
                  # a large page draws only the labels that read at the current zoom, each over a white halo
                  **({"font": {"size": 14, "color": "#222222", "strokeWidth": 4, "strokeColor": "#ffffff"},
                      "scaling": {"label": {"drawThreshold": LABEL_THRESHOLD}}} if straight else {})},
        "edges": {"selectionWidth": 2, "hoverWidth": 1.5, "smooth": {"enabled": not straight, "type": "continuous"},
                  "font": {"size": 11, "color": "#333333", "strokeWidth": 3, "strokeColor": "#ffffff",
                           "align": "middle"},
                  # a large page shows edge labels only zoomed in (drawing them all costs most of a redraw)
                  **({"scaling": {"label": {"drawThreshold": LABEL_THRESHOLD}}} if straight else {})},
    }


# ------------------------------------------------------------------------------------ the opening view
def opening_steps(graph: nx.MultiDiGraph, keys: list[Hashable], merged: list[dict[str, Any]], actors: int,
                  issues: int) -> list[list[str]]:
    """The order in which a large page shows its nodes, in steps: the ``actors`` most connected actors
    (by degree, ties by id) and, for each, up to ``issues`` issues it takes positions on (those it
    states most positions on, then the most connected), then the next actors and theirs ...; then
    what is left (other issues, most connected first) in steps of ``4 * actors``."""
    kinds = {str(k): _text(graph.nodes[k].get("kind")) for k in keys}
    degree = {str(k): graph.degree(k) for k in keys}
    ids = list(kinds)
    stated: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in merged:
        if e["kind"] == "position" and kinds.get(e["to"]) == "issue":
            stated[e["from"]][e["to"]] += e["nreports"]
    by_degree = sorted(ids, key=lambda n: (-degree[n], n))
    ranked = [n for n in by_degree if kinds[n] != "issue"]
    steps, seen = [], set()
    for start in range(0, len(ranked), actors):
        chunk = ranked[start:start + actors]
        step = list(chunk)
        seen.update(chunk)
        for actor in chunk:
            mine = sorted(stated.get(actor, {}).items(), key=lambda kv: (-kv[1], -degree[kv[0]], kv[0]))
            for issue, _ in mine[:issues]:
                if issue not in seen:
                    seen.add(issue)
                    step.append(issue)
        steps.append(step)
    rest = [n for n in by_degree if n not in seen]
    steps += [rest[i:i + 4 * actors] for i in range(0, len(rest), 4 * actors)]
    return steps


def opening_reports(merged: list[dict[str, Any]], first: list[str], per_node: int = 2) -> int:
    """The fewest reports an event needs to be drawn when a large page opens: the smallest number that
    leaves at most ``per_node`` event edges per node of the first step."""
    shown = set(first)
    counts = sorted((e["nreports"] for e in merged if e["kind"] == "event" and e["from"] in shown and e["to"] in shown),
                    reverse=True)
    limit = per_node * len(shown)
    return 1 if len(counts) <= limit else counts[limit] + 1


def node_sizes(graph: nx.MultiDiGraph, keys: list[Hashable], large: bool = False) -> dict[str, float]:
    """Each node's size in px as the page draws it (its radius for round shapes); ``large``: on a page
    that opens on the most connected actors, relative to the most mentioned node."""
    mentions = {str(k): _number(graph.nodes[k].get("mentions")) or 0.0 for k in keys}
    if large:
        most = max(mentions.values(), default=0.0)
        return {k: _scaled_size(m, most) for k, m in mentions.items()}
    return {k: _size(m) for k, m in mentions.items()}


# ------------------------------------------------------------------------------------ the payload
class _Table:
    """Strings, each stored once, by number (in order of first use)."""

    def __init__(self) -> None:
        self.number: dict[str, int] = {}
        self.items: list[str] = []

    def __call__(self, text: str | None) -> int | None:
        if text is None:
            return None
        n = self.number.get(text)
        if n is None:
            n = self.number[text] = len(self.items)
            self.items.append(text)
        return n


def _relations(merged: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Each node's strongest merged relations (edge numbers, most reports first)."""
    incident: dict[str, list[int]] = defaultdict(list)
    for n, e in enumerate(merged):
        incident[e["from"]].append(n)
        if e["to"] != e["from"]:
            incident[e["to"]].append(n)
    return {node: sorted(edges, key=lambda n: (-merged[n]["nreports"], n))[:_MAX_RELATIONS]
            for node, edges in incident.items()}


def _siblings(merged: list[dict[str, Any]]) -> list[float]:
    """Each edge's curve: 0 when it is the only edge between its two nodes, else its own roundness,
    the least for the edge with the most reports (the one a large page draws first)."""
    pairs: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, e in enumerate(merged):
        pairs[tuple(sorted((e["from"], e["to"])))].append(n)
    curve = [0.0] * len(merged)
    for members in pairs.values():
        if len(members) > 1:
            for k, n in enumerate(sorted(members, key=lambda n: (-merged[n]["nreports"], n))):
                curve[n] = round(0.12 + 0.18 * k, 2)
    return curve


def page_data(graph: nx.MultiDiGraph, keys: list[Hashable], merged: list[dict[str, Any]],
              positions: dict[str, tuple[float, float]] | None, physics: bool,
              view: list[list[str]] | None, view_sizes: tuple[int, int, int],
              labelled: tuple[list[str], float] = ([], 14.0)) -> dict[str, Any]:
    """The JSON-able data of the page (see the module's docstring for its layout); ``view_sizes`` are
    N, K and R, ``labelled`` the nodes whose labels a large page draws large, and their size."""
    sizes = node_sizes(graph, keys, large=view is not None)
    s = _Table()
    ids = [str(k) for k in keys]
    number = {vid: n for n, vid in enumerate(ids)}
    linked = {x for e in merged for x in (e["from"], e["to"])}
    relations = _relations(merged)
    nodes, node_info, groups = [], [], set()
    for key, vid in zip(keys, ids):
        data = graph.nodes[key]
        kind = _text(data.get("kind"))
        group = (kind if kind in KIND_STYLE else "other") + ("" if vid in linked else "-faded")
        groups.add(group)
        node = [vid, _text(data.get("label")) or vid, group, sizes[vid]]
        if positions is not None:
            node += positions[vid]
        nodes.append(node)
        docs = sorted(set(_strings(data.get("docs"))))
        node_info.append([
            s(kind or "unknown"), s(_text(data.get("affiliation"))), [s(a) for a in _strings(data.get("aliases"))],
            int(_number(data.get("mentions")) or 0), len(docs), [s(d) for d in docs[:_MAX_DOCS]],
            relations.get(vid, []),
            [[s(name), s(text)] for attr, name in _NODE_FACTS if (text := _text(data.get(attr)))]])
    styles: dict[tuple[str, str, str], int] = {}
    edges, edge_info = [], []
    for e, curve in zip(merged, _siblings(merged)):
        style = styles.setdefault((e["kind"], e["type"], e["quad"]), len(styles))
        affiliation = e["kind"] == "affiliation"
        label = "" if affiliation else (e["type"] or e["kind"]) + (f" \u00d7{e['nreports']}" if e["nreports"] > 1 else "")
        edges.append([number[e["from"]], number[e["to"]], style, label, 1.5 if affiliation else _width(e["nreports"]),
                      curve])
        edge_info.append([
            s(e["kind"]), s(e["type"]), s(e["quad"]), e["count"], e["nreports"], [s(d) for d in e["dates"]],
            [[s(r["mode"]), s(r["date"]), s(r["cue"]), s(r["issue"]), r["confidence"],
              [[s(x) for x in ev] for ev in r["evidence"]]] for r in e["reports"]]])
    return {
        "strings": s.items, "nodes": nodes, "edges": edges,
        "edgeStyles": [_edge_style(*key) for key in styles],
        "options": options(physics, len(ids), sorted(groups), straight=view is not None),
        "info": {"nodes": node_info, "edges": edge_info},
        "view": None if view is None else {"steps": [[number[n] for n in step] for step in view],
                                           "actors": view_sizes[0], "issues": view_sizes[1],
                                           "minReports": view_sizes[2],
                                           "labelled": [number[n] for n in labelled[0]],
                                           "labelSize": labelled[1]},
    }
