/**
 * `aws ecr batch-get-image` output read for what the lifecycle preview needs: which images an
 * image index (OCI index, Docker manifest list) references, and the subject of a referrer
 * manifest. `images[].imageManifest` is the manifest as a JSON string; `failures[]` are warnings.
 */
import type { FieldPath } from '../fieldPath';
import { designError, designWarning, type Finding, FindingCode } from '../findings';

export interface ManifestLinks {
  /** Index digest → the digests of its `manifests[]`. */
  children: Map<string, string[]>;
  /** Referrer digest → its manifest's `subject.digest`. */
  subjects: Map<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function digestsOf(list: unknown): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const digests = list.map((entry) => (isRecord(entry) ? entry.digest : undefined));
  return digests.every((d): d is string => typeof d === 'string' && d !== '') ? digests : undefined;
}

function readImage(value: unknown, path: FieldPath, links: ManifestLinks, findings: Finding[]) {
  const id = isRecord(value) && isRecord(value.imageId) ? value.imageId : undefined;
  const digest = id?.imageDigest;
  if (typeof digest !== 'string' || digest === '') {
    findings.push(
      designError(FindingCode.wrongType, [...path, 'imageId', 'imageDigest'], 'expected a digest'),
    );
    return;
  }
  const text = (value as Record<string, unknown>).imageManifest;
  const at = [...path, 'imageManifest'];
  let manifest: unknown;
  try {
    manifest = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    manifest = undefined;
  }
  if (!isRecord(manifest)) {
    findings.push(
      designError(FindingCode.wrongType, at, 'expected a manifest: a JSON object in a string'),
    );
    return;
  }
  if (manifest.manifests !== undefined) {
    const children = digestsOf(manifest.manifests);
    if (children) links.children.set(digest, children);
    else
      findings.push(
        designError(
          FindingCode.indexManifestsInvalid,
          at,
          'manifests[] of the index: expected entries with a digest',
        ),
      );
  }
  const subject = isRecord(manifest.subject) ? manifest.subject.digest : undefined;
  if (typeof subject === 'string' && subject !== '') links.subjects.set(digest, subject);
}

function readFailures(value: unknown, path: FieldPath, findings: Finding[]) {
  if (!Array.isArray(value)) return;
  value.forEach((failure, i) => {
    if (!isRecord(failure)) return;
    const id = isRecord(failure.imageId) ? failure.imageId : {};
    const what = String(id.imageDigest ?? id.imageTag ?? 'an image');
    const reason = [failure.failureCode, failure.failureReason].filter(Boolean).join(': ');
    findings.push(
      designWarning(
        FindingCode.batchGetImageFailure,
        [...path, i],
        `batch-get-image could not read ${what}${reason ? ` (${reason})` : ''}`,
      ),
    );
  });
}

/** True for batch-get-image output: an object holding an images list. */
export function isBatchGetImageOutput(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.images);
}

/**
 * The links of one or several batch-get-image outputs (several calls concatenated, or a JSON
 * array of them: the API takes at most 100 image ids per call).
 */
export function readManifests(
  outputs: readonly unknown[],
  paths: readonly FieldPath[],
): { links: ManifestLinks; findings: Finding[] } {
  const links: ManifestLinks = { children: new Map(), subjects: new Map() };
  const findings: Finding[] = [];
  outputs.forEach((output, o) => {
    const path = paths[o]!;
    if (!isBatchGetImageOutput(output)) {
      findings.push(
        designError(
          FindingCode.inputNotRecognised,
          path,
          'expected batch-get-image output: {"images": [...]}',
        ),
      );
      return;
    }
    const record = output as Record<string, unknown>;
    (record.images as unknown[]).forEach((image, i) => {
      readImage(image, [...path, 'images', i], links, findings);
    });
    readFailures(record.failures, [...path, 'failures'], findings);
  });
  return { links, findings };
}
