/**
 * The engine's generator (generateSampleImages) plus what it leaves out: releases as multi-arch
 * manifest lists, whose untagged children ECR holds while the list exists (spec §1.4). Runs in
 * the preview worker; the design's cap of 1,000 images holds children included.
 */
import {
  generateSampleImages,
  maxGeneratedSampleImages,
  type SampleImage,
} from '../../engine/index';
import type { GeneratorSpec } from './generatorSpec';

const architectures = ['amd64', 'arm64'] as const;

function withChildren(images: SampleImage[], releasePrefix: string): SampleImage[] {
  return images.flatMap((image) =>
    image.tags.some((t) => t.startsWith(releasePrefix))
      ? [
          image,
          ...architectures.map((arch) => ({
            digest: `${image.digest}-${arch}`,
            tags: [],
            pushedAt: image.pushedAt,
            ...(image.lastPulledAt ? { lastPulledAt: image.lastPulledAt } : {}),
            manifestListDigest: image.digest,
          })),
        ]
      : [image],
  );
}

export function generateImages(spec: GeneratorSpec, now: number): SampleImage[] {
  const { multiArch, ...engineSpec } = spec;
  let images = generateSampleImages({ ...engineSpec, seed: 1 }, now);
  if (!multiArch) return images;
  const releases = () =>
    images.filter((i) => i.tags.some((t) => t.startsWith(spec.releaseTagPrefix)));
  // Children take room under the cap: ask again for fewer images so the set still fits.
  for (let attempt = 0; attempt < 3; attempt++) {
    const total = images.length + architectures.length * releases().length;
    if (total <= maxGeneratedSampleImages) break;
    images = generateSampleImages(
      { ...engineSpec, seed: 1, limit: images.length - (total - maxGeneratedSampleImages) },
      now,
    );
  }
  return withChildren(images, spec.releaseTagPrefix).slice(-maxGeneratedSampleImages);
}
