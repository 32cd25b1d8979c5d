/**
 * Grants of one long action each, for the oracle's designs. CDK estimates a policy statement's
 * size by the length of its actions, so a few of these outgrow a role's policy and CDK splits it
 * into overflow managed policies — without the 61 repositories that takes otherwise, which keeps
 * random runs fast.
 */
import fc from 'fast-check';

export const longGrants = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.record({
        repository: fc.nat(5),
        principal: fc.nat(5),
        action: fc
          .tuple(fc.constantFrom('A', 'B', 'C'), fc.constantFrom(1_900, 4_900, 9_990))
          .map(([letter, length]) => `ecr:Get${letter.repeat(length)}`),
      }),
      { minLength: 2, maxLength: 4 },
    ),
  },
);

type Drawn = typeof longGrants extends fc.Arbitrary<infer T> ? T : never;
type Entity = Record<string, unknown> & { id: string };

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length > 0 ? list[n % list.length] : undefined;

/** The grants, on the design's repositories; only roles split their policy, so a role takes them when there is one. */
export function resolveLongGrants(
  drawn: Drawn,
  principals: readonly Entity[] | undefined,
  repositories: readonly Entity[],
) {
  const roles = (principals ?? []).filter((p) => p.type === 'Role');
  return drawn?.flatMap(({ repository, principal, action }) => {
    const p = pick(roles.length > 0 ? roles : (principals ?? []), principal);
    const r = pick(repositories, repository);
    return p && r ? [{ grant: 'grant', repository: r.id, principal: p.id, actions: [action] }] : [];
  });
}

/**
 * A role's kept overflow policy IDs about once in four roles: empty ones keep CDK's, and only
 * roles that long grants reach have overflow policies (the others warn that the IDs keep none).
 */
export const overflowPolicyIds = (tidy: boolean) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: tidy
        ? fc.uniqueArray(fc.constantFrom('KeptOverflow', 'SplitPolicy', ''), { minLength: 1 })
        : fc.array(
            fc.constantFrom(
              'KeptOverflow',
              '',
              'bad-overflow',
              'BootstrapVersion',
              'EcrRepository',
            ),
            { minLength: 1, maxLength: 3 },
          ),
    },
  );
