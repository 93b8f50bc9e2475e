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
