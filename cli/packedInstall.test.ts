/**
 * The command as a user gets it: packed with `npm pack`, installed from the tarball into an empty
 * folder with production dependencies only, and run there, outside this repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, render, renderCdkApp } from '../engine/index';
import { isCommentLine, shellBlocks } from '../scripts/shellBlocks';

const repo = new URL('../', import.meta.url).pathname;
const packageJson = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const exampleDesign = parseDesign(
  JSON.parse(readFileSync(join(repo, 'examples/design.json'), 'utf8')),
).design!;
const example = render(exampleDesign);

/**
 * npm as a user runs it: none of the npm_* variables of an `npm test` around this one, and its
 * cache and logs in the temp folder (empty, so the install shows it needs nothing cached).
 */
function npmEnvironment(cache: string): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))),
    npm_config_cache: cache,
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
}

let work: string;
let npmEnv: NodeJS.ProcessEnv;
/** An empty folder where the tarball is installed, with examples/ copied beside. */
let install: string;
let tarball: string;
let packedFiles: string[];

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env: npmEnv, encoding: 'utf8', stdio: 'pipe' });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ecr-designer-packed-'));
  npmEnv = npmEnvironment(join(work, 'npm-cache'));
  // The package is staged and built in the temp folder, so that this test never packs a dist/
  // that another test run (cli.test.ts rebuilds it) is rewriting at the same moment.
  const stage = join(work, 'package');
  for (const entry of ['package.json', 'README.md', ...packageJson.files])
    if (!entry.startsWith('dist/'))
      cpSync(join(repo, entry), join(stage, entry), { recursive: true });
  execFileSync(process.execPath, ['scripts/buildLib.mjs', join(stage, 'dist')], { cwd: repo });
  const [packed] = JSON.parse(
    npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], stage),
  );
  tarball = join(work, packed.filename);
  packedFiles = packed.files.map((f: { path: string }) => f.path);
  install = join(work, 'install');
  mkdirSync(install);
  writeFileSync(join(install, 'package.json'), '{ "name": "installed", "private": true }\n');
  npm(['install', '--omit=dev', '--prefer-offline', tarball], install);
  cpSync(join(repo, 'examples'), join(install, 'examples'), { recursive: true });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What a stack trace or an uncaught Node error looks like on stderr. */
const stackTrace = /^\s+at .+:\d+:\d+\)?$|node:internal|ERR_[A-Z_]{4,}|^\w*Error: /m;

/** Runs the installed command from the folder it is installed in. */
function run(args: string[], input = '') {
  const result = spawnSync(join(install, 'node_modules/.bin/ecr-designer'), args, {
    cwd: install,
    input,
    encoding: 'utf8',
  });
  expect(result.stderr).not.toMatch(stackTrace);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the packed package', () => {
  it('holds the command, the engine library, the docs and the examples', () => {
    for (const path of [
      'bin/ecr-designer.js',
      'dist/cli/ecr-designer.js',
      'dist/engine/index.js',
      'dist/engine/index.d.ts',
      'docs/cli.md',
      'docs/design-format.md',
      'docs/preview-images.md',
      'examples/design.json',
    ])
      expect(packedFiles).toContain(path);
    const roots = [
      'README.md',
      'package.json',
      'bin/',
      'dist/cli/',
      'dist/engine/',
      'docs/',
      'examples/',
    ];
    expect(packedFiles.filter((path) => !roots.some((root) => path.startsWith(root)))).toEqual([]);
  });

  it('installs with nothing but itself: no runtime dependencies', () => {
    expect(packageJson.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(install, 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual([
      'ecr-designer',
    ]);
  });
});

describe('the installed command', () => {
  it.each([['--version'], ['-V'], ['render', '--version']])(
    '%s prints the package version',
    (...args) => {
      expect(run(args)).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    },
  );

  it('--help lists every command and the exit codes', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['render', 'validate', 'schema', 'import', 'link', 'open', 'simulate'])
      expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(help.stdout).toMatch(
      /^Exit codes:\n {2}0 .*\n {2}1 .*\n(.*\n)* {2}2 .*\n(.*\n)* {2}3 /m,
    );
  });

  it.each([
    ['cfn-json', example.cfnJson],
    ['cfn-yaml', example.cfnYaml],
    ['cdk-ts', example.cdkTypescript],
    ['cdk-py', example.cdkPython],
  ])('renders --format %s', (format, expected) => {
    expect(run(['render', 'examples/design.json', '--format', format])).toEqual({
      code: 0,
      stdout: expected,
      stderr: '',
    });
  });

  it('renders --format lifecycle-json, of one repository or of all', () => {
    const api = run([
      'render',
      'examples/design.json',
      '--format',
      'lifecycle-json',
      '--repository',
      'Api',
    ]);
    expect(api).toEqual({
      code: 0,
      stdout: example.repositories[0]!.lifecyclePolicyJson,
      stderr: '',
    });
    const all = JSON.parse(
      run(['render', 'examples/design.json', '--format', 'lifecycle-json']).stdout,
    );
    expect(Object.keys(all)).toEqual(['Api', 'Worker']);
  });

  it.each(['typescript', 'python'] as const)('writes a cdk-app in %s', (language) => {
    const out = join(work, `app-${language}`);
    const result = run([
      'render',
      'examples/design.json',
      '--format',
      'cdk-app',
      '--out',
      out,
      '--language',
      language,
    ]);
    expect(result.code).toBe(0);
    for (const [path, text] of Object.entries(renderCdkApp(exampleDesign, language)))
      expect(readFileSync(join(out, path), 'utf8')).toBe(text);
  });

  it('validates: exit 0 for a valid design, 1 and one finding per line for an invalid one', () => {
    expect(run(['validate', 'examples/design.json'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const invalid = run(
      ['validate', '-'],
      JSON.stringify({
        version: 1,
        repositories: [{ id: 'R', repositoryName: 'Bad Name!', colour: 1 }],
      }),
    );
    expect(invalid.code).toBe(1);
    const lines = invalid.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => !l.startsWith('  '))).toEqual([
      "repositories[0].colour: error: unknown field 'colour'",
    ]);
    const cdk = run(
      ['validate', '-'],
      JSON.stringify({ version: 1, repositories: [{ id: 'R', repositoryName: 'Bad Name!' }] }),
    );
    expect(cdk.code).toBe(1);
    // CDK's message has two lines: the second is indented, so one line at column 0 per finding.
    expect(cdk.stderr).toMatch(
      /^repositories\[0\]\.repositoryName: error: Invalid ECR repository name .*\n {2}\S.*\n$/,
    );
  });

  it('prints the schema', () => {
    const schema = run(['schema']);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout).title).toBe('ECR Designer design');
  });

  it('imports a JSON template and a YAML template', () => {
    const fromJson = run(['import', '-'], example.cfnJson);
    expect(fromJson.code).toBe(0);
    expect(render(JSON.parse(fromJson.stdout)).template).toEqual(example.template);
    const fromYaml = run(['import', 'examples/template.yaml']);
    expect(fromYaml.code).toBe(0);
    expect(JSON.parse(fromYaml.stdout).repositories[0].repositoryName).toBe('legacy/app');
  });

  it('makes a link and opens it to the same design', () => {
    const link = run(['link', 'examples/design.json', '--base', 'http://127.0.0.1:5173/']);
    expect(link.code).toBe(0);
    expect(JSON.parse(run(['open', link.stdout.trim()]).stdout)).toEqual(exampleDesign);
  });

  it('simulates the lifecycle policy over the example images', () => {
    const result = run([
      'simulate',
      'examples/design.json',
      '--images',
      'examples/images.json',
      '--now',
      '2025-06-30T00:00:00Z',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { images: { digest: string; action: string }[] };
    expect(report.images.map((o) => `${o.digest} ${o.action}`)).toContain('sha256:1001 expire');
  });

  it.each([
    [
      ['render', 'missing.json', '--format', 'cfn-json'],
      'ecr-designer: missing.json: no such file\n',
    ],
    [
      ['render', 'examples/design.json', '--format', 'lifecycle-json', '--repository', 'Nope'],
      "ecr-designer: no repository with id 'Nope'; the design has Api, Worker\n",
    ],
    [['validate', 'a.json', 'b.json'], 'ecr-designer: expected one FILE, got 2\n'],
    [
      ['open', '#v1.AAAAbogus'],
      /^ecr-designer: The link is damaged or cut short: it has 9 characters/,
    ],
    [['render'], /^ecr-designer: render needs --format/],
  ])('exits 2 with one line for %j', (args, stderr) => {
    const result = run(args);
    expect(result.code).toBe(2);
    if (typeof stderr === 'string') expect(result.stderr).toBe(stderr);
    else expect(result.stderr).toMatch(stderr);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

/** The README's shell blocks in the section under `heading`, up to the next heading. */
function readmeBlocks(heading: string): string[][] {
  const sections = readFileSync(join(repo, 'README.md'), 'utf8').split(/^(?=#{1,6} )/m);
  const section = sections.find((s) => s.startsWith(`${heading}\n`));
  expect(section, `README.md has a section ${heading}`).toBeDefined();
  return shellBlocks(section!);
}

/** Runs one line of the README in bash, as a reader pasting it would. */
function runLine(line: string, cwd: string, env: NodeJS.ProcessEnv, prelude = '') {
  const script = `${prelude}\n${line}`;
  const args = ['--norc', '--noprofile', '-e', '-o', 'pipefail', '-c', script];
  const result = spawnSync('bash', args, { cwd, env, encoding: 'utf8' });
  return {
    line,
    code: result.status,
    stackTrace: stackTrace.test(result.stderr),
    stderr: result.stderr,
  };
}

describe("the README's commands", () => {
  it('inside the repository: each runs as written against examples/', () => {
    const lines = readmeBlocks('## The command')
      .flat()
      .filter((l) => l.trim() && !isCommentLine(l));
    expect(lines.length).toBeGreaterThan(8);
    // npx would find node_modules/.bin/ecr-designer; calling it directly saves a second a line.
    const npx = `npx() { if [ "$1" = ecr-designer ]; then shift; ./node_modules/.bin/ecr-designer "$@"; else command npx "$@"; fi; }`;
    for (const line of lines)
      expect(runLine(line, install, npmEnv, npx)).toMatchObject({
        line,
        code: 0,
        stackTrace: false,
      });
    expect(existsSync(join(install, 'my-app/app.py'))).toBe(true);
    expect(JSON.parse(readFileSync(join(install, 'imported.json'), 'utf8')).version).toBe(1);
  });

  it('outside the repository: the tarball installs globally or into a project, and runs', () => {
    const user = join(work, 'user');
    mkdirSync(user);
    cpSync(tarball, join(user, basename(tarball)));
    cpSync(join(repo, 'examples/design.json'), join(user, 'design.json'));
    const prefix = join(work, 'global');
    const env = {
      ...npmEnv,
      npm_config_prefix: prefix,
      PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
    };
    // `npm install` and `npm pack` in a clone are what beforeAll did.
    const lines = readmeBlocks('### Outside the repository')
      .flat()
      .filter((l) => l.trim() && !isCommentLine(l) && l !== 'npm install' && l !== 'npm pack');
    // The README names the tarball npm pack writes for this version.
    expect(lines).toContain(`npm install --global ./${basename(tarball)}`);
    // Offline, npx could not fetch a different ecr-designer from the registry instead.
    for (const line of lines)
      expect(
        runLine(line, user, { ...env, npm_config_offline: String(line.startsWith('npx')) }),
      ).toMatchObject({ line, code: 0, stackTrace: false });
    expect(existsSync(join(prefix, 'bin/ecr-designer'))).toBe(true);
    expect(existsSync(join(user, 'node_modules/ecr-designer/dist/cli/ecr-designer.js'))).toBe(true);
  });
});
