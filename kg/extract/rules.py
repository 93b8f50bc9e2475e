"""Coding: the ordered rules that turn a cue and its arguments into events and positions.

A cue starts as a :class:`Draft` (its PLOVER type, no actors yet). Each rule reads the
draft and returns a changed draft (the rule *fired*), :class:`Stop` with the reason the
cue is not coded, or ``None`` (the rule does not apply). :data:`EVENT_RULES` is the order
in which they run; :func:`code_cue` runs them, makes the events and positions and keeps
the trace that ``kg explain`` prints. Cues that state only a position ("weighs the plan")
run :data:`STANCE_RULES`.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract import args, clause
from kg.extract.context import Ctx
from kg.extract.cues import CueHit
from kg.extract.draft import (CAPTIVES, Draft, Outcome, Rule, Stop, decides, describe, events_of, new_draft,
                              positions_of, replace)
from kg.extract.kinds import (
    announced_force,
    conditional_threat,
    credited,
    diplomatic_protest,
    protest_announced,
    left_a_body,
    left_a_pact,
    threat_on_condition,
    mediators_propose,
    answered_with_force,
    pledge,
    wished_talks,
    offered_talks,
    partnered_act,
    armed_backing,
    joint_drill,
    deal_backed_by_party,
    labour_strike,
    talks_of_others,
    reported_breach,
    verbal_attack,
    warning,
    weighed_sanction,
)
from kg.extract.statements import (
    deontic_requests,
    evaluations,
    headline,
    joint_acts,
    proposal_owners,
    stance_source,
    stance_speaker,
    ultimatums,
    voiced_feelings,
    said_in_response,
    not_tolerated,
    held_to_account,
    cited_wrongs,
    blame_denied,
)
from kg.extract.which import (
    absorbed_cue,
    readiness_to_harm,
    text_not_issued,
    dismissed_claim,
    actor_noun,
    asked_a_question,
    market_demand,
    measure_blow,
    retaliation_means,
    support_sent,
    other_sense,
    press_query,
    press_target,
    vote_or_ruling,
    no_comment,
    counterpart_needed,
    no_visitor,
    ceremony_attended,
    ended,
    hypothetical,
    intended_harm,
    meeting_aim,
    meeting_sought,
    invitation_to_other,
    law_passed,
    modal_cue,
    modality,
    negation,
    noun_as_modifier,
    volley_of_other,
    threat_made,
)
from kg.extract.who import (
    agentless_authority,
    described_operation,
    participle_misread,
    sanctioned_before,
    body_meeting,
    fought_before,
    fought_in,
    hyphened_doer,
    protesters_shot,
    alleged,
    expelled_from,
    people_expelled,
    held,
    instrument_owner,
    issued_document,
    killed_in_fighting,
    mediators_named_before,
    named_as,
    needs_source,
    pair_met_before,
    noun_owner,
    patient_noun,
    reported_own_strike,
    toll_of_attack,
    forces_sent,
    reported_speech,
    speaker_as_source,
    speaker_for_own_side,
    to_blame,
    verb_subject,
)
from kg.extract.whom import (
    appended_claim,
    clause_denied,
    actor_left_behind,
    forces_held,
    actor_object,
    answered_request,
    attended_meeting,
    visit_told_before,
    visit_named_again,
    thing_object,
    between_each,
    between_sides,
    faced_amid,
    captives_to_other_side,
    measure_to_other_side,
    claim_dismissed,
    accused_denies,
    clashed_with,
    denial_of_claims,
    judged_act,
    each_other,
    joint_phrasing,
    mediated_parties,
    not_guilty_plea,
    object_target,
    proposal_answered,
    judgment_answered,
    thanked_for,
    other_side_default,
    own_state_target,
    pleaders,
    proposal_without_addressee,
    provoked_by,
    refused_release,
    undergone,
    welcomed_guest,
)
from kg.lexicon import Cue
from kg.extract.wordindex import kids_of

__all__ = ["Draft", "Stop", "Outcome", "EVENT_RULES", "STANCE_RULES", "code_cue", "code_sentence", "CAPTIVES",
           "reported_defiance"]


#: The event rules, in the order they apply (this list is the table of contents of the coder).
EVENT_RULES: tuple[Rule, ...] = (
    # which cue words are events at all
    modal_cue, answered_request, absorbed_cue, readiness_to_harm, text_not_issued, dismissed_claim, actor_noun, noun_as_modifier, volley_of_other, market_demand, ended, threat_made, intended_harm, meeting_aim, meeting_sought, invitation_to_other, joint_drill,
    # who does it
    patient_noun, held, partnered_act, labour_strike, noun_owner, body_meeting, claim_dismissed, named_as, verb_subject,
    accused_denies,
    mediators_named_before, participle_misread, hyphened_doer,
    measure_blow, retaliation_means, support_sent, instrument_owner, killed_in_fighting,
    fought_in, fought_before, reported_speech, modality, to_blame, issued_document,
    # to whom
    between_sides, faced_amid, clause_denied, visit_named_again, object_target, thanked_for, provoked_by, clashed_with, each_other, welcomed_guest, undergone,
    armed_backing, deal_backed_by_party, judged_act, appended_claim, denial_of_claims, not_guilty_plea, proposal_answered, judgment_answered,
    verbal_attack, warning, threat_on_condition,
    no_visitor, ceremony_attended, actor_object, thing_object, actor_left_behind, forces_held, left_a_body, left_a_pact, asked_a_question, press_query, press_target, no_comment, other_sense, alleged,
    captives_to_other_side, refused_release,
    # special kinds of statements
    mediators_propose, answered_with_force, pledge, wished_talks, talks_of_others, offered_talks, reported_breach, diplomatic_protest, credited,
    # speakers and authorities standing in for sources
    speaker_for_own_side, speaker_as_source, expelled_from, people_expelled, agentless_authority, described_operation,
    sanctioned_before, protesters_shot, reported_own_strike,
    toll_of_attack, forces_sent, pair_met_before, needs_source, own_state_target,
    # counterparts by default
    mediated_parties, other_side_default, vote_or_ruling, measure_to_other_side, proposal_without_addressee,
    # conditions, negation, joint phrasing, and what needs a counterpart
    weighed_sanction, conditional_threat, protest_announced, announced_force, hypothetical, negation, law_passed, joint_phrasing, between_each,
    attended_meeting, visit_told_before, counterpart_needed,
)


#: The rules for cues that state a position and no event.
STANCE_RULES: tuple[Rule, ...] = (stance_source, stance_speaker, modality)


#: What a rule needs of the cue itself to do anything at all (it returns None for any other cue, whatever the
#: draft): its parts of speech (a verb or a predicative adjective: "V", "A"), the flags it must carry, and its
#: position. Read by :func:`rules_for`, which leaves out the rules a cue can never fire.
NEEDS: dict[Rule, tuple[tuple[str, ...], frozenset[str], str]] = {
    modal_cue: ((), frozenset({"modal"}), ""),
    answered_request: (("N",), frozenset(), ""),
    readiness_to_harm: (("A", "V"), frozenset(), ""),
    text_not_issued: (("V",), frozenset(), ""),
    actor_noun: (("N",), frozenset(), ""),
    noun_as_modifier: (("N",), frozenset(), ""),
    volley_of_other: (("V",), frozenset(), ""),
    market_demand: (("N",), frozenset(), ""),
    ended: (("N",), frozenset(), ""),
    meeting_aim: (("V",), frozenset(), ""),
    meeting_sought: (("N",), frozenset(), ""),
    invitation_to_other: (("V",), frozenset(), ""),
    offered_talks: (("N",), frozenset(), ""),
    threat_made: (("N",), frozenset({"warn"}), ""),
    patient_noun: (("N",), frozenset({"patient"}), ""),
    held: (("N",), frozenset(), ""),
    noun_owner: (("N",), frozenset(), ""),
    partnered_act: (("N",), frozenset(), ""),
    joint_drill: (("N",), frozenset(), ""),
    labour_strike: (("N",), frozenset(), ""),
    body_meeting: (("N",), frozenset(), ""),
    claim_dismissed: (("N",), frozenset(), ""),
    accused_denies: (("V",), frozenset(), ""),
    named_as: (("N",), frozenset(), ""),
    verb_subject: (("V", "A"), frozenset(), ""),
    to_blame: (("V",), frozenset(), ""),
    retaliation_means: (("V",), frozenset(), ""),
    hyphened_doer: (("V",), frozenset({"mediate"}), ""),
    faced_amid: (("N",), frozenset(), ""),
    issued_document: (("V",), frozenset(), ""),
    instrument_owner: (("V", "A"), frozenset(), ""),
    killed_in_fighting: (("V", "A"), frozenset(), ""),
    fought_in: ((), frozenset({"both"}), ""),
    welcomed_guest: (("V", "A"), frozenset({"host"}), ""),
    undergone: ((), frozenset({"undergo"}), ""),
    not_guilty_plea: ((), frozenset({"plea"}), ""),
    proposal_answered: (("V",), frozenset(), ""),
    judgment_answered: (("V",), frozenset(), ""),
    thanked_for: (("N", "V"), frozenset(), ""),
    verbal_attack: (("V", "A"), frozenset(), ""),
    warning: (("V",), frozenset({"warn"}), ""),
    threat_on_condition: (("V",), frozenset(), ""),
    actor_object: ((), frozenset({"object"}), ""),
    thing_object: (("V",), frozenset({"thing"}), ""),
    actor_left_behind: ((), frozenset({"place"}), ""),
    forces_held: (("V",), frozenset({"presence"}), ""),
    other_sense: (("V", "A"), frozenset(), ""),
    no_visitor: (("V",), frozenset(), ""),
    ceremony_attended: (("V",), frozenset(), ""),
    no_comment: ((), frozenset({"refuse"}), ""),
    refused_release: ((), frozenset({"refuse"}), ""),
    mediators_propose: ((), frozenset(), "proposes"),
    answered_with_force: (("N",), frozenset(), ""),
    pledge: ((), frozenset({"pledge"}), ""),
    reported_breach: ((), frozenset({"report"}), ""),
    expelled_from: (("V", "A"), frozenset(), ""),
    people_expelled: ((), frozenset({"evict"}), ""),
    agentless_authority: ((), frozenset({"custodial"}), ""),
    described_operation: (("V",), frozenset(), ""),
    participle_misread: (("V",), frozenset({"custodial"}), ""),
    protesters_shot: (("V",), frozenset(), ""),
    reported_own_strike: (("V", "A"), frozenset(), ""),
    toll_of_attack: (("V", "A"), frozenset(), ""),
    proposal_without_addressee: ((), frozenset(), "proposes"),
    joint_phrasing: ((), frozenset({"both"}), ""),
    pair_met_before: (("V",), frozenset({"both"}), ""),
    vote_or_ruling: (("V",), frozenset(), ""),
    attended_meeting: (("V", "A"), frozenset(), ""),
}
_RULES_FOR: dict[Cue, tuple[Rule, ...]] = {}


def rules_for(cue: Cue) -> tuple[Rule, ...]:
    """The rules that may apply to ``cue``, in their order (:data:`EVENT_RULES` or :data:`STANCE_RULES`
    less those whose :data:`NEEDS` it lacks), worked out once per cue."""
    found = _RULES_FOR.get(cue)
    if found is None:
        found = _RULES_FOR[cue] = tuple(rule for rule in (EVENT_RULES if cue.event else STANCE_RULES)
                                        if rule not in NEEDS or _has(cue, *NEEDS[rule]))
    return found


def _has(cue: Cue, pos: tuple[str, ...], flags: frozenset[str], position: str) -> bool:
    return (not pos or cue.pos in pos) and flags <= cue.flags and (not position or cue.position == position)


def code_cue(ctx: Ctx, hit: CueHit) -> Outcome:
    """Run the rules on one cue: its events, its position on the issue it governs, and the trace."""
    out = Outcome(hit)
    d = new_draft(hit, hit.cue.plover, conf=0.7 if hit.cue.pos == "N" else 0.8, mediating="mediate" in hit.cue.flags)
    for rule in rules_for(hit.cue):
        step = None if d.done else rule(ctx, d)
        if isinstance(step, Stop):
            out.stopped, out.stopped_by = step.reason, rule.__name__
            if (rule is counterpart_needed or rule is actor_object and d.plover == "ASSAULT") and d.mode == "asserted" \
                    and hit.cue.verbal:  # ("Boko Haram stormed the village": a blow at a thing, doer told)
                out.untargeted = d.source  # ("Russia struck a hospital": whose "the strike" after it is)
            out.positions = positions_of(ctx, d) if step.keep_position else []
            break
        if step is not None and step != d:
            if decides(d, step):
                step = replace(step, rule=rule.__name__)
            out.fired.append((rule.__name__, describe(step)))
            d = step
    if not out.stopped:
        out.positions = positions_of(ctx, d)
        out.relations = list(events_of(ctx, d)) if hit.cue.event else []
    return out


def code_sentence(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """Every cue of a sentence, then the sentence-level rules, in text order (none in a headline)."""
    if headline(sent):
        return
    outs = (*map(lambda hit: code_cue(ctx, hit), ctx.cues.heads(sent)), *deontic_requests(ctx, sent),
            *evaluations(ctx, sent), *voiced_feelings(ctx, sent), *joint_acts(ctx, sent), *proposal_owners(ctx, sent),
            *ultimatums(ctx, sent), *said_in_response(ctx, sent), *not_tolerated(ctx, sent),
            *held_to_account(ctx, sent), *cited_wrongs(ctx, sent), *blame_denied(ctx, sent))
    for out in targeted_elsewhere(outs + arrest_grounds(ctx, outs) + answered_pleas(ctx, outs)
                                  + reported_defiance(ctx, outs) + denied_accusations(ctx, outs)):
        ctx.coded += out.relations
        ctx.stated += out.positions
        ctx.untargeted += [(sent.start_char, out.hit.tok.idx, out.hit.cue.plover, s, sent.text) for s in out.untargeted]
        yield out


def arrest_grounds(ctx: Ctx, outs: tuple[Outcome, ...]) -> tuple[Outcome, ...]:
    """"Police detained Bobi Wine over allegations of treason", "Mhlanga has been in custody since Feb. 24 over
    accusations of incitement", "was arrested on suspicion of spying": whoever arrests or holds someone on an
    accusation makes it (an ACCUSE between the same actors)."""
    found = []
    done = {(r.source, r.plover, r.target) for o in outs for r in o.relations}
    for out in outs:
        if out.hit.cue.plover != "COERCE" or not out.relations:
            continue
        for ground in _grounds(ctx, out.hit.tok):
            hit = CueHit(ground, Cue((ground.lemma_,), "N", "ACCUSE"), ground)
            drafts = [Draft(hit, "ACCUSE", source=(r.source,), targets=(r.target,), mode=r.mode, conf=0.5,
                            rule="arrest_grounds") for r in out.relations if r.target
                      and (r.source, "ACCUSE", r.target) not in done]
            if drafts:
                found.append(Outcome(hit, [("arrest_grounds", describe(d)) for d in drafts],
                                     [r for d in drafts for r in events_of(ctx, d)]))
                done |= {(d.source[0], "ACCUSE", d.targets[0]) for d in drafts}
    return tuple(found)


def denied_accusations(ctx: Ctx, outs: tuple[Outcome, ...]) -> tuple[Outcome, ...]:
    """"Ukraine denied the Kremlin's allegations that its saboteurs crossed into Russia", "Ukrainian accusations that
    Moscow was behind the attacks are baseless, Peskov said": accusations a side denies, whose maker the text names
    (their owner, or "by"), were made by that maker against the denier's side (an ACCUSE; the claim noun itself is
    coded through the denial)."""
    found = []
    done = {(r.source, r.plover, r.target) for o in outs for r in o.relations}
    for out in outs:
        rejects = [r for r in out.relations if r.plover == "REJECT" and r.target]
        claims = [o for o in kids_of(out.hit.tok) if o.dep_ == "dobj"] if out.hit.cue.verbal else [out.hit.tok]
        for claim in claims:
            hit = ctx.cues.at(claim)
            if hit is None or hit.cue.plover != "ACCUSE" or hit.cue.verbal or not rejects or claim.lower_ not in \
                    ctx.lex.of("claim"):
                continue  # (not "ignored China's core concerns": no accusation)
            makers = {*ctx.res._modifier_actors(claim, of=False), *(r for _, o in args.prep_objects(claim, ("by", "from"))
                                                                   for r in ctx.res.refs_all(o))}
            drafts = [Draft(hit, "ACCUSE", source=(r.target,), targets=(side,), mode=r.mode, conf=0.5,
                            rule="denied_accusations") for r in rejects if r.target in makers
                      and (side := ctx.res.affiliation(r.source) or r.source) != r.target
                      and (r.target, "ACCUSE", side) not in done]
            if drafts:
                found.append(Outcome(hit, [("denied_accusations", describe(d)) for d in drafts],
                                     [r for d in drafts for r in events_of(ctx, d)]))
                done |= {(d.source[0], "ACCUSE", d.targets[0]) for d in drafts}
    return tuple(found)


def answered_pleas(ctx: Ctx, outs: tuple[Outcome, ...]) -> tuple[Outcome, ...]:
    """"The junta defied calls by the Security Council to end the violence", "Israel ignored calls from the
    United Nations for a ceasefire": calls that one side rejects were made of it by whoever the text says made
    them (a REQUEST; "Kenya's request", a cue itself, is coded by answered_request)."""
    found = []
    for out in outs:
        if out.hit.cue.plover != "REJECT" or not out.relations or not out.hit.cue.verbal:
            continue
        for plea in (o for o in kids_of(out.hit.tok) if o.dep_ == "dobj" and o.lower_ in ctx.lex.of("plea")):
            if ctx.cues.at(plea) is not None:
                continue
            callers = [*ctx.res._modifier_actors(plea, of=False),  # "rebuffed U.S. pressure to accept the deal"
                       *(r for _, o in pleaders(plea) for r in ctx.res.refs_all(o))]
            hit = CueHit(plea, Cue((plea.lemma_,), "N", "REQUEST", "supports"), plea)
            drafts = [Draft(hit, "REQUEST", source=(c,), targets=(r.source,), mode=r.mode, conf=0.5,
                            rule="answered_pleas") for c in dict.fromkeys(callers) for r in out.relations
                      if r.target == c and r.source != c]
            if drafts:
                found.append(Outcome(hit, [("answered_pleas", describe(d)) for d in drafts],
                                     [r for d in drafts for r in events_of(ctx, d)]))
    return tuple(found)


def reported_defiance(ctx: Ctx, outs: tuple[Outcome, ...]) -> tuple[Outcome, ...]:
    """'"The military continues to defy calls to end the violence," Dujarric said', "the U.N. said Israel had
    ignored its warnings": whoever tells that another side defies or ignores what it was asked blames it (an
    ACCUSE beside the rejection), unless the speaker speaks for that side."""
    found = []
    for out in outs:
        tok = out.hit.tok
        if out.hit.cue.plover != "REJECT" or not out.relations or tok.lemma_ not in ctx.lex.of("defiance"):
            continue
        who = clause.speaker(ctx, tok)[1]
        doers = dict.fromkeys(r.source for r in out.relations if r.source not in who)
        doers = [s for s in doers if who and not clause.speaks_for(ctx, who, (s,))]
        if doers:
            hit = CueHit(tok, Cue((tok.lemma_,), "V", "ACCUSE"), tok)
            drafts = [Draft(hit, "ACCUSE", source=who, targets=(s,), conf=0.5, rule="reported_defiance") for s in doers]
            found.append(Outcome(hit, [("reported_defiance", describe(d)) for d in drafts],
                                 [r for d in drafts for r in events_of(ctx, d)]))
    return tuple(found)


def _grounds(ctx: Ctx, act: Token) -> Iterator[Token]:
    """What an arrest is made "on", "over" or "for": an accusation ("on charges of", "over allegations of",
    "on suspicion of") or an act told as alleged ("for allegedly spreading propaganda")."""
    heads = [act, act.head.head] if act.dep_ == "pobj" and act.head.lower_ == "in" else [act]  # "in custody over"
    for prep in (c for h in heads for c in kids_of(h) if c.dep_ == "prep" and c.lower_ in {"on", "over", "for"}):
        for obj in kids_of(prep):
            cue = ctx.cues.at(obj) if obj.dep_ == "pobj" else None
            if cue is not None and cue.cue.plover == "ACCUSE" and cue.cue.pos == "N" or obj.lemma_ == "suspicion" \
                    or obj.dep_ == "pcomp" and any(a.lower_ in ctx.lex.of("allege") for a in kids_of(obj)):
                yield obj


def targeted_elsewhere(outs: tuple[Outcome, ...]) -> tuple[Outcome, ...]:
    """"India backs the handover ... New Delhi would support a planned deal between Britain and Mauritius":
    when a sentence codes an actor's act towards a counterpart, the same act with no counterpart is
    the same statement, read again through a word that names none (one event per statement)."""
    targeted = {(r.source, r.plover) for o in outs for r in o.relations if r.target}
    for out in outs:
        same = [r for r in out.relations if not r.target and (r.source, r.plover) in targeted]
        if same:
            out.relations = [r for r in out.relations if r not in same]
            out.fired.append(("targeted_elsewhere", "; ".join(f"{r.source} {r.plover} -> - is coded with a "
                                                              "counterpart by another cue" for r in same)))
    return outs
