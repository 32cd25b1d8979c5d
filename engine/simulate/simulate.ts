/** simulate(design, repositoryId, images, now): the lifecycle preview of one repository. */
import { analyzeDesign } from '../analyzeDesign';
import type { Design } from '../design/designSchema';
import { pathStartsWith } from '../fieldPath';
import type { Finding } from '../findings';
import { assumptionsOf, type SimulationAssumption } from './assumptions';
import { evaluatePolicy, type ImageOutcome, type SimulatedRule } from './evaluatePolicy';
import type { SampleImage } from './sampleImages';
import { describeSelection } from './tagMatching';

/**
 * The outcomes with the assumptions they depend on; or, as ECR refuses a policy with errors or
 * deploy-errors, no outcomes: `blocked` says why and `findings` are the blocking findings.
 */
export type SimulationResult =
  | { ok: true; outcomes: ImageOutcome[]; assumptions: SimulationAssumption[] }
  | {
      ok: false;
      blocked: 'invalid-policy' | 'no-repository';
      message: string;
      findings: Finding[];
    };

// Kept with the selection it describes, which the app's rule cards import without the simulator.
export { describeSelection } from './tagMatching';

/**
 * Evaluates the lifecycle policy CDK would write for `repositoryId` (the first repository by
 * default) over sample images (the repository's own `sampleImages` when omitted) at the
 * instant `now` (ms since epoch). Deterministic: no clock.
 */
export function simulate(
  design: Design,
  repositoryId: string | undefined,
  images: readonly SampleImage[] | undefined,
  now: number,
): SimulationResult {
  const index =
    repositoryId === undefined ? 0 : design.repositories.findIndex((r) => r.id === repositoryId);
  if (!design.repositories[index]) {
    return {
      ok: false,
      blocked: 'no-repository',
      message:
        repositoryId === undefined
          ? 'the design has no repository'
          : `no repository with id '${repositoryId}'`,
      findings: [],
    };
  }
  return simulateAt(design, index, images, now);
}

/** The preview of the repository at `repositoryIndex` over its own sampleImages. */
export function simulateRepository(
  design: Design,
  repositoryIndex: number,
  now: number,
): SimulationResult {
  if (!design.repositories[repositoryIndex])
    return {
      ok: false,
      blocked: 'no-repository',
      message: `no repository at index ${repositoryIndex}`,
      findings: [],
    };
  return simulateAt(design, repositoryIndex, undefined, now);
}

/** The rules ECR would evaluate for the repository at `index`, or why there are none. */
export type RepositoryPolicy =
  | { ok: true; rules: SimulatedRule[]; sampleImages: readonly SampleImage[] }
  | Extract<SimulationResult, { ok: false }>;

/**
 * The lifecycle policy of a repository as the simulator evaluates it (what CDK would write), or
 * the findings that block it: ECR refuses a policy with deploy-errors as CDK one with errors.
 */
export function repositoryPolicy(design: Design, index: number): RepositoryPolicy {
  const analysis = analyzeDesign(design);
  const repository = analysis.repositories[index];
  if (!repository)
    return {
      ok: false,
      blocked: 'no-repository',
      message: `no repository at index ${index}`,
      findings: [],
    };
  const blocking = analysis.findings.filter(
    (f) =>
      pathStartsWith(f.path, [...repository.path, 'lifecycleRules']) && f.severity !== 'warning',
  );
  if (!repository.placed || blocking.length > 0) {
    return {
      ok: false,
      blocked: 'invalid-policy',
      message: `the lifecycle policy of '${repository.repository.id}' has errors that CDK or ECR would refuse; fix them to preview`,
      findings: blocking,
    };
  }
  return {
    ok: true,
    rules: repository.policy?.rules ?? [],
    sampleImages: repository.repository.sampleImages ?? [],
  };
}

/** The outcomes of one run of `rules` at `now`, with the assumptions they depend on. */
export function evaluateRules(
  rules: readonly SimulatedRule[],
  images: readonly SampleImage[],
  now: number,
): { outcomes: ImageOutcome[]; assumptions: SimulationAssumption[] } {
  const outcomes = evaluatePolicy(rules, images, now, (rule) => describeSelection(rule.selection));
  return { outcomes, assumptions: assumptionsOf({ rules, images, outcomes }) };
}

function simulateAt(
  design: Design,
  index: number,
  images: readonly SampleImage[] | undefined,
  now: number,
): SimulationResult {
  const policy = repositoryPolicy(design, index);
  if (!policy.ok) return policy;
  return { ok: true, ...evaluateRules(policy.rules, images ?? policy.sampleImages, now) };
}
