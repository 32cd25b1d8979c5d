/** Sample images for the lifecycle preview: the shape of `simulate --images`, parsed from untrusted input. */
import type { Schema } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designError, type Finding, FindingCode, unknownFieldError } from '../findings';

export interface SampleImage {
  digest: string;
  tags: string[];
  pushedAt: string;
  lastPulledAt?: string;
  storageClass?: 'standard' | 'archive';
  archivedAt?: string;
  lastActivatedAt?: string;
  /** Digest of the manifest list (multi-arch index) that references this image. */
  manifestListDigest?: string;
  /** A referrer (signature, SBOM, attestation): the digest of the image it refers to. */
  subjectDigest?: string;
  /** imageSizeInBytes, for the bytes a run would expire or archive. */
  sizeInBytes?: number;
  /** ACTIVATING: ECR is restoring it from the archive. */
  restoring?: boolean;
}

/** ECR's default quota of images per repository. */
export const maxSampleImages = 100_000;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const knownKeys = new Set([
  'digest',
  'tags',
  'pushedAt',
  'lastPulledAt',
  'storageClass',
  'archivedAt',
  'lastActivatedAt',
  'manifestListDigest',
  'subjectDigest',
  'sizeInBytes',
  'restoring',
]);

export function parseInstant(value: string): number | undefined {
  if (!isoInstant.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function parseImage(value: unknown, path: FieldPath, findings: Finding[]): SampleImage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    findings.push(designError(FindingCode.wrongType, path, 'expected an image object'));
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const before = findings.length;
  const wrong = (key: string, code: FindingCode, message: string) =>
    findings.push(designError(code, [...path, key], message));
  for (const key of Object.keys(record))
    if (!knownKeys.has(key)) findings.push(unknownFieldError(path, key));
  const text = (key: string, required: boolean) => {
    const v = record[key];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || v === '')
      wrong(key, FindingCode.wrongType, 'expected a non-empty string');
  };
  const instant = (key: string, required: boolean) => {
    const v = record[key];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || parseInstant(v) === undefined)
      wrong(
        key,
        FindingCode.timestampInvalid,
        'expected an ISO 8601 instant such as 2025-06-30T00:00:00Z',
      );
  };
  text('digest', true);
  text('manifestListDigest', false);
  text('subjectDigest', false);
  const size = record.sizeInBytes;
  if (size !== undefined && (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0))
    wrong('sizeInBytes', FindingCode.wrongType, 'expected a whole number of bytes');
  if (record.restoring !== undefined && typeof record.restoring !== 'boolean')
    wrong('restoring', FindingCode.wrongType, 'expected true or false');
  instant('pushedAt', true);
  for (const key of ['lastPulledAt', 'archivedAt', 'lastActivatedAt']) instant(key, false);
  if (!Array.isArray(record.tags) || !record.tags.every((t) => typeof t === 'string'))
    wrong('tags', FindingCode.wrongType, 'expected a list of strings');
  const { storageClass } = record;
  if (storageClass !== undefined && storageClass !== 'standard' && storageClass !== 'archive')
    wrong('storageClass', FindingCode.notOneOf, 'expected "standard" or "archive"');
  if (storageClass === 'archive' && record.archivedAt === undefined)
    wrong('archivedAt', FindingCode.archivedWithoutDate, 'an archived image needs archivedAt');
  return findings.length === before ? (record as unknown as SampleImage) : undefined;
}

/** Validates a list of sample images; duplicate digests are findings too. */
export function parseSampleImages(
  value: unknown,
  path: FieldPath = [],
): { images?: SampleImage[]; findings: Finding[] } {
  if (!Array.isArray(value))
    return {
      findings: [designError(FindingCode.wrongType, path, 'expected a JSON array of images')],
    };
  if (value.length > maxSampleImages)
    return {
      findings: [
        designError(FindingCode.tooManyEntries, path, `at most ${maxSampleImages} images`),
      ],
    };
  const findings: Finding[] = [];
  const images = value.map((entry, index) => parseImage(entry, [...path, index], findings));
  const seen = new Set<string>();
  images.forEach((image, index) => {
    if (!image) return;
    if (seen.has(image.digest))
      findings.push(
        designError(
          FindingCode.duplicateDigest,
          [...path, index, 'digest'],
          `digest ${image.digest} appears twice`,
        ),
      );
    seen.add(image.digest);
  });
  return findings.length > 0 ? { findings } : { images: images as SampleImage[], findings };
}

const instantSchema = (description: string) => ({
  type: 'string',
  format: 'date-time',
  description,
});

/** `repositories[i].sampleImages`: parseSampleImages' rules (a repository's images, as ECR caps them). */
export function sampleImagesSchema(description: string): Schema<SampleImage[]> {
  return {
    parse(value, path, findings) {
      const parsed = parseSampleImages(value, path);
      findings.push(...parsed.findings);
      return parsed.images?.map((image) => ({ ...image, tags: [...image.tags] }));
    },
    jsonSchema: () => ({
      type: 'array',
      description,
      maxItems: maxSampleImages,
      items: {
        type: 'object',
        description:
          "A sample image in the preview's own format (simulate --images also reads aws ecr describe-images output); digests are unique.",
        properties: {
          digest: { type: 'string', minLength: 1, description: 'Image digest (sha256:…).' },
          tags: { type: 'array', items: { type: 'string' }, description: 'Image tags.' },
          pushedAt: instantSchema('imagePushedAt, ISO 8601.'),
          lastPulledAt: instantSchema('lastRecordedPullTime; omitted when never pulled.'),
          storageClass: { type: 'string', enum: ['standard', 'archive'] },
          archivedAt: instantSchema('lastArchivedAt; required for archived images.'),
          lastActivatedAt: instantSchema('lastActivatedAt: when the image was last restored.'),
          manifestListDigest: {
            type: 'string',
            minLength: 1,
            description: 'The manifest list (multi-arch index) that references this image.',
          },
          subjectDigest: {
            type: 'string',
            minLength: 1,
            description:
              'subjectManifestDigest: a referrer (signature, SBOM, attestation) names the image it refers to.',
          },
          sizeInBytes: {
            type: 'integer',
            minimum: 0,
            description: 'imageSizeInBytes, summed into the bytes a run expires or archives.',
          },
          restoring: {
            type: 'boolean',
            description: 'imageStatus ACTIVATING: being restored from the archive.',
          },
        },
        required: ['digest', 'tags', 'pushedAt'],
        additionalProperties: false,
      },
    }),
  };
}
