/**
 * CDK sorts a resource's tags with `a.key.localeCompare(b.key)` (core/lib/tag-manager.js): the
 * collation of the locale ICU gives the Node.js process that runs the app, from LC_ALL, else
 * LC_MESSAGES, else LANG. The engine sorts with a fixed en-US collator. Each case here runs a
 * fresh `node` under one locale that synthesizes a tagged repository with aws-cdk-lib and
 * compares the order of its Tags with the engine's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../index';

/**
 * Case, accents, digits, punctuation, and letters locales tailor (å ä ö ø, ı İ, ch, y, aa, ß, č š ž):
 * 50 keys, CloudFormation's limit per resource.
 */
const keys = [
  'b',
  'B',
  'a',
  'A',
  'aa',
  'Aa',
  'é',
  'e',
  'E',
  'z',
  'Z',
  'ä',
  'å',
  'ö',
  'o',
  'ø',
  '10',
  '2',
  '1',
  '01',
  '_x',
  '-x',
  '.x',
  'x',
  ' x',
  'a-b',
  'ab',
  'a_b',
  'a b',
  'a:b',
  'team',
  'Team',
  'TEAM',
  'ı',
  'i',
  'I',
  'İ',
  'ch',
  'cz',
  'h',
  'ß',
  'ss',
  'y',
  'č',
  'c',
  'š',
  's',
  '中',
  '😀',
  '@',
];

const scratch = mkdtempSync(join(tmpdir(), 'ecr-tag-order-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The child: the locale it runs under, and the tag keys aws-cdk-lib synthesizes, in order. */
const childScript = `
const cdk = require('aws-cdk-lib');
const ecr = require('aws-cdk-lib/aws-ecr');
const [outdir, keys] = [process.argv[1], JSON.parse(process.argv[2])];
const app = new cdk.App({ analyticsReporting: false, outdir });
const stack = new cdk.Stack(app, 'EcrStack');
const repository = new ecr.Repository(stack, 'Repository');
for (const key of keys) cdk.Tags.of(repository).add(key, 'v');
const template = app.synth().getStackByName('EcrStack').template;
const tags = template.Resources.Repository22E53BBD.Properties.Tags.map((t) => t.Key);
console.log(JSON.stringify({ locale: new Intl.Collator().resolvedOptions().locale, tags }));
`;

function cdkOrder(env: Record<string, string>): { locale: string; tags: string[] } {
  const { LC_ALL: _a, LC_MESSAGES: _m, LANG: _l, ...inherited } = process.env;
  const outdir = mkdtempSync(join(scratch, 'out-'));
  const output = execFileSync(process.execPath, ['-e', childScript, outdir, JSON.stringify(keys)], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...inherited, CDK_VALIDATION: 'false', ...env },
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').pop()!);
}

function engineOrder(): string[] {
  const tags = Object.fromEntries(keys.map((key) => [key, 'v']));
  const template = render({ version: 1, repositories: [{ id: 'Repository', tags }] }).template;
  const repository = template?.Resources?.Repository22E53BBD as {
    Properties: { Tags: { Key: string }[] };
  };
  return repository.Properties.Tags.map((t) => t.Key);
}

describe('tag order: the engine against aws-cdk-lib under a process locale', () => {
  it.each([
    ['nothing set', {}],
    ['LANG=C.UTF-8', { LANG: 'C.UTF-8' }],
    ['LANG=C', { LANG: 'C' }],
    ['LANG=POSIX', { LANG: 'POSIX' }],
    ['LANG=en_US.UTF-8', { LANG: 'en_US.UTF-8' }],
    ['LANG=en_GB.UTF-8', { LANG: 'en_GB.UTF-8' }],
    ['LANG=de_DE.UTF-8', { LANG: 'de_DE.UTF-8' }],
    ['LANG=fr_FR.UTF-8', { LANG: 'fr_FR.UTF-8' }],
    ['LC_ALL=C.UTF-8 over LANG=sv_SE.UTF-8', { LANG: 'sv_SE.UTF-8', LC_ALL: 'C.UTF-8' }],
  ])('%s: the same order', (_, env) => {
    const { tags } = cdkOrder(env);
    expect(tags).toEqual(engineOrder());
  });

  it.each([
    ['LANG=sv_SE.UTF-8', { LANG: 'sv_SE.UTF-8' }],
    ['LANG=da_DK.UTF-8', { LANG: 'da_DK.UTF-8' }],
    ['LANG=tr_TR.UTF-8', { LANG: 'tr_TR.UTF-8' }],
    ['LANG=lt_LT.UTF-8', { LANG: 'lt_LT.UTF-8' }],
    ['LC_MESSAGES=cs_CZ.UTF-8', { LANG: 'C.UTF-8', LC_MESSAGES: 'cs_CZ.UTF-8' }],
  ])('%s: another order, which the designer does not print (docs/cdk-parity.md)', (_, env) => {
    const { locale, tags } = cdkOrder(env);
    const engine = engineOrder();
    expect(locale).not.toBe('en-US');
    expect([...tags].sort()).toEqual([...engine].sort());
    expect(tags).not.toEqual(engine);
  });
});
