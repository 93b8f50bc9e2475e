"""Coding rules that find who does it: subjects, agents, owners of nominal cues, speakers, and the
authority behind an act told without its doer."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import args, clause
from kg.extract.context import Ctx
from kg.extract.cues import CueHit
from kg.extract.draft import Draft, Stop, replace
from kg.extract.organs import tribunal_seats
from kg.extract.parties import MEDIATED
from kg.extract.wordindex import dependents, kids_of, subject_verb
from kg.model import Relation

__all__ = ["patient_noun", "held", "noun_owner", "named_as", "verb_subject", "reported_speech",
           "speaker_for_own_side", "speaker_as_source", "expelled_from", "people_expelled", "agentless_authority",
           "described_operation", "participle_misread",
           "legal_authority", "sanctioned_before",
           "reported_own_strike", "toll_of_attack", "forces_sent", "pair_met_before", "needs_source", "alleged", "instrument_owner", "fought_before",
           "state_of", "to_blame", "hyphened_doer", "body_meeting", "protesters_shot", "issued_document", "fought_in",
           "mediators_named_before"]


def patient_noun(ctx: Ctx, d: Draft) -> Draft | None:
    """"Mhlanga's arrest", "the release of the hostages": whom a noun is done to is its target; its doer
    is named only with "by" ("the arrest of X by the police")."""
    if d.hit.cue.pos != "N" or "patient" not in d.flags:
        return None
    tok = d.hit.tok
    targets = tuple(ctx.res._modifier_actors(tok))
    agents = [o for _, o in args.prep_objects(tok, ("by",))] + [  # ("the arrest of the opposition leader by
        a for _, o in args.prep_objects(tok, ("of",)) for _, a in args.prep_objects(o, ("by",))]  # police": on him)
    source = next((refs for o in agents if (refs := ctx.res.refs_all(o))
                   and all(ctx.res.kind(r) in {"state", "organization"} or o.head.head.i == tok.i for r in refs)), ())
    done_to = tuple(r for _, o in args.prep_objects(tok, ("of",)) for r in ctx.res.refs_all(o))
    if not source and done_to and ("custodial" in d.flags or d.plover in {"COERCE", "SANCTION"}):  # "Turkey's detention
        # of Imamoglu", "Serbia's expulsion of the Croatian envoy": the owner holds or punishes whom it is "of" (custodial
        # acts and measures only: read for killings too, it cost precision on an evaluation half)
        source = tuple(r for c in args.children(tok, {"poss"}) for r in _owner_refs(ctx, c) if r not in done_to)
        targets = done_to if source else targets
    elif not source and not done_to and args.of_thing(ctx, tok):  # "Russia's annexation of Crimea": its owner did it
        source = tuple(r for c in args.children(tok, {"poss"}) for r in ctx.res.refs_all(c))
        targets = () if source else targets
    if not source and tok.dep_ == "dobj" and tok.head.lemma_ in ctx.lex.of("decree") | ctx.lex.of("dealing"):
        source = tuple(r for r in args.subject(ctx, tok.head) if r not in targets)  # "ECOWAS announced the suspension
        # of trade with Niger"; "the group claimed the abduction of 20 villagers": the claimer did it
        targets = targets or tuple(r for _, x in args.prep_objects(tok, ("of",)) for _, o in args.prep_objects(
            x, ("with", "between")) for r in ctx.res.refs_all(o) if r not in source)  # (whom the trade is with)
    return replace(d, source=source, targets=targets, source_given=bool(source)) if source or targets else None


def _owner_refs(ctx: Ctx, owner: Token) -> tuple[str, ...]:
    """The actors a possessor names: itself, or, for a noun that names none ("Ethiopian military forces' arrests of
    journalists"), the state or organisation in its modifiers."""
    return ctx.res.refs_all(owner) or tuple(r for r in ctx.res._modifier_actors(owner, of=False)
                                            if ctx.res.kind(r) in {"state", "organization"})


def held(ctx: Ctx, d: Draft) -> Draft | None:
    """"all eight remain in Thai custody", "had been in pretrial detention since September", "remain under
    international sanctions": who is held is the target; the holder is named with the noun ("Thai", "of
    the immigration bureau", "U.S. sanctions") or is the authority."""
    tok = d.hit.tok
    under = tok.dep_ == "pobj" and tok.head.lower_ == "under"  # "remain under international sanctions"
    if d.hit.cue.pos != "N" or not ("held" in d.flags or under or (
            "patient" in d.flags and tok.dep_ == "pobj" and tok.head.lower_ == "in")):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if (other := ctx.cues.at(verb)) is not None and other.cue.plover in {"REJECT", "ACCUSE"}:
        return None  # "the church denied its involvement in the remand of two pastors in the custody of the prison
        # service", the custody hung on "denied": its subject is held by no one
    held_ones = args.subject(ctx, verb) if verb.pos_ in {"VERB", "AUX"} else ()
    if not held_ones and verb.pos_ == "VERB" and args.passive(verb):  # "has been held in Silivri prison"
        held_ones = tuple(r for x in args.children(verb, {"nsubjpass"}) for r in ctx.res.refs_all(x))
    holder = tuple(r for r in ctx.res._modifier_actors(tok) if r not in held_ones)
    return replace(d, source=holder, targets=held_ones or d.targets) if held_ones or holder else None


def noun_owner(ctx: Ctx, d: Draft) -> Draft | None:
    """"Israel's proposal", "a visit by Blinken", "Egypt made an offer": who a nominal cue belongs to ("with the
    backing of the United States, Israel ...": the backer, and the one backed)."""
    if d.hit.cue.pos != "N" or {"patient", "held"} & d.flags or d.source:
        return None
    tok = d.hit.tok
    asked = d.plover == "REQUEST" and tok.dep_ == "pobj" and tok.head.lower_ in {"at", "on", "upon"}  # "the Council
    # met at the request of the United States": the requester asks the one who acts on it
    if (d.plover in {"SUPPORT", "AID"} or asked) and (given := args.backers(ctx, tok)):  # "with the support of X"
        return replace(d, source=given[0], source_given=True, targets=given[1], conf=0.7)
    if tok.lemma_ in ctx.lex.of("doer") and tok.dep_ == "attr" and (doer := args.subject(ctx, tok.head)):
        owners = tuple(r for c in args.children(tok, {"poss"}) for r in ctx.res.refs_all(c) if r not in doer)
        return replace(d, source=doer, source_given=True, targets=owners, conf=0.7)  # "the U.S. is Israel's
        # largest supplier of weapons": the U.S. supplies Israel
    if foe := _foes_owner(ctx, d):  # "sanctions over the crackdown against opponents of President Lukashenko": his
        return replace(d, source=foe, source_given=True, conf=0.7)
    source = args.noun_source(ctx, tok) or _arms_maker(ctx, d)
    if guests := _hosted_visit(ctx, d):  # "Vietnam hosted Putin for a state visit": Putin visits Vietnam
        return replace(d, source=guests[0], source_given=True, targets=guests[1], conf=0.7)
    if places := _place_visited(ctx, d, source):  # "Modi's Washington visit": Modi visits the United States
        return replace(d, source=tuple(s for s in source if s not in places), source_given=True, targets=places, conf=0.7)
    return replace(d, source=source, source_given=bool(source), conf=0.7) if source else None


_HOSTING = {"host", "welcome", "receive"}  # verbs whose object is a guest


def _foes_owner(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """"The crackdown against opponents of President Lukashenko", "a purge of Ortega's critics": a blow or penalty
    told with no doer (no owner, no adjective naming one), aimed at the foes of an actor, is that actor's (not the
    clause subject's, which may only punish it: "the EU imposed sanctions over links to the crackdown against
    opponents of Lukashenko")."""
    tok = d.hit.tok
    if d.plover not in {"COERCE", "ASSAULT"} or args.children(tok, {"poss"}) or ctx.res._modifier_actors(tok, of=False):
        return ()  # ("Saudi airstrikes against opponents of the Yemeni government": Saudi Arabia's)
    foes = [o for _, o in args.prep_objects(tok, ("against", "on", "of")) if o.lemma_ in ctx.lex.of("foe")]
    return tuple(dict.fromkeys(r for f in foes for c in (*args.children(f, {"poss"}), *(
        o for _, o in args.prep_objects(f, ("of",)))) for r in ctx.res.refs(c)))


def _hosted_visit(ctx: Ctx, d: Draft) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The guests and the host of a visit that a hosting verb's clause names it "for" or "on" ("Vietnam hosted Putin
    for a two-day state visit", "Xi welcomed Lula on a state visit"): the guest pays it to the host."""
    tok = d.hit.tok
    if d.plover != "CONSULT" or tok.lemma_ not in ctx.lex.of("visit") or tok.dep_ != "pobj" or tok.head.lower_ not in {
            "for", "on"} or tok.head.head.lemma_ not in _HOSTING:
        return None
    verb = tok.head.head
    guests = tuple(r for o in args.children(verb, {"dobj"}) for r in ctx.res.refs_all(o))
    host = tuple(r for r in args.subject(ctx, verb) if r not in guests)
    return (guests, host) if guests and host else None


def _place_visited(ctx: Ctx, d: Draft, source: tuple[str, ...]) -> tuple[str, ...]:
    """The places a visit noun names as its modifier ("Modi's Washington visit", "during his Moscow trip"), when
    someone else owns the visit: where it goes, not a second visitor."""
    tok = d.hit.tok
    if d.plover != "CONSULT" or tok.lemma_ not in ctx.lex.of("visit"):
        return ()
    places = tuple(r for c in args.children(tok, {"compound"}) if c.ent_type_ == "GPE" for r in ctx.res.refs(c)
                   if ctx.res.kind(r) == "state")
    return places if places and any(s not in places for s in source) else ()


def _arms_maker(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """"The delivery of French howitzers to Armenia", "the transfer of Western tanks": arms a noun of giving is "of"
    are given by the state or bloc that modifies them."""
    if d.plover != "AID" or d.hit.tok.dep_ == "ROOT":
        return ()  # (a noun read as the root: the parse lost the verb, "the delivery ... to Armenia angered Baku")
    arms = [d.hit.tok.doc[i] for i in d.hit.parts if d.hit.tok.doc[i].lemma_ in ctx.lex.of("arms")]
    return tuple(dict.fromkeys(r for a in arms if a.dep_ == "pobj" and a.head.lower_ == "of"
                               for r in ctx.res._modifier_actors(a, of=False, pronouns=False)))


def named_as(ctx: Ctx, d: Draft) -> Draft | None:
    """"what he called Israel's aggression": whoever names it so accuses its owner (not "what it called baseless
    Indian allegations": a claim named so is its maker's accusation, which the namer denies)."""
    if d.hit.cue.pos != "N" or d.plover not in {"ACCUSE", "ASSAULT"} or d.hit.tok.lower_ in ctx.lex.of("claim"):
        return None
    who = clause.namer(ctx, d.hit.tok)
    if not who:
        return None
    return replace(d, plover="ACCUSE", targets=d.source, source=who, source_given=True, conf=0.6,
                   done=True)


def verb_subject(ctx: Ctx, d: Draft) -> Draft | None:
    """"Blinken urged Hamas", "the deal was signed by Russia", "urged Hamas to accept" (Hamas accepts)."""
    if not d.hit.cue.verbal:
        return None
    if not d.targets and (done_to := args.patients(ctx, d.hit.tok)):  # "after being freed": who was freed
        source = args.subject(ctx, d.hit.tok)
        return replace(d, targets=done_to, source=source, source_given=bool(source))
    source = args.subject(ctx, d.hit.tok)
    source = tuple(dict.fromkeys(source + args.co_subjects(ctx, d.hit.tok))) if source else source
    return replace(d, source=source, source_given=bool(source)) if source else None


def issued_document(ctx: Ctx, d: Draft) -> Draft | None:
    """"In a statement condemning the attack, Egypt said", "Egypt issued a statement criticizing Israel", "a
    statement from the Kremlin accusing Kyiv": what a statement does is the act of whoever issued it."""
    tok = d.hit.tok
    if d.source or tok.dep_ != "acl" or tok.head.lemma_ not in ctx.lex.of("document"):
        return None
    paper, who = tok.head, tuple(ctx.res._modifier_actors(tok.head, of=False))
    who = who or tuple(r for _, o in args.prep_objects(paper, ("from", "by")) for r in ctx.res.refs_all(o)) or \
        args.put_out_by(ctx, paper)  # "a statement issued by the G7 called on Iran", "called" read as a participle
    verb = paper.head if paper.dep_ == "dobj" else paper.head.head if paper.dep_ == "pobj" else None
    if not who and verb is not None and verb.pos_ in {"VERB", "AUX"} and not _reacts(ctx, verb):
        who = args.subject(ctx, verb)  # "issued a statement", "in a statement, X said"

    return replace(d, source=who, source_given=True) if who else None


_REACTIONS = frozenset({"SUPPORT", "REJECT", "ACCUSE", "THREATEN"})


def _reacts(ctx: Ctx, verb: Token) -> bool:
    """"welcomed the resolution demanding ...", "vetoed a resolution condemning ...": whoever answers a text
    with praise, refusal or blame did not issue it."""
    hit = ctx.cues.at(verb)
    return hit is not None and hit.cue.plover in _REACTIONS


def to_blame(ctx: Ctx, d: Draft) -> Draft | None:
    """"The Pentagon said the Houthis were to blame for the strike": whoever says someone "is to blame" blames
    them (not the one to blame blaming anyone)."""
    tok = d.hit.tok
    if tok.dep_ != "xcomp" or tok.head.lemma_ != "be" or tok.lemma_ != "blame" or d.plover != "ACCUSE" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok)):
        return None
    blamed, speaker = args.subject(ctx, tok.head), clause.speaker(ctx, tok)[1]
    if not blamed or not speaker or set(blamed) & set(speaker):
        return Stop("no one says who is to blame")
    mode = "asserted" if d.mode == "future" else d.mode  # ("is to blame" tells of no future)
    return replace(d, source=speaker, source_given=True, targets=blamed, mode=mode)


def instrument_owner(ctx: Ctx, d: Draft) -> Draft | None:
    """"Deif was killed in an Israeli airstrike", "three Palestinians were killed by Israeli fire", "a militant was killed
    in an operation carried out by Israeli troops": a blow told in the passive is dealt by whoever owns the strike, the
    fire or the operation it was dealt in."""
    tok = d.hit.tok
    if d.source or not d.hit.cue.verbal or d.plover not in {"ASSAULT", "COERCE"} or not args.passive(tok):
        return None
    done_to = d.targets + tuple(r for x in args.children(tok, args.PASS_SUBJ) for r in ctx.res.refs_all(x))
    for prep, noun in args.prep_objects(tok, ("by", "in", "with")):
        blow = ctx.cues.at(noun)
        operation = prep == "in" and noun.lemma_ == "operation"  # "killed in an operation carried out by Israeli troops"
        if prep != "by" and not operation and (blow is None or blow.cue.plover not in {"ASSAULT", d.plover}):
            continue  # "killed in Jenin": a place, not a blow ("ousted in a coup led by Sisi": a measure of its kind)
        owners = tuple(a for a in ctx.res._modifier_actors(noun, of=False) or (args.blow_doer(ctx, noun) if blow or operation
                                                                                else ())
                       if a not in done_to)  # "killed in an attack claimed by Islamic State"; "killed by their Hamas
        # captors": not the ones killed
        if owners:
            return replace(d, source=owners, source_given=True, conf=0.7)
    return None


def hyphened_doer(ctx: Ctx, d: Draft) -> Draft | None:
    """"a Norwegian-brokered deal", "the Qatari-mediated talks": a mediating participle joined by a hyphen to the
    name before it is done by whoever that name is (only mediation: "Iran-backed militias" names a group, no act)."""
    tok = d.hit.tok
    if d.source or not d.mediating or not d.hit.cue.verbal or tok.dep_ not in {"amod", "compound", "acl"}:
        return None
    doers = tuple(dict.fromkeys(r for c in kids_of(tok) if c.dep_ in _HYPHENED and c.i + 2 == tok.i
                                and ctx.doc[c.i + 1].text == "-" for r in ctx.res.refs(c)))
    if not doers:
        return None
    deal = tok.head  # "talks between Israel and Hamas", "the two sides signed a Norwegian-brokered deal": the parties
    verb = deal.head if deal.dep_ in {"dobj", "nsubjpass"} else None
    sides = args.between(ctx, deal) or (args.subject(ctx, verb) if verb is not None else ())
    return replace(d, source=doers, source_given=True, targets=tuple(r for r in sides if r not in doers))


_HYPHENED = frozenset({"npadvmod", "compound", "nmod", "amod"})  # how the parser hangs "Norwegian" on "-brokered"


def fought_in(ctx: Ctx, d: Draft) -> Draft | None:
    """"Palestinians injured in violent confrontations with Israeli police", "two soldiers were killed in clashes
    with the rebels": fighting told with one side after "with", in which the other was hurt, is fought by both;
    the side hurt fights the one it is "with" (that side's blow is :func:`killed_in_fighting`)."""
    tok = d.hit.tok
    if d.source or d.targets or d.plover != "ASSAULT" or "both" not in d.flags or tok.dep_ != "pobj" \
            or tok.head.lower_ != "in":
        return None
    verb = tok.head.head
    blow = ctx.cues.at(verb)
    if blow is None or blow.cue.plover != "ASSAULT" or not blow.cue.verbal or not args.passive(verb):
        return None
    hurt = args.patients(ctx, verb) or tuple(
        r for s in args.children(verb, args.PASS_SUBJ) for r in ctx.res.refs_all(s))
    other = tuple(r for _, o in args.prep_objects(tok, ("with",)) for r in ctx.res.refs_all(o) if r not in hurt)
    return replace(d, source=hurt, targets=other, source_given=True, conf=0.7) if hurt and other else None


def fought_before(ctx: Ctx, d: Draft) -> Draft | None:
    """"Malian troops recaptured Anefis after heavy fighting with Tuareg rebels", "Israeli troops withdrew from Jenin
    after two days of clashes with militants": fighting "with" one side, told as the time of a force act, is fought by
    the act's doer and that side, each at the other (not "after years of fighting with the Kurds against IS")."""
    tok = d.hit.tok
    if d.source or d.plover != "ASSAULT" or "both" not in d.flags or any(args.prep_objects(tok, ("against", "alongside"))):
        return None
    x = tok.head.head if tok.dep_ in {"pobj", "pcomp"} and tok.head.lower_ == "of" else tok  # ("days of clashes")
    if x.dep_ != "pobj" or x.head.lower_ not in _FIGHT_TIME or x.head.head.pos_ != "VERB":
        return None
    verb = x.head.head
    act = ctx.cues.at(verb)
    if act is None or act.cue.plover not in {"ASSAULT", "RETREAT", "MOBILIZE", "COERCE"}:
        return None  # ("brokered a truce after years of fighting with the rebels": no fighter's act)
    doer = args.subject(ctx, verb)
    other = tuple(r for _, o in args.prep_objects(tok, ("with",)) for r in ctx.res.refs_all(o) if r not in doer)
    if len(doer) != 1 or len(other) != 1 or ctx.res.kind(doer[0]) == "person":
        return None
    return replace(d, source=doer + other, targets=(), joint="joint", source_given=True, conf=0.6)


_FIGHT_TIME = frozenset({"after", "following", "during", "amid"})


def killed_in_fighting(ctx: Ctx, d: Draft) -> Draft | None:
    """"Ten protesters were killed in clashes with the police", "30 people were killed when RSF drones struck a
    market": a blow told in the passive is dealt by the other side of the fighting it happened in, or by the
    doer of the blow of its clause of time (a toll: it states no position of the doer)."""
    tok = d.hit.tok
    if d.source or not d.hit.cue.verbal or d.plover != "ASSAULT" or not args.passive(tok):
        return None
    fights = [n for p, n in args.prep_objects(tok, ("in",)) if (h := ctx.cues.at(n)) is not None and "both" in h.cue.flags
              and h.cue.plover == "ASSAULT"]
    owners = [a for n in fights for _, o in args.prep_objects(n, ("with",)) for a in ctx.res.refs_all(o)]
    owners += [a for x in _blow_when(ctx, tok) for a in args.subject(ctx, x)]
    owners = tuple(a for a in dict.fromkeys(owners) if a not in d.targets)
    if not owners:
        return None
    return replace(d, source=owners, targets=d.targets or args.targets(ctx, d.hit, owners), source_given=True, conf=0.7)


def _blow_when(ctx: Ctx, verb: Token) -> list[Token]:
    """"30 people were killed when RSF drones struck a market": the blow of a clause of time on the verb."""
    return [x for x in args.children(verb, {"advcl"}) if (hit := ctx.cues.at(x)) is not None
            and hit.cue.plover == "ASSAULT" and any(m.lower_ in {"when", "as"} for m in args.children(x, {"mark", "advmod"}))]


def reported_speech(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """'"Hamas must accept," Borrell said': who speaks; a deontic verb in speech is the speaker's request."""
    _, who = clause.speaker(ctx, d.hit.tok)
    if not who:
        return None
    if d.hit.cue.pos == "V" and (clause.deontic(d.hit.tok) or clause.mandated(ctx, d.hit.tok)) and not _own_duty(d.hit.tok):
        return Stop("a deontic verb in speech: coded as the speaker's request")
    return replace(d, speaker=who)


def _own_duty(verb: Token) -> bool:
    """"we have to ask Europe", "I must warn you": a duty the speaker states of himself is his own act."""
    holder = verb.head if verb.dep_ == "xcomp" else verb
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"we", "i"} for c in kids_of(holder))


def speaker_for_own_side(ctx: Ctx, d: Draft) -> Draft | None:
    """"Netanyahu said Israel would strike": a speaker stating what its own side does is the source. A news
    medium only reports ("the official Xinhua news agency said China had lodged a protest"): China is."""
    if d.speaker and d.source and d.source != d.speaker and clause.speaks_for(ctx, d.speaker, d.source) \
            and not any(ctx.lex.outlet(s) for s in d.speaker):
        return replace(d, source=d.speaker)
    return None


def speaker_as_source(ctx: Ctx, d: Draft) -> Draft | None:
    """'"We urge the Taliban to reverse it," Bennett said', '"I will travel to Kabul," he said': in speech,
    "I", "we" and a verb with no subject stand for the speaker."""
    if d.source or not d.speaker or {"patient", "held"} & d.flags or not clause.spoken_by_source(ctx, d.hit.tok):
        return None
    return replace(d, source=d.speaker) if _first_person(d.hit) else None


def _first_person(hit: CueHit) -> bool:
    """Is the cue said in the first person ("we urge", "our offer"), a verb with no subject of its own, or
    what the speaker says something is ("the group's aim remains an end to this war")?"""
    tok = hit.tok
    if hit.cue.verbal:
        subjects = args.children(subject_verb(clause.finite_host(tok)), args.SUBJ | args.PASS_SUBJ)  # '"They came and arrested my
        # husband," she said': the subject of the first verb, not the speaker
        finite = tok.tag_ not in {"VBG", "VBN", "JJ"} and tok.dep_ in {"ROOT", "ccomp", "conj", "parataxis"}
        aim = tok.tag_ == "VB" and (tok.dep_ == "acl" or tok.dep_ == "xcomp" and tok.head.lemma_ == "be")  # "interest to end"
        return (not subjects and (finite or aim)) or any(s.lower_ in {"i", "we"} for s in subjects) or _own_duty(tok) \
            or any(s.lower_ in {"i", "we"} for s in args.children(_controller(tok), args.SUBJ))
    return tok.dep_ == "attr" or any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in kids_of(tok))


def _controller(verb: Token) -> Token:
    """The verb whose subject does ``verb``: the one it is joined to, or whose complement it is with no object between
    ('"we'll be inclined to go along with your country"'; not '"we urged Hamas to accept"')."""
    verb = subject_verb(verb)
    while verb.dep_ in {"xcomp", "acomp"} and verb.head.i != verb.i and not args.children(
            verb, args.SUBJ | args.PASS_SUBJ) and not args.children(verb.head, {"dobj", "dative"}):
        verb = subject_verb(verb.head)
    return verb


def expelled_from(ctx: Ctx, d: Draft) -> Draft | None:
    """"Geza was expelled from the Zanu PF party", "were deported from Thailand": a passive measure with
    no agent is taken by the body or state it removes someone from."""
    tok = d.hit.tok
    if d.source or d.plover not in {"SANCTION", "COERCE"} or not d.hit.cue.verbal or not args.passive(tok):
        return None
    named = (r for _, o in args.prep_objects(tok, ("from",))  # "from the Zanu PF party": the name is its modifier
             for r in ctx.res.refs_all(o) or ctx.res._modifier_actors(o, of=False, pronouns=False))
    bodies = tuple(dict.fromkeys(r for r in named if ctx.res.kind(r) in {"organization", "state"}))
    rest = tuple(t for t in d.targets if t not in bodies)
    if not bodies or (set(bodies) & set(d.targets) and not rest):
        return None  # the body is all the sentence names: it is what is left, not who expels
    return replace(d, source=bodies, targets=rest)


def people_expelled(ctx: Ctx, d: Draft) -> Draft | None:
    """"Thousands of Afghans have been expelled from Iran", "Algeria expelled hundreds of migrants": an expulsion of
    people (groups only: not a state's diplomats, an organisation or a named person) is coercion, not a sanction;
    not from a party or another body ("ten lawmakers were expelled from the ruling party")."""
    if "evict" not in d.flags or d.plover != "SANCTION" or not d.targets or any(
            ctx.res.kind(r) == "organization" for _, o in args.prep_objects(d.hit.tok, ("from",))
            for r in ctx.res.refs_all(o) or ctx.res._modifier_actors(o, of=False, pronouns=False)):
        return None
    if not all(ctx.res.kind(t) == "group" and ctx.res.actor(t) is not None for t in d.targets):
        return None
    return replace(d, plover="COERCE")


def agentless_authority(ctx: Ctx, d: Draft) -> Draft | None:
    """"he was arrested in July", "Mech Dara was released on bail", "faces two charges", "a nationwide curfew was
    imposed on Friday": an arrest, charge, ban, release or curfew told without its doer is the authority's
    (:func:`_authority`; a curfew, laid on a place, with no one it is done to); a release "from Israeli prisons" is
    the keeper's (:func:`_kept_by`)."""
    if d.source or not (d.targets or "area" in d.flags) or "custodial" not in d.flags:
        return None
    tok = d.hit.tok
    if not ((d.hit.cue.verbal and args.passive(tok)) or {"held", "undergo"} & d.flags or d.rule == "held"):
        return None
    if keepers := _kept_by(ctx, tok):  # "were released from Israeli prisons": by whoever held them there
        return replace(d, source=keepers, targets=tuple(t for t in d.targets if t not in keepers), conf=0.5)  # (the
        # keeper read as whom the release is "from" is none)
    if _hostages(ctx, tok):  # "three hostages were released": by the group holding them, not the state's authority
        captor = _sole_captor(ctx, tok)
        return replace(d, source=(captor,), conf=0.5) if captor and d.plover == "CONCEDE" else None
    if tok.lemma_ == "accuse" and all(ctx.res.kind(t) != "person" for t in d.targets):
        return None  # "the rebels have been accused of seizing towns": by many, no charge a court brings against a person
    home = _authority(ctx, d, tok.head.head if tok.dep_ == "pobj" else tok, d.speaker)
    return replace(d, source=(home,), conf=0.5) if home and home not in d.targets else None


def described_operation(ctx: Ctx, d: Draft) -> Draft | None:
    """"killed in what U.S. and Iraqi officials described as a joint operation", "were killed in what Israel called a
    targeted operation": an act told without its doer, done "in" what a side calls an operation (of no one else
    named), is that side's (not "in what Hamas called a massacre": a blame, no operation)."""
    if d.source or d.plover not in {"ASSAULT", "COERCE"} or not d.hit.cue.verbal:
        return None
    for prep in args.children(d.hit.tok, {"prep"}):
        for namer in args.children(prep, {"pcomp"}) if prep.lower_ == "in" else ():
            if namer.lemma_ not in ctx.lex.of("naming") or not any(w.lower_ == "what" for w in args.children(namer, {"dobj"})):
                continue
            named = args.children(namer, {"oprd"}) + [o for _, o in args.prep_objects(namer, ("as",))]
            if not any(n.lemma_ == "operation" and not ctx.res._modifier_actors(n, of=False) for n in named):
                continue
            who = tuple(dict.fromkeys(r for x in args.children(namer, {"nsubj"}) for r in ctx.res.refs_all(x)))
            if who and all(ctx.res.kind(r) in {"state", "organization"} or ctx.res.affiliation(r) for r in who) \
                    and not set(who) & set(d.targets):
                return replace(d, source=who, conf=0.5)
    return None


def _kept_by(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """Who kept those an act frees "from" a place of holding: the actors that name the prison or custody ("released
    from Israeli prisons", "freed from Russian custody")."""
    if ctx.cues.at(verb) is None or ctx.cues.at(verb).cue.plover != "CONCEDE":
        return ()
    places = [o for _, o in args.prep_objects(verb, ("from",)) if (h := ctx.cues.at(o)) is not None
              and h.cue.pos == "N" and "custodial" in h.cue.flags]
    return tuple(r for o in places for r in ctx.res._modifier_actors(o, of=False))


def _hostages(ctx: Ctx, verb: Token) -> bool:
    """Is what ``verb`` is done to hostages ("three hostages were released")?"""
    done_to = args.children(verb, args.PASS_SUBJ | {"dobj"}) + ([verb.head] if verb.dep_ == "acl" else [])
    return any((a := ctx.res.actor(r)) is not None and a.label.rsplit(" ", 1)[-1].lower() == "hostages"
               for x in done_to for r in ctx.res.refs_all(x) or ctx.res._modifier_actors(x, of=False))


def participle_misread(ctx: Ctx, d: Draft) -> Draft | None:
    """"Cécile Kohler and Jacques Paris, detained since 2022, are among ...", "Karelina was detained in Russia and
    charged with treason": a custodial participle the parser read as a finite verb with a subject (a past
    participle with no auxiliary and no object), or joined to a passive verb with none of its own, is done to that
    subject, by the authority (:func:`_authority`)."""
    tok = d.hit.tok
    if not d.source or d.targets or "custodial" not in d.flags or not d.hit.cue.verbal or tok.dep_ == "acl" \
            or args.passive(tok):
        return None
    deps = {dep for dep, _, _ in dependents(tok)}
    joined = tok.dep_ == "conj" and tok.tag_ in {"VBN", "VBD"} and args.passive(tok.head) and not deps & args.SUBJ
    if not (joined or tok.tag_ == "VBN" and "nsubj" in deps) or deps & {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp"}:
        return None
    held = tuple(r for r in d.source if ctx.res.kind(r) != "state")  # ("Kohler and Paris": a person, not France)
    home = _authority(ctx, replace(d, targets=held), tok, clause.speaker(ctx, tok)[1]) if held else None
    return replace(d, source=(home,), targets=held, source_given=False, conf=0.5) if home and home not in held else None


def _authority(ctx: Ctx, d: Draft, verb: Token, speaker: tuple[str, ...]) -> str | None:
    """Who did an act told without its doer: the state it happened "in", else the state whose organ tells of it,
    else whoever the article told holding the same people, else the article's (:func:`legal_authority`; a bare
    "Mhlanga's arrest" only refers back to it)."""
    where = _seat(ctx, verb)
    if where is None:
        return None  # "held in solitary confinement in Hong Kong", "at a trial in New York": whose, the text does not say
    where = list(_entry_barred(ctx, verb)) + where
    told = [a for s in speaker if (a := state_of(ctx, s)) and (ctx.res.kind(s) != "person" or a == ctx.home)]  # "the
    # interior ministry said 43 were detained" (not "Kerry said Nasheed has been imprisoned": a foreigner's word)
    held = _holder(ctx, d.targets) if d.mode == "asserted" else None  # (not "might be deported again")
    home = where[0] if where else told[0] if told else held
    if not home:
        home = legal_authority(ctx)
        return None if home and _taken_by_other(ctx, d.targets, home) else home
    return ctx.authority if home == ctx.home else home  # "in Afghanistan", "the Afghan interior ministry": the Taliban's


def _taken_by_other(ctx: Ctx, done_to: tuple[str, ...], home: str) -> bool:
    """"Hamas abducted Noa Argamani ... Noa Argamani was freed": did the article code another side than the
    authority seizing or attacking the same people (so that whose act it is, the text does not say)?"""
    side = state_of(ctx, home) or home
    return any(r.plover in {"ASSAULT", "COERCE"} and r.target in done_to and (state_of(ctx, r.source) or r.source) != side
               for r in ctx.coded)


def legal_authority(ctx: Ctx) -> str | None:
    """Who arrests, tries and frees in this article: the authority of the state it is set in (:attr:`Ctx.authority`),
    unless it tells of courts or trials elsewhere: in one state, that state's ("a trial in Moscow"); in a place the
    dictionary cannot tell or in several states, no one known ("a trial in New York" in a story set in Iran)."""
    seats = tribunal_seats(ctx.res)
    if not seats or seats == {ctx.home}:
        return ctx.authority
    return ctx.res.ruler(next(iter(seats))) if len(seats) == 1 and None not in seats else None


def _seat(ctx: Ctx, verb: Token) -> list[str] | None:
    """The states an act was done in: named with "in" on its verb or on a court or trial of its sentence
    ("arrested in Kabul", "faces charges at a trial in Moscow"; not a court named, as "the International Court of
    Justice in The Hague"); None when a place named so is no state or capital the dictionary knows ("in his car in
    Brooklyn", "a trial in New York")."""
    spots = [o for v in (verb, verb.head) if v is verb or verb.dep_ == "conj" for _, o in args.prep_objects(v, ("in",))]
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in kids_of(verb)):
        spots.append(verb.head)  # "democracy is under threat in the Maldives, where Nasheed has been imprisoned"
    courts = ctx.lex.of("tribunal")  # (and of the verb a conjunct is joined to: "was detained in Russia and charged")
    spots += [o for t in ctx.res.words.tokens(lemmas=courts, span=ctx.res.words.sent(verb)) if not t.ent_type_
              for _, o in args.prep_objects(t, ("in",))]
    spots += [x for o in spots for _, x in args.prep_objects(o, ("in",))]  # "held in confinement in Hong Kong"
    places = [o for o in spots if (o.ent_type_ in {"GPE", "LOC"} and o.lower_ != "absentia") or _states_in(ctx, [o])]
    # (a capital the parser took for something else: "sentenced in Tunis"; "sentenced in absentia" names no place)
    where = _states_in(ctx, places)
    return None if places and not where else where


def _states_in(ctx: Ctx, places: list[Token]) -> list[str]:
    """The states that places name, themselves or by their capitals ("Iran", "Tehran")."""
    capitals = ctx.res.actors.capitals
    return [r for o in places for r in ctx.res.refs_all(o) if ctx.res.kind(r) == "state"] + [
        c for o in places if (c := capitals.get(ctx.doc[o.left_edge.i: o.i + 1].text.removeprefix("the ")))]


def _holder(ctx: Ctx, held: tuple[str, ...]) -> str | None:
    """"Thai authorities deported 40 Uyghurs ... the eight Uyghurs who remain in custody": whoever the article
    coded arresting, holding or kidnapping the same people last: its state (of an organ: "police", "the interior ministry"),
    or an armed group holding hostages; a holder of no state known ("the Bureau of Immigration") is passed over."""
    for r in reversed(ctx.coded):
        if (r.plover == "COERCE" or _abduction(ctx, r)) and r.target in held and r.source not in held:
            armed = (a := ctx.res.actor(r.source)) is not None and a.category == "armed_groups"
            if state := r.source if armed else state_of(ctx, r.source):
                return state
    return None


def _sole_captor(ctx: Ctx, tok: Token) -> str | None:
    """The one armed group the article coded so far as taking, holding or freeing captives ("Hamas released four
    hostages ... Three more hostages were released on Thursday": Hamas); None when none or several, or when another
    armed group was named before ("Islamic Jihad released two hostages. Hamas released three others")."""
    captors = {r.source for r in ctx.coded if _abduction(ctx, r) or r.plover in {"COERCE", "CONCEDE"} and (
        (a := ctx.res.actor(r.source)) is not None and a.category == "armed_groups")}
    named = {a for i, a, _ in ctx.res.order if i < tok.i and (x := ctx.res.actor(a)) is not None
             and x.category == "armed_groups"}
    return captors.pop() if len(captors) == 1 and named <= captors else None


def _abduction(ctx: Ctx, r: Relation) -> bool:
    """Is a coded relation a taking of people captive ("Al-Shabab kidnapped two Kenyan doctors"): its doer holds them?"""
    span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand") if r.plover == "ASSAULT" else None
    return span is not None and span.root.lemma_ in ctx.lex.of("abduction")


def sanctioned_before(ctx: Ctx, d: Draft) -> Draft | None:
    """"The Treasury said the action builds on earlier sanctions aimed at the Houthis", "Berisha was sanctioned for
    corruption": a sanction told with whom it hits and no doer is the one side the article coded sanctioning that
    actor before (not when several did: whose, the text does not say)."""
    if d.source or d.plover != "SANCTION" or not d.targets or d.mode != "asserted" or (
            d.hit.cue.verbal and not args.passive(d.hit.tok)):
        return None
    start = ctx.res.words.sent_back(d.hit.tok, 0).start_char
    sides = {state_of(ctx, r.source) or r.source for r in ctx.coded
             if r.plover == "SANCTION" and r.target in d.targets and r.sent_start < start}
    side = sides.pop() if len(sides) == 1 else None
    return replace(d, source=(side,), conf=0.5) if side and side not in d.targets else None


def _entry_barred(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """"are barred from travel to the United States", "was banned from entering Israel": the state someone
    may not enter is the one that bars him."""
    goals = []
    for _, obj in args.prep_objects(verb, ("from",)):
        goals += [o for _, o in args.prep_objects(obj, ("to", "into"))]
    for x in args.children(verb, {"prep"}):
        goals += [o for p in args.children(x, {"pcomp"}) if p.lemma_ == "enter" for o in args.children(p, {"dobj"})]
    return tuple(r for o in goals for r in ctx.res.refs_all(o) if ctx.res.kind(r) == "state")


def state_of(ctx: Ctx, actor_id: str) -> str | None:
    """The state an actor is, or is an organ of, or speaks for (a police spokesman), else None."""
    for _ in range(3):
        if ctx.res.kind(actor_id) == "state":
            return actor_id
        actor = ctx.res.actor(actor_id)
        if actor is None or actor.kind == "organization" and actor.category != "organs" and actor.origin != "text":
            return None
        actor_id = ctx.res.affiliation(actor_id) or ""
    return None


def protesters_shot(ctx: Ctx, d: Draft) -> Draft | None:
    """"at least eight anti-coup demonstrators were killed Friday", "two protesters were shot dead": protesters killed
    or wounded with no doer named are so by the forces of the state they protest in (the authority of the article)."""
    tok = d.hit.tok
    if d.source or d.plover != "ASSAULT" or not d.targets or not args.passive(tok) or not ctx.authority:
        return None
    if any(p == "by" or ctx.cues.at(o) is not None for p, o in args.prep_objects(tok, ("by", "in"))):
        return None  # "killed by unknown gunmen", "killed in clashes between rival groups": the text says how
    protest = ctx.lex.of("protester")
    if not all((a := ctx.res.actor(t)) and a.label.split()[-1].lower() in protest for t in d.targets):
        return None
    return replace(d, source=(ctx.authority,), conf=0.5) if ctx.authority not in d.targets else None


def reported_own_strike(ctx: Ctx, d: Draft) -> Draft | None:
    """"U.S. Central Command said the militant leader was killed in an airstrike": a state or armed
    force telling of a killing with no doer is telling of its own strike."""
    tok = d.hit.tok
    if d.source or d.plover != "ASSAULT" or not d.targets or not d.speaker or not (d.hit.cue.verbal and args.passive(tok)):
        return None
    sides = {ctx.res.affiliation(s) or s for s in d.speaker}
    kinds = {(ctx.res.actor(x).category if ctx.res.actor(x) else "") for x in sides}
    if not kinds <= {"states", "organs", "armed_groups"} or sides & set(d.targets):
        return None
    if _casualties(ctx, d.targets) or _casualties(ctx, d.targets, "bystander"):
        return None
    since = ctx.res.words.sent_back(tok, 1).start_char  # "Houthi rebels attacked a cargo ship. Three sailors were
    blows = {r.source for r in ctx.coded if r.plover == "ASSAULT" and r.sent_start >= since} | {  # killed, the U.S.
        doer for sent, _, plover, doer, _ in ctx.untargeted if plover == "ASSAULT" and sent >= since}  # military said"
    others = {_side(ctx, b) for b in blows} - {_side(ctx, s) for s in sides}
    fallen = {_side(ctx, t) for t in d.targets} | {a for t in d.targets if (a := ctx.res.affiliation(t))}
    if others and not others & fallen and not _fighters_fell(ctx, tok):
        return None  # (another's blow just told: its toll, not the speaker's strike, unless the fallen are its dealers)
    return replace(d, source=d.speaker, conf=0.5)


def toll_of_attack(ctx: Ctx, d: Draft) -> Draft | None:
    """"Al-Shabab attacked a Kenya-U.S. base. Three Americans were killed", "Russian missiles struck Kharkiv and three
    civilians were wounded": a blow told in the passive with no doer is dealt by whoever the article told attacking
    earlier in that sentence or in the one before, when that is one actor and the fallen are of the side it attacked
    (not "At least five people were killed": whose, unsaid)."""
    tok = d.hit.tok
    if d.source or d.plover != "ASSAULT" or not d.targets or not (d.hit.cue.verbal and args.passive(tok)):
        return None
    since = ctx.res.words.sent_back(tok, 1).start_char
    told = [(r.source, r.target) for r in ctx.coded if r.plover == "ASSAULT" and r.sent_start >= since] + _blows_here(
        ctx, tok)
    blows = [(s, t) for s, t in told if t]
    doers = {s for s, _ in blows} or _aimless_doers(ctx, d, since, {s for s, _ in told})
    sides = {_side(ctx, t) for t in d.targets}
    if len(doers) != 1 or sides & {_side(ctx, x) for x in doers}:
        return None
    if blows and not sides & {_side(ctx, t) for _, t in blows}:
        return None  # "Hamas attacked Israel ... 46,000 Palestinians have been killed since": not its toll
    return replace(d, source=tuple(doers), conf=0.5)


def _blows_here(ctx: Ctx, tok: Token) -> list[tuple[str, str | None]]:
    """"Russian missiles struck Kharkiv overnight and three civilians were wounded": (doer, whom) of each blow told as
    fact, in the active, before ``tok`` in its sentence (whom: an actor its object names, else None)."""
    out = []
    for x in ctx.res.words.sent(tok):
        hit = ctx.cues.at(x) if x.i < tok.i and x.pos_ == "VERB" and not args.passive(x) else None
        if hit is None or hit.cue.plover != "ASSAULT" or not hit.cue.verbal or clause.mode(ctx, x) != "asserted":
            continue
        aimed = [r for o in args.children(x, {"dobj"}) for r in ctx.res.refs_all(o)] or [None]
        out += [(s, t) for s in args.subject(ctx, x) for t in aimed if s != t]
    return out


def _aimless_doers(ctx: Ctx, d: Draft, since: int, told: set[str]) -> set[str]:
    """"Boko Haram fighters stormed the village. Twelve villagers were shot dead": with no blow at an actor told in
    the sentence or the one before, the doers of blows told there at a place or a thing (coded with no target, or
    not coded for want of one) deal the toll, when the fallen are not people counted ("41,000 people, mostly women
    and children, have been killed": whose, unsaid)."""
    counted = any(x.lemma_ in ctx.lex.of("populace") for x in args.children(d.hit.tok, args.PASS_SUBJ))
    if counted or _fighters_fell(ctx, d.hit.tok) or _casualties(ctx, d.targets) or _fell_elsewhere(ctx, d.hit.tok):
        return set()
    return told | {doer for sent, _, plover, doer, _ in ctx.untargeted if plover == "ASSAULT" and sent >= since}


def _fell_elsewhere(ctx: Ctx, verb: Token) -> bool:
    """"Russian forces struck Kharkiv. Five civilians were killed in Belgorod": a toll told "in" a place that the
    blow's sentence does not name is not that blow's."""
    places = [o.text for _, o in args.prep_objects(verb, ("in",)) if o.pos_ == "PROPN"]
    before = ctx.res.words.sent_back(verb, 1)
    told = ctx.doc[before.start: verb.i].text
    return bool(places) and not any(p in told for p in places)


def forces_sent(ctx: Ctx, d: Draft) -> Draft | None:
    """"Hundreds of Kenyan police officers were deployed to Haiti", "Kenyan troops stationed in Somalia", "the
    deployment of Rwandan troops", "the withdrawal of Russian troops from Kyiv region": forces told as sent or
    withdrawn, with no sender named, are their state's (the forces themselves the source)."""
    tok = d.hit.tok
    if d.source or d.plover not in {"MOBILIZE", "RETREAT"}:
        return None
    if d.hit.cue.pos == "N":
        sent = [o for _, o in args.prep_objects(tok, ("of",))]
    elif tok.dep_ == "acl" and args.passive(tok):  # "Kenyan troops stationed in Somalia"
        sent = [tok.head]
    else:
        sent = args.children(tok, args.PASS_SUBJ) if args.passive(tok) else []
    sent += [o for x in sent for _, o in args.prep_objects(x, ("of",))]  # "hundreds of Kenyan police officers"
    forces = tuple(dict.fromkeys(r for x in sent for r in ctx.res.refs_all(x) or ctx.res._modifier_actors(x, of=False)
                                 if ctx.res.kind(r) != "state" and state_of(ctx, r)))
    if not forces:
        return None
    return replace(d, source=forces, targets=tuple(t for t in d.targets if t not in forces), conf=0.6)


def _fighters_fell(ctx: Ctx, verb: Token) -> bool:
    """"30 militants were killed", "five attackers were killed": the fallen are fighters of an armed group (nouns.tsv
    ``group``) or attackers (words.tsv ``assailant``), more likely the attackers than those attacked."""
    return any(ctx.lex.nouns.get(x.lower_, ("",))[0] == "group" or x.lower_ in ctx.lex.of("assailant")
               for x in args.children(verb, args.PASS_SUBJ))


def _side(ctx: Ctx, actor_id: str) -> str:
    """The state an actor is of ("Palestinians": the Palestinian people, of Palestine), else the actor."""
    people = actor_id.removesuffix("_PEOPLE")
    return state_of(ctx, actor_id) or (people if people != actor_id and ctx.res.kind(people) == "state" else actor_id)


def _casualties(ctx: Ctx, targets: tuple[str, ...], word_class: str = "populace") -> bool:
    """"The health ministry said 30 people were killed": people counted are a toll, told by any side; with
    ``word_class="bystander"``, "four civilians were killed in a drone attack, the health ministry said": people who
    are no side's fighters, killed with no doer, are a toll a side tells of someone else's blow, not its own strike."""
    words = ctx.lex.of(word_class)
    return any((a := ctx.res.actor(t)) is not None and a.label.rsplit(" ", 1)[-1].lower() in words for t in targets)


_PAIR_WORDS = {"they", "two", "both", "pair", "sides"}  # "They discussed ...", "the two spoke", "the two sides agreed"


def pair_met_before(ctx: Ctx, d: Draft) -> Draft | None:
    """"Biden called Netanyahu on Sunday. They spoke for 40 minutes", "Ruto hosted Hassan Sheikh. The two discussed
    al-Shabab": "they" (or "the two") meeting or talking, with no one found for it, are the two the sentence before
    told meeting (each with the other, :func:`kg.extract.whom.joint_phrasing`), unless it names someone they met; so
    are "they" read as one actor alone ("showed the two men talking before being joined by their foreign ministers. The
    office said they discussed the treaty"), and "the two sides" read as the article's parties ("Blinken met Netanyahu.
    The two sides discussed the hostage deal": not Israel and Hamas). A meeting of three or more (a mediation) is none."""
    tok = d.hit.tok
    if len(d.source) > 1 or d.plover != "CONSULT" or not d.hit.cue.verbal or not any(
            c.lower_ in _PAIR_WORDS for c in args.children(tok, {"nsubj"})) or args.targets(ctx, d.hit, ()):
        return None
    sent = ctx.res.words.sent(tok)
    if ctx.cues.any_of("CONSULT", sent.start, tok.i) or _said_by_others(tok):
        return None  # ("Zelenskyy and Biden met later, and they discussed ...": this sentence's meeting; "Republican
        # leaders said they would discuss the aid": the sayers)
    since = ctx.res.words.sent_back(tok, 1).start_char
    met = next((r for r in reversed(ctx.coded) if r.plover == "CONSULT" and r.sent_start >= since and r.target
                and r.target != r.source), None)
    pair = {a for r in ctx.coded if met and r.plover == "CONSULT" and r.sent_start == met.sent_start
            for a in (r.source, r.target) if a}
    return replace(d, source=(met.source, met.target), conf=0.6) if met and len(pair) == 2 else None


def _said_by_others(verb: Token) -> bool:
    """Is ``verb`` told under a verb whose own subject is a plural noun or name ("Opposition leaders said they would
    hold talks", "Protesters said they spoke with police"), whom its "they" stands for?"""
    t = verb
    while t.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and t.head.i != t.i:
        t = t.head
        if any(c.dep_ == "nsubj" and c.tag_ in {"NNS", "NNPS"} for c in kids_of(t)):
            return True
    return False


def needs_source(ctx: Ctx, d: Draft) -> Stop | None:
    """"The plan was rejected": no one does it, so it is not coded."""
    return None if d.source else Stop("no source actor found")


def alleged(ctx: Ctx, d: Draft) -> Draft | None:
    """"Prosecutors say Amirov hired Mehdiyev to kill Alinejad", "Iranian officials allegedly offered to
    pay": what an accuser says someone did, or what is alleged, is an accusation of it."""
    if not d.source or d.plover in {"ACCUSE", "REJECT"}:
        return None
    tok = d.hit.tok
    who = clause.speaker(ctx, tok)[1]
    hedges = [low for _, low, _ in dependents(tok) if low in ctx.lex.of("allege")]
    accuser = clause.told_by_accuser(ctx, tok)
    if not (hedges or accuser) or not d.source or d.plover in {"ACCUSE", "REJECT"}:
        return None
    source = clause.according_to(ctx, ctx.res.words.sent(tok))  # "... allegedly, according to prosecutors"
    told = who or (ctx.res.refs_all(source) if source is not None else ())
    told = tuple(t for t in told if not ctx.lex.outlet(t))  # "according to Reuters" only reports
    hearsay = not accuser and all(h in ctx.lex.of("hearsay") for h in hedges)  # "reportedly killing dozens of
    # troops", told by no one: a report of the act, which stands, not the authority's accusation
    accusers = told if (accuser or hedges) and told else ((ctx.authority,) if ctx.authority and not hearsay else ())
    if not accusers or set(accusers) & set(d.source):
        return None
    return replace(d, plover="ACCUSE", source=accusers, targets=d.source, mode="asserted")


def body_meeting(ctx: Ctx, d: Draft) -> Draft | None:
    """"Kenya's foreign minister said at an African Union summit", "during a NATO meeting, Rubio ...": taking part
    in an international body's meeting is CONSULT by whoever does the clause's act, towards the body (not by the
    body: the meeting's name only says whose it is)."""
    tok = d.hit.tok
    if d.plover != "CONSULT" or d.hit.cue.pos != "N" or len(d.source) != 1 or tok.dep_ != "pobj" \
            or tok.head.lower_ not in {"at", "during"} or tok.head.head.pos_ not in {"VERB", "AUX"}:
        return None
    body = ctx.res.actor(d.source[0])
    if body is None or body.category != "organizations" or not any(
            c.dep_ == "compound" and d.source[0] in ctx.res.refs_all(c) for c in kids_of(tok)):
        return None  # "at a meeting with Hamas": no body's meeting
    who = tuple(r for r in args.subject(ctx, tok.head.head) if r != d.source[0])
    return replace(d, source=who, targets=d.source, source_given=True) if who else None


_MEDIATION_RULES = MEDIATED | {"hyphened_doer"}  # rules coding a mediator's acts ("U.S.-brokered" too)


def mediators_named_before(ctx: Ctx, d: Draft) -> Draft | None:
    """"Saudi Arabia and the United States mediated talks between the army and the RSF ... The mediators called on
    the parties to agree": mediators the sentence does not name are the ones the article has told mediating."""
    if not d.source or any(ctx.res.kind(s) != "group" for s in d.source) or not args.by_mediators(d.hit.tok):
        return None
    here = ctx.res.words.sent(d.hit.tok).start_char
    known = tuple(dict.fromkeys(r.source for r in ctx.coded if r.rule in _MEDIATION_RULES and r.sent_start < here
                                and ctx.res.kind(r.source) != "group"))
    return replace(d, source=known, source_given=True) if known else None
