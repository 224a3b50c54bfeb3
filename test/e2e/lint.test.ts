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

describe('web-ext lint of the Firefox build', () => {
  it('reports no error and no unsafe-HTML warning from our code', () => {
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
      // Preact's dangerouslySetInnerHTML handling, recognisable by its `__html` field.
      expect(around).toContain('.__html');
    }
  });

  it('our sources never turn a string into HTML', () => {
    const offenders = [...sourceFiles(resolve(ROOT, 'src')), ...sourceFiles(resolve(ROOT, 'entrypoints'))].filter((file) =>
      /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|new Function|\beval\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
