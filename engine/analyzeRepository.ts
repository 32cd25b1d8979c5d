/**
 * One repository as CDK meets it: its lifecycle rules accepted and placed, its policy, and the
 * findings that depend on nothing but the repository and where it stands (its design path and
 * logical ID), by phase. Memoised per repository object, so a keystroke analyses again only the
 * repository it changed; the checks that read other entities stay in analyzeDesign.
 */
import { buildLifecyclePolicy, lifecyclePolicyText } from './cdk/lifecyclePolicy';
import {
  acceptLifecycleRules,
  placeEscapeHatchRules,
  placeLifecycleRules,
  usesPolicyEscapeHatch,
} from './cdk/lifecycleRules';
import { archiveRuleErrors, archiveRuleWarnings } from './checks/archiveRules';
import { eventRuleNodeValidation } from './checks/eventRules';
import { lifecycleDeployErrors } from './checks/lifecycleDeploy';
import { lifecycleWarnings } from './checks/lifecycleWarnings';
import { statementConstructErrors, statementWarnings } from './checks/statements';
import type { RepositoryDesign } from './design/designSchema';
import type { RepositoryAnalysis } from './designAnalysis';
import type { FieldPath } from './fieldPath';
import type { Finding } from './findings';
import { perObjectWith } from './util/memo';

/** Where a repository stands in the stack: all its analysis reads besides the repository. */
export interface RepositoryPlace {
  path: FieldPath;
  logicalId: string;
}

export interface AnalyzedRepository {
  analysis: RepositoryAnalysis;
  /** Construction: what addLifecycleRule throws. */
  lifecycleConstruct: Finding[];
  /** Construction: the malformed actions of its resource policy statements. */
  statementConstruct: Finding[];
  /** What placing the rules throws, when app.synth() resolves the policy. */
  synth: Finding[];
  /** The node validation of its event rules. */
  eventRuleValidation: Finding[];
  /** What ECR refuses at deploy time in its lifecycle policy. */
  deploy: Finding[];
  /** CDK's annotations and the designer's warnings on it. */
  warnings: Finding[];
}

function lifecycleOf(repository: RepositoryDesign, { path, logicalId }: RepositoryPlace) {
  const rulesPath = [...path, 'lifecycleRules'];
  const rules = repository.lifecycleRules ?? [];
  const escapeHatch = usesPolicyEscapeHatch(rules);
  const construct: Finding[] = [];
  const synth: Finding[] = [];
  // The escape hatch never calls addLifecycleRule: CDK checks nothing, ECR checks everything.
  const escaped = escapeHatch ? placeEscapeHatchRules(rules) : undefined;
  const accepted = escaped ?? acceptLifecycleRules(rules, rulesPath, construct);
  const placed = escaped ?? placeLifecycleRules(accepted, rulesPath, synth);
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

function ruleFindings({ repository, path, placed, escapeHatch }: RepositoryAnalysis) {
  const statements = statementWarnings(repository, path);
  if (!placed) return { deploy: [], warnings: statements };
  const rulesPath = [...path, 'lifecycleRules'];
  return {
    deploy: [
      ...lifecycleDeployErrors(placed, rulesPath),
      ...(escapeHatch ? archiveRuleErrors(placed, rulesPath) : []),
    ],
    warnings: [
      ...statements,
      ...lifecycleWarnings(repository, placed, path),
      ...(escapeHatch ? archiveRuleWarnings(placed, rulesPath) : []),
    ],
  };
}

/** The repository's analysis and its own findings, computed again only when it or its place changes. */
export const analyzeRepository = perObjectWith(
  (repository: RepositoryDesign, place: RepositoryPlace): AnalyzedRepository => {
    const { analysis, construct, synth } = lifecycleOf(repository, place);
    return {
      analysis,
      lifecycleConstruct: construct,
      statementConstruct: statementConstructErrors(repository, place.path),
      synth,
      eventRuleValidation: eventRuleNodeValidation(repository, place.path),
      ...ruleFindings(analysis),
    };
  },
);
