/**
 * What the AWS CLI prints about the registry → the design's `registry`, read by the same readers
 * as a template's resources (cliShape.ts). Response shapes are the ECR API's (botocore
 * service-2.json): `describe-registry` (replicationConfiguration), `describe-repository-
 * creation-templates`, `describe-pull-through-cache-rules`, `get-registry-scanning-
 * configuration`, `get-registry-policy` (policyText is JSON text), `get-signing-configuration`
 * and `list-pull-time-update-exclusions`. Dates (epoch seconds from CLI v1, ISO text from v2),
 * registry ids and paging tokens describe state, not settings: they are not read.
 */
import type { PrincipalDesign } from '../design/entitySchemas';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import type { Finding } from '../findings';
import { atCliPaths, cfnShaped } from './cliShape';
import { constructIdFor } from './importAwsCli';
import { importCreationTemplate, type RegistryImportContext } from './importCreationTemplate';
import { type ImportedEntities, noEntities } from './importedEntities';
import {
  importPullThroughCacheRule,
  importRegistryPolicy,
  importReplication,
  importScanning,
  importSigning,
} from './importRegistryRules';
import { leftOut, unreadable } from './registryValues';

const statusFields = new Set(['createdAt', 'updatedAt', 'registryId']);
const readPath = ['Properties'];

type Reader = (c: RegistryImportContext) => object | undefined;

/** What reading one output gives: the registry's parts, the keys and principals they use. */
export interface RegistryCliParts {
  registry: Record<string, unknown>;
  entities: ImportedEntities;
  added: PrincipalDesign[];
  findings: Finding[];
  taken: Set<string>;
}

/** One CLI object read by a template reader as its properties; its findings at the CLI's paths. */
function readShaped(
  value: unknown,
  cliPath: FieldPath,
  read: Reader,
  parts: RegistryCliParts,
): object | undefined {
  const { value: properties, renamed } = cfnShaped(value, statusFields);
  const findings: Finding[] = [];
  const { entities, added } = parts;
  const fields = read({
    propsPath: readPath,
    properties: isPlainObject(properties) ? properties : {},
    entities,
    added,
    findings,
  });
  parts.findings.push(...atCliPaths(findings, readPath, cliPath, renamed));
  return fields;
}

/** A list output's items, each with the construct id `naming` gives it. */
function readList(
  items: unknown,
  key: string,
  read: Reader,
  parts: RegistryCliParts,
  naming: (item: Record<string, unknown>) => string,
): object[] {
  if (!Array.isArray(items)) {
    unreadable([key], 'expected a list; left out', parts.findings);
    return [];
  }
  return items.flatMap((item, index) => {
    if (!isPlainObject(item)) {
      unreadable([key, index], 'not one of the listed settings; left out', parts.findings);
      return [];
    }
    const fields = readShaped(item, [key, index], read, parts);
    return fields ? [{ id: constructIdFor(naming(item), parts.taken), ...fields }] : [];
  });
}

const named = (value: unknown, fallback: string) =>
  typeof value === 'string' && value !== '' ? value : fallback;

/** An exclusion's id: the role or user name of its ARN, or the word alone. */
function exclusionName(arn: string): string {
  const name = /:(?:role|user)\/(?:.*\/)?([^/]+)$/.exec(arn)?.[1];
  return `${name ?? 'pull time'} exclusion`;
}

/** Each output's top-level key and how it is read into `registry`. */
export const registryOutputs: Record<
  string,
  (output: Record<string, unknown>, parts: RegistryCliParts) => void
> = {
  replicationConfiguration: (output, parts) => {
    const { replicationConfiguration } = output;
    const fields = readShaped({ replicationConfiguration }, [], importReplication, parts) as {
      rules: unknown[];
    };
    if (fields.rules.length > 0) parts.registry.replication = fields;
    else {
      const message = 'no replication rules: the registry replicates nothing; left out';
      unreadable(['replicationConfiguration', 'rules'], message, parts.findings);
    }
  },
  repositoryCreationTemplates: (output, parts) => {
    parts.registry.creationTemplates = readList(
      output.repositoryCreationTemplates,
      'repositoryCreationTemplates',
      importCreationTemplate,
      parts,
      (item) => `${named(item.prefix, 'ROOT')} template`,
    );
  },
  pullThroughCacheRules: (output, parts) => {
    parts.registry.pullThroughCacheRules = readList(
      output.pullThroughCacheRules,
      'pullThroughCacheRules',
      importPullThroughCacheRule,
      parts,
      (item) => `${named(item.ecrRepositoryPrefix, 'ROOT')} cache`,
    );
  },
  scanningConfiguration: (output, parts) => {
    const path = ['scanningConfiguration'];
    const fields = readShaped(output.scanningConfiguration, path, importScanning, parts);
    if (fields) parts.registry.scanning = fields;
  },
  signingConfiguration: (output, parts) => {
    const path = ['signingConfiguration'];
    parts.registry.signing = readShaped(output.signingConfiguration, path, importSigning, parts);
  },
  policyText: (output, parts) => {
    const { policyText } = output;
    parts.registry.policy = readShaped({ policyText }, [], importRegistryPolicy, parts);
  },
  pullTimeUpdateExclusions: (output, parts) => {
    const arns = Array.isArray(output.pullTimeUpdateExclusions)
      ? output.pullTimeUpdateExclusions
      : [];
    parts.registry.pullTimeUpdateExclusions = arns.flatMap((arn, index) => {
      if (typeof arn === 'string')
        return [{ id: constructIdFor(exclusionName(arn), parts.taken), principalArn: arn }];
      const message = 'not a principal ARN; left out';
      unreadable(['pullTimeUpdateExclusions', index], message, parts.findings);
      return [];
    });
  },
};

/** The output's key that names what it is, when it is one of the registry's. */
export function registryOutputKey(value: unknown): string | undefined {
  // get-repository-policy prints a policyText too, with the repository's name.
  if (!isPlainObject(value) || 'repositoryName' in value) return undefined;
  return Object.keys(registryOutputs).find((key) => key in value);
}

/** One registry output into `parts`; its other fields are warnings. */
export function readRegistryOutput(output: Record<string, unknown>, parts: RegistryCliParts): void {
  const key = registryOutputKey(output)!;
  registryOutputs[key]!(output, parts);
  for (const field of Object.keys(output))
    if (field !== key && field !== 'registryId' && field !== 'nextToken')
      leftOut([field], parts.findings);
}

export function noRegistryParts(): RegistryCliParts {
  return { registry: {}, entities: noEntities(), added: [], findings: [], taken: new Set() };
}
