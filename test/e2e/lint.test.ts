/**
 * `web-ext lint` on the Firefox build: no error, and no unsafe-HTML warning
 * from our code. The linter flags Preact's own `dangerouslySetInnerHTML`
 * branch (the only `innerHTML` in the bundle); our sources never use it, nor
 * any other way to turn a string into HTML, and this test holds both.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIRS, findBuild, ROOT } from '../../src/demo/browsers';

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const ICON_SIZES = [16, 32, 48, 96, 128];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(['chromium', 'firefox'] as const)('the %s manifest', (name) => {
  const manifest = () => JSON.parse(readFileSync(join(findBuild(name), 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('names an icon at each size, for the extension, its toolbar button and (Firefox) its sidebar, each a PNG of that size', () => {
    const m = manifest();
    const action = (m.action ?? m.browser_action) as { default_icon?: Record<string, string> };
    const sets: Record<string, Record<string, string> | undefined> = { icons: m.icons as Record<string, string>, action: action?.default_icon };
    if (name === 'firefox') sets.sidebar = (m.sidebar_action as { default_icon?: Record<string, string> })?.default_icon;
    for (const [where, icons] of Object.entries(sets)) {
      expect(
        Object.keys(icons ?? {})
          .map(Number)
          .sort((a, b) => a - b),
        where,
      ).toEqual(ICON_SIZES);
      for (const size of ICON_SIZES) {
        const file = join(BUILD_DIRS[name], icons![String(size)]);
        expect(pngSize(readFileSync(file)), `${where} ${size}: ${file}`).toEqual({ width: size, height: size });
      }
    }
  });

  it('meets the Chrome Web Store’s rules: a name, a version, a description of at most 132 characters', () => {
    const m = manifest();
    expect(m.name).toBe('Sourcelight');
    expect(m.version).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(typeof m.description).toBe('string');
    expect((m.description as string).length).toBeLessThanOrEqual(132);
  });
});

describe('web-ext lint of the Firefox build', () => {
  it("reports no error, and unsafe-HTML warnings only from Preact and the background's article reader", () => {
    findBuild('firefox');
    const run = spawnSync(resolve(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', BUILD_DIRS.firefox, '--output', 'json', '--no-input'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const report = JSON.parse(run.stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(report.errors).toEqual([]);
    for (const warning of report.warnings) {
      expect(warning.code, warning.message).toBe('UNSAFE_VAR_ASSIGNMENT');
      const code = readFileSync(join(BUILD_DIRS.firefox, warning.file!), 'utf8').split('\n')[warning.line! - 1];
      const around = code.slice(Math.max(0, warning.column! - 200), warning.column! + 100);
      if (warning.file === 'background.js') {
        // The article reader: Readability and linkedom build their own detached
        // document from the saved page's HTML in the background; no page ever sees it.
        expect(around, around).toMatch(/this\._(getInnerText|isSingleImage|forEachNode)|createDocumentFragment\(\)|ownerDocument\.createElement/);
      } else {
        // Preact's dangerouslySetInnerHTML handling, recognisable by its `__html` field.
        expect(around).toContain('.__html');
      }
    }
  });

  it('our sources never turn a string into HTML', () => {
    const offenders = [...sourceFiles(resolve(ROOT, 'src')), ...sourceFiles(resolve(ROOT, 'entrypoints'))].filter((file) =>
      /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|new Function|\beval\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
