import { describe, expect, it } from 'vitest';
import { formatPath } from '../fieldPath';
import type { Design, LifecycleRuleDesign } from '../index';
import { render } from '../index';

function designWithRules(rules: LifecycleRuleDesign[]): Design {
  return { version: 1, repositories: [{ id: 'Repo', lifecycleRules: rules }] };
}

const findingsOf = (design: Design) =>
  render(design).findings.map((f) => `${f.severity} ${formatPath(f.path)}: ${f.message}`);

describe('priority preview', () => {
  it('shows explicit, automatic and ANY priorities and ECR evaluation order', () => {
    const result = render(
      designWithRules([
        { tagPrefixList: ['dev'], maxImageCount: 5 },
        { rulePriority: 10, tagPrefixList: ['prod'], maxImageCount: 100 },
        { maxImageAgeDays: 60 },
        { rulePriority: 3, tagPrefixList: ['rc'], maxImageCount: 2 },
      ]),
    );
    expect(result.repositories[0]!.priorities).toEqual([
      { designIndex: 0, rulePriority: 11, explicit: false, policyIndex: 2, evaluationIndex: 2 },
      { designIndex: 1, rulePriority: 10, explicit: true, policyIndex: 0, evaluationIndex: 1 },
      { designIndex: 2, rulePriority: 12, explicit: false, policyIndex: 3, evaluationIndex: 3 },
      { designIndex: 3, rulePriority: 3, explicit: true, policyIndex: 1, evaluationIndex: 0 },
    ]);
  });

  it('pretty-prints each lifecycle policy as the ECR console takes it', () => {
    const json = render(designWithRules([{ maxImageAgeDays: 30 }])).repositories[0]!
      .lifecyclePolicyJson!;
    expect(JSON.parse(json)).toEqual({
      rules: [
        {
          rulePriority: 1,
          selection: {
            tagStatus: 'any',
            countType: 'sinceImagePushed',
            countNumber: 30,
            countUnit: 'days',
          },
          action: { type: 'expire' },
        },
      ],
    });
    expect(json).toContain('\n  "rules": [\n');
  });
});

describe('deploy-time errors', () => {
  it('flags what CDK accepts and ECR rejects', () => {
    expect(
      findingsOf(
        designWithRules([
          { rulePriority: 0, tagPrefixList: ['a'], maxImageCount: 0 },
          { rulePriority: 0, tagStatus: 'UNTAGGED', maxImageAgeDays: 3 },
          { tagStatus: 'UNTAGGED', maxImageAgeDays: 5 },
        ]),
      ).filter((f) => f.startsWith('deploy-error')),
    ).toEqual([
      'deploy-error repositories[0].lifecycleRules[0].rulePriority: rulePriority must be a whole number of at least 1; ECR rejects 0.',
      'deploy-error repositories[0].lifecycleRules[0].maxImageCount: ECR requires a countNumber of at least 1; 0 is rejected.',
      'deploy-error repositories[0].lifecycleRules[1].rulePriority: rulePriority must be a whole number of at least 1; ECR rejects 0.',
      'deploy-error repositories[0].lifecycleRules[1].rulePriority: rulePriority 0 is also used by rule 1; ECR requires unique priorities.',
      'deploy-error repositories[0].lifecycleRules[2].tagStatus: ECR allows only one rule that selects untagged images.',
    ]);
  });

  it('flags more than 50 rules', () => {
    const rules = Array.from({ length: 51 }, (_, i) => ({
      tagPrefixList: [`t${i}-`],
      maxImageCount: 1,
    }));
    expect(findingsOf(designWithRules(rules))).toContain(
      'deploy-error repositories[0].lifecycleRules: ECR allows at most 50 rules in a lifecycle policy; this one has 51.',
    );
  });
});

describe('warnings', () => {
  it('explains AND semantics, literal stars and rules that can never act', () => {
    const warnings = findingsOf(
      designWithRules([
        { tagPrefixList: ['prod'], maxImageCount: 10 },
        { tagPrefixList: ['prod-eu', 'v1'], maxImageCount: 3 },
        { tagPrefixList: ['a*'], maxImageCount: 3 },
      ]),
    ).filter((f) => f.startsWith('warning'));
    expect(warnings).toEqual([
      'warning repositories[0].lifecycleRules[1].tagPrefixList: Several entries mean AND: an image is selected only when every entry (prod-eu, v1) matches one of its tags. Use one rule per entry for OR.',
      'warning repositories[0].lifecycleRules[1].tagStatus: This rule can never act: every image it selects is already selected by the rule with priority 1, which ECR evaluates first.',
      'warning repositories[0].lifecycleRules[2].tagPrefixList: A prefix containing * is matched literally; use tagPatternList for wildcards.',
    ]);
  });
});

describe('findings are total', () => {
  it('reports a design-format error for text CDK would read as a token', () => {
    const tokenMarker = ['$', '{Token[AWS.AccountId.9]}'].join('');
    const result = render(designWithRules([{ description: tokenMarker, maxImageCount: 1 }]));
    expect(result.template).toBeUndefined();
    expect(result.findings[0]?.path).toEqual([
      'repositories',
      0,
      'lifecycleRules',
      0,
      'description',
    ]);
  });
});
