/**
 * fast-check arbitraries of designs for the oracle's property tests: "tidy" designs that
 * mostly synthesize, and "wild" ones that mostly hit CDK's errors. Both pass the format's parser.
 */
import fc from 'fast-check';
import { type Design, parseDesign, repositoryProperties } from '../engine/index';
import { creationTemplatesArbitrary, withCreationTemplates } from './creationTemplateArbitrary';
import { entitiesArbitrary, withEntities } from './entityArbitrary';
import { outputsArbitrary, withOutputs } from './outputArbitrary';
import { registryArbitrary, withRegistry } from './registryArbitrary';
import { adversarialText, optional, tableArbitraries } from './tableArbitrary';

/** Undefined most of the time: archive-era fields move the whole repository to the escape hatch. */
const rarely = <T>(arb: fc.Arbitrary<T>, weight = 10) =>
  fc.oneof({ weight, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
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
  storageClass: rarely(fc.constantFrom('STANDARD', 'ARCHIVE')),
  action: rarely(fc.constantFrom('EXPIRE', 'TRANSITION')),
  archiveCount: rarely(
    fc.record({
      field: fc.constantFrom('maxDaysSinceImagePulled', 'maxDaysSinceImageTransitioned'),
      amount: fc.integer({ min: -1, max: 800 }),
    }),
  ),
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
  /** ECR's 2025 archive rules (spec §1.5), mostly valid combinations. */
  archive: fc.constantFrom(
    'none',
    'none',
    'none',
    'none',
    'none',
    'pulled',
    'transition',
    'archive-expire',
    'archive-expire',
    'defaults',
  ),
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
  ...tableArbitraries(repositoryProperties, 'wild'),
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

const isoDay = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString();

/**
 * Sample images of the lifecycle preview: part of the design, never of its outputs. An archived
 * image may be being restored, or be restored already (standard again, with lastActivatedAt).
 */
const sampleImage = fc
  .record({
    digest: fc.constantFrom('sha256:a', 'sha256:b', 'sha256:c', 'sha256:d', 'sha256:e'),
    tags: fc.array(fc.constantFrom('prod-1', 'sha-1', 'v1.2.3', 'latest'), { maxLength: 2 }),
    pushed: fc.integer({ min: 0, max: 300 }),
    pulled: optional(fc.integer({ min: 0, max: 60 })),
    archived: optional(fc.integer({ min: 0, max: 200 }), 3),
    archiveState: fc.constantFrom('archived', 'archived', 'restoring', 'restored'),
    manifestListDigest: optional(fc.constant('sha256:index'), 4),
    subjectDigest: optional(fc.constantFrom('sha256:a', 'sha256:b'), 4),
    sizeInBytes: optional(fc.integer({ min: 0, max: 2 ** 31 }), 3),
  })
  .map(({ pushed, pulled, archived, archiveState, ...image }) => ({
    ...image,
    pushedAt: isoDay(pushed),
    lastPulledAt: pulled === undefined ? undefined : isoDay(pushed + pulled),
    ...(archived === undefined
      ? {}
      : {
          storageClass: archiveState === 'restored' ? ('standard' as const) : ('archive' as const),
          archivedAt: isoDay(pushed + archived),
          lastActivatedAt: archiveState === 'restored' ? isoDay(pushed + archived + 30) : undefined,
          restoring: archiveState === 'restored' ? undefined : archiveState === 'restoring',
        }),
  }));

const sampleImages = fc.uniqueArray(sampleImage, {
  selector: (image) => image.digest,
  maxLength: 4,
});

/** The first creation template's preview images (they never reach the outputs). */
function withTemplateImages(design: Design, images: readonly object[] | undefined): Design {
  const [first, ...rest] = design.registry?.creationTemplates ?? [];
  if (images === undefined || first === undefined) return design;
  const creationTemplates = [{ ...first, sampleImages: images }, ...rest];
  return { ...design, registry: { ...design.registry, creationTemplates } } as Design;
}

const tidyRepository = fc.record({
  id: fc.constantFrom(
    'Repository',
    'Repo',
    'App',
    'a/b',
    'Default',
    'Resource',
    'Ré',
    '---',
    'X'.repeat(260),
    'my-app',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: adversarial text for generated code
    'Weird \'"\\ ${x} */',
  ),
  ...tableArbitraries(repositoryProperties, 'tidy', {
    imageTagMutability: ['exclusion', exclusionSettings],
    removalPolicy: ['removal', removalSettings],
  }),
  tags: optional(
    fc.dictionary(
      // Keys whose order depends on the collation: case, accents, digits, ı, ch (tagOrder.oracle.test.ts).
      fc.oneof(
        fc.constantFrom(
          'team',
          'Team',
          'cost-center',
          'é',
          '_x',
          'ä',
          'z',
          'Z',
          '10',
          '2',
          'ı',
          'ch',
        ),
        nonEmptyText,
      ),
      adversarialText,
      { maxKeys: 4 },
    ),
  ),
  lifecycleRules: optional(fc.array(tidyRule, { maxLength: 6 }), 4),
  sampleImages: rarely(sampleImages, 3),
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

const fromWildRule = ({ count, amount, archiveCount, ...rule }: WildRule) => {
  const out = withCount({ ...rule }, count, amount);
  if (archiveCount) out[archiveCount.field] = archiveCount.amount;
  return out;
};

function withArchive(rule: Record<string, unknown>, archive: string): Record<string, unknown> {
  const { maxImageCount, maxImageAgeDays, ...rest } = rule;
  const amount = Math.max(1, Number(maxImageCount ?? maxImageAgeDays));
  if (archive === 'pulled')
    return { ...rest, maxDaysSinceImagePulled: amount, action: 'TRANSITION' };
  if (archive === 'transition') return { ...rule, action: 'TRANSITION' };
  if (archive === 'archive-expire')
    return { ...rest, storageClass: 'ARCHIVE', maxDaysSinceImageTransitioned: 90 + (amount % 400) };
  if (archive === 'defaults') return { ...rule, storageClass: 'STANDARD', action: 'EXPIRE' };
  return rule;
}

const fromTidyRule = ({ count, amount, selection, archive, ...rule }: TidyRule) =>
  withArchive(withCount({ ...rule, ...selection }, count, amount), archive);

function fromTidyRepository(
  { exclusion, removal, lifecycleRules, ...repo }: TidyRepository & Record<string, unknown>,
  index: number,
) {
  return {
    ...repo,
    // 'Resource' and 'Default' stay whole: side by side they leave the stack no default child.
    id: `${repo.id}${index && !['Resource', 'Default'].includes(repo.id) ? index : ''}`,
    ...(exclusion as object),
    ...(removal as object),
    lifecycleRules: lifecycleRules?.map(fromTidyRule),
  };
}

function toDesign(raw: object): Design {
  const parsed = parseDesign(JSON.parse(JSON.stringify({ version: 1, ...raw })));
  if (!parsed.design)
    throw new Error(`generator made an unparsable design: ${JSON.stringify(parsed.findings)}`);
  return parsed.design;
}

/** A long name makes CDK shorten imported roles' policy names; `Default` drops out of unique ids. */
const stackName = optional(
  fc.constantFrom(
    'EcrStack',
    'MyStack',
    'S1',
    'Platform',
    'delivery',
    'Default',
    'PlatformImagesDeliveryPipelineStack',
  ),
);

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

/**
 * Designs with every entity of the format: keys, principals, targets, event rules, policies,
 * grants, outputs, the registry (not in plain-id designs: the template import does not read
 * registry resources yet).
 */
function entityDesigns(tidy: boolean, plain = false): fc.Arbitrary<Design> {
  return fc
    .record({
      stackName,
      repositories: tidy ? tidyRepositories : wildRepositories,
      entities: entitiesArbitrary(tidy),
      outputs: outputsArbitrary(tidy),
      templates: plain ? fc.constant(undefined) : creationTemplatesArbitrary(tidy),
      templateImages: rarely(sampleImages, 2),
      registry: registryArbitrary(tidy),
    })
    .map(({ stackName, repositories, entities, outputs, templates, templateImages, registry }) => {
      const named = plain
        ? (repositories as { id: string }[]).map((r, i) => ({ ...r, id: `Repository${i}` }))
        : repositories;
      const withAll = withEntities({ repositories: named }, entities, { tidy, plain });
      const withTemplates = withTemplateImages(
        withCreationTemplates(withAll as Design, templates),
        templateImages,
      );
      const withRegistryToo = plain ? withTemplates : withRegistry(withTemplates, registry, tidy);
      return toDesign({ stackName, ...withOutputs(withRegistryToo, outputs, tidy) });
    });
}

/**
 * Repository-only designs, as template import handled them before keys, principals, event
 * rules, resource policies and grants existed (its repository round trip uses this one).
 */
export const designArbitrary: fc.Arbitrary<Design> = fc.oneof(
  { weight: 2, arbitrary: repositoryDesigns(true) },
  { weight: 1, arbitrary: repositoryDesigns(false) },
);

/**
 * Tidy designs whose construct ids are letters and digits only, which logical IDs keep whole:
 * a template synthesized from one of these must import back exactly.
 */
export const plainIdDesignArbitrary: fc.Arbitrary<Design> = entityDesigns(true, true);

/** Every kind of design the format allows: what the aws-cdk-lib oracle tests run on. */
export const fullDesignArbitrary: fc.Arbitrary<Design> = fc.oneof(
  { weight: 2, arbitrary: entityDesigns(true) },
  { weight: 1, arbitrary: entityDesigns(false) },
);
