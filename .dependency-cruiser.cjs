/**
 * The layering of `src/`, checked on every `npm test` (`npm run lint:deps`).
 *
 * Data flows one way. The pipeline: shared → intake → extract → compare →
 * stories → index. The run time: shared → spot → page / ui / background, where
 * the background may use the whole pipeline (it grows the reader's library) and
 * the UI only what is shared. The demo, the CLI and the entrypoints sit at the
 * edge and may use anything. A folder may import from the folders listed
 * against it, and from itself.
 */
const LAYERS = {
  shared: [],
  intake: ['shared'],
  extract: ['shared', 'intake'],
  compare: ['shared', 'intake', 'extract'],
  stories: ['shared', 'intake', 'extract', 'compare'],
  index: ['shared', 'intake', 'extract', 'compare', 'stories'],
  spot: ['shared'],
  ui: ['shared'],
  page: ['shared', 'spot', 'ui'],
  library: ['shared', 'intake', 'extract', 'compare', 'stories', 'index'],
  background: ['shared', 'intake', 'extract', 'compare', 'stories', 'index', 'spot', 'library'],
};

// Node's own modules stay at the edge: the pipeline also runs in the browser.
const PLATFORM_NEUTRAL = ['shared', 'intake', 'extract', 'compare', 'stories', 'index', 'spot', 'library', 'ui', 'page'];
const NODE_EDGE_FILES = ['src/index/cli.ts', 'src/index/folder.ts', 'src/index/parallel-read.ts', 'src/index/parallel-index.ts', 'src/index/read-worker.ts', 'src/index/compare-worker.ts', 'src/index/vite-plugin.ts'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

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
      name: 'pipeline-without-node',
      comment: 'the pipeline and the run time run in the browser too: node: modules only in the CLI, the Vite plugin, the demo and tests',
      severity: 'error',
      from: { path: `^src/(${PLATFORM_NEUTRAL.join('|')})/`, pathNot: NODE_EDGE_FILES.map((f) => `^${escape(f)}$`) },
      to: { dependencyTypes: ['core'] },
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
    exclude: { path: '(^|/)(\\.wxt|\\.output|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
