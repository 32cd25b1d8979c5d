/** The generator form's parameters: the engine's SampleImageSpec plus multi-arch releases. */
import type { SampleImageSpec } from '../../engine/index';

export interface GeneratorSpec extends Required<Omit<SampleImageSpec, 'seed' | 'limit'>> {
  /** Each release becomes a manifest list with an amd64 and an arm64 child (untagged). */
  multiArch: boolean;
}

export const defaultGeneratorSpec: GeneratorSpec = {
  days: 30,
  ciPushesPerDay: 20,
  ciTagPrefix: 'sha-',
  releasesPerWeek: 1,
  releaseTagPrefix: 'prod-',
  untaggedPerDay: 2,
  pulledShare: 0.5,
  multiArch: true,
};

/** The design (and so its share link) holds at most this many sample images per repository. */
export const maxGeneratedImages = 1_000;
