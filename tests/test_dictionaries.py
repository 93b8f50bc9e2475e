"""User dictionaries (--actors JSONL or CSV, --cues TSV) extend and override the built-in ones."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from kg.actors import load_dictionary
from kg.errors import KgError
from kg.extract import extract
from kg.lexicon import load_lexicon
from kg.model import Article
from kg.nlp import clean_text

TEXT = "Zara Quill of the Blue Mountain Front stonewalled the Sudanese army on Monday. The BMF later thanked Egypt."


def run(nlp, actors, cues=(), text=TEXT):
    res = extract(Article("t", text, published=date(2025, 1, 1)), nlp(clean_text(text)), load_dictionary(actors),
                  load_lexicon(cues))
    return res


@pytest.fixture()
def files(tmp_path):
    jsonl = tmp_path / "actors.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in [
        {"id": "BMF", "label": "Blue Mountain Front", "kind": "organization", "aliases": ["BMF", "Blue Mountain Front"]},
        {"id": "QUILL", "label": "Zara Quill", "kind": "person", "aliases": ["Zara Quill", "Quill"], "affiliation": "BMF"},
    ]) + "\n", encoding="utf-8")
    cues = tmp_path / "cues.tsv"
    cues.write_text("cue\tpos\tplover\tposition\tflags\nstonewall\tV\tREJECT\topposes\n", encoding="utf-8")
    return jsonl, cues


@pytest.mark.slow
def test_jsonl_actors_and_cues_are_used(nlp, files):
    jsonl, cues = files
    res = run(nlp, [jsonl], [cues])
    got = {(r.source, r.plover, r.target) for r in res.relations}
    assert ("QUILL", "REJECT", "SAF") in got or any(s == "QUILL" and p == "REJECT" for s, p, _ in got)
    assert ("BMF", "SUPPORT", "EGY") in got
    assert dict(res.affiliations)["QUILL"] == "BMF"
    assert not any(p == "REJECT" for _, p, _ in {(r.source, r.plover, r.target) for r in run(nlp, [jsonl]).relations})


def test_csv_in_the_columns_of_actors_csv(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("label,kind,affiliation,aliases\nRapid Support Forces,organization,,RSF|the paramilitaries\n"
                 "Hemedti,person,Rapid Support Forces,Mohamed Hamdan Dagalo|Dagalo\n", encoding="utf-8")
    d = load_dictionary([f])
    rsf = d.names["RSF"]
    assert d[rsf].label == "Rapid Support Forces" and d[rsf].origin == "user"
    assert d.names["the paramilitaries"] == rsf  # a user's alias is matched
    hemedti = d.names["Dagalo"]
    assert d[hemedti].affiliation == rsf


def test_user_alias_wins_over_builtin(tmp_path):
    builtin = load_dictionary()
    assert builtin.names["Egypt"] == "EGY"
    f = tmp_path / "over.jsonl"
    f.write_text(json.dumps({"id": "NILE_FRONT", "label": "Nile Front", "kind": "group", "aliases": ["Egypt"]}) + "\n",
                 encoding="utf-8")
    assert load_dictionary([f]).names["Egypt"] == "NILE_FRONT"


@pytest.mark.slow
def test_exported_actors_csv_feeds_back(seed_build):
    out = seed_build.out
    rows = list(csv.DictReader(io.StringIO((out / "actors.csv").read_text(encoding="utf-8"))))
    d = load_dictionary([out / "actors.csv"])
    for row in rows:
        assert d[row["id"]].label == row["label"]


@pytest.mark.parametrize("content, message", [
    ("label,kind\nX,planet\n", "kind must be one of"),
    ("name,type\nX,state\n", "CSV needs the columns"),
    ("label,kind,affiliation\nX,person,Nowhere Land\n", "unknown affiliation"),
])
def test_bad_actor_file_is_a_clear_error(tmp_path, content, message):
    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(KgError, match=message):
        load_dictionary([f])


def test_bad_cue_file_is_a_clear_error(tmp_path):
    f = tmp_path / "cues.tsv"
    f.write_text("stonewall\tV\tNOT_A_TYPE\n", encoding="utf-8")
    with pytest.raises(KgError, match="bad cue line"):
        load_lexicon([f])


@pytest.mark.parametrize("line, message", [
    ("stonewall\tV\tREJECT\topposes\tspeach\n", r"cues\.tsv:2: unknown cue flag 'speach'"),
    ("stonewall\tV\tREJECT\tagainst\n", r"cues\.tsv:2: unknown position 'against'"),
    ("announce\tspeach\n", r"cues\.tsv:2: unknown word class 'speach'"),
    ("weigh\tV\t-\n", r"cues\.tsv:2: a cue with no event type \(-\) must state a position"),
    ("weigh\tV\t-\t-\n", r"cues\.tsv:2: a cue with no event type \(-\) must state a position"),
])
def test_unknown_flags_and_classes_name_file_and_line(tmp_path, line, message):
    f = tmp_path / "cues.tsv"
    f.write_text("cue\tpos\tplover\tposition\tflags\n" + line, encoding="utf-8")
    with pytest.raises(KgError, match=message):
        load_lexicon([f])


def test_a_user_word_class_entry_steers_extraction(nlp, tmp_path):
    """A word-class line in a --cues file works like the built-in words.tsv: "quip" as a speech verb
    makes its speaker the source of the event in its content."""
    text = "Israel will strike Hezbollah, Benjamin Netanyahu quipped on Monday."
    before = {(r.source, r.plover, r.target) for r in run(nlp, [], [], text).relations}
    words = tmp_path / "words.tsv"
    words.write_text("word\tclass\nquip\tspeech\n", encoding="utf-8")
    after = {(r.source, r.plover, r.target) for r in run(nlp, [], [words], text).relations}
    assert "quip" in load_lexicon([words]).of("speech") and "quip" not in load_lexicon().of("speech")
    assert ("NETANYAHU", "THREATEN", "HEZBOLLAH") in after - before, (before, after)  # (his side's strike announced)


def test_builtin_data_files_are_valid():
    lex = load_lexicon()
    assert lex.of("speech") and lex.of("control") and lex.noun("officials")[0] == "person"
    assert any(c.plover == "-" for cues in lex.index.values() for c in cues)


def test_builtin_actor_files_are_consistent():
    """Every built-in actor has one id, every name names one actor, and every role is of a known actor
    with its start before its end: a record added by hand cannot shadow another or point nowhere."""
    import importlib.resources

    folder = importlib.resources.files("kg") / "data" / "actors"
    ids: dict[str, str] = {}
    owner: dict[str, str] = {}
    records = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".jsonl"):
            for line in item.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                assert rec["id"] not in ids, f"{rec['id']} in {item.name} and {ids.get(rec['id'])}"
                ids[rec["id"]] = item.name
                records.append(rec)
    for rec in records:
        for name in {rec["label"], *rec.get("aliases", ())}:
            assert owner.setdefault(name, rec["id"]) == rec["id"], f"{name!r} names {owner[name]} and {rec['id']}"
        for role in rec.get("roles") or ():
            assert role["of"] in ids, f"{rec['id']}: role of unknown {role['of']}"
            assert not (role.get("start") and role.get("end")) or role["start"] <= role["end"], rec["id"]
        assert not rec.get("affiliation") or rec["affiliation"] in ids, rec["id"]


def test_news_outlets_named_in_the_word_list_are_dictionary_actors():
    """The news-outlet word class lists actor ids (talking to them is no meeting): each must name a built-in
    organisation, so that renaming one in organizations.jsonl cannot silently drop it."""
    ids = {a.id.lower(): a for a in load_dictionary().actors.values()}
    outlets = load_lexicon().of("news-outlet")
    assert len(outlets) > 20
    assert not {o for o in outlets if o not in ids or ids[o].kind != "organization"}
