/**
 * `aws ecr describe-images` output read as sample images: one `{"imageDetails": [...]}` page,
 * or several. Field names and types follow the ECR API's ImageDetail (botocore service-2.json):
 * CLI v2 prints timestamps as ISO 8601 with an offset (and microseconds), CLI v1 as epoch
 * seconds. Fields AWS adds later are ignored; wrong types are findings with their path.
 */
import type { FieldPath } from '../fieldPath';
import { designError, type Finding, FindingCode } from '../findings';
import { parseInstant, type SampleImage } from './sampleImages';

/** An image of the file with the repository it belongs to (registryId/repositoryName). */
export interface DescribedImage {
  image: SampleImage;
  repository: string;
  /** The fields `repository` is made of: registryId ('' when absent) and repositoryName. */
  registryId: string;
  repositoryName: string;
  /** imageManifestMediaType says it is an image index (manifest list). */
  isIndex: boolean;
  path: FieldPath;
}

const indexMediaTypes: readonly string[] = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
];

/** CLI v2: ISO 8601 text; CLI v1 (and `--cli-timestamp-format wire`): epoch seconds. */
function readAwsTimestamp(value: unknown): string | undefined {
  if (typeof value === 'number')
    // Milliseconds truncated, as Date.parse truncates v2's microseconds; the half-microsecond
    // absorbs float error (1750403643.281 * 1000 is 1750403643280.9998).
    return Number.isFinite(value) && Math.abs(value) < 1e11
      ? new Date(Math.floor(value * 1000 + 0.0005)).toISOString()
      : undefined;
  if (typeof value !== 'string') return undefined;
  const ms = parseInstant(value);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for a describe-images page: an object holding an imageDetails list. */
export function isDescribeImagesPage(value: unknown): boolean {
  return isRecord(value) && 'imageDetails' in value;
}

const statusClass: Record<string, Pick<SampleImage, 'storageClass' | 'restoring'>> = {
  ACTIVE: {},
  ARCHIVED: { storageClass: 'archive' },
  // Still in the archive until the restore completes (an assumption the result reports).
  ACTIVATING: { storageClass: 'archive', restoring: true },
};

interface FieldReader {
  record: Record<string, unknown>;
  path: FieldPath;
  findings: Finding[];
}

function text(reader: FieldReader, key: string, required = false): string | undefined {
  const value = reader.record[key];
  if (value === undefined && !required) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  reader.findings.push(
    designError(FindingCode.wrongType, [...reader.path, key], 'expected a non-empty string'),
  );
  return undefined;
}

function timestamp(reader: FieldReader, key: string, required = false): string | undefined {
  const value = reader.record[key];
  if (value === undefined && !required) return undefined;
  const iso = readAwsTimestamp(value);
  if (iso === undefined)
    reader.findings.push(
      designError(
        FindingCode.timestampInvalid,
        [...reader.path, key],
        'expected a timestamp: ISO 8601 text (AWS CLI v2) or epoch seconds (AWS CLI v1)',
      ),
    );
  return iso;
}

function tagsOf(reader: FieldReader): string[] {
  const tags = reader.record.imageTags;
  if (tags === undefined) return [];
  if (Array.isArray(tags) && tags.every((t) => typeof t === 'string')) return [...tags];
  reader.findings.push(
    designError(FindingCode.wrongType, [...reader.path, 'imageTags'], 'expected a list of strings'),
  );
  return [];
}

function statusOf(reader: FieldReader): Pick<SampleImage, 'storageClass' | 'restoring'> {
  const status = reader.record.imageStatus;
  if (status === undefined) return {};
  if (typeof status === 'string' && Object.hasOwn(statusClass, status)) return statusClass[status]!;
  reader.findings.push(
    designError(
      FindingCode.notOneOf,
      [...reader.path, 'imageStatus'],
      'expected ACTIVE, ARCHIVED or ACTIVATING',
    ),
  );
  return {};
}

function sizeOf(reader: FieldReader): number | undefined {
  const size = reader.record.imageSizeInBytes;
  if (size === undefined) return undefined;
  if (typeof size === 'number' && Number.isSafeInteger(size) && size >= 0) return size;
  reader.findings.push(
    designError(
      FindingCode.wrongType,
      [...reader.path, 'imageSizeInBytes'],
      'expected a whole number of bytes',
    ),
  );
  return undefined;
}

/** One ImageDetail; undefined (with findings) when a field the simulation reads is wrong. */
function readDetail(
  value: unknown,
  path: FieldPath,
  findings: Finding[],
): DescribedImage | undefined {
  if (!isRecord(value)) {
    findings.push(designError(FindingCode.wrongType, path, 'expected an ImageDetail object'));
    return undefined;
  }
  const before = findings.length;
  const reader: FieldReader = { record: value, path, findings };
  const digest = text(reader, 'imageDigest', true);
  const pushedAt = timestamp(reader, 'imagePushedAt', true);
  const image: SampleImage = {
    digest: digest ?? '',
    tags: tagsOf(reader),
    pushedAt: pushedAt ?? '',
  };
  const optional: Partial<SampleImage> = {
    lastPulledAt: timestamp(reader, 'lastRecordedPullTime'),
    archivedAt: timestamp(reader, 'lastArchivedAt'),
    lastActivatedAt: timestamp(reader, 'lastActivatedAt'),
    subjectDigest: text(reader, 'subjectManifestDigest'),
    sizeInBytes: sizeOf(reader),
    ...statusOf(reader),
  };
  for (const [key, field] of Object.entries(optional))
    if (field !== undefined) Object.assign(image, { [key]: field });
  const mediaType = text(reader, 'imageManifestMediaType');
  text(reader, 'artifactMediaType');
  const registry = text(reader, 'registryId') ?? '';
  const repository = text(reader, 'repositoryName') ?? '';
  if (image.storageClass === 'archive' && image.archivedAt === undefined)
    findings.push(
      designError(
        FindingCode.archivedWithoutDate,
        [...path, 'lastArchivedAt'],
        'an archived image needs lastArchivedAt',
      ),
    );
  if (findings.length > before) return undefined;
  return {
    image,
    repository: registry === '' ? repository : `${registry}/${repository}`,
    registryId: registry,
    repositoryName: repository,
    isIndex: mediaType !== undefined && indexMediaTypes.includes(mediaType),
    path,
  };
}

/** Every ImageDetail of the pages, in order; `paths[i]` names page i in findings. */
export function readDescribeImagesPages(
  pages: readonly unknown[],
  paths: readonly FieldPath[],
): { images: DescribedImage[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const images: DescribedImage[] = [];
  pages.forEach((page, p) => {
    const pagePath = paths[p]!;
    if (!isDescribeImagesPage(page)) {
      findings.push(
        designError(
          FindingCode.inputNotRecognised,
          pagePath,
          'expected a describe-images page: {"imageDetails": [...]}',
        ),
      );
      return;
    }
    const details = (page as Record<string, unknown>).imageDetails;
    const listPath = [...pagePath, 'imageDetails'];
    if (!Array.isArray(details)) {
      findings.push(
        designError(FindingCode.wrongType, listPath, 'expected a list of ImageDetail objects'),
      );
      return;
    }
    details.forEach((detail, i) => {
      const read = readDetail(detail, [...listPath, i], findings);
      if (read) images.push(read);
    });
  });
  return { images, findings };
}
