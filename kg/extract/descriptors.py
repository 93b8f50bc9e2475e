"""Common nouns that stand for an organisation named in the text: "the association's director",
"the bloc", "the rights group", "his conservative party".

A noun refers to the organisation its own modifiers name ("the Zanu PF party"), else to the
one its capitalised modifiers spell with it ("Britain's Conservative opposition party" is the
Conservative Party), else to the nearest organisation whose name holds the noun ("the
association" -> "Cambodian Journalists Alliance Association") or that the text described with
it ("media association CamboJA", "LICADHO, a rights group").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.actors import slug
from kg.extract.wordindex import kids_of

if TYPE_CHECKING:
    from kg.extract.mentions import Resolver

__all__ = ["named_org", "descriptors", "last_org"]


def descriptors(res: Resolver) -> dict[str, set[str]]:
    """The common nouns the text puts beside each organisation's name."""
    out: dict[str, set[str]] = {}
    for start, end, actor_id, _ in set(res.spans.values()):
        if res.kind(actor_id) != "organization":
            continue
        root = res.words.span_root(start, end)
        nouns = [c for c in kids_of(root) if c.dep_ in {"compound", "appos"} and c.pos_ == "NOUN"]
        if root.dep_ in {"appos", "compound"} and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        for noun in nouns:
            out.setdefault(actor_id, set()).add(noun.lower_)
    return out


def named_org(res: Resolver, tok: Token | None, noun: str = "", before: bool = False) -> str | None:
    """The organisation a common noun stands for, or None; ``before``: only one named before it."""
    noun = noun or (tok.lower_ if tok is not None else "")
    if tok is not None:
        mods = [m for m in res._modifier_actors(tok, of=False, pronouns=False) if res.kind(m) == "organization"]
        if mods:
            return mods[0]
        spelled = _spelled(res, tok)
        if spelled:
            return spelled
    return _nearest(res, tok.i if tok is not None else len(res.doc), noun, before)


def _spelled(res: Resolver, tok: Token) -> str | None:
    """"Conservative ... party" -> the Conservative Party, when the dictionary or the text knows it."""
    caps = [c.text for c in tok.lefts if c.dep_ in {"amod", "compound"} and c.text[:1].isupper() and c.i not in res.spans]
    if not caps:
        return None
    for name in (" ".join([*caps, tok.text.title()]), " ".join([*caps, tok.lower_])):
        if name in res.actors.names:
            return res.actors.names[name]
        if slug(name) in res.found:
            return slug(name)
    return None


def _nearest(res: Resolver, at: int, noun: str, before: bool = False) -> str | None:
    described = res.descriptors()
    best: tuple[int, str] | None = None
    for j, _, actor_id, _ in sorted(set(res.spans.values())):
        actor = res.actor(actor_id)
        if actor is None or actor.kind != "organization" or before and j >= at:
            continue
        if not _named_as(actor, noun) and noun not in described.get(actor_id, ()):
            continue
        if best is None or abs(j - at) < abs(best[0] - at):
            best = (j, actor_id)
    return best[1] if best else None


def _named_as(actor, noun: str) -> bool:
    """Whether the organisation's label holds the noun, or one of its names is a country's word and the noun
    ("Myanmar junta")."""
    return noun in actor.label.lower().split() or any(
        len(words) == 2 and words[1] == noun for words in (name.lower().split() for name in actor.aliases))


def last_org(res: Resolver, at: int) -> str | None:
    """The organisation named last in the sentence of token ``at`` ("VOA queries ... a ban on the media
    outlet"), else the one the text has named most often before it, the last of them on a tie (not a state
    organ or a group): "the bloc" after a story about ECOWAS that names a newer alliance once is still ECOWAS."""
    start = res.words.sent(res.doc[at]).start if at < len(res.doc) else at
    seen: dict[str, tuple[int, int]] = {}
    for j, _, actor_id, _ in sorted(set(res.spans.values())):
        actor = res.actor(actor_id)
        if j >= at:
            break
        if actor is not None and actor.kind == "organization" and actor.category != "organs" \
                and actor_id not in res.organ_of:
            seen[actor_id] = (seen.get(actor_id, (0, 0))[0] + 1, j)
    here = [a for a, (_, j) in seen.items() if j >= start]
    return max(here, key=lambda a: seen[a][1]) if here else max(seen, key=seen.__getitem__) if seen else None
