/**
 * Images in use that a run would expire or archive ("at risk"), an error on each rule that hits
 * them, and the design change that protects them: ECR has no keep action, so the idiom is a
 * highest-priority rule whose tags match the images with a count no repository reaches
 * (users.md #1). Its tags protect them from every lower rule (ecr-lifecycle-spec.md §1.4.1 fact 3).
 */
import { analyzeDesign } from '../analyzeDesign';
import type { Design, LifecycleRuleDesign } from '../design/designSchema';
import { lifecycleRuleCardOrder, reorderLifecycleRules } from '../edit/reorderLifecycleRules';
import { type Finding, FindingCode } from '../findings';
import { countOf } from '../text/countOf';
import type { ImageOutcome } from './evaluatePolicy';
import type { SampleImage } from './sampleImages';
import { simulate } from './simulate';
import { globMatcher } from './tagMatching';

export interface AtRiskImage {
  digest: string;
  tags: string[];
  action: 'expire' | 'transition';
  rulePriority: number | null;
  inUse: string[];
}

/** The images in use (`usedBy`: digest → where) that the outcomes expire or archive. */
export function atRiskImages(
  images: readonly SampleImage[],
  outcomes: readonly ImageOutcome[],
  usedBy: ReadonlyMap<string, readonly string[]>,
): AtRiskImage[] {
  return outcomes.flatMap((outcome, i) => {
    const where = usedBy.get(outcome.digest);
    if (!where || outcome.action === 'keep') return [];
    const { action, rulePriority, digest } = outcome;
    return [{ digest, tags: [...images[i]!.tags], action, rulePriority, inUse: [...where] }];
  });
}

const shortDigest = (digest: string) => digest.replace(/^(sha256:.{12}).*$/, '$1…');
const named = (image: AtRiskImage) =>
  `${image.tags.length > 0 ? image.tags.join(', ') : shortDigest(image.digest)} (${image.inUse.join(', ')})`;

/**
 * An error on each rule of the repository that expires or archives images in use, with where
 * they run. An image that goes with its subject is reported on its subject's rule.
 */
export function inUseFindings(
  design: Design,
  repositoryIndex: number,
  atRisk: readonly AtRiskImage[],
): Finding[] {
  const repository = analyzeDesign(design).repositories[repositoryIndex];
  if (!repository) return [];
  const byRule = new Map<number | null, AtRiskImage[]>();
  for (const image of atRisk)
    byRule.set(image.rulePriority, [...(byRule.get(image.rulePriority) ?? []), image]);
  return [...byRule].map(([priority, list]) => {
    const placed = repository.placed?.find((r) => r.rulePriority === priority);
    const verb = list.every((i) => i.action === 'transition') ? 'archives' : 'expires';
    return {
      severity: 'error',
      origin: 'designer',
      code: FindingCode.inUseImageAtRisk,
      path: placed ? [...repository.path, 'lifecycleRules', placed.designIndex] : repository.path,
      message: `${verb} ${countOf(list.length, 'image')} in use: ${list.map(named).join('; ')}`,
    };
  });
}

/** The protection of at-risk images as a design change, checked by simulating it. */
export interface ProtectionSuggestion {
  /** The keep rules added, highest priority first; empty when none would help. */
  rules: LifecycleRuleDesign[];
  /** The repository's lifecycleRules with the keep rules first, renumbered as CDK needs. */
  lifecycleRules?: LifecycleRuleDesign[];
  repositoryIndex: number;
  /** At-risk images the change does not protect, and why. */
  unprotected: { digest: string; reason: string }[];
}

const keepCount = 9999;

/** `v1.4.0` → `v`, `main-4f2a9c1` → `main-`: the tag's family, when it has one. */
function tagFamily(tag: string): string | undefined {
  const stem = /^[A-Za-z]+[-_.]?/.exec(tag)?.[0];
  return stem !== undefined && stem.length < tag.length ? stem : undefined;
}

interface Candidate {
  rule: LifecycleRuleDesign;
  matches: (tags: readonly string[]) => boolean;
}

function candidatesOf(images: readonly AtRiskImage[]): Candidate[] {
  const families = new Set(images.flatMap((i) => i.tags.flatMap((t) => tagFamily(t) ?? [])));
  const tags = new Set(images.flatMap((i) => i.tags));
  const keep = (what: string) => ({
    description: `keep ${what}: in use`,
    maxImageCount: keepCount,
  });
  return [
    ...[...tags].map((tag) => {
      const matches = globMatcher(tag);
      return {
        rule: { ...keep(tag), tagPatternList: [tag] },
        matches: (t: readonly string[]) => t.some(matches),
      };
    }),
    ...[...families].map((prefix) => ({
      rule: { ...keep(`${prefix}*`), tagPrefixList: [prefix] },
      matches: (t: readonly string[]) => t.some((tag) => tag.startsWith(prefix)),
    })),
  ];
}

/**
 * Greedy: the rule that covers the most uncovered images without newly keeping an image the
 * policy acts on that is not in use. A tag family (`v*`, the keep-rule idiom) is chosen only when
 * it covers more images than one exact tag, since it also keeps the family's future images.
 */
function chooseRules(
  atRisk: readonly AtRiskImage[],
  images: readonly SampleImage[],
  outcomes: readonly ImageOutcome[],
): LifecycleRuleDesign[] {
  const risky = new Set(atRisk.map((i) => i.digest));
  const bystanders = images.filter(
    (image, i) =>
      outcomes[i]!.action !== 'keep' &&
      !risky.has(image.digest) &&
      image.storageClass !== 'archive',
  );
  const candidates = candidatesOf(atRisk).filter((c) => !bystanders.some((b) => c.matches(b.tags)));
  let uncovered = [...atRisk];
  const chosen: LifecycleRuleDesign[] = [];
  while (uncovered.length > 0) {
    let best: Candidate | undefined;
    let bestCount = 0;
    for (const candidate of candidates) {
      const count = uncovered.filter((i) => candidate.matches(i.tags)).length;
      if (count > bestCount) [best, bestCount] = [candidate, count];
    }
    if (!best) break;
    chosen.push(best.rule);
    uncovered = uncovered.filter((i) => !best.matches(i.tags));
  }
  return chosen;
}

/** The rules with `added` first in ECR's order, priorities rewritten as the cards would. */
function placeFirst(
  rules: readonly LifecycleRuleDesign[],
  added: readonly LifecycleRuleDesign[],
): LifecycleRuleDesign[] {
  let current = [...rules];
  for (const rule of [...added].reverse()) {
    current = [...current, rule];
    const from = lifecycleRuleCardOrder(current).indexOf(current.length - 1);
    current = reorderLifecycleRules(current, { from, to: 0 }).rules;
  }
  return current;
}

/** The design with a suggestion applied: the repository's lifecycleRules replaced. */
export function applyProtection(design: Design, suggestion: ProtectionSuggestion): Design {
  if (!suggestion.lifecycleRules) return design;
  const repositories = design.repositories.map((r, i) =>
    i === suggestion.repositoryIndex ? { ...r, lifecycleRules: suggestion.lifecycleRules } : r,
  );
  return { ...design, repositories };
}

function unprotectable(image: AtRiskImage, images: readonly SampleImage[]): string | undefined {
  if (images.find((i) => i.digest === image.digest)?.storageClass === 'archive')
    return 'in the archive: a keep rule of standard images does not see it, and an archived image cannot be pulled until restored';
  if (image.tags.length === 0)
    return 'untagged: rules protect images by tag; tag it (aws ecr put-image) to protect it';
  return undefined;
}

/**
 * The design change that protects the at-risk images of the repository at `repositoryIndex`:
 * keep rules placed first, each tag list matching some of them and no image the policy acts on
 * that is not in use. The change is simulated over the same images at `now`; an image it leaves
 * at risk, or that no rule can protect, is listed with the reason.
 */
export function suggestProtection(
  design: Design,
  repositoryIndex: number,
  input: {
    images: SampleImage[];
    outcomes: readonly ImageOutcome[];
    atRisk: readonly AtRiskImage[];
    now: number;
  },
): ProtectionSuggestion {
  const { images, outcomes, atRisk, now } = input;
  const unprotected: ProtectionSuggestion['unprotected'] = [];
  const protectable = atRisk.filter((image) => {
    const reason = unprotectable(image, images);
    if (reason) unprotected.push({ digest: image.digest, reason });
    return !reason;
  });
  const rules = chooseRules(protectable, images, outcomes);
  const repository = design.repositories[repositoryIndex];
  if (!repository || rules.length === 0) {
    for (const image of protectable)
      unprotected.push({
        digest: image.digest,
        reason: 'no tag list matches it without keeping images the policy acts on',
      });
    return { rules: [], repositoryIndex, unprotected };
  }
  const suggestion: ProtectionSuggestion = {
    rules,
    lifecycleRules: placeFirst(repository.lifecycleRules ?? [], rules),
    repositoryIndex,
    unprotected,
  };
  const changed = applyProtection(design, suggestion);
  const check = simulate(changed, repository.id, images, now);
  if (!check.ok)
    return {
      rules: [],
      repositoryIndex,
      unprotected: [
        ...unprotected,
        ...protectable.map((i) => ({
          digest: i.digest,
          reason: `the keep rules would make the policy invalid: ${check.findings[0]?.message ?? check.message}`,
        })),
      ],
    };
  const still = new Set(check.outcomes.filter((o) => o.action !== 'keep').map((o) => o.digest));
  for (const image of protectable)
    if (still.has(image.digest))
      unprotected.push({ digest: image.digest, reason: 'the keep rules do not protect it' });
  return suggestion;
}
