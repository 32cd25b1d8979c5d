/**
 * fast-check arbitraries of designs for the oracle's property tests: "tidy" designs that
 * mostly synthesize, and "wild" ones that mostly hit CDK's errors. Both pass the format's parser.
 */
import fc from 'fast-check';
import { type Design, parseDesign } from '../engine/index';
import { entitiesArbitrary, withEntities } from './entityArbitrary';

/** Text that tends to break generated code or escaping. */
export const adversarialText = fc.oneof(
  fc.constantFrom(
    "it's",
    'say "hi"',
    'back\\slash',
    'line\nbreak',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: adversarial text for generated code
    '${x}',
    '*/ /*',
    '`tick`',
    'é ü 中文 😀',
    '\u2028\u2029',
    'tab\tcr\r',
    '',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const optional = <T>(arb: fc.Arbitrary<T>, freq = 2) => fc.option(arb, { nil: undefined, freq });
const nonEmptyText = adversarialText.filter((s) => s.length > 0);

const wildRule = fc.record({
  rulePriority: optional(fc.integer({ min: -1, max: 8 }), 1),
  description: optional(adversarialText),
  tagStatus: optional(fc.constantFrom('ANY', 'TAGGED', 'UNTAGGED'), 4),
  tagPrefixList: optional(
    fc.array(fc.constantFrom('prod', 'v1', 'release-', '', 'é', 'a*b'), { maxLength: 3 }),
    1,
  ),
  tagPatternList: optional(
    fc.array(fc.constantFrom('prod*', '*-rc*', 'a*b*c*d*e', 'a*b*c*d*e*f', 'x'), { maxLength: 3 }),
    3,
  ),
  count: fc.constantFrom('count', 'count', 'age', 'age', 'both', 'neither'),
  amount: fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(0, -1)),
});

const tidyRule = fc.record({
  rulePriority: optional(fc.integer({ min: 1, max: 12 }), 3),
  description: optional(adversarialText),
  selection: fc.oneof(
    fc.record({
      tagPrefixList: fc.array(fc.constantFrom('prod', 'v1', 'release-', 'é', 'sha-'), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
    fc.record({
      tagPatternList: fc.array(fc.constantFrom('prod*', '*-rc*', 'v*.*.*', 'a*b*c*d*e', 'main'), {
        minLength: 1,
        maxLength: 2,
      }),
    }),
    fc.record({ tagStatus: fc.constant('TAGGED'), tagPrefixList: fc.constant(['stable']) }),
    fc.constant({ tagStatus: 'UNTAGGED' }),
    fc.constant({ tagStatus: 'ANY' }),
    fc.constant({}),
  ),
  count: fc.constantFrom('count', 'age'),
  amount: fc.integer({ min: 0, max: 10000 }),
});

const wildRepository = fc.record({
  id: fc.constantFrom(
    'Repository',
    'Repo',
    'App',
    'a/b',
    'a--b',
    'Default',
    'Ré',
    '---',
    'X'.repeat(260),
    'my-app',
    'toString',
    '__proto__',
  ),
  repositoryName: optional(
    fc.constantFrom(
      'my-app',
      'team/service',
      'a.b_c-d',
      'My Repo',
      'a--b',
      '1app',
      '',
      'x',
      'z'.repeat(257),
    ),
    1,
  ),
  imageScanOnPush: optional(fc.boolean()),
  imageTagMutability: optional(
    fc.constantFrom('MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION'),
  ),
  imageTagMutabilityExclusionFilters: optional(
    fc.array(fc.constantFrom('latest', 'dev-*', '', 'bad!', 'v*.*', 'q'.repeat(129)), {
      maxLength: 6,
    }),
    3,
  ),
  encryption: optional(fc.constantFrom('AES_256', 'KMS', 'KMS', 'KMS_DSSE')),
  removalPolicy: optional(
    fc.constantFrom('RETAIN', 'DESTROY', 'RETAIN_ON_UPDATE_OR_DELETE', 'SNAPSHOT'),
  ),
  emptyOnDelete: optional(fc.boolean()),
  lifecycleRegistryId: optional(fc.constantFrom('123456789012', '123', '', 'abcdefghijkl'), 3),
  tags: optional(
    fc.dictionary(
      fc.oneof(fc.constantFrom('team', 'Team', '', 'k'.repeat(128)), adversarialText),
      fc.oneof(adversarialText, fc.constant('v'.repeat(256))),
      { maxKeys: 4 },
    ),
  ),
  lifecycleRules: optional(fc.array(wildRule, { maxLength: 6 }), 4),
});

const exclusionSettings = fc.oneof(
  fc.record({ imageTagMutability: optional(fc.constantFrom('MUTABLE', 'IMMUTABLE')) }),
  fc.record({
    imageTagMutability: fc.constantFrom('IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION'),
    imageTagMutabilityExclusionFilters: fc.array(
      fc.constantFrom('latest', 'dev-*', 'v*.*', 'Release_1', '*'),
      { minLength: 1, maxLength: 5 },
    ),
  }),
);

const removalSettings = fc.oneof(
  fc.record({
    removalPolicy: optional(fc.constantFrom('RETAIN', 'RETAIN_ON_UPDATE_OR_DELETE')),
    emptyOnDelete: optional(fc.constant(false)),
  }),
  fc.record({ removalPolicy: fc.constant('DESTROY'), emptyOnDelete: optional(fc.boolean()) }),
);

const tidyRepository = fc.record({
  id: fc.constantFrom(
    'Repository',
    'Repo',
    'App',
    'a/b',
    'Default',
    'Ré',
    '---',
    'X'.repeat(260),
    'my-app',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: adversarial text for generated code
    'Weird \'"\\ ${x} */',
  ),
  repositoryName: optional(fc.constantFrom('my-app', 'team/service', 'a.b_c-d', '1app', 'x1')),
  imageScanOnPush: optional(fc.boolean()),
  exclusion: exclusionSettings,
  encryption: optional(fc.constantFrom('AES_256', 'KMS')),
  removal: removalSettings,
  lifecycleRegistryId: optional(fc.constant('123456789012'), 4),
  tags: optional(
    fc.dictionary(
      fc.oneof(fc.constantFrom('team', 'Team', 'cost-center', 'é', '_x'), nonEmptyText),
      adversarialText,
      { maxKeys: 4 },
    ),
  ),
  lifecycleRules: optional(fc.array(tidyRule, { maxLength: 6 }), 4),
});

type WildRule = typeof wildRule extends fc.Arbitrary<infer R> ? R : never;
type TidyRule = typeof tidyRule extends fc.Arbitrary<infer R> ? R : never;
type TidyRepository = typeof tidyRepository extends fc.Arbitrary<infer R> ? R : never;

function withCount(
  rule: Record<string, unknown>,
  count: string,
  amount: number,
): Record<string, unknown> {
  if (count === 'count' || count === 'both') rule.maxImageCount = amount;
  if (count === 'age' || count === 'both') rule.maxImageAgeDays = amount;
  return rule;
}

const fromWildRule = ({ count, amount, ...rule }: WildRule) =>
  withCount({ ...rule }, count, amount);
const fromTidyRule = ({ count, amount, selection, ...rule }: TidyRule) =>
  withCount({ ...rule, ...selection }, count, amount);

function fromTidyRepository(
  { exclusion, removal, lifecycleRules, ...repo }: TidyRepository,
  index: number,
) {
  return {
    ...repo,
    id: `${repo.id}${index || ''}`,
    ...exclusion,
    ...removal,
    lifecycleRules: lifecycleRules?.map(fromTidyRule),
  };
}

function toDesign(raw: object): Design {
  const parsed = parseDesign(JSON.parse(JSON.stringify({ version: 1, ...raw })));
  if (!parsed.design)
    throw new Error(`generator made an unparsable design: ${JSON.stringify(parsed.findings)}`);
  return parsed.design;
}

const stackName = optional(fc.constantFrom('EcrStack', 'MyStack', 'S1'));

/** Random designs as a person could write them; every one passes the format's parser. */
const tidyRepositories = fc
  .array(tidyRepository, { minLength: 1, maxLength: 3 })
  .map((repositories) => repositories.map(fromTidyRepository));

const wildRepositories = fc
  .array(wildRepository, { maxLength: 3 })
  .map((repositories) =>
    repositories.map((r) => ({ ...r, lifecycleRules: r.lifecycleRules?.map(fromWildRule) })),
  );

/** Designs of repositories alone (no keys, principals, event rules, policies or grants). */
function repositoryDesigns(tidy: boolean): fc.Arbitrary<Design> {
  return fc
    .record({ stackName, repositories: tidy ? tidyRepositories : wildRepositories })
    .map((raw) => toDesign(raw));
}

/** Designs with every entity of the format: keys, principals, targets, event rules, policies, grants. */
function entityDesigns(tidy: boolean): fc.Arbitrary<Design> {
  return fc
    .record({
      stackName,
      repositories: tidy ? tidyRepositories : wildRepositories,
      entities: entitiesArbitrary(tidy),
    })
    .map(({ stackName, repositories, entities }) =>
      toDesign({ stackName, ...withEntities({ repositories }, entities, tidy) }),
    );
}

/**
 * Repository-only designs, as template import and links handled them before keys, principals,
 * event rules, resource policies and grants existed (their tests use this one).
 */
export const designArbitrary: fc.Arbitrary<Design> = fc.oneof(
  { weight: 2, arbitrary: repositoryDesigns(true) },
  { weight: 1, arbitrary: repositoryDesigns(false) },
);

/** Every kind of design the format allows: what the aws-cdk-lib oracle tests run on. */
export const fullDesignArbitrary: fc.Arbitrary<Design> = fc.oneof(
  { weight: 2, arbitrary: entityDesigns(true) },
  { weight: 1, arbitrary: entityDesigns(false) },
);
