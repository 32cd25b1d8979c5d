import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBuiltCli } from './builtCli';

const { run } = useBuiltCli();

describe('ecr-designer simulate', () => {
  const args = [
    'simulate',
    'cli/fixtures/e6-design.json',
    '--images',
    'cli/fixtures/e6-images.json',
    '--now',
    '2025-06-30T00:00:00Z',
  ];
  const testdata = 'engine/simulate/testdata';
  const real = [
    'simulate',
    'cli/fixtures/web-app-design.json',
    '--images',
    `${testdata}/describe-images-v2.json`,
    '--manifests',
    `${testdata}/batch-get-image.json`,
    '--now',
    '2025-07-20T00:00:00Z',
  ];
  interface Report {
    repository: string;
    now: string;
    summary: Record<string, number>;
    assumptions: string[];
    images: {
      digest: string;
      action: string;
      rulePriority: number | null;
      heldBy?: string;
      borderline?: true;
    }[];
  }

  it('prints every image in input order with its action, rule and reason (spec example E6)', () => {
    const result = run(args);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(Object.keys(report)).toEqual(['repository', 'now', 'summary', 'assumptions', 'images']);
    expect(report.repository).toBe('Repository');
    expect(report.now).toBe('2025-06-30T00:00:00.000Z');
    expect(report.summary).toEqual({
      images: 5,
      expire: 3,
      transition: 0,
      keep: 2,
      inUseAtRisk: 0,
      changed: 0,
      bytesExpired: 0,
      bytesArchived: 0,
    });
    for (const image of report.images)
      expect(Object.keys(image).slice(0, 5)).toEqual([
        'digest',
        'tags',
        'action',
        'rulePriority',
        'reason',
      ]);
    // Pushed 23 hours before now, against a one-day limit.
    expect(report.images[4]).toMatchObject({ borderline: true });
    expect(report.images.map((o) => `${o.digest} ${o.action} ${o.rulePriority}`)).toEqual([
      'sha256:a expire 1',
      'sha256:b expire 2',
      'sha256:c keep null',
      'sha256:d expire 3',
      'sha256:e keep null',
    ]);
  });

  it('reads describe-images and batch-get-image output, and reports what it left out', () => {
    const result = run(real);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')).toEqual([
      expect.stringMatching(/^manifests\.failures\[0\]: warning: batch-get-image could not read /),
      "images.imageDetails[10]: warning: 1 image of repository '123456789012/billing-api' left out: the preview reads those of '123456789012/web-app'",
      '',
    ]);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.summary).toMatchObject({
      images: 10,
      expire: 3,
      keep: 7,
      bytesExpired: 104012917,
    });
    expect(report.images.filter((i) => i.heldBy).length).toBe(2);
    expect(report.assumptions).toContain(
      'Children of a manifest list are never acted on while the list exists, yet still fill count slots.',
    );
    // CLI v1 pages from stdin, concatenated: the same result.
    const v1 = run(
      [...real.slice(0, 3), '-', ...real.slice(4)],
      readFileSync(`${testdata}/describe-images-v1-pages.txt`, 'utf8'),
    );
    expect(v1.code).toBe(0);
    expect(JSON.parse(v1.stdout)).toEqual(report);
  });

  it('refuses a policy ECR would refuse: exit 1 with its findings and no outcomes', () => {
    const result = run([
      'simulate',
      'engine/fixtures/deploy-priority-zero-and-duplicates.json',
      '--images',
      'cli/fixtures/e6-images.json',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/: deploy-error: /);
  });

  it('exits 2 for a bad --now, an unknown --repository or unreadable images, and 1 for invalid images', () => {
    expect(run([...args.slice(0, 4), '--now', 'yesterday']).code).toBe(2);
    expect(run([...args, '--repository', 'Nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "ecr-designer: no repository with id 'Nope'; the design has Repository\n",
    });
    expect(run([...args.slice(0, 3), '-'], '{"imageDetails": [').code).toBe(2);
    const bad = run(
      ['simulate', 'cli/fixtures/e6-design.json', '--images', '-'],
      '[{"digest":"x","tags":"prod","pushedAt":"2025"}]',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('images[0].tags: error: expected a list of strings');
    const wrongType = run(
      ['simulate', 'cli/fixtures/e6-design.json', '--images', '-'],
      '{"imageDetails": [{"imageDigest": "sha256:a", "imagePushedAt": true}]}',
    );
    expect(wrongType.code).toBe(1);
    expect(wrongType.stderr).toMatch(
      /^images\.imageDetails\[0\]\.imagePushedAt: error: expected a timestamp/,
    );
  });

  const inUse = [
    'kubectl-pods.json',
    'ecs-describe-tasks.json',
    'ecs-describe-task-definition.json',
    'lambda-get-function.json',
    'references.txt',
  ].flatMap((f) => ['--in-use', `${testdata}/in-use/${f}`]);
  interface FullReport extends Report {
    days?: number;
    inUse?: Record<string, unknown> & { protection?: { rules: unknown[]; unprotected: unknown[] } };
    compare?: Record<string, number>;
    images: (Report['images'][number] & {
      inUse?: string[];
      previous?: { action: string; rulePriority: number | null };
      firstAction?: { day: number; on: string; action: string };
    })[];
  }

  it('marks the images in use (--in-use, repeatable), counts those at risk and suggests keep rules', () => {
    const result = run([...real, ...inUse]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "in-use(engine/simulate/testdata/in-use/references.txt).line 8: warning: not an image reference: 'not a reference!!'",
    );
    const report = JSON.parse(result.stdout) as FullReport;
    expect(Object.keys(report)).toEqual([
      'repository',
      'now',
      'summary',
      'inUse',
      'assumptions',
      'images',
    ]);
    expect(report.summary.inUseAtRisk).toBe(2);
    expect(report.inUse).toMatchObject({
      references: 28,
      matched: 14,
      unmatched: 1,
      otherRepositories: 13,
      images: 9,
    });
    expect(report.inUse!.protection).toEqual({
      rules: [
        { description: 'keep v1.3.0: in use', maxImageCount: 9999, tagPatternList: ['v1.3.0'] },
      ],
      unprotected: [
        {
          digest: expect.stringMatching(/^sha256:d590/),
          reason: expect.stringMatching(/^untagged/),
        },
      ],
    });
    const v130 = report.images.find((i) => i.digest.startsWith('sha256:0b27'))!;
    expect(v130).toMatchObject({ action: 'expire', inUse: ['pod prod/web-7c9d5f8b6-x2k4q'] });
    expect(report.images.filter((i) => i.inUse).length).toBe(9);
  });

  it('--fail-on in-use exits 1 with one line per rule that hits images in use', () => {
    const result = run([...real, ...inUse, '--fail-on', 'in-use']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).summary.inUseAtRisk).toBe(2);
    const gate = result.stderr.split('\n').filter((l) => l.includes(': error: '));
    expect(gate).toEqual([
      'repositories[0].lifecycleRules[0]: error: expires 1 image in use: v1.3.0 (pod prod/web-7c9d5f8b6-x2k4q)',
      expect.stringMatching(
        /^repositories\[0\]\.lifecycleRules\[1\]: error: expires 1 image in use: sha256:d590d68a2412… \(pod prod\/web-canary\)$/,
      ),
    ]);
    // Nothing at risk: the gate passes.
    const safe = run([
      ...real,
      '--in-use',
      `${testdata}/in-use/lambda-get-function.json`,
      '--fail-on',
      'in-use',
    ]);
    expect(safe.code).toBe(0);
  });

  it('compares with the policy in force (--compare) and gates on changes', () => {
    const compare = ['--compare', `${testdata}/get-lifecycle-policy.json`];
    const result = run([...real, ...compare]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as FullReport;
    const changed = report.images.filter((i) => i.previous);
    expect(report.summary.changed).toBe(changed.length);
    expect(changed.length).toBeGreaterThan(0);
    expect(report.compare).toEqual({
      newlyExpired: expect.any(Number),
      newlyArchived: expect.any(Number),
      newlyKept: expect.any(Number),
      unchanged: report.summary.images! - changed.length,
    });
    for (const image of changed) expect(image.previous!.action).not.toBe(image.action);
    const gated = run([...real, ...compare, '--fail-on', 'changes']);
    expect(gated.code).toBe(1);
    expect(gated.stderr.split('\n').filter((l) => l.startsWith('compare: error: '))).toEqual([
      expect.stringMatching(
        /^compare: error: \d+ of 10 images change action against the policy in force: /,
      ),
    ]);
    // The design compared with itself changes nothing.
    const same = run([
      ...real,
      '--compare',
      'cli/fixtures/web-app-design.json',
      '--fail-on',
      'changes',
    ]);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).summary.changed).toBe(0);
  });

  it('--days gives each image the first run that expires or archives it', () => {
    const result = run([...real, '--days', '60']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as FullReport;
    expect(report.days).toBe(60);
    expect(report.assumptions.at(-1)).toMatch(/^The timeline runs the policy once a day/);
    const single = JSON.parse(run(real).stdout) as FullReport;
    report.images.forEach((image, i) => {
      if (single.images[i]!.action !== 'keep')
        expect(image.firstAction).toMatchObject({
          day: 0,
          on: '2025-07-20T00:00:00.000Z',
          action: single.images[i]!.action,
        });
    });
    const later = report.images.filter((i) => i.firstAction && i.firstAction.day > 0);
    expect(later.length).toBeGreaterThan(0);
    for (const image of later) expect(image.action).toBe('keep');
  });

  it('exits 2 for bad --days, --fail-on or unreadable in-use input, and 1 for a wrong shape', () => {
    const bad = (extra: string[], input?: string) => run([...real, ...extra], input);
    expect(bad(['--days', '0']).code).toBe(2);
    expect(bad(['--days', 'x']).code).toBe(2);
    expect(bad(['--fail-on', 'in-use']).stderr).toBe(
      'ecr-designer: --fail-on in-use needs --in-use FILE\n',
    );
    expect(bad(['--fail-on', 'changes']).code).toBe(2);
    expect(bad([...inUse, '--fail-on', 'sometimes']).code).toBe(2);
    expect(bad(['--in-use', 'no-such-file.json']).code).toBe(2);
    expect(bad(['--in-use', '-'], '{"items": [').code).toBe(2);
    expect(bad(['--compare', '-'], 'hello: [').code).toBe(2);
    const shape = bad(['--in-use', '-'], '{"tasks": [{"containers": [{"image": 7}]}]}');
    expect(shape.code).toBe(1);
    expect(shape.stderr.split('\n').at(-2)).toBe(
      'in-use(stdin).tasks[0].containers[0].image: error: expected an image reference',
    );
  });

  it('prints the JSON Schema of its output with schema --simulate-output', () => {
    const result = run(['schema', '--simulate-output']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as { required: string[] };
    expect(schema.required).toEqual(['repository', 'now', 'summary', 'assumptions', 'images']);
  });
});
