"""A large graph as kg.graph.to_networkx makes one, without parsing articles: for the page's large view."""
from __future__ import annotations

import random

import networkx as nx

from kg.lexicon import plover

KINDS = ("state", "organization", "person", "group")


def large_graph(actors: int = 330, issues: int = 420, events: int = 2600, seed: int = 11) -> nx.MultiDiGraph:
    """``actors`` actors (a few hubs, most with a few links), ``issues`` issues with positions on them,
    ``events`` reported events (some by several reports) and some affiliations. The sentence
    ``"Shared sentence N."`` is the evidence of an event and of a position both."""
    rng, types = random.Random(seed), sorted(plover().items())
    g = nx.MultiDiGraph()
    for i in range(actors):
        g.add_node(f"A{i:03d}", label=f"Actor {i:03d}", kind=KINDS[i % 4], affiliation=None, aliases=[f"alias {i}"],
                   mentions=rng.randint(1, 60), docs=[f"d{rng.randrange(900)}" for _ in range(3)])
    for i in range(issues):
        g.add_node(f"I{i:03d}", label=f"Truce plan {i:03d}", kind="issue", issue_kind="proposal", place=None,
                   proposer=None, aliases=[f"plan {i}"], mentions=rng.randint(1, 5), docs=["d1"], first="2024-03-01",
                   last="2024-03-02")
    weights = [1.0 / (k + 1) ** 0.8 for k in range(actors)]  # a few actors take part in most events
    for n in range(events):
        u, v = rng.choices(range(actors), weights, k=2)
        if u == v:
            continue
        name, p = rng.choice(types)
        reports = rng.choice((1, 1, 1, 2, 3, 5))
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        evidence = [{"doc": f"d{rng.randrange(900)}", "sentence": f"Actor {u} met Actor {v} ({n}.{k}).", "date": day,
                     "rule": "verb-cue"} for k in range(reports)]
        g.add_edge(f"A{u:03d}", f"A{v:03d}", kind="event", plover=name, quad=p.quad, mode="asserted", cue="met",
                   date=day, confidence=0.7, count=reports, evidence=evidence)
    for i in range(issues):
        for _ in range(rng.choice((1, 1, 2, 3))):
            a = rng.choices(range(actors), weights, k=1)[0]
            stance = rng.choice(("supports", "opposes", "proposes"))
            g.add_edge(f"A{a:03d}", f"I{i:03d}", kind="position", position=stance, mode="asserted", date="2024-03-01",
                       cue="backed", evidence=[{"doc": "d1", "sentence": f"Actor {a} backed plan {i}.",
                                                "date": "2024-03-01", "rule": "verb-cue"}])
    for i in range(0, actors, 7):
        g.add_edge(f"A{i:03d}", f"A{(i + 1) % actors:03d}", kind="affiliation")
    for n in range(5):  # one sentence, the evidence of an event and of a position
        sentence = f"Shared sentence {n}."
        g.add_edge("A000", f"A{n + 1:03d}", kind="event", plover="AGREE", quad=plover()["AGREE"].quad, count=1,
                   evidence=[{"doc": "d1", "sentence": sentence, "date": "2024-03-01", "rule": "joint"}])
        g.add_edge("A000", f"I{n:03d}", kind="position", position="supports", count=1,
                   evidence=[{"doc": "d1", "sentence": sentence, "date": "2024-03-01", "rule": "joint"}])
    return g
