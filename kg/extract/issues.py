"""Issues (plans, deals, truces, offensives ...): the phrases that name them, found once per
document, and the issue a cue is about. Positions on them are coded with the events
(:mod:`kg.extract.rules`)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from kg.extract.mentions import Resolver
from kg.extract.wordindex import dependents, dominates, kids_of

__all__ = ["IssueMention", "IssueIndex", "issue_mentions", "issue_lexicon", "issue_kind", "phrase"]


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


@cache
def issue_lexicon() -> dict[str, tuple[str, str]]:
    """Issue head nouns: ``{noun: (kind, family)}`` (kg/data/issues.tsv)."""
    text = (resources.files("kg") / "data" / "issues.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {r[0]: (r[1], r[2].strip()) for r in rows[1:]}


def issue_kind(word: str) -> str:
    """The kind of issue a head noun names ("plan": "proposal", "deal": "agreement"), or ""."""
    return issue_lexicon().get(word.lower(), ("", ""))[0]


def phrase(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``, with a short prepositional tail:
    "a plan proposed by mediators", "an end to the war in Gaza"."""
    start, end = tok.left_edge.i, tok.i + 1
    for child in tok.rights:
        if child.i != end or child.dep_ not in {"prep", "acl", "compound"}:
            break
        if child.right_edge.i - tok.i < 16:
            end = child.right_edge.i + 1
        elif child.dep_ == "acl":  # "a plan proposed by mediators [to halt the fighting ...]"
            agents = [c for c in kids_of(child) if c.dep_ == "agent"]
            end = (agents[0].right_edge.i if agents else child.i) + 1
            break
        else:
            break
    return start, end


def _place(res: Resolver, start: int, end: int) -> str | None:
    """A named place in a phrase: "a Gaza truce plan" -> Gaza, "attack on Rafah" -> Rafah."""
    best = None
    for t in res.words.toks[start:end]:
        if t.i in res.spans and res.kind(res.spans[t.i][2]) != "state":
            continue
        if t.pos_ == "PROPN" and (t.ent_type_ in {"GPE", "LOC", "FAC", "PERSON"} or t.i in res.spans):
            if t.i in res.spans or t.ent_type_ in {"GPE", "LOC", "FAC"} or best is None:
                best = t.text
    return best


def _noun_issue(tok: Token, res: Resolver, lex: dict[str, tuple[str, str]]) -> tuple | None:
    """"a Gaza truce plan": an issue headed by a noun of issues.tsv (an offensive needs a place)."""
    if tok.dep_ == "compound" and tok.head.lower_ in lex:
        return None  # "truce" in "a Gaza truce plan": the plan is the issue
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ not in lex or tok.i in res.spans:
        return None
    kind, family = lex[tok.lower_]
    start, end = phrase(tok)
    place = _place(res, start, end)
    if family == "offensive" and place is None and not res._modifier_actors(tok) and tok.dep_ not in {"dobj", "pobj"}:
        return None  # "attack" in general, not an offensive someone launches
    return start, end, kind, family, place, any(low in {"the", "this", "that"} for _, low, _ in dependents(tok))


def _sent_forces(tok: Token, res: Resolver) -> tuple | None:
    """"send ground forces into Rafah": an offensive on the place forces are sent to."""
    words = res.lex
    if tok.lemma_ not in words.of("send") or not any(
            c.dep_ == "dobj" and c.lower_ in words.of("troops") for c in kids_of(tok)):
        return None
    for prep in kids_of(tok):
        if prep.dep_ == "prep" and prep.lower_ in {"into", "to", "in"}:
            return tok.i, prep.right_edge.i + 1, "offensive", "offensive", _place(res, prep.left_edge.i,
                                                                                prep.right_edge.i + 1), False
    return None


def _end_of_war(tok: Token, res: Resolver) -> tuple | None:
    """"an end to the war": a demand."""
    if tok.lemma_ not in res.lex.of("end") or tok.pos_ not in {"NOUN", "VERB"}:
        return None
    if not any(t.lower_ in res.lex.of("war") for t in tok.subtree):
        return None
    end = max(t.i for t in tok.subtree) + 1
    return tok.i, min(end, tok.i + 8), "demand", "end-of-war", None, False


def issue_mentions(res: Resolver, cues=None) -> list[IssueMention]:
    """Every issue phrase of the article (and, given the document's cues, every material act told by a
    verb); coreferent mentions share ``local``."""
    phrases = _phrases(res, issue_lexicon())
    return _mentions(res, phrases, _act_mentions(res, cues, _covered(phrases)))


def _mentions(res: Resolver, phrases: list[tuple[int, tuple]], acts: list[tuple[int, tuple]]) -> list[IssueMention]:
    found: list[IssueMention] = []
    issues: list[tuple[str, str | None, int]] = []  # (family, place, local) in order of first mention
    for i, hit in sorted(phrases + acts):
        tok = res.words.toks[i]
        start, end, kind, family, place, definite = hit
        last = res.words.toks[end - 1]
        start_char, end_char = res.words.toks[start].idx, last.idx + len(last)
        n = _local(issues, family, place, definite)
        found.append(IssueMention(res.doc_id, start_char, end_char, res.words.text[start_char:end_char].strip(" ,“”\"'"),
                                  kind, family, place, n, res.words.sent(tok).start_char))
    return found


def _phrases(res: Resolver, lex: dict[str, tuple[str, str]]) -> list[tuple[int, tuple]]:
    """(head token, hit) of every issue named by a noun phrase ("a Gaza truce plan", "an end to the war")."""
    words = res.lex
    heads = lex.keys() | words.of("send") | words.of("end")  # no issue phrase is headed by another word
    return [(tok.i, hit) for tok in _heads(res, heads)
            if (hit := _noun_issue(tok, res, lex) or _sent_forces(tok, res) or _end_of_war(tok, res))]


def _heads(res: Resolver, heads: set[str]) -> list[Token]:
    """The tokens whose word or (spaCy's, not lower-cased) lemma is one of ``heads``."""
    found = {t.i for t in res.words.tokens(heads)}
    found |= {t.i for t in res.words.tokens(lemmas={h.lower() for h in heads}) if t.lemma_ in heads}
    return [res.words.toks[i] for i in sorted(found)]


def _covered(phrases: list[tuple[int, tuple]]) -> set[int]:
    return {i for _, h in phrases for i in range(h[0], h[1])}


def _local(issues: list[tuple[str, str | None, int]], family: str, place: str | None, definite: bool) -> int:
    """The article-local number of an issue: an earlier one of the same family and place, or a new one."""
    for fam, pl, n in reversed(issues):
        if fam == family and (pl == place or place is None or (pl is None and definite) or family in {"deal", "talks"}):
            return n
    issues.append((family, place, len(issues)))
    return len(issues) - 1


#: Material acts told by a verb are issues too ("withdrew from ECOWAS", "expelled Geza"): kind and family.
ACT_ISSUES = {"ASSAULT": ("offensive", "offensive"), "SANCTION": ("sanctions", "sanctions"),
              "RETREAT": ("withdrawal", "withdrawal"), "COERCE": ("other", "measure"),
              "MOBILIZE": ("other", "deployment"), "CONCEDE": ("exchange", "exchange")}


def _act_mentions(res: Resolver, cues, known: set[int]) -> list[tuple[int, tuple]]:
    """(token, hit) of verbs of material acts that no issue phrase already covers."""
    out = []
    for hit in (cues.hits.values() if cues is not None else ()):
        tok = hit.tok
        if not hit.cue.event or not hit.cue.verbal or hit.cue.plover not in ACT_ISSUES or tok.i in known:
            continue
        objs = [c for c in kids_of(tok) if c.dep_ in {"dobj", "prep", "prt"}]
        end = min(max([tok.i] + [c.right_edge.i for c in objs]) + 1, tok.i + 9)
        kind, family = ACT_ISSUES[hit.cue.plover]
        out.append((tok.i, (tok.i, end, kind, family, _place(res, tok.i, end), False)))
    return out


#: What a request, rejection, accusation, praise or pledge is about, when no issue phrase names it ("urged
#: the authorities to release the protesters", "rejected the accusation", "offered to resettle the refugees"):
#: kind, and family (with its head word).
SAID_ISSUES = {"REQUEST": ("demand", "demand"), "REJECT": ("other", "rejected"), "ACCUSE": ("other", "conduct"),
               "SUPPORT": ("other", "welcomed"), "AGREE": ("other", "pledged")}
_SAID_OBJECTS = {"xcomp", "ccomp", "dobj"}


def _said_mentions(res: Resolver, cues, known: set[int]) -> list[tuple[int, tuple]]:
    """(token, hit) of what verbal cues ask for, reject, blame or praise, when no issue phrase covers it."""
    out = []
    for hit in (cues.hits.values() if cues is not None else ()):
        tok = hit.tok
        if not hit.cue.event or not hit.cue.verbal or hit.cue.plover not in SAID_ISSUES:
            continue
        what = next((c for c in kids_of(tok) if c.dep_ in _SAID_OBJECTS and c.i not in res.spans
                     and c.i not in hit.parts and c.pos_ in {"VERB", "NOUN"}), None)
        if what is None:  # "accused X of war crimes", "called for restraint"
            what = next((o for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                         for o in kids_of(p) if o.dep_ in {"pobj", "pcomp"} and o.i not in res.spans), None)
        if what is None:
            continue
        lo, hi = what.left_edge.i, what.right_edge.i
        if any(lo <= i <= hi for i in known) or _feared(what):
            continue
        start = min(lo, what.i)
        end = min(hi + 1, what.i + 9)
        kind, family = SAID_ISSUES[hit.cue.plover]
        out.append((what.i, (start, end, kind, f"{family}:{what.lemma_.lower()}", _place(res, start, end), False)))
    return out


def _feared(what: Token) -> bool:
    """A clause of what might happen ("worried Russia may not stop at Ukraine"): a fear or a forecast, no issue."""
    return what.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in {"may", "might"} for c in kids_of(what))


class IssueIndex:
    """The issue mentions of one document, by the token that heads them."""

    def __init__(self, res: Resolver, cues=None) -> None:
        phrases = _phrases(res, issue_lexicon())
        acts = _act_mentions(res, cues, _covered(phrases))
        acts += _said_mentions(res, cues, _covered(phrases) | {i for i, _ in acts})
        self.mentions = _mentions(res, phrases, acts)
        self.by_token: dict[int, IssueMention] = {}
        for m in self.mentions:
            span = res.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                self.by_token[span.root.i] = m
        verbs = {i for i, _ in acts}
        self.phrases = {i: m for i, m in self.by_token.items() if i not in verbs}  # named by a noun phrase
        self._near: dict[tuple[int, bool], IssueMention | None] = {}

    def last(self, family: str, before: int) -> IssueMention | None:
        """The last issue of ``family`` named before character ``before`` ("the charges" before "pleaded not guilty")."""
        return max((m for m in self.mentions if m.family == family and m.end <= before), key=lambda m: m.start,
                   default=None)

    def heads(self, sent: Span) -> list[Token]:
        """The tokens of ``sent`` that head an issue mention, in text order."""
        return [sent.doc[i] for i in sorted(i for i in self.by_token if sent.start <= i < sent.end)]

    def near(self, tok: Token, acts: bool = True) -> IssueMention | None:
        """The issue a cue is about: in its own phrase, its complements, or the noun it modifies
        (``acts=False``: only issues named by a noun phrase, not acts told by a verb). Worked out once per cue."""
        key = (tok.i, acts)
        if key not in self._near:
            self._near[key] = self._find(tok, acts)
        return self._near[key]

    def _find(self, tok: Token, acts: bool) -> IssueMention | None:
        by_token = self.by_token if acts else self.phrases
        if tok.dep_ in {"acl", "relcl"} and tok.head.i in by_token:
            return by_token[tok.head.i]
        best = min((i for i in _within(by_token, tok) if i != tok.i), key=lambda i: (abs(i - tok.i), i), default=None)
        if best is not None:
            return by_token[best]
        head = tok.head
        if tok.dep_ in {"dobj", "pobj", "nsubj", "attr"} and head.pos_ in {"VERB", "AUX", "ADP"}:
            for i in _within(by_token, head):
                if i != tok.i:
                    return by_token[i]
        return by_token.get(tok.i)


def _within(by_token: dict[int, IssueMention], tok: Token) -> list[int]:
    """The issue heads in the subtree of ``tok``, in text order (read from the few heads, not the subtree's tokens)."""
    start, end = tok.left_edge.i, tok.right_edge.i
    return sorted(i for i in by_token if start <= i <= end and dominates(tok, i))
