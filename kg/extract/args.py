"""Finding arguments: who does a cue (subjects, agents, owners) and whom it is aimed at
(objects, prepositional objects, places visited, actors named in its content)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.context import Ctx
from kg.extract.cues import CueHit
from kg.extract.issues import issue_kind
from kg.extract.mentions import PARTIES
from kg.extract.organs import located, place_name
from kg.extract.wordindex import conj_host, conjuncts_of, dependents, kids_of

__all__ = ["subject", "owned_up_by", "partnered", "freed", "own_side", "others", "forces_site", "patients", "co_subjects", "noun_source", "between", "targets", "prep_objects", "children", "passive",
           "together", "condition_subjects", "name_read_as_verb", "conditional", "blow_doer", "by_doers", "by_mediators", "made_by", "people_held", "SUBJ", "PASS_SUBJ"]

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
_OBJ = {"dobj", "dative", "attr", "oprd"}
_TARGET_PREPS = ("on", "upon", "to", "with", "against", "at", "into", "toward", "towards", "from", "between", "for",
                 "of", "by")
_WITH_TYPES = {"COOPERATE", "AID", "CONSULT", "AGREE"}  # types done with or for someone, never against them
_ABOUT = {"COOPERATE": ("on", "against"), "CONSULT": ("on",)}  # prepositions of what joint action or a meeting is about
# or against, not the partner ("a summit on the Venezuelan crisis")
_SAYING = {"speak", "talk"}  # CONSULT verbs that also tell of saying: "of" and "about" name what is said
_CONCERN_PREPS = ("about", "over", "regarding")  # "concerned about X", "a dispute over X", "concerns regarding X": for
# criticism, rejection, protest
_JUDGED_AT = {"ACCUSE": ("at", "against", "into", *_CONCERN_PREPS),  # prepositions on the verb of a noun of criticism
              "REJECT": ("at", "against", *_CONCERN_PREPS),  # ("voiced alarm at X", "opened a probe into Yoon")
              "PROTEST": ("at", "against", *_CONCERN_PREPS)}  # naming whom it is aimed at
_WHITHER = {"to", "into", "toward", "towards"}
_HIT_PREPS = {"against", "on", "upon", "at", "into", "toward", "towards"}  # whom an act named by a noun hits
_WHERE_PREPS = _WHITHER | {"in", "inside", "near", "across", "throughout", "within"}
_PURSUE = {"want", "seek"}  # "suspects wanted by the U.S.": by whom they are pursued, not whose they are
_LAUNCH = {"launch", "fire", "shoot"}  # what is launched or fired "from" somewhere starts there, not hits it
_OWNER_TARGET = {"THREATEN", "SANCTION", "ASSAULT", "COERCE", "CONCEDE", "ACCUSE", "REJECT"}
_BORDERS = {"border", "frontier", "boundary"}  # places whose other side forces moved there are aimed at
_HOSTILE_ACTS = {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}  # acts whose "of" names whom they are done to
_HOSTILE = {"ASSAULT", "COERCE", "THREATEN"}  # acts a move of forces may be made for ("sent troops to fight X")
_FORCES_MOVED = {"MOBILIZE", "RETREAT"}  # acts whose object is the forces moved, not a counterpart
_SENT_AT = {"to", "into", "on", "upon", "at", "from", "of"}  # where forces are moved ("to Haiti"), or what they are ("of fighters")
#: Prepositions whose noun is someone else's act, not the clause subject's ("wept over the crackdown",
#: "despite concerns", "like supporting the Brotherhood").
_OTHERS_PREPS = {"despite", "amid", "notwithstanding", "over", "about", "like"}
_ANSWER_VERBS = {"respond", "reply", "react"}  # what one responds to is another's
_GERUND_PREPS = {"after", "before", "while", "by", "in", "on", "upon", "since", "following", "without", "despite", "for"}
_CAPTIVES = {"PRISONERS", "HOSTAGES", "POLITICAL_PRISONERS"}
_TIME_PREPS = {"after", "following", "before", "during", "ahead"}
_JOINED_MODS = {"amod", "compound", "nmod"}  # modifiers of a noun that may be joined ("Indian and Pakistani troops")
_HOSTILE_JOINED = {"SANCTION", "COERCE", "ASSAULT"}  # acts aimed at each joined object's owner
_AIMED_NOUNS = {"target", "victim"}  # what one "is" of an act done to one ("was the target of an Israeli strike")
_AT_MEETINGS = {"AGREE", "CONSULT", "SUPPORT", "REQUEST", "CONCEDE"}  # acts whose doers are the ones a meeting hosts
_TAKEN = {"use", "take", "seize", "grab"}  # "used the opportunity to announce": taken (not given, offered, missed)
_NOUN_CHAIN = {"dobj", "pobj", "prep", "attr", "conj", "appos", "nsubj", "compound", "npadvmod"}


def own_side(ctx: Ctx, source: tuple[str, ...]) -> set[str]:
    """The source actors and whom they act for: what they do is not aimed at their own side."""
    return set(source) | {a for s in source if (a := ctx.res.affiliation(s))}


def others(ctx: Ctx, refs, source: tuple[str, ...]) -> tuple[str, ...]:
    """The actors of ``refs`` on no side of the source's: neither its :func:`own_side` nor acting for it."""
    mine = own_side(ctx, source)
    return tuple(r for r in refs if r not in mine and ctx.res.affiliation(r) not in mine)


def people_held(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> bool:
    """"Iranian security forces arrested five of their aides", "an Ethiopian court sentenced 35 opposition members
    to life in prison", "police rounded up dozens of dissidents": people an authority (a state, its organs or an
    organisation) arrests, jails or sentences, named only by number or role and no actor, are held all the same
    (coded with no counterpart; not "seized documents", "detained the man", one person the text should name)."""
    tok = hit.tok
    if hit.cue.plover != "COERCE" or not hit.cue.verbal or not source or not all(
            ctx.res.kind(s) in {"state", "organization"} for s in source):
        return False
    held = children(tok, PASS_SUBJ if passive(tok) else {"dobj"})
    held += [o for h in held if h.pos_ == "NUM" or h.lemma_ in ctx.lex.of("partitive") | ctx.lex.of("held-count")
             for _, o in prep_objects(h, ("of",))]  # ("five of their aides", "dozens of supporters"; not "offices of")
    people = ctx.lex.of("held-people")
    return any(h.tag_ == "NNS" and h.lower_ in people and not ctx.res.refs_all(h) for h in held)


def children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in kids_of(tok) if c.dep_ in deps]


def passive(tok: Token) -> bool:
    """"was signed", "a plan proposed by mediators"."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" or (tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.dep_ == "acl"
                                                   and passive(tok.head)):  # "a journalist detained and accused"
        return not any(dep == "dobj" or dep in SUBJ for dep, _, _ in dependents(tok))  # (but "Israeli airstrikes
        # killed 12 people": a past tense parsed as a participle; "a claim that Tehran has denied": a clause with its
        # own subject)
    if _stands(tok) or _agent_no_aux(tok):
        return True
    deps = {dep for dep, _, _ in dependents(tok)}
    if deps & (PASS_SUBJ | {"auxpass"}):
        return True
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.tag_ == "VBN" and not deps & (SUBJ | {"dobj", "aux"}) \
        and passive(tok.head)  # "the rebels were trained and armed by Rwanda"


def _agent_no_aux(tok: Token) -> bool:
    """"after talks in Kuala Lumpur mediated by Malaysia", parsed as a clause whose subject is the talks: a participle
    with a "by" agent and no auxiliary is passive, whatever its subject."""
    if tok.tag_ != "VBN" or tok.dep_ != "advcl":  # (asked of every verb cue: the tags first)
        return False
    deps = {dep for dep, _, _ in dependents(tok)}
    return "agent" in deps and not deps & {"aux", "auxpass", "dobj"}


def _stands(tok: Token) -> bool:
    """"Lai stands accused of collusion", "he remains charged": a participle of a state undergone."""
    return tok.tag_ == "VBN" and tok.dep_ in {"acomp", "oprd", "advcl", "xcomp"} and tok.head.lemma_ in {"stand", "remain"}


def _partners(tok: Token) -> list[Token]:
    """Whom ``tok`` is "together with", "along with" or "alongside" (a co-actor): "the U.S., along with Britain, ...",
    the parser hanging "with" on "along"."""
    preps = [p for p in kids_of(tok) if p.dep_ == "prep"]
    preps += [w for p in preps if p.lower_ in {"along", "together"} for w in kids_of(p) if w.dep_ == "prep" and w.lower_ == "with"]
    return [o for p in preps if p.lower_ in {"with", "alongside"} and together(p) for o in kids_of(p) if o.dep_ == "pobj"]


def together(prep: Token) -> bool:
    """"together with", "along with", "alongside": a co-actor, not a target."""
    return prep.lower_ == "alongside" or (
        prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in {"together", "along"})


def by_mediators(verb: Token) -> bool:
    """Is ``verb`` done by mediators ("the mediators called on ...", "a plan proposed by Qatari mediators")?"""
    return any(t.lower_ == "mediators" for t in (*children(verb, SUBJ), *(o for _, o in prep_objects(verb, ("by",)))))


def prep_objects(tok: Token, preps: tuple[str, ...] = _TARGET_PREPS) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs of ``tok``'s prepositions, agents and particles (and a "to" parsed as
    the dative: "sold drones to Ethiopia")."""
    for prep in kids_of(tok):
        dep, low = prep.dep_, prep.lower_
        if (dep in {"prep", "agent", "prt"} or dep == "dative" and low == "to") and low in preps:
            for obj in kids_of(prep):
                if obj.dep_ == "pobj":
                    yield low, obj
                elif obj.dep_ == "pcomp" and low != "for":  # ("a route for politicians to regain": their act)
                    yield from ((low, s) for s in _infinitive_subjects(obj))
        elif dep == "advcl":  # ("with" hung on the clause as its mark)
            yield from ((m.lower_, s) for m in kids_of(prep) if m.dep_ == "mark" and m.lower_ in preps and m.lower_ != "for" and m.i < prep.i
                        for s in _infinitive_subjects(prep))


def on_claim(ctx: Ctx, verb: Token) -> bool:
    """Is ``verb`` a clause hung on a claim noun ("a claim the army denied", "an accusation Moscow denies"; "a claim
    that Tehran has denied", parsed as the claim's own clause)?"""
    return verb.dep_ in {"relcl", "acl"} and verb.head.lower_ in ctx.lex.of("claim")


def claims_said(ctx: Ctx, verb: Token) -> list[Token]:
    """The claim nouns a denial verb takes as its object or subject ("..., a claim Abu Dhabi rejected", parsed with the
    claim as subject), or that qualify its subject ("..., a charge Kigali denies", parsed with "charge" as a compound
    of "Kigali")."""
    near = children(verb, {"dobj", "nsubj"})
    near += [c for o in near if o.dep_ == "nsubj" for c in kids_of(o) if c.dep_ == "compound" and c.i < o.i]
    return [o for o in near if o.lower_ in ctx.lex.of("claim")]


def thing_subject(ctx: Ctx, verb: Token) -> bool:
    """"The move drew condemnation from Germany", "the plan won support from Egypt": the subject is a thing, a
    common noun no reading makes an actor (nor an actor noun) that names an issue or an act, with no owner named
    (whom "Mech Dara's arrest" or "Russia's invasion" aims at is read from its owner)."""
    return any(s.pos_ == "NOUN" and not ctx.res.refs_all(s) and not ctx.res.lex.noun(s.lower_)[0]
               and (s.i in ctx.issues.by_token or ctx.cues.at(s) is not None) and not ctx.res._modifier_actors(s)
               for s in children(verb, {"nsubj"}))


def _infinitive_subjects(verb: Token) -> list[Token]:
    """"sought to engage with Taliban authorities to offer an assessment": an object the parser read as the subject
    of a to-infinitive after the preposition is the preposition's object."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(verb)):
        return []
    return [s for s in kids_of(verb) if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}]


# -- who ------------------------------------------------------------------------------------------

_BLOWS = {"ASSAULT", "SANCTION", "COERCE"}  # nouns whose owner deals them: "killed by Israeli strikes", "hit by U.S. tariffs"


def _blow_agent(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """"Two civilians were killed by Russian shelling": a blow named by a gerund the parser hung on "by" as its
    clause (not its object) is dealt by the actors modifying it; "Russia was hit with new sanctions by the EU": by
    whoever the blow's own "by" names."""
    gerund = tuple(r for by in children(verb, {"agent"}) for g in children(by, {"pcomp"})
                   if g.tag_ == "VBG" and _kind(ctx, g) in _BLOWS for r in ctx.res._modifier_actors(g, of=False))
    return gerund or tuple(r for _, blow in prep_objects(verb, ("with",)) if _kind(ctx, blow) in _BLOWS
                           and _kind(ctx, blow) == _kind(ctx, verb)  # (not "goods were targeted with tariffs")
                           for _, by in prep_objects(blow, ("by",)) for r in ctx.res.refs_all(by))  # "was hit with
    # new sanctions by the European Union", "by" hung on the blow


def _late_agent(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """"was condemned in the strongest terms by Britain", "was criticised on Monday by the EU", "was charged with spying
    by a Jerusalem court": the agent of a passive that the parser hung on the object of a phrase between (an
    actor itself, not a thing: "killed in an attack by militants" is read from the attack), or on a bare gerund after
    it."""
    return tuple(r for p, o in prep_objects(verb, ("in", "on", "at")) if not ctx.res.refs_all(o)
                 for _, by in prep_objects(o, ("by",)) for r in ctx.res.refs_all(by)) or tuple(
        r for p in children(verb, {"prep"}) if p.lower_ in {"with", "of", "for"} for g in children(p, {"pcomp", "pobj"})
        if (g.tag_ == "VBG" or g.tag_ == "NN" and g.lower_.endswith("ing")) and not children(g, {"dobj", "det", "amod"})
        for _, by in prep_objects(g, ("by",)) for r in ctx.res.refs_all(by))  # "was charged with spying by a court"


def subject(ctx: Ctx, verb: Token, seen: int = 0) -> tuple[str, ...]:
    """The actors doing ``verb``: the agent of a passive, its subject, or one it inherits."""
    if seen > 6:
        return ()
    if passive(verb):
        for _, obj in prep_objects(verb, ("by",)):  # "killed by Israeli strikes": Israel
            if refs := ctx.res.refs_all(obj):  # "carried out by al-Shabab and Islamic State militants": both
                return refs + _joined_modifiers(ctx, obj, refs)
            return (tuple(ctx.res._modifier_actors(obj)) if _kind(ctx, obj) in _BLOWS
                    or _speaks_for(ctx, obj)  # "accused by U.N. experts": the U.N.
                    else made_by(ctx, obj))  # "by a bomb planted by al-Shabab"
        if blow := _blow_agent(ctx, verb):  # "killed by Russian shelling", the gerund parsed as the agent's clause
            return blow
        if late := _late_agent(ctx, verb):  # "was condemned in the strongest terms by Britain"
            return late
        if shared := [c for c in children(verb, {"conj"}) if passive(c) and next(prep_objects(c, ("by",)), None)]:
            return subject(ctx, shared[-1], seen + 1)  # "were trained and armed by Rwanda": the last one's agent
        if verb.dep_ == "conj" and passive(verb.head):  # "was arrested by police and charged"
            return subject(ctx, verb.head, seen + 1)
        if (hit := ctx.cues.at(verb)) is not None and hit.cue.pos == "A" and hit.cue.plover != "ACCUSE":  # "Egypt is
            return tuple(r for s in children(verb, PASS_SUBJ) for r in ctx.res.refs_all(s))  # opposed to the plan": a
        # stand, no passive (feelings, "was worried that ...", are statements.voiced_feelings')
        return ()  # "when journalists are harassed", "after being freed": by no one named
    explicit = _explicit_subject(ctx, verb)
    if explicit is None and verb.tag_ == "VBG" and (by := _gerund_agent(ctx, verb)):
        return by  # "Kyiv reported shelling overnight by Russian troops": the troops shell, not Kyiv
    for aux in children(verb, {"aux"}) if explicit is None else ():  # "Egypt and Qatar are mediating", parsed with
        explicit = _explicit_subject(ctx, aux)  # the subject hung on "are"
        if explicit is not None:
            break
    if explicit is None and verb.dep_ == "conj" and (own := _subject_misjoined(ctx, verb)):
        return own  # "the ministry provided no evidence and Ukraine denied it", "Ukraine" joined to "evidence"
    return explicit if explicit is not None else _inherited_subject(ctx, verb, seen)


def _gerund_agent(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """The actors named with "by" on a gerund read as a noun ("reported heavy shelling by the RSF"): its doers."""
    return tuple(r for _, o in prep_objects(verb, ("by",)) for r in ctx.res.refs_all(o))


def moved_by_thing(ctx: Ctx, verb: Token) -> bool:
    """Does ``verb`` move someone to do something ("encouraged Israel to expand"), with a thing for subject that is no
    actor, no actor noun and no text that speaks for its issuer ("Washington's silence encouraged Israel to expand its
    settlements", unlike "the statement urged Hamas to", "Amnesty's report called on Egypt to")?"""
    subjects = children(verb, {"nsubj"})
    if not children(verb, {"dobj"}) or not any(a.lower_ == "to" for x in children(verb, {"xcomp", "advcl"})
                                               for a in children(x, {"aux"})):
        return False  # (only "encourages Aliyev to demand": what a thing moves someone to do)
    return bool(subjects) and all(
        s.pos_ == "NOUN" and not ctx.res.refs_all(s) and not ctx.res.lex.noun(s.lower_)[0]
        and s.lemma_ not in ctx.lex.of("document") and s.lemma_ not in _TEXTS for s in subjects)


_TEXTS = frozenset({"report", "study"})  # texts that speak for who put them out, as documents do


def _named_before_comma(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """"The RSF, Sudan's paramilitary force, attacked", parsed with "RSF" as a modifier of "force": the actor named
    before the comma is the subject, and the rest describes it (Sudan does not attack)."""
    doc = noun.doc
    return tuple(r for c in kids_of(noun) if c.dep_ == "nmod" and c.i < noun.i and c.i + 1 < len(doc)
                 and doc[c.i + 1].text == "," for r in ctx.res.refs_all(c))


def _speaks_for(ctx: Ctx, noun: Token) -> bool:
    """Is ``noun`` people who speak or act for whoever modifies it ("U.N. experts", "Russian diplomats"; forces and
    an organ's members, "killed by soldiers of the Malian army", "arrested by agents of the secret police")?"""
    return noun.pos_ == "NOUN" and (noun.lemma_ in ctx.lex.of("title") or noun.lower_ in ctx.lex.of("accuser")
                                    or (noun.lower_ in ctx.lex.of("troops") or noun.lemma_ in ctx.lex.of("organ-member"))
                                    and any(p.lower_ == "of" for p in children(noun, {"prep"})))


def _explicit_subject(ctx: Ctx, verb: Token) -> tuple[str, ...] | None:
    """The subject child ("Blinken, together with Borrell and Joly, welcomed ..."); None if there is none."""
    res = ctx.res
    for dep, _, i in dependents(verb):
        if dep not in SUBJ:
            continue
        child = ctx.doc[i]
        if child.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" and sum(d in SUBJ for d, _, _ in dependents(verb)) > 1:
            continue  # "Hezbollah, which Israel holds responsible": "which" read as a second subject is the object
        if _dummy_it(ctx, child):
            return ()  # "it is important to hold talks": no one's talks
        refs = res.refs_all(child) or _named_before_comma(ctx, child) or (
            tuple(res._modifier_actors(child, of=_kind(ctx, child) not in _BLOWS))
            if child.pos_ == "NOUN" and child.lower_ not in ctx.lex.of("kin") else ())
        # ("his lawyer said": not he; "Israeli bombardment of Lebanon killed 20": Israel's, "of" is whom it hits)
        refs = _members_named(ctx, child) or refs  # "Western countries, including France and Germany, have sent"
        if not refs and child.pos_ == "NOUN":
            refs = name_read_as_verb(ctx, child)  # "ECOWAS security chiefs also discussed ...", "ECOWAS" a verb
        if not refs and child.pos_ == "NOUN" and _kind(ctx, child) == "ASSAULT":
            refs = blow_doer(ctx, child)  # "an ambush by JNIM fighters killed 30 soldiers"
        if not refs and child.tag_ == "WDT" and verb.dep_ == "relcl" and _kind(ctx, verb.head) == "ASSAULT":
            blow = verb.head  # "carried out an airstrike that killed three militants": whoever dealt the blow
            refs = tuple(res._modifier_actors(blow)) or blow_doer(ctx, blow) or _governing_subject(ctx, blow)
        if not refs and child.lemma_ in ctx.lex.of("document"):
            refs = _issuer(ctx, child)  # "Qatar issued a statement. The statement urged Israel ..."
        if not refs and child.pos_ == "NOUN":
            refs = put_out_by(ctx, child) or _named_after_clause(ctx, child)  # "troops sent by Rwanda fought", "a
            # report released by Amnesty accused"; "the general who led the coup, Abdourahamane Tiani, ordered"
        for partner in _partners(child) + [o for o in _partners(verb) if child.i < o.i < verb.i]:
            refs = tuple(dict.fromkeys(refs + res.refs_all(partner)))  # "Macron, along with Scholz, met Zelenskyy"
        if refs or child.pos_ in {"PRON", "NOUN", "PROPN"}:
            return refs + _joined_modifiers(ctx, child, refs) + _joined_forces(ctx, child, refs) if refs else refs
    return None


def _members_named(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """"Jihadist groups, including Boko Haram and al-Shabab, have ...": the members a plural subject names with
    "including" are its actors at the finest level the text names."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return ()
    named = [o for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ == "including" for o in kids_of(p) if o.dep_ == "pobj"]
    return tuple(dict.fromkeys(r for o in named for x in (o, *conjuncts_of(o)) for r in ctx.res.refs_all(x)))


def _joined_forces(ctx: Ctx, noun: Token, refs: tuple[str, ...]) -> tuple[str, ...]:
    """"Lebanese troops and U.N. peacekeepers would deploy", "thousands of Lebanese troops and UN peacekeepers": forces
    joined to the subject (or to what it counts) that no name covers are those of the actor modifying them."""
    heads = [noun, *(o for _, o in prep_objects(noun, ("of",)))]
    return tuple(dict.fromkeys(r for h in heads for c in conjuncts_of(h) if c.i not in ctx.res.spans
                               and c.lemma_ in ctx.lex.of("units")
                               for r in ctx.res._modifier_actors(c, of=False, pronouns=False) if r not in refs))


def name_read_as_verb(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """"ECOWAS security chiefs also discussed ...": a name that opens the sentence right before the subject's words,
    read by the parser as a verb, is the subject's modifier (the actor the people act for)."""
    i = noun.left_edge.i - 1
    name = ctx.doc[i] if i >= 0 else None
    if name is None or name.pos_ not in {"VERB", "AUX"} or i not in ctx.res.spans \
            or ctx.res.spans[i][0] != ctx.res.words.sent(noun).start or ctx.res.spans[i][1] != i + 1:
        return ()
    return (ctx.res.spans[i][2],)


def _joined_modifiers(ctx: Ctx, noun: Token, refs: tuple[str, ...]) -> tuple[str, ...]:
    """"Indian and Pakistani troops exchanged fire", "U.S. and Iraqi forces killed him": the name "Pakistani
    troops" holds only the last of the joined modifiers; the ones before it name actors of their own."""
    out: list[str] = []
    for mod in kids_of(noun):
        if mod.i > noun.i or mod.dep_ not in _JOINED_MODS or not conjuncts_of(mod):
            continue
        for r in ctx.res.refs_all(mod):
            if r not in refs and r not in out and ctx.res.affiliation(r) not in refs and not any(
                    ctx.res.affiliation(x) == r for x in refs):
                out.append(r)
    return tuple(out)


_SPOKEN = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT"}  # acts done by speaking, the saying verb's own when joined to a report


def _said_and_did(ctx: Ctx, verb: Token) -> Token | None:
    """The saying verb a past verb goes with when the parse joined it to what was said, told in another tense
    ("said [in a statement] that Israel was targeting civilians and accused ...", "said it would ... and
    called for ..."); None when it is not so."""
    head = conj_host(verb)  # ("said the initiative aims to mobilize ... and urged ...")
    said = head.head
    if head.dep_ == "acl" and said.lemma_ in ctx.lex.of("document"):  # "said in a statement that ..."
        said = said.head.head if said.dep_ == "pobj" else said.head
    elif head.dep_ == "relcl" and _kind(ctx, verb) in _SPOKEN and (clause := _clause_of(head.head)) is not None:
        said = clause.head  # "said the operation targeted terrorists who had carried out attacks and urged Kabul"
    elif head.dep_ != "ccomp":
        return None
    other_tense = head.tag_ == "VBG" or any(a.dep_ == "aux" and a.tag_ == "MD" for a in kids_of(head)) or (
        head.tag_ == "VBN" and _kind(ctx, verb) in _SPOKEN and any(a.lower_ == "had" for a in kids_of(head)))
    # "HRW said RSF fighters had killed civilians and called for an embargo": a demand is no part of the report
    other_tense = other_tense or _kind(ctx, verb) in _SPOKEN and (_said_of_thing(ctx, head) or _own_side_aimed(
        ctx, verb, head))
    return said if verb.tag_ == "VBD" and other_tense and said.lemma_ in ctx.lex.of("speech") else None


def _clause_of(noun: Token) -> Token | None:
    """The verb of what was said whose subject or object ``noun`` is, when that clause is said (a ccomp)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in {"dobj", "nsubj"} else None
    return verb if verb is not None and verb.dep_ == "ccomp" else None


def _own_side_aimed(ctx: Ctx, verb: Token, head: Token) -> bool:
    """"Armenia said Azerbaijani forces fired on a village and blamed Baku": a spoken act aimed at the side of
    whom what was said tells of is not theirs; it is the sayer's."""
    told = own_side(ctx, tuple(r for s in children(head, {"nsubj"}) for r in ctx.res.refs_all(s)))
    return bool(told) and any(r in told for o in children(verb, {"dobj"})
                              for r in ctx.res.refs_all(o) or ctx.res._modifier_actors(o, of=False, pronouns=False))


def _said_of_thing(ctx: Ctx, head: Token) -> bool:
    """"Blinken said the proposal was generous and urged Hamas to accept it": what was said has a thing for
    subject (no actor, no actor noun, no document, which speaks for its issuer; "the Israeli proposal" is a
    thing too), so a spoken act joined to it cannot be that thing's; it is the sayer's."""
    subjects = children(head, {"nsubj", "nsubjpass"})
    return bool(subjects) and all(
        s.pos_ == "NOUN" and not ctx.res.refs_all(s) and not ctx.res.lex.noun(s.lower_)[0]
        and s.lemma_ not in ctx.lex.of("document") for s in subjects)


def _issuer(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """Who issued the statement "the statement" refers back to: the owner or the subject of the verb of
    the last statement named before it (issued it, or said something in it); or the one it names itself ("the statement, issued by the Arab
    League, ...", "a statement from the Kremlin", "an army statement")."""
    own = [r for x in kids_of(noun) if x.dep_ == "acl" and x.tag_ == "VBN" for _, o in prep_objects(x, ("by",))
           for r in ctx.res.refs_all(o)] + [r for _, o in prep_objects(noun, ("from", "by")) for r in ctx.res.refs_all(o)]
    own = own or ctx.res._modifier_actors(noun, of=False)  # "a Saudi Foreign Ministry statement", "an army statement"
    if own:
        return tuple(dict.fromkeys(own))
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in kids_of(noun)):
        return ()
    for prev in reversed(ctx.doc[max(0, noun.i - 300): noun.i]):
        if prev.lemma_ != noun.lemma_:
            continue
        owners = tuple(ctx.res._modifier_actors(prev, of=False))
        if owners:
            return owners
        if prev.dep_ == "dobj" and prev.head.pos_ in {"VERB", "AUX"}:
            return subject(ctx, prev.head)
        if prev.dep_ == "pobj" and prev.head.lower_ == "in" and prev.head.head.lemma_ in ctx.lex.of("speech"):
            return subject(ctx, prev.head.head) or ()  # "the group said in a statement. The statement also accused"
        return ()
    return ()


def patients(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """Whom a passive verb with no subject of its own is done to: the subject of the clause it hangs
    from ("Mech Dara thanked his supporters after being freed": Mech Dara)."""
    if not passive(verb) or children(verb, PASS_SUBJ):
        return ()
    if verb.dep_ == "acl" and (goers := _meeting_goers(ctx, verb)) is not None:
        return goers
    if verb.dep_ == "acl":  # "Somali forces backed by Djiboutian soldiers": the forces
        return ctx.res.refs_all(verb.head) or tuple(ctx.res._modifier_actors(verb.head))
    if _stands(verb):
        return tuple(r for s in children(verb.head, SUBJ) for r in ctx.res.refs_all(s))
    if verb.dep_ == "conj" and passive(verb.head):  # (and "a journalist detained in May and accused of spying")
        return tuple(r for s in children(verb.head, PASS_SUBJ) for r in ctx.res.refs_all(s)) or patients(ctx, verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return subject(ctx, verb.head.head)  # "after being freed"
    return _inherited_subject(ctx, verb, 0)


def _tried_or_taken(ctx: Ctx, noun: Token) -> bool:
    """Is ``noun`` a noun of trying ("efforts") or an occasion taken ("used the opportunity to")?"""
    return noun.lemma_ in ctx.lex.of("endeavour") or noun.lemma_ in ctx.lex.of("occasion") and noun.head.lemma_ in _TAKEN


def _meeting_goers(ctx: Ctx, verb: Token) -> tuple[str, ...] | None:
    """"A and B signed a deal at a White House meeting hosted by Trump", "talks between A and B hosted by Qatar": whom
    a meeting is hosted (or chaired) for is who meets there, the sides it is between or the subject of the verb it is
    the scene of, not the venue its modifier names; None when the participle is no host's or hangs on no meeting."""
    meeting = verb.head
    held = ctx.cues.at(meeting)
    if verb.lemma_ not in ctx.res.lex.of("organise") or held is None or held.cue.plover != "CONSULT" or held.cue.verbal:
        return None
    if sides := between(ctx, meeting):
        return sides
    if meeting.dep_ != "pobj" or meeting.head.lower_ not in {"at", "during"}:
        return ()
    done = meeting.head.head  # "signed an agreement at a meeting": "at" hung on the verb or on its object
    done = done.head if done.dep_ == "dobj" else done
    act = ctx.cues.at(done)  # (not "Hamas fired rockets during a summit hosted by Egypt": no act done at the meeting)
    return subject(ctx, done) if done.pos_ == "VERB" and (act is None or act.cue.plover in _AT_MEETINGS) else ()


def _judged_for(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """Who is judged "for" what ``verb`` does (or accused of doing "by" it): the object of the verb the "for" hangs on
    (or that object itself)."""
    if not (verb.head.lower_ == "for" or verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB"
            and _kind(ctx, verb.head.head) == "ACCUSE"):  # ("accusing Israel of violations by targeting civilians")
        return ()
    above = verb.head.head
    while above.dep_ == "appos":
        above = above.head
    objects = children(above, {"dobj"}) if above.pos_ == "VERB" else [above] if above.dep_ == "dobj" else []
    for obj in objects:
        if refs := ctx.res.refs_all(obj) or tuple(ctx.res._modifier_actors(obj, of=False)):
            return refs
    return ()


_TIME_MARKS = {"after", "before", "since", "until", "as", "while", "when", "once"}


def _subject_misjoined(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """"The ministry provided no evidence and Ukraine denied launching an attack", "Israel struck Hamas and Hezbollah
    fired rockets": a name set just before a joined verb with no subject of its own, after "and", that the parser joined
    to the object before it, is that verb's subject."""
    before = verb.doc[verb.i - 1] if verb.i >= 2 else None
    if before is None or before.dep_ != "conj" or before.head.i == verb.head.i or before.head.dep_ not in {
            "dobj", "pobj", "conj"} or verb.doc[before.i - 1].lower_ != "and":
        return ()
    return ctx.res.refs(before) if before.pos_ == "PROPN" else ()


def _inherited_subject(ctx: Ctx, verb: Token, seen: int) -> tuple[str, ...]:
    """A subject from the clause above: control verbs, conjuncts, relative clauses, purpose clauses."""
    if verb.dep_ == "pcomp" and (judged := _judged_for(ctx, verb)):
        return judged  # "attacked the newspaper for refusing to support him", "accusing Israel ... by targeting"
    if verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i and not _tied_participle(ctx, verb):
        head = _joined_host(verb)
        if verb.dep_ == "conj" and (saying := _said_and_did(ctx, verb)) is not None:  # "Hamas said Israel was
            return subject(ctx, saying, seen + 1)  # targeting civilians and accused Netanyahu": Hamas accused
        if verb.dep_ == "xcomp" and head.lemma_ in ctx.lex.of("control"):
            for obj in children(head, {"dobj"}):
                return ctx.res.refs_all(obj)  # "urged Hamas to accept": Hamas accepts
        if passive(head) and (verb.dep_ == "xcomp" or verb.tag_ in {"VBD", "VBZ", "VBP"} or any(  # "Lavrov is expected
                a.dep_ == "aux" and a.tag_ == "MD" for a in kids_of(verb))):  # ("were not bound ... and would continue")
            for subj in children(head, {"nsubjpass"}):  # to visit", "Washington was disappointed and urged both sides"
                return ctx.res.refs_all(subj)
        return subject(ctx, head, seen + 1)
    if verb.dep_ == "acl" and asked_of_answerer(ctx, verb):  # "accepted a U.S. invitation to attend talks": who
        return subject(ctx, verb.head.head, seen + 1)  # accepted attends, not the United States
    if verb.dep_ in {"acl", "relcl"} and not passive(verb):  # "Turkey's efforts to improve ties": Turkey
        own = ctx.res.refs_all(verb.head) or tuple(ctx.res._modifier_actors(verb.head, of=False)) or _of_just_before(
            ctx, verb)
        if not own and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB" \
                and (_tried_or_taken(ctx, verb.head) or _same_blow(ctx, verb)):
            return subject(ctx, verb.head.head, seen + 1)  # "stepped up efforts to build ties", "carried out an
        return own  # operation targeting Israel": whoever stepped them up, or carried it out
    if verb.dep_ in {"acomp", "oprd"} or verb.dep_ == "attr" and verb.tag_ == "VBG" and verb.head.lemma_ == "be":
        return subject(ctx, verb.head, seen + 1)  # "Egypt is concerned about ...", "Qatar is mediating" (as attr)
    if verb.dep_ == "advcl" and (marked := [o for m in children(verb, {"mark", "prep"}) if m.i < verb.i
                                            and m.lower_ in _TIME_MARKS for o in children(m, {"pobj"})]):
        return ctx.res.refs_all(marked[0])  # "after Azerbaijan retook the region", parsed with "Azerbaijan" on "after"
    if verb.dep_ == "advcl" and verb.head.i != verb.i:  # "Speaking to reporters, X said"; a clause with no subject
        if verb.tag_ == "VBN" and not passive(verb) and not any(dep in {"aux", "auxpass"}
                                                                 for dep, _, _ in dependents(verb)):
            return ()  # "X is dead, killed in a strike", "Arrested in May, X said": X is who it was done to
        return subject(ctx, _main_verb(ctx, verb), seen + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        return _gerund_subject(ctx, verb, seen)
    if verb.dep_ == "ROOT":
        return _left_subject(ctx, verb)
    return ()


def _joined_host(verb: Token) -> Token:
    """The verb ``verb`` hangs on; for a finite verb the parser joined to an infinitive, the verb the infinitive hangs
    on ("China urged the U.S. to stop arms sales and warned of consequences": China warned, not the U.S.)."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBZ"} and head.dep_ == "xcomp" and head.tag_ == "VB":
        return head.head
    return head


def asked_of_answerer(ctx: Ctx, verb: Token) -> bool:
    """Is ``verb`` an infinitive on an invitation or a plea that is the object of a verb (accepted, heeded, rejected),
    whose subject is then the one asked to do it?"""
    noun = verb.head
    answer = ctx.cues.at(noun.head) if noun.dep_ == "dobj" else None  # (not "extended an invitation to attend")
    return verb.tag_ == "VB" and answer is not None and answer.cue.plover in {"AGREE", "REJECT"} and (
        noun.lemma_ == "invitation" or noun.lower_ in ctx.lex.of("plea"))


def _main_verb(ctx: Ctx, verb: Token) -> Token:
    """What a participle set off by a comma tells more of: the verb it hangs on, or, when the parser hung it on the
    infinitive of an order or a request, the one who ordered ("Maduro ordered the delegation not to travel to the
    talks, blaming new U.S. sanctions": Maduro blames, not the delegation); an act done by speaking hung on what a
    speaker said is the speaker's ("Moscow said the drills were defensive, rejecting the criticism": Moscow
    rejects; not "Kyiv said Russian forces shelled the city, killing five": the shelling kills)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].lower_ != ",":
        return head
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "ccomp" and head.head.lemma_ in ctx.lex.of("speech") and _kind(ctx, verb) in _SPOKEN:
        return head.head
    return head


def _of_just_before(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """"a video of Mech Dara making an apology": a gerund the parser hung on the noun whose "of" names an actor
    just before it is that actor's act."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return ()
    return tuple(r for _, o in prep_objects(verb.head, ("of",)) if o.i == verb.i - 1 for r in ctx.res.refs_all(o))


def _gerund_subject(ctx: Ctx, verb: Token, seen: int) -> tuple[str, ...]:
    """"praised ECOWAS for activating its force" (ECOWAS activates), "while condemning the violence, Casin
    said", "in announcing the sanctions, Blinken said" and "after weeks of denying it, Thailand" (the main subject
    does it)."""
    prep, main = verb.head, verb.head.head
    if owners := _gerund_owner(ctx, prep):
        return owners  # "the administration's commitment to supporting peace", "Russia's strategy of attacking"
    if prep.lower_ == "of" and main.ent_type_ == "DATE" and main.dep_ == "pobj":
        prep = main.head  # "after weeks of denying it": as "after denying it"
    while main.pos_ not in {"VERB", "AUX"} and main.head.i != main.i:  # "praising ECOWAS, the Community, for"
        main = main.head
    if main.pos_ not in {"VERB", "AUX"} or prep.lower_ not in _GERUND_PREPS:
        return ()
    if prep.lower_ == "for":
        for obj in children(main, {"dobj"}):
            return ctx.res.refs_all(obj)
    if passive(main) and prep.lower_ != "by":  # "Mech Dara was released after apologizing to Hun Sen": he
        # apologized ("displaced by fighting": fighting by no one named; "it was decided": no one)
        return next((ctx.res.refs_all(s) for s in children(main, {"nsubjpass"}) if s.lower_ != "it"), ())
    return subject(ctx, main, seen + 1)


def _gerund_owner(ctx: Ctx, prep: Token) -> tuple[str, ...]:
    """The owner of the noun a gerund's preposition hangs on ("Turkey's policy of supporting the Brotherhood":
    Turkey), unless the noun asks or tells of what others do ("Israel's demand for releasing the hostages",
    "Somalia's accusations of meddling": a cue of its own, or a claim or plea), names an actor ("its own people"), or
    the gerund is no part of what the noun is ("its law against deporting people", "by postponing": only "of", "to",
    "in", "at")."""
    while prep.dep_ == "conj" and prep.head.dep_ == "prep":
        prep = prep.head  # "commitment to Israel's security and to supporting peace"
    noun = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in {"of", "to", "in", "at"} or noun.pos_ != "NOUN" or ctx.cues.at(noun) is not None \
            or noun.lemma_ in ctx.lex.of("claim") | ctx.lex.of("plea") or ctx.res.refs_all(noun) \
            or any(c.i in ctx.res.spans for c in children(noun, {"compound"})):  # ("the country's Georgian Dream party")
        return ()
    return tuple(r for c in children(noun, {"poss"}) for r in ctx.res.refs_all(c))


def _left_subject(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """A subject the parser missed: the actors named just before the verb ("X and Y each signed")."""
    doc, spans = ctx.doc, ctx.res.spans
    i, first = verb.i - 1, ctx.res.words.sent(verb).start
    while i >= first and (doc[i].lower_ in {"each", "both", "all", "also", "then", "jointly"}
                          or doc[i].pos_ in {"ADV", "PUNCT"} and doc[i].text != ","):
        i -= 1
    if i < first or i not in spans:
        return ()
    tok = doc[spans[i][0]: spans[i][1]].root
    while tok.dep_ == "conj" and tok.head.i in spans:
        tok = tok.head
    return ctx.res.refs_all(tok)


def co_subjects(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """Actors acting "together with" the subject: "which he mediated together with Lajcak"."""
    out: tuple[str, ...] = ()
    for _, obj in prep_objects(verb, ("with", "alongside")):
        if together(obj.head):
            out += ctx.res.refs_all(obj)
    return out


def noun_source(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """Who a nominal cue belongs to: "Israel's proposal", "a visit by X", or the clause's subject."""
    res = ctx.res
    mods = res._modifier_actors(noun, of=False)
    if not mods and noun.dep_ == "appos":  # "Hamas's October 7 attack"
        mods = res._modifier_actors(noun.head, of=False)
    if noun.dep_ == "conj" and noun.head.i in res.spans:
        mods = [res.spans[noun.head.i][2], *mods]
    if mods:  # ("the US warnings, issued by Secretary of State Mike Pompeo": the one named as issuing them)
        return made_by(ctx, noun) or _voiced_by(ctx, noun, mods) or tuple(mods)
    owners = [c for c in kids_of(noun) if c.dep_ == "poss" and c.lower_ not in {"my", "our"} and _owned_by_another(c)]
    if owners and (refs := res.refs(owners[0])):
        return refs  # "the regime's crackdown": whoever the regime is
    if owners or any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in kids_of(noun)):
        return ()  # "and reiterate my willingness to travel": the speaker's, not the clause subject's; "since the
        # regime's crackdown, the EU has imposed sanctions": whoever the regime is, not the EU
    hit = ctx.cues.at(noun)
    left = hit is not None and hit.cue.plover == "RETREAT"  # "the withdrawal from Niger": the place left
    asked = hit is not None and hit.cue.plover == "REQUEST" and noun.dep_ == "dobj"  # "accepted the demands of the West"
    for _, obj in prep_objects(noun, ("by",) if left else ("by", "from", "of") if asked else ("by", "from")):
        refs = res.refs_all(obj)
        if refs:
            return refs
    return made_by(ctx, noun) or _agent_on_host(ctx, noun) or owned_up_by(ctx, noun) or _governing_subject(ctx, noun)


def owned_up_by(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """"The attack was claimed by the Islamic State group", "the bombing was claimed by al-Shabaab": a blow that
    is the subject of a passive verb of owning up to it (words.tsv ``dealing``: claimed, conducted, staged) was
    done by that verb's agent (not "the attack was condemned by the UN": a judgement, no owning up)."""
    verb = noun.head
    if noun.dep_ not in PASS_SUBJ or verb.lemma_ not in ctx.lex.of("dealing") or not passive(verb):
        return ()
    if any(t.lower_ in {"neither", "nor", "not", "never"} for t in verb.subtree if t.i > noun.i):
        return ()  # "the attacks have been claimed by neither Hamas nor Islamic Jihad"
    return tuple(r for _, o in prep_objects(verb, ("by",)) for r in ctx.res.refs_all(o))


def _agent_on_host(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """"reported heavy shelling overnight by Ukrainian forces", "came under fire on Monday by Russian troops",
    "denounced the joint drills by the United States and South Korea": the "by" of a nominal cue that the parser
    hung on the active verb the noun is the object of (an active verb has no agent of its own)."""
    hit = ctx.cues.at(noun)
    if hit is None or hit.cue.pos != "N":
        return ()
    host = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in {"dobj", "pobj"} or host.pos_ != "VERB" or passive(host):
        return ()
    return tuple(r for b in children(host, {"agent", "prep"}) if b.i > noun.i and b.lower_ == "by"
                 for o in children(b, {"pobj"}) for r in ctx.res.refs_all(o))


def _owned_by_another(poss: Token) -> bool:
    """Is a possessor that names no actor someone else all the same ("the regime's", "the group's"), not a time
    ("Saturday's attack", "last year's offensive") or a pronoun the clause's subject may own ("its")?"""
    return poss.pos_ in {"NOUN", "PROPN"} and poss.ent_type_ not in {"DATE", "TIME"}


def ship_object(ctx: Ctx, hit: CueHit) -> bool:
    """Is a merchant ship what a verb cue is done to ("attacked the oil tanker Sounion", "seized two tankers",
    "seize tanker")?"""
    tok, ships = hit.tok, ctx.lex.of("vessel-noun")
    objs = [w for c in kids_of(tok) if c.dep_ == "dobj" for w in (c, *c.lefts)] + [tok.doc[i] for i in hit.parts]
    return any(o.lower_ in ships or o.lemma_ in ships for o in objs)


def _voiced_by(ctx: Ctx, noun: Token, mods: list[str]) -> tuple[str, ...]:
    """"Ortagus expressed US anger at the attack": whoever voices their state's stand is its source."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or _judged(ctx, noun.head):
        return ()  # ("Trump criticized U.S. aid to Ukraine": the critic voices no act of his state)
    subj = subject(ctx, noun.head)
    return subj if subj and all(ctx.res.affiliation(s) in mods for s in subj) else ()


def backers(ctx: Ctx, noun: Token) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """"With the support of the United States, Israel intercepted the missiles": who gives it (named with "of")
    and who gets it (the subject of the clause), or None ("in support of Palestinians", "India's support for
    the deal", "the deal has the backing of India": no one named gets it)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids_of(noun)) or ctx.res._modifier_actors(noun, of=False):
        return None
    giver = tuple(r for _, o in prep_objects(noun, ("of",)) for r in ctx.res.refs_all(o))
    gets = tuple(r for r in _governing_subject(ctx, noun) if r not in giver) if giver else ()
    return (giver, gets) if gets else None


def made_by(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """The agent of a participle on ``noun``: "a military coup led by el-Sisi", "an offensive launched by
    Puntland forces", "a roadside bomb planted by al-Shabab"."""
    for x in children(noun, {"acl"}):
        if x.tag_ != "VBN":
            continue
        blamed = x.lemma_ in _BLAMED  # "a bombing blamed on the Islamic State group", "an attack attributed to
        # al-Shabab": the one it is put on is its doer, when no one is named putting it there ("blamed by Iran on
        # Israel": a claim)
        if refs := tuple(r for _, o in prep_objects(x, ("on", "to") if blamed else ("by",)) for r in ctx.res.refs_all(o)):
            return () if blamed and any(prep_objects(x, ("by",))) else refs
    return ()


_BLAMED = frozenset({"blame", "attribute"})


def put_out_by(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """"Troops sent by Rwanda", "drones launched by Russia", "a report released by Amnesty", "an investigation by
    Amnesty": what is sent or put out acts for the one named with "by" on the participle or on the inquiry (not "militias backed by Iran", "soldiers trained by France":
    they act for themselves)."""
    verbs = ctx.lex.of("send") | ctx.lex.of("publish")
    put = [x for x in children(noun, {"acl"}) if x.tag_ == "VBN" and x.lemma_ in verbs]
    put += [noun] if noun.lemma_ in ctx.lex.of("study") else []  # "a report by Human Rights Watch found ..."
    return tuple(r for x in put for _, o in prep_objects(x, ("by",)) for r in ctx.res.refs_all(o))


def _person_noun(ctx: Ctx, noun: Token) -> bool:
    return ctx.lex.noun(noun.lower_)[0] == "person" or noun.lemma_ in ctx.lex.of("title")


def _named_after_clause(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """"The general who led the coup, Abdourahamane Tiani, ordered ...": a person's name set off by commas right after
    the relative clause of a person noun, which the parser hung on the clause's last noun (a thing or a place), names
    the person the noun stands for."""
    if not _person_noun(ctx, noun):
        return ()
    for rel in children(noun, {"relcl"}):
        end = rel.right_edge.i - (rel.doc[rel.right_edge.i].is_punct)
        name = rel.doc[end]
        while name.dep_ != "appos" and name.head.i != name.i and name.head.i > rel.i:
            name = name.head
        refs = ctx.res.refs_all(name) if name.dep_ == "appos" and name.right_edge.i == end else ()
        others = [t for t in rel.subtree if t.i < name.left_edge.i and (t.ent_type_ == "PERSON" or _person_noun(ctx, t))]
        if refs and all(ctx.res.kind(r) == "person" for r in refs) and rel.doc[name.left_edge.i - 1].text == "," \
                and not others:  # (not "the minister who met the president of Kenya, William Ruto": his, maybe)
            return refs
    return ()


def blow_doer(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """Who deals a blow named by a noun: "an attack by al-Shabab", "an offensive launched by Puntland forces"."""
    return tuple(r for _, o in prep_objects(noun, ("by",)) for r in ctx.res.refs_all(o)) or made_by(ctx, noun)


def _same_blow(ctx: Ctx, participle: Token) -> bool:
    """Is a participle of force on an object the same blow as the verb of force it hangs from, or as its noun ("carried
    out another military operation targeting Israel", "launched airstrikes targeting Houthi sites", "fired missiles
    targeting the base"; not "condemned the strikes targeting civilians", whose verb deals no blow)?"""
    dealt = ctx.cues.at(participle.head.head)
    return participle.tag_ == "VBG" and _kind(ctx, participle) == "ASSAULT" and dealt is not None \
        and dealt.cue.plover == "ASSAULT"


def _governing_subject(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """The subject of the verb a nominal cue hangs from ("Egypt made an offer")."""
    head, when = noun, False
    while (head.dep_ in _NOUN_CHAIN or head.lower_ == "ahead") and head.head.i != head.i:  # "ahead of talks with X"
        if head.dep_ == "pobj" and (head.head.lower_ in _OTHERS_PREPS or head.head.lower_ == "to"
                                    and head.head.head.lemma_ in _ANSWER_VERBS):
            break  # "wept over the crackdown", "despite concerns", "responded to criticisms": not the subject's own act
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in ctx.lex.of("topic-noun"):
            break  # "Islamabad raised the issue of cross-border attacks with Kabul": a topic, not Islamabad's attacks
        if head.dep_ == "nsubj" and head.i == noun.i:
            break  # "an attack on the base has highlighted ...": the noun is the subject
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ == "ahead" \
                and _kind(ctx, noun) in {"ASSAULT", "COERCE", "PROTEST"}:
            break  # "police detained four opposition leaders ahead of a protest against Putin": not the police's protest
        if head.dep_ == "pobj" and head.head.lower_ in _TIME_PREPS:
            if _kind(ctx, noun) in {"ASSAULT", "COERCE", "PROTEST"}:
                break  # "brokered a ceasefire after years of fighting", "aid before the coup", "arrested after the
                # protest": no one's force or protest named
            when = when or _kind(ctx, noun) == "CONSULT"
        elif head.dep_ == "pobj" and head.head.head.pos_ in {"VERB", "AUX"} and (head.head.lower_ in {"in", "at"} or (
                head.head.lower_ == "on" and noun.lemma_ in ctx.lex.of("visit"))):  # "In a call with Putin, Erdogan
            when = when or _kind(ctx, noun) == "CONSULT"  # urged ...", "on a visit to Kyiv": his call, his visit
        head = head.head
        if head.pos_ in {"VERB", "AUX"} and head.dep_ != "prep":  # "Following talks with X, Modi ...": a preposition
            if any(c.dep_ in SUBJ and c.lower_ in {"it", "this", "that"} for c in kids_of(head)) \
                    and not _said_of_itself(ctx, head):
                break  # "it is important to hold talks": no one's talks
            if (_judged(ctx, head) or _topic_of(ctx, head, noun)) and not when:
                break  # "condemned the violence", "called the crackdown a disgrace": someone else's act
                # ("After a call with Erdogan, Biden praised Turkey": Biden's call)
            subj = subject(ctx, head) or _engaged_in(ctx, head, noun)
            if subj:
                return subj
            if head.dep_ not in {"xcomp", "conj", "ccomp"} or _tied_participle(ctx, head):
                break
    return ()


def _tied_participle(ctx: Ctx, verb: Token) -> bool:
    """Is a verb of being tied to someone, joined to the verb before it with no object or subject of its own, a
    participle the parser misjoined ("sanctions on officials accused of abuses and linked to the crackdown")?"""
    return verb.dep_ == "conj" and verb.lemma_ in ctx.lex.of("tie-verb") and not children(verb, {"dobj", "nsubj"})


def _dummy_it(ctx: Ctx, it: Token) -> bool:
    """Is a subject "it" a dummy standing for a clause put after the verb ("it is important to hold talks", "it
    remains unclear whether ...")? Not with a word of a stand ("it is ready to hold talks": the one it refers to)."""
    verb = it.head
    if it.lower_ != "it" or verb.lemma_ not in {"be", "remain", "seem", "appear"}:
        return False
    preds = [c for c in kids_of(verb) if c.dep_ in {"acomp", "attr"}]
    if any(ctx.cues.at(p) is not None or p.lower_ in ctx.lex.of("willing") for p in preds):
        return False  # ("it was prepared to hold talks": the one it refers to is willing)
    return any(c.dep_ in {"xcomp", "ccomp"} for p in [verb, *preds] for c in kids_of(p))


def _engaged_in(ctx: Ctx, verb: Token, noun: Token) -> tuple[str, ...]:
    """"Damascus is engaged in indirect talks with Israel", "Oman was involved in the negotiations", "Sudan's army has
    been locked in a war with the RSF": whoever is said to be in talks, or put in fighting by a verb of being caught up
    in it (a passive with no doer), takes part in them (not "was killed in an attack")."""
    kind = _kind(ctx, noun)
    if kind not in {"CONSULT", "ASSAULT"} or not passive(verb) or any(c.dep_ == "agent" for c in kids_of(verb)):
        return ()
    if kind == "ASSAULT" and verb.lemma_ not in ctx.lex.of("locked-in"):
        return ()  # ("was wounded in the fighting": hit in it, no side of it)
    if not any(c.dep_ == "prep" and c.lower_ == "in" for c in kids_of(verb)):
        return ()
    return tuple(r for c in children(verb, PASS_SUBJ) for r in ctx.res.refs_all(c))


def _kind(ctx: Ctx, noun: Token) -> str:
    """The PLOVER type of the cue at ``noun``, or ""."""
    hit = ctx.cues.at(noun)
    return hit.cue.plover if hit is not None else ""


def _said_of_itself(ctx: Ctx, verb: Token) -> bool:
    """"The EU said it was considering sanctions": "it" is the speaker, who said it of itself."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in ctx.lex.of("speech"):
        return False
    its = [r for c in kids_of(verb) if c.dep_ in SUBJ for r in ctx.res.refs(c)]
    return bool(its) and its == list(subject(ctx, verb.head))


def _topic_of(ctx: Ctx, verb: Token, noun: Token) -> bool:
    """"Lawmakers discussed new aid for Israel", "senators debated aid to Ukraine": the object of a verb of talking
    about it is no act of its subject."""
    hit = ctx.cues.at(verb) or ctx.cues.stance(verb)
    return hit is not None and "topic" in hit.cue.flags and noun.dep_ == "dobj" and noun.head.i == verb.i


def _judged(ctx: Ctx, verb: Token) -> bool:
    """Does the verb judge, ask for, name or leave what its object tells (so the object is no act of its subject:
    "Trump pulled the United States out of the nuclear accord", "withdrew from the deal")?"""
    hit = ctx.cues.at(verb)
    return verb.lemma_ in ctx.lex.of("naming") or (
        hit is not None and hit.cue.plover in {"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "RETREAT"})


def between(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """The two sides of "between A and B" on the cue or its object ("a ceasefire between Israel and Hezbollah"), or
    of a joined subject locked in it ("Sudan's army and the RSF have been locked in a war")."""
    if locked := _locked_in(ctx, tok):
        return locked
    if "between" not in ctx.res.words.lower:
        return ()  # a text with no "between" (most): no need to walk the cue's words
    near = [c for c in kids_of(tok) if c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if tok.dep_ == "nsubj" and tok.pos_ == "NOUN":
        near.append(tok.head)  # "clashes broke out between Thai and Cambodian troops"
        if tok.head.lemma_ == "be":  # "the talks were the first between Iranian and U.S. officials in years"
            near += [c for c in kids_of(tok.head) if c.dep_ == "attr"]
    held = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok  # "a round of talks between"
    if held is not tok and held.lemma_ in ctx.lex.of("round") and _kind(ctx, tok) == "CONSULT":
        near.append(held)
    if held.dep_ == "dobj" and held.head.lemma_ in ctx.lex.of("organise") and _kind(ctx, tok) == "CONSULT":
        near.append(held.head)  # "Qatar convened a meeting last month between A and B", "hosted a round of talks on
        # Friday between A and B": "between" hung on the host's verb still names the meeting's sides
    near += [o for c in near if c.dep_ == "dobj" for _, o in prep_objects(c, ("of",))]  # "welcomed the resumption
    # of talks between the United States and Iran"
    if tok.dep_ == "pobj" and tok.head.lower_ == "into" and _kind(ctx, tok) == "ASSAULT":  # "tensions between the army
        near += [c for c in kids_of(tok.head.head) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]  # and the RSF erupted
        # into fighting", "a power struggle between A and B exploded into war": the fighting is theirs
    for t in (tok, *near):
        for _, obj in prep_objects(t, ("between",)):
            refs = ctx.res.refs_all(obj)
            if len(refs) == 1:  # "between Ethiopian federal forces and Fano militiamen": the second named by its modifier
                refs += tuple(r for c in obj.conjuncts if c.i not in ctx.res.spans
                              for r in ctx.res._modifier_actors(c, of=False, pronouns=False) if r not in refs)
            if len(refs) < 2:
                refs = _joined_adjectives(ctx, obj, refs) or refs
            if len(refs) >= 2 or refs == (PARTIES,):
                return refs
    return ()


def _joined_adjectives(ctx: Ctx, obj: Token, refs: tuple[str, ...]) -> tuple[str, ...]:
    """"between Armenian and Azerbaijani troops", "between Russian and Ukrainian delegations": two states joined as
    the modifiers of one noun are the two sides, each by the same kind of actor as the one the noun's name makes
    ("Azerbaijani troops", Azerbaijan's armed forces: Armenia's too), else the states."""
    first = next((c for c in kids_of(obj) if c.dep_ in {"amod", "compound"} and c.i < obj.i and c.conjuncts), None)
    if first is None or not refs and not any(ctx.lex.noun(w)[0] for w in (obj.lower_, *(
            f"{c.lower_} {obj.lower_}" for c in first.subtree))):
        return ()  # (an actor noun: "delegations", "border guards"; not "between Chinese and American companies")
    named = [r for t in (first, *first.conjuncts) for r in ctx.res.refs_all(t)]  # ("Azerbaijani" in the name of
    states = list(dict.fromkeys(r if ctx.res.kind(r) == "state" else ctx.res.affiliation(r) for r in named))  # its army)
    if len(states) < 2 or not all(s and ctx.res.kind(s) == "state" for s in states):
        return ()
    armed = [r for r in refs if (home := ctx.res.affiliation(r)) and ctx.res.actors.armed_forces(home) == r]
    if refs and not armed:
        return ()  # ("between Israeli and Hamas negotiators" is read by the noun's own actors)
    return tuple(dict.fromkeys((ctx.res.actors.armed_forces(s) or s) if armed else s for s in states))


def _locked_in(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """"Sudan's army and the RSF have been locked in a war", "Israel and Hamas are engaged in talks": the sides of a
    joint act (a cue of both sides) are the joined subject of the verb that puts them in it."""
    hit = ctx.cues.at(tok)
    if hit is None or "both" not in hit.cue.flags and hit.cue.plover != "ASSAULT" or tok.dep_ != "pobj" or tok.head.lower_ != "in" \
            or tok.head.head.lemma_ not in ctx.lex.of("locked-in"):
        return ()
    subj = children(tok.head.head, SUBJ | PASS_SUBJ)
    refs = tuple(r for s in subj for r in ctx.res.refs_all(s))
    return refs if len(refs) >= 2 and subj and subj[0].conjuncts else ()


# -- whom -----------------------------------------------------------------------------------------

def targets(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """Whom the cue is aimed at: an object, dative or prepositional object; the owner of its object;
    a place visited; or an actor named in its content."""
    tok = hit.tok
    cands, direct = _verb_candidates(ctx, hit) if hit.cue.verbal else _noun_candidates(ctx, hit)
    cands += _asked_act_doers(ctx, hit)
    cands = [c for c in cands if not _victim_of(ctx, hit, c) and not _done_to(ctx, hit, c) and not _on_behalf(ctx, c, hit)
             and not _partner(ctx, hit, c)
             and not _talked_about(ctx, hit, c) and not _where_sent(ctx, hit, c) and not _fought(ctx, hit, c)
             and not _document_topic(ctx, hit, c) and not _kin_named(ctx, c)]
    direct = [c for c in direct if not _on_behalf(ctx, c, hit) and not _partner(ctx, hit, c) and not _where_sent(ctx, hit, c)
              and not _fought(ctx, hit, c) and not _kin_named(ctx, c)]
    if hit.cue.plover in _HOSTILE_JOINED and (first := _first_joined(ctx, direct, source)):
        return tuple(dict.fromkeys((_members(ctx, direct, source) or first) + _relatives(ctx, direct, source)
                                   + tuple(r for r in _included(ctx, tok, direct, source) if ctx.res.kind(r) != "group")))
        # "43 people, including Nika Melia" (not "57 people, including 22 women": a part of the group, no one more)
    if hit.cue.plover in {"SANCTION", "COERCE", "ASSAULT"} and (members := _members(ctx, cands, source)):
        return members  # "imposed sanctions on Iran's allies — Syria and Venezuela"
    found = (_refused_recipient(ctx, hit, source) or _purpose_enemy(ctx, hit, source) or _border_of(ctx, hit, source) or _protested_at(ctx, hit, source) or _doers_judged(ctx, hit, direct, source) or _ended_by(ctx, hit, direct, source)
            or _stance_owner(ctx, hit, direct, source)
            or (_first_joined if hit.cue.plover in _HOSTILE_JOINED else _first_refs)(ctx, cands, source)
            or _owner_refs(ctx, direct, hit, source) or _forces_site(ctx, hit, direct, source)
            or _group_site(ctx, hit, direct, source) or _meeting_called(ctx, hit, direct, source)
            or _goods_of_measure(ctx, hit, source) or _written_to(ctx, hit, source) or _included(ctx, tok, direct, source)
            or _visited(ctx, hit, cands, source) or _aid_to_capital(ctx, hit, cands, source)
            or _purpose_foe(ctx, hit, source) or _content_targets(ctx, tok, hit, source)
            or _talks_with(ctx, hit, source) or _organiser(ctx, hit, source) or _hosted_parties(ctx, hit))
    return found + tuple(r for r in _joined_owners_of(ctx, hit, source) if r not in found)


def _kin_named(ctx: Ctx, tok: Token) -> bool:
    """"Arrested the wife of the rapper Toomaj Salehi", "sanctioned the brother of Mohamed Hamdan Daglo": the
    person a relative or lawyer is "of" is not whom the act is aimed at."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and _kin_word(ctx, tok.head.head)


def _kin_word(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` a word of a relative or a lawyer ("wife", "brothers", "lawyer")?"""
    return tok.lower_ in ctx.lex.of("kin") or tok.lemma_ in ctx.lex.of("kin")


def _refused_recipient(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """"Somalia refused to hand over the suspects to Kenya", "Russia refused to extradite the hackers to the United
    States": a refusal to give someone or something "to" another is aimed at that other, not at what is given."""
    if hit.cue.plover != "REJECT" or not hit.cue.verbal:
        return ()
    given = [x for x in children(hit.tok, {"xcomp"}) if children(x, {"dobj"})]
    return tuple(dict.fromkeys(r for x in given for _, o in prep_objects(x, ("to",)) for r in ctx.res.refs_all(o)
                               if r not in source))


def _asked_act_doers(ctx: Ctx, hit: CueHit) -> list[Token]:
    """"called for the withdrawal of Rwandan troops", "pressed for the disarmament of Hezbollah": an act asked for with
    the cue's own preposition, whose "of" names its doer (a cue of an act, not one done to whom "of" names, as "the
    release of"), is asked of that doer (as "demanded the withdrawal of ..." is)."""
    if hit.cue.plover != "REQUEST" or not hit.cue.verbal:
        return []
    acts = [n for p in kids_of(hit.tok) if p.dep_ == "prep" and p.lower_ in {*hit.cue.words[1:], "for"}
            for n in children(p, {"pobj"})
            if (act := ctx.cues.at(n)) is not None and act.cue.pos == "N" and "patient" not in act.cue.flags
            and act.cue.plover not in {"ASSAULT", "COERCE", "SANCTION"}]  # (whom "of" names after "invasion" or
    # "arrest" is done to: "called for sanctions against Russia for its invasion of Ukraine" asks nothing of Ukraine)
    return [o for n in acts for _, o in prep_objects(n, ("of",))]


def _document_topic(ctx: Ctx, hit: CueHit, cand: Token) -> bool:
    """"Russia vetoed a U.N. Security Council resolution on Syria", "backed a declaration on Gaza": what a document
    the cue's object is "on" is its topic, not whom a stand on the document answers."""
    return hit.cue.plover in {"REJECT", "SUPPORT", "AGREE"} and topic_of_document(ctx, cand) \
        and cand.head.head.head.i == hit.tok.i


def topic_of_document(ctx: Ctx, tok: Token) -> bool:
    """"a resolution on Syria", "a report about Iran": what a document is on or about is its topic."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"on", "about"} and tok.head.head.lemma_ in ctx.lex.of("document")


def _stance_owner(ctx: Ctx, hit: CueHit, direct: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"Brazil backed South Africa's case against Israel at the World Court", "rejected Kenya's bid for a seat on the
    council": backing or rejecting what an actor owns is aimed at its owner, not at whom or where it names."""
    if hit.cue.plover not in {"SUPPORT", "REJECT"} or not hit.cue.verbal:
        return ()
    things = [o for o in direct if o.dep_ in {"dobj", "nsubjpass"} and not ctx.res.refs_all(o)]  # (not "Senegal's new
    # president, Bassirou Diomaye Faye": an actor himself)
    owners = [c for o in things for c in children(o, {"poss"})] + [  # "the proposal, drafted by France, was rejected by
        x for o in things for v in children(o, {"acl"}) if v.tag_ == "VBN" for _, x in prep_objects(v, ("by",))]  # Russia
    # at the Security Council": France, not the body it was rejected at
    return tuple(dict.fromkeys(r for c in owners for r in ctx.res.refs_all(c) or ctx.res._modifier_actors(
        c, of=False, pronouns=False) if r not in source))  # ("the IAEA board's resolution": the IAEA's)


def _talked_about(ctx: Ctx, hit: CueHit, cand: Token) -> bool:
    """"Erdogan and Putin discussed Syria in a phone call": the object of the verb a meeting noun hangs on is
    what was talked about when that verb's object is a topic ("discussed", "negotiated"), not whom the call was
    with (unlike "told Biden in a phone call")."""
    if hit.cue.verbal or cand.dep_ != "dobj":
        return False
    talk = ctx.cues.at(cand.head)
    return talk is not None and "topic" in talk.cue.flags


def _purpose_enemy(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """"sent soldiers into Somalia to combat the militant group", "sent police to Haiti to help fight the gangs":
    forces are moved against whom the purpose clause (or the help it gives) attacks, not towards the place they go."""
    if hit.cue.plover != "MOBILIZE" or not hit.cue.verbal:
        return ()
    clauses = children(hit.tok, {"advcl"}) + [c for o in children(hit.tok, _OBJ) for c in children(o, {"acl"})]
    for x in clauses:
        if not any(a.lower_ == "to" for a in children(x, {"aux"})):
            continue
        helped = ctx.cues.at(x)
        acts = [x] + (children(x, {"xcomp", "ccomp", "dobj"}) if helped and helped.cue.plover == "AID" else [])
        for act in acts:  # (the dobj: a verb the tagger read as a noun, "help the army battle al-Shabab")
            if _hostile_act(ctx, act) and (refs := _first_refs(ctx, children(act, {"dobj", "appos"}), source)):
                return refs
    return ()


def _purpose_foe(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """"The army has been using air strikes and heavy artillery to try to dislodge them", "launched an offensive to drive
    Boko Haram fighters out of the forest", "in part to chase after Mumin": force that hits no one named is aimed at
    whom its purpose clause attacks, drives back or goes after."""
    if hit.cue.plover != "ASSAULT":
        return ()
    holders = [hit.tok, *(hit.tok.doc[i] for i in hit.parts if i != hit.tok.i)]
    clauses = [c for h in holders for c in children(h, {"advcl", "acl", "relcl", "xcomp"}) if c.i > h.i
               and any(a.lower_ == "to" for a in children(c, {"aux"}))]
    tried = {"try"} | ctx.lex.of("intent") | ctx.lex.of("endeavour")  # ("to try to dislodge them")
    clauses += [y for x in clauses if x.lemma_ in tried for y in children(x, {"xcomp"})]
    for x in clauses:
        chased = [o for _, o in prep_objects(x, ("after",))] if x.lemma_ in ctx.lex.of("rout") else []  # "to chase
        # after Mumin"
        if (_hostile_act(ctx, x) or x.lemma_ in ctx.lex.of("rout")) and (
                refs := others(ctx, _first_refs(ctx, children(x, {"dobj"}) + chased, source), source)):
            return refs  # (not its own side, a pronoun misread)
    return ()


def _protested_at(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """"rallied outside the Israeli embassy", "gathered in front of the U.S. consulate", "took to the streets to
    demand the prime minister's resignation", "marched in protest of Israeli police actions": a protest is aimed at
    whose building it stands before, at whom its purpose names, or at whose act it is "in protest of"."""
    if hit.cue.plover != "PROTEST":
        return ()
    tok = hit.tok
    spots = [o for _, o in prep_objects(tok, ("outside",))]
    spots += [o for _, f in prep_objects(tok, ("in",)) if f.lower_ == "front" for _, o in prep_objects(f, ("of",))]
    spots += [o for x in children(tok, {"advcl", "xcomp"}) if any(a.lower_ == "to" for a in children(x, {"aux"}))
              for o in children(x, {"dobj"})]
    if tok.dep_ == "pobj" and tok.head.lower_ == "in":  # "massed in protest of Israeli police actions"
        spots += [o for _, o in prep_objects(tok, ("of", "against", "at", "over"))]
    for spot in spots:
        refs = ctx.res.refs_all(spot) or tuple(ctx.res._modifier_actors(spot, of=False, pronouns=False))
        if refs := tuple(r for r in refs if r not in source):
            return refs
    return ()


def _border_of(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """"massed troops on Ukraine's border", "deployed troops to the border with Eritrea": forces moved to a
    border are aimed at the state across it."""
    if hit.cue.plover != "MOBILIZE":
        return ()
    for holder in (hit.tok, *children(hit.tok, _OBJ)):
        for _, place in prep_objects(holder, tuple(_WHERE_PREPS | {"on", "along", "at"})):
            if place.lemma_ not in _BORDERS:
                continue
            across = [o for _, o in prep_objects(place, ("with",))] + children(place, {"poss", "amod", "compound"})
            if refs := tuple(r for o in across for r in ctx.res.refs_all(o) if r not in source):
                return refs
    return ()


def _members(ctx: Ctx, direct: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"a tariff fight with the United States' biggest trading partners — Mexico, Canada, China and the EU": the
    members listed beside a group are whom it is aimed at."""
    for cand in direct:
        if not ctx.res.refs_all(cand):
            continue
        named = [r for a in children(cand, {"appos"}) for r in ctx.res.refs_all(a) if r not in source]
        return tuple(named) if all(ctx.res.kind(r) == "group" for r in ctx.res.refs(cand)) else ()
    return ()


def _relatives(ctx: Ctx, direct: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"sanctioned Sali Berisha, his wife Liri Berisha and his son Shkelzen Berisha": the relatives named
    beside a target are targets too ("Berisha, his wife, Liri Berisha, his son, Shkelzen Berisha, and his daughter,
    Argita": each, however the parser chained the appositions)."""
    out: list[str] = []
    todo = [k for d in direct for k in children(d, {"appos"}) if _kin(k)]
    seen = {t.i for t in todo}
    while todo:
        kin = todo.pop(0)
        for name in (n for a in children(kin, {"appos"}) for n in (a, *conjuncts_of(a))):
            named = ctx.res.refs(name) or tuple(r for a in children(name, {"appos"}) for r in ctx.res.refs(a))
            out += [r for r in named if r not in source and r not in out]
            more = [k for k in (*children(name, {"appos"}), *conjuncts_of(kin)) if _kin(k) and k.i not in seen]
            seen.update(k.i for k in more)
            todo += more
    return tuple(out)


def _kin(tok: Token) -> bool:
    """A noun of someone's relation to a person named before ("his wife", "his son")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids_of(tok))


def _organiser(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """"attended a meeting hosted by Qatar", "took part in EU-convened talks": whoever attends a meeting
    meets whoever organised it."""
    if hit.cue.plover != "CONSULT" or not hit.cue.verbal:
        return ()
    organise = ctx.res.lex.of("organise")
    meetings = children(hit.tok, {"dobj"}) + [o for _, o in prep_objects(hit.tok, ("in", "at"))]
    for noun in meetings:
        for mod in children(noun, {"acl", "amod"}):
            if refs := tuple(r for r in participle_agents(ctx, mod, organise) if r not in source):
                return refs
    return ()


def participle_agents(ctx: Ctx, mod: Token, lemmas: frozenset[str] | set[str]) -> tuple[str, ...]:
    """Who a participle of one of ``lemmas`` on a noun names as its doer: "a meeting hosted by Qatar", "Qatar-brokered
    talks", "a U.N.-organized meeting" (one token)."""
    verb = mod.lower_.rsplit("-", 1)[-1]
    if not any(verb in {w, w + "d", w + "ed"} for w in lemmas):
        return ()
    found = [o for _, o in prep_objects(mod, ("by",))] + children(mod, {"npadvmod", "compound"})
    refs = tuple(r for o in found for r in ctx.res.refs_all(o))
    if not refs and "-" in mod.text:
        named = ctx.res.actors.names.get(mod.text.rsplit("-", 1)[0])
        refs = (named,) if named else ()
    return refs


def _hosted_parties(ctx: Ctx, hit: CueHit) -> tuple[str, ...]:
    """"Fidan, who hosted the talks, said ...": hosting (or chairing) the talks told before, with no one named in the
    sentence, is hosting the sides of the story."""
    if hit.cue.plover != "CONSULT" or not hit.cue.verbal or hit.tok.lemma_ not in ctx.res.lex.of("organise"):
        return ()
    if hit.tok.dep_ == "acl" and (held := ctx.cues.at(hit.tok.head)) is not None and held.cue.plover == "CONSULT":
        return between(ctx, hit.tok.head)  # "the talks, hosted by Oman, were the first between Iran and the U.S."
    talks = [o for o in children(hit.tok, {"dobj"}) if any(c.dep_ == "det" and c.lower_ == "the" for c in kids_of(o))
             and (m := ctx.cues.at(o)) is not None and m.cue.plover == "CONSULT" and not m.cue.verbal]
    return (PARTIES,) if talks else ()


def _doers_judged(ctx: Ctx, hit: CueHit, direct: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"denounced the U.S. arms sale to Taiwan", "praised Egypt's mediation with Hamas": a judgement of an
    act is aimed at whoever does the act, not at whom the act is done to."""
    if hit.cue.plover not in {"ACCUSE", "REJECT", "SUPPORT"}:
        return ()
    for noun in direct:
        act = ctx.cues.at(noun) if noun.pos_ == "NOUN" else None
        if (act is None or "patient" in act.cue.flags) and noun.pos_ == "NOUN" and (  # "welcomed the release of the
                by := by_doers(ctx, noun, source) or noun.dep_ == "dobj" and not passive(hit.tok)  # hostages by Hamas",
                and by_doers(ctx, hit.tok, source)):  # "condemned the harassment of its fishermen by Chinese vessels"
            return by  # (the parser hanging "by" on the verb): whoever does it, not whom it is done to
        if act is None and hit.cue.plover == "SUPPORT" and noun.pos_ == "NOUN" and noun.lemma_ not in ctx.lex.of(
                "held-people") | ctx.lex.of("bystander") and (owners := tuple(  # (not "stands with the people of X")
                r for _, o in prep_objects(noun, ("of",)) for r in ctx.res.refs_all(o) if r not in source)):
            return owners  # "expressed appreciation for the efforts of Trump": whose efforts are praised
        if act is None or act.cue.plover == "REQUEST" or "patient" in act.cue.flags:
            continue  # "rejected Kenya's request" (see plea), "condemned Mhlanga's arrest" (see _judged_victim)
        doers = tuple(r for r in ctx.res._modifier_actors(noun, of=False, pronouns=False) if r not in source)
        if doers:
            return doers
    return ()


def _ended_by(ctx: Ctx, hit: CueHit, direct: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"demanded an end to Israel's offensive", "urged an end to the fighting between the army and the RSF":
    a demand that fighting or a hostile act end is aimed at whoever does it (not at where it is done)."""
    if hit.cue.plover != "REQUEST":
        return ()
    for noun in direct:
        if noun.lemma_ not in ctx.lex.of("end") or noun.pos_ != "NOUN":
            continue
        hung = prep_objects(hit.tok, ("to",)) if noun.head.i == hit.tok.i else ()  # "urged the end to a fight"
        for _, act in (*prep_objects(noun, ("to", "of")), *hung):
            hostile = (found := ctx.cues.at(act)) is not None and found.cue.plover in _HOSTILE_ACTS
            if not hostile and act.lemma_ not in ctx.lex.of("war") and act.lower_ not in ctx.lex.of("blame"):
                continue  # (a wrong ended: "an end to Chinese harassment")
            sides = next((two for x in (act, *(o for _, o in prep_objects(act, ("over",)))) if (two := between(ctx, x))),
                         ())  # "a tariff fight over spirits between the U.S. and Europe"
            doers = sides or ctx.res._modifier_actors(act, of=False, pronouns=False) or by_doers(ctx, act, source)
            if doers := tuple(r for r in doers if r not in source):  # ("an end to attacks on civilians by the RSF")
                return doers
    return ()


def _included(ctx: Ctx, tok: Token, direct: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"43 people were detained, including Nika Melia": whom the object includes, when it names no one."""
    return _first_refs(ctx, [o for x in (tok, *direct) for _, o in prep_objects(x, ("including",))], source)


def condition_subjects(ctx: Ctx, tok: Token, source: tuple[str, ...]) -> tuple[str, ...]:
    """Whom the conditions on ``tok`` name ("he will impose tariffs if Europe follows through", "warned of
    retaliation if Israel attacked"), other than ``source``."""
    return tuple(r for a in children(tok, {"advcl"}) if conditional(a) for r in subject(ctx, a) if r not in source)


def conditional(clause: Token) -> bool:
    """Is the clause a condition ("if Europe follows through", "unless the attacks stop")?"""
    return any(m.lower_ in {"if", "unless"} for m in children(clause, {"mark"}))


def _talks_with(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """"open to negotiations with Kyiv", "offered talks with the rebels": an offer of talks is aimed at
    whom the talks would be with."""
    if hit.cue.plover != "AGREE":
        return ()
    if not ctx.cues.any_of("CONSULT", hit.tok.left_edge.i, hit.tok.right_edge.i + 1):  # (no talks to walk to)
        return ()
    for t in hit.tok.subtree:
        talks = ctx.cues.at(t) if t.i != hit.tok.i and t.pos_ in {"NOUN", "VERB"} else None
        if talks is not None and talks.cue.plover == "CONSULT":
            refs = tuple(r for _, o in prep_objects(t, ("with",)) for r in ctx.res.refs_all(o) if r not in source)
            if refs:
                return refs
    return ()


def _on_behalf(ctx: Ctx, tok: Token, hit: CueHit | None = None) -> bool:
    """"fired missiles at the vessel in solidarity with the Palestinians", "in support of Hamas": a phrase of whom an
    act is done for (word class on-behalf after "in"), and what it names, is no target (also a "with" the parser hung
    on the verb; but not of the support itself, when it is the cue: "troops fought in support of Ethiopian forces",
    "stand in solidarity with Israel")."""
    before = tok.doc[tok.head.i - 1] if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.i > 0 \
        and (hit is None or tok.head.i not in hit.parts) else tok  # ("stand in solidarity with": the cue's "with")
    for t in (tok, tok.head.head, before) if tok.dep_ == "pobj" else (tok,):
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.lemma_ in ctx.lex.of("on-behalf") \
                and (hit is None or t.i != hit.tok.i and t.i not in hit.parts):
            return True
    return False


def partnered(ctx: Ctx, tok: Token) -> bool:
    """"carried out the raid in coordination with the Shin Bet": an act done "in" cooperation with someone, which is
    no content of the act it hangs from but cooperation of its own (and whom it names, no target of that act)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_ in ctx.lex.of("partnered") and any(
        p.dep_ == "prep" and p.lower_ == "with" for p in kids_of(tok))


def _partner(ctx: Ctx, hit: CueHit, tok: Token) -> bool:
    """"raided the camp in coordination with the Iraqi army", "in cooperation with Interpol": whom an act is done "in"
    cooperation "with" is a partner, no target of the act (but is whom that cooperation, the cue, is with)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i != hit.tok.i \
        and partnered(ctx, tok.head.head)


def _with_partners(hit: CueHit) -> list[Token]:
    """"pulled out of peace talks with the government": whom a word of the cue that a preposition governs (the
    talks) was with; "agreed to a ceasefire with Hezbollah": whom what is agreed to is with; "signed a memorandum of
    understanding with Somaliland": whom the pact its object names is with."""
    parts = [hit.tok.doc[i] for i in hit.parts]
    found = [o for p in parts if p.dep_ == "pobj" for _, o in prep_objects(p, ("with",))]
    if hit.cue.plover in _WITH_TYPES:
        found += [o for _, thing in prep_objects(hit.tok, ("to", "on")) for _, o in prep_objects(thing, ("with",))]
    if hit.cue.plover == "AGREE" and hit.cue.verbal:  # "signed a memorandum of understanding with Somaliland": whom
        found += [o for d in children(hit.tok, {"dobj"}) for _, x in prep_objects(d, ("of",))  # the pact named with
                  for _, o in prep_objects(x, ("with",))]  # "of" is with
    return found


def _aims_of_counted(hit: CueHit) -> list[Token]:
    """"launched one of its largest drone attacks on Russia", "carried out a wave of strikes against Houthi sites":
    the cue's noun, counted by the verb's object ("one of", "a wave of"), is aimed at whom its own "on" or "against"
    names."""
    doc = hit.tok.doc
    nouns = [doc[i] for i in hit.parts if doc[i].dep_ == "pobj" and doc[i].head.lower_ == "of"
             and doc[i].head.head.dep_ == "dobj" and doc[i].head.head.head.i == hit.tok.i]
    return [o for n in nouns for _, o in prep_objects(n, ("on", "against"))]


def _particle_objects(hit: CueHit, preps: tuple[str, ...]) -> list[Token]:
    """"Go along with your country": the objects of a preposition hung on a particle or adverb of the cue."""
    doc = hit.tok.doc
    return [o for i in hit.parts if doc[i].dep_ in {"advmod", "prt"} and doc[i].head.i == hit.tok.i
            for _, o in prep_objects(doc[i], preps)]


def _verb_candidates(ctx: Ctx, hit: CueHit) -> tuple[list[Token], list[Token]]:
    """Tokens that may name a verb cue's target, best first, and the cue's own objects."""
    tok = hit.tok
    moved = "handover" in hit.cue.flags  # ("was extradited to Spain": who is handed over is no counterpart)
    direct = children(tok, PASS_SUBJ) if passive(tok) and not moved else []
    direct += [o for n in direct if n.pos_ == "NUM" for _, o in prep_objects(n, ("of",))]  # "two of its soldiers"
    direct += _object_aims(ctx, hit)
    direct += [o for p, o in prep_objects(tok) if p in hit.cue.words[1:]]  # "fought alongside X against Y": X
    if (hit.cue.plover not in _FORCES_MOVED or "place" in hit.cue.flags) and not moved:  # "put its army on alert",
        # "withdrew its troops from Afghanistan": the forces, not a counterpart (but "left Chad": the place left)
        direct += [o for o in children(tok, _OBJ) if "topic" not in hit.cue.flags]  # "discussed it with its partners"
        direct += _shared_object(tok) if not direct else []
    if tok.dep_ == "relcl" and any(dep == "dobj" and low in {"which", "that"} for dep, low, _ in dependents(tok)):
        direct += [o for _, o in prep_objects(tok.head, ("with", "between"))]  # "the session with X, which he mediated"
    preps = _target_preps(hit)
    direct += [o for p, o in prep_objects(tok, preps) if not together(o.head) and not (p == "to" and "dest" in hit.cue.flags)
               and not (p == "from" and tok.lemma_ in _LAUNCH) and o.head.dep_ != "agent"]  # (an agent: the doer)
    direct += [o for x in children(tok, {"xcomp"}) for o in children(x, {"dobj"})] + _particle_objects(hit, preps)
    direct += [o for x in children(tok, {"ccomp"}) if x.i in hit.parts for o in children(x, SUBJ)] + _called_with(hit)
    direct += _labelled(tok) + _relative_object(tok)  # ("Hezbollah, which it holds responsible")
    cands = list(direct)
    for child in children(tok, {"dobj"}):  # "condemned the attack on Israel": who is hit is not who is blamed
        cands += [o for p, o in prep_objects(child)
                  if (hit.cue.plover != "ACCUSE" or p not in _HIT_PREPS or child.i in hit.parts)  # "a complaint against"
                  and not (p == "with" and hit.cue.plover in _OWNER_TARGET and child.i not in hit.parts)
                  and not (p == "to" and "dest" in hit.cue.flags)  # "levied tariffs on exports to the U.S."
                  and not (p != "with" and "topic" in hit.cue.flags)  # "to discuss new sanctions against Russia"
                  and p not in _about(hit) + _venue(hit)]  # "shared intelligence on Hamas": what it is about
        # "seized the crossing with Egypt" (but "cutting ties with Kenya")
    cands += _with_partners(hit) + _aims_of_counted(hit)
    cands += [o for i in hit.parts if tok.doc[i].dep_ in PASS_SUBJ | {"nsubj"}  # "Turkey's talks with Greece resumed"
              for _, o in prep_objects(tok.doc[i], ("with", "against", "on"))]
    if hit.cue.plover == "AGREE" or moved:  # "accepted a truce proposed by Egypt": whoever put forward what is accepted;
        # "extradited 26 cartel figures wanted by the United States": whoever wants them
        things = children(tok, {"dobj"}) + [o for _, o in prep_objects(tok, ("to", "on"))]
        cands += [o for t in things for x in children(t, {"acl"}) if x.tag_ == "VBN" for _, o in prep_objects(x, ("by",))]
    for prt in kids_of(tok):  # "pull out of southern Lebanon", "fought alongside Russian forces"
        if prt.dep_ in {"prt", "prep"} and prt.lower_ in hit.cue.words[1:]:
            cands += [o for _, o in prep_objects(prt)] + (children(prt, {"pobj"}) if prt.dep_ == "prep" else [])
    return cands + _complement_candidates(hit, direct), direct


def _joined_objects(hit: CueHit) -> list[Token]:
    """"demanded reforms and Bashir's ouster", "called for elections and the resignation of the president": common nouns
    joined to a verb cue's object (or to the object of its own preposition) are its objects too (whose they are, or
    whom "of" names, may be the target)."""
    objs = children(hit.tok, {"dobj"}) + [o for p, o in prep_objects(hit.tok, hit.cue.words[1:])]
    return [c for o in objs for c in conjuncts_of(o) if c.pos_ == "NOUN" and c.dep_ == "conj"]


def _joined_owners_of(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """"They demanded reforms and Bashir's ouster", "dismissed the U.N. findings and statements by Bennett": the owner
    or maker of each common noun joined to a verb cue's object (its possessor or modifier, whom "of" or "by" names) is
    a target too, unless it is whom an act judged or asked for is done to ("condemned the violence and the arrest of
    the journalist")."""
    if not hit.cue.verbal:
        return ()
    nouns = [n for n in _joined_objects(hit) if not ctx.res.refs_all(n) and not _judged_victim(ctx, hit, n)]
    return tuple(dict.fromkeys(r for n in nouns for r in (*ctx.res._modifier_actors(n, pronouns=False), *(
        x for _, o in prep_objects(n, ("by",)) for x in ctx.res.refs_all(o))) if r not in source))


def _complement_candidates(hit: CueHit, direct: list[Token]) -> list[Token]:
    """Whom a verb cue's complement clauses name (:func:`_verb_candidates`)."""
    cands: list[Token] = []
    for x in children(hit.tok, {"xcomp", "ccomp"}):
        if x.dep_ == "xcomp" and hit.cue.plover == "REQUEST" and direct:
            continue  # "called on member states to send ammunition to Ukraine": the addressees are asked, not Ukraine
        if x.dep_ == "ccomp" and (hit.cue.plover == "ACCUSE" or _bare_infinitive(x)):  # "concerned that China is
            cands += children(x, SUBJ)  # arming Russia": China; "helped Russia fight Ukraine": Russia
            if hit.cue.plover == "ACCUSE" and children(x, SUBJ | PASS_SUBJ):
                continue  # ("alleged that police tortured detainees": whom it was done to is not accused)
        elif x.dep_ == "ccomp" and hit.cue.plover == "REQUEST" and _mandative(x):  # "demanded that Israel withdraw
            cands += children(x, {"nsubj"})  # its troops": Israel is asked, not its troops
        cands += _xcomp_objects(hit, x)
    return cands


def _mandative(clause: Token) -> bool:
    """"demanded that all foreign fighters leave", "asked that Israel halt": a that-clause in the base form of its
    verb (or with "should") says what its subject is to do; so does "for X to" ("the EU's call for Russia to
    withdraw")."""
    marks = {m.lower_ for m in children(clause, {"mark"})}
    return "that" in marks and (clause.tag_ in {"VB", "VBP"} or any(
        a.lower_ == "should" for a in children(clause, {"aux"}))) or "for" in marks and any(
        a.lower_ == "to" for a in children(clause, {"aux"}))


def _xcomp_objects(hit: CueHit, x: Token) -> list[Token]:
    """Whom a cue's complement clause names: its object or prepositional objects ("urged Hamas to make peace with
    Israel"), or, for what is done with someone, whom its object is with ("seeking to finalize a deal with
    Mauritius")."""
    objs = children(x, {"dobj"})
    out = objs + [o for _, o in prep_objects(x, ("with", "against", "on", "to", "at", "between"))]
    return out + ([o for y in objs for _, o in prep_objects(y, ("with", "between"))] if hit.cue.plover in _WITH_TYPES
                  else [])  # "offered to host talks between Israel and Hamas": an offer made to each side


def _object_aims(ctx: Ctx, hit: CueHit) -> list[Token]:
    """Whom a verb's object names as aimed at: "filed a complaint against Pakistan at the U.N." (not the body it is
    filed at), "blamed the violence on Eritrea" (or "blamed it on Eritrea"), "imposed sanctions targeting Iranian
    officials"."""
    objs = children(hit.tok, {"dobj"})
    out = [o for x in objs if x.i in hit.parts for _, o in prep_objects(x, ("against",))] \
        if hit.cue.plover in {"ACCUSE", "CONCEDE"} else []  # ("withdrew its case against Iran at the ICJ")
    if hit.cue.words[0] == "blame":  # "an attack that New Delhi blamed on Islamabad": "on" names whom, not "that"
        on = [o for x in objs for _, o in prep_objects(x, ("on",))] + [o for _, o in prep_objects(hit.tok, ("on",))]
        out += on + ([] if any(_names_actor(ctx, o) for o in on) else _blamed_late(ctx, objs))
    if hit.cue.plover in {"SANCTION", "COERCE"}:  # (or on the verb, parsed so after a time: "imposed new sanctions
        out += [o for d in objs for x in children(d, {"acl"}) for o in _aimed_at(x)]  # on Friday targeting X")
        out += [o for x in objs if x.i in hit.parts for _, o in prep_objects(x, ("on", "against"))]  # "imposed
        # sanctions on Iran over its drone supplies to Russia": the measure's own "on", before the verb's "to"
        out += [o for x in children(hit.tok, {"advcl"}) if x.tag_ == "VBG" for o in _aimed_at(x)] if objs else []
    return out


def _blamed_late(ctx: Ctx, objs: list[Token]) -> list[Token]:
    """"blamed the breakdown in talks on demands from the army", "on" hung on "talks": the first "on" inside the
    object that names an actor (or "demands from X", X) names whom it is put on."""
    for on in (t for x in objs for t in x.subtree if t.lower_ == "on" and t.dep_ == "prep" and t.i > x.i):
        found = children(on, {"pobj"})
        found += [f for o in found for _, f in prep_objects(o, ("from", "by"))]
        if any(_names_actor(ctx, o) for o in found):
            return found
    return []


def _names_actor(ctx: Ctx, tok: Token) -> bool:
    return bool(ctx.res.refs_all(tok) or ctx.res._modifier_actors(tok, of=False))


def _shared_object(verb: Token) -> list[Token]:
    """"armed and trained the Houthis", "attacked and killed five soldiers": the object of the verb joined right
    after a verb with none of its own is the object of both."""
    if children(verb, {"dobj", "prep"}):
        return []
    return [o for c in children(verb, {"conj"}) if c.pos_ == "VERB" and c.i - verb.i <= 3 and not children(c, SUBJ)
            for o in children(c, {"dobj"})]


def _bare_infinitive(clause: Token) -> bool:
    """"helped Russia fight", "let them go": a clause of a bare infinitive with no auxiliary or marker."""
    return clause.tag_ == "VB" and not any(c.dep_ in {"aux", "mark"} for c in kids_of(clause))


#: verbs of a participle that says whom a measure is aimed at
_AIMING = frozenset({"target", "aim", "hit"})


def _aimed_at(x: Token) -> list[Token]:
    """What a participle on a measure aims it at ("sanctions targeting Russia's energy sector", "tariffs aimed at
    Chinese cars", "imposed export controls hitting Chinese chipmakers")."""
    return children(x, {"dobj"}) + [o for _, o in prep_objects(x, ("at",))] if x.lemma_ in _AIMING else []


def _clause_candidates(hit: CueHit) -> tuple[list[Token], list[Token]]:
    """What the clauses on a noun cue name: candidates ("talks held with X", not "mediators backed by X", who
    backs them), and objects the cue is aimed at ("a threat to impose tariffs on European spirits")."""
    cands: list[Token] = []
    direct: list[Token] = []
    for x in children(hit.tok, {"acl", "relcl"}):
        if hit.cue.plover == "ACCUSE" and any(c.dep_ == "mark" and c.lower_ == "that" for c in kids_of(x)):
            cands += children(x, SUBJ)  # "allegations that Russia deported children": Russia, not the children
            continue
        if hit.cue.plover == "REQUEST" and _mandative(x) and (asked := children(x, SUBJ)):
            direct, cands = direct + asked, cands + asked  # "Turkey's demand that Sweden crack down on Kurdish
            # militants": Sweden is asked, not the militants (also where the parser reads the clause as a relative
            # one: its "that" is then a mark, not the relative pronoun)
            continue
        cands += children(x, {"dobj"}) + [o for p, o in prep_objects(x) if not (p == "by" and x.tag_ == "VBN")]
        if hit.cue.plover == "THREATEN" and x.dep_ == "acl":
            direct += [o for y in (x, *children(x, {"dobj"})) for _, o in prep_objects(y, ("on", "against"))]
        if hit.cue.plover in {"SANCTION", "COERCE"} and x.dep_ == "acl":  # "tariffs imposed on Canadian lumber"
            direct += [o for h in (x, *_times(x)) for _, o in prep_objects(h, ("on", "against"))]
            direct += _aimed_at(x)
    return cands, direct


_TIME_NOUNS = {"day", "week", "month", "year"}  # nouns of a time the model does not always tag as a date


def _times(verb: Token) -> list[Token]:
    """The times a verb's prepositions name ("imposed earlier in the day against M23", "on Friday"): the parser may hang
    the preposition that follows them on them, not on the verb."""
    return [o for _, o in prep_objects(verb, ("in", "on", "at", "during")) if o.ent_type_ in {"DATE", "TIME"}
            or o.lemma_ in _TIME_NOUNS]


def _amount_of(tok: Token) -> Token | None:
    """The sum a noun is "in" when that sum is a verb's object ("announced $500 million in aid", "$1.5 billion in
    energy and humanitarian aid": for a noun joined by "and", the first one's)."""
    while tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i:
        tok = tok.head
    amount = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
    return amount if amount is not None and amount.dep_ in {"dobj", "nsubjpass"} and _amount(amount) else None


def _noun_candidates(ctx: Ctx, hit: CueHit) -> tuple[list[Token], list[Token]]:
    """Tokens that may name a noun cue's target ("talks with X", "an offer to X"), and its own objects."""
    tok = hit.tok
    preps = _target_preps(hit)
    direct = [o for p, o in prep_objects(tok, preps) if p not in {"by", "from", "of"} or _object_prep(ctx, hit, p, o)]
    if hit.cue.plover == "ASSAULT" and children(tok, {"poss", "amod", "compound"}):
        direct += [o for _, o in prep_objects(tok, ("in",))]  # "Russia's war in Ukraine": fought there, against it
    if hit.cue.plover in _HOSTILE_ACTS | {"ACCUSE"} and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lemma_ in _AIMED_NOUNS and tok.head.head.dep_ in {"attr", "oprd"}):
        direct += children(tok.head.head.head, SUBJ)  # "Haniyeh was the target of an Israeli strike": Haniyeh
    cands = direct + [o for _, o in prep_objects(tok, ("of",))] + _shared_of(tok)
    more, aimed = _clause_candidates(hit)
    direct, cands = direct + aimed, cands + more
    if hit.cue.plover in _OF_AIMS:  # "Trump's threat of tariffs on Mexico", "the delivery of howitzers to Armenia"
        aimed = [o for _, of in prep_objects(tok, ("of",)) for _, o in prep_objects(of, _OF_AIMS[hit.cue.plover])]
        direct, cands = direct + aimed, cands + aimed
    if hit.cue.plover == "ASSAULT" and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during"} and (
            tok.head.head.pos_ == "VERB"):  # "five soldiers were killed in an attack claimed by al-Shabab",
        cands += children(tok.head.head, SUBJ | PASS_SUBJ)  # "died in an ambush by Boko Haram": the soldiers
    if tok.dep_ == "nsubj" and hit.cue.plover in {"ASSAULT", "COERCE"}:  # "the offensive ... has succeeded, pushing
        cands += [o for x in children(tok.head, {"advcl"}) if x.tag_ == "VBG" for o in children(x, {"dobj"})]  # IS out"
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if (amount := _amount_of(tok)) is not None:
        tok, head = amount, amount.head  # "announced $500 million in military aid to Ukraine": the amount's verb
        if hit.cue.plover == "AID":  # "$300 million in aid for Ukraine", "for" hung on the amount or the verb
            cands += [o for x in (tok, head) for _, o in prep_objects(x, ("to", "for"))]
    if tok.dep_ in {"dobj", "attr", "pobj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
        cands = children(head, {"dative"}) + cands  # "gave the RSF an ultimatum to leave Khartoum": the RSF
        cands += [o for p, o in prep_objects(head, ("to", "with", "on", "in")) if p != "in" or not _met_there(ctx, hit, head)]
        if hit.cue.plover == "CONSULT" and "both" in hit.cue.flags and tok.dep_ == "pobj" and tok.head.lower_ in {
                "in", "during", "at"}:  # "told Biden in a phone call", "urged Putin during a meeting" (but "told
            cands += children(head, {"dobj"})  # Starmer during the visit": a visit is the visitor's, not the host's)
        if hit.cue.plover == "SANCTION":  # "retaliated with its own tariffs on $28 billion worth of U.S. exports"
            direct += [o for _, o in prep_objects(head, ("on", "against"))]
        if hit.cue.plover in _JUDGED_AT:  # "voiced alarm at X's expansion", "a protest over X's acts"
            told = [o for _, o in prep_objects(head, _JUDGED_AT[hit.cue.plover])]
            direct, cands = direct + told, cands + told
        for acomp in children(head, {"acomp", "oprd"}):
            cands += [o for p, o in prep_objects(acomp) if p in {"to", "with"}]
    return cands, direct


def _met_there(ctx: Ctx, hit: CueHit, verb: Token) -> bool:
    """Is ``verb`` itself a meeting that a noun cue of talks hangs on ("the two presidents met in Qatar for talks")? Its
    "in" names the venue, not a host (but "is in Cairo for talks", "arrived in Moscow for a visit": the host)."""
    held = ctx.cues.at(verb)
    return "both" in hit.cue.flags and held is not None and held.cue.plover == "CONSULT" and "both" in held.cue.flags


_OF_AIMS = {"THREATEN": ("on", "against"), "AID": ("to", "for")}  # whom what a noun is "of" is aimed at or goes to


def _shared_of(tok: Token) -> list[Token]:
    """"a quarantine or blockade of Venezuela": an "of" after the last of joined nouns, hung on the first, is each one's."""
    if tok.dep_ != "conj" or tok.head.pos_ != "NOUN" or any(prep_objects(tok, ("of",))):
        return []
    return [o for _, o in prep_objects(tok.head, ("of",)) if o.i > tok.i]


def _labelled(tok: Token) -> list[Token]:
    """"condemned what he called the regime's brutality", "denounced what she called Israel's aggression": what a
    verb is done to when its object is "what" someone calls something is the thing so called."""
    return [o for x in children(tok, {"ccomp"}) if x.lemma_ == "call" and any(
        w.dep_ == "dobj" and w.lower_ == "what" for w in kids_of(x)) for o in children(x, {"oprd"})]


def _called_with(hit: CueHit) -> list[Token]:
    """"spoke by phone with Aliyev", "talked via video link with Zelenskyy": whom a call is with, where the
    parser hangs "with" on the means."""
    if hit.cue.plover != "CONSULT":
        return []
    return [o for _, means in prep_objects(hit.tok, ("by", "over", "via")) for _, o in prep_objects(means, ("with",))]


def _object_prep(ctx: Ctx, hit: CueHit, prep: str, obj: Token) -> bool:
    """Does ``prep`` after a noun cue name its object even so: a request's ("the demands of the West"), the "of"
    of a noun of criticism ("its condemnation of the Israeli strike", as "condemned the Israeli strike"), or the thing
    a noun of rejection is "of" (:func:`_thing_rejected`)?"""
    return hit.cue.plover == "REQUEST" or prep == "of" and hit.cue.plover == "ACCUSE" and hit.cue.pos == "N" \
        and hit.cue.position == "opposes" or _thing_rejected(ctx, hit, prep, obj)


def _thing_rejected(ctx: Ctx, hit: CueHit, prep: str, obj: Token) -> bool:
    """Is ``obj`` the claim, demand, offer or deal a noun of rejection is "of" ("Kyiv's rejection of Trump's
    proposal", as "rejected Trump's proposal"; "China's denial of the U.S. allegations"), not who rejects ("over the
    objections of China")?"""
    said = ctx.lex.of("claim") | ctx.lex.of("plea") | ctx.lex.of("addressed-to") | ctx.lex.of("pact") | ctx.lex.of(
        "document")
    return prep == "of" and hit.cue.plover == "REJECT" and hit.cue.position == "opposes" and obj.pos_ == "NOUN" \
        and (obj.lower_ in said or obj.lemma_ in said)


def _relative_object(verb: Token) -> list[Token]:
    """"Hezbollah, which it holds responsible for the launches": a relative pronoun read as a second subject of the
    clause's verb is its object."""
    subjects = children(verb, SUBJ) if verb.dep_ == "relcl" else []
    return [s for s in subjects if s.tag_ in {"WDT", "WP"}] if len(subjects) > 1 else []


def _target_preps(hit: CueHit) -> tuple[str, ...]:
    """The prepositions whose objects a cue may be aimed at: "about"/"over" only for criticism, rejection and
    protest ("in protest over X's tax plans"); never "against" for what is done with someone ("fought alongside
    X against al-Shabab", "a joint operation against IS": the common enemy); nor "on" for joint action ("shared
    intelligence on Hamas with Israel", "cooperate on border security": what it is about); nor "toward" for aid
    ("sent 30 military aircraft toward Taiwan" is a show of force, not a delivery)."""
    preps = _TARGET_PREPS + (_CONCERN_PREPS if hit.cue.plover in {"ACCUSE", "REJECT", "PROTEST"} else ())
    dropped = {"against", *_about(hit), *_venue(hit), *(("toward", "towards") if hit.cue.plover == "AID" else ())}
    return tuple(p for p in preps if p not in dropped) if hit.cue.plover in _WITH_TYPES else preps


def _about(hit: CueHit) -> tuple[str, ...]:
    """The prepositions of what the cue's act is about (:data:`_ABOUT`), save the "on" of a call paid on a host
    ("paid a courtesy call on Hassan Sheikh")."""
    about = _ABOUT.get(hit.cue.plover, ())
    if hit.cue.plover == "CONSULT" and hit.cue.verbal and hit.tok.lemma_ in _SAYING:
        about += ("of", "about")  # "Blinken spoke of China as a rival": whom one talks of is not whom one talks with
    return tuple(p for p in about if p != "on") if "call" in hit.cue.words else about


def _venue(hit: CueHit) -> tuple[str, ...]:
    """"Initialed the peace treaty at the White House", "signed the deal at the Kremlin": what is agreed or signed
    "at" a place or a body is agreed there, not with it."""
    return ("at",) if hit.cue.plover == "AGREE" else ()


def _amount(tok: Token) -> bool:
    """Is ``tok`` an amount ("$500 million", "50 million euros", "a billion dollars")?"""
    return tok.like_num or any(c.like_num and c.dep_ in {"nummod", "compound", "quantmod"} for c in kids_of(tok))


def by_doers(ctx: Ctx, noun: Token, source: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Who a noun of an act names as its doer with "by": "by Hamas", or the state whose name or demonym modifies a
    doer no actor names ("the incursion by Belarusian helicopters", "harassment by Chinese vessels"; not "by
    pro-Russian separatists" or "by Iranian-backed militias", whose side the hyphen changes); "the violation of its
    airspace by Russian drones", the parser hanging "by" on what the act is done to."""
    agents = [o for x in (noun, *(o for _, o in prep_objects(noun, ("of",)))) for _, o in prep_objects(x, ("by",))]
    if found := _first_refs(ctx, agents, source):
        return found
    doc = noun.doc
    mods = [c for o in agents if o.pos_ == "NOUN" for c in kids_of(o) if c.dep_ in {"amod", "compound", "poss"}
            and not any(0 <= j < len(doc) and doc[j].text == "-" for j in (c.i - 1, c.i + 1))]
    return tuple(dict.fromkeys(r for c in mods for r in ctx.res.refs_all(c) if r not in source
                               and ctx.res.kind(r) == "state"))


def _first_refs(ctx: Ctx, cands: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    for cand in cands:
        refs = tuple(r for r in ctx.res.refs_all(cand) if r not in source)
        if refs:
            return refs
    return ()


def _goods_of_measure(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """"Trump threatened to impose tariffs on European wine", "urged Brussels to lift sanctions on Russian oil": a
    threat or a request of a measure on goods is aimed at whose goods they are."""
    if not hit.cue.verbal or hit.cue.plover not in {"THREATEN", "REQUEST", "REJECT"}:
        return ()
    measures = [x for x in children(hit.tok, {"xcomp"}) if (m := ctx.cues.at(x)) is not None and m.cue.plover in {
        "SANCTION", "CONCEDE"}]
    goods = [o for x in measures for h in [x, *children(x, {"dobj"})] for _, o in prep_objects(h, ("on", "against"))
             if o.pos_ in {"NOUN", "PROPN"}]  # ("on" hung on the verb or on its object)
    return tuple(r for o in goods for r in ctx.res._modifier_actors(o, of=False, pronouns=False) if r not in source)


def _first_joined(ctx: Ctx, cands: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`_first_refs`, with the owners of the nouns joined to the one that names them ("killed a Hamas commander
    and two Islamic Jihad militants": both; "strikes against Hamas and Hezbollah targets")."""
    for cand in cands:
        refs = tuple(r for r in ctx.res.refs_all(cand) if r not in source)
        if refs:
            return tuple(dict.fromkeys(refs + tuple(r for r in _joined_owners(ctx, cand) if r not in source)))
    return ()


SITE_PREPS = ("in", "across", "near", "around", "throughout", "outside")


def in_place(tok: Token, preps: tuple[str, ...] = SITE_PREPS) -> bool:
    """Does ``tok`` have a phrase that sets it in a named place ("sites in Syria", "power plants across Ukraine")?"""
    return any(o.ent_type_ in {"GPE", "LOC"} for _, o in prep_objects(tok, preps))


def struck_things(hit: CueHit) -> list[Token]:
    """What a verb of force is done to: its object ("captured Goma"), or told in the passive with its doer named,
    its subject ("Beirut was struck by Israeli warplanes", "Mogadishu was shelled by al-Shabab")."""
    tok = hit.tok
    if not hit.cue.verbal:
        return []
    objects = children(tok, {"dobj"})
    if objects or not passive(tok) or not any(c.dep_ == "agent" for c in kids_of(tok)):
        return objects
    return children(tok, {"nsubjpass"})


def a_place(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` a place that names no actor ("Gaza", "the Gaza Strip", "the town of Masisi"), or sites in a place
    ("several sites in Syria", "targets near Damascus": the country is where they are, not whom they are)?"""
    if ctx.res.refs_all(tok) or ctx.res._modifier_actors(tok, of=False, pronouns=False):
        return False
    if tok.ent_type_ in {"GPE", "LOC", "FAC"} or place_name(tok) in ctx.res.actors.cities:
        return True  # ("Russian forces pounded Kharkiv", a city the tagger does not know)
    return tok.pos_ == "NOUN" and (in_place(tok, (*SITE_PREPS, "of")) or (
        tok.lemma_ in ctx.lex.of("site") and any(o.pos_ == "PROPN" and not ctx.res.refs_all(o)
                                                 for _, o in prep_objects(tok, ("of",)))))  # ("the town of Wad
    # Madani", whatever the tagger takes the name for)


def forces_site(ctx: Ctx, tok: Token, armed: bool = False) -> bool:
    """Is ``tok`` a post or unit of forces named by a noun of forces ("a police post", "an army base"), or with
    ``armed`` also a site of an armed group ("rebel positions")?"""
    return bool({tok.lemma_, tok.lower_} & ctx.lex.of("forces-site")) and any(  # ("bases": lemma "basis")
        c.dep_ in {"compound", "amod"} and (ctx.lex.noun(c.lower_)[0] in {"forces", "organ"} or armed and c.lower_ in
                                            ctx.lex.of("armed-modifier")) for c in kids_of(tok))


def _group_site(ctx: Ctx, hit: CueHit, direct: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"Congolese warplanes bombed rebel positions", "struck militant hideouts": sites of fighters named by a word of an
    armed group ("rebel", "militant") and no name are the armed group named last, as "the rebels" are."""
    if hit.cue.plover != "ASSAULT":
        return ()
    for cand in direct:
        if forces_site(ctx, cand, armed=True) and not forces_site(ctx, cand):
            group = ctx.res._last_armed_group(cand.i)
            return (group,) if group and group not in source else ()
    return ()


def _forces_site(ctx: Ctx, hit: CueHit, direct: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"Militants attacked a police post", "ambushed a military convoy", "an attack on an army base in northern Burkina
    Faso": a post or unit of forces ("police", "army") that names no owner is the forces' of the state it, or the
    attack, is "in", else of the state the article is set in; that state's rulers are hit (not when they attack)."""
    if hit.cue.plover != "ASSAULT":
        return ()
    for cand in direct:
        if not forces_site(ctx, cand):
            continue
        where = located(ctx.res, cand) or located(ctx.res, hit.tok) or ctx.home
        ruler = ctx.res.ruler(where) if where else None
        if ruler and not {ruler, where} & own_side(ctx, source):
            return (ruler,)
    return ()


def _adjective_head(tok: Token) -> bool:
    """"detained a French national": a noun the parser tagged as an adjective, the head of its own phrase (an object
    with its article)."""
    return tok.pos_ == "ADJ" and tok.dep_ in {"dobj", "pobj", "nsubjpass"} and any(c.dep_ == "det" for c in kids_of(tok))


def _not_owner(ctx: Ctx, hit: CueHit, t: Token, cand: Token) -> bool:
    """Is a word inside the cue's object no owner of it: a border "with" a state (where, not whose: "air strikes on
    a rebel base near the border with India"), who is hit ("condemned the violence against demonstrators": not
    blamed), a doer by a participle, whom it is done to or for, a partner, a pursuer, a document's topic, a measure,
    the one whose foes they are ("air strikes on opponents of the Syrian government": not the government)?"""
    if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lemma_ in _BORDERS:
        return True
    foe = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else t.head if t.dep_ == "poss" else None
    if foe is not None and foe.lemma_ in ctx.lex.of("foe"):
        return True
    return hit.cue.plover == "ACCUSE" and _under_hit(t, cand) or _by_agent(ctx, t, cand) or _done_to(ctx, hit, t) \
        or _victim_of(ctx, hit, t) or _on_behalf(ctx, t, hit) or _partner(ctx, hit, t) or _pursuer(t) \
        or topic_of_document(ctx, t) or _measure_noun(ctx, t)


def _by_agent(ctx: Ctx, t: Token, cand: Token) -> bool:
    """Is ``t`` the doer of a participle inside the object ("kill hope for people in cities besieged by Russian
    bombardments")? Who does something told of the object is not whose the object is (but "a tanker owned by
    Greece" is Greece's)."""
    while t.i != cand.i and t.head.i != t.i:
        if t.lower_ == "by" and t.dep_ in {"agent", "prep"} and t.head.pos_ == "VERB" \
                and t.head.lemma_ not in ctx.lex.of("owned-by"):
            return True
        t = t.head
    return False


def _under_hit(t: Token, cand: Token) -> bool:
    """Is ``t`` in what the act ``cand`` hits ("condemned the violence against demonstrators", "the attack on U.N.
    peacekeepers in Lebanon", "the attack targeting Pakistan's envoy": neither the victims nor where they are is
    blamed, nor the object of a clause told of the act)?"""
    while t.i != cand.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in _HIT_PREPS or t.dep_ == "dobj" and t.head.dep_ in {"acl", "relcl"}:
            return True
        t = t.head
    return False


def _struck_place(ctx: Ctx, act: Token, tok: Token) -> bool:
    """Does ``tok`` own the place one attack was done in ("a suicide attack in Afghanistan's capital")?"""
    return act.lemma_ in ctx.lex.of("struck-place") and tok.dep_ == "poss" and tok.head.dep_ == "pobj" \
        and tok.head.head.lower_ in _WHERE_PREPS


def _owner_refs(ctx: Ctx, direct: list[Token], hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """The owner of the cue's object: "an American plan", "sanctions on Venezuela's oil sector"."""
    res = ctx.res
    for cand in direct:
        if cand.pos_ != "NOUN" and not _adjective_head(cand) or _judged_victim(ctx, hit, cand):
            continue
        if _kin_word(ctx, cand):
            continue  # "her husband was handed the sentence", "arrested the opposition leader's lawyer": not her, not him
        weapon = _weapon_used(ctx, hit, cand)  # "used Iranian drones": whose the weapons are is not whom they hit
        own = {a for s in source if (a := res.affiliation(s))}  # "offered the bloc's help": his own bloc's
        refs = () if weapon else tuple(r for r in res._modifier_actors(cand, of=False, pronouns=False)
                                       if r not in source and r not in own)
        if not refs and hit.cue.plover in _OWNER_TARGET:
            terms = _terms(ctx, cand)
            for t in (t for t in cand.subtree if not _in_clause(t, cand, _MADE if weapon else _RELATIVE)
                      and not (terms and _in_terms(t, cand))):
                if t.dep_ == "pobj" and t.head.lower_ in _WHERE_PREPS and not _tied_to(t) and (
                        t.head.lower_ in _WHITHER or hit.cue.plover != "ACCUSE" or cand.lemma_ in ctx.lex.of("plight")
                        or cand.lemma_ in ctx.lex.of("struck-place")) or _struck_place(ctx, cand, t):
                    continue  # "exports to the U.S.", "attacked villages in C.A.R.", "opposes any deployment of
                    # troops in Ukraine": where, not whose (but "concern over the violence in Israel" blames it; "the
                    # humanitarian situation in Sudan", "a suicide attack in Afghanistan" do not)
                if _not_owner(ctx, hit, t, cand):
                    continue
                owners = (res.refs_all(t) if t.dep_ == "pobj" else res.refs(t)) or (  # "imports from Mexico and Canada"
                    res._modifier_actors(t, of=False, pronouns=False) if t.dep_ == "pobj" else ())
                if t.dep_ == "poss" and t.head.lower_ in ctx.lex.of("party-noun") and t.head.i != cand.i \
                        and all(res.kind(r) == "person" for r in owners):
                    continue  # "members of her party were tortured": her party's members, not her
                if (t.dep_ in {"poss", "pobj"} or _hosted(t)) and t.i != cand.i and (  # "on $28 billion worth of U.S. goods"
                        rr := tuple(r for r in owners if r not in source and r not in _CAPTIVES)):
                    refs = rr
                    break
        if refs:
            return tuple(dict.fromkeys(refs + tuple(r for r in _joined_owners(ctx, cand, False) if r not in source and r not in own)
                                       if hit.cue.plover in _HOSTILE_JOINED else refs))  # "RSF positions and Wagner bases"
    return ()


_SESSIONS = {"session", "sitting"}  # sittings of a body that are no talks of their own ("a session of parliament")


def _meeting_called(ctx: Ctx, hit: CueHit, direct: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"Russia called for an emergency meeting of the U.N. Security Council", "a call by the Arab League for an
    emergency session of the Security Council": asking for a meeting of a body is asked of that body."""
    if hit.cue.plover != "REQUEST":
        return ()
    meetings = [c for c in direct if c.lemma_ in _SESSIONS or (m := ctx.cues.at(c)) is not None and m.cue.plover == "CONSULT"
                and not m.cue.verbal]
    return tuple(dict.fromkeys(r for m in meetings for _, o in prep_objects(m, ("of",)) for r in ctx.res.refs_all(o)
                               if r not in source and ctx.res.kind(r) == "organization"))


def _written_to(ctx: Ctx, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """"wrote to the Security Council asking for an urgent meeting", "sent a letter to the AU calling for a probe",
    "in a letter to the U.N. chief, Ethiopia asked for an inquiry": a request made in writing is asked of whom the
    letter goes to."""
    if hit.cue.plover != "REQUEST" or not hit.cue.verbal:
        return ()
    tok, papers = hit.tok, ctx.lex.of("document")
    hosts = [tok.head] if tok.dep_ == "advcl" and tok.tag_ == "VBG" else []
    hosts = [h for h in hosts if h.lemma_ == "write" or any(o.lemma_ in papers for o in children(h, {"dobj"}))]
    hosts += [d for h in hosts for d in children(h, {"dobj"}) if d.lemma_ in papers]  # ("sent a letter to X")
    hosts += [o for _, o in prep_objects(tok, ("in",)) if o.lemma_ in papers]
    return tuple(dict.fromkeys(r for h in hosts for _, o in prep_objects(h, ("to",)) for r in ctx.res.refs_all(o)
                               if r not in source))


_HOSTING = {"host", "house", "shelter"}  # verbs of a place where an actor stays ("bases hosting US forces")


def _hosted(tok: Token) -> bool:
    """Is ``tok`` whom a place the act hits hosts ("a missile attack on two bases hosting US forces", "shelled a camp
    housing Hamas fighters")? Those it hosts are hit, as its owner would be."""
    return tok.dep_ == "dobj" and tok.head.dep_ == "acl" and tok.head.tag_ == "VBG" and tok.head.lemma_ in _HOSTING


def _terms(ctx: Ctx, noun: Token) -> bool:
    """Is ``noun`` a text of terms ("a resolution calling on Israel to halt its offensive", "a plan requiring Hamas
    to free the hostages")? Whom its clause names is what it says, not whose it is."""
    return issue_kind(noun.lower_) in {"proposal", "agreement"} or noun.lemma_ in ctx.lex.of("document")


def _in_terms(tok: Token, text: Token) -> bool:
    """Is ``tok`` in a clause of what the text of terms says, not in its agent ("a proposal put forward by the
    United States": the United States)?"""
    while tok.i != text.i and tok.head.i != tok.i:
        if tok.dep_ == "agent":
            return False
        if tok.dep_ in _MADE:
            return True
        tok = tok.head
    return False


def _pursuer(tok: Token) -> bool:
    """Is ``tok`` who wants or seeks the people the object names ("extradited 12 gang members wanted by the United
    States"): their pursuer, not their owner?"""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_ in _PURSUE


def _joined_owners(ctx: Ctx, noun: Token, itself: bool = True) -> tuple[str, ...]:
    """"a Hamas commander and two Islamic Jihad militants", "Iranian officials and Hezbollah members", "RSF positions
    and Wagner bases": a noun joined to the object that names no actor itself stands for the actor modifying it."""
    out: list[str] = []
    for c in ((noun,) if itself else ()) + conjuncts_of(noun):  # (but "used Iranian drones against Ukrainian cities")
        if c.pos_ == "NOUN" and not ctx.res.refs(c) and c.lemma_ not in ctx.lex.of("arms"):
            out += [r for r in ctx.res._modifier_actors(c, of=False, pronouns=False) if r not in out]
    return tuple(out)


def _weapon_used(ctx: Ctx, hit: CueHit, cand: Token) -> bool:
    """"use attack helicopters supplied by Western partners", "used drones bought from Turkey": the weapons a
    force uses are the cue's own word; whose they were, or who made them, is not whom they are used on (but
    "used drones against Ukrainian cities" is)."""
    return hit.cue.plover == "ASSAULT" and cand.i in hit.parts and cand.i != hit.tok.i and cand.lemma_ in ctx.lex.of("arms")


def _tied_to(tok: Token) -> bool:
    """"ships linked to Israel", "vessels belonging to Iran": whose they are, not where they go."""
    verb = tok.head.head
    return tok.head.lower_ == "to" and verb.dep_ == "acl" and verb.lemma_ in {"link", "tie", "belong"}


_RELATIVE = frozenset({"relcl"})
_MADE = frozenset({"relcl", "acl"})  # and a participle's: "drones bought from Turkey"


def _in_clause(tok: Token, top: Token, deps: frozenset[str] = _RELATIVE) -> bool:
    """Is ``tok`` inside a clause below ``top`` ("interviews with a veteran who criticized the president":
    the president; with ``deps`` also "acl", "drones bought from Turkey": Turkey)?"""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in deps:
            return True
        tok = tok.head
    return False


def _judged_victim(ctx: Ctx, hit: CueHit, noun: Token) -> bool:
    """"condemned Mhlanga's arrest", "called for Zamora's release": the owner of an act done to someone
    is not whom a judgement or a demand about the act is aimed at."""
    act = ctx.cues.at(noun)
    if hit.cue.plover == "REQUEST" and noun.lemma_ in ctx.lex.of("ouster"):
        return False  # "demanded Bashir's ouster": a demand aimed at him
    abuse = noun.lower_ in ctx.lex.of("abuse") and (any(prep_objects(noun, ("of",))) or not any(
        ctx.res.kind(r) in {"state", "organization"} for r in ctx.res._modifier_actors(noun, of=False)))
    # ("condemned Israel's genocide in Gaza", "the Chinese repression in Tibet": theirs; "Navalny's persecution": his)
    return (act is not None and "patient" in act.cue.flags or abuse) \
        and hit.cue.plover in {"ACCUSE", "SUPPORT", "REJECT", "REQUEST"} \
        and not of_thing(ctx, noun) and not (children(noun, {"poss"}) and any(prep_objects(noun, ("of",))))  # ("condemned
    # Russia's annexation of Crimea", "Iran's execution of two protesters": the owner did it to what it is "of")


def of_thing(ctx: Ctx, tok: Token) -> bool:
    """Is a noun done "of" a place or thing that names no actor ("Russia's annexation of Crimea", "of land")? Then
    its owner is whoever does it, not whom it is done to."""
    return any(o.pos_ in {"NOUN", "PROPN"} and not ctx.res.refs_all(o) for _, o in prep_objects(tok, ("of",)))


def _victim_of(ctx: Ctx, hit: CueHit, tok: Token) -> bool:
    """"condemned the arrest of the journalist", "called for the release of the hostages": whom the act
    judged or asked for is done to is not whom the judgement or demand is aimed at."""
    act = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return act is not None and (act.head.i == hit.tok.i or act.i in {n.i for n in _joined_objects(hit)}) and _judged_victim(ctx, hit, act)


def _where_sent(ctx: Ctx, hit: CueHit, tok: Token) -> bool:
    """"sent a warship to Guyana", "deployed troops to Mozambique's Cabo Delgado province", "the deployment of Kenyan
    police to Haiti", "deployed hundreds of fighters": forces are moved to a place, not against it (a border is
    :func:`_border_of`'s; "toward Taiwan" is aimed at it), and the forces moved are no counterpart; a body's force
    or mission they are given to ("contribute soldiers to the African Union force") is."""
    if hit.cue.plover != "MOBILIZE" or tok.dep_ != "pobj" or tok.head.lower_ not in _SENT_AT:
        return False
    if tok.head.lower_ != "to" or not (tok.lemma_ == "force" or tok.lemma_ in ctx.lex.of("mission")):
        return True  # ("sent reinforcements to El Fasher", a town the tagger named as a body: a place)
    refs = ctx.res.refs_all(tok) or tuple(ctx.res._modifier_actors(tok, of=False, pronouns=False))
    return not (refs and all(ctx.res.kind(r) == "organization" for r in refs))


def _fought(ctx: Ctx, hit: CueHit, tok: Token) -> bool:
    """"sent police to Haiti to help fight the gangs", "troops to help the government battle al-Shabab": whom a
    hostile act inside what is done with or for someone is aimed at is the common enemy, not the partner."""
    if hit.cue.plover not in _WITH_TYPES or tok.dep_ not in {"dobj", "appos"}:
        return False
    if tok.head.i == hit.tok.i:  # "help the Somali army battle the militants", the verb read as the object (not
        return ctx.cues.at(tok) is None and tok.i not in ctx.res.spans and _hostile_act(ctx, tok)  # "joined Congolese forces")
    return _hostile_act(ctx, tok.head)


def _hostile_act(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` a hostile act, or a verb of one that the tagger read as a noun ("help the Somali army battle the
    militants")?"""
    act = ctx.cues.at(tok)
    if act is not None:
        return act.cue.plover in _HOSTILE
    return tok.pos_ in {"NOUN", "PROPN"} and any(len(c.words) == 1 and c.plover in _HOSTILE
                                                for c in ctx.lex.candidates(tok.lemma_, "V"))


def _done_to(ctx: Ctx, hit: CueHit, tok: Token) -> bool:
    """"condemned the invasion of Ukraine", "criticized the delivery of F-16 jets to Ukraine", "condemned the
    threats to Taiwan": whom a condemned or rejected act is done to, or what it goes to, is not whom the
    condemnation or rejection is aimed at (its doer is)."""
    if hit.cue.plover not in {"ACCUSE", "REJECT"} or tok.dep_ != "pobj" or not hit.cue.verbal:
        return False
    prep, act = tok.head, tok.head.head
    if act.i == hit.tok.i and hit.cue.plover == "ACCUSE" and prep.lower_ in _WHITHER:  # (the parser hung "to
        return any(o.dep_ == "dobj" for o in kids_of(act))  # Ukraine" on "criticized", not on "the delivery")
    if act.dep_ != "dobj" or act.head.i != hit.tok.i or act.i in hit.parts:
        return False
    if prep.lower_ in _WHITHER or prep.lower_ == "of" and children(act, {"poss"}):
        return True  # ("criticized Israel's treatment of Palestinian prisoners": the owner does it, to them)
    done = ctx.cues.at(act) if prep.lower_ == "of" else None
    return done is not None and done.cue.plover in _HOSTILE_ACTS


def _visited(ctx: Ctx, hit: CueHit, cands: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """A place visited stands for its state, or for that state's official named in the sentence."""
    if hit.cue.plover != "CONSULT":
        return ()
    for cand in cands:
        if cand.dep_ == "pobj" and cand.head.lower_ in _WHERE_PREPS - _WHITHER and not (
                {hit.tok.lemma_, cand.head.head.lemma_} & ctx.lex.of("visit") or _there_for(hit.tok, cand)):
            continue  # "a meeting in Doha": where the meeting is, not whom it is with (but "arrived in Moscow")
        refs = tuple(_finest(ctx, r, ctx.res.words.sent(hit.tok), source) for r in _place_refs(ctx, cand) if r not in source)
        if refs:
            return refs
    return ()


def _there_for(tok: Token, place: Token) -> bool:
    """"Blinken is in Cairo for talks on the truce", "was in Beijing for meetings": someone who is in a place for
    talks has come there for them, a visit (not "talks in Cairo", where they are held)."""
    be = place.head.head
    return be.lemma_ == "be" and place.head.lower_ == "in" and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
        and tok.head.head.i == be.i


def _aid_to_capital(ctx: Ctx, hit: CueHit, cands: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"sent $300 million in weapons to Kyiv", "aid for Kyiv": aid sent to a capital goes to its government."""
    if hit.cue.plover != "AID":
        return ()
    for cand in cands:
        if cand.dep_ == "pobj" and cand.head.lower_ in {"to", "for"} and cand.text in ctx.res.actors.capitals:
            if (state := ctx.res.actors.capitals[cand.text]) not in source:
                return (state,)
    return ()


def _finest(ctx: Ctx, actor_id: str, sent: Span, exclude: tuple[str, ...]) -> str:
    """A person of ``actor_id`` named in the sentence, standing for it ("a visit to Cairo" -> its minister)."""
    res = ctx.res
    for _, _, other, _ in sorted(set(res.spans[i] for i in range(sent.start, sent.end) if i in res.spans)):
        if other not in exclude and res.kind(other) == "person" and res.affiliation(other) == actor_id:
            return other
    return actor_id


def _place_refs(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """A place named as where a visit goes: its state ("a visit to Cairo" -> Egypt)."""
    span = ctx.res.spans.get(tok.i)
    if span:
        return (span[2],)
    actors = ctx.res.actors
    for table in (actors.capitals, actors.names):
        if tok.text in table:
            return (table[tok.text],)
    return ()


def freed(ctx: Ctx, verb: Token) -> bool:
    """"urged that Mhlanga be released", "demanded that the journalist be freed": whom a release told in the passive
    frees is held by another, who is asked; not he."""
    hit = ctx.cues.at(verb)
    return hit is not None and "custodial" in hit.cue.flags and hit.cue.plover == "CONCEDE" and passive(verb)


def _content_targets(ctx: Ctx, tok: Token, hit: CueHit, source: tuple[str, ...]) -> tuple[str, ...]:
    """An actor in what is demanded, warned or pledged ("demanded that Israel respect the ceasefire",
    "warned that if Hezbollah broke the terms ...")."""
    plover = hit.cue.plover
    if plover in {"REQUEST", "ACCUSE"}:
        for content in children(tok, {"ccomp"}):  # who is said to suffer an act is not accused of it
            undergoers = children(content, PASS_SUBJ) if plover == "REQUEST" and not freed(ctx, content) else []
            refs = tuple(r for x in [content, *undergoers]
                         for r in (subject(ctx, x) if x is content else ctx.res.refs_all(x)) if r not in source)
            if refs:
                return refs
    if plover == "REQUEST":  # "called for the Taliban to lift the ban", "stressed the need for Israel to protect"
        for content in children(tok, {"advcl"}) + [c for o in children(tok, {"dobj"}) for c in children(o, {"advcl", "acl"})]:
            if any(m.lower_ == "for" for m in children(content, {"mark"})):
                refs = tuple(r for s in children(content, SUBJ) for r in ctx.res.refs_all(s) if r not in source)
                if refs:
                    return refs
    if plover == "REQUEST" and "between" in ctx.res.words.lower:  # "urged an end to the tariff fight between the
        for t in tok.subtree:  # U.S. and Europe" (a text with no "between" has no such fight to walk to)
            if t.lower_ == "between" and t.dep_ == "prep" and t.head.pos_ == "NOUN":
                refs = tuple(r for o in children(t, {"pobj"}) for r in ctx.res.refs_all(o) if r not in source)
                if len(refs) >= 2:
                    return refs
    if plover not in {"THREATEN", "ACCUSE"} and "pledge" not in hit.cue.flags:
        return ()
    for content in children(tok, {"ccomp", "acl", "relcl", "xcomp"}):
        if plover == "ACCUSE" and content.dep_ == "ccomp" and children(content, SUBJ | PASS_SUBJ):
            continue  # "alleged that police tortured detainees": the accused is the subject, not whom it was done to
        for t in content.subtree:
            if t.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in kids_of(t)):
                refs = tuple(r for r in subject(ctx, t) if r not in source)
                if refs:
                    return refs
        for t in content.subtree:
            if t.dep_ in {"dobj", "pobj"} and not topic_of_document(ctx, t) and not _measure_noun(ctx, t):
                refs = tuple(r for r in ctx.res.refs_all(t) if r not in source)
                if refs:
                    return refs
    return ()


def _measure_noun(ctx: Ctx, noun: Token) -> bool:
    """"threatened to trigger the reimposition of U.N. sanctions": the actor that modifies a noun of sanctions
    imposes them; whom they would hit comes with "on" or "against", or with the condition."""
    hit = ctx.cues.at(noun)
    return hit is not None and hit.tok.i == noun.i and hit.cue.pos == "N" and hit.cue.plover == "SANCTION"
