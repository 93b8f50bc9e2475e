"""State organs named by a common noun become actors of their own: "Israeli police", "the
cabinet", "a Phnom Penh court", "the country's intelligence service", "the ECOWAS standby force".

The organ's owner is the state or organisation that modifies the noun (a demonym, a country, a
capital, an organisation's name or "the country's"); a definite noun with no modifier belongs to
the state the article is about, unless nouns.tsv marks it ``modified`` ("the court" may be an
international one). "The court" is first a court the text names ("the International Court of
Justice"). The dictionary's own organ is used when it has one ("Kosovo Police"); otherwise an
organ is made, labelled by the owner and the noun ("Myanmar police"), and acts for its owner.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.actors import slug
from kg.extract.titles import main_state
from kg.extract.wordindex import kids_of
from kg.model import Actor

if TYPE_CHECKING:
    from kg.extract.mentions import Resolver

__all__ = ["find_organs", "located", "seated", "bare_subject", "acted_in", "place_name"]

_MODS = {"compound", "amod", "poss", "nmod"}


def find_organs(res: Resolver) -> None:
    """Add a span for each organ noun whose owner is known."""
    last_words = {noun.split()[-1] for noun in res.lex.nouns_of("organ")}  # "service" of "intelligence service"
    for tok in res.words.tokens(last_words):
        if tok.i in res.spans or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        phrase, first = _phrase(res, tok)
        if not phrase:
            continue
        head = _member(res, tok)  # "police officers": the officers stand for their organ, named by its noun
        if head.i in res.spans:
            continue
        mods = [m for m in (*tok.lefts, *head.lefts) if m.dep_ in _MODS and m.i < first
                and not (m.text.islower() and m.lower_ in res.lex.of("organ-level"))]  # "federal police": no owner
        named = res.last_named_org(None, tok.lower_.rstrip("s")) if _definite(head) and not mods else None
        named = named if named is None or _names_phrase(res, named, phrase) else None
        named = named or (_world_court(res, tok) if not mods and (_definite(head) or bare_subject(head)) else None)
        if named:
            res._add_span(first, head.i + 1, named, "role")
            continue
        owner, start = _owner(res, head, _adjacent(res, first, mods), res.lex.noun(phrase)[1] != "modified")
        start = first if start is None else start
        if owner is not None:
            res._add_span(start, head.i + 1, _organ(res, owner, phrase, res.doc[start: tok.i + 1]), "name")
        elif not mods and res.lex.noun(phrase)[1] != "modified" and legal_seat(res, tok) == (None,):
            res._add_span(first, head.i + 1, _seatless(res, tok), "name")
    _ruling_parties(res)
    _loyal_forces(res)
    _bare_members(res)


def _bare_members(res: Resolver) -> None:
    """"Kenyan police arrested 50 protesters. Officers fired tear gas at the crowd": members of an organ named alone,
    as a subject with no modifier, are the police named last before them."""
    members = res.words.tokens(lemmas=res.lex.of("organ-member"))
    for tok in members:
        if tok.i in res.spans or tok.tag_ != "NNS" or tok.dep_ not in {"nsubj", "nsubjpass"} or any(
                c.dep_ in _MODS | {"det"} for c in kids_of(tok)):
            continue
        police = [(i, span[2]) for i, span in sorted(res.spans.items()) if i < tok.i and span[2].endswith("_POLICE")]
        if police and not any(police[-1][0] < m.i < tok.i and m.i not in res.spans for m in members):
            res._add_span(tok.i, tok.i + 1, police[-1][1], "role")  # (not after "military officers" told since)


def _ruling_parties(res: Resolver) -> None:
    """"The ruling party", "Zimbabwe's governing coalition": the party the text called ruling before ("the ruling
    Georgian Dream party"), else an actor of its own, named by its state (the state that modifies it, else as for a
    state organ: "the ruling party" of the state the article is about). "The party" alone is the party named before
    it ("the Zanu PF party ... the party")."""
    for tok in res.words.tokens(res.lex.of("party-noun")):
        if tok.i in res.spans or tok.pos_ != "NOUN" or tok.tag_ != "NN":
            continue
        ruling = [c for c in tok.lefts if c.dep_ == "amod" and c.lower_ in res.lex.of("ruling")]
        mods = [m for m in tok.lefts if m.dep_ in _MODS and m not in ruling]
        if any(m.i in res.spans and res.kind(res.spans[m.i][2]) == "organization" for m in mods):
            continue  # "the ruling Georgian Dream party": the name is the actor
        if not ruling:
            named = res.last_named_org(tok, tok.lower_, before=True) if _definite(tok) and not mods else None
            if named and tok.lower_ in res.lex.nouns_of("party-noun") | {"party"}:
                res._add_span(tok.i, tok.i + 1, named, "role")
            continue
        owner, start = _owner(res, tok, mods, True)
        called = _called_ruling(res, tok.lower_)
        if called and (owner is None or res.affiliation(called) in {None, owner}):
            res._add_span(ruling[0].i, tok.i + 1, called, "role")
        elif owner is not None and res.kind(owner) == "state":
            res._add_span(ruling[0].i if start is None else start, tok.i + 1,
                          _ruling_party(res, owner, f"{ruling[0].lower_} {tok.lower_}"), "name")


def _called_ruling(res: Resolver, noun: str) -> str | None:
    """The last organisation the text named with a ruling word before it ("the ruling Georgian Dream party",
    "the governing Socialist Party"), or None."""
    found = None
    for start, end, actor_id, _ in sorted(set(res.spans.values())):
        before = res.doc[start - 1] if start else None
        root = res.words.span_root(start, end)
        head = root.head if root.dep_ == "compound" and root.head.lower_ == noun else root
        if res.kind(actor_id) == "organization" and actor_id not in res.organ_of and (
                before is not None and before.lower_ in res.lex.of("ruling")
                or any(c.dep_ == "amod" and c.lower_ in res.lex.of("ruling") for c in head.lefts)):
            found = actor_id
    return found


def _ruling_party(res: Resolver, state: str, phrase: str) -> str:
    """The ruling party of a state the text does not name: an organisation of its own ("Zimbabwean ruling party"),
    no organ of the state."""
    actor_id = f"{state}_{slug(phrase)}"
    if actor_id not in res.found:
        who = res.actor(state)
        adjective = next((d for d in who.demonyms if not d.endswith("s")), who.label) if who else state
        res.found[actor_id] = Actor(actor_id, f"{adjective} {phrase}", "organization", (phrase,), origin="text")
    return actor_id


def _names_phrase(res: Resolver, actor_id: str, phrase: str) -> bool:
    """Does an organisation named in the text bear every word of an organ phrase ("the foreign ministry" is no
    "Health Ministry" named before; "the interior ministry" may be the "Ministry of Interior")?"""
    actor = res.actor(actor_id)
    words = {w.strip("()").rstrip("s") for name in ((actor.label, *actor.aliases) if actor else ())
             for w in name.lower().split()}
    return all(w.rstrip("s") in words for w in phrase.split())


def _world_court(res: Resolver, tok: Token) -> str | None:
    """"The International Criminal Court issued a warrant ..., prosecutors said": bare prosecutors of a story whose
    last court named before them is an international one (a court of no state) are that court's."""
    if tok.lower_ not in res.lex.of("legal-organ"):
        return None
    for i in sorted((i for i in res.spans if i < tok.i), reverse=True):
        actor = res.actor(res.spans[i][2])
        if actor is not None and actor.kind == "organization" and actor.label.split()[-1].lower() in res.lex.of("judicial"):
            return actor.id if res.kind(res.affiliation(actor.id) or "") != "state" else None
    return None


def _loyal_forces(res: Resolver) -> None:
    """"Forces loyal to X", "fighters of X": an armed organisation of the person X, acting for X's side."""
    for tok in res.words.tokens(res.lex.of("troops") | res.lex.of("collective")):
        if tok.i in res.spans:
            continue
        person = _loyal_to(res, tok)
        if person is None:
            continue
        end = res.spans[person.i][1]
        label = res.doc[tok.i: end].text
        actor_id = slug(f"{res.spans[person.i][2]} {tok.lower_}")
        if actor_id not in res.found:
            res.found[actor_id] = Actor(actor_id, label, "organization", (label,), origin="text")
            side = res.actors.affiliation(res.spans[person.i][2], res.published) if res.spans[person.i][2] in res.actors \
                else None
            if side:
                res.organ_of[actor_id] = side
        start = min([tok.i, *(c.left_edge.i for c in tok.lefts if c.dep_ in {"compound", "amod"})])
        res._add_span(start, tok.i + 1, actor_id, "name")


def _loyal_to(res: Resolver, tok: Token) -> Token | None:
    """The person a forces noun is loyal to or "of", or named beside his title there ("loyal to former
    Syrian president Bashar al-Assad")."""
    preps = [p for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "of"]
    preps += [p for a in kids_of(tok) if a.dep_ == "amod" and a.lower_ == "loyal" for p in kids_of(a)
              if p.dep_ == "prep" and p.lower_ == "to"]
    objs = [o for prep in preps for o in kids_of(prep) if o.dep_ == "pobj"]
    for obj in objs + [a for o in objs for a in kids_of(o) if a.dep_ == "appos"]:  # "to former president X"
        if obj.i in res.spans and res.kind(res.spans[obj.i][2]) == "person":
            return obj
    return None


def _phrase(res: Resolver, tok: Token) -> tuple[str, int]:
    """The organ noun a token heads ("police", or "intelligence service" with its compound), and
    where it starts."""
    prev = res.doc[tok.i - 1] if tok.i else None
    if prev is not None and prev.dep_ in {"compound", "amod"} and prev.head.i == tok.i \
            and res.lex.noun(f"{prev.lower_} {tok.lower_}")[0] == "organ":
        return f"{prev.lower_} {tok.lower_}", prev.i
    return (tok.lower_, tok.i) if res.lex.noun(tok.lower_)[0] == "organ" else ("", tok.i)


def _adjacent(res: Resolver, first: int, mods: list[Token]) -> list[Token]:
    """The noun's modifiers, and a name right before it that the parser hung elsewhere ("the
    activation of the ECOWAS standby force")."""
    before = res.doc[first - 1] if first else None
    if not mods and before is not None and before.i in res.spans and before.pos_ in {"PROPN", "ADJ"}:
        return [before]
    return mods


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in kids_of(tok))


def _member(res: Resolver, tok: Token) -> Token:
    """The noun of members an organ noun qualifies right after it ("Police officers beat the demonstrators",
    "Kenyan police officers"), else the organ noun itself."""
    head = tok.head
    if tok.dep_ == "compound" and head.i == tok.i + 1 and head.lemma_ in res.lex.of("organ-member"):
        return head
    return tok


def _owner(res: Resolver, tok: Token, mods: list[Token], alone: bool) -> tuple[str | None, int | None]:
    """The state or organisation an organ noun belongs to, and where its name starts (None: at the noun)."""
    for mod in mods:
        span = res.spans.get(mod.i)
        last = next((c for c in reversed(list(kids_of(mod))) if c.dep_ == "conj" and c.i in res.spans), None)
        if span and last is not None and {res.kind(span[2]), res.kind(res.spans[last.i][2])} == {"state"}:
            return res.spans[last.i][2], res.spans[last.i][0]  # "Spanish and Moroccan police": the police of the
            # state named last (the first state stands alone, as in "Kenyan and Somali troops")
        if span and res.kind(span[2]) in {"state", "organization"}:
            return span[2], span[0]
        agent = next((c for c in kids_of(mod) if c.i in res.spans and c.i + 1 == mod.i - 1), None) \
            if mod.lower_ in res.lex.of("owner-suffix") else None
        if agent is not None and res.kind(res.spans[agent.i][2]) in {"state", "organization"}:
            return res.spans[agent.i][2], res.spans[agent.i][0]  # "Taliban-controlled state television"
        if mod.dep_ == "poss" and mod.i not in res.spans:  # "the country's police", "the group's affiliate"
            refs = [r for r in res.refs(mod) if res.kind(r) in {"state", "organization"}]
            if refs:
                return refs[0], mod.left_edge.i
    where = located(res, tok)
    if where is not None and not any(m.dep_ == "poss" or not m.text.islower() for m in mods):
        # "police in Kenya", "a court in Moscow", "the military junta in Niger"
        return where, None
    if alone and not mods and (_definite(tok) or bare_subject(tok)) and (seat := legal_seat(res, tok)):
        return seat[0], None  # "Prosecutors say" of a story whose trial is in New York: no one known
    if alone and not mods and _definite(tok):
        return main_state(res), None
    if alone and not mods and bare_subject(tok) and (where := acted_in(res, tok)):
        return where, None  # "Police arrested 20 protesters in Nairobi": Kenya's, wherever the story is set
    if alone and not mods and bare_subject(tok):  # "Police said": only in a story set in one country
        from kg.extract.parties import home_state

        return home_state(res), None
    return None, None


def _seatless(res: Resolver, tok: Token) -> str:
    """"Prosecutors say" of a story whose trials are in a place the dictionary cannot tell ("a trial in New
    York"): the prosecutors of no state known, an actor of their own."""
    actor_id = slug(tok.lower_)
    if actor_id not in res.found:
        label = tok.text[0].upper() + tok.text[1:]
        res.found[actor_id] = Actor(actor_id, label, "organization", (label,), origin="text")
    return actor_id


def legal_seat(res: Resolver, tok: Token) -> tuple[str | None] | None:
    """For a legal organ named bare ("prosecutors", "the court"), the state the article's courts and trials are
    told to sit in, when they are told in places other than the state the article is about: that state if one
    the dictionary knows ("a trial in Moscow"), else no one known (``(None,)``: "a trial in New York"); None
    when no such place is told, so the organ is the home state's as usual."""
    if tok.lower_ not in res.lex.of("legal-organ"):
        return None
    seats = tribunal_seats(res)
    if not seats or seats == {main_state(res)}:
        return None
    return (next(iter(seats)) if len(seats) == 1 else None,)


def tribunal_seats(res: Resolver) -> set[str | None]:
    """The states the article's courts and trials are told to sit in ("a trial in Moscow"; None for a place the
    dictionary cannot tell, "a trial in New York"), read once per article."""
    if "_legal_seats" not in res.__dict__:
        res.__dict__["_legal_seats"] = {_in_state(res, prep) for t in res.words.tokens(lemmas=res.lex.of("tribunal"))
                                        if not t.ent_type_ for prep in kids_of(t) if prep.lower_ == "in" and any(
                                            o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"} for o in kids_of(prep))}
    return res.__dict__["_legal_seats"]


def located(res: Resolver, tok: Token) -> str | None:
    """The state an organ noun is "in" ("police in Kenya", "a court in Moscow"), or None."""
    return next((s for prep in kids_of(tok) if (s := _in_state(res, prep))), None)


def seated(res: Resolver, tok: Token) -> str | None:
    """The state whose capital an "in" phrase right after a verb's object names, which the parser hung on the
    verb ("accused the federal government in Mogadishu of meddling": Somalia's), or None."""
    prep = res.words.toks[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(res.doc) else None
    if prep is None or tok.dep_ != "dobj" or prep.head.i != tok.head.i:
        return None
    return next((res.actors.capitals[o.text] for o in kids_of(prep) if prep.dep_ == "prep" and prep.lower_ == "in"
                 and o.dep_ == "pobj" and o.text in res.actors.capitals and o.i not in res.spans), None)


def scene(res: Resolver, tok: Token) -> str | None:
    """The state the clause of ``tok`` is set in by an "in" phrase before it ("In Burkina Faso, the army
    said", "In neighboring Cameroon, the military said"), else the state the noun itself is in ("the army
    in Myanmar"), or None. Only its own clause: in "In Washington, Netanyahu said the army would ..." the
    place is where he speaks, not whose army acts."""
    verb = next((v for v in tok.ancestors if v.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and (s := next((s for prep in kids_of(verb)
                                        if prep.i < tok.i and (s := _in_state(res, prep))), None)):
        return s
    return located(res, tok)


def _in_state(res: Resolver, prep: Token) -> str | None:
    """The state an "in" phrase names ("in Kenya", "in Moscow": its capital), or None."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    objects = [o for o in kids_of(prep) if o.dep_ == "pobj"]
    objects += [n for o in objects if o.lower_ in res.lex.of("place-owner") and o.i not in res.spans for p in kids_of(o)
                if p.dep_ == "prep" and p.lower_ == "of" for n in kids_of(p) if n.dep_ == "pobj"]  # "police in the
    for obj in objects:  # capital city of Dakar": Senegal's
        span = res.spans.get(obj.i)
        if obj.dep_ == "pobj" and span and res.kind(span[2]) == "state":
            return span[2]
        if obj.dep_ == "pobj" and obj.text in res.actors.capitals:  # a capital is a place, no actor
            return res.actors.capitals[obj.text]
        if obj.dep_ == "pobj" and obj.i not in res.spans and (state := res.actors.cities.get(place_name(obj))):
            return state  # "police arrested 20 protesters in Karachi"
    return None


def place_name(tok: Token) -> str:
    """The name a place noun heads, with the words compounded before it ("Khan Younis", "Port Sudan")."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start: tok.i + 1].text


def acted_in(res: Resolver, tok: Token) -> str | None:
    """The state a bare subject's verb says it acted "in" after it ("Police arrested 20 protesters in Nairobi",
    "Authorities detained him in Iran": by its name or capital; also hung on its object, "detained 30 students in
    Tehran"), or None."""
    objects = [o for o in kids_of(tok.head) if o.dep_ == "dobj"]
    preps = [p for x in (tok.head, *objects) for p in kids_of(x) if p.i > tok.i]
    return next((s for prep in preps if (s := _in_state(res, prep))), None)


def bare_subject(tok: Token) -> bool:
    """"Police arrested two activists": an organ noun with no article, the subject of its clause."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ in {"det", "poss", "nummod"} for c in kids_of(tok))


def _organ(res: Resolver, owner: str, phrase: str, surface: Span) -> str:
    """The dictionary's organ of ``owner`` named by the phrase ("the United Nations' highest court" is the
    International Court of Justice), or the one the text named ("the Chinese Coast Guard"), or a new one: a state's labelled by its demonym ("Myanmar
    police"), an organisation's by the text ("Islamic State's Sahel affiliate")."""
    for actor in res.actors.organizations_of(owner):
        if any(phrase in name.lower() for name in (actor.label, *actor.aliases)):
            return actor.id
    for actor_id, actor in res.found.items():  # "the Chinese Coast Guard" named before "the Chinese coast guard"
        if res.organ_of.get(actor_id) == owner and actor.label.lower().endswith(phrase):
            return actor_id
    who = res.actor(owner)
    if who is not None and who.kind == "state":
        named_as = surface[: len(surface) - len(phrase.split())].text
        if not named_as or "'" in named_as or "’" in named_as:
            named_as = next((d for d in who.demonyms if not d.endswith("s")), who.label)
        actor_id, label = f"{owner}_{slug(phrase)}", f"{named_as} {phrase}"
    else:
        words = [t.text for t in surface if (t.i not in res.spans or res.spans[t.i][2] != owner) and t.tag_ != "POS"
                 and t.dep_ not in {"det", "poss", "case"} and not t.is_punct]
        start = 1 if surface[0].dep_ == "det" else 0
        actor_id, label = f"{owner}_{slug(' '.join(words))}", surface[start:].text
    if actor_id not in res.found:
        res.found[actor_id] = Actor(actor_id, label, "organization", (), origin="text")
        res.organ_of[actor_id] = owner
    return actor_id
