"""The layout for large pages: deterministic, related nodes close, components apart, forces right."""
from __future__ import annotations

import math
import random

import numpy as np
import pytest

from kg.layout import Settings, _Grid, components, layout, spread


def planted(groups: int = 4, size: int = 120, p_in: float = 0.08, links: int = 6, seed: int = 3):
    """``groups`` dense communities of ``size`` nodes, joined by a few links."""
    rng = random.Random(seed)
    nodes = [f"n{g}-{i:03d}" for g in range(groups) for i in range(size)]
    edges = []
    for g in range(groups):
        members = [f"n{g}-{i:03d}" for i in range(size)]
        for i, u in enumerate(members):
            edges.append((u, members[(i + 1) % size]))  # a ring keeps each community connected
            edges += [(u, v) for v in members[i + 1:] if rng.random() < p_in]
    for g in range(groups - 1):
        edges += [(f"n{g}-{rng.randrange(size):03d}", f"n{g + 1}-{rng.randrange(size):03d}") for _ in range(links)]
    return nodes, edges


def test_same_input_in_any_order_gives_the_same_positions():
    nodes, edges = planted()
    pos = layout(nodes, edges)
    shuffled_nodes, shuffled_edges = nodes[::-1], [(v, u) for u, v in edges[::-1]]
    assert layout(shuffled_nodes, shuffled_edges) == pos
    assert sorted(pos) == sorted(nodes)
    assert all(isinstance(x, float) and math.isfinite(x) and math.isfinite(y) for x, y in pos.values())


def test_communities_are_drawn_together():
    nodes, edges = planted()
    pos = layout(nodes, edges)
    xy = {g: np.array([pos[n] for n in nodes if n.startswith(f"n{g}-")]) for g in range(4)}
    centres = {g: a.mean(axis=0) for g, a in xy.items()}
    spread = np.mean([np.sqrt(((a - centres[g]) ** 2).sum(axis=1)).mean() for g, a in xy.items()])
    apart = np.mean([math.dist(centres[a], centres[b]) for a in range(4) for b in range(a + 1, 4)])
    assert apart > 1.5 * spread  # each community is a blob of its own
    linked = np.mean([math.dist(pos[u], pos[v]) for u, v in edges])
    rng = random.Random(0)
    anyhow = np.mean([math.dist(pos[rng.choice(nodes)], pos[rng.choice(nodes)]) for _ in range(3000)])
    assert linked < 0.5 * anyhow


def test_hubs_get_room():
    """A star's centre sits among its leaves, and no two nodes fall on one point."""
    nodes = ["hub"] + [f"leaf{i:03d}" for i in range(400)]
    pos = layout(nodes, [("hub", n) for n in nodes[1:]])
    xy = np.array([pos[n] for n in nodes[1:]])
    assert math.dist(pos["hub"], tuple(xy.mean(axis=0))) < 0.2 * np.sqrt(((xy - xy.mean(axis=0)) ** 2).sum(axis=1)).mean()
    assert len({pos[n] for n in nodes}) == len(nodes)


def test_components_are_packed_apart_largest_first():
    big, big_edges = planted(groups=1, size=400)  # laid out on the grid
    small = [f"s{k}-{i}" for k in range(30) for i in range(5)]  # laid out together, exact repulsion
    small_edges = [(f"s{k}-{i}", f"s{k}-{(i + 1) % 5}") for k in range(30) for i in range(5)]
    lone = [f"z{i:02d}" for i in range(25)]
    pos = layout(big + small + lone, big_edges + small_edges)
    assert len(pos) == len(big) + len(small) + len(lone)
    assert min(min(x, y) for x, y in pos.values()) == pytest.approx(40.0, abs=0.1)

    def box(names):
        xs, ys = [pos[n][0] for n in names], [pos[n][1] for n in names]
        return min(xs), min(ys), max(xs), max(ys)

    boxes = [box(big)] + [box([f"s{k}-{i}" for i in range(5)]) for k in range(30)] + [box([n]) for n in lone]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)
    assert boxes[0][1] == pytest.approx(40.0, abs=0.1)  # the largest drawing comes first
    rings = 0
    for k in range(30):  # a ring is drawn as a ring: all its nodes about as far from its centre
        ring = np.array([pos[f"s{k}-{i}"] for i in range(5)])
        r = np.sqrt(((ring - ring.mean(axis=0)) ** 2).sum(axis=1))
        rings += r.min() > 0.5 * r.max()
    assert rings >= 28  # a force layout from a random start may fold one or two


def test_edge_weights_pull_harder():
    nodes = [f"n{i:03d}" for i in range(320)]
    edges = [(nodes[i], nodes[(i + 1) % 320], 1.0) for i in range(320)]
    heavy = edges + [(nodes[0], nodes[160], 500.0)]
    light = edges + [(nodes[0], nodes[160], 1.0)]
    assert math.dist(*(layout(nodes, heavy)[n] for n in (nodes[0], nodes[160]))) < math.dist(
        *(layout(nodes, light)[n] for n in (nodes[0], nodes[160])))


def test_degenerate_inputs():
    assert layout([], []) == {}
    assert layout(["a"], [("a", "a")]) == {"a": (40.0, 40.0)}
    two = layout(["a", "b"], [("a", "b"), ("b", "a"), ("a", "a")])
    assert two["a"] != two["b"]
    assert components(5, np.array([[0, 3], [3, 4]])).tolist() == [0, 1, 2, 0, 0]


def test_grid_repulsion_matches_the_exact_sum_far_away():
    """What one cluster feels from another is the exact sum over all pairs, to a few per cent
    (within a cell the grid softens the push; :func:`kg.layout.spread` parts such nodes)."""
    rng = np.random.default_rng(1)
    pos = np.concatenate([rng.normal(0, 30, (500, 2)), rng.normal((400, -250), 30, (500, 2))])
    mass = rng.integers(1, 6, len(pos)).astype(float)
    far = mass.copy()
    far[:500] = 0.0  # only the second cluster pushes
    approx = _Grid(len(pos), Settings())(pos, far)[:500]
    d = pos[:500, None, :] - pos[None, 500:, :]
    exact = (mass[None, 500:, None] * d / (d ** 2).sum(axis=2)[:, :, None]).sum(axis=1)
    err = np.sqrt(((approx - exact) ** 2).sum(axis=1)) / np.sqrt((exact ** 2).sum(axis=1))
    assert err.max() < 0.05


def test_spread_parts_overlapping_nodes():
    pos = np.zeros((50, 2))
    pos[25:] = 3.0  # two heaps of 25 nodes each on one point
    out = spread(pos, np.full(50, 10.0), rounds=200, gap=2.0)
    d = np.sqrt(((out[:, None, :] - out[None, :, :]) ** 2).sum(axis=2)) + np.eye(50) * 1e9
    assert d.min() > 0.9 * 22.0
    assert np.array_equal(out, spread(pos, np.full(50, 10.0), rounds=200, gap=2.0))


def test_leaves_sit_beside_their_node_without_overlapping():
    """In a large component, nodes with one link (an issue one actor takes a position on) are set
    around that node, each in its own place."""
    nodes, edges = planted()
    hubs = nodes[::24]  # 20 nodes with 15 leaves each
    leaves = {f"leaf-{h}-{k:02d}": h for h in hubs for k in range(15)}
    pos = layout(nodes + list(leaves), edges + [(h, leaf) for leaf, h in leaves.items()])
    rng = random.Random(0)
    own = np.mean([math.dist(pos[leaf], pos[h]) for leaf, h in leaves.items()])
    anyhow = np.mean([math.dist(pos[leaf], pos[rng.choice(nodes)]) for leaf in leaves for _ in range(3)])
    assert own < 0.25 * anyhow
    xy = np.array(list(pos.values()))
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2)) + np.eye(len(xy)) * 1e9
    assert d.min() > 10.0  # discs of at least 8 px radius: pushed apart, not on one another


def test_a_heap_too_crowded_to_part_is_left_as_drawn():
    from kg.layout import _close_pairs

    pos = np.zeros((7000, 2))  # 49 million candidate pairs: more than spread() takes on
    assert _close_pairs(pos, 10.0) is None
    assert np.array_equal(spread(pos, np.full(7000, 10.0)), pos)
    assert len(_close_pairs(pos[:100], 10.0)[0]) == 100 * 99 // 2
