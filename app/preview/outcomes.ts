/**
 * The preview's reading of the simulator's outcomes: which of four kinds an outcome is, whether
 * it is borderline, and how many images each rule expires, archives, keeps or protects.
 */
import type { ImageOutcome, RuleOutcomeCount, SampleImage } from '../../engine/index';

/** Expire, archive (transition), protected (by a higher rule or a manifest list), keep. */
export type OutcomeKind = 'expire' | 'archive' | 'protected' | 'keep';

export const outcomeKinds: readonly OutcomeKind[] = ['expire', 'archive', 'protected', 'keep'];

export const outcomeLabels: Record<OutcomeKind, string> = {
  expire: 'Expires',
  archive: 'Archives',
  protected: 'Protected',
  keep: 'Kept',
};

export function kindOf(outcome: ImageOutcome): OutcomeKind {
  if (outcome.action === 'expire') return 'expire';
  if (outcome.action === 'transition') return 'archive';
  return outcome.protectedBy !== undefined || outcome.heldByManifestList !== undefined
    ? 'protected'
    : 'keep';
}

export type RuleCounts = Omit<RuleOutcomeCount, 'rulePriority'>;

const emptyCounts = (): RuleCounts => ({ expires: 0, archives: 0, keeps: 0, protects: 0 });

/** The engine's ruleOutcomeCounts by rule priority, for the rule cards. */
export function countByRule(engineCounts: readonly RuleOutcomeCount[]): Map<number, RuleCounts> {
  return new Map(engineCounts.map(({ rulePriority, ...counts }) => [rulePriority, counts]));
}

/** "expires 37 · keeps 20 · protects 12 · archives 5" (zero counts left out, expires always shown). */
export function describeCounts(counts: RuleCounts | undefined): string {
  const c = counts ?? emptyCounts();
  const parts = [`expires ${c.expires}`];
  if (c.archives > 0) parts.push(`archives ${c.archives}`);
  if (c.keeps > 0) parts.push(`keeps ${c.keeps}`);
  if (c.protects > 0) parts.push(`protects ${c.protects}`);
  return parts.join(' · ');
}

export interface PreviewRow {
  image: SampleImage;
  outcome: ImageOutcome;
  kind: OutcomeKind;
  borderline: boolean;
}

/** Rows newest first, as a repository listing shows them. */
export function rowsOf(
  images: readonly SampleImage[],
  outcomes: readonly ImageOutcome[],
): PreviewRow[] {
  const byDigest = new Map(outcomes.map((o) => [o.digest, o]));
  const rows: PreviewRow[] = [];
  for (const image of images) {
    const outcome = byDigest.get(image.digest);
    if (outcome)
      rows.push({ image, outcome, kind: kindOf(outcome), borderline: outcome.borderline === true });
  }
  return rows.sort(
    (a, b) =>
      b.image.pushedAt.localeCompare(a.image.pushedAt) ||
      a.image.digest.localeCompare(b.image.digest),
  );
}

export interface RowFilter {
  kinds: ReadonlySet<OutcomeKind>;
  tagText: string;
  borderlineOnly: boolean;
}

/** Tag text: a substring of some tag, or "untagged" for images without tags. */
export function filterRows(rows: readonly PreviewRow[], filter: RowFilter): PreviewRow[] {
  const text = filter.tagText.trim();
  return rows.filter(
    (row) =>
      filter.kinds.has(row.kind) &&
      (!filter.borderlineOnly || row.borderline) &&
      (text === '' ||
        (text === 'untagged'
          ? row.image.tags.length === 0
          : row.image.tags.some((tag) => tag.includes(text)))),
  );
}

export function tally(rows: readonly PreviewRow[]): Record<OutcomeKind, number> & {
  borderline: number;
  ties: number;
} {
  const totals = { expire: 0, archive: 0, protected: 0, keep: 0, borderline: 0, ties: 0 };
  for (const row of rows) {
    totals[row.kind]++;
    if (row.borderline) totals.borderline++;
    if (row.outcome.tieBreak) totals.ties++;
  }
  return totals;
}
