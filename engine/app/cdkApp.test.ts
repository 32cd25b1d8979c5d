import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCommentLine, shellBlocks } from '../../scripts/shellBlocks';
import { type Design, parseDesign } from '../index';
import { type AppLanguage, renderCdkApp } from './cdkApp';

const seed = parseDesign(
  JSON.parse(readFileSync(new URL('../fixtures/seed-example.json', import.meta.url), 'utf8')),
).design!;
const designs: [string, Design][] = [
  ['the seed example', seed],
  ['a design with its own stack name', { ...seed, stackName: 'Platform' }],
];
const languages: AppLanguage[] = ['typescript', 'python'];
const cases = designs.flatMap(([what, design]) =>
  languages.map((language) => [what, language, design] as const),
);

const bash = execFileSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).trim();
const shellBuiltins = new Set(['source', '.', 'cd', 'export']);
const scratch = mkdtempSync(join(tmpdir(), 'ecr-app-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * Runs a block as a reader pasting it would, with every program a stub that logs its arguments
 * (nothing is installed or deployed); returns what ran, one line per program started.
 */
function runWithStubs(dir: string, lines: string[]): string[] {
  const stubs = join(dir, '.stubs');
  mkdirSync(stubs, { recursive: true });
  const log = join(dir, '.stubs.log');
  writeFileSync(log, '');
  for (const line of lines.filter((l) => l.trim() !== '' && !isCommentLine(l))) {
    const program = line.trim().split(/\s+/)[0]!;
    if (shellBuiltins.has(program)) continue;
    writeFileSync(join(stubs, program), `#!${bash}\necho "\${0##*/} $*" >> "$STUB_LOG"\n`);
    chmodSync(join(stubs, program), 0o755);
  }
  // What `python3 -m venv .venv` would have made, for the `source` line after it.
  mkdirSync(join(dir, '.venv/bin'), { recursive: true });
  writeFileSync(join(dir, '.venv/bin/activate'), '');
  const script = `command_not_found_handle() { echo "not found: $*" >> "$STUB_LOG"; return 127; }\n${lines.join('\n')}\n`;
  const result = spawnSync(bash, ['--norc', '--noprofile', '-e', '-c', script], {
    cwd: dir,
    env: { PATH: stubs, STUB_LOG: log },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

describe.each(cases)('the %s app in %s', (what, language, design) => {
  const files = renderCdkApp(design, language);
  const blocks = Object.entries(files).flatMap(([path, text]) =>
    shellBlocks(text).map((lines) => [path, lines] as const),
  );

  it('has a README with the commands to deploy it', () => {
    expect(blocks.map(([path]) => path)).toEqual(['README.md']);
    expect(blocks[0]![1].join('\n')).toMatch(/cdk deploy$/);
  });

  it.each(blocks)(
    '%s: every line is a command the shell accepts, or a comment line',
    (_, lines) => {
      for (const line of lines) {
        const check = spawnSync(bash, ['--norc', '--noprofile', '-n', '-c', line], {
          encoding: 'utf8',
        });
        expect({ line, stderr: check.stderr }).toEqual({ line, stderr: '' });
        // A comment after a command is where `cdk   # npm install -g aws-cdk bootstrap` came from.
        if (!isCommentLine(line)) expect(line).not.toContain('#');
      }
    },
  );

  it.each(blocks)('%s: pasted whole, it runs each command line as written, once', (path, lines) => {
    const dir = join(
      scratch,
      `${what.replace(/\W+/g, '-')}-${language}-${path.replace(/\W+/g, '-')}`,
    );
    writeFiles(dir, files);
    const expected = lines
      .filter((l) => l.trim() !== '' && !isCommentLine(l))
      .filter((l) => !shellBuiltins.has(l.trim().split(/\s+/)[0]!))
      .map((l) => l.trim().split(/\s+/).join(' '));
    expect(runWithStubs(dir, lines)).toEqual(expected);
  });
});
