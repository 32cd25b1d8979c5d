/**
 * Runs a parsed design through everything CDK, CloudFormation validation and ECR would do,
 * collecting findings in the order the real tools meet them.
 */
import { duplicateNameErrors, emptyTemplateError } from './cdk/cfnValidation';
import { type ConstructNode, defaultResourceOf } from './cdk/constructNode';
import { type ConstructTree, constructTree } from './cdk/constructTree';
import { defaultChildErrors } from './cdk/defaultChildren';
import {
  eventRuleConstructErrors,
  functionTargetWarnings,
  grantConstructErrors,
  idConstructErrors,
  identityNodeValidation,
  keyConstructErrors,
  repositoryNodeValidation,
  statementConstructErrors,
  statementWarnings,
} from './cdk/entityChecks';
import { entityValidationErrors } from './cdk/entityValidation';
import {
  buildLifecyclePolicy,
  type LifecyclePolicy,
  lifecyclePolicyText,
} from './cdk/lifecyclePolicy';
import {
  type AcceptedRule,
  acceptLifecycleRules,
  type PlacedRule,
  placeEscapeHatchRules,
  placeLifecycleRules,
  usesPolicyEscapeHatch,
} from './cdk/lifecycleRules';
import { repositoryConstructErrors } from './cdk/repositoryChecks';
import { overflowPolicyValidationErrors, rolePolicyWarnings } from './cdk/rolePolicyChecks';
import { schemaValidationErrors } from './cdk/schemaFindings';
import { resourceLimitErrors, unreadableTemplateError } from './cdk/templateLimits';
import type { Design, RepositoryDesign } from './design/designSchema';
import { archiveRuleErrors, archiveRuleWarnings } from './ecr/archiveRuleChecks';
import { lifecycleDeployErrors } from './ecr/deployChecks';
import { lifecycleWarnings } from './ecr/ruleWarnings';
import { type Finding, FindingCode, joinPath } from './findings';
import {
  type CfnTemplate,
  type PlacedResource,
  stackResources,
  templateOf,
} from './render/template';

export interface RepositoryAnalysis {
  repository: RepositoryDesign;
  path: string;
  logicalId: string;
  /** Rules addLifecycleRule accepted, in design order. */
  accepted: AcceptedRule[];
  /** Rules in the order CDK writes them, with priorities; undefined when synthesis would fail on them. */
  placed?: PlacedRule[];
  policy?: LifecyclePolicy;
  policyText?: string;
  /** True when archive-era rules make the generated code set the whole policy on the CfnRepository. */
  escapeHatch: boolean;
}

export interface DesignAnalysis {
  design: Design;
  stackName: string;
  tree: ConstructTree;
  repositories: RepositoryAnalysis[];
  /** The stack's resources, in template order, with the design path of their entity. */
  resources: PlacedResource[];
  /** The template CDK writes, whether or not the findings let it synthesize. */
  template: CfnTemplate;
  findings: Finding[];
}

/** Construct-time errors of everything created before the repositories, each against those before it. */
function entityConstructErrors(design: Design, tree: ConstructTree): Finding[] {
  const { stackName } = tree;
  const earlier: string[] = [];
  return tree.children.flatMap(({ id, kind, designPath, index }) => {
    if (kind === 'repository') return [];
    const findings =
      kind === 'key' || kind === 'importedKey'
        ? keyConstructErrors(design.keys![index]!, designPath, stackName, earlier)
        : idConstructErrors(id, designPath, stackName, earlier);
    earlier.push(id);
    return findings;
  });
}

/**
 * Two constructs can map to one logical ID (an id 'Default' is dropped from the path); CDK
 * fails when it merges the second, after every resource resolved.
 */
function duplicateLogicalIdErrors(resources: readonly PlacedResource[]): Finding[] {
  const seen = new Set<string>();
  const duplicate = resources.find(([id]) => seen.has(id) || !seen.add(id));
  if (!duplicate) return [];
  const [logicalId, , path] = duplicate;
  return [
    {
      severity: 'error',
      origin: 'cdk-synth',
      path,
      message: `section 'Resources' already contains '${logicalId}'`,
    },
  ];
}

/** Findings by the phase of `app.synth()` (or deploy) in which they surface. */
interface Phases {
  construct: Finding[];
  synth: Finding[];
  nodeValidation: Finding[];
  validate: Finding[];
  deploy: Finding[];
  warnings: Finding[];
}

/** `siblingIds` are the ids of the stack's children created before the repository. */
function analyzeRepository(
  design: Design,
  node: ConstructNode,
  siblingIds: readonly string[],
  phases: Phases,
): RepositoryAnalysis {
  const repository = design.repositories[node.index]!;
  const stackName = node.path[0]!;
  const path = node.designPath;
  const { construct, synth } = phases;
  construct.push(...repositoryConstructErrors(repository, path, stackName, siblingIds));
  const rulesPath = joinPath(path, 'lifecycleRules');
  const rules = repository.lifecycleRules ?? [];
  const escapeHatch = usesPolicyEscapeHatch(rules);
  // The escape hatch never calls addLifecycleRule: CDK checks nothing, ECR checks everything.
  const escaped = escapeHatch ? placeEscapeHatchRules(rules) : undefined;
  const accepted = escaped ?? acceptLifecycleRules(rules, rulesPath, construct);
  construct.push(...eventRuleConstructErrors(repository, node));
  construct.push(...statementConstructErrors(repository, path));
  phases.warnings.push(...statementWarnings(repository, path));
  const placed = escaped ?? placeLifecycleRules(accepted, rulesPath, synth);
  const logicalId = defaultResourceOf(node)!;
  const analysis: RepositoryAnalysis = { repository, path, logicalId, accepted, escapeHatch };
  if (placed) {
    analysis.placed = placed;
    if (placed.length > 0) {
      analysis.policy = buildLifecyclePolicy(placed, escapeHatch);
      analysis.policyText = lifecyclePolicyText(analysis.policy);
    }
    phases.deploy.push(...lifecycleDeployErrors(placed, rulesPath));
    if (escapeHatch) phases.deploy.push(...archiveRuleErrors(placed, rulesPath));
    phases.warnings.push(...lifecycleWarnings(repository, placed, path));
    if (escapeHatch) phases.warnings.push(...archiveRuleWarnings(placed, rulesPath));
  }
  return analysis;
}

/** Findings of CDK's phases come out phase by phase, so the first error is the one CDK throws. */
export function analyzeDesign(design: Design): DesignAnalysis {
  const tree = constructTree(design);
  const { stackName, policies } = tree;
  const phases: Phases = {
    construct: entityConstructErrors(design, tree),
    synth: [],
    nodeValidation: [],
    validate: [],
    deploy: [],
    warnings: [],
  };
  const repositories = tree.children.flatMap((node, index) =>
    node.kind === 'repository'
      ? [
          analyzeRepository(
            design,
            node,
            tree.children.slice(0, index).map((c) => c.id),
            phases,
          ),
        ]
      : [],
  );
  phases.construct.push(...grantConstructErrors(design, stackName));
  phases.warnings.push(...functionTargetWarnings(design));
  phases.validate.push(
    ...duplicateNameErrors(repositories),
    ...entityValidationErrors(design, tree),
  );
  phases.validate.push(...overflowPolicyValidationErrors(tree));
  phases.warnings.push(...rolePolicyWarnings(tree));
  phases.nodeValidation.push(...identityNodeValidation(tree));
  design.repositories.forEach((repository, index) => {
    const path = joinPath('repositories', index);
    const statements = policies.repositories[index] ?? [];
    phases.nodeValidation.push(...repositoryNodeValidation(repository, path, statements));
  });
  const lifecyclePolicies = repositories.map((r) => r.policyText);
  const resources = stackResources(design, tree, lifecyclePolicies);
  phases.validate.push(...schemaValidationErrors(resources, design, tree));
  if (resources.length === 0) {
    phases.validate.push({
      severity: 'error',
      origin: 'cdk-validate',
      code: FindingCode.emptyTemplate,
      path: 'repositories',
      message: emptyTemplateError,
    });
  }
  // app.synth() resolves every token (lifecycle errors), then runs node validations, then merges
  // the resources into the template (duplicate logical IDs); the template validation then asks
  // every construct for its default child before it reports.
  const { construct, synth, nodeValidation, validate, deploy, warnings } = phases;
  const duplicates = duplicateLogicalIdErrors(resources);
  const merge = duplicates.length > 0 ? duplicates : resourceLimitErrors(resources, stackName);
  // The validator reads the template file CDK wrote; when it cannot, that is all it reports.
  const template = templateOf(resources);
  const text = JSON.stringify(template, undefined, 1);
  const unreadable = unreadableTemplateError(text, resources);
  const findings = [
    ...construct,
    ...synth,
    ...nodeValidation,
    ...merge,
    ...defaultChildErrors(tree),
    ...(unreadable ? [unreadable] : validate),
    ...deploy,
    ...warnings,
  ];
  return { design, stackName, tree, repositories, resources, template, findings };
}
