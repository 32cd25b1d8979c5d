import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../fieldPath';
import { parseJsonValues } from './jsonValues';
import { readImages, readImagesText } from './readImages';

const testdata = (name: string) =>
  readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');
const v2Text = testdata('describe-images-v2.json');
const v1Text = testdata('describe-images-v1-pages.txt');
const manifests = JSON.parse(testdata('batch-get-image.json')) as unknown;

describe('readImages: aws ecr describe-images output', () => {
  const read = readImagesText(v2Text, { repositoryName: 'web-app', manifests });

  it('reads CLI v2 output (ISO 8601 with offsets and microseconds) as sample images', () => {
    expect(read.format).toBe('describe-images');
    expect(read.images).toHaveLength(10);
    const [index, amd64, , sig, , archived, restored, activating, untagged] = read.images!;
    expect(index).toMatchObject({
      tags: ['v1.4.0', 'latest'],
      pushedAt: '2025-06-20T07:14:03.281Z',
      lastPulledAt: '2025-06-29T20:41:17.004Z',
      sizeInBytes: 53318220,
    });
    expect(index!.storageClass).toBeUndefined();
    expect(amd64!.manifestListDigest).toBe(index!.digest);
    expect(sig!.subjectDigest).toBe(index!.digest);
    expect(archived).toMatchObject({
      storageClass: 'archive',
      archivedAt: '2025-04-15T00:00:03.000Z',
    });
    expect(restored).toMatchObject({ lastActivatedAt: '2025-06-10T11:30:00.250Z' });
    expect(restored!.storageClass).toBeUndefined();
    expect(activating).toMatchObject({ storageClass: 'archive', restoring: true });
    expect(untagged!.tags).toEqual([]);
  });

  it('leaves out another repository’s images and reports batch-get-image failures as warnings', () => {
    expect(read.findings.map((f) => `${formatPath(f.path)}: ${f.severity}: ${f.message}`)).toEqual([
      expect.stringMatching(
        /^manifests\.failures\[0\]: warning: batch-get-image could not read sha256:\w+ \(ImageNotFound: Requested image not found\)$/,
      ),
      "imageDetails[10]: warning: 1 image of repository '123456789012/billing-api' left out: the preview reads those of '123456789012/web-app'",
    ]);
  });

  it('reads CLI v1 pages (epoch seconds) concatenated as cat writes them, to the same images', () => {
    const v1 = readImagesText(v1Text, { manifests });
    expect(v1.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(v1.images).toEqual(read.images);
  });

  it('takes a JSON array of pages, and warns of indexes without their manifest', () => {
    const pages = parseJsonValues(v1Text, []).values;
    const asArray = readImages(pages, {});
    expect(asArray.images).toHaveLength(10);
    expect(asArray.findings.map((f) => `${formatPath(f.path)}: ${f.message}`)).toEqual([
      '[0].imageDetails[0]: 1 image index without its manifest: its children count as standalone images; add the batch-get-image output of the indexes (simulate --manifests, or the manifests box of the preview)',
    ]);
    expect(asArray.images!.some((i) => i.manifestListDigest)).toBe(false);
  });

  it('reports wrong types with their path and ignores fields AWS adds later', () => {
    const page = {
      imageDetails: [
        { imageDigest: 'sha256:a', imagePushedAt: 'yesterday', imageTags: 'v1', newField: [1] },
        { imageDigest: 7, imagePushedAt: 1.7e9, imageStatus: 'FROZEN', imageSizeInBytes: -1 },
        { imageDigest: 'sha256:c', imagePushedAt: 1.7e9, imageStatus: 'ARCHIVED' },
      ],
    };
    expect(readImages(page).findings.map((f) => `${formatPath(f.path)}: ${f.message}`)).toEqual([
      'imageDetails[0].imagePushedAt: expected a timestamp: ISO 8601 text (AWS CLI v2) or epoch seconds (AWS CLI v1)',
      'imageDetails[0].imageTags: expected a list of strings',
      'imageDetails[1].imageDigest: expected a non-empty string',
      'imageDetails[1].imageSizeInBytes: expected a whole number of bytes',
      'imageDetails[1].imageStatus: expected ACTIVE, ARCHIVED or ACTIVATING',
      'imageDetails[2].lastArchivedAt: an archived image needs lastArchivedAt',
    ]);
    expect(readImages(page).images).toBeUndefined();
  });

  it('keeps reading the sample-image format, and refuses what is neither', () => {
    const sample = [{ digest: 'sha256:a', tags: [], pushedAt: '2025-06-01T00:00:00Z' }];
    expect(readImages(sample)).toEqual({ images: sample, findings: [], format: 'sample-images' });
    expect(readImages(manifests).findings[0]!.message).toMatch(/^this is batch-get-image output/);
    expect(readImagesText('{"imageDetails": [] } {').findings[0]!.message).toMatch(
      /^not valid JSON \(value 2 of 2\)/,
    );
    expect(readImages({ images: 'x' }).format).toBe('unknown');
  });
});

describe('readImages on mutated real pages', () => {
  const page = JSON.parse(v2Text) as { imageDetails: Record<string, unknown>[] };
  const keys = [...new Set(page.imageDetails.flatMap((d) => Object.keys(d)))];
  const junk = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.integer(),
    fc.double(),
    fc.string(),
    fc.boolean(),
    fc.array(fc.string(), { maxLength: 2 }),
    fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
  );
  const mutation = fc.record({
    index: fc.nat(page.imageDetails.length - 1),
    key: fc.constantFrom(...keys, 'imageDetails'),
    value: junk,
  });

  it('never throws, and every error has a path into the input', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const copy = structuredClone(page) as Record<string, unknown> & { imageDetails: unknown[] };
        for (const { index, key, value } of mutations) {
          if (key === 'imageDetails') copy.imageDetails[index] = value;
          else if (
            typeof copy.imageDetails[index] === 'object' &&
            copy.imageDetails[index] !== null
          )
            (copy.imageDetails[index] as Record<string, unknown>)[key] = value;
        }
        const read = readImages(copy, { repositoryName: 'web-app', manifests });
        for (const finding of read.findings)
          expect(formatPath(finding.path)).toMatch(/^(imageDetails\[\d+\]|manifests\.)/);
        if (read.images)
          for (const image of read.images) expect(Date.parse(image.pushedAt)).not.toBeNaN();
        expect(read.images === undefined).toBe(read.findings.some((f) => f.severity === 'error'));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on cut or spliced text', () => {
    fc.assert(
      fc.property(fc.nat(v1Text.length), fc.nat(v1Text.length), fc.string(), (a, b, insert) => {
        const text = v1Text.slice(0, Math.min(a, b)) + insert + v1Text.slice(Math.max(a, b));
        const read = readImagesText(text, { manifests: [manifests, manifests] });
        expect(read.images !== undefined || read.findings.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseJsonValues', () => {
  it('splits values one after another, strings with brackets included', () => {
    expect(parseJsonValues('{"a":"}{"}\n[1,2] "x" 3', []).values).toEqual([
      { a: '}{' },
      [1, 2],
      'x',
      3,
    ]);
    expect(parseJsonValues('  ', ['f']).findings[0]).toMatchObject({
      path: ['f'],
      message: 'the input is empty',
    });
  });
});
