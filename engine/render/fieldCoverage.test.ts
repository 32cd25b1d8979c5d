/**
 * Issue 12, §1: every field of the design format changes the template, the CDK TypeScript and
 * the CDK Python. The fields come from the schema (design/schemaFields.ts), not from a list
 * here: a field added to the schema fails this test until a probe (oracle/fieldProbes.ts) shows
 * that it is rendered, or an exception below says which outputs it leaves alone and why.
 */
import { describe, expect, it } from 'vitest';
import { changedDesign, type FieldProbe, fieldProbes } from '../../oracle/fieldProbes';
import { parseDesign } from '../design/parseDesign';
import { fieldOccurrences, schemaFields } from '../design/schemaFields';
import { render } from './render';

const outputs = ['template', 'typescript', 'python'] as const;
type Output = (typeof outputs)[number];

const notAConstruct =
  'an AccountPrincipal or AnyPrincipal is not a construct: its id names the variable the code refers to it by, and CloudFormation never sees it';
/** The sample images and every field of theirs, as the schema lists them. */
const sampleImageFields = schemaFields()
  .map((field) => field.path)
  .filter((path) =>
    /^(repositories|registry\.creationTemplates)\[\]\.sampleImages(\[|$)/.test(path),
  );

/** The fields that do not change all three outputs: the outputs each leaves alone, and why. */
const exceptions: Record<string, { unchanged: readonly Output[]; reason: string }> = {
  version: {
    unchanged: outputs,
    reason: 'the format version: a single allowed value, so there is no other value to set',
  },
  stackName: {
    unchanged: ['template'],
    reason: 'it names the Stack class and its files; a template does not carry its stack’s name',
  },
  'principals[AccountPrincipal].id': { unchanged: ['template'], reason: notAConstruct },
  'principals[AnyPrincipal].id': { unchanged: ['template'], reason: notAConstruct },
  ...Object.fromEntries(
    sampleImageFields.map((path) => [
      path,
      {
        unchanged: outputs,
        reason:
          'sample images of the lifecycle preview: kept in the design and its link, never in CDK or CloudFormation output (product.md)',
      },
    ]),
  ),
};

/** The schema field at the probe's first change. */
function fieldOf(probe: FieldProbe): string {
  const at = JSON.stringify(probe.changes[0]![0]);
  const found = fieldOccurrences(changedDesign(probe)).find(
    (occurrence) => JSON.stringify(occurrence.location) === at,
  );
  if (!found) throw new Error(`a probe sets ${at}, which is no field of the design format`);
  return found.path;
}

/** The outputs of a design that synthesizes (the base of a probe may be a deploy-time error). */
function outputsOf(
  json: unknown,
  deployErrorsAllowed: boolean,
): Record<Output, string | undefined> {
  const parsed = parseDesign(JSON.parse(JSON.stringify(json)));
  if (!parsed.design) throw new Error(`does not parse: ${JSON.stringify(parsed.findings)}`);
  const result = render(parsed.design);
  const blocking = result.findings.filter(
    (f) => f.severity === 'error' || (!deployErrorsAllowed && f.severity === 'deploy-error'),
  );
  expect(blocking, JSON.stringify(json)).toEqual([]);
  return { template: result.cfnJson, typescript: result.cdkTypescript, python: result.cdkPython };
}

const probed = fieldProbes.map((probe) => [fieldOf(probe), probe] as const);

describe('every field of the design format changes the template, the TypeScript and the Python', () => {
  it('has a probe for each field but those that change no output at all', () => {
    const fields = schemaFields().map((field) => field.path);
    const covered = new Set(probed.map(([field]) => field));
    const outputFree = (field: string) => exceptions[field]?.unchanged.length === outputs.length;
    expect(fields.filter((field) => !covered.has(field) && !outputFree(field))).toEqual([]);
    expect(Object.keys(exceptions).filter((field) => !fields.includes(field))).toEqual([]);
  });

  it.each(probed)('%s', (field, probe) => {
    const before = outputsOf(probe.base, true);
    const after = outputsOf(changedDesign(probe), false);
    const unchanged = exceptions[field]?.unchanged ?? [];
    const shown = JSON.stringify(changedDesign(probe));
    for (const output of outputs) {
      if (unchanged.includes(output))
        expect(after[output], `${output}: ${exceptions[field]!.reason}`).toBe(before[output]);
      else expect(after[output], `the ${output} should change: ${shown}`).not.toBe(before[output]);
    }
  });
});
