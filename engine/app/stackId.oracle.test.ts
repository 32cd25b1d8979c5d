/**
 * The stack's construct id (and its stackName) is part of what CDK synthesizes: the engine
 * assumes both are the design's stackName, and the generated app and snippets say so. Here the
 * engine's own stack is synthesized under another id and another name, to show which resources
 * change when that contract is broken.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStackClass, type SynthResult, synthWith } from '../../oracle/synthCdk';
import { type Design, parseDesign, render } from '../index';
import { renderSnippet } from '../render/snippet';
import { renderCdkApp } from './cdkApp';

const fixture = (name: string): Design =>
  parseDesign(JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')))
    .design!;

type Resources = Record<string, { Properties?: Record<string, unknown> }>;

/** The engine's stack module, synthesized as `new Stack(app, id, props)`. */
function synthAs(design: Design, id: string, props?: { stackName: string }): Resources {
  const className = design.stackName ?? 'EcrStack';
  const Stack = loadStackClass(render(design).cdkTypescript, className) as unknown as new (
    scope: unknown,
    id: string,
    props?: { stackName: string },
  ) => unknown;
  const result: SynthResult = synthWith((app) => new Stack(app, id, props), props?.stackName ?? id);
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return (result.template as { Resources: Resources }).Resources;
}

/** Logical IDs in one template and not the other, and those whose resource differs. */
function changed(a: Resources, b: Resources): string[] {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].filter((id) => JSON.stringify(a[id]) !== JSON.stringify(b[id])).sort();
}

describe("the stack's construct id", () => {
  const design = fixture('entities/stack-id-dependent-names.json');

  it('is the design’s stackName: then CDK synthesizes the engine’s template', () => {
    const resources = synthAs(design, 'DeliveryStack');
    expect(JSON.stringify(resources)).toBe(JSON.stringify(render(design).template?.Resources));
  });

  it('names the imported role’s policy and the Lambda permission: another id changes exactly those', () => {
    const engine = render(design).template!.Resources as Resources;
    const other = synthAs(design, 'OtherStack');
    const policy = Object.keys(engine).find((id) => id.startsWith('DeployerPolicy'))!;
    const permission = Object.keys(engine).find((id) => id.includes('AllowEventRule'))!;
    expect(engine[policy]!.Properties!.PolicyName).toBe('PolicyDeliveryStackDeployer2F507FC3');
    expect(changed(engine, other)).toEqual(
      [
        policy,
        permission,
        ...Object.keys(other).filter((id) => id.startsWith('DeployerPolicyOtherStack')),
        ...Object.keys(other).filter((id) => id.includes('AllowEventRuleOtherStack')),
      ].sort(),
    );
  });

  it('and its stackName both name a shortened imported-role policy: another name changes it', () => {
    const long = fixture('entities/generated-names-shortened.json');
    const engine = render(long).template!.Resources as Resources;
    const renamed = synthAs(long, long.stackName!, { stackName: 'Renamed' });
    const names = (resources: Resources) =>
      Object.values(resources)
        .map((r) => r.Properties?.PolicyName)
        .filter((name): name is string => typeof name === 'string' && name.startsWith('Policy'));
    // Names.uniqueId (the short name) reads the construct id; uniqueResourceName the stackName.
    const [shortened, ...unique] = [...names(engine)].sort((a, b) => b.length - a.length);
    expect(shortened).toHaveLength(128);
    expect(unique).toEqual(['PolicyPlatformImagesDeliveryPipelineStackCi50494CAE']);
    expect(names(renamed)).not.toContain(shortened);
    expect(names(renamed)).toContain(unique[0]);
  });

  it('is stated where it is set: the generated app’s entry point, and the snippets that depend on it', () => {
    for (const [language, entry] of [
      ['typescript', 'bin/app.ts'],
      ['python', 'app.py'],
    ] as const) {
      const files = renderCdkApp(design, language);
      expect(files[entry]).toMatch(
        /construct id must stay the design's stackName[\s\S]*DeliveryStack/,
      );
      expect(files['README.md']).toContain("The stack's construct id is `DeliveryStack`");
    }
    expect(renderSnippet(design, 0, 'typescript')).toMatch(
      /^\/\/ CDK names the Lambda permissions below after the stack's construct id, here 'DeliveryStack'/,
    );
  });
});
