"""Issues and positions: each position rule and each merge rule, on sentences of our own."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.issues import IssueMention
from kg.graph import ISSUE_WINDOW_DAYS, merge_issues
from kg.model import Article

pytestmark = pytest.mark.slow


def stances(code, text):
    res = code(text, full=True)
    labels = {m.local: m.text for m in res.issues}
    return {(p.actor, p.position, labels[int(p.issue)]) for p in res.positions}, res


def test_request_to_accept_supports_the_issue(code):
    got, _ = stances(code, "Antony Blinken urged Hamas to accept the ceasefire proposal.")
    assert ("BLINKEN", "supports", "the ceasefire proposal") in got


def test_vow_to_send_forces_supports_the_offensive(code):
    got, res = stances(code, "Benjamin Netanyahu repeated his vow to send troops into Rafah.")
    assert any(a == "NETANYAHU" and p == "supports" for a, p, _ in got)
    assert {m.kind for m in res.issues} == {"offensive"} and res.issues[0].place == "Rafah"


def test_opposition_to_an_attack_opposes_it(code):
    got, _ = stances(code, "Blinken restated Washington's opposition to a major attack on Rafah.")
    assert any(p == "opposes" and "attack on Rafah" in i for _, p, i in got)


def test_backing_away_from_a_plan_opposes_it(code):
    got, _ = stances(code, "Egypt backed away from the truce plan.")
    assert ("EGY", "opposes", "the truce plan") in got and ("EGY", "supports", "the truce plan") not in got, got


def test_will_respond_is_undecided(code):
    got, _ = stances(code, "Hamas said it would respond soon to the truce plan.")
    assert ("HAMAS", "undecided", "the truce plan") in got


def test_passive_proposer_proposes(code):
    got, _ = stances(code, "Hamas is studying a plan proposed by Egypt.")
    assert ("EGY", "proposes", "a plan proposed by Egypt") in got or any(
        a == "EGY" and p == "proposes" for a, p, _ in got)


def test_possessor_of_a_proposal_proposes_it(code):
    got, _ = stances(code, "Officials said Qatar's proposal was still on the table.")
    assert any(a == "QAT" and p == "proposes" for a, p, _ in got)


def test_negated_position_is_not_coded(code):
    assert ("HAMAS", "opposes", "the truce plan") in stances(code, "Hamas rejected the truce plan.")[0]
    got, _ = stances(code, "Hamas did not reject the truce plan.")
    assert not any(a == "HAMAS" for a, _, _ in got)


def test_mentions_of_one_deal_share_one_issue(code):
    _, res = stances(code, "Blinken urged Hamas to accept a Gaza truce plan. He said Hamas should take this deal. "
                           "The plan was drawn up by mediators.")
    deal = [m for m in res.issues if m.family == "deal"]
    assert len(deal) == 3 and len({m.local for m in deal}) == 1


def test_offensives_on_different_places_stay_apart(code):
    _, res = stances(code, "Israel threatened an attack on Rafah. Russia threatened an offensive on Kharkiv.")
    assert len({m.local for m in res.issues}) == 2


def _mention(doc, n, family="deal", kind="agreement", place=None):
    return IssueMention(doc, 0, 4, "deal", kind, family, place, n, 0)


def _local(doc, day, parties=("HAMAS", "ISR"), family="deal", place=None):
    return (Article(doc, "x", published=day), 0, (_mention(doc, 0, family, place=place),), parties)


def test_merge_same_deal_reported_days_apart():
    issues, where = merge_issues([_local("a", date(2024, 5, 1)), _local("b", date(2024, 5, 3))])
    assert len(issues) == 1 and where[("a", 0)] == where[("b", 0)]


def test_no_merge_outside_the_time_window():
    later = date(2024, 5, 1).toordinal() + ISSUE_WINDOW_DAYS + 1
    issues, _ = merge_issues([_local("a", date(2024, 5, 1)), _local("b", date.fromordinal(later))])
    assert len(issues) == 2


def test_no_merge_between_different_parties_or_places_or_families():
    base = _local("a", date(2024, 5, 1), place="Gaza")
    others = [
        _local("b", date(2024, 5, 2), parties=("RUS", "UKR"), place="Gaza"),
        _local("c", date(2024, 5, 2), place="Rafah"),
        _local("d", date(2024, 5, 2), family="talks", place="Gaza"),
    ]
    issues, _ = merge_issues([base, *others])
    assert len(issues) == 4


def test_merge_when_one_side_names_no_place():
    issues, _ = merge_issues([_local("a", date(2024, 5, 1), place="Gaza"), _local("b", date(2024, 5, 2))])
    assert len(issues) == 1 and issues[0].place == "Gaza"


def test_seed_truce_plan_and_2025_ceasefire_stay_two_issues(nlp, dictionary):
    """The seed (May 2024) and d07 (January 2025) both speak of a Gaza deal between Israel and Hamas."""
    from conftest import DATA, SEED

    from kg.extract import extract
    from kg.graph import assemble
    from kg.ingest import read_articles
    from kg.lexicon import load_lexicon
    from kg.nlp import clean_text

    lexicon = load_lexicon()
    arts = list(read_articles([SEED.parent, DATA / "dev" / "d07-gaza.txt"]))
    corpus = assemble([extract(a, nlp(clean_text(a.text)), dictionary, lexicon) for a in arts], dictionary)
    deals = [i for i in corpus.issues if i.family == "deal"]
    by_doc = {d: [i for i in deals if d in i.docs] for d in ("000_bf2008ecd91dc87d", "d07-gaza")}
    assert len(by_doc["000_bf2008ecd91dc87d"]) == 1 and len(by_doc["d07-gaza"]) == 1
    assert by_doc["000_bf2008ecd91dc87d"][0].id != by_doc["d07-gaza"][0].id
    seed_plan = by_doc["000_bf2008ecd91dc87d"][0]
    assert {"a Gaza truce plan", "a plan proposed by mediators", "this deal"} <= set(seed_plan.mentions)
    positions = {(s.actor, s.position) for s in corpus.stances if s.issue == seed_plan.id}
    assert {("BLINKEN", "supports"), ("HAMAS", "undecided"), ("MEDIATORS", "proposes")} <= positions
    rafah = next(i for i in corpus.issues if i.kind == "offensive" and i.place == "Rafah")
    assert {(s.actor, s.position) for s in corpus.stances if s.issue == rafah.id} >= {
        ("NETANYAHU", "supports"), ("BLINKEN", "opposes")}


def test_what_is_asked_for_rejected_or_blamed_is_an_issue_with_positions(nlp, dictionary):
    from kg.extract import extract
    from kg.lexicon import load_lexicon
    from kg.model import Article
    from kg.nlp import clean_text

    text = "Egypt urged Israel to reopen the Rafah crossing. Hamas rejected the accusation."
    result = extract(Article("t", text), nlp(clean_text(text)), dictionary, load_lexicon())
    assert {(p.actor, p.position) for p in result.positions} >= {("EGY", "supports"), ("HAMAS", "opposes")}
    assert {m.text for m in result.issues} >= {"reopen the Rafah crossing", "the accusation"}


def test_what_is_offered_or_pledged_is_an_issue_the_offerer_proposes(code):
    got, _ = stances(code, "Canada offered to resettle the refugees, but Thai officials refused.")
    assert any(a == "CAN" and p == "proposes" and "resettle the refugees" in i for a, p, i in got)


def test_asking_someone_not_to_do_something_opposes_it(code):
    got, _ = stances(code, '"Thailand should not deport the refugees," Human Rights Watch said.')
    assert any(a == "HRW" and p == "opposes" for a, p, _ in got), got
    got, _ = stances(code, '"Thailand should free the refugees," Human Rights Watch said.')
    assert any(a == "HRW" and p == "supports" for a, p, _ in got), got


def test_a_move_or_decision_is_an_issue(code):
    got, _ = stances(code, "The African Union welcomed the decision, and Kenya condemned the move.")
    assert {(a, p) for a, p, _ in got} >= {("AU", "supports"), ("KEN", "opposes")}, got


def test_overtures_are_the_proposer_s_issue(code):
    got, _ = stances(code, "Turkey made overtures to Egypt, and Erdogan said a reset was possible.")
    assert any(a == "TUR" and p == "proposes" for a, p, _ in got), got


def test_an_act_told_by_a_verb_is_its_own_issue(code):
    got, _ = stances(code, "Relations froze after the 2013 military coup, when Egypt and Turkey withdrew their "
                           "ambassadors.")
    assert ("EGY", "supports", "withdrew their ambassadors") in got, got
    assert not any(i == "the 2013 military coup" for _, _, i in got), got


def test_a_refusal_to_accept_opposes_the_issue(code):
    got, _ = stances(code, "Hamas said it would never accept the Israeli truce plan.")
    assert {p for a, p, _ in got if a == "HAMAS"} == {"opposes"}, got


def test_we_in_a_quotation_that_runs_on_is_the_speaker(code):
    got, _ = stances(code, "Israel offered a truce plan. “We will never accept this plan. It is a trap,” Hamas "
                           "official Osama Hamdan said.")
    assert any(a == "HAMDAN_OSAMA" and p == "opposes" for a, p, _ in got), got


def test_a_topic_takes_positions_but_names_no_counterpart(code):
    got, res = stances(code, "India said it supports Mauritius's sovereignty over the islands. Britain will cede "
                             "sovereignty of the islands.")
    assert any(a == "IND" and p == "supports" and "sovereignty" in issue for a, p, issue in got), got
    assert not any(r.plover == "CONCEDE" and not r.target for r in res.relations), res.relations


def test_a_move_called_disappointing_is_opposed(code):
    got, _ = stances(code, 'Chris Swonger, head of the Distilled Spirits Council of the United States, called the EU '
                           'move to tax U.S.-produced spirits "deeply disappointing and will severely undercut the '
                           'efforts."')
    assert any(p == "opposes" and "move" in issue for _, p, issue in got), got


def test_a_not_guilty_plea_opposes_the_charges_named_before(code):
    got, _ = stances(code, "Prosecutors brought murder charges against Rafat Amirov. Amirov has pleaded not guilty.")
    assert ("RAFAT_AMIROV", "opposes", "murder charges against Rafat Amirov") in got, got


def test_voting_against_a_resolution_opposes_it(code):
    got, _ = stances(code, "China voted against the resolution on Gaza.")
    assert ("CHN", "opposes", "the resolution on Gaza") in got


def test_a_fear_of_what_may_happen_is_no_issue(code):
    got, res = stances(code, "NATO is worried Russia may not stop at Ukraine.")
    assert ("NATO", "ACCUSE", "RUS") in {(r.source, r.plover, r.target) for r in res.relations}
    assert not got, got


def test_merging_pauses_the_collector_but_not_while_results_are_read(dictionary, monkeypatch):
    import gc

    from kg import graph
    from kg.extract import DocResult
    from kg.graph import assemble

    seen = []
    merging = []
    monkeypatch.setattr(graph, "merge_issues", lambda local: (merging.append(gc.isenabled()), merge_issues(local))[1])

    def results():
        for n in range(3):
            seen.append(gc.isenabled())
            yield DocResult(Article(f"a{n}", "Talks resumed.", published=date(2024, 5, 1)), (), (), (), ())

    assert gc.isenabled()
    corpus = assemble(results(), dictionary)
    assert seen == [True] * 3 and merging == [False] and gc.isenabled() and len(corpus.articles) == 3
    gc.disable()
    try:
        assemble(results(), dictionary)
        assert not gc.isenabled()
    finally:
        gc.enable()
