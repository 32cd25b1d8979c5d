/** Legal lifecycle rules that probably do not do what their author meant (users.md). */
import type { PlacedRule } from '../cdk/lifecycleRules';
import type { RepositoryDesign } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';

type Entry = { kind: 'prefix' | 'pattern'; value: string };

function warning(code: FindingCode, path: FieldPath, message: string): Finding {
  return { severity: 'warning', origin: 'designer', code, path, message };
}

function literalHead(pattern: string): string {
  return pattern.split('*')[0]!;
}

/** A tag that satisfies `inner` surely satisfies `outer` (both entries of a tag list). */
function entryImplies(inner: Entry, outer: Entry): boolean {
  const outerIsPrefixLike = outer.kind === 'prefix' || /^[^*]*\*$/.test(outer.value);
  const outerHead = outer.kind === 'prefix' ? outer.value : outer.value.slice(0, -1);
  if (inner.kind === outer.kind && inner.value === outer.value) return true;
  if (!outerIsPrefixLike) return false;
  const innerHead = inner.kind === 'prefix' ? inner.value : literalHead(inner.value);
  return innerHead.startsWith(outerHead);
}

function entries(rule: PlacedRule): Entry[] {
  if (rule.rule.tagPrefixList)
    return rule.rule.tagPrefixList.map((value) => ({ kind: 'prefix' as const, value }));
  return (rule.rule.tagPatternList ?? []).map((value) => ({ kind: 'pattern' as const, value }));
}

/** Every image `lower` selects is also selected by `higher`, so `lower` can never act. */
function isShadowedBy(
  lower: PlacedRule,
  higher: PlacedRule,
  entriesOf: (r: PlacedRule) => Entry[],
): boolean {
  // Storage classes are separate pools: a rule never sees the other class's images.
  if (storageClassOf(lower) !== storageClassOf(higher)) return false;
  if (higher.tagStatus === 'ANY') return true;
  if (lower.tagStatus !== higher.tagStatus) return false;
  if (higher.tagStatus === 'UNTAGGED') return true;
  const lowerEntries = entriesOf(lower);
  return entriesOf(higher).every((outer) =>
    lowerEntries.some((inner) => entryImplies(inner, outer)),
  );
}

const storageClassOf = (rule: PlacedRule) => rule.rule.storageClass ?? 'STANDARD';

function sameTagSet(a: PlacedRule, b: PlacedRule): boolean {
  if (storageClassOf(a) !== storageClassOf(b)) return false;
  const listA = a.rule.tagPrefixList ?? a.rule.tagPatternList;
  const listB = b.rule.tagPrefixList ?? b.rule.tagPatternList;
  if (
    !listA ||
    !listB ||
    (a.rule.tagPrefixList === undefined) !== (b.rule.tagPrefixList === undefined)
  )
    return false;
  const setA = new Set(listA);
  return setA.size === new Set(listB).size && listB.every((entry) => setA.has(entry));
}

/**
 * Warning phase: the placed lifecycle rules at `rulesPath` (a repository's or a creation
 * template's) that probably miss their aim.
 */
export function lifecycleRuleWarnings(
  placed: readonly PlacedRule[],
  rulesPath: FieldPath,
): Finding[] {
  const findings: Finding[] = [];
  const byPriority = [...placed].sort((a, b) => a.rulePriority - b.rulePriority);
  const entryLists = new Map(placed.map((r) => [r, entries(r)]));
  const entriesOf = (r: PlacedRule) => entryLists.get(r)!;
  for (const rule of placed) {
    const at = (field: string) => [...rulesPath, rule.designIndex, field];
    const list = rule.rule.tagPrefixList ? 'tagPrefixList' : 'tagPatternList';
    const values = rule.rule[list] ?? [];
    if (values.length > 1) {
      findings.push(
        warning(
          FindingCode.tagListAnd,
          at(list),
          `Several entries mean AND: an image is selected only when every entry (${values.join(', ')}) matches one of its tags. Use one rule per entry for OR.`,
        ),
      );
    }
    if (rule.rule.tagPrefixList?.some((prefix) => prefix.includes('*'))) {
      findings.push(
        warning(
          FindingCode.prefixWithStar,
          at('tagPrefixList'),
          'A prefix containing * is matched literally; use tagPatternList for wildcards.',
        ),
      );
    }
    if (values.includes(''))
      findings.push(
        warning(FindingCode.emptyTagEntry, at(list), 'An empty entry matches every tagged image.'),
      );
    const rank = byPriority.indexOf(rule);
    const higher = byPriority.slice(0, rank).filter((h) => h.rulePriority < rule.rulePriority);
    const shadow = higher.find((h) => isShadowedBy(rule, h, entriesOf));
    if (shadow) {
      findings.push(
        warning(
          FindingCode.ruleShadowed,
          at('tagStatus'),
          `This rule can never act: every image it selects is already selected by the rule with priority ${shadow.rulePriority}, which ECR evaluates first.`,
        ),
      );
    } else {
      const twin = higher.find((h) => sameTagSet(h, rule));
      if (twin)
        findings.push(
          warning(
            FindingCode.sameTagSet,
            at(list),
            `Rule with priority ${twin.rulePriority} has the same tag set; AWS may reject duplicate tag sets.`,
          ),
        );
    }
  }
  return findings;
}

/**
 * Warning phase: the rules of one repository that probably miss their aim, and its removal policy.
 */
export function lifecycleWarnings(
  repo: RepositoryDesign,
  placed: readonly PlacedRule[],
  repoPath: FieldPath,
): Finding[] {
  const findings = lifecycleRuleWarnings(placed, [...repoPath, 'lifecycleRules']);
  if (repo.removalPolicy === 'DESTROY' && !repo.emptyOnDelete) {
    findings.push(
      warning(
        FindingCode.destroyWithoutEmptyOnDelete,
        [...repoPath, 'removalPolicy'],
        'With DESTROY but without emptyOnDelete, deleting the stack fails while the repository still holds images.',
      ),
    );
  }
  return findings;
}
