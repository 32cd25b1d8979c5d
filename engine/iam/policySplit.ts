/**
 * How aws-cdk-lib 2.276.0 splits a role's identity policy that outgrows its size estimate
 * (aws-iam/lib/role.js `splitLargePolicy`, policy-document.js `_splitDocument`): at synth, an
 * aspect merges the DefaultPolicy's statements without letting a merged statement grow past
 * 2,000 estimated characters, keeps statements in the DefaultPolicy while its total stays under
 * 10,000, and moves the others into `OverflowPolicy<n>` managed policies of at most 6,000 each.
 * Only `new iam.Role` does this: users, groups and roles imported by ARN never split.
 */
import type { Json } from '../cdk/intrinsics';
import { mergeStatements, type Statement, statementOf } from './policyDocument';

/** MAX_INLINE_SIZE and MAX_MANAGEDPOL_SIZE of role.js, MAX_MERGE_SIZE of merge-statements.js. */
const policySizeLimits = { inline: 10_000, managedPolicy: 6_000, merge: 2_000 } as const;

/** deriveEstimateSizeOptions without `@aws-cdk/aws-iam.arnSizeEstimate` in the context. */
const actionEstimate = 20;
const arnEstimate = 150;

/** A token (Ref, Fn::GetAtt…) counts as the estimate; a literal string as its length. */
function valueSize(value: Json, tokenSize: number): number {
  return typeof value === 'string' ? value.length : tokenSize;
}

/** PolicyStatement._estimateSize: the statement's JSON size as CDK guesses it before resolving. */
export function estimateStatementSize(statement: Statement): number {
  const count = (key: string, values: readonly Json[], tokenSize: number) =>
    values.length === 0
      ? 0
      : key.length + 5 + values.reduce<number>((sum, v) => sum + valueSize(v, tokenSize) + 3, 0);
  return (
    `"Effect": "${statement.effect}",`.length +
    count('Action', statement.actions, actionEstimate) +
    count('Resource', statement.resources, arnEstimate) +
    statement.principals.length * arnEstimate +
    // Identity statements have no conditions, so no token can hide in this text.
    JSON.stringify(statement.conditions ?? {}).length
  );
}

/** A role's policy after the split: the DefaultPolicy's statements and each overflow policy's. */
export interface SplitPolicy {
  /** Empty when every statement moved out: CDK then leaves the DefaultPolicy out of the template. */
  inline: Statement[];
  /** `OverflowPolicy1`, `OverflowPolicy2`… in order. */
  overflow: Statement[][];
}

/**
 * The split of a role's DefaultPolicy. Each part is still a policy document of its own that
 * merges its statements fully when it renders (renderPolicyDocument), as CDK's do on resolve.
 */
export function splitRolePolicy(statements: readonly Statement[]): SplitPolicy {
  const fits = (s: Statement) => estimateStatementSize(s) <= policySizeLimits.merge;
  const merged = mergeStatements(statements.map(statementOf), fits);
  const inline: Statement[] = [];
  const overflow: { statements: Statement[]; size: number }[] = [];
  let inlineSize = 0;
  for (const statement of merged) {
    const size = estimateStatementSize(statement);
    // No early stop: a later, smaller statement may still fit the DefaultPolicy.
    if (inlineSize + size < policySizeLimits.inline) {
      inline.push(statement);
      inlineSize += size;
      continue;
    }
    let doc = overflow.find((d) => d.size + size <= policySizeLimits.managedPolicy);
    if (!doc) {
      doc = { statements: [], size: 0 };
      overflow.push(doc);
    }
    doc.statements.push(statement);
    doc.size += size;
  }
  return { inline, overflow: overflow.map((d) => d.statements) };
}

/** The message of CDK's annotation when a role ends up with many managed policies, if any. */
export function managedPolicyCountWarning(managedPolicies: number): string | undefined {
  if (managedPolicies > 20)
    return `Policy too large: ${managedPolicies} exceeds the maximum of 20 managed policies attached to a Role [ack: @aws-cdk/aws-iam:rolePolicyTooLarge]`;
  if (managedPolicies > 10)
    return `Policy large: ${managedPolicies} exceeds 10 managed policies attached to a Role, this requires a quota increase [ack: @aws-cdk/aws-iam:rolePolicyLarge]`;
  return undefined;
}
