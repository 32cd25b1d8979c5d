/**
 * Runs a parsed design through everything CDK, CloudFormation validation and ECR would do,
 * collecting findings in the order the real tools meet them.
 */
import { type AnalyzedRepository, analyzeRepository } from './analyzeRepository';
import { type ConstructNode, defaultResourceOf } from './cdk/constructNode';
import { type ConstructTree, constructTree } from './cdk/constructTree';
import { stackOutputs } from './cdk/outputs';
import { type CfnTemplate, type PlacedResource, stackResources, templateOf } from './cdk/template';
import { templateJson } from './cdk/templateJson';
import {
  defaultChildErrors,
  duplicateLogicalIdErrors,
  idConstructErrors,
} from './checks/constructIds';
import { duplicatePrefixErrors, emptyLogicalIdErrors } from './checks/creationTemplates';
import {
  eventRuleConstructErrors,
  eventRuleValidationErrors,
  functionTargetWarnings,
} from './checks/eventRules';
import { grantConstructErrors } from './checks/grants';
import { keyConstructErrors, keyValidationErrors } from './checks/keys';
import { duplicateOutputErrors, outputDeployErrors, outputNodeValidation } from './checks/outputs';
import { overflowPolicyIdErrors, overflowPolicyIdWarnings } from './checks/overflowPolicyIds';
import {
  identityNodeValidation,
  overflowPolicyValidationErrors,
  rolePolicyWarnings,
} from './checks/principals';
import { registryDeployErrors, registryWarnings } from './checks/registryChecks';
import { registryIdentifierErrors } from './checks/registryIdentifiers';
import { registryPolicyConstructErrors, registrySynthErrors } from './checks/registrySynth';
import { duplicateNameErrors, repositoryConstructErrors } from './checks/repository';
import {
  resourceOptionDeployErrors,
  resourceOptionValidationErrors,
  resourceOptionWarnings,
  validatedResource,
} from './checks/resourceOptions';
import { schemaValidationErrors } from './checks/schema';
import { resourcePolicyNodeValidation } from './checks/statements';
import {
  emptyTemplateErrors,
  resourceLimitErrors,
  unreadableTemplateError,
} from './checks/templateLimits';
import type { Design } from './design/designSchema';
import type { DesignAnalysis, Phases, RepositoryAnalysis } from './designAnalysis';
import type { Finding } from './findings';

/** What one child of the stack throws as it is created; `earlier` are the ids before it. */
function childConstructErrors(
  design: Design,
  node: ConstructNode,
  earlier: readonly string[],
  repositories: readonly AnalyzedRepository[],
): Finding[] {
  const { kind, id, designPath, index } = node;
  const stackName = node.path[0]!;
  if (kind === 'key' || kind === 'importedKey')
    return keyConstructErrors(design.keys![index]!, designPath, stackName, earlier);
  if (kind === 'registryPolicy')
    return [
      ...registryPolicyConstructErrors(design),
      ...idConstructErrors(id, designPath, stackName, earlier),
    ];
  if (kind !== 'repository') return idConstructErrors(id, designPath, stackName, earlier);
  const repository = design.repositories[index]!;
  const analyzed = repositories[index]!;
  return [
    ...repositoryConstructErrors(repository, designPath, stackName, earlier),
    ...analyzed.lifecycleConstruct,
    ...eventRuleConstructErrors(repository, node),
    ...analyzed.statementConstruct,
  ];
}

/** Construction: the stack's children in creation order, then the grants. */
function constructErrors(
  design: Design,
  tree: ConstructTree,
  repositories: readonly AnalyzedRepository[],
): Finding[] {
  const earlier: string[] = [];
  const children = tree.children.flatMap((node) => {
    const findings = childConstructErrors(design, node, earlier, repositories);
    earlier.push(node.id);
    return findings;
  });
  return [...children, ...grantConstructErrors(design, tree.stackName)];
}

/** The node validations of app.synth(), in construct-tree order: principals, then repositories. */
function nodeValidationErrors(
  design: Design,
  tree: ConstructTree,
  repositories: readonly AnalyzedRepository[],
): Finding[] {
  const ofRepositories = tree.children.flatMap((node) =>
    node.kind === 'repository'
      ? [
          ...resourcePolicyNodeValidation(tree.policies.repositories[node.index] ?? []),
          ...repositories[node.index]!.eventRuleValidation,
        ]
      : [],
  );
  return [
    ...identityNodeValidation(tree),
    ...ofRepositories,
    ...outputNodeValidation(design, tree),
  ];
}

/** The template validation's failures (when it can read the template). */
function validationErrors(
  design: Design,
  tree: ConstructTree,
  repositories: readonly RepositoryAnalysis[],
  resources: readonly PlacedResource[],
): Finding[] {
  return [
    ...duplicateNameErrors(repositories),
    ...duplicatePrefixErrors(design, tree),
    ...registryIdentifierErrors(resources),
    ...keyValidationErrors(design, tree),
    ...eventRuleValidationErrors(design),
    ...overflowPolicyValidationErrors(tree),
    ...resourceOptionValidationErrors(design),
    ...schemaValidationErrors(resources.filter(validatedResource), design, tree),
    ...emptyTemplateErrors(resources),
  ];
}

/** CDK's annotations and the designer's warnings: repository by repository, then the stack's. */
function warnings(
  design: Design,
  tree: ConstructTree,
  repositories: readonly AnalyzedRepository[],
): Finding[] {
  return [
    ...repositories.flatMap((analyzed) => analyzed.warnings),
    ...functionTargetWarnings(design),
    ...rolePolicyWarnings(tree),
    ...resourceOptionWarnings(design),
    ...overflowPolicyIdWarnings(design, tree),
    ...registryWarnings(design),
  ];
}

/**
 * The phases in the order `app.synth()` (then the deploy) meets them: it resolves every token
 * (lifecycle errors), runs the node validations, resolves the logical IDs as it writes the
 * template (the overflow policies' renames), merges the resources into the template
 * (duplicate logical IDs, the resource limit); the template validation then asks every construct
 * for its default child before it reports, and reports nothing else when it cannot read the file.
 */
function inPhaseOrder(
  phases: Phases,
  tree: ConstructTree,
  resources: readonly PlacedResource[],
  template: CfnTemplate,
): Finding[] {
  const { construct, synth, nodeValidation, validate, deploy, warnings } = phases;
  const resourceDuplicates = duplicateLogicalIdErrors(resources);
  const duplicates =
    resourceDuplicates.length > 0 ? resourceDuplicates : duplicateOutputErrors(tree);
  const merge = duplicates.length > 0 ? duplicates : resourceLimitErrors(resources, tree.stackName);
  const unreadable = unreadableTemplateError(templateJson(template, 1), resources);
  return [
    ...construct,
    ...synth,
    ...nodeValidation,
    ...overflowPolicyIdErrors(tree),
    ...merge,
    ...defaultChildErrors(tree),
    ...(unreadable ? [unreadable] : validate),
    ...deploy,
    ...warnings,
  ];
}

/** Findings of CDK's phases come out phase by phase, so the first error is the one CDK throws. */
export function analyzeDesign(design: Design): DesignAnalysis {
  const tree = constructTree(design);
  const analyzed = tree.children.flatMap((node) =>
    node.kind === 'repository'
      ? [
          analyzeRepository(design.repositories[node.index]!, {
            path: node.designPath,
            logicalId: defaultResourceOf(node)!,
          }),
        ]
      : [],
  );
  const repositories = analyzed.map((a) => a.analysis);
  const resources = stackResources(
    design,
    tree,
    repositories.map((r) => r.policyText),
  );
  const template = templateOf(resources, {
    description: design.stackDescription,
    outputs: stackOutputs(design, tree),
  });
  const phases: Phases = {
    construct: constructErrors(design, tree, analyzed),
    synth: [
      ...analyzed.flatMap((a) => a.synth),
      ...emptyLogicalIdErrors(tree),
      ...registrySynthErrors(design, tree),
    ],
    nodeValidation: nodeValidationErrors(design, tree, analyzed),
    validate: validationErrors(design, tree, repositories, resources),
    deploy: [
      ...analyzed.flatMap((a) => a.deploy),
      ...resourceOptionDeployErrors(design),
      ...outputDeployErrors(design),
      ...registryDeployErrors(design),
    ],
    warnings: warnings(design, tree, analyzed),
  };
  const findings = inPhaseOrder(phases, tree, resources, template);
  return { design, stackName: tree.stackName, tree, repositories, resources, template, findings };
}
