/**
 * Global setup of the oracle tests (the `oracle` project in vitest.config.ts): a run must leave
 * nothing behind, in the repository (a tsconfig.json written there reloads a running `vite` dev
 * server) or in the temp directory (aws-cdk-lib makes a cdk.out* folder per synth without an
 * `outdir`).
 *
 * The run gets a temp directory of its own through TMPDIR, which Node's os.tmpdir(), aws-cdk-lib,
 * tsc and Python all follow, so that whatever a test forgets there is found, and a run beside this
 * one (another engineer's) is not taken for litter. The teardown fails the run when
 * - anything is left in that directory,
 * - the system temp directory has new cdk.out* or ecr-* entries of the oracle helpers, or
 * - `git status --porcelain --ignored` lists an untracked or ignored path it did not list before.
 *
 * People edit this working tree while the tests run, so outside CI new paths in `git status` are
 * only listed: they may be someone's new files. Changes to tracked files are never counted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repository = new URL('../', import.meta.url).pathname;
/** In CI nobody else edits the clone; beside a person at work, new files may be theirs. */
const strict = Boolean(process.env.CI);
const runDirPrefix = 'ecr-oracle-run-';
/** What the oracle helpers or aws-cdk-lib would name their folders; another run's folder is not ours. */
const oracleTempEntry = /^(cdk\.out|ecr-oracle-(?!run-)|ecr-py-)/;
/** Dependencies, and the outputs of the other npm scripts, which may run beside this one. */
const notLitter =
  /^(node_modules|dist|dist-cli|test-results|playwright-report|bench-results)\/|\.tsbuildinfo$/;

/** The untracked and ignored paths of `git status`, one per file outside ignored folders. */
function newPathsInStatus(): Set<string> {
  const fields = execFileSync(
    'git',
    ['status', '--porcelain', '--ignored', '--untracked-files=all', '-z'],
    { cwd: repository, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  ).split('\0');
  const paths = new Set<string>();
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const code = field.slice(0, 2);
    // With -z, the original path of a rename or copy is the next field.
    if (code[0] === 'R' || code[0] === 'C') i++;
    const path = field.slice(3);
    if ((code === '??' || code === '!!') && !notLitter.test(path)) paths.add(path);
  }
  return paths;
}

function oracleEntriesOf(dir: string): string[] {
  return readdirSync(dir).filter((name) => oracleTempEntry.test(name));
}

function added(before: string[], after: string[]): string[] {
  const old = new Set(before);
  return after.filter((entry) => !old.has(entry));
}

function listing(title: string, entries: string[]): string[] {
  if (entries.length === 0) return [];
  const shown = entries.slice(0, 20).map((entry) => `  ${entry}`);
  const more = entries.length > 20 ? [`  … and ${entries.length - 20} more`] : [];
  return [title, ...shown, ...more];
}

export default function setup(): () => void {
  const systemTemp = tmpdir();
  const statusBefore = newPathsInStatus();
  const tempBefore = oracleEntriesOf(systemTemp);
  const runTemp = mkdtempSync(join(systemTemp, runDirPrefix));
  const previousTmpdir = process.env.TMPDIR;
  // The workers are forked after the global setup and inherit it.
  process.env.TMPDIR = runTemp;

  return function teardown(): void {
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
    const leftInRunTemp = readdirSync(runTemp);
    rmSync(runTemp, { recursive: true, force: true });
    const appeared = added([...statusBefore], [...newPathsInStatus()]);
    if (!strict && appeared.length > 0) {
      console.warn(
        listing(
          'New in `git status` during the run: perhaps someone’s new files, so only listed ' +
            'outside CI (a test must write only under os.tmpdir()):',
          appeared,
        ).join('\n'),
      );
    }
    const problems = [
      ...listing(
        'left in the temp directory of the run (removed now):',
        leftInRunTemp.map((name) => join(runTemp, name)),
      ),
      ...listing(
        `new in ${systemTemp}:`,
        added(tempBefore, oracleEntriesOf(systemTemp)).map((name) => join(systemTemp, name)),
      ),
      ...listing('new in `git status --porcelain --ignored`:', strict ? appeared : []),
    ];
    if (problems.length > 0) {
      // Vitest only logs an error thrown here ("error during close") and would still exit with 0.
      process.exitCode = 1;
      throw new Error(
        `The oracle tests must remove what they write, and write only under os.tmpdir():\n${problems.join('\n')}`,
      );
    }
  };
}
