/** The generator form's parameters: the engine's SampleImageSpec plus multi-arch releases. */
import type { SampleImageSpec } from '../../engine/index';

export interface GeneratorSpec extends Required<Omit<SampleImageSpec, 'seed' | 'limit'>> {
  /** Each release becomes a manifest list with an amd64 and an arm64 child (untagged). */
  multiArch: boolean;
}

/**
 * Sixty days is twice the example design's 30-day rule, so about half the set expires and the
 * older releases show the keep-prod rule protecting them; ten CI images a day keeps those sixty
 * days (with the releases' children) under the cap, so every day asked for is generated.
 */
export const defaultGeneratorSpec: GeneratorSpec = {
  days: 60,
  ciPushesPerDay: 10,
  ciTagPrefix: 'sha-',
  releasesPerWeek: 1,
  releaseTagPrefix: 'prod-',
  untaggedPerDay: 2,
  pulledShare: 0.5,
  multiArch: true,
};
