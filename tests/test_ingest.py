from __future__ import annotations

from datetime import date

import pytest

from kg.errors import KgError
from kg.ingest import read_articles


def test_txt_md_folder_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("Hamas met Egypt.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nQatar hosted talks.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "x1", "text": "Israel struck Gaza.", "published": "2024-05-02"}\n',
                                      encoding="utf-8")
    arts = list(read_articles([tmp_path], published=date(2024, 1, 1)))
    assert [a.id for a in arts] == ["a", "b", "x1"]
    assert arts[0].published == date(2024, 1, 1) and arts[2].published == date(2024, 5, 2)


def test_sidecar_and_dateline(tmp_path):
    (tmp_path / "a.txt").write_text("Hamas met Egypt.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "2024-05-01", "source": "AFP"}', encoding="utf-8")
    (tmp_path / "b.txt").write_text("BEIRUT, November 27, 2024\n\nA ceasefire began.", encoding="utf-8")
    a, b = read_articles([tmp_path])
    assert (a.published, a.source) == (date(2024, 5, 1), "AFP")
    assert b.published == date(2024, 11, 27)


@pytest.mark.parametrize("content, message", [
    ("{not json\n", "malformed JSON"),
    ('{"id": "a"}\n', "no text"),
    ('{"id": "a", "text": 5}\n', "no text"),
])
def test_bad_jsonl_names_file_and_line(tmp_path, content, message):
    f = tmp_path / "c.jsonl"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(KgError, match=message) as err:
        list(read_articles([f]))
    assert f"{f}:1:" in str(err.value)


def test_duplicate_ids_and_unknown_type(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text('{"id": "a", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(KgError, match="duplicate document id"):
        list(read_articles([tmp_path]))
    (tmp_path / "e.pdf").write_bytes(b"%PDF")
    with pytest.raises(KgError, match="unknown file type"):
        list(read_articles([tmp_path / "e.pdf"]))
