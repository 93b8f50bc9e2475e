"""The actor dictionary: built-in JSONL files under kg/data/actors/ plus user files."""
from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from kg.dates import parse_iso
from kg.errors import Errors
from kg.model import KINDS, Actor, Role

__all__ = ["ActorDict", "load_dictionary", "slug"]

_ARMED = re.compile(r"\b(army|armed forces|military|forces|troops|defen[cs]e forces)\b", re.I)


def slug(text: str) -> str:
    """An upper-case ASCII key for a name: ``slug("Suhail al-Hindi") == "SUHAIL_AL_HINDI"``; one key whatever
    the apostrophes (``slug("Hay'at") == slug("Hay’at") == "HAYAT"``)."""
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", re.sub(r"['’‘`]", "", text)).encode("ascii", "ignore").decode()
    key = re.sub(r"[^A-Za-z0-9]+", "_", ascii_).strip("_").upper()
    return key or "X" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10].upper()


def _date(value: object) -> date | None:
    return parse_iso(value or None)


def _tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split("|") if v.strip())
    return tuple(str(v).strip() for v in value if str(v).strip())


def _actor(rec: dict, category: str, origin: str, where: str) -> Actor:
    try:
        kind = str(rec.get("kind") or "").strip()
        label = str(rec.get("label") or "").strip()
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
        if not label:
            raise ValueError("label is required")
        roles = tuple(
            Role(str(r["title"]), str(r["of"]), _date(r.get("start")), _date(r.get("end")))
            for r in rec.get("roles") or ()
        )
        return Actor(
            id=str(rec.get("id") or slug(label)), label=label, kind=kind,
            aliases=_tuple(rec.get("aliases")), demonyms=_tuple(rec.get("demonyms")),
            capitals=_tuple(rec.get("capitals")), affiliation=(rec.get("affiliation") or None),
            roles=roles, wikidata=rec.get("wikidata") or None, category=category, origin=origin,
        )
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise Errors.BAD_ACTOR(where=where, detail=exc) from None


def _read_jsonl(text: str, category: str, origin: str, where: str) -> Iterator[Actor]:
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                rec = json.loads(line)
            except ValueError:
                raise Errors.ACTOR_JSON(where=f"{where}:{n}: ") from None
            if not isinstance(rec, dict):
                raise Errors.ACTOR_NOT_OBJECT(where=f"{where}:{n}: ")
            yield _actor(rec, category, origin, f"{where}:{n}: ")


@cache
def _builtin() -> tuple[Actor, ...]:
    folder = resources.files("kg") / "data" / "actors"
    actors: list[Actor] = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".jsonl"):
            stem = item.name[: -len(".jsonl")]
            actors += _read_jsonl(item.read_text(encoding="utf-8"), stem, "dictionary", item.name)
    return tuple(actors)


@cache
def de_facto_authorities() -> dict[str, tuple[tuple[str, date | None, date | None], ...]]:
    """State id -> (organisation id, start, end) of those that rule it de facto (kg/data/authorities.tsv)."""
    text = (resources.files("kg") / "data" / "authorities.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    out: dict[str, list[tuple[str, date | None, date | None]]] = {}
    for state, actor, start, end in rows:
        out.setdefault(state, []).append((actor, _date(None if start == "-" else start), _date(None if end == "-" else end)))
    return {state: tuple(spans) for state, spans in out.items()}


def _read_user(path: Path) -> list[Actor]:
    if not path.is_file():
        raise Errors.NO_ACTOR_FILE(path=path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise Errors.UNREADABLE_ACTOR_FILE(path=path, error=exc.__class__.__name__) from None
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(text.splitlines()))
        if not rows or "label" not in rows[0] or "kind" not in rows[0]:
            raise Errors.ACTOR_CSV_COLUMNS(path=path)
        return [_actor(dict(r), "user", "user", f"{path}:{n + 2}: ") for n, r in enumerate(rows)]
    if path.suffix.lower() in (".jsonl", ".json"):
        return list(_read_jsonl(text, "user", "user", str(path)))
    raise Errors.ACTOR_FILE_TYPE(path=path)


@cache
def _cities() -> tuple[tuple[str, str], ...]:
    """kg/data/cities.tsv: (city, state id or "-") for cities that are no capital."""
    text = (resources.files("kg") / "data" / "cities.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    return tuple((name, state) for name, state in rows)


@dataclass
class ActorDict:
    """Actors by id, with lookup by alias, demonym and capital."""

    actors: dict[str, Actor]
    names: dict[str, str] = field(default_factory=dict)  # surface form -> id
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    cities: dict[str, str] = field(default_factory=dict)  # city that is no capital -> its state's id, or ""

    def __post_init__(self) -> None:
        for name, state in _cities():
            if state == "-" or state in self.actors:
                self.cities[name] = "" if state == "-" else state
        for actor in sorted(self.actors.values(), key=lambda a: (a.origin == "user", a.id)):
            for name in (actor.label, *actor.aliases):
                self.names[name] = actor.id
            for name in actor.demonyms:
                self.demonyms[name] = actor.id
            for name in actor.capitals:
                self.capitals[name] = actor.id

    def __getitem__(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def get(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def affiliation(self, actor_id: str, day: date | None = None) -> str | None:
        """What an actor acts for on ``day``: its role's organisation, else its affiliation."""
        actor = self.actors[actor_id]
        role = actor.role_on(day)
        return role.of if role else actor.affiliation

    @cache
    def armed_forces(self, state_id: str) -> str | None:
        """The state's armed forces (an organ whose name says army/forces/military)."""
        for actor in sorted(self.actors.values(), key=lambda a: a.id):
            if actor.affiliation == state_id and actor.kind == "organization" and _ARMED.search(
                " ".join((actor.label, *actor.aliases))
            ):
                return actor.id
        return None

    @cache
    def office_holders(self, state_id: str) -> tuple[Actor, ...]:
        """The persons with a role for ``state_id`` at some time, in dictionary order: those who may hold
        one of its offices on a given day (looked up for each office an article names)."""
        return tuple(a for a in self.actors.values() if a.kind == "person" and any(r.of == state_id for r in a.roles))

    @cache
    def organizations_of(self, owner: str) -> tuple[Actor, ...]:
        """The organisations affiliated with ``owner``, in dictionary order (looked up for each organ a text names)."""
        return tuple(a for a in self.actors.values() if a.affiliation == owner and a.kind == "organization")

    def __hash__(self) -> int:
        return id(self)


def load_dictionary(user_files: Iterable[str | Path] = ()) -> ActorDict:
    """The built-in dictionary with the user's actors added; a user's record wins."""
    actors = {a.id: a for a in _builtin()}
    by_label = {a.label.casefold(): a.id for a in actors.values()}
    origin: dict[str, str] = {}  # user actor id -> its file, for messages
    for path in user_files:
        for actor in _read_user(Path(path)):
            known = by_label.get(actor.label.casefold())
            if known and actor.id == slug(actor.label):
                actor = replace(actor, id=known)
            actors[actor.id] = actor
            origin[actor.id] = str(path)
            by_label[actor.label.casefold()] = actor.id
    labels = {a.label.casefold(): a.id for a in actors.values()}
    fixed = {}
    for actor in actors.values():  # affiliations may be given as labels (actors.csv)
        aff = actor.affiliation
        if aff and aff not in actors:
            aff = labels.get(aff.casefold()) or labels.get(slug(aff).casefold())
            if aff is None:
                where = origin.get(actor.id, "kg/data/actors")
                raise Errors.UNKNOWN_AFFILIATION(where=where, label=actor.label, affiliation=actor.affiliation)
            actor = replace(actor, affiliation=aff)
        fixed[actor.id] = actor
    return ActorDict(fixed)
