/**
 * Runs a parsed design through everything CDK, CloudFormation validation and ECR would do,
 * collecting findings in the order the real tools meet them.
 */
import { duplicateNameErrors, emptyTemplateError } from './cdk/cfnValidation';
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
import { logicalIdOf } from './cdk/logicalId';
import { repositoryConstructErrors } from './cdk/repositoryChecks';
import { overflowPolicyValidationErrors, rolePolicyWarnings } from './cdk/rolePolicyChecks';
import { schemaValidationErrors } from './cdk/schemaFindings';
import { resourceLimitErrors, unreadableTemplateError } from './cdk/templateLimits';
import { type Design, defaultStackName, type RepositoryDesign } from './design/designSchema';
import { entityConstructs } from './design/stackConstructs';
import { archiveRuleErrors, archiveRuleWarnings } from './ecr/archiveRuleChecks';
import { lifecycleDeployErrors } from './ecr/deployChecks';
import { lifecycleWarnings } from './ecr/ruleWarnings';
import { type Finding, FindingCode, joinPath } from './findings';
import { collectPolicies, type StackPolicies } from './iam/stackPolicies';
import { type PlacedResource, stackResources, templateOf } from './render/template';

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

/** Construct-time errors of everything created before the repositories. */
function entityConstructErrors(design: Design, stackName: string): Finding[] {
  const earlier: string[] = [];
  return entityConstructs(design).flatMap(({ id, path, kind, index }) => {
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
  construct.push(...eventRuleConstructErrors(repository, path, stackName));
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
  const earlierIds = entityConstructs(design).map((c) => c.id);
  const repositories = design.repositories.map((_, index) =>
    analyzeRepository(design, index, earlierIds, phases),
  );
  phases.construct.push(...grantConstructErrors(design, stackName));
  phases.warnings.push(...functionTargetWarnings(design));
  phases.validate.push(...duplicateNameErrors(repositories), ...entityValidationErrors(design));
  const policies = collectPolicies(design);
  phases.validate.push(...overflowPolicyValidationErrors(design, policies.identity, stackName));
  phases.warnings.push(...rolePolicyWarnings(design, policies.identity));
  phases.nodeValidation.push(...identityNodeValidation(design, policies.identity));
  design.repositories.forEach((repository, index) => {
    const path = joinPath('repositories', index);
    const statements = policies.repositories[index] ?? [];
    phases.nodeValidation.push(...repositoryNodeValidation(repository, path, statements));
  });
  const analysis: DesignAnalysis = { design, stackName, repositories, policies, findings: [] };
  const resources = stackResources(analysis);
  phases.validate.push(...schemaValidationErrors(resources, design));
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
  const text = JSON.stringify(templateOf(resources), undefined, 1);
  const unreadable = unreadableTemplateError(text, resources);
  analysis.findings = [
    ...construct,
    ...synth,
    ...nodeValidation,
    ...merge,
    ...defaultChildErrors(design, stackName),
    ...(unreadable ? [unreadable] : validate),
    ...deploy,
    ...warnings,
  ];
  return analysis;
}
