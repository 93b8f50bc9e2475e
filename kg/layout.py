"""Positions for large graphs: ForceAtlas2 with grid repulsion, in numpy, deterministic.

ForceAtlas2 (Jacomy et al. 2014, the layout of Gephi) pulls linked nodes together
(springs, stronger for more reports), pushes every pair apart in proportion to
their degrees (so hubs get room and their own neighbours gather round them) and
holds each drawing together with a weak gravity; its adaptive speeds let it settle
in a few hundred iterations.

For a large connected component the all-pairs repulsion is computed on a grid, as
in particle-mesh simulations: the nodes' masses are spread over a G x G grid,
convolved with the repulsion kernel by FFT and read back at each node. One
iteration costs O(n + m + G^2 log G) for n nodes and m edges, with G about sqrt(n)
(at most 128), instead of O(n^2). In a large component, nodes with a single link
(issues one actor takes a position on) are left out of the simulation and set
in a sunflower beside their neighbour. Small components are laid out all at
once with exact repulsion inside each; lone nodes get no layout. Nodes that
still overlap are pushed apart, and the drawings are packed in rows, the
largest first.

Same input, same positions: nodes and edges are sorted, the start is drawn from a
fixed seed, and numpy's sums and FFTs run in a fixed order.

>>> pos = layout(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "a")])
>>> sorted(pos) == ["a", "b", "c", "d"] and pos == layout(["d", "c", "b", "a"], [("c", "a"), ("a", "b"), ("b", "c")])
True
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

__all__ = ["layout", "staged", "force_atlas2", "components", "spread", "Settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    """ForceAtlas2's knobs (Gephi's defaults where it has them), the grid and the drawing's scale."""

    iterations: int = 300
    seed: int = 42
    scaling: float = 2.0  # repulsion strength (Gephi's "scaling ratio")
    gravity: float = 1.0
    jitter: float = 1.0  # tolerance to swinging (Gephi's "tolerance")
    linlog: bool = True  # logarithmic springs (Noack's LinLog): communities drawn as clusters, apart
    max_grid: int = 128  # cells per side of the repulsion grid (memory and time grow with its square)
    grid_above: int = 300  # components with more nodes than this use the grid; smaller ones exact pairs
    spacing: float = 120.0  # px per sqrt(node) of a drawing's side
    spread_rounds: int = 20  # rounds of pushing overlapping nodes apart
    gap: float = 6.0  # px left between the discs of two nodes
    margin: float = 80.0  # px between packed drawings
    min_width: float = 1200.0  # px: rows of drawings are at least this wide


# ------------------------------------------------------------------------------------ repulsion
def _kernel_fft(g: int) -> tuple[np.ndarray, np.ndarray]:
    """FFTs of the softened repulsion kernel r / (|r|^2 + 1) on a (2g x 2g) grid of cell offsets."""
    off = np.fft.fftfreq(2 * g, d=1.0 / (2 * g))  # 0, 1, ..., g-1, -g, ..., -1
    dx, dy = np.meshgrid(off, off, indexing="ij")
    r2 = dx * dx + dy * dy + 1.0
    return np.fft.rfft2(dx / r2), np.fft.rfft2(dy / r2)


class _Grid:
    """sum_j m_j (x_i - x_j) / |x_i - x_j|^2 for all nodes, from their masses spread over a g x g grid."""

    def __init__(self, n: int, settings: Settings) -> None:
        self.g = int(min(settings.max_grid, max(32, 2 ** math.ceil(math.log2(math.sqrt(n) * 1.5)))))
        self.kfft = _kernel_fft(self.g)

    def __call__(self, pos: np.ndarray, mass: np.ndarray) -> np.ndarray:
        g = self.g
        lo = pos.min(axis=0)
        h = float(max((pos.max(axis=0) - lo).max(), 1e-9)) / (g - 1.001)
        u = (pos - lo) / h
        i0 = np.minimum(u.astype(np.int64), g - 2)
        fx, fy = (u - i0).T
        corners = ((0, 0, (1 - fx) * (1 - fy)), (1, 0, fx * (1 - fy)), (0, 1, (1 - fx) * fy), (1, 1, fx * fy))
        grid = np.zeros(4 * g * g)
        cells = []
        for a, b, w in corners:  # cloud-in-cell: each node's mass over the four cells around it
            idx = (i0[:, 0] + a) * (2 * g) + (i0[:, 1] + b)
            cells.append((idx, w))
            grid += np.bincount(idx, weights=w * mass, minlength=4 * g * g)
        spectrum = np.fft.rfft2(grid.reshape(2 * g, 2 * g))
        fields = [np.fft.irfft2(spectrum * k, s=(2 * g, 2 * g)).ravel() for k in self.kfft]
        out = np.zeros_like(pos)
        for idx, w in cells:  # read the field back the same way, so a node does not push itself
            out[:, 0] += w * fields[0][idx]
            out[:, 1] += w * fields[1][idx]
        return out / h


class _Pairs:
    """The same sum, exactly, over the pairs of nodes in the same group (small components)."""

    def __init__(self, groups: np.ndarray) -> None:
        order = np.argsort(groups, kind="stable")
        bounds = np.flatnonzero(np.diff(groups[order])) + 1
        left, right = [], []
        for members in np.split(order, bounds):
            a, b = np.triu_indices(len(members), 1)
            left.append(members[a])
            right.append(members[b])
        self.i, self.j = np.concatenate(left), np.concatenate(right)
        self.n = len(groups)

    def __call__(self, pos: np.ndarray, mass: np.ndarray) -> np.ndarray:
        d = pos[self.i] - pos[self.j]
        push = (mass[self.i] * mass[self.j] / np.maximum((d * d).sum(axis=1), 1e-2))[:, None] * d
        out = np.zeros_like(pos)
        for axis in (0, 1):
            out[:, axis] = (np.bincount(self.i, push[:, axis], self.n) - np.bincount(self.j, push[:, axis], self.n))
        return out / mass[:, None]


# ------------------------------------------------------------------------------------ ForceAtlas2
def force_atlas2(n: int, edges: np.ndarray, weights: np.ndarray, settings: Settings = Settings(),
                 groups: np.ndarray | None = None, mass: np.ndarray | None = None) -> np.ndarray:
    """ForceAtlas2 positions (an n x 2 array) of nodes 0..n-1 joined by ``edges`` (an m x 2 int array).

    ``weights`` (m floats) make springs stronger. Without ``groups`` the nodes are one
    drawing (grid repulsion); with ``groups`` (a component number per node) each group
    is its own drawing, with exact repulsion inside it and its own centre of gravity.
    ``mass`` (default: degree + 1) is how hard a node pushes and is pushed.
    """
    if n == 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng(settings.seed)
    src, dst = edges[:, 0], edges[:, 1]
    if mass is None:
        mass = np.bincount(src, minlength=n) + np.bincount(dst, minlength=n) + 1.0
    repulsion = _Grid(n, settings) if groups is None else _Pairs(groups)
    linlog = settings.linlog and groups is None  # small drawings keep linear springs: LinLog folds rings
    if groups is None:
        groups = np.zeros(n, dtype=np.int64)
    sizes = np.bincount(groups)
    pos = rng.uniform(-1.0, 1.0, (n, 2)) * (np.sqrt(sizes[groups]) * 10.0)[:, None]
    kr = np.where(sizes[groups] >= 100, settings.scaling, 10.0)[:, None]  # Gephi's choice for small graphs
    speed, efficiency = 1.0, 1.0
    old = np.zeros_like(pos)
    estimated = 0.05 * math.sqrt(n)
    for _ in range(settings.iterations):
        force = kr * mass[:, None] * repulsion(pos, mass)
        delta = pos[src] - pos[dst]
        if linlog:
            dist = np.sqrt((delta * delta).sum(axis=1))
            pull = (weights * np.log1p(dist) / np.maximum(dist, 1e-9))[:, None] * delta
        else:
            pull = weights[:, None] * delta
        centre = np.stack([np.bincount(groups, pos[:, a], len(sizes)) for a in (0, 1)], axis=1) / sizes[:, None]
        towards = centre[groups] - pos
        for axis in (0, 1):
            force[:, axis] += np.bincount(dst, pull[:, axis], n) - np.bincount(src, pull[:, axis], n)
        force += (settings.gravity * mass / np.maximum(np.sqrt((towards * towards).sum(axis=1)), 1e-9))[:, None] * towards
        # adaptive speeds (Gephi's ForceAtlas2): slow down the nodes that swing, speed up the rest
        swinging = mass * np.sqrt(((force - old) ** 2).sum(axis=1))
        traction = mass * np.sqrt(((force + old) ** 2).sum(axis=1)) / 2.0
        total_swing, total_traction = float(swinging.sum()), float(traction.sum())
        jt = settings.jitter * max(math.sqrt(estimated), min(10.0, estimated * total_traction / n ** 2))
        if total_traction > 0 and total_swing / total_traction > 2.0:
            efficiency = max(efficiency * 0.5, 0.05)
            jt = max(jt, settings.jitter)
        target = jt * efficiency * total_traction / max(total_swing, 1e-12)
        if total_swing > jt * total_traction:
            efficiency = max(efficiency * 0.7, 0.05)
        elif speed < 1000:
            efficiency *= 1.3
        speed += min(target - speed, 0.5 * speed)
        pos = pos + force * (speed / (1.0 + np.sqrt(speed * swinging)))[:, None]
        old = force
    return pos


# ------------------------------------------------------------------------------------ components and packing
def _close_pairs(pos: np.ndarray, reach: float, limit: int = 20_000_000) -> tuple[np.ndarray, np.ndarray] | None:
    """Every pair (i < j) of nodes less than ``reach`` apart, found through a hash of ``reach``-sized cells;
    None if there would be more than ``limit`` candidate pairs (a heap of nodes on a few cells)."""
    cell = np.floor(pos / reach).astype(np.int64)
    cell -= cell.min(axis=0)
    width = int(cell[:, 1].max()) + 3
    key = (cell[:, 0] + 1) * width + cell[:, 1] + 1
    order = np.argsort(key, kind="stable")
    sorted_keys = key[order]
    left, right = [], []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            target = key + dx * width + dy
            start = np.searchsorted(sorted_keys, target, "left")
            count = np.searchsorted(sorted_keys, target, "right") - start
            if not count.any():
                continue
            limit -= int(count.sum())
            if limit < 0:
                return None
            i = np.repeat(np.arange(len(pos)), count)
            offsets = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
            j = order[np.repeat(start, count) + offsets]
            keep = i < j
            left.append(i[keep])
            right.append(j[keep])
    i, j = np.concatenate(left), np.concatenate(right)
    d = pos[i] - pos[j]
    near = (d * d).sum(axis=1) < reach * reach
    return i[near], j[near]


def spread(pos: np.ndarray, radius: np.ndarray, rounds: int = 20, gap: float = 6.0,
           groups: np.ndarray | None = None, fixed: np.ndarray | None = None) -> np.ndarray:
    """Push apart the nodes whose discs (``radius`` px, plus ``gap``) overlap, a few rounds at a time.

    Each round finds the overlapping pairs through a grid hash (O(n + pairs)) and moves
    both nodes of each pair half the overlap apart along the line between them. With
    ``groups``, only nodes of the same group push each other (drawings laid on one another).
    Nodes marked in ``fixed`` (a boolean per node) stay where they are: the other node of
    a pair moves the whole overlap.
    """
    pos = pos.copy()
    n = len(pos)
    if n < 2:
        return pos
    reach = 2.0 * float(radius.max()) + gap
    jitter = np.random.default_rng(7).uniform(-0.5, 0.5, pos.shape)
    for _ in range(rounds):
        found = _close_pairs(pos, reach)
        if found is None:  # too crowded to part pair by pair: leave it as drawn
            break
        i, j = found
        if groups is not None:
            mine = groups[i] == groups[j]
            i, j = i[mine], j[mine]
        d = pos[i] - pos[j]
        dist = np.sqrt((d * d).sum(axis=1))
        need = radius[i] + radius[j] + gap
        over = dist < need
        if not over.any():
            break
        i, j, d, dist, need = i[over], j[over], d[over], dist[over], need[over]
        same = dist < 1e-6  # nodes on one point: part them along a fixed random direction
        d[same] = jitter[i[same]] - jitter[j[same]] + 1e-3
        dist = np.sqrt((d * d).sum(axis=1))
        push = ((need - dist) / 2.0 / dist)[:, None] * d
        if fixed is None:
            share_i = share_j = np.ones(len(i))
        else:  # a fixed node does not move; the other moves for both
            share_i = np.where(fixed[i], 0.0, np.where(fixed[j], 2.0, 1.0))
            share_j = np.where(fixed[j], 0.0, np.where(fixed[i], 2.0, 1.0))
        for axis in (0, 1):
            pos[:, axis] += np.bincount(i, share_i * push[:, axis], n) - np.bincount(j, share_j * push[:, axis], n)
    return pos


def components(n: int, edges: np.ndarray) -> np.ndarray:
    """A component number per node (0, 1, ... by lowest member), by union-find over ``edges``."""
    parent = np.arange(n)
    for u, v in edges.tolist():
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        if u != v:
            parent[max(u, v)] = min(u, v)
    roots = np.array([_root(parent, i) for i in range(n)], dtype=np.int64)
    _, labels = np.unique(roots, return_inverse=True)
    return labels.reshape(-1)


def _root(parent: np.ndarray, i: int) -> int:
    while parent[i] != i:
        i = parent[i]
    return int(i)


def _scaled(pos: np.ndarray, settings: Settings, count: int | None = None) -> np.ndarray:
    """Centre a drawing on 0 and scale it to ``spacing * sqrt(count)`` px across (count: its nodes)."""
    pos = pos - pos.mean(axis=0)
    span = float(np.abs(pos).max()) if len(pos) > 1 else 0.0
    size = settings.spacing * math.sqrt(len(pos) if count is None else count)
    return pos * (size / 2.0 / span) if span > 0 else pos


_GOLDEN = math.pi * (3.0 - math.sqrt(5.0))  # radians between successive seeds of a sunflower


def _with_leaves(n: int, edges: np.ndarray, weights: np.ndarray, radius: np.ndarray,
                 settings: Settings) -> np.ndarray:
    """A large component: ForceAtlas2 on its core, then each node with a single link (an issue one
    actor takes a position on, a person seen once) set in a sunflower beside that neighbour, on
    the side away from the neighbour's other links."""
    degree = np.bincount(edges.reshape(-1), minlength=n)
    leaf = degree == 1
    ends = edges[leaf[edges[:, 0]] | leaf[edges[:, 1]]]
    hub_of = np.full(n, -1)
    hub_of[ends[:, 0]] = np.where(leaf[ends[:, 0]], ends[:, 1], -1)
    hub_of[ends[:, 1]] = np.where(leaf[ends[:, 1]], ends[:, 0], hub_of[ends[:, 1]])
    leaf &= (hub_of >= 0) & ~leaf[np.maximum(hub_of, 0)]  # two joined leaves are a core pair
    core = np.flatnonzero(~leaf)
    if len(core) < 3:
        return _scaled(force_atlas2(n, edges, weights, settings), settings)
    local = np.full(n, -1)
    local[core] = np.arange(len(core))
    keep = ~(leaf[edges[:, 0]] | leaf[edges[:, 1]])
    pos = np.zeros((n, 2))
    pos[core] = _scaled(force_atlas2(len(core), local[edges[keep]], weights[keep], settings,
                                     mass=degree[core] + 1.0), settings, n)
    leaves = np.flatnonzero(leaf)
    hubs = hub_of[leaves]
    order = np.lexsort((leaves, hubs))  # by hub, then by leaf
    leaves, hubs = leaves[order], hubs[order]
    first = np.searchsorted(hubs, hubs, "left")
    rank = np.arange(len(leaves)) - first
    count = np.bincount(hubs, minlength=n)
    # the side of each hub away from its other links
    core_edges = edges[keep]
    away = np.zeros((n, 2))
    for a, b in ((0, 1), (1, 0)):
        for axis in (0, 1):
            away[:, axis] += np.bincount(core_edges[:, a], pos[core_edges[:, b], axis], n)
    links = np.bincount(core_edges.reshape(-1), minlength=n)
    away = pos - away / np.maximum(links, 1)[:, None]
    norm = np.sqrt((away * away).sum(axis=1))
    angle = _GOLDEN * np.arange(n)
    fallback = np.stack([np.cos(angle), np.sin(angle)], axis=1)
    away = np.where((norm > 1e-9)[:, None] & (links > 0)[:, None], away / np.maximum(norm, 1e-9)[:, None], fallback)
    step = (2.0 * radius[leaves] + settings.gap) / 1.7  # sunflower seeds about one disc apart
    disc = step * np.sqrt(count[hubs])
    centre = pos[hubs] + away[hubs] * (radius[hubs] + settings.gap + disc)[:, None]
    r = step * np.sqrt(rank + 0.5)
    pos[leaves] = centre + np.stack([r * np.cos(rank * _GOLDEN), r * np.sin(rank * _GOLDEN)], axis=1)
    return pos


def layout(nodes: Iterable[str], edges: Iterable[tuple[str, str] | tuple[str, str, float]],
           settings: Settings = Settings(), radius: Mapping[str, float] | None = None) -> dict[str, tuple[float, float]]:
    """Positions in px (rounded to 0.1) for ``nodes``, the same for the same nodes and edges in any order.

    ``edges`` are pairs, or triples with a weight such as a number of reports, between
    nodes; direction, repeats and self-loops do not matter. Each connected component is
    drawn on its own, about ``spacing * sqrt(size)`` px across, and the drawings are
    packed in rows, largest first, from (40, 40). ``radius`` gives the px each node is
    drawn with (default: 8 + 3 log2(degree + 1)); overlapping nodes are pushed apart.
    """
    names = sorted(set(nodes))
    n = len(names)
    if n == 0:
        return {}
    index = {name: i for i, name in enumerate(names)}
    pairs: dict[tuple[int, int], float] = {}
    for edge in edges:
        u, v = index[edge[0]], index[edge[1]]
        if u != v:
            key = (u, v) if u < v else (v, u)
            pairs[key] = pairs.get(key, 0.0) + (float(edge[2]) if len(edge) > 2 else 1.0)
    keys = sorted(pairs)
    arr = np.array(keys, dtype=np.int64).reshape(-1, 2)
    weights = 1.0 + np.log(np.array([pairs[k] for k in keys], dtype=float).reshape(-1).clip(min=1.0))
    comp = components(n, arr)
    degree = np.bincount(arr.reshape(-1), minlength=n)
    radius = _radius(names, degree, radius)
    sizes = np.bincount(comp, minlength=1)
    pos = np.zeros((n, 2))
    small = np.flatnonzero((sizes > 1) & (sizes <= settings.grid_above))
    for c in np.flatnonzero(sizes > settings.grid_above):  # large components: one grid layout each
        members = np.flatnonzero(comp == c)
        local = np.full(n, -1)
        local[members] = np.arange(len(members))
        inside = comp[arr[:, 0]] == c
        drawn = _with_leaves(len(members), local[arr[inside]], weights[inside], radius[members], settings)
        pos[members] = spread(drawn, radius[members], settings.spread_rounds, settings.gap)
    if len(small):  # small components: one run, exact repulsion within each
        members = np.flatnonzero(np.isin(comp, small))
        local = np.full(n, -1)
        local[members] = np.arange(len(members))
        inside = np.isin(comp[arr[:, 0]], small)
        group = comp[members]
        _, group = np.unique(group, return_inverse=True)
        drawn = force_atlas2(len(members), local[arr[inside]], weights[inside], settings, groups=group.reshape(-1))
        for g in range(int(group.max()) + 1):
            mine = group.reshape(-1) == g
            drawn[mine] = _scaled(drawn[mine], settings)
        pos[members] = spread(drawn, radius[members], settings.spread_rounds, settings.gap, group.reshape(-1))
    return _pack(names, comp, sizes, pos, settings)


def _radius(names: list[str], degree: np.ndarray, given: Mapping[str, float] | None) -> np.ndarray:
    """Each node's radius in px: ``given``, else about the size a page draws a node of that many links."""
    default = 8.0 + 3.0 * np.log2(degree + 1.0)
    if given is None:
        return default
    return np.array([float(given.get(name, d)) for name, d in zip(names, default.tolist())])


def staged(steps: list[list[str]], edges: Iterable[tuple[str, str] | tuple[str, str, float]],
           settings: Settings = Settings(), radius: Mapping[str, float] | None = None) -> dict[str, tuple[float, float]]:
    """Positions for nodes that a page shows in ``steps``, none moving when a later step is shown.

    The first step is laid out on its own (:func:`layout`), so it fills its drawing. Each
    later step is set in rings around what is drawn before it: each node on the side of
    the nodes it is linked to (the direction of their weighted mean from the centre; nodes
    linked to nothing drawn before take the side of those of their own step that are),
    the nodes of a ring kept apart by their size.

    >>> pos = staged([["a", "b"], ["c", "d"]], [("a", "b"), ("b", "c")])
    >>> sorted(pos) == ["a", "b", "c", "d"] and pos == staged([["a", "b"], ["c", "d"]], [("c", "b"), ("b", "a")])
    True
    """
    order = [n for step in steps for n in step]
    if not order:
        return {}
    first = set(steps[0])
    links: dict[str, dict[str, float]] = defaultdict(dict)
    inside = []
    for edge in edges:
        u, v, w = edge[0], edge[1], float(edge[2]) if len(edge) > 2 else 1.0
        if u == v:
            continue
        links[u][v] = links[u].get(v, 0.0) + w
        links[v][u] = links[v].get(u, 0.0) + w
        if u in first and v in first:
            inside.append((u, v, w))
    rad = dict(zip(order, _radius(order, np.array([len(links[n]) for n in order], dtype=float), radius).tolist()))
    placed = dict(layout(steps[0], inside, settings, radius))
    xy = np.array(list(placed.values())) if placed else np.zeros((1, 2))
    centre = xy.mean(axis=0)
    outer = float(np.sqrt(((xy - centre) ** 2).sum(axis=1)).max()) + max(rad.values()) + settings.margin
    rank = {n: k for k, n in enumerate(order)}
    for step in steps[1:] if placed else steps:
        angles = _angles(step, links, placed, centre, rank)
        cell = 2.0 * max(rad[n] for n in step) + settings.gap
        outer = _rings(step, angles, cell, outer, centre, placed)
    return {n: (round(placed[n][0], 1), round(placed[n][1], 1)) for n in order}


def _angles(step: list[str], links: Mapping[str, Mapping[str, float]], placed: Mapping[str, tuple[float, float]],
            centre: np.ndarray, rank: Mapping[str, int]) -> dict[str, float]:
    """Each node's side of the drawing: towards the nodes drawn before it that it is linked to."""
    angles: dict[str, float] = {}
    later = []
    for node in step:
        near = [(w, placed[u]) for u, w in sorted(links[node].items()) if u in placed]
        if near:
            total = sum(w for w, _ in near)
            dx = sum(w * (x - centre[0]) for w, (x, _) in near) / total
            dy = sum(w * (y - centre[1]) for w, (_, y) in near) / total
            if dx * dx + dy * dy > 1e-6:
                angles[node] = math.atan2(dy, dx)
                continue
        later.append(node)
    for node in later:  # linked only to nodes of this step (or to the very centre)
        near = [(w, angles[u]) for u, w in sorted(links[node].items()) if u in angles]
        if near:
            angles[node] = math.atan2(sum(w * math.sin(a) for w, a in near), sum(w * math.cos(a) for w, a in near))
        else:
            angles[node] = (rank[node] * _GOLDEN) % (2.0 * math.pi) - math.pi
    return angles


def _rings(step: list[str], angles: Mapping[str, float], cell: float, outer: float, centre: np.ndarray,
           placed: dict[str, tuple[float, float]]) -> float:
    """Set ``step`` in rings ``cell`` px apart outside radius ``outer``, each node as near its angle as the
    others of its ring leave room for; returns the radius outside the last ring."""
    rings, room = [], 0
    while room < len(step):
        r = outer + cell * (len(rings) + 0.5)
        rings.append((r, max(1, int(2.0 * math.pi * r / cell))))
        room += rings[-1][1]
    members: list[list[str]] = [[] for _ in rings]
    for node in sorted(step, key=lambda n: (angles[n], n)):  # each ring takes its share, in angle order
        j = min(range(len(rings)), key=lambda k: (len(members[k]) / rings[k][1], k))
        members[j].append(node)
    for (r, _), ring in zip(rings, members):
        if not ring:
            continue
        gap = cell / r  # radians between neighbours
        at = [angles[ring[0]]]
        for node in ring[1:]:
            at.append(max(angles[node], at[-1] + gap))
        if at[-1] - at[0] > 2.0 * math.pi - gap:  # too many to keep their sides: evenly round
            at = [at[0] + k * 2.0 * math.pi / len(ring) for k in range(len(ring))]
        for node, a in zip(ring, at):
            placed[node] = (float(centre[0] + r * math.cos(a)), float(centre[1] + r * math.sin(a)))
    return outer + cell * len(rings)


def _pack(names: list[str], comp: np.ndarray, sizes: np.ndarray, pos: np.ndarray,
          settings: Settings) -> dict[str, tuple[float, float]]:
    """Shelf-pack the components' drawings, largest first (ties by first node), from (40, 40)."""
    order = sorted(range(len(sizes)), key=lambda c: (-int(sizes[c]), c))
    members = [[] for _ in sizes]
    for i, c in enumerate(comp.tolist()):
        members[c].append(i)
    boxes = []
    for c in order:
        idx = np.array(members[c])
        lo, hi = pos[idx].min(axis=0), pos[idx].max(axis=0)
        boxes.append((idx, lo, hi - lo + settings.margin))
    width = max(settings.min_width, float(boxes[0][2][0])) if boxes else 0.0
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for idx, lo, (w, h) in boxes:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        shifted = pos[idx] - lo + (x + 40.0, y + 40.0)
        for i, (px, py) in zip(idx.tolist(), shifted.tolist()):
            out[names[i]] = (round(px, 1), round(py, 1))
        x, row = x + w, max(row, h)
    return out
