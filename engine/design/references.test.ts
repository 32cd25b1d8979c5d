import { describe, expect, it } from 'vitest';
import { formatPath } from '../fieldPath';
import { parseDesign, render } from '../index';

const errorsOf = (input: unknown) => {
  const parsed = parseDesign(input);
  if (!parsed.design) return parsed.findings.map((f) => `${formatPath(f.path)}: ${f.message}`);
  return render(parsed.design)
    .findings.filter((f) => f.origin === 'design')
    .map((f) => `${formatPath(f.path)}: ${f.message}`);
};

describe('references between design entities', () => {
  it('reports unknown ids at the field that holds them, never throwing', () => {
    expect(
      errorsOf({
        version: 1,
        principals: [{ id: 'Partner', type: 'AccountPrincipal', accountId: '210987654321' }],
        repositories: [
          {
            id: 'Repo',
            encryptionKey: 'Nope',
            eventRules: [
              { id: 'Scan', method: 'onEvent', imageTag: 'x', targets: [{ topic: 'T' }, {}] },
            ],
            resourcePolicy: [{ principals: ['Partner', 'Ghost'], actions: ['ecr:*'] }],
          },
        ],
        grants: [
          { grant: 'grantPull', repository: 'Other', principal: 'Partner' },
          { grant: 'grant', repository: 'Repo', principal: 'Partner', actions: [] },
        ],
      }),
    ).toEqual([
      "repositories[0].encryptionKey: unknown key 'Nope'",
      'repositories[0].eventRules[0].imageTag: only onCloudTrailImagePushed takes imageTag',
      "repositories[0].eventRules[0].targets[0].topic: unknown topic 'T'",
      'repositories[0].eventRules[0].targets[1]: give exactly one of topic, queue or function',
      "repositories[0].resourcePolicy[0].principals[1]: unknown principal 'Ghost'",
      "grants[0].repository: unknown repository 'Other'",
    ]);
  });

  it('checks formats CDK would parse: ARNs, accounts, principal variants', () => {
    expect(
      errorsOf({
        version: 1,
        keys: [{ id: 'K', keyArn: 'nope' }],
        principals: [
          { id: 'R', type: 'Role.fromRoleArn', roleArn: 'arn:aws:iam::1:role/x' },
          { id: 'G', type: 'Group' },
        ],
        repositories: [],
      }),
    ).toEqual([
      "keys[0].keyArn: must be a KMS key ARN such as 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'",
      "principals[0].roleArn: must be an IAM role ARN such as 'arn:aws:iam::123456789012:role/name' (without a path)",
      'principals[1].type: expected one of User, Role, Role.fromRoleArn, AccountPrincipal, AnyPrincipal, got "Group"',
    ]);
  });

  it('keeps version-1 files without the new arrays loading unchanged', () => {
    expect(errorsOf({ version: 1, repositories: [{ id: 'Repo' }] })).toEqual([]);
  });
});
