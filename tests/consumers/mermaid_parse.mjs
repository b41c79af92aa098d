// Parses a Mermaid flowchart (stdin) with the real `mermaid` package under jsdom and prints
// what Mermaid understood as JSON: vertices, edges (with linkStyle styles) and subgraphs,
// with labels decoded the way Mermaid's renderer shows them (entity codes, <br>).
// Usage: node mermaid_parse.mjs NODE_MODULES_DIR < diagram.mmd
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(join(resolve(process.argv[2]), 'noop.js'));
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import(pathToFileURL(require.resolve('mermaid')).href);
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

const text = readFileSync(0, 'utf8');
const decode = (s) =>
  (s ?? '')
    .replace(/ﬂ°°/g, '&#')
    .replace(/ﬂ°/g, '&')
    .replace(/¶ß/g, ';')
    .split(/<br\s*\/?>/i)
    .map((part) => {
      const t = dom.window.document.createElement('template');
      t.innerHTML = part;
      return t.content.textContent;
    })
    .join('\n');

await mermaid.parse(text); // throws on a syntax error
const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
const out = {
  vertices: [...db.getVertices().values()].map((v) => ({
    id: v.id,
    label: decode(v.text),
    type: v.type ?? null,
    classes: v.classes ?? [],
    styles: v.styles ?? [],
  })),
  edges: db.getEdges().map((e) => ({
    from: e.start,
    to: e.end,
    label: decode(e.text),
    type: e.type,
    stroke: e.stroke,
    style: e.style ?? [],
  })),
  subgraphs: db.getSubGraphs().map((s) => ({ id: s.id, title: decode(s.title), nodes: s.nodes })),
};
process.stdout.write(JSON.stringify(out));
