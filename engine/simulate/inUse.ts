/**
 * Which of a repository's images are in use: image references (from inUseReaders) matched to
 * the repository by ECR registry, repository name, tag and digest. A reference to an image
 * index also puts its children in use, and one to a child its index (expiring the index lets
 * ECR expire the child in a later run). References to other repositories are counted, not used.
 */
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { countOf } from '../text/countOf';
import { type ImageReference, parseImageReference } from './imageReference';
import type { ImageUse } from './inUseReaders';
import type { SampleImage } from './sampleImages';

/** The repository the images belong to: its name and, when known, its account. */
export interface RepositoryIdentity {
  name?: string;
  registryId?: string;
}

export interface InUseMatch {
  /** Digest → where the image is used, without repeats, in input order. */
  usedBy: Map<string, string[]>;
  /** The repository name references were matched on (inferred when none was given). */
  repositoryName?: string;
  counts: {
    /** References read. */
    references: number;
    /** References to the repository that name one of its images. */
    matched: number;
    /** References to the repository that name none of its images (deleted, or not in the file). */
    unmatched: number;
    /** References to other repositories or registries, and text that is not a reference. */
    otherRepositories: number;
  };
  findings: Finding[];
}

interface Parsed {
  use: ImageUse;
  ref: ImageReference | undefined;
}

/** Without a name: the ECR repository whose references name these images' digests most often. */
function inferName(parsed: readonly Parsed[], digests: ReadonlySet<string>): string | undefined {
  const votes = new Map<string, number>();
  for (const { ref } of parsed)
    if (ref?.ecr && ref.digest && digests.has(ref.digest))
      votes.set(ref.repository, (votes.get(ref.repository) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, n] of votes) if (best === undefined || n > votes.get(best)!) best = name;
  return best;
}

function nameFindings(given: string | undefined, inferred: string | undefined): Finding[] {
  if (given !== undefined) return [];
  return [
    designWarning(
      inferred === undefined
        ? FindingCode.repositoryNameMissing
        : FindingCode.repositoryNameInferred,
      [],
      inferred === undefined
        ? 'the repository has no repositoryName and no reference names one of its images by digest: no image is matched as in use; set repositoryName'
        : `the repository has no repositoryName: references were matched to repository '${inferred}', whose references name these images by digest; set repositoryName to be sure`,
    ),
  ];
}

/** Images named by a reference: its digest and its tag (a tag may since point elsewhere). */
function imagesOf(
  ref: ImageReference,
  byDigest: Map<string, SampleImage>,
  byTag: Map<string, SampleImage>,
) {
  const named = [ref.digest && byDigest.get(ref.digest), ref.tag && byTag.get(ref.tag)];
  return [...new Set(named.filter((i): i is SampleImage => !!i))];
}

/** An index and its children are used together. */
function relatives(image: SampleImage, children: Map<string, SampleImage[]>): string[] {
  return [
    image.digest,
    ...(children.get(image.digest) ?? []).map((c) => c.digest),
    ...(image.manifestListDigest ? [image.manifestListDigest] : []),
  ];
}

function indexes(images: readonly SampleImage[]) {
  const byDigest = new Map(images.map((i) => [i.digest, i]));
  const byTag = new Map<string, SampleImage>();
  const children = new Map<string, SampleImage[]>();
  for (const image of images) {
    for (const tag of image.tags) byTag.set(tag, image);
    const parent = image.manifestListDigest;
    if (parent) children.set(parent, [...(children.get(parent) ?? []), image]);
  }
  return { byDigest, byTag, children };
}

/** Matches references to the images of one repository. Total: problems are warnings. */
export function matchInUse(
  uses: readonly ImageUse[],
  images: readonly SampleImage[],
  repository: RepositoryIdentity,
): InUseMatch {
  const { byDigest, byTag, children } = indexes(images);
  const parsed: Parsed[] = uses.map((use) => ({ use, ref: parseImageReference(use.reference) }));
  const name = repository.name ?? inferName(parsed, new Set(byDigest.keys()));
  const findings = nameFindings(repository.name, name);
  const counts = { references: uses.length, matched: 0, unmatched: 0, otherRepositories: 0 };
  const usedBy = new Map<string, string[]>();
  const missing = new Map<string, { path: FieldPath; count: number }>();
  for (const { use, ref } of parsed) {
    if (!ref)
      findings.push(
        designWarning(
          FindingCode.notAnImageReference,
          use.path,
          `not an image reference: '${use.reference}'`,
        ),
      );
    const ours =
      ref?.ecr !== undefined &&
      ref.repository === name &&
      (repository.registryId === undefined || ref.ecr.account === repository.registryId);
    if (!ours) {
      counts.otherRepositories++;
      continue;
    }
    const named = imagesOf(ref, byDigest, byTag);
    if (named.length === 0) {
      counts.unmatched++;
      const seen = missing.get(use.reference) ?? { path: use.path, count: 0 };
      missing.set(use.reference, { ...seen, count: seen.count + 1 });
      continue;
    }
    counts.matched++;
    for (const digest of named.flatMap((image) => relatives(image, children))) {
      const where = usedBy.get(digest) ?? [];
      if (!where.includes(use.where)) usedBy.set(digest, [...where, use.where]);
    }
  }
  for (const [reference, { path, count }] of missing)
    findings.push(
      designWarning(
        FindingCode.inUseImageMissing,
        path,
        `${reference} is in use (${countOf(count, 'reference')}) but is not among the images: deleted already, or missing from the images file`,
      ),
    );
  return { usedBy, ...(name !== undefined && { repositoryName: name }), counts, findings };
}
