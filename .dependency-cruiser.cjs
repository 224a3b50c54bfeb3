/**
 * The layering of `src/`, checked on every `npm test` (`npm run lint:deps`).
 *
 * Data flows one way. At the bottom, apart: text rules (`text`), data
 * contracts (`contracts`) and browser platform code (`platform`). The
 * pipeline: intake → extract → compare → stories → index, platform-neutral,
 * run by `node` (the CLI, folder reading, workers, the Vite plugin) and by the
 * background (the reader's library). The run time: spot → page / ui /
 * background. A folder may import from the folders listed against it, and
 * from itself; the demo and the entrypoints sit at the edge.
 */
const BOTTOM = ['text', 'contracts'];
const PIPELINE = ['intake', 'extract', 'compare', 'stories', 'index'];
const LAYERS = {
  text: [],
  contracts: ['text'],
  platform: ['text', 'contracts'],
  intake: [...BOTTOM],
  extract: [...BOTTOM, 'intake'],
  compare: [...BOTTOM, 'intake', 'extract'],
  stories: [...BOTTOM, 'intake', 'extract', 'compare'],
  index: [...BOTTOM, ...PIPELINE],
  node: [...BOTTOM, ...PIPELINE],
  library: [...BOTTOM, ...PIPELINE],
  spot: [...BOTTOM],
  ui: [...BOTTOM, 'platform'],
  page: [...BOTTOM, 'platform', 'spot', 'ui'],
  background: [...BOTTOM, 'platform', ...PIPELINE, 'spot', 'library'],
};

// Node's own modules only in src/node and the demo: everything else runs in the browser too.
const NODE_ONLY = ['node', 'demo'];
// The browser's extension APIs only in platform code and the run time that sits on it.
const BROWSER_APIS = '(^|/)node_modules/(wxt|webextension-polyfill|@wxt-dev/[^/]+)/';
const WITHOUT_BROWSER_APIS = ['text', 'contracts', ...PIPELINE, 'node', 'library', 'spot'];

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} may import only from ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'itself'} (data flows one way; see .dependency-cruiser.cjs)`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: '^src/', pathNot: [`^src/(${[layer, ...allowed].join('|')})/`] },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-cycles',
      comment: 'modules must not import each other, directly or through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'node-apart',
      comment: 'everything but src/node and the demo also runs in the browser: node: modules only there (and in tests)',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${NODE_ONLY.join('|')})/` },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pipeline-without-platform',
      comment: "text rules, contracts, the pipeline and the matcher never touch the browser's extension APIs: those belong to src/platform and the run time",
      severity: 'error',
      from: { path: `^src/(${WITHOUT_BROWSER_APIS.join('|')})/` },
      to: { path: BROWSER_APIS },
    },
    {
      name: 'entrypoints-stay-thin',
      comment: 'an entrypoint wires modules of src/ together; it never imports another entrypoint',
      severity: 'error',
      from: { path: '^entrypoints/([^/]+)' },
      to: { path: '^entrypoints/', pathNot: ['^entrypoints/$1'] },
    },
    {
      name: 'src-not-from-test',
      comment: 'product code never imports test code',
      severity: 'error',
      from: { path: '^(src|entrypoints)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.wxt|\\.output)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
