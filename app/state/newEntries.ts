/** Defaults for what the person adds: new repositories, new rules and copies. */
import { effectiveTagStatus, type LifecycleRuleDesign } from '../../engine/index';
import type { RepositorySettings } from './designerState';

/** The first of `base`, `base2`, `base3`… that is not taken. */
export function uniqueName(base: string, taken: readonly string[], separator = ''): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${separator}${n}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/**
 * A new rule that is valid next to the existing ones: the classic "expire untagged images
 * after 14 days" first, then a catch-all, then a rule on every tagged image.
 */
export function newRule(existing: readonly LifecycleRuleDesign[]): LifecycleRuleDesign {
  const statuses = existing.map(effectiveTagStatus);
  if (!statuses.includes('UNTAGGED')) return { tagStatus: 'UNTAGGED', maxImageAgeDays: 14 };
  if (!statuses.includes('ANY')) return { maxImageCount: 100 };
  return { tagPatternList: ['*'], maxImageCount: 100 };
}

/** Where a new or copied rule goes in design order: never after the rule that selects any image. */
export function insertionIndex(
  existing: readonly LifecycleRuleDesign[],
  rule: LifecycleRuleDesign,
): number {
  if (effectiveTagStatus(rule) === 'ANY') return existing.length;
  const firstAny = existing.findIndex((r) => effectiveTagStatus(r) === 'ANY');
  return firstAny < 0 ? existing.length : firstAny;
}

/** A copy keeps its rules but gets a free construct id and physical name. */
export function copiedSettings(
  settings: RepositorySettings,
  takenIds: readonly string[],
  takenNames: readonly string[],
): RepositorySettings {
  const copy: RepositorySettings = { ...settings, id: uniqueName(`${settings.id}Copy`, takenIds) };
  if (settings.repositoryName) {
    copy.repositoryName = uniqueName(`${settings.repositoryName}-copy`, takenNames, '-');
  }
  return copy;
}

/** A copied rule drops its explicit priority: two rules with one priority fail at deploy time. */
export function copiedRule(rule: LifecycleRuleDesign): LifecycleRuleDesign {
  const { rulePriority: _dropped, ...copy } = rule;
  return copy;
}
