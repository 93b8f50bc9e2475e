"""Why a sentence was or was not coded: the extractor's own reading of a text, sentence by sentence.

``kg explain TEXT`` parses the text with the build's pipeline and prints, for each
sentence, the actors found (and how), the cues found, each rule that fired with what
it decided, the events and positions made, and the cues that did not become events
with the reason. It reads the same :class:`~kg.extract.Reading` that ``kg build``
turns into the graph, so what it shows is what the build does.

>>> from kg.explain import explain_text
>>> print(explain_text("Egypt urged Hamas to accept the plan."))  # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from spacy.tokens import Span

from kg.actors import load_dictionary
from kg.extract import Reading, read
from kg.extract.rules import Outcome
from kg.lexicon import load_lexicon
from kg.model import Article
from kg.nlp import DEFAULT_MODEL, parse

__all__ = ["explain_text", "explain_articles", "format_reading"]

_HOW = {"name": "name", "surname": "surname of a person named before", "demonym": "demonym", "capital": "capital",
        "role": "role noun"}
_ORIGIN = {"dictionary": "dictionary", "user": "user dictionary", "ner": "NER", "text": "text"}


def _actor_lines(reading: Reading, sent: Span) -> Iterator[str]:
    res = reading.ctx.res
    seen: set[int] = set()
    for i in range(sent.start, sent.end):
        if i not in res.spans or res.spans[i][0] in seen:
            continue
        start, end, actor_id, how = res.spans[i]
        seen.add(start)
        actor = res.actor(actor_id)
        origin = _ORIGIN.get(actor.origin, actor.origin) if actor else "text"
        note = f"{_HOW.get(how, how)}, {origin}"
        aff = res.affiliation(actor_id)
        if aff:
            note += f"; acts for {aff}" + (" (read from its title)" if res.text_affiliation.get(actor_id) == aff else "")
        yield f"    {res.doc[start:end].text!r} -> {actor_id} ({note})"
    for tok in sent:
        if tok.i in res.spans:
            continue
        if tok.pos_ == "PRON" or res.lex.noun(tok.lower_)[0]:
            refs = res.refs(tok)
            if refs:
                kind = "pronoun" if tok.pos_ == "PRON" else "actor noun " + res.lex.noun(tok.lower_)[0]
                yield f"    {tok.text!r} -> {', '.join(refs)} (coreference: {kind})"


def _cue_lines(o: Outcome) -> Iterator[str]:
    cue = o.hit.cue
    kind = cue.plover if cue.event else f"position only ({cue.position})"
    yield f"    {o.hit.tok.doc.text[o.hit.span[0]:o.hit.span[1]]!r}: {kind} [{cue.pos} {cue.text!r}]"
    for name, what in o.fired:
        yield f"      rule {name}: {what}"
    for r in o.relations:
        yield (f"      => event {r.source} {r.plover} {r.target or '-'} (mode {r.mode}, rule {r.rule}, "
               f"confidence {r.confidence:.2f})")
    for p in o.positions:
        yield f"      => position {p.actor} {p.position} issue #{p.issue} (rule {p.rule})"
    if o.stopped:
        yield f"      not coded (rule {o.stopped_by}): {o.stopped}"


def format_reading(reading: Reading) -> str:
    """The reading of one article as text, sentence by sentence."""
    by_sent: dict[int, list[Outcome]] = {}
    for o in reading.outcomes:
        by_sent.setdefault(o.hit.tok.sent.start, []).append(o)
    issues = {m.local: m for m in reading.issues.mentions}
    lines = []
    for n, sent in enumerate(reading.ctx.doc.sents, 1):
        text = sent.text.strip()
        if not text:
            continue
        lines.append(f"sentence {n}: {text}")
        actors = list(_actor_lines(reading, sent))
        lines += ["  actors:", *actors] if actors else ["  actors: none"]
        outcomes = by_sent.get(sent.start, [])
        lines += ["  cues:"] + [x for o in outcomes for x in _cue_lines(o)] if outcomes else ["  cues: none"]
    if issues:
        lines.append("issues: " + "; ".join(f"#{k} {m.text!r} ({m.kind})" for k, m in sorted(issues.items())))
    return "\n".join(lines) + "\n"


def explain_articles(articles: Iterable[Article], *, model: str = DEFAULT_MODEL,
                     actor_files: Iterable[str | Path] = (), cue_files: Iterable[str | Path] = ()) -> str:
    """Each article's reading, as :func:`format_reading` prints it."""
    actors, lexicon = load_dictionary(actor_files), load_lexicon(cue_files)
    out = []
    for article, doc in parse(articles, model):
        out.append(f"# {article.id} (published {article.published or 'unknown'})\n"
                   + format_reading(read(article, doc, actors, lexicon)))
    return "\n".join(out)


def explain_text(text: str, *, published: date | None = None, model: str = DEFAULT_MODEL,
                 actor_files: Iterable[str | Path] = (), cue_files: Iterable[str | Path] = ()) -> str:
    """The reading of a piece of text (see the module docstring)."""
    return explain_articles([Article("text", text, published=published)], model=model, actor_files=actor_files,
                            cue_files=cue_files)
