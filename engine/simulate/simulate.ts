/** simulate(design, repositoryId, images, now): the lifecycle preview of one repository. */
import { analyzeDesign } from '../analyzeDesign';
import type { Design } from '../design/designSchema';
import type { Finding } from '../findings';
import { evaluatePolicy, type ImageOutcome, type SimulatedRule } from './evaluatePolicy';
import type { SampleImage } from './sampleImages';

export type SimulationResult =
  | { ok: true; outcomes: ImageOutcome[] }
  | { ok: false; message: string; findings: Finding[] };

/** "images tagged prod*", "untagged images", "images" — the selection in words. */
export function describeSelection(selection: SimulatedRule['selection']): string {
  const status = selection.tagStatus.toLowerCase();
  if (status === 'untagged') return 'untagged images';
  if (status === 'any') return 'images';
  const entries = selection.tagPrefixList?.map((p) => `${p}*`) ?? selection.tagPatternList ?? [];
  return `images tagged ${entries.join(' AND ')}`;
}

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
    return { ok: false, message: `no repository at index ${repositoryIndex}`, findings: [] };
  return simulateAt(design, repositoryIndex, undefined, now);
}

function simulateAt(
  design: Design,
  index: number,
  images: readonly SampleImage[] | undefined,
  now: number,
): SimulationResult {
  const analysis = analyzeDesign(design);
  const repository = analysis.repositories[index]!;
  const blocking = analysis.findings.filter(
    (f) => f.path.startsWith(`${repository.path}.lifecycleRules`) && f.severity === 'error',
  );
  if (!repository.placed || blocking.length > 0) {
    return {
      ok: false,
      message: `the lifecycle rules of '${repository.repository.id}' have errors; fix them to preview`,
      findings: blocking,
    };
  }
  const rules = repository.policy?.rules ?? [];
  const sample = images ?? repository.repository.sampleImages ?? [];
  return {
    ok: true,
    outcomes: evaluatePolicy(rules, sample, now, (rule) => describeSelection(rule.selection)),
  };
}
