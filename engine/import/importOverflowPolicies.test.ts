/**
 * A role's overflow policies come back through the import whatever their logical IDs: the ones
 * the imported design derives stay derived, the others are kept (overflowPolicyLogicalIds), and
 * the design renders the template as it was, with no warning that a deployment replaces them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design/designSchema';
import { render } from '../render/render';
import { importText } from './importTemplate';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/entities/${name}`, import.meta.url), 'utf8'),
  ) as Design;

type Resources = Record<string, { Type: string }>;

const overflowIds = (template: unknown) =>
  Object.entries((template as { Resources: Resources }).Resources)
    .filter(([, resource]) => resource.Type === 'AWS::IAM::ManagedPolicy')
    .map(([logicalId]) => logicalId);

/** The template with the logical IDs renamed (references to them there are none). */
function renamed(cfnJson: string, renames: Record<string, string>): string {
  const template = JSON.parse(cfnJson) as { Resources: Resources };
  const entries = Object.entries(template.Resources).map(([id, r]) => [renames[id] ?? id, r]);
  return JSON.stringify({ ...template, Resources: Object.fromEntries(entries) });
}

describe('the import of overflow policies', () => {
  it('keeps a design’s kept overflow policy IDs, and no more', () => {
    const design = fixture('kept-overflow-policy-ids.json');
    const rendered = render(design);
    const imported = importText(rendered.cfnJson!);
    expect(imported.findings).toEqual([]);
    expect(
      imported.design!.principals!.map(
        (p) => 'overflowPolicyLogicalIds' in p && p.overflowPolicyLogicalIds,
      ),
    ).toEqual([['PullerOverflowPolicy'], false, ['', 'BuilderManagedPolicy2']]);
    expect(render(imported.design!).cfnJson).toBe(rendered.cfnJson);
  });

  it('keeps a hand-written template’s own IDs instead of warning that they are replaced', () => {
    const rendered = render(fixture('grant-overflow.json'));
    const [first, second, third] = overflowIds(rendered.template);
    const text = renamed(rendered.cfnJson!, {
      [first!]: 'PullerManaged',
      [third!]: 'BuilderManagedTwo',
    });
    const imported = importText(text);
    expect(imported.findings).toEqual([]);
    const kept = imported.design!.principals!.map(
      (p) => 'overflowPolicyLogicalIds' in p && p.overflowPolicyLogicalIds,
    );
    expect(kept).toEqual([['PullerManaged'], false, ['', 'BuilderManagedTwo']]);
    expect(overflowIds(render(imported.design!).template)).toEqual([
      'PullerManaged',
      second,
      'BuilderManagedTwo',
    ]);
    expect(JSON.parse(render(imported.design!).cfnJson!)).toEqual(JSON.parse(text));
  });
});
