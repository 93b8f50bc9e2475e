"""Render a kg actor graph as one self-contained, offline HTML page.

pyvis assembles node/edge dicts and options; the page itself comes from our own
Jinja2 template ``kg/data/html/page.html`` (autoescaped) with vis-network's JS and
CSS inlined from the pyvis package.  The page makes no network request and contains
no ``http(s)://`` URL.

Drawn edges are the graph's edges merged by ``(source, target, kind, plover)``:
parallel reports of the same PLOVER type between the same ordered pair become one
edge labelled ``"REQUEST ×3"`` whose evidence lists every report.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import json
import math
import re
from collections import defaultdict
from collections.abc import Hashable, Mapping
from importlib import resources
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup, escape
from pyvis.network import Network

from kg.layout import layout
from kg.lexicon import plover

__all__ = ["render_html"]

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
_URL = re.compile(r"(?i)\bhttp(s?)://")
_MAX_RELATIONS = 8
#: further node attributes shown in the details panel, with their display names.
_NODE_FACTS = (("issue_kind", "kind of issue"), ("proposer", "proposed by"), ("place", "place"),
               ("first", "first mentioned"), ("last", "last mentioned"))
_MAX_DOCS = 20
_VIS_NOTE = (
    "/* vis-network 9.1.2, (c) 2011-2017 Almende B.V. and 2017-2019 visjs contributors;"
    " dual licensed Apache-2.0 or MIT. Inlined from the pyvis package. */\n"
)



def _asset(name: str) -> str:
    """Read one of our own page files from ``kg/data/html``."""
    return resources.files("kg").joinpath("data", "html", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network (css, js) from pyvis, with every URL neutralised."""
    lib = resources.files("pyvis").joinpath("lib", "vis-9.1.2")
    css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    if js.startswith("/**"):  # licence banner full of URLs -> short note
        js = _VIS_NOTE + js[js.index("*/") + 2 :].lstrip("\n")
    # The SVG namespace is functional: keep its value but not the literal text.
    js = js.replace('"http://www.w3.org/2000/svg"', '"http:"+"//www.w3.org/2000/svg"')
    js = _URL.sub(r"hxxp\1://", js)  # remaining hits are unused metadata / messages
    js = re.sub(r"(?m)^//# sourceMappingURL=.*$", "", js)  # devtools would fetch it
    js = js.replace('"<script>"', '"<"+"script>"')  # core-js string; keeps our tag count exact
    js = re.sub(r"(?i)</(script)", r"<\\/\1", js).replace("<!--", "<\\!--")
    css = _URL.sub(r"hxxp\1://", css).replace("</", "<\\/")
    return css, js


def _json_for_script(obj: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>``, ``&`` or ``/``."""
    text = json.dumps(obj, ensure_ascii=True, sort_keys=True, separators=(",", ":"), allow_nan=False)
    # ensure_ascii already escapes U+2028/U+2029; "\\/" also breaks "</script" and "://"
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("/", "\\/")


def _csp_hash(script: str) -> str:
    """The CSP source that allows exactly this inline script (and no injected one)."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def _finalize(value: Any) -> Any:
    """Each ``{{ value }}`` of the template: HTML-escaped, with ``scheme://`` defused (the page holds no URL);
    values marked safe by this module (scripts, styles, JSON data) as they are."""
    if isinstance(value, Markup):
        return value
    return Markup(str(escape(value)).replace("://", "&#58;//"))


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, finalize=_finalize, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return env.from_string(_asset("page.html"))



def _text(value: Any) -> str | None:
    """A string or None (dates and numbers become their ``str``)."""
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text or None


def _iso(value: Any) -> str | None:
    """The ``YYYY-MM-DD`` prefix of a date-ish value, if it has one."""
    text = _text(value)
    return text[:10] if text and _ISO.match(text) else None


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



def _select(graph: nx.MultiDiGraph, top: int | None) -> list[Hashable]:
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
    evidence = [
        {"doc": _text(_get(e, "doc")), "sentence": _text(_get(e, "sentence")), "date": _text(_get(e, "date")),
         "rule": _text(_get(e, "rule"))}
        for e in data.get("evidence") or ()
    ]
    report: dict[str, Any] = {k: _text(data.get(k)) for k in ("mode", "date", "cue", "issue")}
    return {**report, "confidence": _number(data.get("confidence")), "evidence": evidence}


def _merge(graph: nx.MultiDiGraph, keep: set[Hashable]) -> list[dict[str, Any]]:
    """Merge parallel edges by (source, target, kind, type); sorted, with ids ``e0``, ``e1`` ...

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
    for index, (key, datas) in enumerate(sorted(groups.items())):
        source, target, kind, kind_type = key
        plover = kind_type if kind == "event" else ""
        reports = sorted((_report(d) for d in datas), key=lambda r: json.dumps(r, sort_keys=True))
        quads = sorted({q for d in datas if (q := _text(d.get("quad"))) in QUADS})
        dates: set[str] = set()
        for r in reports:
            dates.update(d for d in [_iso(r["date"])] + [_iso(e["date"]) for e in r["evidence"]] if d)
        merged.append({
            "id": f"e{index}", "from": source, "to": target, "kind": kind, "type": kind_type, "plover": plover,
            "quad": (quads[0] if quads else PLOVER_QUAD.get(plover, "other")) if kind == "event" else "",
            "count": len(datas), "nreports": sum(_n_reports(d) for d in datas), "dates": sorted(dates),
            "reports": reports if kind != "affiliation" else [],
        })
    return merged


def _relations(merged: list[dict[str, Any]], labels: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """Each node's strongest merged relations (most reports first)."""
    incident: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in merged:
        what = e["type"] or e["kind"]
        incident[e["from"]].append({"edge": e["id"], "dir": "out", "other": labels[e["to"]], "what": what, "count": e["nreports"]})
        if e["to"] != e["from"]:
            incident[e["to"]].append({"edge": e["id"], "dir": "in", "other": labels[e["from"]], "what": what, "count": e["nreports"]})
    return {
        n: sorted(rels, key=lambda r: (-r["count"], int(r["edge"][1:])))[:_MAX_RELATIONS]
        for n, rels in incident.items()
    }



def _width(reports: int) -> float:
    """Edge width in px for a merged edge standing for ``reports`` reports."""
    return round(min(9.0, 2.0 + 1.75 * math.log2(max(1, reports))), 2)


def _fade(colour: str) -> str:
    """``#rrggbb`` mixed 60 % towards white."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * 0.6):02x}" for c in rgb)


def _options(physics: bool, n_nodes: int) -> dict[str, Any]:
    """vis-network options (physics stops after stabilisation, see app.js)."""
    forces = {"gravitationalConstant": -80, "springLength": 140, "avoidOverlap": 0.5}
    return {
        "autoResize": True,
        "layout": {"randomSeed": 42, "improvedLayout": physics and n_nodes <= 100},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based", "forceAtlas2Based": forces,
                    "stabilization": {"enabled": physics, "iterations": 400, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
        "nodes": {"borderWidth": 1, "font": {"size": 14, "color": "#222222"}},
        "edges": {"selectionWidth": 2, "hoverWidth": 1.5, "font": {"size": 11, "color": "#333333", "strokeWidth": 3,
                                                "strokeColor": "#ffffff", "align": "middle"}},
    }


def _network(graph: nx.MultiDiGraph, keys: list[Hashable], merged: list[dict[str, Any]],
             positions: dict[str, tuple[float, float]] | None, physics: bool) -> Network:
    """Nodes and edges as a pyvis Network (never shown; only its dicts are used)."""
    net = Network(directed=True, cdn_resources="remote")
    linked = {n for e in merged for n in (e["from"], e["to"])}
    for key in keys:
        data, vid = graph.nodes[key], str(key)
        shape, colour = KIND_STYLE.get(_text(data.get("kind")) or "", OTHER_KIND)
        mentions = _number(data.get("mentions")) or 0.0
        extra: dict[str, Any] = {}
        if positions is not None:
            extra = {"x": positions[vid][0], "y": positions[vid][1], "physics": False}
        if vid not in linked:  # mentioned but in no drawn relation: faded
            colour, extra["font"] = _fade(colour), {"color": "#8a8a8a"}
        net.add_node(
            vid, label=_text(data.get("label")) or vid, shape=shape,
            color={"background": colour, "border": "#333333", "highlight": {"background": colour, "border": "#000000"},
                   "hover": {"background": colour, "border": "#000000"}},
            size=round(min(40.0, 10.0 + 4.0 * math.log2(1.0 + max(0.0, mentions))), 2), **extra,
        )
    pair_index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in merged:
        pair_index[tuple(sorted((e["from"], e["to"])))].append(e["id"])
    for e in merged:
        siblings = pair_index[tuple(sorted((e["from"], e["to"])))]
        smooth: dict[str, Any] = {"enabled": True, "type": "continuous"}
        if len(siblings) > 1:
            smooth = {"enabled": True, "type": "curvedCW", "roundness": round(0.12 + 0.18 * siblings.index(e["id"]), 2)}
        if e["kind"] == "affiliation":
            net.add_edge(e["from"], e["to"], id=e["id"], color={"color": AFFILIATION_COLOUR, "inherit": False},
                         dashes=[2, 4], width=1.5, arrows={"to": {"enabled": False}}, smooth=smooth)
            continue
        if e["kind"] == "event":
            colour, dashed = QUAD_STYLE.get(e["quad"], OTHER_QUAD)
            dashes: Any = [8, 5] if dashed else False
        else:  # a position on an issue, or a kind this page does not know yet
            colour, dashes = POSITION_STYLE.get(e["type"], OTHER_QUAD[0]), POSITION_DASHES
        net.add_edge(
            e["from"], e["to"], id=e["id"],
            label=(e["type"] or e["kind"]) + (f" \u00d7{e['nreports']}" if e["nreports"] > 1 else ""),
            color={"color": colour, "highlight": colour, "hover": colour, "inherit": False},
            dashes=dashes, width=_width(e["nreports"]), arrows={"to": {"enabled": True, "scaleFactor": 0.6}},
            smooth=smooth,
        )
    net.set_options(json.dumps(_options(physics, len(keys))))
    return net



def _controls(merged: list[dict[str, Any]]) -> dict[str, Any]:
    """What the sidebar's filters offer: quad classes, edge kinds, PLOVER types by quad class, the dates."""
    counts: dict[str, int] = defaultdict(int)
    for e in merged:
        if e["kind"] == "event":
            counts[e["plover"]] += 1
    kinds = sorted({e["kind"] for e in merged} - {"event", "affiliation"})
    groups = [(quad, [(p, counts.get(p, 0)) for p, q in PLOVER_QUAD.items() if q == quad]) for quad in QUADS]
    others = sorted(p for p in counts if p not in PLOVER_QUAD)
    if others:
        groups.append(("other", [(p, counts[p]) for p in others]))
    dates = sorted({d for e in merged for d in e["dates"]})
    return {"quads": QUADS, "plover_groups": groups, "dates": (dates[0], dates[-1]) if dates else None,
            "edge_kinds": [(k, "positions on issues" if k == "position" else f"{k} relations") for k in kinds]}


def _legend(kinds: set[str], positions: set[str]) -> dict[str, Any]:
    """The legend's rows: node kinds (issues only when drawn), quad classes, affiliation, stances drawn."""
    return {
        "node_kinds": [(kind, shape, colour) for kind, (shape, colour) in KIND_STYLE.items()
                       if kind != "issue" or kind in kinds],
        "faded": _fade(OTHER_KIND[1]), "affiliation_colour": AFFILIATION_COLOUR,
        "quad_styles": [(quad, colour, dashed) for quad, (colour, dashed) in QUAD_STYLE.items()],
        "stances": [(stance, POSITION_STYLE.get(stance, OTHER_QUAD[0])) for stance in sorted(positions)],
    }


def render_html(graph: nx.MultiDiGraph, *, title: str = "kg graph", top: int | None = None,
                physics_limit: int = 150) -> str:
    """Render ``graph`` as one self-contained HTML page (deterministic, offline, XSS-safe).

    ``top`` keeps the N highest-degree actors (ties by id).  Above ``physics_limit``
    drawn nodes, positions are precomputed (:func:`kg.layout.layout`) and physics is off.
    """
    keys = _select(graph, top)
    merged = _merge(graph, set(keys))
    ids = [str(k) for k in keys]
    physics = len(ids) <= physics_limit
    positions = None if physics or not ids else layout(ids, [(e["from"], e["to"], e["nreports"]) for e in merged])
    net = _network(graph, keys, merged, positions, physics)
    labels = {str(k): _text(graph.nodes[k].get("label")) or str(k) for k in keys}
    relations = _relations(merged, labels)
    node_info = {}
    for key in keys:
        data, vid = graph.nodes[key], str(key)
        docs = sorted(set(_strings(data.get("docs"))))
        node_info[vid] = {
            "id": vid, "label": labels[vid], "kind": _text(data.get("kind")) or "unknown",
            "affiliation": _text(data.get("affiliation")), "aliases": _strings(data.get("aliases")),
            "mentions": int(_number(data.get("mentions")) or 0), "ndocs": len(docs), "docs": docs[:_MAX_DOCS],
            "relations": relations.get(vid, []),
            "facts": [[name, text] for attr, name in _NODE_FACTS if (text := _text(data.get(attr)))],
        }
    edge_info = {e["id"]: {k: v for k, v in e.items() if k != "id"} for e in merged}
    payload = {
        "nodes": sorted(net.nodes, key=lambda n: n["id"]),
        "edges": sorted(net.edges, key=lambda e: int(e["id"][1:])),
        "options": net.options,
        "info": {"nodes": node_info, "edges": edge_info},
    }
    reports = sum(e["nreports"] for e in merged if e["kind"] == "event")
    issues = sum(1 for info in node_info.values() if info["kind"] == "issue")
    stats = [f"{len(ids) - issues} actors"] + ([f"{issues} issues"] if issues else [])
    stats += [f"{len(merged)} relations", f"{reports} reports"]
    vis_css, vis_js = _vis_assets()
    vis_js, app_js = "\n" + vis_js + "\n", "\n" + _asset("app.js") + "\n"
    return _template().render(
        title=title, stats=stats, empty=not ids,
        script_hashes=Markup(" ".join(_csp_hash(js) for js in (vis_js, app_js))),
        vis_css=Markup(vis_css), css=Markup(_asset("page.css")), data=Markup(_json_for_script(payload)),
        vis_js=Markup(vis_js), app_js=Markup(app_js),
        **_controls(merged),
        **_legend({_text(graph.nodes[k].get("kind")) or "" for k in keys},
                  {e["type"] for e in merged if e["kind"] == "position"}),
    )
