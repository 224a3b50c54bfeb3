/**
 * `npm run index -- <folder> [--json] [--no-overrides] [--explain [--text]]` (folder defaults to `seeds`).
 * `--explain` shows per source what was read and where each field came from
 * (json-ld, og, meta, text, front matter, url…); `--text` adds the main text.
 *
 * Prints a readable summary on stdout and one line per problem on stderr;
 * `--json` prints only the whole index on stdout. A folder that cannot be read,
 * or an unknown option, is one line on stderr and exit code 1 (no stack trace:
 * those are the user's errors, not the program's).
 */
import { pathToFileURL } from 'node:url';
import { explainSources } from './explain';
import { buildIndexFromFolderInParallel, CorpusFolderError, readCorpusFolder } from './folder';
import { summarizeIndex } from './summary';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = 'usage: npm run index -- [folder] [--json] [--no-overrides] [--explain [--text]]';

/** Runs the CLI with `args` (without node and script); resolves to the exit code. Files are read by worker threads. */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  let json = false;
  let overrides = true;
  let explain = false;
  let text = false;
  const folders: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--no-overrides') overrides = false;
    else if (arg === '--explain') explain = true;
    else if (arg === '--text') text = explain = true;
    else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (arg.startsWith('-')) {
      io.err(`unknown option ${arg}; ${USAGE}`);
      return 1;
    } else folders.push(arg);
  }
  if (folders.length > 1) {
    io.err(`one folder at a time; ${USAGE}`);
    return 1;
  }
  const dir = folders[0] ?? 'seeds';
  let built;
  try {
    if (explain) {
      const read = readCorpusFolder(dir);
      const shown = explainSources(read.files, read.editorial, { text, overrides });
      for (const problem of [...read.problems, ...shown.problems]) io.err(problem);
      io.out(shown.lines.join('\n'));
      return 0;
    }
    built = await buildIndexFromFolderInParallel(dir, { overrides });
  } catch (error) {
    if (error instanceof CorpusFolderError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  for (const problem of built.problems) io.err(problem);
  io.out(json ? JSON.stringify(built.index, null, 2) : summarizeIndex(built.index).join('\n'));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t + '\n'),
    err: (t) => process.stderr.write(t + '\n'),
  });
}
