"""The ontology, the SHACL shapes and kg validate."""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from conftest import ROOT
from kg.errors import EXIT_INPUT, EXIT_INVALID
from kg.lexicon import plover
from kg.query import PREFIXES
from kg.rdf import KG
from kg.validate import ontology_graph, shapes_graph, validate_graph

NS = str(KG)
PLOVER = Namespace(PREFIXES["plover"])
ACTOR = Namespace(PREFIXES["actor"])
EVENT = Namespace(PREFIXES["event"])
SH = Namespace("http://www.w3.org/ns/shacl#")
DEFINING = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}

# A small conforming graph, written by hand (no spaCy needed).
TINY = """
@prefix kg: <https://w3id.org/kg-negotiation/ontology#> .
@prefix actor: <https://w3id.org/kg-negotiation/actor/> .
@prefix event: <https://w3id.org/kg-negotiation/event/> .
@prefix doc: <https://w3id.org/kg-negotiation/doc/> .
@prefix plover: <https://w3id.org/kg-negotiation/plover/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

plover:REQUEST a skos:Concept, kg:PloverType ; skos:inScheme plover: ; skos:prefLabel "REQUEST" ;
    skos:notation "02" ; kg:cameoRoot "02" ; kg:quadClass "verbal conflict" ; kg:score -1.0 .
actor:USA a kg:Actor, kg:State, schema:Country ; rdfs:label "United States" ; kg:kind "state" ; kg:mentions 1 .
actor:HAMAS a kg:Actor, org:Organization, schema:Organization ; rdfs:label "Hamas" ; kg:kind "organization" ;
    kg:mentions 1 .
actor:USA kg:request actor:HAMAS .
doc:d1 a schema:NewsArticle, prov:Entity ; schema:identifier "d1" ; schema:datePublished "2024-05-01"^^xsd:date .
event:E1 a kg:Event, prov:Entity ; kg:source actor:USA ; kg:target actor:HAMAS ; kg:plover plover:REQUEST ;
    kg:quadClass "verbal conflict" ; kg:score -1.0 ; kg:mode "asserted" ; kg:reports 1 ; kg:confidence 0.8 ; kg:rule "verb-cue" ;
    kg:date "2024-05-01"^^xsd:date ; kg:dateFoundBy "published" ;
    kg:evidence <https://w3id.org/kg-negotiation/event/E1/d1/4-9> ; prov:wasDerivedFrom doc:d1 .
<https://w3id.org/kg-negotiation/event/E1/d1/4-9> a kg:Evidence, prov:Entity ; kg:article doc:d1 ;
    prov:wasQuotedFrom doc:d1 ; kg:sentence "The US urged Hamas to agree." ; kg:cue "urged" ;
    kg:start 4 ; kg:end 9 ; kg:confidence 0.8 ; kg:rule "verb-cue" .
"""
E1 = EVENT.E1


def tiny() -> Graph:
    return Graph().parse(data=TINY, format="turtle")


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


# ---------------------------------------------------------------- ontology

def _defined(g: Graph) -> set[str]:
    return {str(s)[len(NS):] for t in DEFINING for s in g.subjects(RDF.type, t) if str(s).startswith(NS)}


def test_every_kg_term_is_defined_in_the_ontology_and_vice_versa():
    terms = {str(t)[len(NS):] for t in dir(KG)}
    assert len(terms) >= 45
    g = ontology_graph()
    assert _defined(g) == terms
    mentioned = {str(x)[len(NS):] for triple in g for x in triple if isinstance(x, URIRef) and str(x).startswith(NS)}
    assert mentioned == terms  # nothing in kg: is used without being a KG term
    for term in terms:
        assert g.value(KG[term], RDFS.label) is not None, term
        assert g.value(KG[term], RDFS.comment) is not None, term


def test_misspelt_term_fails_at_import_time():
    with pytest.raises(AttributeError):
        KG.sourec  # noqa: B018


def test_ontology_aligns_to_prov_schema_org_and_sem():
    g = ontology_graph()
    parents = {str(o) for s in (KG.Actor, KG.Event, KG.Evidence, KG.PloverType) for o in g.objects(s, RDFS.subClassOf)}
    assert "http://www.w3.org/ns/prov#Agent" in parents and "http://www.w3.org/ns/prov#Entity" in parents
    assert "http://semanticweb.cs.vu.nl/2009/11/sem/Event" in parents and str(SKOS.Concept) in parents
    assert (KG.State, RDFS.subClassOf, URIRef("https://schema.org/Country")) in g
    assert (KG.source, RDFS.subPropertyOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")) in g


def test_ontology_plover_scheme_matches_the_lexicon():
    g = ontology_graph()
    types = plover()
    concepts = set(g.subjects(SKOS.inScheme, PLOVER[""]))
    assert concepts == {PLOVER[name] for name in types} and len(concepts) == 16
    assert (PLOVER[""], RDF.type, SKOS.ConceptScheme) in g
    for name, p in types.items():
        c = PLOVER[name]
        assert (c, RDF.type, KG.PloverType) in g and (c, RDF.type, SKOS.Concept) in g
        assert g.value(c, SKOS.prefLabel) == Literal(name)
        assert g.value(c, KG.quadClass) == Literal(p.quad)
        assert g.value(c, KG.score).toPython() == Decimal(str(p.score))
        assert g.value(c, KG.cameoRoot) == Literal(p.cameo) == g.value(c, SKOS.notation)
        assert g.value(c, SKOS.definition) is not None
        assert (c, SKOS.topConceptOf, PLOVER[""]) in g
        # the direct actor-to-actor property for this type exists and points at it
        assert (KG[name.lower()], RDFS.seeAlso, c) in g


def test_shapes_use_only_defined_terms():
    g = shapes_graph()
    used = {str(x)[len(NS):] for triple in g for x in triple if isinstance(x, URIRef) and str(x).startswith(NS)}
    assert used and used <= {str(t)[len(NS):] for t in dir(KG)}
    targets = set(g.objects(None, SH.targetClass))
    assert {KG.Actor, KG.Event, KG.Evidence, KG.PloverType, URIRef("https://schema.org/NewsArticle")} <= targets


# ---------------------------------------------------------------- validation

def test_hand_written_graph_conforms():
    conforms, report = validate_graph(tiny())
    assert conforms, report
    assert report.splitlines()[-1].startswith("conforms:")


def _break_source(g: Graph) -> None:
    g.remove((E1, KG.source, None))


def _break_quad(g: Graph) -> None:
    g.set((E1, KG.quadClass, Literal("material cooperation")))


def _orphan_direct(g: Graph) -> None:
    g.add((ACTOR.HAMAS, KG.assault, ACTOR.USA))


def _no_direct(g: Graph) -> None:
    g.remove((ACTOR.USA, KG.request, ACTOR.HAMAS))


def _no_article(g: Graph) -> None:
    g.remove((None, KG.article, None))


def _no_evidence(g: Graph) -> None:
    g.remove((E1, KG.evidence, None))


def _kind_mismatch(g: Graph) -> None:
    g.set((ACTOR.HAMAS, KG.kind, Literal("person")))


def _bad_mode(g: Graph) -> None:
    g.set((E1, KG.mode, Literal("rumoured")))


def _offsets(g: Graph) -> None:
    ev = g.value(E1, KG.evidence)
    g.set((ev, KG.start, Literal(20)))


def _target_not_actor(g: Graph) -> None:
    g.remove((ACTOR.HAMAS, RDF.type, KG.Actor))


@pytest.mark.parametrize("breaker, words", [
    (_break_source, "kg:source"),
    (_break_quad, "quadClass"),
    (_orphan_direct, "backed by an event"),
    (_no_direct, "direct triple"),
    (_no_article, "kg:article"),
    (_no_evidence, "kg:evidence"),
    (_kind_mismatch, "kg:kind"),
    (_bad_mode, "kg:mode"),
    (_offsets, "kg:start"),
    (_target_not_actor, "actor"),
])
def test_broken_graphs_do_not_conform(breaker, words):
    g = tiny()
    breaker(g)
    conforms, report = validate_graph(g)
    assert not conforms
    assert words in report, report
    assert all(line.startswith(("Violation:", "Warning:")) for line in report.splitlines()[:-1])
    assert report.splitlines()[-1].startswith("does not conform:")


def test_self_loop_is_only_a_warning():
    g = tiny()
    g.add((ACTOR.USA, KG.request, ACTOR.USA))
    g.add((EVENT.E2, RDF.type, KG.Event))
    for p, o in g.predicate_objects(E1):
        if p not in (KG.target, KG.source):
            g.add((EVENT.E2, p, o))
    g.add((EVENT.E2, KG.source, ACTOR.USA))
    g.add((EVENT.E2, KG.target, ACTOR.USA))
    conforms, report = validate_graph(g)
    assert conforms, report
    assert "Warning: event:E2 kg:source: the event's source is also its target" in report


def test_cli_validate_exit_codes(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    good = tmp_path / "good.ttl"
    good.write_text(TINY, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(good)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("conforms:")
    g = tiny()
    _break_source(g)
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    proc = kg("validate", str(bad))  # exit 6 in a process of its own
    assert proc.returncode == EXIT_INVALID
    assert "Violation: event:E1 kg:source: an event needs exactly one kg:source" in proc.stdout
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "missing.ttl")])
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.startswith("kg: error:") and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_report_is_deterministic():
    g = tiny()
    _no_article(g)
    assert validate_graph(g) == validate_graph(g)


@pytest.mark.slow
def test_seed_build_conforms(seed_ttl):
    conforms, report = validate_graph(seed_ttl)
    assert conforms, report


@pytest.mark.slow
def test_seed_and_dev_build_conforms_and_breaks_without_a_source(seed_dev_ttl):
    g = Graph().parse(seed_dev_ttl, format="turtle")
    conforms, report = validate_graph(g)
    assert conforms, report
    event = next(g.subjects(RDF.type, KG.Event))
    g.remove((event, KG.source, None))
    conforms, report = validate_graph(g)
    assert not conforms
    assert "kg:source: an event needs exactly one kg:source" in report


@pytest.mark.slow
def test_built_graph_uses_only_ontology_terms(seed_dev_ttl):
    g = Graph().parse(seed_dev_ttl, format="turtle")
    used = {str(x) for s, p, o in g for x in (p, o) if isinstance(x, URIRef) and str(x).startswith(NS)}
    assert used <= {str(t) for t in dir(KG)}
