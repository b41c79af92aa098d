// Parses a DAGitty model string (stdin) with the real dagitty.js and prints what it
// understood as JSON: graph type, vertices (label, exposure/outcome, position), edges.
// dagitty.js is not on the npm registry; the PyPI package jupyterlab-dagitty ships it
// (bundled by rspack), so this loads that bundle's module with a minimal module shim and
// gives it the `underscore` it shares with its host.
// Usage: node dagitty_parse.cjs NODE_MODULES_DIR DAGITTY_STATIC_DIR < model.dagitty
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const [modulesDir, staticDir] = process.argv.slice(2);
const requireHere = createRequire(path.join(path.resolve(modulesDir), 'noop.js'));
globalThis.self = globalThis;
const chunks = [];
globalThis.rspackChunkjupyterlab_dagitty = chunks;
for (const f of fs.readdirSync(staticDir).sort()) {
  if (/^\d+\..*\.js$/.test(f)) {
    vm.runInThisContext(fs.readFileSync(path.join(staticDir, f), 'utf8'), { filename: f });
  }
}
const factories = Object.assign({}, ...chunks.map((c) => c[1]));
const cache = {};
function load(id) {
  if (!(id in factories)) return requireHere('underscore'); // the one shared module
  if (!cache[id]) {
    const m = (cache[id] = { exports: {} });
    factories[id].call(m.exports, m, m.exports, load);
  }
  return cache[id].exports;
}
load.g = globalThis;
const id = Object.keys(factories).find((k) => String(factories[k]).includes('this.GraphParser='));
if (!id) throw new Error('dagitty.js not found in ' + staticDir);
const { GraphParser } = load(id);

const g = GraphParser.parseGuess(fs.readFileSync(0, 'utf8'));
const out = {
  type: g.getType(),
  vertices: g.getVertices().map((v) => ({
    id: v.id,
    label: v.label ?? null,
    exposure: g.isSource(v),
    outcome: g.isTarget(v),
    x: v.layout_pos_x ?? null,
    y: v.layout_pos_y ?? null,
  })),
  edges: g.getEdges().map((e) => ({ from: e.v1.id, to: e.v2.id, directed: e.directed === 1 })),
};
process.stdout.write(JSON.stringify(out));
