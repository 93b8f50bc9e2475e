"""What the extraction rules read about one document, built once per document."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from kg.extract.cues import CueIndex
from kg.extract.issues import IssueIndex
from kg.extract.mentions import Resolver
from kg.lexicon import Lexicon

__all__ = ["Ctx"]


@dataclass
class Ctx:
    """One parsed document with its actors (``res``), its cues and the lexicon."""

    res: Resolver
    lex: Lexicon
    cues: CueIndex
    published: date | None = None
    text: str = ""  # Doc.text is rebuilt on every access: read it once
    issues: IssueIndex | None = None
    coded: list = field(default_factory=list)  # the relations coded so far, in text order
    stated: list = field(default_factory=list)  # the positions stated so far, in text order
    untargeted: list = field(default_factory=list)  # (sentence start, cue start, type, doer, sentence) of acts not
    # coded for want of whom
    memo: dict = field(default_factory=dict)  # what several rules ask of one token: (question, token) -> answer

    @property
    def doc(self) -> Doc:
        return self.res.doc

    @property
    def home(self) -> str | None:
        """The state the article is set in, if one stands out (:func:`kg.extract.parties.home_state`)."""
        return self.res.home

    @property
    def authority(self) -> str | None:
        """Who arrests, tries and bans in the state the article is set in: the organisation that rules it
        de facto when the article names it (the Taliban in Afghanistan), else the state (:meth:`Resolver.ruler`)."""
        return self.res.ruler(self.home) if self.home else None

    @classmethod
    def of(cls, res: Resolver, lex: Lexicon, published: date | None = None) -> Ctx:
        cues = CueIndex(res.words, lex, frozenset(i for i, (start, end, _, _) in res.spans.items() if end - start > 1))
        return cls(res, lex, cues, published, res.words.text, IssueIndex(res, cues))
