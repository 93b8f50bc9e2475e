"""Load the spaCy pipeline once, mark paragraph breaks, and parse articles in batches."""
from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from functools import cache

import numpy
import spacy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, IS_TITLE, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc

from kg import DEFAULT_MODEL
from kg.dates import dateline_end, wire_dateline
from kg.errors import Errors
from kg.model import Article

__all__ = ["DEFAULT_MODEL", "load_pipeline", "parse", "clean_text"]

USED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")

_BYLINE = re.compile(r"\n[ \t]*((?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+(?:,? (?:and )?(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+)* with (?:AFP|Reuters|AP)[ \t]*)\s*\Z")


@Language.component("kg_paragraphs")
def _paragraphs(doc: Doc) -> Doc:
    """A blank line, or a line break, always starts a new sentence; so does the sentence after a
    crosshead that lost its line break ("... in 1968. British colony The Chagos Islands are ...")."""
    # The tokens that start a sentence are picked from the document's arrays and set in one go, not by
    # making every token and setting each (about 0.5 ms an article, a twentieth of kg's extraction): a space
    # token's next, and a title-case word after an alphabetic noun (what :func:`_after_crosshead` asks first).
    if len(doc) < 2:
        return doc
    starts = [i + 1 for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist() if "\n" in doc[i].text]
    title, alpha, tag = (doc.to_array(attr) for attr in (IS_TITLE, IS_ALPHA, TAG))
    nouns = [doc.vocab.strings[t] for t in sorted(_NOUN_TAGS)]
    starts += [i for i in (numpy.flatnonzero(title[2:] & alpha[1:-1] & numpy.isin(tag[1:-1], nouns)) + 2).tolist()
               if _after_crosshead(doc, doc[i])]
    lower = doc.to_array(IS_LOWER)
    inside = (numpy.flatnonzero(lower[1:] & alpha[1:] & alpha[:-1]) + 1).tolist()  # "Ethiopia accused Eritrea":
    # a lower-case word right after a word goes on with its sentence (the parser cut after "Ethiopia" once)
    if starts or inside:
        marks = doc.to_array(SENT_START)
        marks[inside] = numpy.uint64(2**64 - 1)  # -1: not a start (as ``is_sent_start = False`` stores it)
        marks[starts] = 1  # (``tok.is_sent_start = True``, which reads the whole document at each call)
        doc.from_array([SENT_START], marks)
    return doc


_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
_OPENERS = {"DT", "PRP", "PRP$", "IN", "WRB", "EX"}  # "The", "He", "During", "When", "There"
_VERBS = {"VBD", "VBN", "VBP", "VBZ", "VBG", "MD"}
_ENDS = {".", "!", "?", "”", '"'}


def _after_crosshead(doc: Doc, tok) -> bool:
    """Does ``tok`` open a sentence glued to a crosshead: a capitalised opener word ("The", "During")
    or plural noun ("Negotiations") right after a noun, closing a short verbless run of words that
    follows the end of a sentence ("Sovereignty negotiations Negotiations between ...")?"""
    prev = doc[tok.i - 1]
    if not tok.is_title or tok.text == "I" or prev.tag_ not in _NOUN_TAGS or not prev.is_alpha:
        return False
    plural = tok.tag_ in {"NNS", "NNPS"} and tok.text[1:].islower() and prev.is_lower
    if tok.tag_ not in _OPENERS and not plural:
        return False
    start = tok.i - 1
    while start > 0 and doc[start - 1].text not in _ENDS and tok.i - start < 7:
        start -= 1
    run = doc[start: tok.i]
    return (start == 0 or doc[start - 1].text in _ENDS) and len(run) < 7 and run[0].text[:1].isupper() \
        and not any(t.tag_ in _VERBS or t.is_punct for t in run)


def clean_text(text: str) -> str:
    """Blank out a wire dateline and a closing byline, keeping every offset."""
    end = dateline_end(text)
    if end:
        text = " " * end + text[end:]
    wire = wire_dateline(text)
    if wire:
        text = text[: wire[0]] + " " * (wire[1] - wire[0]) + text[wire[1]:]
    m = _BYLINE.search(text)
    if m:
        text = text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1):]
    return text


@cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The named installed spaCy pipeline, with the paragraph component before the parser."""
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError:
        raise Errors.NO_MODEL(model=model) from None
    except Exception as exc:  # a package or folder that is not a spaCy pipeline, or one for another spaCy
        raise Errors.NOT_A_PIPELINE(model=model, error=exc.__class__.__name__, default=DEFAULT_MODEL) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise Errors.PIPELINE_LACKS(model=model, missing=", ".join(sorted(missing)), default=DEFAULT_MODEL)
    nlp.add_pipe("kg_paragraphs", before="parser")
    _keep_abbreviations(nlp)
    # The pipeline stays loaded as long as the process, with the modules loaded so far: moved out of the
    # collector's reach, they are not walked again at each full collection while a build holds results.
    gc.collect()
    gc.freeze()
    return nlp


def _keep_abbreviations(nlp: Language) -> None:
    """An abbreviated title before a name ("Lt. Col.", "Brig. Gen.", "Capt.") stays one token with its
    full stop, as the model's own "Gen." and "Dr." do: split, the full stop ends a sentence in the middle
    of "Brig. Gen. X said" and the name is lost. The titles are the honorifics of kg/data/actor_words.tsv."""
    from kg.lexicon import load_lexicon

    for word in sorted(load_lexicon().of("honorific")):
        if word.endswith("."):
            for form in {word.capitalize()}:
                if len(nlp.tokenizer(form)) > 1:
                    nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


CHUNK = 20_000  # characters; longer articles are parsed in pieces and joined


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Cut ``text`` into pieces of at most about ``size`` characters at paragraph, sentence or word ends.

    The pieces join back to ``text`` exactly, so character offsets are kept.
    """
    out, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind("\n\n"), 0)
        if cut < size // 4:
            cut = max(window.rfind(". "), window.rfind("\n"))
        if cut >= size // 4:
            cut += 1
        else:  # no sentence break: a shorter piece cut at a word end (parsing short pieces is faster)
            short = max(size // 4, 1)
            cut = window.rfind(" ", 0, short) + 1
            if cut <= short // 4:
                cut = short
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def parse(articles: Iterable[Article], model: str = DEFAULT_MODEL, batch_size: int = 32,
          n_process: int = 1) -> Iterator[tuple[Article, Doc]]:
    """Yield each article with its parsed Doc, in input order, streaming.

    Articles longer than :data:`CHUNK` characters are parsed in pieces that
    are joined into one Doc with the article's own offsets.
    """
    nlp = load_pipeline(model)

    def pieces() -> Iterator[tuple[str, tuple[Article, int, int]]]:
        for art in articles:
            parts = chunks(clean_text(art.text))
            for n, part in enumerate(parts):
                yield part, (art, n, len(parts))

    pending: list[Doc] = []
    for doc, (art, n, total) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        pending.append(doc)
        if n == total - 1:
            yield art, pending[0] if total == 1 else Doc.from_docs(pending, ensure_whitespace=False)
            pending = []
