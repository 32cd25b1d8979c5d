/**
 * IAM policy documents as aws-cdk-lib 2.276.0 resolves them with the recommended flag
 * `@aws-cdk/aws-iam:minimizePolicies`: statements merged (aws-iam/lib/private/merge-statements.js),
 * then de-duplicated and sorted (postprocess-policy-document.js).
 */
import type { Json } from '../cdk/intrinsics';
import { resolvedLikeCdk } from '../cdk/resolvedKeys';
import type { FieldPath } from '../fieldPath';

/** A principal as a statement holds it: its policy fragment and how CDK compares it. */
export interface StatementPrincipal {
  kind: 'AWS' | 'Service';
  value: Json;
  /** ComparablePrincipal's dedupe string; undefined for User and Role, compared by identity. */
  dedupe?: string;
  /** Identity of a non-comparable principal (its construct id). */
  identity: string;
}

export interface Statement {
  effect: 'Allow' | 'Deny';
  /** PolicyStatement keeps these in ordered sets: build statements with `statementOf`. */
  actions: string[];
  resources: Json[];
  principals: StatementPrincipal[];
  conditions?: Record<string, unknown>;
  /** The design field that adds the statement (a merged statement keeps the first one's). */
  path?: FieldPath;
}

const key = (value: unknown) => JSON.stringify(value);

function uniqueBy<T>(values: readonly T[], by: (v: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const v of values) if (!byKey.has(by(v))) byKey.set(by(v), v);
  return [...byKey.values()];
}

/** A statement as PolicyStatement holds it: actions, resources and principals de-duplicated in order. */
export function statementOf(statement: Statement): Statement {
  return {
    ...statement,
    actions: uniqueBy(statement.actions, String),
    resources: uniqueBy(statement.resources, key),
    principals: uniqueBy(statement.principals, (p) => p.identity),
  };
}

function setEqual(a: readonly string[], b: readonly string[]): boolean {
  const bSet = new Set(b);
  return a.length === b.length && a.every((k) => bSet.has(k));
}

function partition(principals: readonly StatementPrincipal[]) {
  const comparable: Record<string, StatementPrincipal> = {};
  const nonComparable: StatementPrincipal[] = [];
  for (const p of principals) {
    if (p.dedupe === undefined) nonComparable.push(p);
    else comparable[p.dedupe] = p;
  }
  return { comparable, nonComparable };
}

function principalsEqual(a: readonly StatementPrincipal[], b: readonly StatementPrincipal[]) {
  const x = partition(a);
  const y = partition(b);
  return (
    setEqual(
      x.nonComparable.map((p) => p.identity),
      y.nonComparable.map((p) => p.identity),
    ) && setEqual(Object.keys(x.comparable), Object.keys(y.comparable))
  );
}

function mergePrincipals(a: readonly StatementPrincipal[], b: readonly StatementPrincipal[]) {
  const x = partition(a);
  const y = partition(b);
  const comparable = { ...x.comparable, ...y.comparable };
  return [...Object.values(comparable), ...x.nonComparable, ...y.nonComparable];
}

/** Whether a merged statement may stand (CDK's size limit while it splits a role's policy). */
export type MergeLimit = (merged: Statement) => boolean;

function mergeIfCombinable(a: Statement, b: Statement, fits?: MergeLimit): Statement | undefined {
  if (a.effect !== b.effect || key(a.conditions ?? {}) !== key(b.conditions ?? {}))
    return undefined;
  const equalCount =
    Number(setEqual(a.actions, b.actions)) +
    Number(setEqual(a.resources.map(key), b.resources.map(key))) +
    Number(principalsEqual(a.principals, b.principals));
  if (equalCount < 2) return undefined;
  const merged = statementOf({
    ...a,
    actions: [...a.actions, ...b.actions],
    resources: [...a.resources, ...b.resources],
    principals: mergePrincipals(a.principals, b.principals),
  });
  return !fits || fits(merged) ? merged : undefined;
}

/**
 * mergeStatements: pairwise passes until nothing merges; a merged statement keeps the first's
 * place. With `fits`, a merge whose result does not fit is skipped (CDK's `limitSize`).
 */
export function mergeStatements(statements: readonly Statement[], fits?: MergeLimit): Statement[] {
  const merged = [...statements];
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < merged.length; i++) {
      let j = i + 1;
      while (j < merged.length) {
        const combined = mergeIfCombinable(merged[i]!, merged[j]!, fits);
        if (combined) {
          merged[i] = combined;
          merged.splice(j, 1);
          changed = true;
        } else j++;
      }
    }
  }
  return merged;
}

/** sortByJson: unique by JSON text, sorted by it; a single value is not a list. */
function sortByJson(values: readonly Json[]): Json | undefined {
  if (values.length === 0) return undefined;
  const byJson = new Map<string, Json>();
  for (const v of values) byJson.set(key(v), v);
  const sorted = [...byJson.keys()].sort().map((k) => byJson.get(k)!);
  return sorted.length === 1 ? sorted[0] : sorted;
}

function renderPrincipal(principals: readonly StatementPrincipal[]): Json | undefined {
  if (principals.length === 0) return undefined;
  const kinds = [...new Set(principals.map((p) => p.kind))].sort();
  return Object.fromEntries(
    kinds.map((kind) => [
      kind,
      sortByJson(principals.filter((p) => p.kind === kind).map((p) => p.value))!,
    ]),
  );
}

function renderStatement(s: Statement, sid: string | undefined): Json {
  const conditions =
    s.conditions && Object.keys(s.conditions).length > 0 ? s.conditions : undefined;
  const out: Record<string, Json | undefined> = {
    Action: sortByJson(s.actions),
    // Resolution drops `__proto__` keys after the statements were merged by their JSON.
    Condition: conditions && (resolvedLikeCdk(conditions) as Json),
    Effect: s.effect,
    Principal: renderPrincipal(s.principals),
    Resource: sortByJson(s.resources),
    Sid: sid,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as Json;
}

/** The resolved policy document; `autoAssignSids` numbers statements as topic policies do. */
export function renderPolicyDocument(
  statements: readonly Statement[],
  autoAssignSids = false,
): Json {
  const rendered = mergeStatements(statements.map(statementOf)).map((s) =>
    renderStatement(s, undefined),
  );
  const unique = [...new Map(rendered.map((s) => [key(s), s])).values()];
  return {
    Statement: unique.map((s, index) =>
      autoAssignSids ? { ...(s as Record<string, Json>), Sid: String(index) } : s,
    ),
    Version: '2012-10-17',
  };
}
