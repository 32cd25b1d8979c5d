/**
 * Templates that CloudFormation's own validation at synth rejects (a hand-written one, say)
 * import into a design that renders the same resources and reports the same failures.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../oracle/fixtures';
import { analyzeDesign } from '../analyzeDesign';
import type { Design } from '../design/designSchema';
import { render } from '../render/render';
import { importText } from './importTemplate';

const fixtures = [
  'invalid-duplicate-empty-name.json',
  'invalid-duplicate-name.json',
  'invalid-empty-name.json',
  'invalid-tag-limits.json',
  'entities/invalid-function-arn-too-long.json',
  'entities/invalid-function-region.json',
  'entities/invalid-key-arn-too-long.json',
  'entities/invalid-lone-surrogate.json',
  'entities/invalid-target-arn-too-long.json',
];

const validationMessages = (design: Design) =>
  render(design)
    .findings.filter((f) => f.origin === 'cdk-validate')
    .map((f) => f.message);

describe('importing a template CloudFormation validation rejects', () => {
  it.each(fixtures)('%s', (name) => {
    const design = loadFixture(name);
    const template = analyzeDesign(design).template;
    const imported = importText(JSON.stringify(template));
    expect(imported.findings).toEqual([]);
    expect(validationMessages(imported.design!)).toEqual(validationMessages(design));
    expect(validationMessages(design).length).toBeGreaterThan(0);
  });
});
