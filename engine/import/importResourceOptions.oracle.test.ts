/**
 * The hand-written template and the DeletionPolicy × UpdateReplacePolicy pairs CDK accepts,
 * imported and rendered, through aws-cdk-lib: the TypeScript synthesizes to the template's own
 * logical IDs and attributes, and the Python is what jsii-rosetta makes of the TypeScript.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyPairs, templateWith } from '../../oracle/resourcePolicyTemplates';
import { comparePython, translateToPython } from '../../oracle/rosetta';
import { synthStack } from '../../oracle/synthCdk';
import { render } from '../render/render';
import { importText } from './importTemplate';

type Resources = Record<string, Record<string, unknown>>;

const refused = new Set(['Snapshot', 'RetainExceptOnCreate']);
const accepted = policyPairs.filter(
  ({ deletion, update }) => deletion !== 'Snapshot' && !refused.has(update ?? ''),
);

function synthesized(text: string) {
  const imported = importText(text);
  const rendered = render(imported.design!);
  const stackName = imported.design!.stackName ?? 'EcrStack';
  const synth = synthStack(rendered.cdkTypescript!, stackName);
  if (!synth.ok) throw new Error(synth.messages.join('\n'));
  return { imported, rendered, resources: (synth.template as { Resources: Resources }).Resources };
}

const attributesOf = (resource: Record<string, unknown> | undefined) => ({
  UpdateReplacePolicy: resource?.UpdateReplacePolicy,
  DeletionPolicy: resource?.DeletionPolicy,
});

describe('kept logical IDs and resource policies through aws-cdk-lib', () => {
  it.each(accepted)(
    'DeletionPolicy $deletion, UpdateReplacePolicy $update synthesizes to exactly them',
    ({ deletion, update }) => {
      const template = templateWith(deletion, update);
      const { resources } = synthesized(JSON.stringify(template));
      expect(Object.keys(resources)).toEqual(['EcrRepository']);
      expect(attributesOf(resources.EcrRepository)).toEqual(
        attributesOf(template.Resources.EcrRepository),
      );
    },
  );

  it('synthesizes the hand-written template with its own logical IDs, in TypeScript and Python', () => {
    const text = readFileSync(
      new URL('../fixtures/templates/hand-written-registry.yaml', import.meta.url),
      'utf8',
    );
    const { rendered, resources } = synthesized(text);
    expect(Object.keys(resources)).toEqual([
      'EcrKmsKey',
      'EcrKmsKeyAlias',
      'EcrRepository',
      'ScanFindingsRule',
      'WorkerRepository',
      'BuildCacheRepository',
    ]);
    expect(JSON.stringify(resources)).toBe(JSON.stringify(rendered.template!.Resources));
    const { python, diagnostics } = translateToPython(rendered.cdkTypescript!);
    expect(diagnostics).toEqual([]);
    expect(
      comparePython([{ name: 'hand-written', expected: python, actual: rendered.cdkPython! }]),
    ).toEqual([]);
  }, 120_000);
});
