/**
 * The command as the tests run it: built by scripts/buildLib.mjs into a temp folder of the
 * calling test file's own (test files run in parallel, and a shared dist/ would be rebuilt
 * under another file's feet), run with node like the package's bin runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Builds before the file's tests, removes everything afterwards; `scratch` is for their files. */
export function useBuiltCli(): {
  run: (args: string[], input?: string) => CliRun;
  scratch: string;
} {
  const scratch = mkdtempSync(join(tmpdir(), 'ecr-cli-'));
  const command = join(scratch, 'build', 'cli', 'ecr-designer.js');
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/buildLib.mjs', join(scratch, 'build')]);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const run = (args: string[], input?: string): CliRun => {
    const result = spawnSync(process.execPath, [command, ...args], {
      input: input ?? '',
      encoding: 'utf8',
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  return { run, scratch };
}
