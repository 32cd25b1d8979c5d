/**
 * The construct ids behind a template's logical IDs: from the construct paths `cdk synth` writes,
 * or proven by a logical ID's hash. Where rendering the design gives a resource another logical
 * ID, the import warns: deploying it over the stack would replace the resource.
 */
import { defaultResourceLogicalId } from '../cdk/constructNode';
import { uniqueIdOf } from '../cdk/generatedNames';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import type { ImportedEntities } from './importedEntities';

/** The construct path `cdk synth` writes in each resource's Metadata, split at its slashes. */
export function cdkPathOf(resource: Record<string, unknown>): string[] | undefined {
  const cdkPath = isPlainObject(resource.Metadata) ? resource.Metadata['aws:cdk:path'] : undefined;
  return typeof cdkPath === 'string' ? cdkPath.split('/') : undefined;
}

/** The construct id CDK derived this logical ID from: from its path, or when the hash proves it. */
export function constructIdOf(logicalId: string, resource: Record<string, unknown>): string {
  const parts = cdkPathOf(resource);
  if (parts?.length === 3 && parts[2] === 'Resource') return parts[1]!;
  const readable = logicalId.slice(0, -8);
  if (readable !== '' && defaultResourceLogicalId([readable]) === logicalId) return readable;
  // An id `Resource` drops out of the readable part, leaving the hash alone.
  if (readable === '' && defaultResourceLogicalId(['Resource']) === logicalId) return 'Resource';
  return logicalId;
}

/**
 * The two construct ids whose unique id (of the path first/second) this is, when its
 * hash proves them: every split of the readable part is tried, including a second id that
 * CDK dropped from the readable part (a repeat of the first's ending, or `Default`).
 */
export function splitUniqueId(unique: string): [string, string] | undefined {
  const readable = unique.slice(0, -8);
  const candidates: [string, string][] = [];
  for (let split = 1; split < readable.length; split++)
    candidates.push(
      [readable.slice(0, split), readable.slice(split)],
      [readable, readable.slice(split)],
    );
  // `Default` leaves no hash: the unique id is then the first id alone (tried last).
  candidates.push([unique, 'Default']);
  return candidates.find((pair) => uniqueIdOf(pair) === unique);
}

/** The template's logical ID of a resource, the one rendering gives it, and what it is. */
export interface LogicalIds {
  logicalId: string;
  rendered: string;
  /** The resource the deployment replaces: `resource`, `rule`, `policy`. */
  replaced: string;
  /** What the message starts with, before "its logical ID becomes". */
  lead?: string;
}

/** A warning when the two logical IDs differ; the rendered one is kept in `entities.renamed`. */
export function checkLogicalId(
  { logicalId, rendered, replaced, lead = 'rendered from CDK' }: LogicalIds,
  path: FieldPath,
  entities: ImportedEntities,
  findings: Finding[],
): void {
  if (rendered === logicalId) return;
  entities.renamed.add(rendered);
  findings.push(
    designWarning(
      FindingCode.logicalIdChanges,
      path,
      `${lead} its logical ID becomes ${rendered}; deploying that over a stack that has ${logicalId} replaces the ${replaced}`,
    ),
  );
}

/** The construct id, with a warning when rendering it would not give back the same logical ID. */
export function checkedConstructId(
  logicalId: string,
  resource: Record<string, unknown>,
  path: FieldPath,
  entities: ImportedEntities,
  findings: Finding[],
): string {
  const id = constructIdOf(logicalId, resource);
  const rendered = defaultResourceLogicalId([id]);
  checkLogicalId({ logicalId, rendered, replaced: 'resource' }, path, entities, findings);
  return id;
}
