/**
 * Each image's outcome in words: the rule, the rank or the age it measured (and which time:
 * push, pull, restore or archive), what protects or holds it, and the flags the reader needs.
 * Every outcome carries its reason: the parts that do not depend on the image are written once
 * per rule, and a reason that repeats (ages in days and hours do) is kept once.
 */
import { ageKey, ageText } from './ageText';
import type { ImageAction, ImageOutcome, SimulatedRule, Verdicts } from './evaluationTypes';
import { dayMs, type ImageTable, none, timeKindOf, timeSources } from './imageTable';

export interface OutcomeContext {
  table: ImageTable;
  /** By rulePriority, as the verdicts index them. */
  rules: readonly SimulatedRule[];
  verdicts: Verdicts;
  now: number;
  describeRule: (rule: SimulatedRule) => string;
}

/** What a rule does to the images it acts on (and to the referrers that follow them). */
export const actionOf = (rule: SimulatedRule): Exclude<ImageAction, 'keep'> =>
  rule.action.type === 'transition' ? 'transition' : 'expire';

/** What the reasons say of one rule, whatever the image. */
interface RuleWords {
  priority: number;
  counting: boolean;
  pulls: boolean;
  times: Float64Array;
  sources: Uint8Array;
  countNumber: number;
  limit: number;
  /** The selection in words (describeRule), asked for when a reason first needs it. */
  described: string | undefined;
  /** "limit 30 days" and "rule 3 acts after 30 days" (age rules). */
  limitText: string;
  actsAfterText: string;
  tieNote: string;
  /** "expired by rule 3: " or "archived by rule 3: ". */
  actedLead: string;
  /**
   * The reasons of this age rule by variant (kept, borderline, tie, time source) and ageKey:
   * the outcomes outlive the run and the collector copies what lives, so 100,000 images whose
   * ages read alike keep one string per distinct reason, not one each.
   */
  ageReasons: Map<number, string>[];
  /** "protected: …", by the index of the rule it blocks. */
  protections: Map<number, string>;
}

const borderlineNote = ' (borderline: within 24 h of the threshold; ECR acts within 24 h)';

function wordsOf(rule: SimulatedRule, table: ImageTable): RuleWords {
  const { countType, countNumber } = rule.selection;
  const counting = countType === 'imageCountMoreThan';
  const kind = timeKindOf(countType);
  const limit = countNumber * dayMs;
  const limitAge = counting ? '' : ageText(limit);
  return {
    priority: rule.rulePriority,
    counting,
    pulls: countType === 'sinceImagePulled',
    times: table.times[kind]!,
    sources: table.sources[kind]!,
    countNumber,
    limit,
    described: undefined,
    limitText: `limit ${limitAge}`,
    actsAfterText: `rule ${rule.rulePriority} acts after ${limitAge}`,
    tieNote: ` (tie: another image has the same time at rule ${rule.rulePriority}'s limit; ECR does not document which it keeps, the preview keeps the lower digest)`,
    actedLead: `${actionOf(rule) === 'transition' ? 'archived' : 'expired'} by rule ${rule.rulePriority}: `,
    ageReasons: [],
    protections: new Map(),
  };
}

interface Words extends OutcomeContext {
  words: RuleWords[];
  countSources: Uint8Array;
}

/** "pushed 41 days ago", "never pulled; pushed 3 days ago", "restored 2 days ago and not pulled since". */
function timeText(words: RuleWords, i: number, age: string): string {
  const ago = `${age} ago`;
  const source = timeSources[words.sources[i]!];
  if (source === 'pull') return `last pulled ${ago}`;
  if (source === 'archive') return `archived ${ago}`;
  if (source === 'restore') return `restored ${ago}${words.pulls ? ' and not pulled since' : ''}`;
  return words.pulls ? `never pulled; pushed ${ago}` : `pushed ${ago}`;
}

/** "number 12 of the 40 newest images tagged v*" (by restore time when it was restored). */
function rankText(context: Words, i: number, r: number, rank: number): string {
  const words = context.words[r]!;
  words.described ??= context.describeRule(context.rules[r]!);
  const total = context.verdicts.selectedCount[r]!;
  const restored = timeSources[context.countSources[i]!] === 'restore';
  return `number ${rank} of the ${total} newest ${words.described}${restored ? ' (by its restore time)' : ''}`;
}

/** ECR acts asynchronously within 24 h, so results within a day of an age threshold may differ. */
function isBorderline(context: Words, i: number, r: number): boolean {
  const words = context.words[r]!;
  if (words.counting) return false;
  return Math.abs(context.now - words.times[i]! - words.limit) <= dayMs;
}

/**
 * Why rule r acted on image i (or kept it, the first rule selecting it): its rank, or its age
 * against the limit; with the notes for the flags.
 */
function measuredReason(
  context: Words,
  i: number,
  r: number,
  kept: boolean,
  edge: boolean,
  tied: boolean,
): string {
  const words = context.words[r]!;
  const measure = kept ? context.verdicts.firstMeasure[i]! : context.verdicts.measure[i]!;
  const lead = kept ? 'kept: ' : words.actedLead;
  const notes = `${edge ? borderlineNote : ''}${tied ? words.tieNote : ''}`;
  if (words.counting) {
    const keeps = kept ? `rule ${words.priority} keeps` : 'the rule keeps';
    return `${lead}${rankText(context, i, r, measure)}; ${keeps} ${words.countNumber}${notes}`;
  }
  const variant = (kept ? 16 : 0) + (edge ? 8 : 0) + (tied ? 4 : 0) + words.sources[i]!;
  let known = words.ageReasons[variant];
  if (!known) {
    known = new Map();
    words.ageReasons[variant] = known;
  }
  const key = ageKey(measure);
  const shared = known.get(key);
  if (shared !== undefined) return shared;
  const limit = kept ? words.actsAfterText : words.limitText;
  const reason = `${lead}${timeText(words, i, ageText(measure))}, ${limit}${notes}`;
  known.set(key, reason);
  return reason;
}

// Each outcome is one object literal, its optional fields in the order readers have seen them.

function actedOutcome(context: Words, i: number, r: number): ImageOutcome {
  const edge = isBorderline(context, i, r);
  const tied = context.verdicts.tiedAt[i] === r;
  const outcome: ImageOutcome = {
    digest: context.table.images[i]!.digest,
    action: actionOf(context.rules[r]!),
    rulePriority: context.words[r]!.priority,
    reason: measuredReason(context, i, r, false, edge, tied),
  };
  if (edge) outcome.borderline = true;
  if (tied) outcome.tieBreak = true;
  return outcome;
}

function followedOutcome(context: Words, i: number): ImageOutcome {
  const { table, verdicts, rules } = context;
  const rule = rules[verdicts.followRule[i]!]!;
  const action = actionOf(rule);
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

function keptOutcome(context: Words, i: number): ImageOutcome {
  const { table, verdicts } = context;
  const digest = table.images[i]!.digest;
  const heldBy = verdicts.heldBy[i]!;
  if (heldBy !== none) {
    const list = table.images[heldBy]!.digest;
    const goes = verdicts.actedBy[heldBy] !== none;
    return {
      digest,
      action: 'keep',
      rulePriority: null,
      reason: goes
        ? `kept in this run: referenced by the manifest list ${list}, which this run removes; a later run can act on it`
        : `kept: referenced by the manifest list ${list}, which still exists`,
      heldByManifestList: list,
    };
  }
  const first = verdicts.firstMatch[i]!;
  if (first === none) {
    const reason = table.archived[i]
      ? 'kept: no rule selects archived images'
      : 'kept: no rule selects it';
    return { digest, action: 'keep', rulePriority: null, reason };
  }
  const words = context.words[first]!;
  const blocked = verdicts.blocked[i]!;
  if (blocked !== none) {
    let reason = words.protections.get(blocked);
    if (reason === undefined) {
      reason = `protected: its tags match rule ${words.priority}, so rule ${context.words[blocked]!.priority} cannot act on it`;
      words.protections.set(blocked, reason);
    }
    return { digest, action: 'keep', rulePriority: null, reason, protectedBy: words.priority };
  }
  const edge = isBorderline(context, i, first);
  const tied = verdicts.tiedAt[i] === first;
  const outcome: ImageOutcome = {
    digest,
    action: 'keep',
    rulePriority: null,
    reason: measuredReason(context, i, first, true, edge, tied),
    keptBy: words.priority,
  };
  if (edge) outcome.borderline = true;
  if (tied) outcome.tieBreak = true;
  return outcome;
}

/** The outcome of every image of the table, in its order. */
export function outcomesOf(context: OutcomeContext): ImageOutcome[] {
  // One literal shape, not a spread: see factsOf in assumptions.ts.
  const words: Words = {
    table: context.table,
    rules: context.rules,
    verdicts: context.verdicts,
    now: context.now,
    describeRule: context.describeRule,
    words: context.rules.map((rule) => wordsOf(rule, context.table)),
    countSources: context.table.sources[timeKindOf('imageCountMoreThan')]!,
  };
  const { actedBy, follows } = context.verdicts;
  return context.table.images.map((_, i) => {
    if (actedBy[i] !== none) return actedOutcome(words, i, actedBy[i]!);
    if (follows[i] !== none) return followedOutcome(words, i);
    return keptOutcome(words, i);
  });
}
