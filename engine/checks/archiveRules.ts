/**
 * ECR's checks of a policy the engine writes itself (the escape hatch for archive-era rules,
 * ecr-lifecycle-spec.md §1.3 and §1.5). aws-cdk-lib never sees these rules, so every problem,
 * tag lists included, is a deploy-error of ECR's with the engine's own text.
 */
import { countFieldsOf, type PlacedRule } from '../cdk/lifecycleRules';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { deployError } from './lifecycleDeploy';

/** AWS bills archived images for at least 90 days; deleting them sooner is probably refused (LP-R13, unverified). */
const minimumArchiveDays = 90;

type At = (field: string) => FieldPath;

/** LP-R02..R05: the tag lists (the checks CDK would make, with ECR's point of view). */
function tagListErrors({ rule, tagStatus }: PlacedRule, at: At): Finding[] {
  const { tagPrefixList: prefixes, tagPatternList: patterns } = rule;
  if (tagStatus === 'TAGGED' && !prefixes?.length && !patterns?.length)
    return [
      deployError(
        FindingCode.ecrTaggedWithoutList,
        at('tagStatus'),
        'ECR requires a non-empty tagPrefixList or tagPatternList for a rule that selects TAGGED images.',
      ),
    ];
  if (tagStatus !== 'TAGGED' && (prefixes !== undefined || patterns !== undefined)) {
    const field = prefixes !== undefined ? 'tagPrefixList' : 'tagPatternList';
    return [
      deployError(
        FindingCode.ecrListNotTagged,
        at(field),
        `ECR accepts ${field} only when tagStatus is TAGGED.`,
      ),
    ];
  }
  if (prefixes !== undefined && patterns !== undefined)
    return [
      deployError(
        FindingCode.ecrBothLists,
        at('tagPatternList'),
        'ECR accepts tagPrefixList or tagPatternList in a rule, not both.',
      ),
    ];
  const wild = (patterns ?? []).find((p) => p.split('*').length > 5);
  if (wild !== undefined)
    return [
      deployError(
        FindingCode.ecrTooManyWildcards,
        at('tagPatternList'),
        `ECR allows at most four * in a tag pattern; '${wild}' has ${wild.split('*').length - 1}.`,
      ),
    ];
  return [];
}

/** LP-R09..R12 and "exactly one count criterion" (§1.5's table). */
function criterionErrors({ rule }: PlacedRule, at: At): Finding[] {
  const counts = countFieldsOf(rule);
  const findings: Finding[] = [];
  if (counts.length !== 1) {
    findings.push(
      deployError(
        FindingCode.ecrCountNotOne,
        at(counts[1] ?? 'maxImageCount'),
        `ECR requires exactly one count criterion (maxImageCount, maxImageAgeDays, maxDaysSinceImagePulled or maxDaysSinceImageTransitioned); this rule has ${counts.length === 0 ? 'none' : counts.join(' and ')}.`,
      ),
    );
  }
  const action = rule.action ?? 'EXPIRE';
  const archive = rule.storageClass === 'ARCHIVE';
  const pulled = rule.maxDaysSinceImagePulled !== undefined;
  const transitioned = rule.maxDaysSinceImageTransitioned !== undefined;
  if (pulled && action !== 'TRANSITION')
    findings.push(
      deployError(
        FindingCode.pulledWithoutTransition,
        at('action'),
        'maxDaysSinceImagePulled (sinceImagePulled) works only with action TRANSITION; ECR rejects it with EXPIRE.',
      ),
    );
  if (transitioned && action !== 'EXPIRE')
    findings.push(
      deployError(
        FindingCode.transitionedWithoutExpire,
        at('action'),
        'maxDaysSinceImageTransitioned (sinceImageTransitioned) works only with action EXPIRE.',
      ),
    );
  if (transitioned && !archive)
    findings.push(
      deployError(
        FindingCode.transitionedWithoutArchive,
        at('storageClass'),
        'maxDaysSinceImageTransitioned selects archived images: ECR requires storageClass ARCHIVE.',
      ),
    );
  if (archive && !transitioned)
    findings.push(
      deployError(
        FindingCode.archiveWithoutTransitioned,
        at('storageClass'),
        'storageClass ARCHIVE works only with maxDaysSinceImageTransitioned; ECR rejects it with any other count criterion.',
      ),
    );
  if (archive && !transitioned && action === 'TRANSITION')
    findings.push(
      deployError(
        FindingCode.archivedTransitioned,
        at('action'),
        'Archived images cannot be transitioned again: action TRANSITION needs storageClass STANDARD.',
      ),
    );
  return findings;
}

/** LP-X02 per storage class: one ANY rule per class, with the highest priority of its class. */
function anyRuleErrors(placed: readonly PlacedRule[], rulesPath: FieldPath): Finding[] {
  const findings: Finding[] = [];
  for (const storageClass of ['STANDARD', 'ARCHIVE']) {
    const ofClass = placed.filter((r) => (r.rule.storageClass ?? 'STANDARD') === storageClass);
    const anyRules = ofClass.filter((r) => r.tagStatus === 'ANY');
    const at = (r: PlacedRule, field: string) => [...rulesPath, r.designIndex, field];
    for (const extra of anyRules.slice(1))
      findings.push(
        deployError(
          FindingCode.ecrSecondAny,
          at(extra, 'tagStatus'),
          `ECR allows one ANY rule per storage class; this is a second one for ${storageClass}.`,
        ),
      );
    const anyRule = anyRules[0];
    if (!anyRule) continue;
    const max = Math.max(...ofClass.map((r) => r.rulePriority));
    if (anyRule.rulePriority < max)
      findings.push(
        deployError(
          FindingCode.ecrAnyNotLast,
          at(anyRule, 'rulePriority'),
          `The ANY rule must have the highest rulePriority among the ${storageClass} rules (ECR evaluates it last); it has ${anyRule.rulePriority}, another has ${max}.`,
        ),
      );
  }
  return findings;
}

/**
 * Deploy phase: the deploy-errors of a policy written through the escape hatch, rule by rule, then
 * across rules.
 */
export function archiveRuleErrors(placed: readonly PlacedRule[], rulesPath: FieldPath): Finding[] {
  const byDesign = [...placed].sort((a, b) => a.designIndex - b.designIndex);
  const perRule = byDesign.flatMap((r) => {
    const at: At = (field) => [...rulesPath, r.designIndex, field];
    return [...tagListErrors(r, at), ...criterionErrors(r, at)];
  });
  return [...perRule, ...anyRuleErrors(placed, rulesPath)];
}

/**
 * Warning phase: LP-R13 ([UNV]), deleting archived images before 90 days is probably refused, and
 * billed anyway.
 */
export function archiveRuleWarnings(
  placed: readonly PlacedRule[],
  rulesPath: FieldPath,
): Finding[] {
  return placed
    .filter(
      (r) => (r.rule.maxDaysSinceImageTransitioned ?? minimumArchiveDays) < minimumArchiveDays,
    )
    .sort((a, b) => a.designIndex - b.designIndex)
    .map((r) => ({
      severity: 'warning',
      origin: 'designer',
      code: FindingCode.archiveExpiredEarly,
      path: [...rulesPath, r.designIndex, 'maxDaysSinceImageTransitioned'],
      message: `Archived images are billed for at least ${minimumArchiveDays} days and ECR probably refuses to expire them sooner; use ${minimumArchiveDays} or more.`,
    }));
}
