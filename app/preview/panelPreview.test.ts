import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Design,
  readImagesText,
  readInUseText,
  readPolicyInForce,
  render,
  repositoryIdentity,
} from '../../engine/index';
import { seedDesign } from '../seedDesign';
import { designOf, initialState } from '../state/designerState';
import { historyReducer } from '../state/history';
import { previewFileKind } from './imageOutput';
import { atRisk, changeOf, filterRows, outcomeKinds, rowsOf } from './outcomes';
import { panelPreview } from './panelPreview';

const testdata = (name: string) =>
  readFileSync(new URL(`../../engine/simulate/testdata/${name}`, import.meta.url), 'utf8');
const now = Date.parse('2025-06-30T12:00:00Z');
const design: Design = {
  version: 1,
  repositories: [
    {
      id: 'WebApp',
      repositoryName: 'web-app',
      lifecycleRules: [{ tagPatternList: ['v*'], maxImageCount: 1 }, { maxImageAgeDays: 30 }],
    },
  ],
};
const read = readImagesText(testdata('describe-images-v2.json'), { repositoryName: 'web-app' });
const images = read.images!;
const pods = readInUseText(testdata('in-use/kubectl-pods.json'), 'pods.json');
const inUse = { uses: pods.uses, identity: repositoryIdentity({}, read.repository) };
const allRows = { kinds: new Set(outcomeKinds), tagText: '', borderlineOnly: false };

describe('the panel preview (real describe-images, kubectl pods, get-lifecycle-policy)', () => {
  it('marks the images in use that the rules expire, and the protection removes the risk', () => {
    const preview = panelPreview({ design, repositoryIndex: 0, images, now, inUse, days: 30 });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.summary.images).toBe(images.length);
    const rows = rowsOf(images, preview.outcomes, preview);
    const risky = rows.filter(atRisk);
    expect(risky.length).toBe(preview.summary.inUseAtRisk);
    expect(risky.length).toBeGreaterThan(0);
    expect(preview.atRiskFindings.every((f) => f.severity === 'error')).toBe(true);
    expect(filterRows(rows, { ...allRows, inUseOnly: true }).every((r) => r.inUse)).toBe(true);
    expect(preview.firstActions).toHaveLength(images.length);
    expect(preview.rules.map((r) => r.rulePriority)).toEqual([1, 2]);

    // One action of the designer applies it, and one undo takes it back.
    const start = initialState(design);
    const key = start.repositories[0]!.key;
    const rules = preview.protection?.lifecycleRules;
    if (!rules) throw new Error('no protection suggested');
    const protectedState = historyReducer(start, {
      type: 'setLifecycleRules',
      repositoryKey: key,
      rules,
      message: 'protected',
    });
    const after = panelPreview({
      design: designOf(protectedState),
      repositoryIndex: 0,
      images,
      now,
      inUse,
    });
    if (!after.ok) throw new Error(after.message);
    const unprotectable = preview.protection?.unprotected.length ?? 0;
    expect(after.summary.inUseAtRisk).toBe(unprotectable);
    expect(designOf(historyReducer(protectedState, { type: 'undo' }))).toEqual(design);
  });

  it('compares with the policy in force: every image changed or not, as the counts say', () => {
    const inForce = readPolicyInForce(testdata('get-lifecycle-policy.json'), {
      id: 'WebApp',
      repositoryName: 'web-app',
    });
    if (!inForce.design) throw new Error(JSON.stringify(inForce.findings));
    const preview = panelPreview({
      design,
      repositoryIndex: 0,
      images,
      now,
      inForce: {
        design: inForce.design,
        ...(inForce.repositoryId && { repositoryId: inForce.repositoryId }),
      },
    });
    if (!preview.ok || !preview.compare) throw new Error('no comparison');
    const rows = rowsOf(images, preview.outcomes, preview);
    const byChange = (change: ReturnType<typeof changeOf>) =>
      rows.filter((r) => changeOf(r) === change).length;
    expect(byChange('newly-expired')).toBe(preview.compare.newlyExpired);
    expect(byChange('newly-kept')).toBe(preview.compare.newlyKept);
    expect(byChange('unchanged')).toBe(preview.compare.unchanged);
    expect(filterRows(rows, { ...allRows, change: 'changed' })).toHaveLength(
      preview.summary.changed,
    );
  });

  it('is blocked, with the findings, for a policy ECR refuses', () => {
    const refused: Design = {
      version: 1,
      repositories: [
        {
          id: 'R',
          lifecycleRules: [{ rulePriority: 0, tagPatternList: ['v*'], maxImageCount: 1 }],
        },
      ],
    };
    const preview = panelPreview({ design: refused, repositoryIndex: 0, images, now });
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.findings.length).toBeGreaterThan(0);
  });
});

describe('the import dialog routes AWS output about images to the preview', () => {
  it('recognises describe-images, batch-get-image, sample images and in-use outputs, not templates or policies', () => {
    expect(previewFileKind(testdata('describe-images-v2.json'))).toBe('describe-images');
    expect(previewFileKind(testdata('describe-images-v1-pages.txt'))).toBe('describe-images');
    expect(previewFileKind(testdata('batch-get-image.json'))).toBe('batch-get-image');
    expect(previewFileKind(JSON.stringify(images))).toBe('sample-images');
    for (const file of [
      'kubectl-pods.json',
      'ecs-describe-tasks.json',
      'ecs-describe-task-definition.json',
      'lambda-get-function.json',
    ])
      expect(previewFileKind(testdata(`in-use/${file}`))).toBe('in-use');
    expect(previewFileKind(testdata('get-lifecycle-policy.json'))).toBeUndefined();
    const fixtures = new URL('../../engine/fixtures/', import.meta.url);
    for (const file of readdirSync(fixtures).filter((f) => /\.(json|ya?ml)$/.test(f)))
      expect(previewFileKind(readFileSync(new URL(file, fixtures), 'utf8')), file).toBeUndefined();
    const example = new URL('../../examples/template.yaml', import.meta.url);
    expect(previewFileKind(readFileSync(example, 'utf8'))).toBeUndefined();
    const rendered = render(seedDesign);
    expect(previewFileKind(rendered.cfnJson ?? '')).toBeUndefined();
    expect(previewFileKind(rendered.cfnYaml ?? '')).toBeUndefined();
  });
});
