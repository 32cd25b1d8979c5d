/**
 * AWS CLI output as people paste it: one command's JSON, or several one after another (`aws ecr
 * describe-registry; aws ecr get-registry-policy`), with or without the prompt and command lines
 * around them. The objects are found by their braces; the text between them is not read. Only
 * when every object is output the import knows is the paste taken as such (else the text is
 * read as a template or policy, as before).
 */

import type { Design, RepositoryDesign } from '../design/designSchema';
import type { KeyDesign } from '../design/entitySchemas';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designError, type Finding, FindingCode } from '../findings';
import { importDescribeRepositories } from './importAwsCli';
import { importedKeyId } from './importKeys';
import { inSchemaOrder } from './importRegistry';
import { noRegistryParts, readRegistryOutput, registryOutputKey } from './importRegistryCli';
import { finish, type ImportResult } from './importResult';

/** Where each top-level `{…}` of the text starts and ends, strings skipped; none if unbalanced. */
function objectSpans(text: string): [number, number][] | undefined {
  const spans: [number, number][] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (depth > 0 && char === '"') inString = true;
    else if (char === '{' || (depth > 0 && char === '[')) {
      if (depth === 0) start = i;
      depth++;
    } else if (depth > 0 && (char === '}' || char === ']')) {
      depth--;
      if (depth === 0) spans.push([start, i + 1]);
    }
  }
  return depth === 0 ? spans : undefined;
}

const isDescribeRepositories = (value: unknown) =>
  isPlainObject(value) && Array.isArray(value.repositories) && value.version === undefined;

/** A value this module reads: a registry output, or a describe-repositories page. */
export const isCliOutput = (value: unknown) =>
  registryOutputKey(value) !== undefined || isDescribeRepositories(value);

/** The pasted outputs, when the text is nothing but them and noise around them. */
export function pastedOutputs(text: string): Record<string, unknown>[] | undefined {
  const spans = objectSpans(text);
  if (!spans || spans.length === 0) return undefined;
  const values: Record<string, unknown>[] = [];
  for (const [start, end] of spans) {
    try {
      const value: unknown = JSON.parse(text.slice(start, end));
      if (!isCliOutput(value)) return undefined;
      values.push(value as Record<string, unknown>);
    } catch {
      return undefined;
    }
  }
  return values;
}

/** Findings of one of several outputs start with its place in the paste. */
const under = (findings: readonly Finding[], prefix: FieldPath) =>
  findings.map((f) => ({ ...f, path: [...prefix, ...f.path] }));

/**
 * A describe-repositories page's repositories with the paste's keys: each page names its keys
 * by ARN from ImportedKey1, so the same ARN is one key and another ARN gets its own id.
 */
function withSharedKeys(design: Design | undefined, keys: KeyDesign[]): RepositoryDesign[] {
  const idOf = new Map(
    (design?.keys ?? []).map((key) => [key.id, importedKeyId(keys, key.keyArn ?? '')]),
  );
  return (design?.repositories ?? []).map((repository) => {
    const key = repository.encryptionKey && idOf.get(repository.encryptionKey);
    return key ? { ...repository, encryptionKey: key } : repository;
  });
}

/** Outputs (one or several) → one design: the registry's parts and any repositories. */
export function importCliOutputs(outputs: readonly Record<string, unknown>[]): ImportResult {
  const parts = noRegistryParts();
  const findings: Finding[] = [];
  const repositories: Design['repositories'] = [];
  const keys = parts.entities.keys;
  outputs.forEach((output, index) => {
    const prefix = outputs.length > 1 ? [index] : [];
    if (isDescribeRepositories(output)) {
      const read = importDescribeRepositories(output);
      findings.push(...under(read.findings, prefix));
      repositories.push(...withSharedKeys(read.design, keys));
      return;
    }
    parts.findings = [];
    readRegistryOutput(output, parts);
    findings.push(...under(parts.findings, prefix));
  });
  const registry = inSchemaOrder(parts.registry);
  if (!registry && repositories.length === 0)
    findings.push(designError(FindingCode.noRepositoryDescribed, [], 'there is nothing to import'));
  const principals = parts.added;
  return finish(
    {
      version: 1,
      ...(keys.length > 0 ? { keys } : {}),
      ...(principals.length > 0 ? { principals } : {}),
      repositories,
      ...(registry ? { registry } : {}),
    },
    findings.filter((f) => f.code !== FindingCode.noRepositoryDescribed || !registry),
  );
}
