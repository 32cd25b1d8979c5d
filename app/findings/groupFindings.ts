/** Sorts the engine's findings by the place in the UI that shows them. */
import { type FieldPath, type Finding, pathStartsWith, samePath } from '../../engine/index';

export interface FieldFindings {
  /** Findings about the whole section, card or list. */
  own: Finding[];
  byField: Map<string, Finding[]>;
}

export interface RepositoryFindings extends FieldFindings {
  rulesSection: Finding[];
  rules: Map<number, FieldFindings>;
}

export interface GroupedFindings {
  /** Findings on the design as a whole (the file, its version). */
  design: Finding[];
  stackName: Finding[];
  repositoriesSection: Finding[];
  repositories: Map<number, RepositoryFindings>;
}

function push<K>(map: Map<K, Finding[]>, key: K, finding: Finding): void {
  const list = map.get(key);
  if (list) list.push(finding);
  else map.set(key, [finding]);
}

/** `rest` is the finding's path below the group: its first key names the field. */
function addToFields(group: FieldFindings, rest: FieldPath, finding: Finding): void {
  const field = rest[0];
  if (typeof field === 'string' && field !== '') push(group.byField, field, finding);
  else group.own.push(finding);
}

function repositoryGroup(grouped: GroupedFindings, index: number): RepositoryFindings {
  let group = grouped.repositories.get(index);
  if (!group) {
    group = { own: [], byField: new Map(), rulesSection: [], rules: new Map() };
    grouped.repositories.set(index, group);
  }
  return group;
}

function addToRepository(group: RepositoryFindings, rest: FieldPath, finding: Finding): void {
  const [field, index] = rest;
  if (field !== 'lifecycleRules' || (rest.length > 1 && typeof index !== 'number')) {
    addToFields(group, rest, finding);
    return;
  }
  if (typeof index !== 'number') {
    group.rulesSection.push(finding);
    return;
  }
  let ruleGroup = group.rules.get(index);
  if (!ruleGroup) {
    ruleGroup = { own: [], byField: new Map() };
    group.rules.set(index, ruleGroup);
  }
  addToFields(ruleGroup, rest.slice(2), finding);
}

/** The findings under `prefix` (e.g. a creation template's path) grouped as a repository's are. */
export function ruleOwnerFindings(
  findings: readonly Finding[],
  prefix: FieldPath,
): RepositoryFindings {
  const group: RepositoryFindings = {
    own: [],
    byField: new Map(),
    rulesSection: [],
    rules: new Map(),
  };
  for (const finding of findings)
    if (pathStartsWith(finding.path, prefix))
      addToRepository(group, finding.path.slice(prefix.length), finding);
  return group;
}

export function groupFindings(findings: readonly Finding[]): GroupedFindings {
  const grouped: GroupedFindings = {
    design: [],
    stackName: [],
    repositoriesSection: [],
    repositories: new Map(),
  };
  for (const finding of findings) {
    const [head, index] = finding.path;
    const alone = finding.path.length === 1;
    if (head === 'repositories' && typeof index === 'number')
      addToRepository(repositoryGroup(grouped, index), finding.path.slice(2), finding);
    else if (head === 'stackName' && alone) grouped.stackName.push(finding);
    else if (head === 'repositories' && alone) grouped.repositoriesSection.push(finding);
    else grouped.design.push(finding);
  }
  return grouped;
}

function keepList(previous: Finding[] | undefined, next: Finding[]): Finding[] {
  return previous && sameFindings(previous, next) ? previous : next;
}

/** `next` with each entry that shows the same as `previous`'s taken from it; `previous` itself when all are. */
function keepMap<K, V>(
  previous: Map<K, V> | undefined,
  next: Map<K, V>,
  keep: (previous: V | undefined, next: V) => V,
): Map<K, V> {
  const kept = new Map([...next].map(([key, value]) => [key, keep(previous?.get(key), value)]));
  const same =
    previous !== undefined &&
    previous.size === kept.size &&
    [...kept].every(([key, value]) => previous.get(key) === value);
  return same ? previous : kept;
}

function keepFieldGroup(previous: FieldFindings | undefined, next: FieldFindings): FieldFindings {
  const own = keepList(previous?.own, next.own);
  const byField = keepMap(previous?.byField, next.byField, keepList);
  return previous && own === previous.own && byField === previous.byField
    ? previous
    : { own, byField };
}

function keepRepositoryGroup(
  previous: RepositoryFindings | undefined,
  next: RepositoryFindings,
): RepositoryFindings {
  const { own, byField } = keepFieldGroup(previous, next);
  const rulesSection = keepList(previous?.rulesSection, next.rulesSection);
  const rules = keepMap(previous?.rules, next.rules, keepFieldGroup);
  const same =
    previous &&
    own === previous.own &&
    byField === previous.byField &&
    rulesSection === previous.rulesSection &&
    rules === previous.rules;
  return same ? previous : { own, byField, rulesSection, rules };
}

/**
 * `next`, with every group and list that shows the same findings as in `previous` taken from
 * `previous`: a keystroke then re-renders (and re-validates) only the forms whose findings it
 * changed, and memoized views compare findings by identity.
 */
export function keepUnchanged(
  previous: GroupedFindings | undefined,
  next: GroupedFindings,
): GroupedFindings {
  const kept = {
    design: keepList(previous?.design, next.design),
    stackName: keepList(previous?.stackName, next.stackName),
    repositoriesSection: keepList(previous?.repositoriesSection, next.repositoriesSection),
    repositories: keepMap(previous?.repositories, next.repositories, keepRepositoryGroup),
  };
  const same =
    previous &&
    (Object.keys(kept) as (keyof GroupedFindings)[]).every((k) => kept[k] === previous[k]);
  return same ? previous : kept;
}

/** Findings at fields a form does not show move up to the section, so none is ever hidden. */
export function withUnshownFields(
  group: FieldFindings | undefined,
  shown: readonly string[],
): Finding[] {
  if (!group) return [];
  const unshown = [...group.byField]
    .filter(([field]) => !shown.includes(field))
    .flatMap(([, f]) => f);
  return [...group.own, ...unshown];
}

export const noFindings: Finding[] = [];

/** The group's findings in one list: its own, then each field's. */
export function allFieldFindings(group: FieldFindings | undefined): Finding[] {
  return group ? [...group.own, ...[...group.byField.values()].flat()] : noFindings;
}

export function countBySeverity(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, 'deploy-error': 0, warning: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every(
        (f, i) =>
          f.message === b[i]!.message &&
          f.severity === b[i]!.severity &&
          f.code === b[i]!.code &&
          f.origin === b[i]!.origin &&
          samePath(f.path, b[i]!.path),
      ))
  );
}
