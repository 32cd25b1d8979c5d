/**
 * The registry checks and matchRegistry are total: on random registry parts (values ECR takes
 * and values it refuses), they return findings whose paths name fields of the design, never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analyzeDesign';
import type { Design, RegistryDesign } from '../design/designSchema';
import { matchRegistry } from '../registry/matchRegistry';

const word = fc.constantFrom(
  'ROOT',
  'prod',
  'prod/',
  'prod/team',
  'ecr-public',
  'docker-hub',
  'x',
  '',
);
const value = (...known: string[]) => fc.constantFrom(...known, 'BOGUS');
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const filters = fc.array(fc.constantFrom('*', 'prod*', 'web', '*a*b*', 'prod'), { maxLength: 3 });
const rule = fc.record(
  {
    maxImageCount: fc.integer({ min: -1, max: 5 }),
    maxDaysSinceImagePulled: fc.integer({ min: 0, max: 40 }),
    tagStatus: fc.constantFrom('ANY' as const, 'TAGGED' as const, 'UNTAGGED' as const),
    rulePriority: fc.integer({ min: 0, max: 3 }),
  },
  { requiredKeys: [] },
);

const registry: fc.Arbitrary<RegistryDesign> = fc.record(
  {
    creationTemplates: fc.array(
      fc.record(
        {
          id: fc.constantFrom('A', 'B'),
          prefix: word,
          appliedFor: fc.array(value('REPLICATION', 'PULL_THROUGH_CACHE', 'CREATE_ON_PUSH'), {
            maxLength: 3,
          }),
          imageTagMutability: optional(value('MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION')),
          imageTagMutabilityExclusionFilters: optional(
            fc.array(fc.constant('v*'), { maxLength: 2 }),
          ),
          encryption: optional(value('AES256', 'KMS', 'KMS_DSSE')),
          encryptionKey: optional(fc.constant('Key')),
          lifecycleRules: optional(fc.array(rule, { maxLength: 3 })),
          resourceTags: optional(
            fc.array(fc.record({ key: fc.constant('k'), value: fc.constant('v') }), {
              maxLength: 1,
            }),
          ),
          customRoleArn: optional(fc.constant('arn:aws:iam::111122223333:role/r')),
        },
        { requiredKeys: ['id', 'prefix', 'appliedFor'] },
      ),
      { maxLength: 4 },
    ),
    replication: fc.record({
      rules: fc.array(
        fc.record(
          {
            destinations: fc.array(
              fc.record({
                region: fc.constant('eu-west-1'),
                registryId: fc.constant('111122223333'),
              }),
              { maxLength: 2 },
            ),
            repositoryFilters: optional(filters),
          },
          { requiredKeys: ['destinations'] },
        ),
        { maxLength: 12 },
      ),
    }),
    pullThroughCacheRules: fc.array(
      fc.record(
        {
          id: fc.constant('P'),
          ecrRepositoryPrefix: optional(word),
          upstreamRegistry: optional(
            value('ecr', 'docker-hub', 'quay', 'azure-container-registry'),
          ),
          upstreamRegistryUrl: optional(
            fc.constantFrom('quay.io', 'x.azurecr.io', 'registry-1.docker.io', 'nope'),
          ),
          upstreamRepositoryPrefix: optional(word),
          credentialArn: optional(fc.constant('arn:x')),
          customRoleArn: optional(fc.constant('arn:y')),
        },
        { requiredKeys: ['id'] },
      ),
      { maxLength: 3 },
    ),
    scanning: fc.record({
      scanType: value('BASIC', 'ENHANCED'),
      rules: fc.array(
        fc.record({
          scanFrequency: value('SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'),
          repositoryFilters: filters,
        }),
        { maxLength: 3 },
      ),
    }),
    signing: fc.record({
      rules: fc.array(
        fc.record(
          { signingProfileArn: fc.constant('arn:s'), repositoryFilters: optional(filters) },
          { requiredKeys: ['signingProfileArn'] },
        ),
        { maxLength: 11 },
      ),
    }),
    pullTimeUpdateExclusions: fc.array(
      fc.record({ id: fc.constant('X'), principalArn: fc.constant('arn:z') }),
      { maxLength: 1 },
    ),
  },
  { requiredKeys: [] },
);

/** True when `path` leads to a value (or a field's place) inside `root`. */
function reaches(root: unknown, path: readonly (string | number)[]): boolean {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return typeof node === 'object' && node !== null;
}

describe('the registry checks on random registries', () => {
  it('never throw, and point at places of the design', () => {
    fc.assert(
      fc.property(
        registry,
        fc.constantFrom('prod/web', 'web', 'ecr-public/nginx', ''),
        (reg, name) => {
          const design: Design = {
            version: 1,
            keys: [{ id: 'Key' }],
            repositories: [
              { id: 'Repo', repositoryName: 'prod/web', lifecycleRules: [{ maxImageCount: 2 }] },
            ],
            registry: reg,
          };
          for (const finding of analyzeDesign(design).findings)
            expect(reaches(design, finding.path), finding.path.join('.')).toBe(true);
          expect(matchRegistry(design, name).templates).toHaveLength(3);
        },
      ),
      { numRuns: 200 },
    );
  });
});
