import { describe, expect, it } from 'vitest';
import { renderPolicyDocument, type Statement } from './policyDocument';

const allow = (actions: string[], resources: string[], identity?: string): Statement => ({
  effect: 'Allow',
  actions,
  resources,
  principals: identity ? [{ kind: 'AWS', value: identity, identity }] : [],
});

describe('minimized policy documents (@aws-cdk/aws-iam:minimizePolicies)', () => {
  it('merges statements equal in two of actions, resources and principals, then sorts', () => {
    expect(
      renderPolicyDocument([
        allow(['ecr:B', 'ecr:A'], ['r1']),
        allow(['ecr:GetAuthorizationToken'], ['*']),
        allow(['ecr:A', 'ecr:B', 'ecr:A'], ['r0']),
        allow(['sts:X'], ['*']),
      ]),
    ).toEqual({
      Statement: [
        { Action: ['ecr:A', 'ecr:B'], Effect: 'Allow', Resource: ['r0', 'r1'] },
        { Action: ['ecr:GetAuthorizationToken', 'sts:X'], Effect: 'Allow', Resource: '*' },
      ],
      Version: '2012-10-17',
    });
  });

  it('keeps statements with different conditions or effects apart and numbers Sids on request', () => {
    const conditioned = { ...allow(['a:b'], ['*']), conditions: { Bool: { k: 'true' } } };
    const doc = renderPolicyDocument([allow(['a:b'], ['*']), conditioned], true) as {
      Statement: { Sid: string }[];
    };
    expect(doc.Statement.map((s) => s.Sid)).toEqual(['0', '1']);
  });
});
