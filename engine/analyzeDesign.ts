/**
 * Runs a parsed design through everything CDK, CloudFormation validation and ECR would do,
 * collecting findings in the order the real tools meet them.
 */
import {
  duplicateNameErrors,
  emptyTemplateError,
  repositoryValidationErrors,
} from './cdk/cfnValidation';
import {
  eventRuleConstructErrors,
  functionTargetWarnings,
  grantConstructErrors,
  idConstructErrors,
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
import { logicalIdOf } from './cdk/logicalId';
import { repositoryConstructErrors } from './cdk/repositoryChecks';
import { type Design, defaultStackName, type RepositoryDesign } from './design/designSchema';
import { archiveRuleErrors, archiveRuleWarnings } from './ecr/archiveRuleChecks';
import { lifecycleDeployErrors } from './ecr/deployChecks';
import { lifecycleWarnings } from './ecr/ruleWarnings';
import { type Finding, FindingCode, joinPath } from './findings';
import { isConstructPrincipal } from './iam/principals';
import { collectPolicies, type StackPolicies } from './iam/stackPolicies';
import { type PlacedResource, stackResources } from './render/template';

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
  policies: StackPolicies;
  repositories: RepositoryAnalysis[];
  findings: Finding[];
}

/**
 * The stack's top-level constructs in creation order (the documented order of the generated code):
 * keys, principals that are constructs, topics, queues, functions, then repositories.
 */
function topLevelConstructs(design: Design): { id: string; path: string; kind: string }[] {
  const of = (kind: string, list: readonly { id: string }[] | undefined, field = kind) =>
    (list ?? []).map((e, i) => ({ id: e.id, path: joinPath(field, i), kind }));
  const principals = (design.principals ?? [])
    .map((p, i) => ({ id: p.id, path: joinPath('principals', i), kind: 'principals', p }))
    .filter(({ p }) => isConstructPrincipal(p));
  return [
    ...of('keys', design.keys),
    ...principals,
    ...of('topics', design.topics),
    ...of('queues', design.queues),
    ...of('functions', design.functions),
  ];
}

/** Construct-time errors of everything created before the repositories. */
function entityConstructErrors(design: Design, stackName: string): Finding[] {
  const earlier: string[] = [];
  return topLevelConstructs(design).flatMap(({ id, path, kind }) => {
    const index = Number(/\[(\d+)\]$/.exec(path)![1]);
    const findings =
      kind === 'keys'
        ? keyConstructErrors(design.keys![index]!, path, stackName, earlier)
        : idConstructErrors(id, path, stackName, earlier);
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

function analyzeRepository(
  design: Design,
  index: number,
  earlierIds: readonly string[],
  phases: Phases,
): RepositoryAnalysis {
  const repository = design.repositories[index]!;
  const stackName = design.stackName ?? defaultStackName;
  const path = joinPath('repositories', index);
  const siblingIds = [...earlierIds, ...design.repositories.slice(0, index).map((r) => r.id)];
  const { construct, synth } = phases;
  construct.push(...repositoryConstructErrors(repository, path, stackName, siblingIds));
  const rulesPath = joinPath(path, 'lifecycleRules');
  const rules = repository.lifecycleRules ?? [];
  const escapeHatch = usesPolicyEscapeHatch(rules);
  // The escape hatch never calls addLifecycleRule: CDK checks nothing, ECR checks everything.
  const escaped = escapeHatch ? placeEscapeHatchRules(rules) : undefined;
  const accepted = escaped ?? acceptLifecycleRules(rules, rulesPath, construct);
  construct.push(...eventRuleConstructErrors(repository, path));
  construct.push(...statementConstructErrors(repository, path));
  phases.warnings.push(...statementWarnings(repository, path));
  const placed = escaped ?? placeLifecycleRules(accepted, rulesPath, synth);
  const logicalId = logicalIdOf([repository.id, 'Resource']);
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
  phases.validate.push(...repositoryValidationErrors(repository, path, analysis.policyText));
  return analysis;
}

/** Findings of CDK's phases come out phase by phase, so the first error is the one CDK throws. */
export function analyzeDesign(design: Design): DesignAnalysis {
  const stackName = design.stackName ?? defaultStackName;
  const phases: Phases = {
    construct: entityConstructErrors(design, stackName),
    synth: [],
    nodeValidation: [],
    validate: [],
    deploy: [],
    warnings: [],
  };
  const earlierIds = topLevelConstructs(design).map((c) => c.id);
  const repositories = design.repositories.map((_, index) =>
    analyzeRepository(design, index, earlierIds, phases),
  );
  phases.construct.push(...grantConstructErrors(design));
  phases.warnings.push(...functionTargetWarnings(design));
  phases.validate.push(...duplicateNameErrors(repositories), ...entityValidationErrors(design));
  const policies = collectPolicies(design);
  design.repositories.forEach((repository, index) => {
    const path = joinPath('repositories', index);
    const statements = policies.repositories[index] ?? [];
    phases.nodeValidation.push(...repositoryNodeValidation(repository, path, statements));
  });
  const analysis: DesignAnalysis = { design, stackName, repositories, policies, findings: [] };
  const resources = stackResources(analysis);
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
  // the resources into the template (duplicate logical IDs).
  const { construct, synth, nodeValidation, validate, deploy, warnings } = phases;
  const merge = duplicateLogicalIdErrors(resources);
  analysis.findings = [
    ...construct,
    ...synth,
    ...nodeValidation,
    ...merge,
    ...validate,
    ...deploy,
    ...warnings,
  ];
  return analysis;
}
