/**
 * Random repository creation templates for the designs of the property tests: "tidy" ones that
 * mostly synthesize and "wild" ones whose prefixes, role ARNs, tags and lists hit the template
 * validation's constraints. Every text field draws the oracle's adversarial strings too. A
 * template's key and policy principals name the design's own entities (withCreationTemplates):
 * principals the policy can name as literals (accounts, anyone, roles imported by ARN).
 */
import fc from 'fast-check';
import type { Design } from '../engine/index';
import { adversarialText, optional } from './tableArbitrary';

const appliedFor = ['PULL_THROUGH_CACHE', 'REPLICATION', 'CREATE_ON_PUSH'];
const mutabilities = ['MUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION', 'IMMUTABLE_WITH_EXCLUSION'];
const roleArn = 'arn:aws:iam::123456789012:role/ecr-templates';

const rule = fc.record({
  rulePriority: optional(fc.integer({ min: 1, max: 10 }), 3),
  description: optional(adversarialText),
  tagStatus: optional(fc.constantFrom('ANY', 'TAGGED', 'UNTAGGED')),
  tagPrefixList: optional(fc.array(fc.constantFrom('prod', 'v1', 'é'), { maxLength: 2 }), 3),
  tagPatternList: optional(fc.array(fc.constantFrom('prod*', 'v*.*'), { maxLength: 2 }), 3),
  count: fc.constantFrom(
    'maxImageCount',
    'maxImageAgeDays',
    'maxDaysSinceImagePulled',
    'maxDaysSinceImageTransitioned',
  ),
  amount: fc.integer({ min: 1, max: 400 }),
  storageClass: optional(fc.constantFrom('STANDARD', 'ARCHIVE'), 3),
  action: optional(fc.constantFrom('EXPIRE', 'TRANSITION'), 3),
});

const statement = fc.record({
  effect: optional(fc.constantFrom('ALLOW', 'DENY')),
  principals: fc.array(fc.nat(), { maxLength: 2 }),
  actions: optional(
    fc.array(fc.oneof(fc.constantFrom('ecr:BatchGetImage', 'ecr:*'), adversarialText), {
      maxLength: 2,
    }),
    4,
  ),
  conditions: optional(
    fc.record({ StringEquals: fc.record({ 'aws:PrincipalOrgID': adversarialText }) }),
    3,
  ),
  resources: optional(fc.constant(['*']), 4),
});

const tag = (text: fc.Arbitrary<string>) => fc.record({ key: text, value: text });

function templateArbitrary(tidy: boolean) {
  const text = tidy ? adversarialText : fc.oneof(adversarialText, fc.constant('x'.repeat(257)));
  return fc.record({
    id: tidy
      ? fc.constantFrom('Templates', 'Root', 'Cache')
      : fc.oneof(
          adversarialText.filter((id) => id.length > 0),
          fc.constant('Root'),
        ),
    logicalId: optional(
      fc.constantFrom(...(tidy ? ['KeptTemplate'] : ['KeptTemplate', 'bad-id'])),
      4,
    ),
    prefix: tidy
      ? fc.constantFrom('ROOT', 'docker-hub', 'team/app', 'a.b_c-d', 'cache/')
      : fc.oneof(
          fc.constantFrom('ROOT', 'Bad Prefix', '', 'a//b', 'p'.repeat(257)),
          adversarialText,
        ),
    appliedFor: tidy
      ? fc.subarray(appliedFor, { minLength: 1 })
      : fc.array(fc.oneof(fc.constantFrom(...appliedFor), adversarialText), { maxLength: 3 }),
    description: optional(text),
    imageTagMutability: optional(
      tidy
        ? fc.constantFrom(...mutabilities)
        : fc.oneof(fc.constantFrom(...mutabilities), adversarialText),
    ),
    imageTagMutabilityExclusionFilters: optional(
      fc.array(fc.constantFrom('latest', 'dev-*', ...(tidy ? [] : ['', 'bad!', 'q'.repeat(129)])), {
        minLength: tidy ? 1 : 0,
        maxLength: tidy ? 3 : 6,
      }),
      3,
    ),
    encryption: optional(fc.constantFrom('AES256', 'KMS', 'KMS_DSSE', ...(tidy ? [] : ['FOO']))),
    encryptionKey: optional(fc.nat(), 3),
    lifecycleRules: optional(fc.array(rule, { minLength: 1, maxLength: 3 }), 2),
    repositoryPolicy: optional(fc.array(statement, { minLength: 1, maxLength: 2 }), 3),
    resourceTags: optional(
      fc.array(tidy ? tag(fc.constantFrom('team', 'cost', 'é中')) : tag(text), {
        minLength: 1,
        maxLength: tidy ? 2 : 4,
      }),
      3,
    ),
    customRoleArn: optional(
      tidy
        ? fc.constant(roleArn)
        : fc.oneof(fc.constantFrom(roleArn, `${roleArn}/x`, ''), adversarialText),
      2,
    ),
  });
}

type RawTemplate = ReturnType<typeof templateArbitrary> extends fc.Arbitrary<infer T> ? T : never;

/** Templates in about one design of six. */
export const creationTemplatesArbitrary = (tidy: boolean) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.array(templateArbitrary(tidy), { minLength: 1, maxLength: 2 }) },
  );

const dropUndefined = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

function ruleOf({
  count,
  amount,
  ...rest
}: RawTemplate['lifecycleRules'] extends (infer R)[] | undefined ? R : never) {
  return dropUndefined({ ...rest, [count]: amount });
}

/** The templates in `design`, their key and principals drawn from the design's own. */
export function withCreationTemplates(
  design: Design,
  templates: RawTemplate[] | undefined,
): Design {
  if (templates === undefined) return design;
  const keys = (design.keys ?? []).map((key) => key.id);
  const literal = (design.principals ?? []).filter((p) => p.type !== 'User' && p.type !== 'Role');
  const creationTemplates = templates.map(
    ({ encryptionKey, lifecycleRules, repositoryPolicy, ...rest }) =>
      dropUndefined({
        ...rest,
        encryptionKey:
          encryptionKey === undefined || keys.length === 0
            ? undefined
            : keys[encryptionKey % keys.length],
        lifecycleRules: lifecycleRules?.map(ruleOf),
        repositoryPolicy: repositoryPolicy?.map(({ principals, ...s }) =>
          dropUndefined({
            ...s,
            principals:
              literal.length === 0
                ? undefined
                : principals.map((i) => literal[i % literal.length]!.id),
          }),
        ),
      }),
  );
  return { ...design, registry: { creationTemplates } } as Design;
}
