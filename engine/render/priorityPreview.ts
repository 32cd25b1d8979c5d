/** The priority each lifecycle rule will get, and where ECR evaluates it (lowest priority first). */
import { type PlacedRule, placeEscapeHatchRules } from '../cdk/lifecycleRules';
import type { LifecycleRuleDesign } from '../design/designSchema';
import type { RepositoryAnalysis } from '../designAnalysis';

export interface RulePriority {
  /** Index of the rule in the design's lifecycleRules. */
  designIndex: number;
  rulePriority: number;
  /** True when the design sets rulePriority; false when CDK numbers the rule. */
  explicit: boolean;
  /** Position in the policy text CDK writes. */
  policyIndex: number;
  /** Position in ECR's evaluation order (ascending rulePriority). */
  evaluationIndex: number;
}

export function previewPriorities(analysis: RepositoryAnalysis): RulePriority[] | undefined {
  return analysis.placed && prioritiesOfPlaced(analysis.placed);
}

/**
 * The priorities of a creation template's rules: its LifecyclePolicy is a JSON string (no
 * addLifecycleRule checks), numbered as a repository's rules are (explicit, automatic, ANY).
 */
export function templateRulePriorities(rules: readonly LifecycleRuleDesign[]): RulePriority[] {
  return prioritiesOfPlaced(placeEscapeHatchRules(rules));
}

function prioritiesOfPlaced(placed: readonly PlacedRule[]): RulePriority[] {
  const evaluationOrder = placed
    .map((rule, policyIndex) => ({ rule, policyIndex }))
    .sort((a, b) => a.rule.rulePriority - b.rule.rulePriority || a.policyIndex - b.policyIndex);
  const evaluationIndexOf = new Map(evaluationOrder.map((e, index) => [e.policyIndex, index]));
  return placed
    .map((rule, policyIndex) => ({
      designIndex: rule.designIndex,
      rulePriority: rule.rulePriority,
      explicit: rule.explicit,
      policyIndex,
      evaluationIndex: evaluationIndexOf.get(policyIndex)!,
    }))
    .sort((a, b) => a.designIndex - b.designIndex);
}
