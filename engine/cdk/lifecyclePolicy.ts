/** The lifecycle policy document exactly as CDK's renderLifecycleRule writes it. */
import type { PlacedRule } from './lifecycleRules';

export interface PolicyRule {
  rulePriority: number;
  description?: string;
  selection: {
    tagStatus: string;
    tagPrefixList?: string[];
    tagPatternList?: string[];
    countType: 'imageCountMoreThan' | 'sinceImagePushed';
    countNumber: number;
    countUnit?: 'days';
  };
  action: { type: 'expire' };
}

export interface LifecyclePolicy {
  rules: PolicyRule[];
}

export function buildLifecyclePolicy(placed: readonly PlacedRule[]): LifecyclePolicy {
  return { rules: placed.map(toPolicyRule) };
}

function toPolicyRule({ rule, tagStatus, rulePriority }: PlacedRule): PolicyRule {
  const byAge = rule.maxImageAgeDays !== undefined;
  return dropUndefined({
    rulePriority,
    description: rule.description,
    selection: dropUndefined({
      tagStatus: tagStatus.toLowerCase(),
      tagPrefixList: rule.tagPrefixList,
      tagPatternList: rule.tagPatternList,
      countType: byAge ? 'sinceImagePushed' : 'imageCountMoreThan',
      countNumber: (byAge ? rule.maxImageAgeDays : rule.maxImageCount)!,
      countUnit: byAge ? 'days' : undefined,
    }),
    action: { type: 'expire' },
  }) as PolicyRule;
}

/** JSON.stringify drops undefined keys; dropping them here keeps objects deep-equal to the oracle's. */
export function dropUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out as T;
}

/** The policy text CDK puts into LifecyclePolicyText: compact JSON. */
export function lifecyclePolicyText(policy: LifecyclePolicy): string {
  return JSON.stringify(policy);
}
