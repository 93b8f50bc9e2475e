"""kg query: named queries, parameters, both backends, formats, errors, and the README examples."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

from types import SimpleNamespace

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from typer.testing import CliRunner

from conftest import ROOT
from kg.cli import app
from kg.errors import EXIT_INPUT, EXIT_USAGE, KgError
from kg.query import (PREFIXES, bind_params, execute, format_result, list_named, named_queries, open_backend,
                      parse_query, resolve, run)

NAMES = ["actors", "evidence", "mediators", "requests", "stance-matrix", "timeline"]
PARAMS = [("timeline", {"actor": "HAMAS"}),
          ("timeline", {"actor": "actor:BLINKEN"}),
          ("evidence", {"source": "BLINKEN", "type": "request", "target": "HAMAS"}),
          ("evidence", {"type": f"<{PREFIXES['plover']}CONSULT>"}),
          ("actors", {"kind": "person"})]

# A small graph written by hand: labels with quotes, a newline and a backslash.
TINY = """
@prefix kg: <https://w3id.org/kg-negotiation/ontology#> .
@prefix actor: <https://w3id.org/kg-negotiation/actor/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
actor:A a kg:Actor ; kg:kind "state" ; rdfs:label "Quote \\" } ; DROP ALL #" .
actor:B a kg:Actor ; kg:kind "group" ; rdfs:label "line\\nbreak \\\\ slash" .
actor:C%20D a kg:Actor ; kg:kind "state" ; rdfs:label "C D" .
"""


def kg_process(*args: str, **kw) -> subprocess.CompletedProcess:
    """``python -m kg ARGS`` in a process of its own."""
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, **kw)


def kg(*args: str) -> SimpleNamespace:
    """``kg ARGS`` in this process."""
    result = CliRunner().invoke(app, list(args))
    return SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.stderr)


@pytest.fixture(scope="module")
def tiny() -> Graph:
    return Graph().parse(data=TINY, format="turtle")


# ---------------------------------------------------------------- the .rq files

def test_named_queries_are_the_six_with_titles():
    assert sorted(named_queries()) == NAMES
    assert all(q.title for q in named_queries().values())
    listing = list_named()
    for name in NAMES:
        assert name in listing
    assert "--param actor=" in listing


@pytest.mark.parametrize("name", NAMES)
def test_named_query_parses_on_both_backends_and_orders_its_rows(name):
    text = named_queries()[name].text
    assert re.search(r"^ORDER BY ", text, re.MULTILINE), f"{name}.rq needs ORDER BY"
    prepareQuery(text)
    assert isinstance(pyoxigraph.Store().query(text), pyoxigraph.QuerySolutions)


def test_list_needs_no_graph():
    proc = kg_process("query", "--list")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split()[0] == "actors"


# ---------------------------------------------------------------- parameters

def test_param_literal_is_escaped_and_matches_exactly(tiny):
    q = parse_query("# @param label literal a label\n"
                    "SELECT ?a WHERE { VALUES ?label { UNDEF } ?a rdfs:label ?label }")
    for backend in ("rdflib", "oxigraph"):
        b = open_backend(tiny, backend)
        for label, local in (('Quote " } ; DROP ALL #', "A"), ("line\nbreak \\ slash", "B")):
            text = bind_params(q, {"label": label})
            rows = execute(b, text).rows
            assert rows == ((URIRef(PREFIXES["actor"] + local),),), (backend, text)


def test_param_iri_forms(tiny):
    q = parse_query("# @param who iri actor: someone\nSELECT ?k WHERE { VALUES ?who { UNDEF } ?who kg:kind ?k }")
    for value in ("A", "actor:A", f"{PREFIXES['actor']}A", f"<{PREFIXES['actor']}A>"):
        assert f"<{PREFIXES['actor']}A>" in bind_params(q, {"who": value})
    # a bare id is percent-encoded like kg's own actor IRIs, never read as SPARQL
    assert f"<{PREFIXES['actor']}C%20D>" in bind_params(q, {"who": "C D"})
    assert execute(open_backend(tiny), bind_params(q, {"who": "C D"})).rows == ((Literal("state"),),)
    for attack in ("A> } ; DROP ALL #", "<http://x> } INSERT {", 'A" } UNION { ?s ?p ?o'):
        bound = bind_params(q, {"who": attack})
        assert prepareQuery(bound, initNs=PREFIXES)
        (values,) = re.findall(r"VALUES \?who \{ (<[^<>\s]*>) \}", bound)
        assert values.startswith(f"<{PREFIXES['actor']}") and " " not in values
        assert execute(open_backend(tiny), bound).rows == ()
    with pytest.raises(KgError) as err:
        bind_params(q, {"who": "http://x> } INSERT {"})
    assert err.value.code == EXIT_USAGE and "not a valid IRI" in str(err.value)
    with pytest.raises(KgError, match="no parameter 'whom'"):
        bind_params(q, {"whom": "A"})


def test_param_without_values_block_is_a_setup_error():
    with pytest.raises(KgError, match="VALUES"):
        parse_query("# @param who iri actor: someone\nSELECT * WHERE { ?who ?p ?o }")


def test_exactly_one_query_source():
    with pytest.raises(KgError, match="exactly one"):
        resolve()
    with pytest.raises(KgError, match="exactly one"):
        resolve(text="ASK {}", name="actors")
    with pytest.raises(KgError, match="no named query"):
        resolve(name="nope")
    with pytest.raises(KgError, match="NAME=VALUE"):
        resolve(name="timeline", params=["actor"])


# ---------------------------------------------------------------- errors

@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_syntax_error_has_line_and_column(tiny, backend):
    with pytest.raises(KgError) as err:
        execute(open_backend(tiny, backend), "SELECT ?a\nWHERE {\n  ?a kg:kind \n}")
    assert err.value.code == EXIT_USAGE
    assert re.search(r"SPARQL syntax error at line \d+, column \d+", str(err.value))
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_unknown_prefix_and_update_are_refused(tiny, backend):
    b = open_backend(tiny, backend)
    with pytest.raises(KgError, match=r"line 2, column 5: unknown prefix 'nope:'"):
        execute(b, "SELECT ?a WHERE {\n ?a nope:x ?b }")
    with pytest.raises(KgError, match="updates .* not allowed"):
        execute(b, 'INSERT DATA { actor:X kg:kind "state" }')
    with pytest.raises(KgError, match="updates .* not allowed"):
        execute(b, "DELETE WHERE { ?s ?p ?o }")
    assert len(b) == len(tiny)


def test_cli_errors_are_one_line_without_traceback(tmp_path):
    graph = tmp_path / "tiny.ttl"
    graph.write_text(TINY, encoding="utf-8")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    cases = [
        (("query", str(graph), "-e", "SELECT ?a WHERE { ?a ?b }"), EXIT_USAGE, "line 1, column"),
        (("query", str(graph), "-e", "SELECT ?a WHERE { ?a ?b }", "--backend", "oxigraph"), EXIT_USAGE,
         "line 1, column"),
        (("query", str(graph), "-e", "CLEAR ALL"), EXIT_USAGE, "not allowed"),
        (("query", str(tmp_path / "missing.ttl"), "--name", "actors"), EXIT_INPUT, "no such graph file"),
        (("query", str(bad), "--name", "actors"), EXIT_INPUT, "cannot parse graph"),
        (("query", str(bad), "--name", "actors", "-b", "oxigraph"), EXIT_INPUT, "cannot parse graph"),
        (("query", str(graph), "--name", "actors", "--format", "xml"), EXIT_USAGE, "--format"),
        (("query", str(graph), "--name", "actors", "--backend", "jena"), EXIT_USAGE, "--backend"),
        (("query", str(graph), str(tmp_path / "missing.rq")), EXIT_INPUT, "no such query file"),
        (("query", str(graph)), EXIT_USAGE, "exactly one"),
    ]
    for n, (args, code, words) in enumerate(cases):
        proc = kg_process(*args) if n == 0 else kg(*args)
        assert proc.returncode == code, (args, proc.stderr)
        assert proc.stdout == ""
        assert proc.stderr.startswith("kg: error:") and words in proc.stderr, (args, proc.stderr)
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr


def test_query_file_with_its_own_param(tmp_path):
    graph = tmp_path / "tiny.ttl"
    graph.write_text(TINY, encoding="utf-8")
    rq = tmp_path / "kinds.rq"
    rq.write_text("# Actors of a kind\n# @param kind literal the kind\n"
                  "SELECT ?a WHERE { VALUES ?kind { UNDEF } ?a kg:kind ?kind }\n", encoding="utf-8")
    proc = kg("query", str(graph), str(rq), "--param", "kind=group", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["a", PREFIXES["actor"] + "B"]


# ---------------------------------------------------------------- on built graphs

@pytest.mark.slow
def test_graph_parses_alike_in_rdflib_and_pyoxigraph(seed_ttl):
    g = Graph().parse(seed_ttl, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(seed_ttl), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(g) == len(store) > 500
    assert len(open_backend(seed_ttl, "rdflib")) == len(open_backend(seed_ttl, "oxigraph")) == len(g)


@pytest.mark.slow
def test_every_named_query_is_identical_on_both_backends(seed_ttl, seed_dev_ttl):
    cases = [(name, {}) for name in NAMES] + PARAMS
    answered = set()
    for path in (seed_ttl, seed_dev_ttl):
        rdf, ox = open_backend(path, "rdflib"), open_backend(path, "oxigraph")
        for n, (name, params) in enumerate(cases):
            q = resolve(name=name, params=params)
            a, b = execute(rdf, q), execute(ox, q)
            assert a.variables == b.variables, name
            assert a.rows == b.rows, (path.parent.name, name, params)
            for fmt in ("table", "csv", "json"):
                assert format_result(a, fmt) == format_result(b, fmt)
            if a.rows:
                answered.add(n)
    # the comparison means something only where there are rows to compare
    assert answered == set(range(len(cases))), [cases[n] for n in range(len(cases)) if n not in answered]


PLAIN_STANCE_MATRIX = """
PREFIX kg: <https://w3id.org/kg-negotiation/ontology#>
SELECT ?source ?target
       (SUM(IF(?quad = "verbal cooperation", 1, 0)) AS ?verbalCooperation)
       (SUM(IF(?quad = "material cooperation", 1, 0)) AS ?materialCooperation)
       (SUM(IF(?quad = "verbal conflict", 1, 0)) AS ?verbalConflict)
       (SUM(IF(?quad = "material conflict", 1, 0)) AS ?materialConflict)
       (COUNT(?event) AS ?events)
WHERE { ?event a kg:Event ; kg:source ?source ; kg:target ?target ; kg:quadClass ?quad . }
GROUP BY ?source ?target
ORDER BY ?source ?target
"""


@pytest.mark.slow
def test_stance_matrix_counts_what_the_plain_query_counts(seed_dev_ttl):
    """stance-matrix.rq reads the kg:Dyad counts the build wrote; its rows are those of the plain query over the events."""
    for backend in ("rdflib", "oxigraph"):
        store = open_backend(seed_dev_ttl, backend)
        rows = execute(store, resolve(name="stance-matrix")).rows
        assert rows == execute(store, PLAIN_STANCE_MATRIX).rows
        assert all(sum(int(c) for c in row[2:6]) == int(row[6]) for row in rows)
        assert {i for row in rows for i in range(2, 6) if int(row[i])} == {2, 3, 4, 5}  # every class counted


def test_oxigraph_rows_read_from_tsv_are_its_terms():
    """The fast reading of Oxigraph's results (its TSV) gives the terms themselves: quotes, tabs, newlines,
    backslashes, language tags, datatypes, numbers in short and long form, blank nodes, unbound cells."""
    from rdflib.namespace import XSD

    from kg.sparql import _canonical, _from_ox

    g = Graph()
    ex = "http://example.org/"
    values = [Literal('say "no"\tand\nthen \\ back\r'), Literal("é\u2028💥", lang="fr"), Literal("en", lang="en-GB"),
              Literal("5", datatype=XSD.integer), Literal("+05", datatype=XSD.integer), Literal("-1.50", datatype=XSD.decimal),
              Literal("1", datatype=XSD.decimal), Literal("2.5E3", datatype=XSD.double), Literal("true", datatype=XSD.boolean),
              Literal("0", datatype=XSD.boolean), Literal("2024-05-01", datatype=XSD.date), Literal(""), Literal("\\t"),
              Literal("x", datatype=URIRef(ex + "dt")), URIRef(ex + "a%20b"), BNode("b1")]
    for n, v in enumerate(values):
        g.add((URIRef(f"{ex}s{n:02d}"), URIRef(ex + "p"), v))
    store = open_backend(g, "oxigraph")
    for text in ("SELECT ?s ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?s <urn:x> ?none } } ORDER BY ?s",
                 "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?s", "SELECT ?none WHERE { OPTIONAL { ?s <urn:x> ?none } }"):
        slow = tuple(tuple(None if t is None else _canonical(_from_ox(t)) for t in sol)
                     for sol in store.store.query(text))
        rows = execute(store, text).rows
        assert rows == slow and len(rows) == len(slow)
        assert all(type(a) is type(b) and (a is None or a.n3() == b.n3()) for r, q in zip(rows, slow) for a, b in zip(r, q))
    assert len(execute(store, "SELECT ?o WHERE { ?s ?p ?o }").rows) == len(values)


@pytest.mark.slow
def test_named_query_answers_on_the_seed(seed_ttl):
    rows = execute(open_backend(seed_ttl), resolve(name="requests")).rows
    pairs = {(str(r[0]).rsplit("/", 1)[-1], str(r[1]).rsplit("/", 1)[-1]) for r in rows}
    assert ("BLINKEN", "HAMAS") in pairs
    rows = execute(open_backend(seed_ttl), resolve(name="timeline", params={"actor": "HAMAS"})).rows
    assert rows and all(str(r[0]).endswith("/HAMAS") for r in rows)
    kinds = {str(r[0]) for r in execute(open_backend(seed_ttl), resolve(name="actors")).rows}
    assert kinds <= {"state", "organization", "person", "group"} and "person" in kinds


@pytest.mark.slow
def test_cli_formats(seed_ttl):
    table = kg("query", str(seed_ttl), "--name", "stance-matrix")
    assert table.returncode == 0, table.stderr
    assert table.stdout.split()[:2] == ["source", "target"] and "actor:BLINKEN" in table.stdout
    assert re.search(r"^\(\d+ rows?\)$", table.stdout.splitlines()[-1])
    out = kg("query", str(seed_ttl), "--name", "evidence", "-p", "source=BLINKEN", "-p", "target=HAMAS",
             "--format", "json", "--backend", "oxigraph")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["head"]["vars"][:3] == ["source", "type", "target"]
    first = data["results"]["bindings"][0]
    assert first["source"] == {"type": "uri", "value": PREFIXES["actor"] + "BLINKEN"}
    assert first["start"]["datatype"].endswith("#integer") and "Hamas" in first["sentence"]["value"]
    out = kg("query", str(seed_ttl), "--name", "actors", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0] == ["kind", "actor", "label", "affiliation", "mentions"] and len(rows) > 5
    ask = kg("query", str(seed_ttl), "-e", "ASK { actor:BLINKEN kg:request actor:HAMAS }")
    assert ask.stdout == "true\n"
    construct = kg("query", str(seed_ttl), "-e", "CONSTRUCT { ?s kg:request ?o } WHERE { ?s kg:request ?o }")
    assert Graph().parse(data=construct.stdout, format="turtle")


@pytest.mark.slow
def test_output_is_stable_across_runs_even_without_order_by(seed_ttl):
    outs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = kg_process("query", str(seed_ttl), "-e", "SELECT ?s ?o WHERE { ?s kg:mentions ?o }", env=env)
        assert proc.returncode == 0, proc.stderr
        outs.add(proc.stdout)
    assert len(outs) == 1


@pytest.mark.slow
def test_run_is_the_cli(seed_ttl):
    assert run(seed_ttl, name="mediators") == kg("query", str(seed_ttl), "--name", "mediators").stdout


def _readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```sparql\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def test_readme_has_sparql_examples():
    assert len(_readme_examples()) >= 4


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_readme_sparql_examples_run_as_written(seed_ttl, backend):
    b = open_backend(seed_ttl, backend)
    for text in _readme_examples():
        result = b.query(text)  # as written: no predeclared-prefix help is needed
        store = pyoxigraph.Store()
        assert isinstance(store.query(text), pyoxigraph.QuerySolutions)  # declares its own prefixes
        assert result.kind == "select" and result.rows, text
