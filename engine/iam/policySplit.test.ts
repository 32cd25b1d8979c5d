import { describe, expect, it } from 'vitest';
import { getAtt } from '../cdk/intrinsics';
import { renderPolicyDocument, type Statement } from './policyDocument';
import { estimateStatementSize, managedPolicyCountWarning, splitRolePolicy } from './policySplit';
import { repositoryGrantActions } from './stackPolicies';

const allow = (actions: readonly string[], resources: Statement['resources']): Statement => ({
  effect: 'Allow',
  actions: [...actions],
  resources,
  principals: [],
});
const repo = (n: number) => getAtt(`Repo${n}`, 'Arn');
const token = allow(['ecr:GetAuthorizationToken'], ['*']);
/** What grantPull adds to a role's policy: the pull statement, then the token statement. */
const pulls = (count: number) =>
  Array.from({ length: count }, (_, n) => [
    allow(repositoryGrantActions.grantPull, [repo(n)]),
    token,
  ]).flat();
const resourceCounts = (statements: readonly Statement[]) =>
  (renderPolicyDocument(statements) as { Statement: { Resource: unknown }[] }).Statement.map((s) =>
    Array.isArray(s.Resource) ? s.Resource.length : 1,
  );

describe('CDK’s size estimate of a statement (PolicyStatement._estimateSize)', () => {
  it('counts a token as 150 characters, a literal as its length, each with 3 more', () => {
    // "Effect": "Allow", = 18; Action: 6 + 5 + (31+3) + (26+3) + (17+3); Resource: 8 + 5 + 153; {} = 2.
    expect(estimateStatementSize(pulls(1)[0]!)).toBe(18 + 94 + 166 + 2);
    expect(estimateStatementSize(token)).toBe(18 + 39 + 17 + 2);
    expect(estimateStatementSize({ ...token, effect: 'Deny' })).toBe(17 + 39 + 17 + 2);
  });

  it('adds 150 a principal and the JSON of the conditions', () => {
    const principal = { kind: 'AWS' as const, value: '*', identity: 'Anyone' };
    const conditions = { Bool: { 'aws:SecureTransport': 'true' } };
    const statement = { ...token, principals: [principal], conditions };
    expect(estimateStatementSize(statement)).toBe(74 + 150 + JSON.stringify(conditions).length);
  });
});

describe('splitting a role’s DefaultPolicy (Role.splitLargePolicy)', () => {
  it('keeps 60 pulled repositories inline and moves the 61st into an overflow policy', () => {
    expect(splitRolePolicy(pulls(60)).overflow).toEqual([]);
    const { inline, overflow } = splitRolePolicy(pulls(61));
    // Merged statements hold 12 repositories (1,963 estimated); five and the token fit under 10,000.
    expect(resourceCounts(inline)).toEqual([60, 1]);
    expect(overflow.map(resourceCounts)).toEqual([[1]]);
  });

  it('merges with the 2,000 limit first, which can keep statements apart that a plain merge joins', () => {
    const statements = [...pulls(13), allow(repositoryGrantActions.grantRead, [repo(12)])];
    const { inline, overflow } = splitRolePolicy(statements);
    expect(overflow).toEqual([]);
    // The 13th repository's pull and read merge with each other, not with the other twelve pulls.
    expect(resourceCounts(inline)).toEqual([12, 1, 1]);
    expect(resourceCounts(statements)).toEqual([13, 1, 1]);
  });

  it('fills overflow policies up to 6,000 first fit and keeps later small statements inline', () => {
    const big = (c: string, n: number) => allow([`ecr:${c.repeat(n)}`], [repo(0)]);
    const { inline, overflow } = splitRolePolicy([
      big('A', 9000),
      big('B', 3000),
      big('C', 5500),
      big('D', 2500),
      token,
    ]);
    expect(inline.map((s) => s.actions[0]!.length)).toEqual([9004, 25]);
    expect(overflow.map((doc) => doc.map((s) => s.actions[0]!.length))).toEqual([
      [3004, 2504],
      [5504],
    ]);
  });

  it('moves a statement of 10,000 or more out even when it comes first, leaving nothing inline', () => {
    const { inline, overflow } = splitRolePolicy([allow([`ecr:${'X'.repeat(9990)}`], ['*'])]);
    expect(inline).toEqual([]);
    expect(overflow).toHaveLength(1);
  });
});

describe('the annotation on a role with many managed policies', () => {
  it('warns above 10 and above 20, with CDK’s acknowledgement ids', () => {
    expect(managedPolicyCountWarning(10)).toBeUndefined();
    expect(managedPolicyCountWarning(11)).toBe(
      'Policy large: 11 exceeds 10 managed policies attached to a Role, this requires a quota increase [ack: @aws-cdk/aws-iam:rolePolicyLarge]',
    );
    expect(managedPolicyCountWarning(20)).toMatch(/^Policy large: 20 /);
    expect(managedPolicyCountWarning(21)).toBe(
      'Policy too large: 21 exceeds the maximum of 20 managed policies attached to a Role [ack: @aws-cdk/aws-iam:rolePolicyTooLarge]',
    );
  });
});
