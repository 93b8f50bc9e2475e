"""Clause facts: negation and modality, who speaks, quotations, deontic and refused complements,
and whether a cue is the content of another cue."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.args import SUBJ, asked_of_answerer, claims_said, made_by, partnered, passive, subject
from kg.extract.context import Ctx
from kg.extract.draft import THREAT_HELD_OUT
from kg.extract.issues import issue_kind
from kg.extract.mentions import quote_open
from kg.extract.wordindex import conj_host, dependents, kids_of

__all__ = ["mode", "participle_adjunct", "modal_only", "offered_harm", "finite_host", "forecast", "speaker", "deontic", "vital", "refusal", "absorbed", "fights_ill", "to_mission", "unwanted", "content_is_force", "content_cue", "namer",
           "speaks_for", "agreed_term", "DEONTIC"]

DEONTIC = frozenset({"should", "must", "ought"})  # "Hamas must accept": in speech, a request
_ACCORDING = frozenset({"according"})
_OPEN_QUOTES = {'"', "“", "‘", "'", "«"}
_CHAIN_DEPS = {"xcomp", "conj", "acl", "relcl", "ccomp", "advcl", "pcomp", "pobj", "prep", "acomp"}
_MODALS = {"will", "would", "could", "can", "may", "might", "shall", "should", "must"}
_MAYBE = {"could", "might", "may"}  # modals that make an act only possible
_CONTENT_DEPS = {"ccomp", "relcl", "acl", "xcomp", "advcl"}
_CIRCUMSTANCE = {"after", "before", "because", "since", "when", "while", "although", "though", "as", "until", "once",
                 "whereas"}
_FORCE_TYPES = {"ASSAULT", "MOBILIZE", "COERCE"}
_LEAVING = {"PROTEST", "RETREAT", "SANCTION", "REJECT"}  # what one walks out of or withdraws from is not done
_PEACE_TYPES = {"RETREAT", "CONCEDE", "AGREE", "CONSULT", "AID", "COOPERATE"}


# -- modality ------------------------------------------------------------------------------------

def _chain(tok: Token) -> list[Token]:
    """``tok`` and the heads it hangs from within its clause (at most five)."""
    chain, t = [tok], tok
    if tok.dep_ in {"conj", "advcl"} and any(dep in {"nsubj", "nsubjpass"} for dep, _, _ in dependents(tok)):
        return chain  # "Russia might attack, but Kyiv trusted the UN", "did not respond because they
        # have imposed a ban": a clause of its own
    while tok.dep_ not in {"acl", "relcl"} and t.dep_ in _CHAIN_DEPS and t.head.i != t.i and len(chain) < 5:
        if t.dep_ in {"ccomp", "relcl", "acl"} and t.i != tok.i:
            break
        if t.i != tok.i and t.dep_ == "conj" and any(dep in {"nsubj", "nsubjpass"} for dep, _, _ in dependents(t)):
            break  # "China never condemned the invasion, and their partnership has helped": a clause of its own
        if t.dep_ == "conj" and any(dep == "cc" and low in {"but", "yet"} for dep, low, _ in dependents(t.head)):
            break  # "did not order a ceasefire but told Israel to act": what is set against the first is its own
        if t.dep_ == "conj" and any(dep == "aux" and low in _MODALS for dep, low, _ in dependents(t)):
            break  # "were not bound by the deal and would continue talks": a modal of its own, a clause of its own
        if t.dep_ == "acomp" and t.i != tok.i and chain[-2].dep_ != "xcomp":
            break  # the copula of "is not ready to accept", not of "is not happy that Uganda arrested him"
        if t.dep_ == "conj" and t.tag_ in {"VBD", "VBZ"} and t.head.tag_ == "VB":  # (any bare verb, not only an
            break  # infinitive as in wordindex.conj_host: "said Canada would not back down and urged Beijing ...")
        t = t.head
        chain.append(t)
        if t.dep_ in {"ccomp", "relcl"}:
            break
    return chain


def mode(ctx: Ctx, tok: Token) -> str:
    """asserted, future, hypothetical or negated: the modality of the clause of ``tok``."""
    if accusing_aside(ctx, tok):
        return "asserted"  # "vowed tough action, blaming the US": it blames now, whatever it vows
    if _gone_on_with(ctx, tok):
        return mode(ctx, tok.head)  # "said they would continue their attacks", "did not resume the strikes"
    if kept_up(ctx, tok):  # "will not stop the attacks until Israel halts its offensive": they go on
        chain = _chain(tok.head)
        return "hypothetical" if _hypothetical(ctx, tok.head, chain) else "future" if _future(
            ctx, tok.head, chain) else "asserted"
    chain = _chain(tok)
    if _negated(ctx, chain):
        return "negated"
    if _hypothetical(ctx, tok, chain) or tok.pos_ in {"VERB", "AUX"} and deontic_aux(tok) and not agreed_term(tok):
        return "hypothetical"  # ("the RSF must withdraw from Kosti": asked of it, not done)
    return "future" if _future(ctx, tok, chain) else "asserted"


def agreed_term(verb: Token) -> bool:
    """"Under the deal, Israel must release 30 prisoners", "under the terms of the truce, troops must pull back", "the
    agreement says Israeli troops must leave": what an agreement or a ceasefire binds a side to do is agreed (an act to
    come), not asked of it by whoever tells of it."""
    x = verb
    while True:
        pacts = [o for p in kids_of(x) if p.dep_ == "prep" and p.lower_ in {"under", "according"} for o in p.subtree
                 if o.dep_ == "pobj"]  # (and "according to the deal", "under the terms of the deal")
        if x.dep_ == "ccomp":
            pacts += [s for s in kids_of(x.head) if s.dep_ == "nsubj"]  # "the agreement says ..."
        if any(issue_kind(o.lower_) in {"agreement", "ceasefire"} for o in pacts):
            return True
        if x.dep_ not in {"conj", "xcomp"} or x.head.i == x.i:
            return False
        x = x.head


def _gone_on_with(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` a noun of an act that a verb of going on with it takes as its object ("would continue their
    attacks", "resumed the strikes")?"""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in ctx.lex.of("go-on")


def kept_up(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` a noun of an act that a negated verb of ending takes as its object ("will not stop the attacks",
    "would not end the war until ...")? The act goes on."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in ctx.lex.of("end") and any(
        c.dep_ == "neg" for c in kids_of(tok.head)) and not any(c.dep_ == "poss" and c.pos_ == "PROPN"
                                                               for c in kids_of(tok))  # (not "would not stop
    # Israel's offensive": another's act, not ended by them)


def modal_only(ctx: Ctx, tok: Token) -> bool:
    """"Iran said it could strike Israeli bases", "the White House said it may slap tariffs": an act that only a
    modal ("could", "may", "might") makes hypothetical (no condition, forecast, wish or negation), which a side
    saying it of itself holds out as a threat."""
    if _gone_on_with(ctx, tok):
        tok = tok.head
    chain = _chain(tok)
    auxes = _auxes(chain)  # (not "its strike may have killed a commander": a guess at what was done)
    return bool(auxes & _MAYBE) and "have" not in auxes and not _negated(ctx, chain) \
        and not _unreal(ctx, tok, chain)


def _negated(ctx: Ctx, chain: list[Token]) -> bool:
    """"did not sign", "never agreed", "pledged not to let Al-Qaeda threaten the United States", "I see no
    signs that the North Koreans are interested in talking"."""
    if len(chain) >= 2 and chain[-2].dep_ == "ccomp" and _cleft(chain[-2]):
        chain = chain[:-1]  # "it was not long ago that ...": the time is negated, not the clause
    if _under_no(ctx, chain[0]) or _no_sign_of(chain[0]):
        return True
    head = chain[0].head
    if chain[0].dep_ == "relcl" and head.dep_ == "attr" and any(c.dep_ == "neg" for c in kids_of(head.head)):
        return True  # "He is not someone we trust"
    if unwanted(ctx, chain[0]) or _left_undone(chain) or _neither_nor(chain[0]):
        return True
    doc = chain[0].doc
    if any(dep == "neg" or low in {"never", "no"} or low == "longer" and _no_longer(doc[i])
           for x in chain[:2] if x.lemma_ != "hesitate" for dep, low, i in dependents(x)):
        return True  # (but "would not hesitate to use force" will use it)
    top = chain[-1]
    if top.dep_ == "ccomp" and any(dep == "neg" for dep, _, _ in dependents(top.head)) and not _cleft(top):
        return True  # "the evidence would not show that his client planned to kill"
    return any(dep == "neg" for x in chain[2:] if x.lemma_ not in ctx.lex.of("speech") for dep, _, _ in dependents(x))


def _neither_nor(tok: Token) -> bool:
    """"Israel neither confirmed nor denied it": both verbs joined by "neither ... nor" are negated."""
    first = tok.head if tok.dep_ == "conj" else tok
    return any(dep == "preconj" and low == "neither" for dep, low, _ in dependents(first)) and (
        first is tok or any(dep == "cc" and low == "nor" for dep, low, _ in dependents(first)))


def _under_no(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok``, or a head above it, a clause on a noun that "no" determines ("I see no signs that the North Koreans
    are interested in talking")? Walked on the index's head positions, which make no new tokens."""
    toks, heads, i = ctx.res.words.toks, ctx.res.words.heads(), tok.i
    for _ in range(len(toks)):
        if heads[i] == i:
            return False
        head = toks[heads[i]]
        if toks[i].dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and any(c.lower_ == "no" for c in kids_of(head)):
            return True
        i = heads[i]
    return False


def _no_sign_of(tok: Token) -> bool:
    """"There was no sign of an Israeli attack", "found no evidence of Russian involvement": an event named after
    "of" on a noun that "no" determines is said not to be known, not told."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in kids_of(of.head))


def _left_undone(chain: list[Token]) -> bool:
    """"Hamas has yet to accept the proposal", "Russia is yet to sign", "the two sides failed to reach a deal",
    "the talks ended without the two sides reaching a deal", "moved police north without coordinating with NATO",
    "without consultation with Kyiv": what is yet to be done, failed or left undone is not
    done."""
    first = chain[0]
    held = first.head if first.dep_ in {"pcomp", "pobj"} else first.head.head if first.dep_ == "acl" else None  # ("without
    if held is not None and held.lower_ == "without" or any(  # the two sides reaching", parsed on "sides")
            dep == "mark" and low == "without" for dep, low, _ in dependents(first)):
        return True
    return len(chain) >= 2 and first.dep_ == "xcomp" and (chain[1].lemma_ == "fail" or chain[1].lemma_ in {
        "have", "be"} and any(dep == "advmod" and low == "yet" for dep, low, _ in dependents(chain[1])))


def unwanted(ctx: Ctx, tok: Token) -> bool:
    """"North Korea has no interest in talks with Seoul", "Russia has no intention of negotiating": an act that
    its would-be doer has no wish for is not done (nor, unlike "would not negotiate", a refusal of anyone)."""
    if tok.dep_ not in {"pobj", "pcomp"} or tok.head.dep_ != "prep":
        return False
    wish = tok.head.head
    return wish.pos_ == "NOUN" and wish.lemma_ in ctx.lex.of("intent") and any(
        c.dep_ == "det" and c.lower_ == "no" for c in kids_of(wish))


def _cleft(clause: Token) -> bool:
    """"It was not long ago that the leaders had been exchanging barbs", "it was not until May that they
    met": the negation is of the time, not of what the "that" clause tells."""
    be = clause.head
    deps = {(dep, low) for dep, low, _ in dependents(be)}
    return be.lemma_ == "be" and ("nsubj", "it") in deps and not any(dep in {"acomp", "attr"} for dep, _ in deps) \
        and any(dep == "mark" and low == "that" for dep, low, _ in dependents(clause))


def _auxes(chain: list[Token]) -> set[str]:
    """The auxiliaries of a clause's first two words ("could", "will", "would")."""
    return {low for x in chain[:2] for dep, low, _ in dependents(x) if dep in {"aux", "auxpass"}}


def _no_longer(tok: Token) -> bool:
    """"no longer recognizes": a negation that states a refusal."""
    return tok.lower_ == "longer" and any(c.lower_ == "no" for c in kids_of(tok))


_PREPARE = {"prepare", "brace", "ready", "gear"}  # what one readies for has not happened


_USED = {"exercise", "invoke"}  # "exercised its right to veto the resolution": the right is used, the act done


def _hypothetical(ctx: Ctx, tok: Token, chain: list[Token]) -> bool:
    """"if Hezbollah fired", "could strike"."""
    return _unreal(ctx, tok, chain) or bool(_auxes(chain) & _MAYBE)


def _present(verb: Token) -> bool:
    """Is ``verb`` in the present tense ("until Israel ends", "until Hamas is destroyed")?"""
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"}
                                              for c in kids_of(verb))


def _unreal(ctx: Ctx, tok: Token, chain: list[Token]) -> bool:
    """"if Hezbollah fired", "it is crucial that", "will likely develop": hypothetical by more than a modal."""
    for x in tok.ancestors:
        if x.dep_ == "advcl" and any(low in {"if", "unless"} or low == "until" and _present(x)
                                     for _, low, _ in dependents(x)):
            return True  # "will keep fighting until Israel ends its war": a condition, not an act
        if x.dep_ in {"ccomp", "ROOT"}:
            break
    if any(low in {"if", "unless", "whether"} or low == "until" and _present(tok)
           for dep, low, _ in dependents(tok) if dep == "mark"):
        return True
    if tok.pos_ in {"VERB", "AUX"} and vital(ctx, tok) is not None:
        return True  # "it is crucial that the United States supports Ukraine": needed, not done
    if _judged_act(ctx, tok) or _proposed_term(tok) or _subjunctive(tok):
        return True
    scope = _verb_chain(tok, chain)
    if any(x.lemma_ in ctx.lex.of("weigh") for x in scope[1:3]):
        return True  # "to consider offering sanctions relief": weighed, not done
    if any(x.lemma_ in ctx.lex.of("hesitate") and not any(dep == "neg" for dep, _, _ in dependents(x))
           for x in scope[1:3]):
        return True  # "Hamas hesitated to accept the deal" (but "would not hesitate to strike" will strike)
    if tok.pos_ == "NOUN" and any(dep == "amod" and low in ctx.lex.of("prospective") or dep == "det" and low == "any"
                                  for dep, low, _ in dependents(tok)):
        return True  # "future negotiations", "possible talks", "would respond to any NATO deployment"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ in _PREPARE:
        return True  # "ordered the military to prepare for a ground offensive": readied, not launched
    if tok.dep_ == "acl" and tok.head.lower_ in ctx.lex.of("faculty") and tok.head.head.lemma_ not in _USED and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok)):
        return True  # "limits its ability to target Hezbollah", "reserves the right to respond": able to, not done
    if any(_guess(ctx, x) for x in scope[:3]):
        return True  # "will likely develop slowly", "the U.S. is likely to respond with threats": a forecast
    wished, permitted = ctx.lex.of("want-of"), ctx.lex.of("permit")
    return any(x.dep_ == "ccomp" and (_wish(ctx, x.head) or x.head.lemma_ in wished) or x.dep_ == "xcomp" and (
        x.head.lemma_ in wished or x.head.lemma_ in permitted) and any(
        c.dep_ in {"dobj", "nsubjpass"} for c in kids_of(x.head)) for x in chain)  # "I hope his charge will be
    # dropped", "the EU wants Russia to withdraw", "Kenya would like the rebels to lay down their arms": wished for,
    # not done; "Congress authorized Biden to strike the Houthis": leave given, no strike


def _proposed_term(tok: Token) -> bool:
    """"backed a plan requiring Hamas to free the hostages", "a resolution demanding that Iran release the tanker":
    what a proposal would have someone do is put forward, not done (but the proposal's own verb is the act of
    whoever put it forward, and "a plan which Hamas said it would accept" tells of the plan)."""
    t = tok
    for _ in range(4):
        if t.dep_ in {"acl", "relcl"}:
            return t.i != tok.i and issue_kind(t.head.lower_) == "proposal" and (
                t.dep_ == "acl" or any(dep == "nsubj" and low in {"that", "which"} for dep, low, _ in dependents(t)))
        if t.dep_ not in {"xcomp", "ccomp", "conj"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def _subjunctive(tok: Token) -> bool:
    """"it is important that talks be mediated by the AU", "called it right that talks be held without conditions":
    a verb in the bare subjunctive of a "that" clause is wished for, not done."""
    while tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}:
        tok = tok.head
    if tok.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids_of(tok)):
        return False
    auxes = [c for c in kids_of(tok) if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return auxes[0].lower_ == "be" and auxes[0].tag_ == "VB"  # ("that talks be held", not "will be")
    return tok.tag_ == "VB" and any(c.dep_ == "nsubj" and c.lower_ not in {"i", "we", "you", "they"} for c in kids_of(tok))


def _wish(ctx: Ctx, verb: Token) -> bool:
    """Is ``verb`` one of wanting ("hope", "want"; "hopes", which the tagger reads as "hop")?"""
    intent = ctx.lex.of("intent")
    return verb.lemma_ in intent or verb.tag_ == "VBZ" and verb.lower_[:-1] in intent


def _judged_act(ctx: Ctx, tok: Token) -> bool:
    """"It is necessary for India to help them", "it was a mistake to trust the mediators", "it is in Russia's
    interest to cooperate with China": an act told as an infinitive after "it is" and a judgement, with its doer
    after "for" (asked of it), judged wrong or said to be in someone's interest, is not done (unlike "it is to
    sign", which is future, or "it is an honour to host", which the speaker does)."""
    while tok.dep_ == "conj":
        tok = tok.head
    be = tok.head
    if tok.dep_ not in {"xcomp", "advcl", "ccomp"} or be.lemma_ != "be" or not any(
            dep == "aux" and low == "to" for dep, low, _ in dependents(tok)) or not any(
            dep == "nsubj" and low == "it" for dep, low, _ in dependents(be)):
        return False
    if any(p.lower_ == "in" and any(o.lemma_ == "interest" for o in kids_of(p)) for p in kids_of(be)):
        return True  # "it is in Egypt's interests to work with Turkey": good for it, not done
    judged = [low for dep, low, _ in dependents(be) if dep in {"acomp", "attr"}]
    return bool(judged) and (any(dep == "mark" and low == "for" for dep, low, _ in dependents(tok))
                             or bool(set(judged) & ctx.lex.of("blame")))


def forecast(ctx: Ctx, tok: Token) -> bool:
    """"The U.S. is likely to respond with threats": an analyst's forecast, not an act (even a threat)."""
    return any(_guess(ctx, x) for x in _verb_chain(tok, _chain(tok))[:3])


def _verb_chain(tok: Token, chain: list[Token]) -> list[Token]:
    """The chain whose words say whether ``tok`` happens: its own, or for a noun the chain of the verb it is
    the subject or object of ("cooperation will likely develop": the forecast is of the verb)."""
    verb = _governor(tok) if tok.pos_ == "NOUN" else None
    return _chain(verb) if verb is not None else chain


def _guess(ctx: Ctx, tok: Token) -> bool:
    """"likely develop", "is likely to respond", "probably intend"."""
    guess = ctx.lex.of("guess")
    return tok.lower_ in guess and tok.pos_ == "ADJ" or any(
        low in guess and dep in {"advmod", "acomp"} for dep, low, _ in dependents(tok))


def _governor(tok: Token) -> Token | None:
    """The verb a noun is the subject or object of ("cooperation will develop", "respond with threats")."""
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"VERB", "AUX"}:
        return tok.head.head
    return None


def _future(ctx: Ctx, tok: Token, chain: list[Token]) -> bool:
    """"will withdraw", "vowed to strike", "is to leave"."""
    future = ctx.lex.of("future")
    auxes = _auxes(chain)
    if auxes & {"will", "would", "shall", "'ll"}:
        return True
    if participle_adjunct(tok):
        return False  # "Meeting Zelenskyy in Kyiv, Duda pledged more arms": the meeting is done, not pledged
    if tok.dep_ != "conj" and any(x.lemma_ in future for x in chain[1:2]):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
        return True
    if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok)) and any(
            c.dep_ == "dobj" and c.lemma_ in future and c.i < tok.i for c in kids_of(tok.head)):
        return True  # "repeated his vow to send forces", parsed as a purpose clause
    return (tok.dep_ in {"acl", "xcomp", "advcl", "ccomp"} and tok.head.lemma_ in future
            and tok.head.pos_ in {"VERB", "NOUN"} and not (tok.dep_ == "acl" and tok.tag_ == "VBN"))


def participle_adjunct(tok: Token) -> bool:
    """Is ``tok`` an -ing participle set beside its clause as what its subject does meanwhile ("Visiting Baghdad,
    Pezeshkian vowed ...", "vowed to keep up the pressure, meeting Hamas leaders"), not the content of its head?"""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or any(c.dep_ in {"aux", "mark", "nsubj", "nsubjpass"} for c in kids_of(tok)):
        return False
    first = tok.left_edge.i  # set off by a comma, or opening the sentence (not "promised to end the war achieving
    return first == tok.sent.start or tok.doc[first - 1].text == ","  # peace through talks")


def deontic_aux(verb: Token) -> bool:
    """Does a deontic word ("should", "must", "ought") stand before ``verb`` as its auxiliary?"""
    return any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in kids_of(verb))


def duty_head(head: Token) -> bool:
    """Is ``head`` a verb of duty whose complement is owed ("needs to", "has to"; not "has yet to respond": not done
    so far, asked of no one)?"""
    return head.lemma_ in {"need", "have"} and not any(c.lower_ == "yet" for c in kids_of(head))


def deontic(verb: Token) -> bool:
    """"should accept", "must accept", "needs to accept", "it is time for Hamas to accept"."""
    if deontic_aux(verb):
        return True
    if verb.dep_ in {"relcl", "acl"} and verb.head.lower_ == "time" and verb.head.dep_ == "attr":
        be = verb.head.head  # (but "it is not the time to offer relief" asks for nothing)
        return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids_of(be)) and not any(
            c.dep_ == "neg" for c in (*kids_of(be), *kids_of(verb.head)))
    return verb.dep_ == "xcomp" and duty_head(verb.head)


def mandated(ctx: Ctx, verb: Token) -> bool:
    """"Hamas insists that Israel withdraw", "suggested that Kyiv be given more time": a "that" clause in the bare
    subjunctive after a verb of insisting is what is asked of its subject (its verb, or its "be", has no tense)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in ctx.lex.of("mandative") or verb.i < verb.head.i:
        return False
    deps = [(c.dep_, c.tag_) for c in kids_of(verb)]
    bare = verb.tag_ == "VB" and not any(dep == "aux" for dep, _ in deps) or verb.tag_ == "VBN" and (
        "auxpass", "VB") in deps and not any(dep == "aux" for dep, _ in deps)
    return (bare or _past_subjunctive(verb)) and any(dep in {"nsubj", "nsubjpass"} for dep, _ in deps)


def _past_subjunctive(verb: Token) -> bool:
    """"China insisted that the Philippines withdraw its vessels": after a verb of insisting in the past, a plural
    present that keeps no sequence of tenses is the bare subjunctive (not "insisted that the sites are civilian",
    nor "insisted that they have done nothing wrong")."""
    return verb.tag_ == "VBP" and verb.head.tag_ == "VBD" and verb.lemma_ != "be" and not any(
        c.dep_ in {"aux", "auxpass", "neg"} or c.tag_ == "VBN" for c in kids_of(verb))


HOPE = frozenset({"hope", "hopes", "hoped", "hoping"})  # (the lemmatizer makes some of them "hop")


def hoped(verb: Token) -> bool:
    """"Israel hopes Hamas will accept the deal", "we're hoping that all sides will engage": what one hopes another
    will do is asked of it."""
    if verb.dep_ != "ccomp" or verb.head.lower_ not in HOPE or verb.i < verb.head.i:
        return False
    deps = [(c.dep_, c.lower_) for c in kids_of(verb)]
    return any(dep == "aux" and low in {"will", "would"} for dep, low in deps) and any(
        dep == "nsubj" and low not in {"it", "this", "that"} for dep, low in deps)  # ("hoped it would hold": the deal)


def called_off(ctx: Ctx, verb: Token) -> bool:
    """"postponed the talks", "the summit was cancelled", "called off the meeting", "put off his visit": a verb
    that calls off what it governs."""
    return verb.lemma_ in ctx.lex.of("call-off") or verb.lemma_ in {"call", "put"} and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in kids_of(verb))  # (not "kicked off talks", "set off")


_WISH_MODAL = frozenset({"like", "prefer"})  # only with "would": "would like Hamas to accept" (not "likes")
_FIRST_PERSON = frozenset({"we", "i"})


def wanted(ctx: Ctx, verb: Token) -> bool:
    """"Washington wants Israel to scale back the operation", "the rebels want Tshisekedi to negotiate", "Kenya
    would like the rebels to lay down their arms": what an actor wants another to do is asked of it (what it does
    not want, "will want", "would have liked", or wants another to know or understand, is no request)."""
    want = verb.head
    if verb.dep_ not in {"ccomp", "xcomp"} or want.lemma_ not in ctx.lex.of("want-of") or verb.i < want.i or any(
            c.dep_ == "neg" for c in kids_of(want)) or verb.lemma_ in _KNOWN:
        return False
    modals = {c.lower_ for c in kids_of(want) if c.dep_ == "aux"}
    if (modals not in ({"would"}, {"'d"}) if want.lemma_ in _WISH_MODAL else modals & {"will", "'ll", "would", "'d"}):
        return False
    deps = [(c.dep_, c.lower_) for c in kids_of(verb)]
    asked = [c for c in kids_of(want) if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else [
        c for c in kids_of(verb) if c.dep_ == "nsubj"]
    return ("aux", "to") in deps and any(c.lower_ not in {"it", "this", "that"} | _FIRST_PERSON for c in asked)


_KNOWN = frozenset({"know", "understand", "realize", "see"})  # "I want Putin to know that we will defend ..."


def wisher(ctx: Ctx, verb: Token) -> tuple[str, ...]:
    """Who hopes or wants ``verb`` done: the subject of the wish, or the speaker for "we" and "I"."""
    if any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in kids_of(verb.head)):
        return speaker(ctx, verb.head)[1]
    return subject(ctx, verb.head)


def vital(ctx: Ctx, tok: Token) -> Token | None:
    """'"It is essential that Israel allow aid in," Guterres said', "said it was vital for Hamas to accept": in
    speech, what it is said to be vital that an actor do is asked of it (the word that says so, or None)."""
    be = tok.head
    if tok.dep_ not in {"ccomp", "advcl"} or be.lemma_ != "be" or tok.i < be.i or tok.tag_ in {"VBD", "VBN"}:
        return None  # ("it is important that Israel responded": a verdict on what was done)
    if not any(c.dep_ == "mark" and c.lower_ in {"that", "for"} for c in kids_of(tok)):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids_of(be)) or any(c.dep_ == "neg" for c in kids_of(be)):
        return None
    return next((c for c in kids_of(be) if c.dep_ == "acomp" and c.lower_ in ctx.lex.of("necessary")), None)


def refusal(tok: Token, never: bool = True) -> bool:
    """"would not sign", "has never recognised": a refusal, not just an event that did not happen (with ``never``
    false, only a will: "have never met" tells meetings that did not happen, "would not meet" refuses one)."""
    auxes = {c.lower_ for c in kids_of(tok) if c.dep_ == "aux"}
    never = never and any(c.lower_ == "never" or _no_longer(c) for c in kids_of(tok))
    return bool(auxes & {"will", "would", "wo", "can", "could", "ca"}) or never


# -- speakers ------------------------------------------------------------------------------------

def speaker(ctx: Ctx, tok: Token) -> tuple[Token | None, tuple[str, ...]]:
    """The speech verb whose content holds ``tok``, with its speaker (worked out once per token)."""
    key = ("speaker", tok.i)
    if key not in ctx.memo:
        ctx.memo[key] = _speaker(ctx, tok)
    return ctx.memo[key]


_ASIDES = frozenset({"ACCUSE", "REQUEST"})


def accusing_aside(ctx: Ctx, t: Token) -> bool:
    """"Iranian leaders vowed tough action against the protesters, blaming the United States", "vowed to retaliate,
    accusing Kyiv of terrorism", "condemned the attack, calling on Israel to respect the law": a participle of blame or
    of asking set off by a comma after its verb is the subject's own accusation or request, not what the verb says
    or vows."""
    hit = ctx.cues.at(t)
    return t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > t.head.i and hit is not None and hit.cue.plover in _ASIDES \
        and t.i > 0 and t.doc[t.i - 1].text == ","


def result_clause(ctx: Ctx, t: Token) -> bool:
    """"Erdogan questioned Macron's health, prompting France to recall its ambassador": a clause of what followed
    (a participle after its verb, itself no cue) is neither the content of that verb nor said by its speaker."""
    return t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > t.head.i and ctx.cues.at(t) is None


def _speaker(ctx: Ctx, tok: Token) -> tuple[Token | None, tuple[str, ...]]:
    speech = ctx.lex.of("speech")
    t, reported = tok, None
    for _ in range(8):
        if t.dep_ == "ROOT" or t.head.i == t.i:
            break
        if result_clause(ctx, t):
            break
        dep, clause, t = t.dep_, t, t.head
        if t.lemma_ in speech and dep in {"ccomp", "xcomp", "conj", "advcl", "parataxis"}:
            who = subject(ctx, t)
            if not who or not all(ctx.lex.outlet(w) for w in who):
                return t, who
            reported = reported or (t, who)  # "said the IAEA should focus on Israel, NBC reported", read inside
            continue  # "said": the sayer, not the outlet that reports him
        if dep == "acl" and any(c.dep_ == "mark" for c in kids_of(clause)) and (said := _said_in(ctx, t)) is not None:
            return said, subject(ctx, said)  # "said in a statement that the attack was ...": a content clause
    if reported is not None:
        return reported
    for child in kids_of(ctx.res.words.root(tok)):
        if child.dep_ == "parataxis" and child.lemma_ in speech and child.i != tok.i:
            return child, subject(ctx, child)
    return None, quoted_speaker(ctx, ctx.res.words.sent(tok))


def _said_in(ctx: Ctx, noun: Token) -> Token | None:
    """"Egypt said in a statement that the attack was a crime": the speech verb a document noun hangs on, when the
    parser hung the content clause on the noun (not a relative clause: "the statement that was issued")."""
    verb = noun.head.head if noun.dep_ == "pobj" else None
    if verb is None or noun.lemma_ not in ctx.lex.of("document") or verb.lemma_ not in ctx.lex.of("speech"):
        return None
    return verb


def according_to(ctx: Ctx, sent: Span) -> Token | None:
    """The source an "according to X" of the sentence names (X), or None."""
    for tok in ctx.res.words.tokens(_ACCORDING, span=sent):
        for prep in kids_of(tok):
            if prep.lower_ == "to":
                return next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
    return None


def told_by_accuser(ctx: Ctx, tok: Token) -> bool:
    """Is what ``tok`` tells said by an accuser by office ("Prosecutors say ...", "... according to
    prosecutors")?"""
    if not ctx.res.words.has_any(ctx.lex.of("accuser")):
        return False  # (no accuser in the text)
    verb, _ = speaker(ctx, tok)
    if verb is not None:
        words = [t for s in kids_of(verb) if s.dep_ in SUBJ for t in s.subtree]
    else:
        source = according_to(ctx, ctx.res.words.sent(tok))
        words = list(source.subtree) if source is not None else []
    return any(t.lower_ in ctx.lex.of("accuser") for t in words)


def quoted_speaker(ctx: Ctx, sent: Span) -> tuple[str, ...]:
    """A sentence that is all quotation continues the speaker of the quote before it:
    '"We have a deal," Borrell said. "Both sides committed."'"""
    key = ("quoted_speaker", sent.start)
    if key not in ctx.memo:
        ctx.memo[key] = _quoted_speaker(ctx, sent)
    return ctx.memo[key]


def _quoted_speaker(ctx: Ctx, sent: Span) -> tuple[str, ...]:
    speech = ctx.lex.of("speech")
    text = ctx.text[sent.start_char:sent.end_char].strip()
    if not text or not (text[0] in _OPEN_QUOTES or _inside_quote(ctx, sent)) or any(
            t.lemma_ in speech and t.pos_ == "VERB" and not _said_within(t) for t in sent):
        return ()
    ahead = _closing_speaker(ctx, sent, text)
    if ahead or sent.start == 0:
        return ahead
    prev = ctx.res.words.sent(ctx.doc[sent.start - 1])
    sayers = [t for t in prev if t.pos_ == "VERB" and (t.lemma_ in speech or _in_document(ctx, t))]  # ("The ministry
    # condemned the strike in a statement. 'We hold Washington responsible.'": the ministry, as a statement's issuer)
    outside = [t for t in sayers if not quote_open(ctx.text[prev.start_char:t.idx])]  # ('"... Maduro, who announced
    for t in outside + sayers:  # he would move against the opposition ...," Trump said': Trump, not Maduro)
        if quote := subject(ctx, t):
            return quote
    return quoted_speaker(ctx, prev) if ctx.text[prev.start_char:prev.end_char].strip()[:1] in _OPEN_QUOTES else ()


def _in_document(ctx: Ctx, verb: Token) -> bool:
    """Is ``verb`` done "in a statement" or another document ("condemned the strike in a statement")?"""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_ in ctx.lex.of("document")
                                                               for o in kids_of(p)) for p in kids_of(verb))


def _said_within(verb: Token) -> bool:
    """Is a speech verb inside a quotation part of what is quoted, naming no other speaker ('"I will continue to
    engage, noting that I have not travelled"', '"as I said, we will act"', '"the substance of which was conveyed
    to me"')?"""
    subjects = [c for c in kids_of(verb) if c.dep_ in SUBJ]
    return (verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"} and not subjects) or any(
        c.lower_ in {"i", "we"} for c in subjects) or any(c.dep_ == "auxpass" for c in kids_of(verb))


def _inside_quote(ctx: Ctx, sent: Span) -> bool:
    """Does the sentence sit inside a quotation opened earlier in its paragraph ('"We have no country.
    That's why we ask Europe. ...," he said.': the middle sentence)?"""
    return quote_open(ctx.text[ctx.text.rfind("\n", 0, sent.start_char) + 1:sent.start_char])


def _closing_speaker(ctx: Ctx, sent: Span, text: str) -> tuple[str, ...]:
    """'"Europe needs to fortify its defense. We only have one shot," said Brekelmans.': a quotation
    that runs on is said by whoever the sentence that closes it names after the closing mark."""
    if _closes(text[1:]):
        return ()
    nxt = sent.end
    for _ in range(4):
        if nxt >= len(ctx.doc):
            return ()
        after = ctx.res.words.sent(ctx.doc[nxt])
        words = ctx.text[after.start_char:after.end_char]
        if _closes(words):
            mark = after.start_char + max(words.rfind("”"), words.rfind('"'))
            return next((found for t in after if t.idx > mark and t.lemma_ in ctx.lex.of("speech")
                         and t.pos_ == "VERB" and (found := subject(ctx, t))), ())
        nxt = after.end
    return ()


def _closes(text: str) -> bool:
    """Does the text close a quotation opened before it (a closing curly mark, or an odd straight one)?"""
    return "”" in text or text.count('"') % 2 == 1


def speaks_for(ctx: Ctx, speaker_ids: tuple[str, ...], source: tuple[str, ...]) -> bool:
    """Does the speaker speak for the source ("his country, he said, would ...")?"""
    res = ctx.res
    aff = {a for s in speaker_ids if (a := res.affiliation(s)) and not _retired(ctx, s)}
    if set(source) <= aff | set(speaker_ids):
        return True
    first = res.actor(source[0])
    return res.kind(source[0]) == "organization" and first is not None and first.affiliation in aff


def _retired(ctx: Ctx, person: str) -> bool:
    """"Retired Turkish admiral Cem Gurdeniz", "former minister X": one who no longer holds the office his title
    names speaks for himself, not for the state he served."""
    key = ("retired", person)
    if key not in ctx.memo:
        ctx.memo[key] = _retired_title(ctx, person)
    return ctx.memo[key]


def _retired_title(ctx: Ctx, person: str) -> bool:
    res, former = ctx.res, ctx.lex.of("former")
    for start, end, actor_id, _ in set(res.spans.values()):
        if actor_id == person:
            root = res.words.span_root(start, end)
            titles = [root, *(c for c in kids_of(root) if c.dep_ == "appos")]
            if any(t.lower_ in former for x in titles for t in x.subtree if t.i < start or x is not root):
                return True
    return False


def namer(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """The subject of "call", "describe", "term" when the cue noun is what something is called."""
    head = tok.head
    if tok.dep_ in {"oprd", "ccomp", "dobj", "attr"} and head.lemma_ in ctx.lex.of("naming"):
        return subject(ctx, head)
    return ()


# -- cues inside cues ----------------------------------------------------------------------------

def _scope(tok: Token) -> Token:
    return tok.head if tok.pos_ == "NOUN" and tok.head.pos_ in {"VERB", "AUX"} else tok


def content_cue(ctx: Ctx, tok: Token) -> bool:
    """Does the content of ``tok`` (a pledge) hold an act of its own, coded for the pledger? Fighting to
    be stopped ("pledged to stop fighting") and talks to be held ("promised to negotiate with the RSF")
    are no such act, nor is cooperation ("pledged to cooperate with the IAEA"): the pledge itself is the agreement."""
    scope = _scope(tok)
    end = ctx.lex.of("end")
    return any(t.i != tok.i and t.i != scope.i and t.dep_ in {"xcomp", "ccomp", "acl", "advcl", "conj"}
               and (hit := ctx.cues.at(t)) is not None and hit.cue.plover not in {"CONSULT", "COOPERATE"}
               and t.head.lemma_ not in end and not fights_ill(ctx, t)
               for t in scope.subtree)


def ended_by(ctx: Ctx, tok: Token) -> Token | None:
    """The word that ends ``tok``: "stop the fighting", and "end nearly 60 years of war", "halt months of
    clashes", where what ends is a span of the fighting."""
    end = ctx.lex.of("end")
    if tok.head.lemma_ in end:
        return tok.head
    span = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if span is not None and span.dep_ in {"dobj", "pobj", "nsubjpass"} and span.head.lemma_ in end:
        return span.head
    return None


def _pledge_asked(ctx: Ctx, pledge: Token) -> bool:
    """"Pompeo pressed the Taliban to honour their pledge to sever ties with Al-Qaeda": a pledge someone is asked
    to keep (the object of a verb that is itself asked for) is a pledge made before; what it pledges is asked."""
    return pledge.pos_ == "NOUN" and pledge.dep_ == "dobj" and absorbed(ctx, pledge.head)


def pledge_absorbs(ctx: Ctx, tok: Token) -> bool:
    """Is the content of a pledge coded through the pledge (a threat, or an agreement), not on its own?"""
    return content_is_force(ctx, tok) or not content_cue(ctx, tok)


def content_is_force(ctx: Ctx, tok: Token) -> bool:
    """Does the content of a pledge or warning name force ("strike hard", "send ground forces")?
    A withdrawal or a release of troops does not."""
    words = False
    force = ctx.lex.of("force")
    if to_mission(ctx, _scope(tok)):
        return False
    merged = {w.i for t in _scope(tok).subtree if t.i != tok.i and t.lemma_ in ctx.lex.of("merge-forces") for w in t.subtree}
    for t in _scope(tok).subtree:
        if t.i == tok.i or ended_by(ctx, t) or t.i in merged:
            continue  # "vowed to stop the fighting" promises peace, not force, as "pledged to merge its forces with
            # the army" does
        if fights_ill(ctx, t) or forgone(ctx, t) or _in_trigger(t, _scope(tok)):
            continue  # "vowed to fight poverty", "pledged not to use force" promise no force
        hit = ctx.cues.at(t)
        if hit and hit.cue.plover in _FORCE_TYPES | {"PROTEST"}:  # ("vowed to stage protests against Ruto": a
            return True  # threat of protest)
        if hit and hit.cue.plover in _PEACE_TYPES and t.head.lower_ != "against":  # ("retaliate against the joint
            return False  # drills": force against a peaceful act)
        words = words or t.lower_ in force
    return words


_TRIGGER_PREPS = {"after", "following", "amid", "over", "despite"}


def is_trigger(tok: Token) -> bool:
    """"following the U.S.'s arms sale", "after Israel's strike": a word that names the act something answers."""
    return tok.dep_ in {"prep", "acl", "advcl"} and tok.lower_ in _TRIGGER_PREPS


def _in_trigger(tok: Token, scope: Token) -> bool:
    """"vowed countermeasures following the U.S.'s arms sale to Taiwan": what the pledge answers (a word under
    "following", "after", "over") is no part of what it pledges."""
    for t in (tok, *tok.ancestors):
        if t.i == scope.i:
            return False
        if is_trigger(t):
            return True
    return False


def forgone(ctx: Ctx, tok: Token) -> bool:
    """"pledged not to attack civilians", "vowed not to use force": a word in the content of a pledge under a verb
    that its own "not" negates is forgone, not promised."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in kids_of(t)):
            return True
        if t.dep_ not in {"xcomp", "dobj", "pobj", "prep", "compound", "amod", "conj"} or t.dep_ == "conj" and any(
                c.dep_ == "aux" for c in kids_of(t)):
            return False  # ("would not stand idle and would strike back": the strike is promised)
    return False


def restraint_pledged(ctx: Ctx, tok: Token) -> bool:
    """Does the content of a pledge forgo force ("vowed not to invade Moldova", "pledged not to use force")?"""
    force = ctx.lex.of("force")
    return any(t.i != tok.i and forgone(ctx, t) and (
        (hit := ctx.cues.at(t)) is not None and hit.cue.plover in _FORCE_TYPES or t.lower_ in force)
        for t in _scope(tok).subtree)


def fights_ill(ctx: Ctx, tok: Token) -> bool:
    """"Agreed a joint plan to fight smuggling", "pledged to combat terrorism", "crack down on smuggling": a verb
    of force whose object is an ill a state fights is no act of force against anyone."""
    hit = ctx.cues.at(tok)
    if hit is None or not hit.cue.verbal or hit.cue.plover not in _FORCE_TYPES:
        return False
    ills = ctx.lex.of("scourge")
    heads = [tok, *(c for c in kids_of(tok) if c.dep_ == "prt")]  # "crack down on smuggling"
    objects = [c for c in kids_of(tok) if c.dep_ == "dobj"] + [o for h in heads for p in kids_of(h) if p.dep_ == "prep"
                                                              and p.lower_ in {"on", "against"} for o in kids_of(p)]
    return any(o.lemma_ in ills or o.lower_ in ills for o in objects)


def to_mission(ctx: Ctx, tok: Token) -> bool:
    """"Pledged to contribute troops to the mission", "committed 2,000 troops to a peacekeeping force", "pledged to
    deploy peacekeepers": troops sent to serve in a mission threaten no one."""
    missions = ctx.lex.of("mission")
    return ctx.res.words.has_any(missions) and any((t.dep_ == "pobj" and t.head.lower_ == "to" or t.dep_ == "dobj") and any(
        w.lemma_ in missions for w in (t, *(c for c in kids_of(t) if c.dep_ in {"compound", "amod"})))
        for t in tok.subtree)


def offered_harm(ctx: Ctx, tok: Token) -> bool:
    """"The EU is ready to impose further sanctions on Moscow", "Britain was prepared to sanction Israeli ministers":
    force, a sanction or coercion that its doer is ready or willing to use is held out, a threat (not agreed)."""
    own = ctx.cues.at(tok)
    if own is None or own.cue.plover not in THREAT_HELD_OUT or tok.dep_ != "xcomp" or _negated(ctx, _chain(tok.head)):
        return False  # (not "the EU is not ready to impose sanctions", "is no longer willing to")
    head = ctx.cues.at(tok.head)
    return tok.head.lower_ in ctx.lex.of("willing") or head is not None and head.cue.pos == "A" and head.cue.plover == "AGREE"


def absorbed(ctx: Ctx, tok: Token) -> bool:
    """A complement of another cue ("urged Hamas to accept") is coded through that cue; an act of force
    that someone is named to have done ("support for Russia's war against Ukraine") is a fact of its own."""
    if _owned_force(ctx, tok):
        return False
    if any(dep == "nsubj" and (h := ctx.cues.at(ctx.doc[i])) is not None and h.cue.pos == "N"
           and h.cue.plover == "REQUEST" for dep, _, i in dependents(tok)):
        return True  # "its call to the authorities to drop all charges", parsed with "call" as subject
    comp = _first_infinitive(tok)  # "agreed to restore ties and to meet again": "meet" is agreed as "restore" is
    if comp.dep_ in {"xcomp", "ccomp", "acl"} and (head := ctx.cues.at(comp.head)):
        if "pledge" in head.cue.flags:  # "vowed to send troops", "his vow to send troops"
            return pledge_absorbs(ctx, comp.head) or _pledge_asked(ctx, comp.head)
        if comp.dep_ == "xcomp":  # (but a release agreed is a concession too: "agreed to free 1,000 prisoners")
            return not (head.cue.plover == "AGREE" and (own := ctx.cues.at(tok)) is not None and own.cue.plover == "CONCEDE") \
                and not offered_harm(ctx, tok)
    if _on_cue_noun(ctx, tok) or tok.dep_ == "acl" and asked_of_answerer(ctx, tok) and ctx.cues.at(tok.head.head):
        return True  # ("accepted a U.S. invitation to attend talks": attending is what is accepted)
    if tok.dep_ == "advcl" and (vow := _pledge_object(ctx, tok)) is not None:
        return pledge_absorbs(ctx, vow)  # "repeated his vow to send troops", parsed with "send" on "repeated"
    if _pressed_to(ctx, tok) or _talks_aim(ctx, tok):
        return True
    if tok.dep_ in {"pcomp", "pobj"} and tok.head.dep_ == "prep" and not partnered(ctx, tok):
        owner = ctx.cues.at(tok.head.head)
        if owner and (owner.cue.pos == "N" or tok.head.lower_ == "to"):  # "objected to holding talks"
            return True
        left = tok.head.head.head if tok.head.head.lower_ == "out" else tok.head.head  # "walked out of", parsed
        left_hit = ctx.cues.at(left) if tok.head.lower_ in {"of", "from"} else None  # with "of" on "out"
        if left_hit is not None and left_hit.cue.plover in _LEAVING:
            return True  # "walked out of the talks", "withdrew from the negotiations": talks left, not held
    if _denial_beside(ctx, tok):
        return False
    return _inside_cue(ctx, finite_host(tok)) or _measure_aimed(ctx, tok) or _talked_about(ctx, tok) \
        or _object_of_absorbed(ctx, tok) or _asked_for(ctx, tok)


def _asked_for(ctx: Ctx, tok: Token) -> bool:
    """"China called for improving relations between India and Pakistan", "we urge UNAMA to work toward
    strengthening relations between Afghanistan and the UN": a peaceful act that a request asks "for" or "toward",
    or that its infinitive works toward, is asked, not done (an act of force named there, "for the attack", may be
    the reason, and is left alone)."""
    own = ctx.cues.at(tok)
    if own is None or own.cue.plover not in _PEACE_TYPES | {"SUPPORT"}:
        return False
    t = tok
    for _ in range(4):
        if t.dep_ in {"pcomp", "pobj"} and t.head.dep_ == "prep" and t.head.lower_ in {"for", "toward", "towards"}:
            t = t.head.head
        elif t.dep_ == "xcomp":
            t = t.head
        else:
            return False
        host = ctx.cues.at(t)
        if host is not None and host.cue.plover == "REQUEST":
            return True
    return False


def _first_infinitive(tok: Token) -> Token:
    """The first of infinitives joined by "and" ("agreed to restore ties and to meet again": "restore"), else ``tok``."""
    first = tok
    while first.dep_ == "conj" and first.tag_ == "VB" and first.head.tag_ == "VB":
        first = first.head
    return first


def finite_host(tok: Token) -> Token:
    """"refused to recognize the results and accused the government of rigging the vote": a past or present verb
    the parser joined to an infinitive is joined to the verb the infinitive hangs on, whose content it is not."""
    return conj_host(tok) if tok.dep_ == "conj" and conj_host(tok).i != tok.head.i else tok


def _talks_aim(ctx: Ctx, tok: Token) -> bool:
    """"has been holding talks with the Houthis to end the war", "are meeting in Jeddah to reach a truce": an
    agreement that talks are held for is their aim, not one made."""
    own, head = ctx.cues.at(tok), ctx.cues.at(tok.head)
    return tok.dep_ == "advcl" and own is not None and own.cue.plover == "AGREE" and head is not None \
        and head.cue.plover == "CONSULT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok))


def _on_cue_noun(ctx: Ctx, tok: Token) -> bool:
    """"Israel reserves the right to strike Hezbollah", "issued a threat to close the border": an infinitive on
    the noun of a multiword verb cue is that cue's content, not an act done."""
    noun = tok.head
    hit = ctx.cues.at(noun.head) if tok.dep_ == "acl" and noun.dep_ == "dobj" else None
    return hit is not None and noun.i in hit.parts and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok))


def _object_of_absorbed(ctx: Ctx, tok: Token) -> bool:
    """"Turkey stood ready to host a meeting between Putin and Zelenskyy", "offered to host talks between the two
    sides", "called for the resumption of negotiations between Serbia and Kosovo": talks that are the object of a
    verb cue coded through another cue (an offer, a request), or "of" a noun asked for, are not held either."""
    own = ctx.cues.at(tok)
    if own is None or own.cue.plover != "CONSULT" or tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and ctx.cues.at(head.head) is None:
        return _inside_cue(ctx, head.head)
    return tok.dep_ == "dobj" and (hit := ctx.cues.at(head)) is not None and hit.cue.verbal and absorbed(ctx, head)


def _talked_about(ctx: Ctx, tok: Token) -> bool:
    """"Blinken discussed the war in Gaza with Shoukry", "talked about the attacks": force or pressure that is
    the topic of talks is what the talkers talk about, not their own act."""
    hit = ctx.cues.at(tok)
    if hit is None or hit.cue.pos != "N" or hit.cue.plover not in _FORCE_TYPES | {"SANCTION", "THREATEN"}:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"about", "on", "over"}:
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    talk = ctx.cues.at(head)
    return talk is not None and talk.cue.verbal and talk.cue.plover == "CONSULT" and (
        tok.dep_ == "pobj" or "topic" in talk.cue.flags)


def _denial_beside(ctx: Ctx, tok: Token) -> bool:
    """"Kyiv accuses Moscow of abducting children, a charge the Kremlin denies": an accusation and the denial of it
    told beside it, each an act of its own (the parser hangs one on the other, either way round)."""
    claims = ctx.lex.of("claim")
    if tok.dep_ == "relcl" and tok.head.lower_ in claims:  # "... , a charge the Kremlin denies"
        return (hit := ctx.cues.at(tok)) is not None and hit.cue.plover == "REJECT"
    if tok.dep_ != "ccomp":
        return False
    denial, accusation = (tok.head, tok) if tok.i < tok.head.i else (tok, tok.head)  # ("..., a charge Abu Dhabi
    # denies", parsed as what "accuses" says)
    hit, accusing = ctx.cues.at(denial), ctx.cues.at(accusation)
    return hit is not None and hit.cue.plover == "REJECT" and accusing is not None \
        and accusing.cue.plover == "ACCUSE" and bool(claims_said(ctx, denial))  # "..., a claim Abu Dhabi rejected"


def _measure_aimed(ctx: Ctx, tok: Token) -> bool:
    """"Adopted new sanctions against Russia, targeting its oil exports", "tariffs targeting Chinese steel":
    where a measure is aimed is coded through the measure, not as an act of force."""
    hit = ctx.cues.at(tok)
    if hit is None or hit.cue.plover != "ASSAULT" or tok.dep_ not in {"acl", "advcl"}:
        return False
    head = tok.head
    measures = [head] + [o for o in kids_of(head) if o.dep_ == "dobj"]
    measures += [o for m in measures for p in kids_of(m) if p.dep_ == "prep" and p.lower_ == "of"
                 for o in kids_of(p) if o.dep_ == "pobj"]  # "a package of sanctions"
    return any((m := ctx.cues.at(t)) is not None and m.cue.plover == "SANCTION" for t in measures)


def _pressed_to(ctx: Ctx, tok: Token) -> bool:
    """"Britain made a formal request to Rwanda to withdraw its troops", parsed with "withdraw" on "made": an
    infinitive after the object noun of a request is what is asked, not done."""
    if tok.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok)):
        return False
    return any(o.dep_ == "dobj" and o.i < tok.i and (h := ctx.cues.at(o)) is not None and h.cue.pos == "N"
               and h.cue.plover == "REQUEST" for o in kids_of(tok.head))


def _pledge_object(ctx: Ctx, tok: Token) -> Token | None:
    """The pledge noun right before an infinitive clause that the parse hung on the verb instead."""
    prev = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if prev is None or prev.dep_ != "dobj" or prev.head.i != tok.head.i or not any(c.lower_ == "to" for c in tok.lefts):
        return None
    hit = ctx.cues.at(prev)
    return prev if hit is not None and "pledge" in hit.cue.flags else None


def _owned_force(ctx: Ctx, tok: Token) -> bool:
    """"Russia's war", "Israel's blockade", "Trump's threat to impose tariffs": a noun of force, threat or
    sanction with its doer as possessor, or named with "by" on a participle ("rejected the sanctions imposed by the
    U.S. Treasury", "condemned the strikes carried out by Pakistan": the doer's own act, told as a fact)."""
    hit = ctx.cues.at(tok)
    return tok.pos_ == "NOUN" and hit is not None and hit.cue.plover in _FORCE_TYPES | {"THREATEN", "SANCTION"} and (any(
        c.dep_ == "poss" and ctx.res.refs(c) for c in kids_of(tok)) or bool(made_by(ctx, tok)))


def _inside_cue(ctx: Ctx, tok: Token) -> bool:
    """``tok`` is in the content of a speech act, refusal, threat, accusation, rejection or request."""
    t, prev, told = tok, tok.i, False  # told: passed a clause on a noun ("reports that ...")
    for _ in range(6):
        if t.head.i == t.i:
            break
        prev = t.i
        marks = {low for dep, low, _ in dependents(t) if dep == "mark"}
        if t.dep_ == "advcl" and (t.i < t.head.i and not marks & {"if", "unless"} or marks & _CIRCUMSTANCE):
            break  # "threatened the EU after the EU levied a tariff", "Speaking to NATO brass, he stressed the
            # need ...": a clause of time or cause, or one before its verb, is no content
        if result_clause(ctx, t) or accusing_aside(ctx, t):
            break
        dep, t = t.dep_, t.head
        hit = ctx.cues.at(t)
        if hit and "pledge" in hit.cue.flags and dep in {"ccomp", "acl", "xcomp"}:
            return pledge_absorbs(ctx, t) or _pledge_asked(ctx, t)  # else a pledged event is coded for the pledger
        if not hit and dep == "dobj" and t.dep_ == "xcomp" and (vow := ctx.cues.at(t.head)) and "pledge" in vow.cue.flags:
            return pledge_absorbs(ctx, t.head)  # "vowed to strengthen their partnership": the vow is the agreement
        if hit and dep == "dobj" and told and hit.cue.plover == "REJECT":
            return True  # "rejected reports that it had attacked civilians": the claim's content is denied
        told = told or dep in {"acl", "ccomp"}
        if hit and dep in _CONTENT_DEPS and (
                hit.cue.flags & {"speech", "refuse"} or hit.cue.plover in {"THREATEN", "ACCUSE", "REJECT", "REQUEST"}
                or hit.cue.position == "proposes"):  # "a plan proposed by mediators to exchange hostages"
            return True
        if hit and (dep == "dobj" or dep == "prep" and tok.doc[prev].lower_ in {"for", "on", "against"}) and tok.pos_ == "NOUN" \
                and hit.cue.plover in {"THREATEN", "REJECT", "REQUEST"}:
            return True  # "called for the release of X", "threatened an attack": asked for or threatened, not done
        if hit and "warn" in hit.cue.flags and dep == "prep" and tok.doc[prev].lower_ == "of" and tok.pos_ == "NOUN" \
                and not ((own := ctx.cues.hits.get(tok.i)) and "warn" in own.cue.flags):
            return True  # "warned of countermeasures against Japan": warned of, not taken ("a threat" is read on)
        if dep not in _CONTENT_DEPS | {"conj", "pcomp", "pobj"} and not (
                dep == "prep" and tok.doc[prev].lower_ in {"to", "for", "on"}):
            break
    return False


def spoken_by_source(ctx: Ctx, tok: Token) -> bool:
    """Is the sentence's main verb a speech verb, or is the sentence all quotation with a known speaker
    ('"We will never accept this deal. We reject it," Hamdan said.'), so its speaker may stand in for a
    missing source?"""
    sent = ctx.res.words.sent(tok)
    return not passive(tok) and (ctx.res.words.root(tok).lemma_ in ctx.lex.of("speech") or bool(quoted_speaker(ctx, sent)))
