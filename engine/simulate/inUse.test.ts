import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../fieldPath';
import { parseImageReference } from './imageReference';
import { matchInUse } from './inUse';
import { readInUseText } from './inUseReaders';
import { readImagesText } from './readImages';

const testdata = (name: string) =>
  readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');
const registry = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const digest = (prefix: string) => expect.stringMatching(new RegExp(`^sha256:${prefix}`));

const images = readImagesText(testdata('describe-images-v2.json'), {
  repositoryName: 'web-app',
  manifests: JSON.parse(testdata('batch-get-image.json')),
}).images!;
const inUseFiles = [
  'kubectl-pods.json',
  'ecs-describe-tasks.json',
  'ecs-describe-task-definition.json',
  'lambda-get-function.json',
  'references.txt',
];

describe('parseImageReference', () => {
  it.each([
    [`${registry}/web-app:v1`, { repository: 'web-app', tag: 'v1' }],
    [
      `docker-pullable://${registry}/team/web-app@sha256:${'a'.repeat(64)}`,
      { repository: 'team/web-app', digest: `sha256:${'a'.repeat(64)}` },
    ],
    [`${registry}/web-app:v1@sha256:${'b'.repeat(64)}`, { tag: 'v1', digest: digest('b') }],
    [
      '123456789012.dkr-ecr.eu-west-1.on.aws/web-app',
      { ecr: { account: '123456789012', region: 'eu-west-1' } },
    ],
    [
      '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/x:y',
      { ecr: { account: '123456789012', region: 'us-gov-west-1' } },
    ],
  ])('reads %s', (text, expected) => {
    expect(parseImageReference(text)).toMatchObject(expected);
  });

  it('tells other registries and non-references apart', () => {
    expect(parseImageReference('nginx:1.27')).toEqual({ repository: 'nginx', tag: '1.27' });
    expect(parseImageReference('localhost:5000/web-app:v1')?.ecr).toBeUndefined();
    for (const bad of [
      '',
      'Web-App:v1',
      'a//b',
      'x@sha256:short',
      'x:bad tag',
      'not a reference!!',
    ])
      expect(parseImageReference(bad)).toBeUndefined();
  });
});

describe('readInUseText', () => {
  it('reads every container of kubectl pods, with the digests of their statuses', () => {
    const read = readInUseText(testdata('in-use/kubectl-pods.json'));
    expect(read.formats).toEqual(['kubectl']);
    expect(read.findings).toEqual([]);
    const web = read.uses.filter((u) => u.where === 'pod prod/web-7c9d5f8b6-x2k4q');
    expect(web.map((u) => formatPath(u.path))).toEqual([
      'items[0].spec.containers[0].image',
      'items[0].spec.initContainers[0].image',
      'items[0].status.containerStatuses[0].image',
      'items[0].status.containerStatuses[0].imageID',
      'items[0].status.initContainerStatuses[0].image',
      'items[0].status.initContainerStatuses[0].imageID',
    ]);
    expect(read.uses.map((u) => formatPath(u.path))).toContain(
      'items[1].spec.ephemeralContainers[0].image',
    );
  });

  it('reads ECS tasks (image and imageDigest), task definitions and Lambda functions', () => {
    const tasks = readInUseText(testdata('in-use/ecs-describe-tasks.json'));
    expect(tasks.uses[1]).toEqual({
      reference: `${registry}/web-app:main-4f2a9c1@sha256:c91173b36b0cfecd3c318bd3d5dd44fbf0ce5a59bdf906e938b4b5e569bf0516`,
      where: 'ecs task prod/9f3b2c1d4e5f4a6b8c7d0e1f2a3b4c5d',
      path: ['tasks', 0, 'containers', 0, 'imageDigest'],
    });
    const definition = readInUseText(testdata('in-use/ecs-describe-task-definition.json'));
    expect(definition.uses.map((u) => u.where)).toEqual([
      'ecs task definition web-worker:17',
      'ecs task definition web-worker:17',
    ]);
    const lambda = readInUseText(testdata('in-use/lambda-get-function.json'));
    expect(lambda.uses.map((u) => formatPath(u.path))).toEqual([
      'Code.ImageUri',
      'Code.ResolvedImageUri',
    ]);
    expect(lambda.uses[0]!.where).toBe('lambda function thumbnailer');
  });

  it('reads one reference a line, skipping blank lines and comments', () => {
    const read = readInUseText(testdata('in-use/references.txt'), 'refs.txt');
    expect(read.uses.map((u) => [u.reference, u.where])).toEqual([
      [`${registry}/web-app:v1.0.0`, 'refs.txt line 3'],
      [`${registry}/web-app:v0.9.0`, 'refs.txt line 4'],
      ['docker.io/library/nginx:1.27', 'refs.txt line 6'],
      ['not a reference!!', 'refs.txt line 8'],
    ]);
  });

  it('reads concatenated outputs and lists of them', () => {
    const text = `${testdata('in-use/lambda-get-function.json')}\n${testdata('in-use/ecs-describe-tasks.json')}`;
    expect(readInUseText(text).formats).toEqual(['lambda-get-function', 'ecs-describe-tasks']);
    expect(readInUseText(`[${testdata('in-use/lambda-get-function.json')}]`).uses[0]!.path).toEqual(
      [0, 'Code', 'ImageUri'],
    );
  });

  it('explains input it does not know, with the path', () => {
    expect(readInUseText('{"kind": "Secret"}').findings[0]!.message).toMatch(/^expected kubectl/);
    expect(readInUseText('{"tasks": [{"containers": [{"image": 7}]}]}').findings).toEqual([
      expect.objectContaining({
        path: ['tasks', 0, 'containers', 0, 'image'],
        severity: 'error',
      }),
    ]);
    expect(readInUseText('{"items": {}}').findings[0]!.path).toEqual(['items']);
    expect(readInUseText('  ').findings[0]!.message).toBe('the input is empty');
  });

  it('never throws on malformed input, and every finding has a path into it', () => {
    const pods = JSON.parse(testdata('in-use/kubectl-pods.json'));
    const junk = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string(),
      fc.boolean(),
      fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 2 }),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
    );
    const paths = [
      'spec',
      'status',
      'metadata',
      'spec.containers',
      'spec.containers.0',
      'spec.containers.0.image',
      'status.containerStatuses.0',
      'status.containerStatuses.0.imageID',
      'kind',
    ];
    fc.assert(
      fc.property(fc.nat(3), fc.constantFrom(...paths), junk, (item, path, value) => {
        const copy = structuredClone(pods);
        const keys = path.split('.');
        let at = copy.items[item];
        for (const key of keys.slice(0, -1)) at = at?.[key];
        if (at && typeof at === 'object') at[keys[keys.length - 1]!] = value;
        const read = readInUseText(JSON.stringify(copy));
        for (const finding of read.findings)
          expect(formatPath(finding.path)).toMatch(/^items\[\d\]/);
        const matched = matchInUse(read.uses, images, { name: 'web-app' });
        expect(matched.counts.references).toBe(read.uses.length);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = readInUseText(text);
        expect(Array.isArray(read.uses)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('matchInUse', () => {
  const uses = inUseFiles.flatMap((f) => readInUseText(testdata(`in-use/${f}`), f).uses);

  it('matches by repository, tag and digest; an index and its children go together', () => {
    const match = matchInUse(uses, images, { name: 'web-app', registryId: '123456789012' });
    expect(match.counts).toEqual({
      references: 28,
      matched: 14,
      unmatched: 1,
      otherRepositories: 13,
    });
    const where = (prefix: string) =>
      [...match.usedBy].find(([d]) => d.startsWith(`sha256:${prefix}`))?.[1];
    // The index by tag and digest, and so its two children.
    expect(where('55e5990b')).toEqual(['pod prod/web-7c9d5f8b6-x2k4q']);
    expect(where('88a25395')).toEqual(['pod prod/web-7c9d5f8b6-x2k4q']);
    expect(where('c91173b3')).toEqual(['ecs task prod/9f3b2c1d4e5f4a6b8c7d0e1f2a3b4c5d']);
    expect(where('0351e58a')).toEqual(['lambda function thumbnailer']);
    expect(where('d590d68a')).toEqual(['pod prod/web-canary']);
    expect(match.findings.map((f) => f.message)).toEqual([
      "not an image reference: 'not a reference!!'",
      `${registry}/web-app:v0.9.0 is in use (1 reference) but is not among the images: deleted already, or missing from the images file`,
    ]);
  });

  it('leaves out another account, and infers the name from digests when none is given', () => {
    expect(
      matchInUse(uses, images, { name: 'web-app', registryId: '999999999999' }).usedBy.size,
    ).toBe(0);
    const inferred = matchInUse(uses, images, {});
    expect(inferred.repositoryName).toBe('web-app');
    expect(inferred.usedBy.size).toBe(9);
    expect(inferred.findings[0]!.message).toMatch(
      /no repositoryName: references were matched to repository 'web-app'/,
    );
    const none = matchInUse(
      uses.filter((u) => !u.reference.includes('@')),
      images,
      {},
    );
    expect(none.usedBy.size).toBe(0);
    expect(none.findings[0]!.message).toMatch(/no image is matched as in use; set repositoryName/);
  });
});
