/**
 * The images of a lifecycle preview from what a person has: `aws ecr describe-images` output
 * (one page, several pages concatenated or in a JSON array), or the sample-image format; with
 * `aws ecr batch-get-image` output for the children of image indexes. Total: findings, no throws.
 */
import type { FieldPath } from '../fieldPath';
import { designError, designWarning, type Finding, FindingCode } from '../findings';
import { countOf } from '../text/countOf';
import { isBatchGetImageOutput, type ManifestLinks, readManifests } from './batchGetImage';
import {
  type DescribedImage,
  isDescribeImagesPage,
  readDescribeImagesPages,
} from './describeImages';
import { parseJsonValues } from './jsonValues';
import { maxSampleImages, parseSampleImages, type SampleImage } from './sampleImages';

export interface ReadImagesOptions {
  /** The repository's name in the design: its images are read, other repositories' left out. */
  repositoryName?: string;
  /** batch-get-image output: one object, or a list of them (one per call). */
  manifests?: unknown;
}

export interface ReadImages {
  /** Undefined when a finding is an error. */
  images?: SampleImage[];
  findings: Finding[];
  format: 'describe-images' | 'sample-images' | 'unknown';
  /** describe-images: the repository whose images were read (registryId when the file has it). */
  repository?: { name: string; registryId?: string };
}

/** Each input's path: its index when the value is a list of them, else the root. */
const pathsOf = (value: unknown, count: number): FieldPath[] =>
  Array.isArray(value) ? Array.from({ length: count }, (_, i) => [i]) : [[]];

/** The repository the preview reads: the design's name when the file has it, else the first. */
function chooseRepository(images: readonly DescribedImage[], name: string | undefined) {
  const named = images.find((d) => d.repository === name || d.repository.endsWith(`/${name}`));
  return (named ?? images[0])?.repository;
}

function leaveOutForeign(images: DescribedImage[], name: string | undefined, findings: Finding[]) {
  const chosen = chooseRepository(images, name);
  const foreign = new Map<string, DescribedImage[]>();
  for (const image of images)
    if (image.repository !== chosen)
      foreign.set(image.repository, [...(foreign.get(image.repository) ?? []), image]);
  for (const [repository, left] of foreign)
    findings.push(
      designWarning(
        FindingCode.foreignImagesLeftOut,
        left[0]!.path,
        `${countOf(left.length, 'image')} of repository '${repository || '(unnamed)'}' left out: the preview reads those of '${chosen || '(unnamed)'}'`,
      ),
    );
  return images.filter((image) => image.repository === chosen);
}

function dropDuplicates(images: DescribedImage[], findings: Finding[]): DescribedImage[] {
  const seen = new Set<string>();
  return images.filter(({ image, path }) => {
    if (!seen.has(image.digest)) return seen.add(image.digest);
    findings.push(
      designWarning(
        FindingCode.duplicateDigestLeftOut,
        path,
        `digest ${image.digest} appears twice; the later entry is left out`,
      ),
    );
    return false;
  });
}

/** Children point at an index that still exists in standard storage when one does (it holds them). */
function applyLinks(images: SampleImage[], links: ManifestLinks): void {
  const byDigest = new Map(images.map((image) => [image.digest, image]));
  for (const [index, children] of links.children) {
    const parent = byDigest.get(index);
    if (!parent) continue;
    for (const digest of children) {
      const child = byDigest.get(digest);
      if (!child || child === parent) continue;
      const current = child.manifestListDigest && byDigest.get(child.manifestListDigest);
      if (!current || (current.storageClass === 'archive' && parent.storageClass !== 'archive'))
        child.manifestListDigest = index;
    }
  }
  for (const [referrer, subject] of links.subjects) {
    const image = byDigest.get(referrer);
    if (image && image.subjectDigest === undefined) image.subjectDigest = subject;
  }
}

function warnIndexesWithoutManifests(images: DescribedImage[], links: ManifestLinks | undefined) {
  const missing = images.filter((d) => d.isIndex && !links?.children.has(d.image.digest));
  if (missing.length === 0) return [];
  return [
    designWarning(
      FindingCode.indexWithoutManifest,
      missing[0]!.path,
      `${countOf(missing.length, 'image index', 'image indexes')} without ${missing.length === 1 ? 'its' : 'their'} manifest: ${missing.length === 1 ? 'its children count' : 'their children count'} as standalone images; add the batch-get-image output of the indexes (simulate --manifests, or the manifests box of the preview)`,
    ),
  ];
}

function readLinks(manifests: unknown, findings: Finding[]): ManifestLinks | undefined {
  if (manifests === undefined) return undefined;
  const outputs = Array.isArray(manifests) ? manifests : [manifests];
  const read = readManifests(
    outputs,
    pathsOf(manifests, outputs.length).map((p) => ['manifests', ...p]),
  );
  findings.push(...read.findings);
  return read.links;
}

function readDescribed(value: unknown, options: ReadImagesOptions): ReadImages {
  const pages = Array.isArray(value) ? value : [value];
  const read = readDescribeImagesPages(pages, pathsOf(value, pages.length));
  const findings = [...read.findings];
  const links = readLinks(options.manifests, findings);
  const ours = dropDuplicates(
    leaveOutForeign(read.images, options.repositoryName, findings),
    findings,
  );
  if (ours.length > maxSampleImages)
    findings.push(designError(FindingCode.tooManyEntries, [], `at most ${maxSampleImages} images`));
  findings.push(...warnIndexesWithoutManifests(ours, links));
  const images = ours.map((d) => d.image);
  if (links) applyLinks(images, links);
  if (findings.some((f) => f.severity !== 'warning'))
    return { findings, format: 'describe-images' };
  const first = ours[0];
  const repository = first?.repositoryName
    ? {
        name: first.repositoryName,
        ...(first.registryId !== '' && { registryId: first.registryId }),
      }
    : undefined;
  return { images, findings, format: 'describe-images', ...(repository && { repository }) };
}

/**
 * Reads one parsed JSON value: describe-images output (a page or a list of pages) or a list of
 * sample images. Images of other repositories are left out with a warning.
 */
export function readImages(value: unknown, options: ReadImagesOptions = {}): ReadImages {
  const pages = Array.isArray(value) && value.length > 0 && value.every(isDescribeImagesPage);
  if (pages || isDescribeImagesPage(value)) return readDescribed(value, options);
  if (isBatchGetImageOutput(value))
    return {
      findings: [
        designError(
          FindingCode.manifestsAsImages,
          [],
          'this is batch-get-image output: give it as the manifests (--manifests), and describe-images output as the images',
        ),
      ],
      format: 'unknown',
    };
  if (!Array.isArray(value))
    return {
      findings: [
        designError(
          FindingCode.inputNotRecognised,
          [],
          'expected describe-images output ({"imageDetails": [...]}) or a JSON array of sample images',
        ),
      ],
      format: 'unknown',
    };
  const parsed = parseSampleImages(value);
  const findings = [...parsed.findings];
  const links = readLinks(options.manifests, findings);
  // Copies: the links are written into the images, never into the caller's objects.
  const images = parsed.images?.map((image) => ({ ...image, tags: [...image.tags] }));
  if (images && links) applyLinks(images, links);
  const failed = findings.some((f) => f.severity !== 'warning');
  return failed
    ? { findings, format: 'sample-images' }
    : { images, findings, format: 'sample-images' };
}

/** The JSON values of a text; several values (concatenated pages) become one list. */
export function parseImageInput(
  text: string,
  path: FieldPath,
): { value?: unknown; findings: Finding[] } {
  const parsed = parseJsonValues(text, path);
  if (parsed.findings.length > 0) return { findings: parsed.findings };
  return { value: parsed.values.length === 1 ? parsed.values[0] : parsed.values, findings: [] };
}

/** readImages over text: what `aws ecr describe-images … > images.json` (or `cat` of pages) wrote. */
export function readImagesText(text: string, options: ReadImagesOptions = {}): ReadImages {
  const parsed = parseImageInput(text, []);
  if (parsed.findings.length > 0) return { findings: parsed.findings, format: 'unknown' };
  return readImages(parsed.value, options);
}
