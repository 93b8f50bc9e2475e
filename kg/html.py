"""Render a kg actor graph as one self-contained, offline HTML page.

The page comes from our own Jinja2 template ``kg/data/html/page.html`` (autoescaped),
with vis-network's JS and CSS inlined from the pyvis package and the graph's data
(:mod:`kg.pagedata`: nodes, merged edges, their details, every string once) as JSON
that the page's script (``app.js``) decodes. The page makes no network request and
contains no ``http(s)://`` URL.

Large graphs are laid out here (:func:`kg.layout.layout`, every node, so nodes shown
later appear in place) and, above ``open_limit`` nodes, the page opens on the most
connected actors and their issues, with the rest a search or a "show more" away.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from collections import defaultdict
from importlib import resources
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup, escape

from kg.layout import Settings, layout, staged
from kg.pagedata import (AFFILIATION_COLOUR, KIND_STYLE, OTHER_KIND, OTHER_QUAD, PLOVER_QUAD, POSITION_STYLE, QUAD_STYLE,
                         QUADS, fade, merge_edges, node_sizes, opening_reports, opening_steps, page_data, select_nodes)

__all__ = ["render_html", "KIND_STYLE"]

_URL = re.compile(r"(?i)\bhttp(s?)://")
_VIS_NOTE = (
    "/* vis-network 9.1.2, (c) 2011-2017 Almende B.V. and 2017-2019 visjs contributors;"
    " dual licensed Apache-2.0 or MIT. Inlined from the pyvis package. */\n"
)
#: Above this many nodes the page opens on OPEN_ACTORS actors and up to ISSUES_PER_ACTOR issues of each.
OPEN_LIMIT = 500
OPEN_ACTORS = 150
ISSUES_PER_ACTOR = 1
#: On such a page the labels of this many of the most connected actors are drawn LABEL_SIZE px high (the
#: opening of a year of news is drawn at about 0.45 of its size in a 1400 px wide window: about 14 px on screen).
OPEN_LABELS = 40
LABEL_SIZE = 32.0
LABEL_WIDTH = 0.55  # the width of a character of a label, about, in units of its height
#: The opening of a large page is drawn tighter than a whole graph, so that its labels show.
OPENING_LAYOUT = Settings(spacing=100.0, spread_rounds=200)  # rounds enough to part the large labels


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
        "faded": fade(OTHER_KIND[1]), "affiliation_colour": AFFILIATION_COLOUR,
        "quad_styles": [(quad, colour, dashed) for quad, (colour, dashed) in QUAD_STYLE.items()],
        "stances": [(stance, POSITION_STYLE.get(stance, OTHER_QUAD[0])) for stance in sorted(positions)],
    }


def render_html(graph: nx.MultiDiGraph, *, title: str = "kg graph", top: int | None = None,
                physics_limit: int = 150, open_limit: int = OPEN_LIMIT, open_actors: int = OPEN_ACTORS,
                issues_per_actor: int = ISSUES_PER_ACTOR) -> str:
    """Render ``graph`` as one self-contained HTML page (deterministic, offline, XSS-safe).

    ``top`` keeps the N highest-degree actors (ties by id).  Above ``physics_limit``
    drawn nodes, positions are precomputed (:func:`kg.layout.layout`) and physics is off.
    Above ``open_limit`` nodes the page opens on the ``open_actors`` most connected actors
    and up to ``issues_per_actor`` issues each takes positions on; "show more" adds as many
    again, and the search box reaches every node.
    """
    keys = select_nodes(graph, top)
    merged = merge_edges(graph, set(keys))
    ids = [str(k) for k in keys]
    physics = len(ids) <= physics_limit
    view = opening_steps(graph, keys, merged, open_actors, issues_per_actor) if len(ids) > open_limit else None
    least = opening_reports(merged, view[0]) if view else 1
    issue_ids = {str(k) for k in keys if graph.nodes[k].get("kind") == "issue"}
    labelled = [n for n in view[0] if n not in issue_ids][:OPEN_LABELS] if view else []  # by degree, as the steps
    positions = None
    if not physics and ids:
        links, sizes = [(e["from"], e["to"], e["nreports"]) for e in merged], node_sizes(graph, keys, large=view is not None)
        if view is None:
            positions = layout(ids, links, radius=sizes)
        else:  # a large label gets the room of a disc as wide as it, so that no node is drawn over it
            labels = {str(k): str(graph.nodes[k].get("label") or k) for k in keys}
            room = {**sizes, **{n: max(sizes[n], LABEL_WIDTH * LABEL_SIZE * len(labels[n]) / 2) for n in labelled}}
            positions = staged(view, links, OPENING_LAYOUT, radius=room)
    payload = page_data(graph, keys, merged, positions, physics, view, (open_actors, issues_per_actor, least),
                        (labelled, LABEL_SIZE))
    kinds = [str(graph.nodes[k].get("kind") or "") for k in keys]
    reports = sum(e["nreports"] for e in merged if e["kind"] == "event")
    issues = kinds.count("issue")
    stats = [f"{len(ids) - issues} actors"] + ([f"{issues} issues"] if issues else [])
    stats += [f"{len(merged)} relations", f"{reports} reports"]
    vis_css, vis_js = _vis_assets()
    vis_js, app_js = "\n" + vis_js + "\n", "\n" + _asset("app.js") + "\n"
    return _template().render(
        title=title, stats=stats, empty=not ids, view=payload["view"], min_reports=least,
        script_hashes=Markup(" ".join(_csp_hash(js) for js in (vis_js, app_js))),
        vis_css=Markup(vis_css), css=Markup(_asset("page.css")), data=Markup(_json_for_script(payload)),
        vis_js=Markup(vis_js), app_js=Markup(app_js),
        **_controls(merged),
        **_legend(set(kinds), {e["type"] for e in merged if e["kind"] == "position"}),
    )

