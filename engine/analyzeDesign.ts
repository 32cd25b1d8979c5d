/**
 * Runs a parsed design through everything CDK, CloudFormation validation and ECR would do,
 * collecting findings in the order the real tools meet them.
 */
import { type ConstructNode, defaultResourceOf } from './cdk/constructNode';
import { type ConstructTree, constructTree } from './cdk/constructTree';
import { buildLifecyclePolicy, lifecyclePolicyText } from './cdk/lifecyclePolicy';
import {
  acceptLifecycleRules,
  placeEscapeHatchRules,
  placeLifecycleRules,
  usesPolicyEscapeHatch,
} from './cdk/lifecycleRules';
import { type CfnTemplate, type PlacedResource, stackResources, templateOf } from './cdk/template';
import { archiveRuleErrors, archiveRuleWarnings } from './checks/archiveRules';
import {
  defaultChildErrors,
  duplicateLogicalIdErrors,
  idConstructErrors,
} from './checks/constructIds';
import {
  eventRuleConstructErrors,
  eventRuleNodeValidation,
  eventRuleValidationErrors,
  functionTargetWarnings,
} from './checks/eventRules';
import { grantConstructErrors } from './checks/grants';
import { keyConstructErrors, keyValidationErrors } from './checks/keys';
import { lifecycleDeployErrors } from './checks/lifecycleDeploy';
import { lifecycleWarnings } from './checks/lifecycleWarnings';
import {
  identityNodeValidation,
  overflowPolicyValidationErrors,
  rolePolicyWarnings,
} from './checks/principals';
import { duplicateNameErrors, repositoryConstructErrors } from './checks/repository';
import { schemaValidationErrors } from './checks/schema';
import {
  resourcePolicyNodeValidation,
  statementConstructErrors,
  statementWarnings,
} from './checks/statements';
import {
  emptyTemplateErrors,
  resourceLimitErrors,
  unreadableTemplateError,
} from './checks/templateLimits';
import type { Design } from './design/designSchema';
import type { DesignAnalysis, Phases, RepositoryAnalysis } from './designAnalysis';
import type { Finding } from './findings';

/** One repository's lifecycle rules as CDK accepts and places them, and the errors it meets. */
interface Lifecycle {
  analysis: RepositoryAnalysis;
  /** What addLifecycleRule throws, at construction. */
  construct: Finding[];
  /** What placing the rules throws, when app.synth() resolves the policy. */
  synth: Finding[];
}

function lifecycleOf(design: Design, node: ConstructNode): Lifecycle {
  const repository = design.repositories[node.index]!;
  const path = node.designPath;
  const rulesPath = [...path, 'lifecycleRules'];
  const rules = repository.lifecycleRules ?? [];
  const escapeHatch = usesPolicyEscapeHatch(rules);
  const construct: Finding[] = [];
  const synth: Finding[] = [];
  // The escape hatch never calls addLifecycleRule: CDK checks nothing, ECR checks everything.
  const escaped = escapeHatch ? placeEscapeHatchRules(rules) : undefined;
  const accepted = escaped ?? acceptLifecycleRules(rules, rulesPath, construct);
  const placed = escaped ?? placeLifecycleRules(accepted, rulesPath, synth);
  const logicalId = defaultResourceOf(node)!;
  const analysis: RepositoryAnalysis = { repository, path, logicalId, accepted, escapeHatch };
  if (placed) {
    analysis.placed = placed;
    if (placed.length > 0) {
      analysis.policy = buildLifecyclePolicy(placed, escapeHatch);
      analysis.policyText = lifecyclePolicyText(analysis.policy);
    }
  }
  return { analysis, construct, synth };
}

/** What one child of the stack throws as it is created; `earlier` are the ids before it. */
function childConstructErrors(
  design: Design,
  node: ConstructNode,
  earlier: readonly string[],
  lifecycles: readonly Lifecycle[],
): Finding[] {
  const { kind, id, designPath, index } = node;
  const stackName = node.path[0]!;
  if (kind === 'key' || kind === 'importedKey')
    return keyConstructErrors(design.keys![index]!, designPath, stackName, earlier);
  if (kind !== 'repository') return idConstructErrors(id, designPath, stackName, earlier);
  const repository = design.repositories[index]!;
  return [
    ...repositoryConstructErrors(repository, designPath, stackName, earlier),
    ...lifecycles[index]!.construct,
    ...eventRuleConstructErrors(repository, node),
    ...statementConstructErrors(repository, designPath),
  ];
}

/** Construction: the stack's children in creation order, then the grants. */
function constructErrors(
  design: Design,
  tree: ConstructTree,
  lifecycles: readonly Lifecycle[],
): Finding[] {
  const earlier: string[] = [];
  const children = tree.children.flatMap((node) => {
    const findings = childConstructErrors(design, node, earlier, lifecycles);
    earlier.push(node.id);
    return findings;
  });
  return [...children, ...grantConstructErrors(design, tree.stackName)];
}

/** The node validations of app.synth(), in construct-tree order: principals, then repositories. */
function nodeValidationErrors(design: Design, tree: ConstructTree): Finding[] {
  const repositories = tree.children.flatMap((node) =>
    node.kind === 'repository'
      ? [
          ...resourcePolicyNodeValidation(tree.policies.repositories[node.index] ?? []),
          ...eventRuleNodeValidation(design.repositories[node.index]!, node.designPath),
        ]
      : [],
  );
  return [...identityNodeValidation(tree), ...repositories];
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
    ...keyValidationErrors(design, tree),
    ...eventRuleValidationErrors(design),
    ...overflowPolicyValidationErrors(tree),
    ...schemaValidationErrors(resources, design, tree),
    ...emptyTemplateErrors(resources),
  ];
}

/** What ECR refuses at deploy time in each repository's lifecycle policy. */
function deployErrors(repositories: readonly RepositoryAnalysis[]): Finding[] {
  return repositories.flatMap(({ path, placed, escapeHatch }) => {
    if (!placed) return [];
    const rulesPath = [...path, 'lifecycleRules'];
    const archive = escapeHatch ? archiveRuleErrors(placed, rulesPath) : [];
    return [...lifecycleDeployErrors(placed, rulesPath), ...archive];
  });
}

/** CDK's annotations and the designer's warnings: repository by repository, then the stack's. */
function warnings(
  design: Design,
  tree: ConstructTree,
  repositories: readonly RepositoryAnalysis[],
): Finding[] {
  const ofRepositories = repositories.flatMap(({ repository, path, placed, escapeHatch }) => {
    const statements = statementWarnings(repository, path);
    if (!placed) return statements;
    const rulesPath = [...path, 'lifecycleRules'];
    const archive = escapeHatch ? archiveRuleWarnings(placed, rulesPath) : [];
    return [...statements, ...lifecycleWarnings(repository, placed, path), ...archive];
  });
  return [...ofRepositories, ...functionTargetWarnings(design), ...rolePolicyWarnings(tree)];
}

/**
 * The phases in the order `app.synth()` (then the deploy) meets them: it resolves every token
 * (lifecycle errors), runs the node validations, merges the resources into the template
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
  const duplicates = duplicateLogicalIdErrors(resources);
  const merge = duplicates.length > 0 ? duplicates : resourceLimitErrors(resources, tree.stackName);
  const text = JSON.stringify(template, undefined, 1);
  const unreadable = unreadableTemplateError(text, resources);
  return [
    ...construct,
    ...synth,
    ...nodeValidation,
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
  const lifecycles = tree.children.flatMap((node) =>
    node.kind === 'repository' ? [lifecycleOf(design, node)] : [],
  );
  const repositories = lifecycles.map((lifecycle) => lifecycle.analysis);
  const resources = stackResources(
    design,
    tree,
    repositories.map((r) => r.policyText),
  );
  const template = templateOf(resources);
  const phases: Phases = {
    construct: constructErrors(design, tree, lifecycles),
    synth: lifecycles.flatMap((lifecycle) => lifecycle.synth),
    nodeValidation: nodeValidationErrors(design, tree),
    validate: validationErrors(design, tree, repositories, resources),
    deploy: deployErrors(repositories),
    warnings: warnings(design, tree, repositories),
  };
  const findings = inPhaseOrder(phases, tree, resources, template);
  return { design, stackName: tree.stackName, tree, repositories, resources, template, findings };
}
