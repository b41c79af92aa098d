"""Reads the vocabulary files of a folder with Python's own readers and prints what they
understood as JSON.

Usage: python3 vocab_read.py csv DIR    every DIR/*.csv with the csv module: per file, the
                                        header and the rows as lists of cells
       python3 vocab_read.py skos FILE  a Turtle file with rdflib: the concept schemes, the
                                        concepts with their notation, scheme, prefLabel and
                                        broader, the asserted exactMatch/closeMatch pairs and
                                        the described rdf:Statements with their standing
"""

import csv
import json
import pathlib
import sys

what, where = sys.argv[1], pathlib.Path(sys.argv[2])

if what == "csv":
    out = {}
    for path in sorted(where.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f, strict=True))
        out[path.name] = {"header": rows[0], "rows": rows[1:]}
    json.dump(out, sys.stdout)
elif what == "skos":
    import rdflib
    from rdflib.namespace import RDF, SKOS

    g = rdflib.Graph()
    g.parse(where, format="turtle")
    isp = rdflib.Namespace("https://w3id.org/isp-moc/ns#")
    concepts = {}
    for c in g.subjects(RDF.type, SKOS.Concept):
        concepts[str(c)] = {
            "notation": str(g.value(c, SKOS.notation)),
            "scheme": str(g.value(c, SKOS.inScheme)),
            "label": str(g.value(c, SKOS.prefLabel)),
            "broader": sorted(str(b) for b in g.objects(c, SKOS.broader)),
            "verified": None if g.value(c, isp.verified) is None else g.value(c, isp.verified).toPython(),
        }
    mappings = sorted(
        [str(s), str(p), str(o)]
        for p in (SKOS.exactMatch, SKOS.closeMatch)
        for s, o in g.subject_objects(p)
    )
    statements = sorted(
        [str(g.value(st, RDF.subject)), str(g.value(st, RDF.predicate)), str(g.value(st, RDF.object)),
         str(g.value(st, isp.standing))]
        for st in g.subjects(RDF.type, RDF.Statement)
    )
    json.dump(
        {
            "rdflib": rdflib.__version__,
            "triples": len(g),
            "schemes": sorted(str(s) for s in g.subjects(RDF.type, SKOS.ConceptScheme)),
            "concepts": concepts,
            "mappings": mappings,
            "statements": statements,
        },
        sys.stdout,
    )
else:
    sys.exit(f"unknown kind {what}")
