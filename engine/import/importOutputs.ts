/**
 * A template's Outputs and Description → the design's outputs and stackDescription. An output
 * is carried over when its Value is a `Ref` or `Fn::GetAtt` (long or short form, `X.Arn` too) of
 * an imported repository, key or topic that exports what a design output can, or the
 * repository URI as CDK writes it; its Description and Export.Name when literal or resolvable
 * (resolveIntrinsics.ts). Everything else is a warning with its path.
 */
import { repositoryUri } from '../cdk/outputs';
import type { OutputDesign, OutputValue } from '../design/outputSchema';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { sameData } from '../util/memo';
import type { ImportedEntities } from './importedEntities';
import { keyIdOf } from './importKeys';
import { resolveString } from './resolveIntrinsics';
import type { TemplateResource } from './templateValues';

export interface OutputSources {
  resources: Record<string, TemplateResource>;
  /** The design id of each imported repository, by logical ID. */
  repositoryIds: ReadonlyMap<string, string>;
  entities: ImportedEntities;
  defaults: ReadonlyMap<string, string>;
}

type Target = { value: OutputValue; field: 'repository' | 'key' | 'topic'; id: string };

/** `{ Fn::GetAtt: [X, a] }` or `{ Fn::GetAtt: 'X.a' }` → [X, a]. */
function getAttOf(value: Record<string, unknown>): [string, string] | undefined {
  const args = value['Fn::GetAtt'];
  if (typeof args === 'string' && args.includes('.')) {
    const dot = args.indexOf('.');
    return [args.slice(0, dot), args.slice(dot + 1)];
  }
  if (Array.isArray(args) && typeof args[0] === 'string' && typeof args[1] === 'string')
    return [args[0], args[1]];
  return undefined;
}

function repositoryTarget(value: unknown, sources: OutputSources): Target | undefined {
  if (!isPlainObject(value)) return undefined;
  for (const [logicalId, id] of sources.repositoryIds) {
    if (sameData(value, repositoryUri(logicalId)))
      return { value: 'repositoryUri', field: 'repository', id };
  }
  const at = getAttOf(value);
  const logicalId = typeof value.Ref === 'string' ? value.Ref : at?.[0];
  const id = logicalId === undefined ? undefined : sources.repositoryIds.get(logicalId);
  if (id === undefined) return undefined;
  const attribute = at?.[1];
  if (attribute === undefined) return { value: 'repositoryName', field: 'repository', id };
  if (attribute === 'Arn') return { value: 'repositoryArn', field: 'repository', id };
  return attribute === 'RepositoryUri'
    ? { value: 'repositoryUri', field: 'repository', id }
    : undefined;
}

function entityTarget(value: unknown, sources: OutputSources): Target | undefined {
  const { entities, resources } = sources;
  const key = keyIdOf(entities, value);
  const at = isPlainObject(value) ? getAttOf(value) : undefined;
  if (key !== undefined && (typeof value === 'string' || at?.[1] === 'Arn'))
    return { value: 'keyArn', field: 'key', id: key };
  const ref = isPlainObject(value) && typeof value.Ref === 'string' ? value.Ref : undefined;
  const topic = ref === undefined ? undefined : entities.idOf.get(ref);
  if (topic !== undefined && resources[ref!]?.Type === 'AWS::SNS::Topic')
    return { value: 'topicArn', field: 'topic', id: topic };
  return undefined;
}

/** A string field of the output (Description, Export.Name), literal or resolved. */
function stringField(value: unknown, path: FieldPath, sources: OutputSources, findings: Finding[]) {
  if (value === undefined) return undefined;
  const resolved = resolveString(value, path, sources.defaults);
  if (resolved.ok) {
    findings.push(...resolved.notes);
    return resolved.value;
  }
  const message = 'a value the import cannot resolve to a literal string; left out';
  findings.push(designWarning(FindingCode.outputTextUnresolved, path, message));
  return undefined;
}

const readKeys = new Set(['Value', 'Description', 'Export']);

function importOutput(
  logicalId: string,
  output: unknown,
  sources: OutputSources,
  findings: Finding[],
): OutputDesign | undefined {
  const path = ['Outputs', logicalId];
  if (!isPlainObject(output)) {
    findings.push(
      designWarning(FindingCode.propertyUnreadable, path, 'expected an object; left out'),
    );
    return undefined;
  }
  const target = repositoryTarget(output.Value, sources) ?? entityTarget(output.Value, sources);
  if (!target) {
    const message =
      "the Value is no repository's URI, ARN or name, key's ARN or topic's ARN of this template; the output is left out";
    findings.push(designWarning(FindingCode.outputLeftOut, [...path, 'Value'], message));
    return undefined;
  }
  for (const key of Object.keys(output).filter((k) => !readKeys.has(k)))
    findings.push(
      designWarning(
        FindingCode.outputKeyLeftOut,
        [...path, key],
        `${key} cannot be represented; left out`,
      ),
    );
  const exportValue = output.Export;
  if (exportValue !== undefined && !isPlainObject(exportValue))
    findings.push(
      designWarning(
        FindingCode.propertyUnreadable,
        [...path, 'Export'],
        'expected an object; left out',
      ),
    );
  const exported = isPlainObject(exportValue) ? exportValue : {};
  for (const key of Object.keys(exported).filter((k) => k !== 'Name'))
    findings.push(
      designWarning(
        FindingCode.outputKeyLeftOut,
        [...path, 'Export', key],
        `${key} cannot be represented; left out`,
      ),
    );
  const description = stringField(output.Description, [...path, 'Description'], sources, findings);
  const exportName = stringField(exported.Name, [...path, 'Export', 'Name'], sources, findings);
  return {
    value: target.value,
    id: logicalId,
    [target.field]: target.id,
    ...(description === undefined ? {} : { description }),
    ...(exportName === undefined ? {} : { exportName }),
  } as OutputDesign;
}

/** The outputs of the template, in its order (none: undefined). */
export function importOutputs(
  template: Record<string, unknown>,
  sources: OutputSources,
  findings: Finding[],
): OutputDesign[] | undefined {
  if (template.Outputs === undefined) return undefined;
  if (!isPlainObject(template.Outputs)) {
    findings.push(
      designWarning(FindingCode.propertyUnreadable, ['Outputs'], 'expected an object; left out'),
    );
    return undefined;
  }
  const outputs = Object.entries(template.Outputs).flatMap(([logicalId, output]) => {
    const imported = importOutput(logicalId, output, sources, findings);
    return imported ? [imported] : [];
  });
  return outputs.length > 0 ? outputs : undefined;
}

/** The template's Description, literal or resolved. */
export function importStackDescription(
  template: Record<string, unknown>,
  sources: OutputSources,
  findings: Finding[],
): string | undefined {
  return stringField(template.Description, ['Description'], sources, findings);
}
