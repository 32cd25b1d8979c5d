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
  buildLifecyclePolicy,
  type LifecyclePolicy,
  lifecyclePolicyText,
} from './cdk/lifecyclePolicy';
import {
  type AcceptedRule,
  acceptLifecycleRules,
  type PlacedRule,
  placeLifecycleRules,
} from './cdk/lifecycleRules';
import { logicalIdOf } from './cdk/logicalId';
import { repositoryConstructErrors } from './cdk/repositoryChecks';
import { type Design, defaultStackName, type RepositoryDesign } from './design/designSchema';
import { lifecycleDeployErrors } from './ecr/deployChecks';
import { lifecycleWarnings } from './ecr/ruleWarnings';
import { type Finding, joinPath } from './findings';

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
}

export interface DesignAnalysis {
  stackName: string;
  repositories: RepositoryAnalysis[];
  findings: Finding[];
}

/** Findings of CDK's phases come out phase by phase, so the first error is the one CDK throws. */
export function analyzeDesign(design: Design): DesignAnalysis {
  const stackName = design.stackName ?? defaultStackName;
  const construct: Finding[] = [];
  const synth: Finding[] = [];
  const validate: Finding[] = [];
  const deploy: Finding[] = [];
  const warnings: Finding[] = [];
  const repositories = design.repositories.map((repository, index): RepositoryAnalysis => {
    const path = joinPath('repositories', index);
    const siblingIds = design.repositories.slice(0, index).map((r) => r.id);
    construct.push(...repositoryConstructErrors(repository, path, stackName, siblingIds));
    const rulesPath = joinPath(path, 'lifecycleRules');
    const accepted = acceptLifecycleRules(repository.lifecycleRules ?? [], rulesPath, construct);
    const placed = placeLifecycleRules(accepted, rulesPath, synth);
    const analysis: RepositoryAnalysis = {
      repository,
      path,
      logicalId: logicalIdOf([repository.id, 'Resource']),
      accepted,
    };
    if (placed) {
      analysis.placed = placed;
      if (placed.length > 0) {
        analysis.policy = buildLifecyclePolicy(placed);
        analysis.policyText = lifecyclePolicyText(analysis.policy);
      }
      deploy.push(...lifecycleDeployErrors(placed, rulesPath));
      warnings.push(...lifecycleWarnings(repository, placed, path));
    }
    validate.push(...repositoryValidationErrors(repository, path, analysis.policyText));
    return analysis;
  });
  validate.push(...duplicateNameErrors(repositories));
  if (design.repositories.length === 0) {
    validate.push({
      severity: 'error',
      origin: 'cdk-validate',
      path: 'repositories',
      message: emptyTemplateError,
    });
  }
  return {
    stackName,
    repositories,
    findings: [...construct, ...synth, ...validate, ...deploy, ...warnings],
  };
}
