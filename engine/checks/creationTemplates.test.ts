import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parseDesign';
import { render } from '../render/render';

const designWith = (template: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const parsed = parseDesign({
    version: 1,
    repositories: [],
    ...extra,
    registry: {
      creationTemplates: [{ id: 'T', prefix: 'team', appliedFor: ['REPLICATION'], ...template }],
    },
  });
  if (!parsed.design) throw new Error(JSON.stringify(parsed.findings));
  return parsed.design;
};

describe('creation template checks', () => {
  it('refuses a user or role of the stack in the policy: a JSON string holds no token', () => {
    const design = designWith(
      { repositoryPolicy: [{ principals: ['Ci', 'Task'], actions: ['ecr:BatchGetImage'] }] },
      {
        principals: [
          { id: 'Ci', type: 'User' },
          { id: 'Task', type: 'Role', assumedBy: { service: 'ecs-tasks.amazonaws.com' } },
        ],
      },
    );
    const result = render(design);
    expect(result.template).toBeUndefined();
    const refused = result.findings.filter((f) => f.code === 'creation-template-principal-token');
    expect(refused.map((f) => f.path)).toEqual([
      ['registry', 'creationTemplates', 0, 'repositoryPolicy', 0, 'principals', 0],
      ['registry', 'creationTemplates', 0, 'repositoryPolicy', 0, 'principals', 1],
    ]);
  });

  it('reports an unknown key and an unknown principal at their fields', () => {
    const design = designWith({
      encryptionKey: 'Missing',
      repositoryPolicy: [{ principals: ['Nobody'] }],
    });
    const unknown = render(design).findings.filter((f) => f.code === 'unknown-reference');
    expect(unknown.map((f) => f.message)).toEqual([
      "unknown key 'Missing'",
      "unknown principal 'Nobody'",
    ]);
  });

  it('gives no CDK lifecycle error for rules the L2 would refuse: the L1 takes the string', () => {
    const design = designWith({
      lifecycleRules: [
        { tagStatus: 'TAGGED', maxImageCount: 1, maxImageAgeDays: 2 },
        { maxImageCount: 1 },
        { maxImageCount: 2 },
      ],
    });
    const result = render(design);
    expect(result.findings.filter((f) => f.origin === 'cdk' || f.origin === 'cdk-synth')).toEqual(
      [],
    );
    const policy = JSON.parse(
      (result.template!.Resources!.T as { Properties: { LifecyclePolicy: string } }).Properties
        .LifecyclePolicy,
    );
    expect(policy.rules.map((r: { rulePriority: number }) => r.rulePriority)).toEqual([1, 2, 3]);
  });

  it('writes an account as its id, anyone as *, an imported role as its ARN', () => {
    const design = designWith(
      { repositoryPolicy: [{ principals: ['A', 'B', 'R'], actions: ['ecr:BatchGetImage'] }] },
      {
        principals: [
          { id: 'A', type: 'AccountPrincipal', accountId: '210987654321' },
          { id: 'B', type: 'AnyPrincipal' },
          { id: 'R', type: 'Role.fromRoleArn', roleArn: 'arn:aws:iam::123456789012:role/ci' },
        ],
      },
    );
    const { Properties } = render(design).template!.Resources!.T as {
      Properties: { RepositoryPolicy: string };
    };
    expect(JSON.parse(Properties.RepositoryPolicy).Statement[0].Principal).toEqual({
      AWS: ['*', '210987654321', 'arn:aws:iam::123456789012:role/ci'],
    });
  });

  it('writes Python json.dumps options that give JSON.stringify’s text', () => {
    const python = (description: string) =>
      render(designWith({ lifecycleRules: [{ description, maxImageCount: 1 }] })).cdkPython;
    expect(python('plain')).toContain('separators=(",", ":"))');
    expect(python('é')).toContain('separators=(",", ":"), ensure_ascii=False)');
    expect(python('lone \ud800')).toContain('separators=(",", ":"))');
    expect(python('lone \ud800 é')).toContain('lifecycle_policy="{\\"rules\\"');
  });

  it('comes after the repositories and before the grants and outputs, with a kept logical ID', () => {
    const design = designWith(
      { logicalId: 'KeptTemplate' },
      {
        repositories: [{ id: 'Repo' }],
        principals: [{ id: 'Ci', type: 'User' }],
        grants: [{ grant: 'grantPull', repository: 'Repo', principal: 'Ci' }],
        outputs: [{ id: 'Uri', value: 'repositoryUri', repository: 'Repo' }],
      },
    );
    const result = render(design);
    const resources = Object.entries(result.template!.Resources!) as [string, { Type: string }][];
    expect(resources.map(([, r]) => r.Type)).toEqual([
      'AWS::IAM::User',
      'AWS::IAM::Policy',
      'AWS::ECR::Repository',
      'AWS::ECR::RepositoryCreationTemplate',
    ]);
    expect(resources.at(-1)![0]).toBe('KeptTemplate');
    const code = result.cdkTypescript;
    const at = (text: string) => code.indexOf(text);
    expect(at('new ecr.Repository(')).toBeLessThan(at('new ecr.CfnRepositoryCreationTemplate('));
    expect(at('new ecr.CfnRepositoryCreationTemplate(')).toBeLessThan(at('.grantPull('));
    expect(at(".overrideLogicalId('KeptTemplate')")).toBeLessThan(at('new CfnOutput('));
  });
});
