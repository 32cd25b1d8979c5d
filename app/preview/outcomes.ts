/**
 * The preview's reading of the simulator's outcomes: which of four kinds an outcome is, whether
 * it is borderline, and the rows, filters and tallies of its image table.
 */
import type { FirstAction, ImageOutcome, PreviousOutcome, SampleImage } from '../../engine/index';

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

export interface PreviewRow {
  image: SampleImage;
  outcome: ImageOutcome;
  kind: OutcomeKind;
  borderline: boolean;
  /** Where the image runs, when images in use were given and it is one of them. */
  inUse?: readonly string[];
  /** What the policy in force does to it, when that differs. */
  previous?: PreviousOutcome;
  /** The first daily run of the timeline that acts on it. */
  firstAction?: FirstAction;
}

/** What the worker said beside the outcomes, by image index. */
export interface RowExtras {
  usedBy?: ReadonlyMap<string, readonly string[]>;
  previous?: readonly (PreviousOutcome | undefined)[];
  firstActions?: readonly (FirstAction | undefined)[];
}

const byTimeThenDigest = (a: PreviewRow, b: PreviewRow) =>
  a.image.pushedAt < b.image.pushedAt
    ? 1
    : a.image.pushedAt > b.image.pushedAt
      ? -1
      : a.image.digest < b.image.digest
        ? -1
        : a.image.digest > b.image.digest
          ? 1
          : 0;

/** Rows newest first, as a repository listing shows them; `outcomes[i]` answers `images[i]`. */
export function rowsOf(
  images: readonly SampleImage[],
  outcomes: readonly ImageOutcome[],
  extras: RowExtras = {},
): PreviewRow[] {
  const rows = outcomes.map((outcome, i): PreviewRow => {
    const row: PreviewRow = {
      image: images[i]!,
      outcome,
      kind: kindOf(outcome),
      borderline: outcome.borderline === true,
    };
    const inUse = extras.usedBy?.get(outcome.digest);
    if (inUse) row.inUse = inUse;
    const previous = extras.previous?.[i];
    if (previous) row.previous = previous;
    const first = extras.firstActions?.[i];
    if (first) row.firstAction = first;
    return row;
  });
  return rows.sort(byTimeThenDigest);
}

/** An image in use that this run expires or archives. */
export const atRisk = (row: PreviewRow) => row.inUse !== undefined && row.outcome.action !== 'keep';

/** "kept", "expired by rule 2": what the policy in force does to an image. */
export function describePrevious(previous: PreviousOutcome): string {
  const verb = { expire: 'expired', transition: 'archived', keep: 'kept' }[previous.action];
  return previous.rulePriority === null ? verb : `${verb} by rule ${previous.rulePriority}`;
}

/** Against the policy in force: what changes for an image. */
export type Change = 'newly-expired' | 'newly-archived' | 'newly-kept' | 'unchanged';

export function changeOf(row: PreviewRow): Change {
  if (!row.previous) return 'unchanged';
  if (row.outcome.action === 'expire') return 'newly-expired';
  if (row.outcome.action === 'transition') return 'newly-archived';
  return 'newly-kept';
}

export interface RowFilter {
  kinds: ReadonlySet<OutcomeKind>;
  tagText: string;
  borderlineOnly: boolean;
  /** Only images in use (at risk first in the summary). */
  inUseOnly?: boolean;
  /** Only images whose action changes in this way against the policy in force. */
  change?: Change | 'changed';
}

/** Tag text: a substring of some tag, or "untagged" for images without tags. */
export function filterRows(rows: readonly PreviewRow[], filter: RowFilter): PreviewRow[] {
  const text = filter.tagText.trim();
  return rows.filter(
    (row) =>
      filter.kinds.has(row.kind) &&
      (!filter.borderlineOnly || row.borderline) &&
      (!filter.inUseOnly || row.inUse !== undefined) &&
      (filter.change === undefined ||
        (filter.change === 'changed'
          ? row.previous !== undefined
          : changeOf(row) === filter.change)) &&
      (text === '' ||
        (text === 'untagged'
          ? row.image.tags.length === 0
          : row.image.tags.some((tag) => tag.includes(text)))),
  );
}

export function tally(rows: readonly PreviewRow[]): Record<OutcomeKind, number> & {
  borderline: number;
  ties: number;
  inUse: number;
} {
  const totals = { expire: 0, archive: 0, protected: 0, keep: 0, borderline: 0, ties: 0, inUse: 0 };
  for (const row of rows) {
    totals[row.kind]++;
    if (row.borderline) totals.borderline++;
    if (row.outcome.tieBreak) totals.ties++;
    if (row.inUse) totals.inUse++;
  }
  return totals;
}
