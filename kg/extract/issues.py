"""Issues (plans, deals, truces, offensives ...) and the positions actors take on them."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from spacy.tokens import Token

from kg.extract.mentions import PARTIES, Resolver
from kg.extract.relations import DEONTIC, _Coder, find_cue
from kg.lexicon import Lexicon
from kg.model import Position, Relation

__all__ = ["IssueMention", "Position", "issue_mentions", "positions", "issue_lexicon"]

_FORCE_NOUNS = {"force", "forces", "troops", "soldiers", "army", "tanks"}
_DEMAND_VERBS = {"end"}


@dataclass(frozen=True, slots=True)
class IssueMention:
    """A phrase naming an issue; ``local`` numbers the issues of one article."""

    doc: str
    start: int
    end: int
    text: str
    kind: str
    family: str
    place: str | None
    local: int
    sent_start: int


def _table(name: str) -> list[list[str]]:
    text = (resources.files("kg") / "data" / name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


@cache
def issue_lexicon() -> dict[str, tuple[str, str]]:
    """Issue head nouns: ``{noun: (kind, family)}`` (kg/data/issues.tsv)."""
    return {r[0]: (r[1], r[2]) for r in _table("issues.tsv")}


@cache
def _position_cues() -> dict[tuple[str, str], str]:
    return {(r[0], r[1]): r[2] for r in _table("positions.tsv")}


def _place(tok: Token, res: Resolver, start: int | None = None, end: int | None = None) -> str | None:
    """A named place in the phrase: "a Gaza truce plan" -> Gaza, "attack on Rafah" -> Rafah."""
    best = None
    lo, hi = (tok.left_edge.i, tok.right_edge.i + 1) if start is None else (start, end)
    for t in res.doc[lo:hi]:
        if t.i in res.spans and res.kind(res.spans[t.i][2]) != "state":
            continue
        if t.pos_ == "PROPN" and (t.ent_type_ in {"GPE", "LOC", "FAC", "PERSON"} or t.i in res.spans):
            if t.i in res.spans or t.ent_type_ in {"GPE", "LOC", "FAC"} or best is None:
                best = t.text
    return best


def _phrase(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``, with a short prepositional tail."""
    start, end = tok.left_edge.i, tok.i + 1
    for child in tok.rights:
        if child.i != end or child.dep_ not in {"prep", "acl", "compound"}:
            break
        if child.right_edge.i - tok.i < 16:
            end = child.right_edge.i + 1
        elif child.dep_ == "acl":  # "a plan proposed by mediators [to halt the fighting ...]"
            agents = [c for c in child.children if c.dep_ == "agent"]
            end = (agents[0].right_edge.i if agents else child.i) + 1
            break
        else:
            break
    return start, end


def _offensive_verb(tok: Token) -> Token | None:
    """"send ground forces into Rafah": the place phrase of a force-sending verb."""
    if tok.lemma_ not in {"send", "deploy", "launch", "move"}:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in _FORCE_NOUNS for c in tok.children):
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"into", "to", "in"}:
            return child
    return None


def issue_mentions(res: Resolver) -> list[IssueMention]:
    """Every issue phrase of the article, with coreferent mentions sharing ``local``."""
    lex = issue_lexicon()
    doc = res.doc
    found: list[IssueMention] = []
    issues: list[tuple[str, str | None, int]] = []  # (family, place, local) in order of first mention

    def local_for(family: str, place: str | None, definite: bool) -> int:
        for fam, pl, n in reversed(issues):
            if fam == family and (pl == place or place is None or (pl is None and definite) or family in {"deal", "talks"}):
                return n
        issues.append((family, place, len(issues)))
        return len(issues) - 1

    for tok in doc:
        hit = None
        if tok.dep_ == "compound" and tok.head.lower_ in lex:
            continue  # "truce" in "a Gaza truce plan": the plan is the issue
        if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in lex and tok.i not in res.spans:
            kind, family = lex[tok.lower_]
            start, end = _phrase(tok)
            place = _place(tok, res, start, end)
            if family == "offensive" and place is None:
                continue
            hit = (start, end, kind, family, place, any(c.lower_ in {"the", "this", "that"} for c in tok.children))
        elif (prep := _offensive_verb(tok)) is not None:
            hit = (tok.i, prep.right_edge.i + 1, "offensive", "offensive", _place(prep, res), False)
        elif tok.lemma_ in _DEMAND_VERBS and tok.pos_ in {"NOUN", "VERB"} and any(
            t.lower_ in {"war", "fighting", "hostilities"} for t in tok.subtree
        ):
            end = max(t.i for t in tok.subtree) + 1
            hit = (tok.i, min(end, tok.i + 8), "demand", "end-of-war", None, False)
        if hit is None:
            continue
        start, end, kind, family, place, definite = hit
        span = doc[start:end]
        n = local_for(family, place, definite)
        found.append(IssueMention(res.doc_id, span.start_char, span.end_char, span.text.strip(" ,“”\"'"), kind,
                                  family, place, n, tok.sent.start_char))
    return found


def _issue_near(tok: Token, by_token: dict[int, IssueMention]) -> IssueMention | None:
    """The issue a cue is about: in its own phrase, its complements, or the noun it modifies."""
    if tok.dep_ in {"acl", "relcl"} and tok.head.i in by_token:
        return by_token[tok.head.i]
    best = None
    for t in tok.subtree:
        if t.i in by_token and t.i != tok.i and (best is None or abs(t.i - tok.i) < abs(best[0] - tok.i)):
            best = (t.i, by_token[t.i])
    if best:
        return best[1]
    head = tok.head
    if tok.dep_ in {"dobj", "pobj", "nsubj", "attr"} and head.pos_ in {"VERB", "AUX", "ADP"}:
        for t in head.subtree:
            if t.i in by_token and t.i != tok.i:
                return by_token[t.i]
    return by_token.get(tok.i)


def positions(res: Resolver, rels: Iterable[Relation], mentions: list[IssueMention], lexicon: Lexicon,
              published: date | None, parties: tuple[str, ...]) -> Iterator[Position]:
    """Positions from coded relations whose cue states one, from stance words, and from proposers."""
    doc = res.doc
    by_char = {t.idx: t for t in doc}
    by_token: dict[int, IssueMention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            by_token[span.root.i] = m
    seen: set[tuple] = set()

    def emit(actor: str, m: IssueMention, position: str, mode: str, tok: Token, when, rule: str) -> Iterator[Position]:
        actors = parties if actor == PARTIES else (actor,)
        for a in actors:
            key = (a, m.local, position, tok.sent.start_char)
            if mode != "negated" and key not in seen:
                seen.add(key)
                yield Position(res.doc_id, a, str(m.local), position, mode, when, tok.sent.text.strip(),
                               tok.sent.start_char, tok.text, tok.idx, tok.idx + len(tok.text), rule)

    coder = _Coder(res, lexicon, published)
    for r in rels:
        tok = by_char.get(r.start)
        if tok is None:
            continue
        found = find_cue(tok, lexicon)
        modal = tok.lower_ in DEONTIC or tok.lemma_ == "need"
        position = found.cue.position if found and found.cue.position else ("supports" if modal else "")
        if not position:
            continue
        m = _issue_near(tok.head if modal and tok.dep_ == "aux" else tok, by_token)
        if m is not None:
            yield from emit(r.source, m, position, r.mode, tok, r.date, r.rule)
    cues = _position_cues()
    for tok in doc:
        pos = "V" if tok.pos_ in {"VERB", "AUX"} else "N" if tok.pos_ == "NOUN" else ""
        position = cues.get((tok.lemma_.lower(), pos))
        if position:
            m = _issue_near(tok, by_token)
            src = coder.subject(tok) if pos == "V" else coder.noun_source(tok)
            if m is not None and src:
                _, speaker = coder.speaker(tok)
                aff = {a for s in speaker if (a := res.affiliation(s))}
                if speaker and set(src) <= aff:
                    src = speaker
                for a in src:
                    yield from emit(a, m, position, coder.mode(tok), tok, published, "stance-word")
        # "Israel's proposal", "an American plan": the owner proposes it
        if tok.i in by_token and by_token[tok.i].kind == "proposal":
            for owner in res._modifier_actors(tok):
                if res.kind(owner) != "group":
                    yield from emit(owner, by_token[tok.i], "proposes", "asserted", tok, published, "proposal-owner")
