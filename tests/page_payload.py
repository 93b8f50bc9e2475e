"""Read the data of a graph.html back as plain records, as its script (kg/data/html/app.js) decodes them.

The page stores its data compactly (the layout is in :mod:`kg.pagedata`); the tests read it
through :func:`payload`, whose records have the fields the page's script gives them, and a
browser test checks that the script decodes every node and edge to the same records.
"""
from __future__ import annotations

import json
import re
from typing import Any

DATA_RE = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)


def raw(page: str) -> dict[str, Any]:
    """The page's JSON data, as stored."""
    match = DATA_RE.search(page)
    assert match, "data script missing"
    return json.loads(match.group(1))


def decode(data: dict[str, Any]) -> dict[str, Any]:
    """vis-network's nodes and edges, the options, the view and each node's and edge's details."""
    s = data["strings"]

    def text(i: int | None) -> str | None:
        return None if i is None else s[i]

    ids = [n[0] for n in data["nodes"]]
    labels = {n[0]: n[1] for n in data["nodes"]}
    nodes = []
    large = set(data["view"]["labelled"]) if data["view"] else set()
    for i, n in enumerate(data["nodes"]):
        node = {"id": n[0], "label": n[1], "group": n[2], "size": n[3]}
        if len(n) > 4:
            node.update(x=n[4], y=n[5])
        if i in large:
            node["font"] = {"size": data["view"]["labelSize"]}
        nodes.append(node)
    edges, edge_info = [], {}
    for i, (e, info) in enumerate(zip(data["edges"], data["info"]["edges"])):
        edge = {**data["edgeStyles"][e[2]], "id": f"e{i}", "from": ids[e[0]], "to": ids[e[1]], "width": e[4]}
        if e[3]:
            edge["label"] = e[3]
        if e[5]:
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": e[5]}
        edges.append(edge)
        kind = s[info[0]]
        edge_info[f"e{i}"] = {
            "id": f"e{i}", "from": ids[e[0]], "to": ids[e[1]], "kind": kind, "type": s[info[1]], "quad": s[info[2]],
            "plover": s[info[1]] if kind == "event" else "", "count": info[3], "nreports": info[4],
            "dates": [s[d] for d in info[5]],
            "reports": [{"mode": text(r[0]), "date": text(r[1]), "cue": text(r[2]), "issue": text(r[3]),
                         "confidence": r[4],
                         "evidence": [{"doc": text(v[0]), "sentence": text(v[1]), "date": text(v[2]), "rule": text(v[3])}
                                      for v in r[5]]} for r in info[6]]}
    node_info = {}
    for n, info in zip(data["nodes"], data["info"]["nodes"]):
        relations = []
        for k in info[6]:
            e = edge_info[f"e{k}"]
            out = e["from"] == n[0]
            relations.append({"edge": f"e{k}", "dir": "out" if out else "in",
                              "other": labels[e["to"] if out else e["from"]],
                              "what": e["type"] or e["kind"], "count": e["nreports"]})
        node_info[n[0]] = {"id": n[0], "label": n[1], "kind": text(info[0]), "affiliation": text(info[1]),
                           "aliases": [s[a] for a in info[2]], "mentions": info[3], "ndocs": info[4],
                           "docs": [s[d] for d in info[5]], "relations": relations,
                           "facts": [[s[a], s[b]] for a, b in info[7]]}
    return {"nodes": nodes, "edges": edges, "options": data["options"], "view": data["view"],
            "info": {"nodes": node_info, "edges": edge_info}}


def payload(page: str) -> dict[str, Any]:
    """The decoded data of a page (:func:`decode`)."""
    return decode(raw(page))
