/**
 * Import: a CloudFormation template (JSON or YAML, CDK-synthesized or hand-written) or a bare
 * lifecycle policy → a design. Whatever cannot be represented is a warning with its path.
 */

import { analyzeDesign } from '../analyzeDesign';
import { type Design, defaultStackName, stackNameSchema } from '../design/designSchema';
import type { PrincipalDesign } from '../design/entitySchemas';
import { parseDesign } from '../design/parseDesign';
import { isPlainObject } from '../design/schemaKit';
import { pathStartsWith } from '../fieldPath';
import {
  designError,
  designWarning,
  type Finding,
  FindingCode,
  unreadableError,
} from '../findings';
import { parseCfnYaml } from './cfnYaml';
import { importDescribeRepositories, importGetLifecyclePolicy } from './importAwsCli';
import {
  type ImportedEntities,
  importEventRules,
  importedKeyId,
  importStandaloneEntities,
  referencedLogicalId,
} from './importEntities';
import { importGrants } from './importGrants';
import { importLifecycleRules } from './importLifecyclePolicy';
import { cdkPathOf, importRepository } from './importRepository';
import {
  importedRoleActions,
  importResourcePolicy,
  orderAsResourcePolicy,
} from './importResourcePolicy';
import { finish, type ImportResult } from './importResult';

export const maxImportChars = 2_000_000;
/** How an import finding that the input could not be read at all begins. */
const unreadableInput = 'neither JSON nor CloudFormation YAML';

/** The one finding of input the import cannot read or recognise (a reader may refuse it whole). */
const unreadable = (message: string) => unreadableError([], message);

/** What CDK's default synthesizer adds, by section; regenerated on render, so not reported. */
const bootstrapParts: Record<string, string> = {
  Parameters: 'BootstrapVersion',
  Rules: 'CheckBootstrapVersion',
  Resources: 'CDKMetadata',
  Conditions: 'CDKMetadataAvailable',
};
const isBootstrapPart = (section: string, name: string) => bootstrapParts[section] === name;

/** The value of JSON or YAML text, with what reading YAML warned of; or why it cannot be read. */
function readText(
  text: string,
): { ok: true; value: unknown; warnings: Finding[] } | { ok: false; findings: Finding[] } {
  if (text.length > maxImportChars)
    return {
      ok: false,
      findings: [unreadable(`the input is larger than ${maxImportChars} characters`)],
    };
  try {
    return { ok: true, value: JSON.parse(text), warnings: [] };
  } catch {
    // Not JSON: CloudFormation templates are often YAML.
  }
  try {
    const { value, warnings } = parseCfnYaml(text);
    return {
      ok: true,
      value,
      warnings: warnings.map((w) => designWarning(FindingCode.yamlWarning, [], `YAML: ${w}`)),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      findings: [unreadable(`${unreadableInput}: ${reason}`)],
    };
  }
}

function reportOtherSections(template: Record<string, unknown>, findings: Finding[]): void {
  for (const [section, value] of Object.entries(template)) {
    if (
      section === 'Resources' ||
      section === 'AWSTemplateFormatVersion' ||
      section === 'Description'
    )
      continue;
    const names = isPlainObject(value) ? Object.keys(value) : [];
    for (const name of names.length > 0 ? names : ['']) {
      if (!isBootstrapPart(section, name))
        findings.push(
          designWarning(
            FindingCode.sectionLeftOut,
            name ? [section, name] : [section],
            `${section} are not part of the design format; left out`,
          ),
        );
    }
  }
}

/** Topic and queue policies are regenerated from event targets, so they are not reported. */
function isTargetPolicy(resource: Record<string, unknown>, entities: ImportedEntities): boolean {
  const props = isPlainObject(resource.Properties) ? resource.Properties : {};
  const owners = [
    ...(Array.isArray(props.Topics) ? props.Topics : []),
    ...(Array.isArray(props.Queues) ? props.Queues : []),
  ];
  return (
    (resource.Type === 'AWS::SNS::TopicPolicy' || resource.Type === 'AWS::SQS::QueuePolicy') &&
    owners.length > 0 &&
    owners.every((owner) => entities.idOf.has(referencedLogicalId(owner) ?? ''))
  );
}

function reportLeftOut(
  resources: Record<string, Record<string, unknown>>,
  entities: ImportedEntities,
  findings: Finding[],
): void {
  for (const [logicalId, resource] of Object.entries(resources)) {
    const path = ['Resources', logicalId];
    if (
      resource.Type === 'AWS::ECR::Repository' ||
      entities.handled.has(logicalId) ||
      isBootstrapPart('Resources', logicalId) ||
      isTargetPolicy(resource, entities)
    )
      continue;
    const type = String(resource.Type);
    const hint =
      type.startsWith('Custom::ECRAutoDeleteImages') || type === 'AWS::Lambda::Function'
        ? ' (autoDeleteImages is deprecated: emptyOnDelete replaces it)'
        : '';
    const what =
      type === 'AWS::IAM::Policy'
        ? 'grants (identity policies) cannot be imported yet'
        : `${type} cannot be imported`;
    findings.push(designWarning(FindingCode.resourceLeftOut, path, `${what}; left out${hint}`));
  }
}

/**
 * The stack's construct id: the first part of the construct paths `cdk synth` writes, else what
 * a logical ID that contains it proved. A name the design format cannot take is a warning.
 */
function stackNameOf(
  resources: Record<string, Record<string, unknown>>,
  entities: ImportedEntities,
  findings: Finding[],
): { stackName?: string } {
  const withPath = Object.entries(resources).find(([, r]) => (cdkPathOf(r)?.length ?? 0) > 1);
  const name = withPath ? cdkPathOf(withPath[1])![0]! : entities.stackName;
  if (name === undefined || name === defaultStackName) return {};
  const problems: Finding[] = [];
  const stackName = stackNameSchema.parse(name, ['stackName'], problems);
  if (stackName !== undefined) return { stackName };
  const path = withPath ? ['Resources', withPath[0], 'Metadata'] : ['Resources'];
  findings.push(
    designWarning(
      FindingCode.stackNameReplaced,
      path,
      `the stack is named ${name}, which a design's stackName cannot be (${problems[0]!.message}); ${defaultStackName} is used`,
    ),
  );
  return {};
}

function importCfnTemplate(template: Record<string, unknown>): ImportResult {
  const findings: Finding[] = [];
  const resources = Object.fromEntries(
    Object.entries(isPlainObject(template.Resources) ? template.Resources : {}).filter(
      (entry): entry is [string, Record<string, unknown>] => isPlainObject(entry[1]),
    ),
  );
  const entities = importStandaloneEntities(resources, findings);
  /** A key of the template by reference, or an existing key by ARN (kms.Key.fromKeyArn creates no resource). */
  const keyIdOf = (value: unknown) =>
    typeof value === 'string'
      ? importedKeyId(entities.keys, value)
      : entities.idOf.get(referencedLogicalId(value) ?? '');
  const repositoryIds = new Map<string, string>();
  const addedPrincipals: PrincipalDesign[] = [];
  const repositories = Object.entries(resources).flatMap(([logicalId, resource]) => {
    if (resource.Type !== 'AWS::ECR::Repository') return [];
    const path = ['Resources', logicalId];
    if (resource.Condition !== undefined) {
      findings.push(
        designWarning(
          FindingCode.conditionIgnored,
          [...path, 'Condition'],
          'conditions cannot be represented; the repository is always created',
        ),
      );
    }
    const repository = importRepository(logicalId, resource, path, findings, keyIdOf);
    repositoryIds.set(logicalId, repository.id);
    return [{ logicalId, repository, resource }];
  });
  const eventRules = importEventRules(resources, repositoryIds, entities, findings);
  const grants = importGrants(resources, repositoryIds, entities, findings);
  for (const { logicalId, repository, resource } of repositories) {
    const policy = isPlainObject(resource.Properties)
      ? resource.Properties.RepositoryPolicyText
      : undefined;
    if (policy === undefined) continue;
    orderAsResourcePolicy(grants, repository.id, policy, entities.principals);
    const statements = importResourcePolicy(
      policy,
      ['Resources', logicalId, 'Properties', 'RepositoryPolicyText'],
      entities,
      addedPrincipals,
      importedRoleActions(grants, repository.id, entities.principals),
      findings,
    );
    if (statements.length > 0) repository.resourcePolicy = statements;
  }
  reportLeftOut(resources, entities, findings);
  reportOtherSections(template, findings);
  const importedAnything = repositories.length > 0 || entities.handled.size > 0;
  if (!importedAnything)
    findings.push(
      designError(
        FindingCode.noRepositoryInTemplate,
        ['Resources'],
        'the template has no AWS::ECR::Repository',
      ),
    );
  const { keys, topics, queues, functions } = entities;
  const principals = [...entities.principals, ...addedPrincipals];
  const nonEmpty = (entries: Record<string, unknown[]>) =>
    Object.fromEntries(Object.entries(entries).filter(([, list]) => list.length > 0));
  const result = finish(
    {
      version: 1,
      ...stackNameOf(resources, entities, findings),
      ...nonEmpty({ keys, principals, topics, queues, functions }),
      repositories: repositories.map(({ logicalId, repository }) => {
        const rules = eventRules.get(logicalId);
        return rules ? { ...repository, eventRules: rules } : repository;
      }),
      ...nonEmpty({ grants }),
    },
    findings,
  );
  if (result.design)
    result.findings.push(...renderDifferences(resources, result.design, result.findings));
  return result;
}

/** A resource without the construct path `cdk synth` adds to its Metadata (the import reads it). */
function withoutCdkPath(resource: unknown): unknown {
  if (!isPlainObject(resource) || !isPlainObject(resource.Metadata)) return resource;
  const { 'aws:cdk:path': _, ...metadata } = resource.Metadata;
  const { Metadata, ...rest } = resource;
  return Object.keys(metadata).length > 0 ? { ...rest, Metadata: metadata } : rest;
}

/**
 * Renders the imported design and names every resource that comes out differently and is not
 * already explained by a warning, so that an import without warnings is exact.
 */
function renderDifferences(
  resources: Record<string, unknown>,
  design: Design,
  findings: Finding[],
): Finding[] {
  // The resources as written even when CDK would fail on them (a template CloudFormation's own
  // validation rejects imports into a design that shows why).
  const rendered: Record<string, unknown> = analyzeDesign(design).template.Resources ?? {};
  const explained = (id: string) =>
    findings.some(
      (f) => pathStartsWith(f.path, ['Resources', id]) || f.message.includes(`becomes ${id};`),
    );
  return [...new Set([...Object.keys(resources), ...Object.keys(rendered)])]
    .filter((id) => !isBootstrapPart('Resources', id) && !explained(id))
    .filter((id) => JSON.stringify(withoutCdkPath(resources[id])) !== JSON.stringify(rendered[id]))
    .map((id) =>
      designWarning(
        FindingCode.renderDiffers,
        ['Resources', id],
        id in rendered
          ? id in resources
            ? 'the imported design renders this resource differently (as CDK writes it)'
            : 'the imported design adds this resource (CDK creates it for what was imported)'
          : 'this resource is not rendered from the imported design',
      ),
    );
}

/**
 * Imports a template, a lifecycle policy or `aws ecr get-lifecycle-policy` output from text
 * (JSON or YAML). Never throws.
 */
export function importText(text: string): ImportResult {
  const read = readText(text);
  if (!read.ok) return { findings: read.findings };
  const result = importValue(read.value);
  return { ...result, findings: [...read.warnings, ...result.findings] };
}

function importValue(value: unknown): ImportResult {
  if (isPlainObject(value) && Array.isArray(value.rules)) {
    const policyFindings: Finding[] = [];
    const lifecycleRules = importLifecycleRules(value, [], policyFindings);
    if (!lifecycleRules) return { findings: policyFindings };
    return finish(
      { version: 1, repositories: [{ id: 'Repository', lifecycleRules }] },
      policyFindings,
    );
  }
  if (isPlainObject(value) && typeof value.lifecyclePolicyText === 'string')
    return importGetLifecyclePolicy(value);
  if (isPlainObject(value) && Array.isArray(value.repositories))
    return value.version === undefined ? importDescribeRepositories(value) : parseDesign(value);
  if (isPlainObject(value) && isPlainObject(value.Resources)) return importCfnTemplate(value);
  return {
    findings: [
      unreadable(
        'expected a CloudFormation template (Resources), a lifecycle policy (rules), what aws ecr get-lifecycle-policy or describe-repositories prints, or a design',
      ),
    ],
  };
}
