"""Doc -> relations: cue words from the lexicon, their arguments from the dependency parse."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract.dates import date_of
from kg.extract.mentions import OTHER_SIDE, PARTIES, Resolver
from kg.lexicon import Cue, Lexicon
from kg.model import Relation

__all__ = ["relations", "find_cue", "OTHER_SIDE", "CAPTIVES"]

_SUBJ = {"nsubj", "csubj"}
_PASS_SUBJ = {"nsubjpass", "csubjpass"}
_OBJ = {"dobj", "dative", "attr", "oprd"}
_TARGET_PREPS = ("on", "upon", "to", "with", "against", "at", "into", "toward", "towards", "from", "between", "for", "of", "by")
_SPEECH = {"say", "add", "tell", "state", "announce", "insist", "stress", "argue", "claim", "note", "declare",
           "confirm", "report", "write", "explain", "describe", "predict", "reaffirm", "concede", "believe"}
_CONTROL_OBJ = {"urge", "ask", "press", "call", "appeal", "implore", "persuade", "invite", "help"}
_FORCE = {"ASSAULT", "MOBILIZE", "COERCE"}
_FORCE_WORDS = {"force", "forces", "troops", "army", "military", "strike", "attack", "offensive", "respond", "response",
                "fight", "fighting", "action", "war", "operation"}
_FUTURE_HEADS = {"vow", "pledge", "promise", "plan", "intend", "threaten", "agree", "undertake", "commit", "prepare"}
DEONTIC = {"should", "must", "ought"}  # "Hamas must accept": in speech, a request
_NEG = {"neg"}
_NOT_CUE_PARTICLES = {"ahead", "forward"}
_OPEN_QUOTES = {'"', "“", "‘", "'", "«"}
_OWNER_TARGET = {"THREATEN", "SANCTION", "ASSAULT", "COERCE", "CONCEDE", "ACCUSE", "REJECT"}
CAPTIVES = {"PRISONERS", "HOSTAGES", "POLITICAL_PRISONERS"}


@dataclass(frozen=True, slots=True)
class _Found:
    tok: Token
    cue: Cue
    end_tok: Token  # last token of the cue phrase
    parts: tuple[int, ...] = ()  # the other words of a multiword cue


def find_cue(tok: Token, lexicon: Lexicon) -> _Found | None:
    """The longest lexicon cue headed by ``tok`` whose other words are its dependents."""
    pos = "V" if tok.pos_ in {"VERB", "AUX"} else "N" if tok.pos_ in {"NOUN", "PROPN"} else ""
    if not pos:
        return None
    lemma = tok.lemma_.lower()
    if pos == "V" and any(c.dep_ in {"prt", "prep"} and c.lower_ in _NOT_CUE_PARTICLES for c in tok.children):
        return None  # "press on with", "press ahead"
    for cue in lexicon.candidates(lemma, pos) or lexicon.candidates(tok.lower_, pos):
        last, ok, parts = tok, True, []
        near = [c for c in tok.children if c.dep_ not in {"conj", "cc", "ccomp", "advcl", "parataxis", "relcl"}]
        pool = near + [g for c in near if c.dep_ in {"prep", "prt", "dobj", "pobj", "xcomp", "agent"} for g in c.children]
        for word in cue.words[1:]:
            hit = next((t for t in pool if t.lemma_.lower() == word or t.lower_ == word), None)
            if hit is None:
                ok = False
                break
            parts.append(hit.i)
            last = hit if hit.i > last.i else last
        if ok:
            return _Found(tok, cue, last, tuple(parts))
    return None


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _passive(tok: Token) -> bool:
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "a plan proposed by mediators"
        return True
    return any(c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in tok.children)


def _deontic(verb: Token) -> bool:
    """"should accept", "must accept", "needs to accept"."""
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in {"need", "have"}


def _together(prep: Token) -> bool:
    """"together with", "along with", "alongside": a co-actor, not a target."""
    return prep.lower_ == "alongside" or (
        prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in {"together", "along"})


def _prep_objects(tok: Token, preps: tuple[str, ...] = _TARGET_PREPS) -> Iterator[tuple[str, Token]]:
    for child in tok.children:
        if child.dep_ in {"prep", "agent", "prt"} and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield child.lower_, obj


class _Coder:
    """Codes the cues of one document against its resolver."""

    def __init__(self, res: Resolver, lexicon: Lexicon, published) -> None:
        self.res = res
        self.lex = lexicon
        self.published = published
        self.doc = res.doc
        self.text = res.doc.text  # Doc.text is rebuilt on every access: read it once

    # -- arguments -----------------------------------------------------------
    def subject(self, verb: Token, seen: int = 0) -> tuple[str, ...]:
        """The actors doing ``verb``: its subject, the agent of a passive, or a controller."""
        if seen > 6:
            return ()
        if _passive(verb):
            for prep, obj in _prep_objects(verb, ("by",)):
                return self.res.refs_all(obj)
        for child in verb.children:
            if child.dep_ in _SUBJ:
                refs = self.res.refs_all(child) or (tuple(self.res._modifier_actors(child)) if child.pos_ == "NOUN" else ())
                for prep in child.children:  # "Blinken, together with Borrell and Joly, welcomed"
                    if prep.dep_ == "prep" and _together(prep):
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                refs = tuple(dict.fromkeys(refs + self.res.refs_all(obj)))
                if refs or child.pos_ in {"PRON", "NOUN", "PROPN"}:
                    return refs
        if verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
            head = verb.head
            if verb.dep_ == "xcomp" and head.lemma_ in _CONTROL_OBJ:
                for obj in _children(head, {"dobj"}):
                    return self.res.refs_all(obj)
            return self.subject(head, seen + 1)
        if verb.dep_ in {"acl", "relcl"} and not _passive(verb):
            return self.res.refs_all(verb.head)
        if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            return self.subject(verb.head, seen + 1)
        if verb.dep_ == "ROOT":
            return self._left_subject(verb)
        return ()

    def co_subjects(self, verb: Token) -> tuple[str, ...]:
        """Actors acting "together with" the subject: "which he mediated together with Lajcak"."""
        out: tuple[str, ...] = ()
        for prep, obj in _prep_objects(verb, ("with", "alongside")):
            if _together(obj.head):
                out += self.res.refs_all(obj)
        return out

    def _left_subject(self, verb: Token) -> tuple[str, ...]:
        """A subject the parser missed: the actors named just before the verb ("X and Y each signed")."""
        i = verb.i - 1
        while i >= verb.sent.start and (self.doc[i].lower_ in {"each", "both", "all", "also", "then", "jointly"}
                                        or self.doc[i].pos_ in {"ADV", "PUNCT"} and self.doc[i].text != ","):
            i -= 1
        if i < verb.sent.start or i not in self.res.spans:
            return ()
        tok = self.doc[self.res.spans[i][0]: self.res.spans[i][1]].root
        while tok.dep_ == "conj" and tok.head.i in self.res.spans:
            tok = tok.head
        return self.res.refs_all(tok)

    def noun_source(self, noun: Token) -> tuple[str, ...]:
        """Who a nominal cue belongs to: "Israel's proposal", "a visit by X", or the clause's subject."""
        mods = self.res._modifier_actors(noun, of=False)
        if not mods and noun.dep_ == "appos":  # "Hamas's October 7 attack"
            mods = self.res._modifier_actors(noun.head, of=False)
        if noun.dep_ == "conj" and noun.head.i in self.res.spans:
            mods = [self.res.spans[noun.head.i][2], *mods]
        if mods:
            return tuple(mods)
        for prep, obj in _prep_objects(noun, ("by", "from")):
            refs = self.res.refs_all(obj)
            if refs:
                return refs
        head = noun
        while head.dep_ in {"dobj", "pobj", "prep", "attr", "conj", "appos", "nsubj", "compound", "npadvmod"} and head.head.i != head.i:
            head = head.head
            if head.pos_ in {"VERB", "AUX"}:
                if any(c.dep_ in _SUBJ and c.lower_ in {"it", "this", "that"} for c in head.children):
                    break
                subj = self.subject(head)
                if subj:
                    return subj
                if head.dep_ not in {"xcomp", "conj", "ccomp"}:
                    break
        return ()

    def between(self, tok: Token) -> tuple[str, ...]:
        """The two sides of "between A and B" on the cue or its object ("a ceasefire between Israel and Hezbollah")."""
        for t in (tok, *[c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]):
            for prep, obj in _prep_objects(t, ("between",)):
                refs = self.res.refs_all(obj)
                if len(refs) >= 2 or refs == (PARTIES,):
                    return refs
        return ()

    def targets(self, tok: Token, found: _Found, source: tuple[str, ...]) -> tuple[str, ...]:
        """Whom the cue is directed at: object, dative, prepositional object, or a place visited."""
        cands: list[Token] = []
        direct: list[Token] = []  # the cue's own objects, whose owner may be the target
        if found.cue.pos == "V":
            if _passive(tok):
                direct += _children(tok, _PASS_SUBJ)
            direct += _children(tok, _OBJ)
            if tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in tok.children):
                direct += [o for _, o in _prep_objects(tok.head, ("with", "between"))]  # "the session with X, which he mediated"
            direct += [o for _, o in _prep_objects(tok) if not _together(o.head)]
            direct += [o for x in _children(tok, {"xcomp"}) for o in _children(x, {"dobj"})]
            cands += direct
            for child in tok.children:
                if child.dep_ == "dobj":
                    cands += [o for _, o in _prep_objects(child)]
            for prt in tok.children:  # "pull out of southern Lebanon"
                if prt.dep_ in {"prt", "prep"} and prt.lower_ in found.cue.words[1:]:
                    cands += [o for _, o in _prep_objects(prt)]
            for x in _children(tok, {"xcomp", "ccomp"}):
                cands += _children(x, {"dobj"})
                cands += [o for _, o in _prep_objects(x, ("with", "against", "on", "to", "at"))]
        else:
            direct += [o for p, o in _prep_objects(tok) if p not in {"by", "from", "of"} or found.cue.plover == "REQUEST"]
            cands += direct + [o for p, o in _prep_objects(tok, ("of",))]
            for x in _children(tok, {"acl", "relcl"}):
                cands += _children(x, {"dobj"}) + [o for _, o in _prep_objects(x)]
            head = tok.head
            if tok.dep_ == "pobj" and head.dep_ == "prep":
                head = head.head
            if tok.dep_ in {"dobj", "attr", "pobj"} and head.pos_ in {"VERB", "AUX"}:
                cands += _children(head, {"dative"}) + [o for _, o in _prep_objects(head, ("to", "with", "on", "in"))]
                for acomp in _children(head, {"acomp", "oprd"}):
                    cands += [o for p, o in _prep_objects(acomp) if p in {"to", "with"}]
        for cand in cands:
            refs = tuple(r for r in self.res.refs_all(cand) if r not in source)
            if refs:
                return refs
        for cand in direct:
            if cand.pos_ != "NOUN":
                continue
            # "an American plan", "the EU proposal", "sanctions on Venezuela's oil sector"
            refs = tuple(r for r in self.res._modifier_actors(cand, of=False, pronouns=False) if r not in source)
            if not refs and found.cue.plover in _OWNER_TARGET:
                for t in cand.subtree:
                    if t.dep_ in {"poss", "pobj"} and t.i != cand.i and (
                            rr := tuple(r for r in self.res.refs(t) if r not in source and self.res.kind(r) != "group")):
                        refs = rr
                        break
            if refs:
                return refs
        if found.cue.plover == "CONSULT":
            for cand in cands:
                refs = tuple(self.finest(r, tok.sent, source) for r in self.place_refs(cand) if r not in source)
                if refs:
                    return refs
        # "warned that X would ...", "cautioned that if X broke the terms": an actor in the content
        if found.cue.plover in {"REQUEST", "ACCUSE"}:  # "demanded that Israel respect the ceasefire"
            for content in _children(tok, {"ccomp"}):
                refs = tuple(r for r in self.subject(content) if r not in source)
                if refs:
                    return refs
        if found.cue.plover in {"THREATEN", "ACCUSE"} or "pledge" in found.cue.flags:
            for content in _children(tok, {"ccomp", "acl", "relcl", "xcomp"}):
                for t in content.subtree:  # "warned that if Hezbollah broke the terms ..."
                    if t.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in t.children):
                        refs = tuple(r for r in self.subject(t) if r not in source)
                        if refs:
                            return refs
                for t in content.subtree:
                    if t.dep_ in {"dobj", "pobj"}:
                        refs = tuple(r for r in self.res.refs_all(t) if r not in source)
                        if refs:
                            return refs
        return ()

    def finest(self, actor_id: str, sent: Span, exclude: tuple[str, ...]) -> str:
        """A person of ``actor_id`` named in the sentence, standing for it ("a visit to Cairo" -> its minister)."""
        for start, end, other, how in sorted(set(self.res.spans[i] for i in range(sent.start, sent.end) if i in self.res.spans)):
            if other not in exclude and self.res.kind(other) == "person" and self.res.affiliation(other) == actor_id:
                return other
        return actor_id

    def place_refs(self, tok: Token) -> tuple[str, ...]:
        """A place named as where a visit goes: its state ("a visit to Cairo" -> Egypt)."""
        span = self.res.spans.get(tok.i)
        if span:
            return (span[2],)
        actors = self.res.actors
        for table in (actors.capitals, actors.names):
            if tok.text in table:
                return (table[tok.text],)
        return ()

    # -- clause properties ---------------------------------------------------
    def mode(self, tok: Token) -> str:
        chain = [tok]
        t = tok
        while tok.dep_ not in {"acl", "relcl"} and t.dep_ in {"xcomp", "conj", "acl", "relcl", "ccomp", "advcl", "pcomp", "pobj", "prep"} and t.head.i != t.i and len(chain) < 5:
            if t.dep_ in {"ccomp", "relcl", "acl"} and t.i != tok.i:
                break
            t = t.head
            chain.append(t)
            if t.dep_ in {"ccomp", "relcl"}:
                break
        if any(c.dep_ in _NEG or c.lower_ in {"never", "no"} for x in chain[:2] for c in x.children):
            return "negated"
        if any(c.dep_ in _NEG for x in chain[2:] if x.lemma_ not in _SPEECH for c in x.children):
            return "negated"  # "pledged not to let Al-Qaeda ... threaten the United States"
        for x in tok.ancestors:
            if x.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in x.children):
                return "hypothetical"
            if x.dep_ in {"ccomp", "ROOT"}:
                break
        if any(m.lower_ in {"if", "unless"} for m in tok.children if m.dep_ == "mark"):
            return "hypothetical"
        auxes = {c.lower_ for x in chain[:2] for c in x.children if c.dep_ in {"aux", "auxpass"}}
        if auxes & {"could", "might", "may"}:
            return "hypothetical"
        if auxes & {"will", "would", "shall", "'ll"} or any(x.lemma_ in _FUTURE_HEADS for x in chain[1:2]):
            return "future"
        if tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
            return "future"
        if tok.dep_ in {"acl", "xcomp", "advcl", "ccomp"} and tok.head.lemma_ in _FUTURE_HEADS and tok.head.pos_ in {"VERB", "NOUN"} and not (tok.dep_ == "acl" and tok.tag_ == "VBN"):
            return "future"
        return "asserted"

    def speaker(self, tok: Token) -> tuple[Token | None, tuple[str, ...]]:
        """The speech verb whose content holds ``tok``, with its speaker."""
        t = tok
        for _ in range(8):
            if t.dep_ == "ROOT" or t.head.i == t.i:
                break
            dep, t = t.dep_, t.head
            if t.lemma_ in _SPEECH and dep in {"ccomp", "xcomp", "conj", "advcl", "parataxis"}:
                return t, self.subject(t)
        root = tok.sent.root
        for child in root.children:
            if child.dep_ == "parataxis" and child.lemma_ in _SPEECH and child.i != tok.i:
                return child, self.subject(child)
        return None, self.quoted_speaker(tok.sent)

    def quoted_speaker(self, sent: Span) -> tuple[str, ...]:
        """A sentence that is all quotation continues the speaker of the quote before it:
        '"We have a deal," Borrell said. "Both sides committed."'"""
        text = sent.text.strip()
        if not text or text[0] not in _OPEN_QUOTES or any(t.lemma_ in _SPEECH and t.pos_ == "VERB" for t in sent):
            return ()
        if sent.start == 0:
            return ()
        prev = self.doc[sent.start - 1].sent
        for t in prev:
            if t.lemma_ in _SPEECH and t.pos_ == "VERB" and (quote := self.subject(t)):
                return quote
        return self.quoted_speaker(prev) if prev.text.strip()[:1] in _OPEN_QUOTES else ()

    def _content_cue(self, tok: Token) -> bool:
        scope = tok.head if tok.pos_ == "NOUN" and tok.head.pos_ in {"VERB", "AUX"} else tok
        return any(t.i != tok.i and t.i != scope.i and t.dep_ in {"xcomp", "ccomp", "acl", "advcl", "conj"}
                   and find_cue(t, self.lex) for t in scope.subtree)

    def content_is_force(self, tok: Token) -> bool:
        """Does the content of a pledge or warning name force ("strike hard", "send ground forces")?
        A withdrawal or a release of troops does not."""
        scope = tok.head if tok.pos_ == "NOUN" and tok.head.pos_ in {"VERB", "AUX"} else tok
        words = False
        for t in scope.subtree:
            if t.i == tok.i:
                continue
            found = find_cue(t, self.lex)
            if found and found.cue.plover in _FORCE:
                return True
            if found and found.cue.plover in {"RETREAT", "CONCEDE", "AGREE", "CONSULT", "AID", "COOPERATE"}:
                return False
            words = words or t.lower_ in _FORCE_WORDS
        return words

    def issue(self, tok: Token, found: _Found) -> str | None:
        """The thing the cue is about, when it is not an actor: "a Gaza truce plan"."""
        cands = _children(tok, {"dobj"}) + [o for x in _children(tok, {"xcomp"}) for o in _children(x, {"dobj"})]
        cands += [o for p, o in _prep_objects(tok, ("to", "for", "on", "against", "of"))]
        for cand in cands:
            if self.res.refs(cand) or cand.pos_ not in {"NOUN", "PROPN"}:
                continue
            span = self.doc[cand.left_edge.i: cand.i + 1]
            for child in cand.rights:
                if child.dep_ in {"prep", "acl"} and child.i - cand.i < 3:
                    span = self.doc[cand.left_edge.i: min(child.right_edge.i + 1, cand.i + 12)]
                    break
            return span.text.strip(" ,“”\"") or None
        return None

    def place(self, tok: Token) -> str | None:
        for t in (tok, tok.head):
            for prep, obj in _prep_objects(t, ("in", "at")):
                if obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                    return self.doc[obj.left_edge.i: obj.i + 1].text
        return None

    # -- coding --------------------------------------------------------------
    def code(self, found: _Found) -> Iterator[Relation]:
        """The relations one cue states, after the rules for speech, mediation, defaults and negation."""
        tok, cue = found.tok, found.cue
        plover = cue.plover
        if "modal" in cue.flags or self._absorbed(tok):
            return
        if cue.pos == "N":
            if tok.i in self.res.spans and not self.res._modifier_actors(tok):
                return
            source = self.noun_source(tok)
            namer = self._namer(tok)
            if namer and cue.plover in {"ACCUSE", "ASSAULT"}:
                # "what he called Israel's aggression": the one who names it accuses its owner
                yield from self._emit(tok, found, namer, "ACCUSE", source, "asserted", 0.6, "named-as")
                return
        else:
            source = self.subject(tok)
            source = tuple(dict.fromkeys(source + self.co_subjects(tok))) if source else source
        _, speaker = self.speaker(tok)
        if speaker and cue.pos == "V" and _deontic(tok):
            return  # "Hamas must accept the plan" in a quote is the speaker's request (modal_requests)
        mode = self.mode(tok)
        sides = self.between(tok)
        source_given = bool(source)
        if sides and not source:
            source, targets = sides, ()
        else:
            targets = sides or self.targets(tok, found, source)
        if "place" in cue.flags and any(self.res.refs(o) for o in _children(tok, {"dobj"})):
            return  # "leave Hamas isolated" is not a withdrawal
        if plover in {"CONCEDE", "REJECT", "REQUEST"} and any(t in CAPTIVES for t in targets):
            targets = (OTHER_SIDE,)  # freeing prisoners is a concession to the other side
        if not targets and "refuse" in cue.flags:  # "refused to commit to freeing Taliban prisoners"
            targets = self._captors(tok)
        mediating = "mediate" in cue.flags
        if cue.position == "proposes" and source and all(self.res.kind(s) == "group" for s in source):
            plover, mediating = "CONSULT", True  # mediators putting a plan forward are mediating
        if "pledge" in cue.flags:
            if self.content_is_force(tok):
                plover = "THREATEN"
            elif self._content_cue(tok):
                return  # the pledged event itself is coded, in the future, for the pledger
        if "report" in cue.flags:  # "A says B reneged": A accuses B
            if not speaker or not source:
                return
            source, targets, plover, mode = speaker, source, "ACCUSE", "asserted"
        if speaker and source and self._speaks_for(speaker, source):
            source = speaker  # a speaker stating what its own side will do is the source
        if not source and speaker and not _passive(tok) and tok.sent.root.lemma_ in _SPEECH:
            source = speaker
        if not source:
            return
        if not targets and mediating:
            targets = self._mediated(tok, source)
        if not targets and (plover == "THREATEN" or "refuse" in cue.flags):
            targets = (OTHER_SIDE,)  # a threat or a refusal with no addressee is aimed at the other side
        if not targets and cue.position == "proposes" and plover == "AGREE":
            return  # a proposal with no addressee is a position on an issue, not an event
        if mode == "negated":
            if plover in {"AGREE", "CONSULT", "COOPERATE", "CONCEDE", "SUPPORT"} and self._refusal(tok):
                plover, mode = "REJECT", "asserted"
            else:
                return
        conf = 0.8 if cue.pos == "V" else 0.7
        if "both" in cue.flags and not targets and not sides:
            # "Iran and the United States held talks", "both sides agreed": each with the other;
            # talks of one side with nobody named are not coded
            if cue.pos == "V" and source == (PARTIES,):
                yield from self._emit(tok, found, (PARTIES,), plover, (OTHER_SIDE,), mode, 0.6, "both-sides")
            elif cue.pos == "V" and len(source) >= 2:
                for src in source:
                    yield from self._emit(tok, found, (src,), plover, tuple(x for x in source if x != src), mode, conf, "joint")
            return
        if sides and len(sides) >= 2 and not source_given:
            for src in sides:  # "a ceasefire signed between A and B": each with the other
                yield from self._emit(tok, found, (src,), plover, tuple(x for x in sides if x != src), mode, conf, "between")
            return
        yield from self._emit(tok, found, source, plover, targets, mode, conf, "verb-cue" if cue.pos == "V" else "noun-cue")

    def _namer(self, tok: Token) -> tuple[str, ...]:
        """The subject of "call", "describe", "term" when the cue noun is what something is called."""
        head = tok.head
        if tok.dep_ in {"oprd", "ccomp", "dobj", "attr"} and head.lemma_ in {"call", "describe", "term", "label", "brand"}:
            return self.subject(head)
        return ()

    def _captors(self, tok: Token) -> tuple[str, ...]:
        """Whose prisoners a refused release would have freed ("Taliban prisoners" -> the Taliban)."""
        for t in tok.subtree:
            span = self.res.spans.get(t.i)
            if span and span[2] in CAPTIVES:
                mods = [m for m in self.res._modifier_actors(t, of=False, pronouns=False) if self.res.kind(m) != "group"]
                if mods:
                    return (mods[0],)
        return ()

    def _speaks_for(self, speaker: tuple[str, ...], source: tuple[str, ...]) -> bool:
        aff = {a for s in speaker if (a := self.res.affiliation(s))}
        if set(source) <= aff | set(speaker):
            return True
        first = self.res.actor(source[0])
        return self.res.kind(source[0]) == "organization" and first is not None and first.affiliation in aff

    def _mediated(self, tok: Token, source: tuple[str, ...]) -> tuple[str, ...]:
        """Mediation is towards each party the sentence names as a subject."""
        def same_side(r: str) -> bool:
            return any(self.res.affiliation(s) == r or (self.res.affiliation(r) or r) == (self.res.affiliation(s) or s)
                       for s in source)

        out: list[str] = []
        for t in tok.sent:
            if t.i == tok.i or not (t.dep_ in _SUBJ or (t.dep_ == "conj" and t.head.dep_ in _SUBJ)):
                continue
            for r in self.res.refs(t):
                if r not in source and r not in out and self.res.kind(r) != "group" and not same_side(r):
                    out.append(r)
        return tuple(out)

    def _refusal(self, tok: Token) -> bool:
        """"would not sign", "has never recognised": a refusal, not just an event that did not happen."""
        auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        never = any(c.lower_ == "never" for c in tok.children)
        return bool(auxes & {"will", "would", "wo", "can", "could", "ca"}) or never

    def _absorbed(self, tok: Token) -> bool:
        """A complement of another cue ("urged Hamas to accept") is coded through that cue."""
        if tok.dep_ in {"xcomp", "ccomp"}:
            head = tok.head
            found = find_cue(head, self.lex)
            if found and "pledge" in found.cue.flags:
                return self.content_is_force(head)
            if found and tok.dep_ == "xcomp":
                return True
        if tok.dep_ in {"pcomp", "pobj"} and tok.head.dep_ == "prep":
            owner = tok.head.head
            found = find_cue(owner, self.lex)
            if found and found.cue.pos == "N":
                return True
        t, prev = tok, tok.i
        for _ in range(6):
            if t.head.i == t.i:
                break
            prev = t.i
            dep, t = t.dep_, t.head
            found = find_cue(t, self.lex)
            if found and "pledge" in found.cue.flags and dep in {"ccomp", "acl", "xcomp"}:
                return self.content_is_force(t)  # a pledged event is coded for the pledger
            if found and dep in {"ccomp", "relcl", "acl", "xcomp", "advcl"} and (
                found.cue.flags & {"speech", "refuse"} or found.cue.plover in {"THREATEN", "ACCUSE", "REJECT", "REQUEST"}
            ):
                return True
            if dep not in {"xcomp", "ccomp", "conj", "relcl", "acl", "advcl", "pcomp", "pobj"} and not (
                    dep == "prep" and tok.doc[prev].lower_ in {"to", "for", "on"}):
                break
        return False

    def _emit(self, tok: Token, found: _Found, sources, plover, targets, mode, conf, rule: str) -> Iterator[Relation]:
        sent = tok.sent
        start, end = self._cue_span(found)
        when, how = date_of(tok, self.published)
        issue = self.issue(tok, found)
        place = self.place(tok)
        for src in sources:
            for tgt in (targets or (None,)):
                if tgt == src:
                    continue
                yield Relation(
                    doc=self.res.doc_id, source=src, plover=plover, target=tgt, cue=self.text[start:end],
                    sentence=sent.text.strip(), sent_start=sent.start_char, sent_end=sent.end_char,
                    start=start, end=end, issue=issue, place=place, date=when, date_how=how, mode=mode,
                    confidence=conf, rule=rule,
                )

    def _cue_span(self, found: _Found) -> tuple[int, int]:
        first, last = found.tok, found.end_tok
        return first.idx, last.idx + len(last.text)

    def modal_requests(self, sent: Span) -> Iterator[Relation]:
        """Inside speech, "X needs to / should / must ..." is the speaker asking X."""
        for tok in sent:
            if tok.pos_ not in {"VERB", "AUX"}:
                continue
            is_modal = tok.lemma_ in {"need", "have"} and any(c.dep_ == "xcomp" for c in tok.children) or any(
                c.dep_ == "aux" and c.lower_ in DEONTIC for c in tok.children)
            if not is_modal:
                continue
            speech_verb, speaker = self.speaker(tok)
            subj = self.subject(tok)
            if not speaker or not subj or set(subj) & set(speaker):
                continue
            aff = {a for s in speaker if (a := self.res.affiliation(s))}
            if set(subj) <= aff:
                continue
            aux = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in DEONTIC), None)
            first = aux or tok
            yield from self._emit(tok, _Found(first, Cue((first.lemma_,), "V", "REQUEST", "supports"), first),
                                  speaker, "REQUEST", subj, "asserted", 0.6, "modal-request")


def relations(res: Resolver, lexicon: Lexicon, published=None) -> Iterator[Relation]:
    """Every coded relation of a document, in text order (``PARTIES`` not yet expanded)."""
    coder = _Coder(res, lexicon, published)
    for sent in res.doc.sents:
        seen: set[tuple] = set()
        consumed: set[int] = set()  # words of multiword cues ("held talks": "talks" is no cue of its own)
        for tok in sent:
            found = find_cue(tok, lexicon)
            if found is not None:
                consumed.update(found.parts)
        for tok in sent:
            found = None if tok.i in consumed else find_cue(tok, lexicon)
            if found is None:
                continue
            for rel in coder.code(found):
                key = (rel.source, rel.plover, rel.target)
                if key not in seen:
                    seen.add(key)
                    yield rel
        for rel in coder.modal_requests(sent):
            key = (rel.source, rel.plover, rel.target)
            if key not in seen:
                seen.add(key)
                yield rel
