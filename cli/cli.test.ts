import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign, render } from '../engine/index';
import { useBuiltCli } from './builtCli';

const { run, scratch } = useBuiltCli();

const seedPath = 'engine/fixtures/seed-example.json';
const seedText = readFileSync(seedPath, 'utf8');
const seed = render(parseDesign(JSON.parse(seedText)).design!);

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
      'ecr-designer: unknown option --colour; render takes --format, --repository, --out, --language\n',
    ],
    [
      ['validate', seedPath, '--format', 'cfn-json'],
      'ecr-designer: unknown option --format; validate takes no options\n',
    ],
    [
      ['render', seedPath, '--format', '--out', 'x'],
      'ecr-designer: option --format needs a value: --format FORMAT\n',
    ],
    [
      ['deploy'],
      "ecr-designer: unknown command 'deploy'; expected one of render, validate, schema, import, link, open, simulate (see --help)\n",
    ],
    [
      ['render', seedPath, '--format', 'cfn-json', '--repository', 'Repository'],
      'ecr-designer: --repository goes with --format lifecycle-json\n',
    ],
    [
      ['render', seedPath, '--format', 'lifecycle-json', '--repository', 'Nope'],
      "ecr-designer: no repository with id 'Nope'; the design has Repository\n",
    ],
    [
      ['render', 'engine/fixtures', '--format', 'cfn-json'],
      'ecr-designer: engine/fixtures: is a directory\n',
    ],
  ])('exits 2 with one line for %j', (args, stderr) => {
    expect(run(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('describes a binary file instead of echoing its bytes', () => {
    const binary = join(scratch, 'image.png');
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0x1b]),
    );
    for (const command of ['validate', 'import'])
      expect(run([command, binary])).toEqual({
        code: 2,
        stdout: '',
        stderr: expect.stringMatching(
          new RegExp(
            `^ecr-designer: ${binary} is a binary file, not UTF-8 text; expected [^\\n]+\\n$`,
          ),
        ),
      });
  });

  it('--version and -V print the package version; --help documents the exit codes', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const flag of ['--version', '-V'])
      expect(run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}3 {2}an internal error/m);
    expect(run(['render', '-h']).stdout).toBe(help.stdout);
    // With no command at all, the help is a usage error: on stderr, exit 2.
    expect(run([])).toEqual({ code: 2, stdout: '', stderr: help.stdout });
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

  it("indents the continuation lines of CDK's multi-line messages, so each line at column 0 is a finding", () => {
    const result = run(
      ['validate', '-'],
      JSON.stringify({ version: 1, repositories: [{ id: 'R', repositoryName: 'Bad Name!' }] }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'repositories[0].repositoryName: error: Invalid ECR repository name (value: Bad Name!)\n' +
        '  Repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, underscores, periods and forward slashes\n',
    );
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

  it('leaves the sample images out of the link, and says so on stderr', () => {
    const image = { digest: 'sha256:a', tags: ['v1'], pushedAt: '2026-01-14T12:00:00Z' };
    const design = {
      version: 1,
      repositories: [{ id: 'R', sampleImages: [image, { ...image, digest: 'sha256:b' }] }],
    };
    const link = run(['link', '-'], JSON.stringify(design));
    expect(link.code).toBe(0);
    expect(link.stderr).toBe(
      'note: a link carries the policy, not the images: 2 sample images left out (share the design file to share them)\n',
    );
    expect(JSON.parse(run(['open', link.stdout.trim()]).stdout)).toEqual({
      version: 1,
      repositories: [{ id: 'R' }],
    });
  });

  it.each([
    ['#v1.AAAA', /^ecr-designer: The link is damaged or cut short: its data does not decompress/],
    ['#v1.AAAAbogus', /^ecr-designer: The link is damaged or cut short: it has 9 characters/],
    ['#v1.AAAA*AAA', /^ecr-designer: The link has characters a design link never has \('\*'\)/],
  ])('exits 2 with one line saying what is wrong with the link %s', (link, message) => {
    const result = run(['open', link]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(message);
  });

  it('imports the template it renders', () => {
    const imported = run(['import', '-'], seed.cfnYaml);
    expect(imported.code).toBe(0);
    expect(render(JSON.parse(imported.stdout)).template).toEqual(seed.template);
  });

  it('imports the registry from pasted AWS CLI output, the commands and prompts around it', () => {
    const session = readFileSync(
      new URL('../engine/fixtures/registry-import/cli-v2/terminal-session.txt', import.meta.url),
      'utf8',
    );
    const imported = run(['import', '-'], session);
    expect(imported.code).toBe(0);
    expect(Object.keys(JSON.parse(imported.stdout).registry)).toEqual([
      'creationTemplates',
      'replication',
      'pullThroughCacheRules',
      'scanning',
      'signing',
      'pullTimeUpdateExclusions',
      'policy',
    ]);
    expect(imported.stderr).toBe(
      '[2].repositoryCreationTemplates[1].repositoryPolicy.Statement[0].Sid: warning: Sid is not part of the design format; left out\n' +
        '[3].policyText.Statement[0].Sid: warning: Sid is not part of the design format; left out\n',
    );
  });

  it('exits 2 for input that is neither JSON nor YAML', () => {
    const result = run(['import', '-'], '{"a": [}');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ecr-designer: stdin: neither JSON nor CloudFormation YAML: /);
  });

  it.each(['{"a": 1}', 'just some text'])(
    'exits 2 with one line for unrecognised input %j',
    (input) => {
      expect(run(['import', '-'], input)).toEqual({
        code: 2,
        stdout: '',
        stderr: expect.stringMatching(
          /^ecr-designer: stdin: expected a CloudFormation template [^\n]+\n$/,
        ),
      });
    },
  );
});

describe('ecr-designer render --format cdk-app', () => {
  it.each(['typescript', 'python'])('writes a %s project into an empty directory', (language) => {
    const out = mkdtempSync(join(scratch, 'app-'));
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
