"""Reads a graph (stdin) with networkx and prints what networkx understood as JSON.

Usage: python3 networkx_read.py graphml|nodelink|graphml-rewrite < file
graphml uses networkx.read_graphml; nodelink uses networkx.node_link_graph with the links
under "edges" (the default from networkx 3.6; passed explicitly for 3.4 and 3.5);
graphml-rewrite reads GraphML and writes it back out with networkx.write_graphml, as a
tool that edits the file would.
"""

import io
import json
import sys

import networkx as nx

fmt = sys.argv[1]
data = sys.stdin.buffer.read()
if fmt == "graphml-rewrite":
    nx.write_graphml(nx.read_graphml(io.BytesIO(data)), sys.stdout.buffer)
    sys.exit(0)
if fmt == "graphml":
    g = nx.read_graphml(io.BytesIO(data))
elif fmt == "nodelink":
    doc = json.loads(data)
    major, minor = (int(x) for x in nx.__version__.split(".")[:2])
    if (major, minor) >= (3, 4):
        g = nx.node_link_graph(doc, edges="edges")
    else:
        g = nx.node_link_graph(doc, link="edges")
else:
    sys.exit(f"unknown format {fmt}")

json.dump(
    {
        "networkx": nx.__version__,
        "type": type(g).__name__,
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "graph": {k: v for k, v in g.graph.items() if k not in ("node_default", "edge_default")},
        "nodes": [[n, attrs] for n, attrs in g.nodes(data=True)],
        "edges": [[u, v, attrs] for u, v, attrs in g.edges(data=True)],
    },
    sys.stdout,
    ensure_ascii=False,
)
