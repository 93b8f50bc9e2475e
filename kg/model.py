"""Records that flow through the pipeline: small, frozen and slotted."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["Article", "Role", "Actor", "Mention", "Relation", "Position", "KINDS", "MODES", "POSITIONS"]

KINDS = ("state", "organization", "person", "group")
MODES = ("asserted", "future", "hypothetical", "negated")
POSITIONS = ("supports", "opposes", "proposes", "undecided")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. ``id`` is the file stem or the JSONL ``id``."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """An office a person held: ``title`` of ``of`` (an actor id) between two dates."""

    title: str
    of: str
    start: date | None = None
    end: date | None = None

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """A dictionary or discovered actor. ``affiliation`` is another actor's id."""

    id: str
    label: str
    kind: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    affiliation: str | None = None
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None
    category: str = ""  # the dictionary file: states, organs, armed_groups, persons, ...
    origin: str = "dictionary"  # dictionary | user | ner | text

    def role_on(self, day: date | None) -> Role | None:
        """The office held on ``day`` (the latest one when the date is unknown)."""
        valid = [r for r in self.roles if r.valid_on(day)]
        if not valid and day is None and self.roles:
            valid = [max(self.roles, key=lambda r: r.start or date.min)]
        return max(valid, key=lambda r: r.start or date.min) if valid else None


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that refers to an actor."""

    doc: str
    actor: str
    start: int
    end: int
    text: str
    how: str = "name"  # name | demonym | capital | title | pronoun | role | surname


@dataclass(frozen=True, slots=True)
class Relation:
    """Who did what to whom, with where it was read."""

    doc: str
    source: str
    plover: str
    target: str | None
    cue: str
    sentence: str
    sent_start: int
    sent_end: int
    start: int
    end: int
    issue: str | None = None
    place: str | None = None
    date: date | None = None
    date_how: str = "published"  # explicit | relative | published | unknown
    mode: str = "asserted"
    confidence: float = 0.5
    rule: str = ""  # the name of the extraction rule that coded it
    extra: tuple[tuple[str, str], ...] = field(default=())

    @property
    def key(self) -> str:
        """Stable identifier: document, cue offsets, source and target."""
        return f"{self.doc}:{self.start}-{self.end}:{self.source}:{self.plover}:{self.target or '-'}"


@dataclass(frozen=True, slots=True)
class Position:
    """One actor's position on one issue, as one sentence states it.

    ``issue`` is the issue's id in a corpus; in one article's extraction result it is
    the article-local issue number (as text) until the corpus merges issues.
    """

    doc: str
    actor: str
    issue: str
    position: str  # supports | opposes | proposes | undecided
    mode: str
    date: date | None
    sentence: str
    sent_start: int
    cue: str
    start: int = 0
    end: int = 0
    rule: str = ""
