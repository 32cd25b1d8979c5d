/**
 * A CloudFormation template (CDK-synthesized or hand-written) → a design: the entities beside
 * repositories first, then the repositories with their event rules, grants and resource
 * policies. Whatever cannot be represented is a warning with its path.
 */
import type { RepositoryDesign } from '../design/designSchema';
import { defaultStackName, stackNameSchema } from '../design/designSchema';
import type { GrantDesign, PrincipalDesign } from '../design/entitySchemas';
import { isPlainObject } from '../design/schemaKit';
import { designError, designWarning, type Finding, FindingCode } from '../findings';
import { cdkPathOf } from './constructIds';
import { importStandaloneEntities } from './importEntities';
import { importEventRules } from './importEventRules';
import type { ImportedEntities } from './importedEntities';
import { importGrants } from './importGrants';
import { importOutputs, importStackDescription } from './importOutputs';
import { keepOverflowPolicyLogicalIds } from './importOverflowPolicies';
import { keepPermissionLogicalIds, keepPolicyLogicalIds } from './importPolicyLogicalIds';
import { importRegistryResources } from './importRegistry';
import { importRepository } from './importRepository';
import {
  importedRoleActions,
  importResourcePolicy,
  orderAsResourcePolicy,
} from './importResourcePolicy';
import { finish, type ImportResult } from './importResult';
import { renderDifferences } from './renderDifferences';
import { parameterDefaults, resolveResources } from './resolveIntrinsics';
import { reportNotCarried } from './templateCarried';
import { reportLeftOut, reportOtherSections } from './templateLeftOut';
import type { TemplateResource } from './templateValues';

/**
 * The stack's construct id: the first part of the construct paths `cdk synth` writes, else what
 * a logical ID that contains it proved. A name the design format cannot take is a warning.
 */
function stackNameOf(
  resources: Record<string, TemplateResource>,
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

interface ImportedRepository {
  logicalId: string;
  resource: TemplateResource;
  repository: RepositoryDesign;
}

/** The repositories, in the template's order; a Condition cannot be kept. */
function importRepositories(
  resources: Record<string, TemplateResource>,
  entities: ImportedEntities,
  findings: Finding[],
): ImportedRepository[] {
  return Object.entries(resources).flatMap(([logicalId, resource]) => {
    if (resource.Type !== 'AWS::ECR::Repository') return [];
    const path = ['Resources', logicalId];
    if (resource.Condition !== undefined) {
      const message = 'conditions cannot be represented; the repository is always created';
      findings.push(designWarning(FindingCode.conditionIgnored, [...path, 'Condition'], message));
    }
    const repository = importRepository(logicalId, resource, path, entities, findings, resources);
    return [{ logicalId, resource, repository }];
  });
}

/** Each repository's RepositoryPolicyText as its resource policy; gives the principals it adds. */
function importResourcePolicies(
  repositories: readonly ImportedRepository[],
  grants: GrantDesign[],
  entities: ImportedEntities,
  findings: Finding[],
): PrincipalDesign[] {
  const added: PrincipalDesign[] = [];
  for (const { logicalId, repository, resource } of repositories) {
    const policy = resource.Properties?.RepositoryPolicyText;
    if (policy === undefined) continue;
    orderAsResourcePolicy(grants, repository.id, policy, entities.principals);
    const statements = importResourcePolicy(
      policy,
      ['Resources', logicalId, 'Properties', 'RepositoryPolicyText'],
      entities,
      added,
      importedRoleActions(grants, repository.id, entities.principals),
      findings,
    );
    if (statements.length > 0) repository.resourcePolicy = statements;
  }
  return added;
}

const nonEmpty = (entries: Record<string, unknown[]>) =>
  Object.fromEntries(Object.entries(entries).filter(([, list]) => list.length > 0));

export function importCfnTemplate(template: Record<string, unknown>): ImportResult {
  const findings: Finding[] = [];
  const defaults = parameterDefaults(template);
  const resources = resolveResources(
    Object.fromEntries(
      Object.entries(isPlainObject(template.Resources) ? template.Resources : {}).filter(
        (entry): entry is [string, TemplateResource] => isPlainObject(entry[1]),
      ),
    ),
    defaults,
    findings,
  );
  const entities = importStandaloneEntities(resources, findings);
  const repositories = importRepositories(resources, entities, findings);
  const repositoryIds = new Map(repositories.map((r) => [r.logicalId, r.repository.id]));
  const eventRules = importEventRules(resources, repositoryIds, entities, findings);
  const grants = importGrants(resources, repositoryIds, entities, findings);
  const addedPrincipals = importResourcePolicies(repositories, grants, entities, findings);
  const registry = importRegistryResources(resources, entities, addedPrincipals, findings);
  const sources = { resources, repositoryIds, entities, defaults };
  const stackDescription = importStackDescription(template, sources, findings);
  const outputs = importOutputs(template, sources, findings);
  reportLeftOut(resources, entities, findings);
  reportOtherSections(template, findings);
  if (repositories.length === 0 && entities.handled.size === 0) {
    const message = 'the template has no AWS::ECR::Repository nor any other resource to import';
    findings.push(designError(FindingCode.noRepositoryInTemplate, ['Resources'], message));
  }
  const { keys, topics, queues, functions } = entities;
  const principals = [...entities.principals, ...addedPrincipals];
  const result = finish(
    {
      version: 1,
      ...stackNameOf(resources, entities, findings),
      ...(stackDescription === undefined ? {} : { stackDescription }),
      ...nonEmpty({ keys, principals, topics, queues, functions }),
      repositories: repositories.map(({ logicalId, repository }) => {
        const rules = eventRules.get(logicalId);
        return rules ? { ...repository, eventRules: rules } : repository;
      }),
      ...(registry ? { registry } : {}),
      ...nonEmpty({ grants, outputs: outputs ?? [] }),
    },
    findings,
  );
  if (result.design) {
    result.design = keepOverflowPolicyLogicalIds(
      resources,
      entities.handled,
      keepPermissionLogicalIds(resources, keepPolicyLogicalIds(resources, result.design)),
    );
    const design = result.design;
    result.findings.push(
      ...reportNotCarried(resources, design, repositoryIds, entities, result.findings),
    );
    result.findings.push(
      ...renderDifferences(resources, design, result.findings, entities.renamed),
    );
  }
  return result;
}
