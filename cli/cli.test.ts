import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, render } from '../engine/index';

/** Runs the compiled command as a user would, from the package's bin. */
function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['bin/ecr-designer.js', ...args], {
    input: input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const seedPath = 'engine/fixtures/seed-example.json';
const seedText = readFileSync(seedPath, 'utf8');
const seed = render(parseDesign(JSON.parse(seedText)).design!);

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/buildLib.mjs']);
});

describe('ecr-designer render', () => {
  it.each([
    ['cfn-json', seed.cfnJson],
    ['cfn-yaml', seed.cfnYaml],
    ['cdk-ts', seed.cdkTypescript],
    ['cdk-py', seed.cdkPython],
    ['lifecycle-json', seed.repositories[0]!.lifecyclePolicyJson],
  ])('prints --format %s from a file', (format, expected) => {
    expect(run(['render', seedPath, '--format', format])).toEqual({
      code: 0,
      stdout: expected,
      stderr: '',
    });
  });

  it('reads stdin with - and takes --format=value', () => {
    expect(run(['render', '-', '--format=cfn-json'], seedText).stdout).toBe(seed.cfnJson);
  });

  it('exits 1 with findings on stderr for an invalid design', () => {
    const result = run([
      'render',
      'engine/fixtures/invalid-tagged-no-prefix.json',
      '--format',
      'cfn-json',
    ]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'repositories[0].lifecycleRules[0].tagStatus: error: TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList\n',
    });
  });

  it.each([
    [
      ['render', seedPath],
      'ecr-designer: render needs --format (cfn-json, cfn-yaml, cdk-ts, cdk-py, lifecycle-json, cdk-app)\n',
    ],
    [
      ['render', seedPath, '--format', 'xml'],
      "ecr-designer: unknown format 'xml'; expected one of cfn-json, cfn-yaml, cdk-ts, cdk-py, lifecycle-json, cdk-app\n",
    ],
    [
      ['render', 'missing.json', '--format', 'cfn-json'],
      'ecr-designer: missing.json: no such file\n',
    ],
    [
      ['render', seedPath, '--format', 'cfn-json', '--colour'],
      'ecr-designer: unknown option --colour\n',
    ],
    [
      ['deploy'],
      "ecr-designer: unknown command 'deploy'; expected one of render, validate, schema, import, link, open, simulate\n",
    ],
  ])('exits 2 with one line for %j', (args, stderr) => {
    expect(run(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('exits 2 with one line for malformed JSON on stdin', () => {
    const result = run(['render', '-', '--format', 'cfn-json'], '{"version": 1,');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ecr-designer: stdin: not valid JSON: [^\n]+\n$/);
  });
});

describe('ecr-designer validate', () => {
  it('prints every finding as path: severity: message and exits 1 on errors', () => {
    const result = run(['validate', 'engine/fixtures/deploy-priority-zero-and-duplicates.json']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      'repositories[0].lifecycleRules[0].rulePriority: deploy-error: rulePriority must be a whole number of at least 1; ECR rejects 0.',
    );
  });

  it('exits 0 for a valid design and reports format problems with paths', () => {
    expect(run(['validate', seedPath]).code).toBe(0);
    expect(run(['validate', '-'], '{"version":1,"repositories":[{"id":"R","extra":1}]}')).toEqual({
      code: 1,
      stdout: '',
      stderr: "repositories[0].extra: error: unknown field 'extra'\n",
    });
  });
});

describe('ecr-designer schema', () => {
  it('prints the JSON Schema', () => {
    const result = run(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).title).toBe('ECR Designer design');
  });
});

describe('ecr-designer link / open / import', () => {
  it('makes a link that opens to the same design, from a URL or a bare fragment', () => {
    const link = run(['link', seedPath, '--base', 'http://127.0.0.1:4173/']);
    expect(link.code).toBe(0);
    expect(link.stdout).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#v1\.[A-Za-z0-9_-]+\n$/);
    const design = JSON.parse(seedText);
    expect(JSON.parse(run(['open', link.stdout.trim()]).stdout)).toEqual(design);
    expect(JSON.parse(run(['open', link.stdout.trim().split('#')[1]!]).stdout)).toEqual(design);
  });

  it('exits 2 with one line for a broken link', () => {
    const result = run(['open', '#v1.AAAA']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/^ecr-designer: The link is damaged or cut short/);
  });

  it('imports the template it renders', () => {
    const imported = run(['import', '-'], seed.cfnYaml);
    expect(imported.code).toBe(0);
    expect(render(JSON.parse(imported.stdout)).template).toEqual(seed.template);
  });

  it('exits 2 for input that is neither JSON nor YAML', () => {
    const result = run(['import', '-'], '{"a": [}');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ecr-designer: stdin: neither JSON nor CloudFormation YAML: /);
  });
});

describe('ecr-designer simulate', () => {
  const args = [
    'simulate',
    'cli/fixtures/e6-design.json',
    '--images',
    'cli/fixtures/e6-images.json',
    '--now',
    '2025-06-30T00:00:00Z',
  ];

  it('prints every image in input order with its action, rule and reason (spec example E6)', () => {
    const result = run(args);
    expect(result.code).toBe(0);
    const outcomes = JSON.parse(result.stdout) as {
      digest: string;
      action: string;
      rulePriority: number | null;
    }[];
    for (const outcome of outcomes)
      expect(Object.keys(outcome)).toEqual(['digest', 'action', 'rulePriority', 'reason']);
    expect(outcomes.map((o) => `${o.digest} ${o.action} ${o.rulePriority}`)).toEqual([
      'sha256:a expire 1',
      'sha256:b expire 2',
      'sha256:c keep null',
      'sha256:d expire 3',
      'sha256:e keep null',
    ]);
  });

  it('exits 2 for a bad --now and 1 for invalid images', () => {
    expect(run([...args.slice(0, 4), '--now', 'yesterday']).code).toBe(2);
    const bad = run(
      ['simulate', 'cli/fixtures/e6-design.json', '--images', '-'],
      '[{"digest":"x","tags":"prod","pushedAt":"2025"}]',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('images[0].tags: error: expected a list of strings');
  });
});

describe('ecr-designer render --format cdk-app', () => {
  it.each(['typescript', 'python'])('writes a %s project into an empty directory', (language) => {
    const out = mkdtempSync(join(tmpdir(), 'ecr-app-'));
    const result = run([
      'render',
      seedPath,
      '--format',
      'cdk-app',
      '--out',
      out,
      '--language',
      language,
    ]);
    expect(result.code).toBe(0);
    expect(existsSync(join(out, 'cdk.json'))).toBe(true);
    expect(
      existsSync(
        join(out, language === 'typescript' ? 'lib/ecr-stack.ts' : 'ecr_stack/ecr_stack.py'),
      ),
    ).toBe(true);
    expect(run(['render', seedPath, '--format', 'cdk-app', '--out', out]).code).toBe(2);
  });
});
