/**
 * Each image's outcome in words: the rule, the rank or the age it measured (and which time:
 * push, pull, restore or archive), what protects or holds it, and the flags the reader needs.
 */
import { ageText } from './ageText';
import type { ImageOutcome, SimulatedRule, Verdicts } from './evaluatePolicy';
import { dayMs, type ImageTable, none, referenceOf, type TimeSource } from './imageTable';

export interface OutcomeContext {
  table: ImageTable;
  rules: readonly SimulatedRule[];
  verdicts: Verdicts;
  now: number;
  described: (rule: SimulatedRule) => string;
}

const isCount = (rule: SimulatedRule) => rule.selection.countType === 'imageCountMoreThan';

/** "pushed 41 days ago", "never pulled; pushed 3 days ago", "restored 2 days ago and not pulled since". */
function timeText(source: TimeSource, countType: string, age: number): string {
  const ago = `${ageText(age)} ago`;
  if (source === 'pull') return `last pulled ${ago}`;
  if (source === 'archive') return `archived ${ago}`;
  if (source === 'restore')
    return `restored ${ago}${countType === 'sinceImagePulled' ? ' and not pulled since' : ''}`;
  return countType === 'sinceImagePulled' ? `never pulled; pushed ${ago}` : `pushed ${ago}`;
}

/** "number 12 of the 40 newest images tagged v*" (by restore time when it was restored). */
function rankText(context: OutcomeContext, i: number, r: number, rank: number): string {
  const rule = context.rules[r]!;
  const total = context.verdicts.selectedCount[r]!;
  const restored = referenceOf(context.table, i, 'imageCountMoreThan').source === 'restore';
  return `number ${rank} of the ${total} newest ${context.described(rule)}${restored ? ' (by its restore time)' : ''}`;
}

/** ECR acts asynchronously within 24 h, so results within a day of an age threshold may differ. */
function borderline(context: OutcomeContext, i: number, rule: SimulatedRule) {
  const { countType, countNumber } = rule.selection;
  if (isCount(rule)) return { note: '', flag: {} };
  const age = context.now - referenceOf(context.table, i, countType).time;
  return Math.abs(age - countNumber * dayMs) <= dayMs
    ? {
        note: ' (borderline: within 24 h of the threshold; ECR acts within 24 h)',
        flag: { borderline: true as const },
      }
    : { note: '', flag: {} };
}

function tie(context: OutcomeContext, i: number, r: number) {
  if (context.verdicts.tiedAt[i] !== r) return { note: '', flag: {} };
  return {
    note: ` (tie: another image has the same time at rule ${context.rules[r]!.rulePriority}'s limit; ECR does not document which it keeps, the preview keeps the lower digest)`,
    flag: { tieBreak: true as const },
  };
}

/** Why rule r measured image i as it did: its rank, or its age against the limit. */
function measureText(
  context: OutcomeContext,
  i: number,
  r: number,
  measure: number,
  kept: boolean,
) {
  const rule = context.rules[r]!;
  const { countType, countNumber } = rule.selection;
  if (isCount(rule)) {
    const keeps = kept ? `rule ${rule.rulePriority} keeps` : 'the rule keeps';
    return `${rankText(context, i, r, measure)}; ${keeps} ${countNumber}`;
  }
  const { source } = referenceOf(context.table, i, countType);
  const limit = kept
    ? `rule ${rule.rulePriority} acts after ${ageText(countNumber * dayMs)}`
    : `limit ${ageText(countNumber * dayMs)}`;
  return `${timeText(source, countType, measure)}, ${limit}`;
}

function actedOutcome(context: OutcomeContext, i: number, r: number): ImageOutcome {
  const rule = context.rules[r]!;
  const action = rule.action.type === 'transition' ? 'transition' : 'expire';
  const edge = borderline(context, i, rule);
  const tied = tie(context, i, r);
  const why = measureText(context, i, r, context.verdicts.measure[i]!, false);
  return {
    digest: context.table.images[i]!.digest,
    action,
    rulePriority: rule.rulePriority,
    reason: `${action === 'transition' ? 'archived' : 'expired'} by rule ${rule.rulePriority}: ${why}${edge.note}${tied.note}`,
    ...edge.flag,
    ...tied.flag,
  };
}

function followedOutcome(context: OutcomeContext, i: number): ImageOutcome {
  const { table, verdicts, rules } = context;
  const rule = rules[verdicts.followRule[i]!]!;
  const action = rule.action.type === 'transition' ? 'transition' : 'expire';
  const subject = table.images[verdicts.follows[i]!]!.digest;
  const done = action === 'transition' ? 'archived' : 'expired';
  return {
    digest: table.images[i]!.digest,
    action,
    rulePriority: null,
    reason: `${done} with its subject ${subject} (rule ${rule.rulePriority}): ECR ${done === 'archived' ? 'archives' : 'expires'} a referrer within 24 hours of its subject`,
    followsSubject: subject,
  };
}

function keptOutcome(context: OutcomeContext, i: number): ImageOutcome {
  const { table, rules, verdicts } = context;
  const digest = table.images[i]!.digest;
  const keep = (reason: string, fields: Partial<ImageOutcome> = {}): ImageOutcome => ({
    digest,
    action: 'keep',
    rulePriority: null,
    reason,
    ...fields,
  });
  const heldBy = verdicts.heldBy[i]!;
  if (heldBy !== none) {
    const list = table.images[heldBy]!.digest;
    const goes = verdicts.actedBy[heldBy] !== none;
    return keep(
      goes
        ? `kept in this run: referenced by the manifest list ${list}, which this run removes; a later run can act on it`
        : `kept: referenced by the manifest list ${list}, which still exists`,
      { heldByManifestList: list },
    );
  }
  const first = verdicts.firstMatch[i]!;
  if (first === none)
    return keep(
      table.archived[i] ? 'kept: no rule selects archived images' : 'kept: no rule selects it',
    );
  const rule = rules[first]!;
  const blocked = verdicts.blocked[i]!;
  if (blocked !== none)
    return keep(
      `protected: its tags match rule ${rule.rulePriority}, so rule ${rules[blocked]!.rulePriority} cannot act on it`,
      { protectedBy: rule.rulePriority },
    );
  const edge = borderline(context, i, rule);
  const tied = tie(context, i, first);
  const why = measureText(context, i, first, verdicts.firstMeasure[i]!, true);
  return keep(`kept: ${why}${edge.note}${tied.note}`, {
    keptBy: rule.rulePriority,
    ...edge.flag,
    ...tied.flag,
  });
}

export function outcomeOf(i: number, context: OutcomeContext): ImageOutcome {
  if (context.verdicts.actedBy[i] !== none)
    return actedOutcome(context, i, context.verdicts.actedBy[i]!);
  if (context.verdicts.follows[i] !== none) return followedOutcome(context, i);
  return keptOutcome(context, i);
}
