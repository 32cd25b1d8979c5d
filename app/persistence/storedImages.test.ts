import { describe, expect, it } from 'vitest';
import type { Design } from '../../engine/index';
import { imagesOfRecord, imagesToStore, inlineImageLimit } from './storedImages';

const image = (n: number) => ({
  digest: `sha256:${n}`,
  tags: [`v${n}`],
  pushedAt: '2026-01-14T12:00:00Z',
});
const designWith = (count: number): Design => ({
  version: 1,
  repositories: [
    { id: 'A', sampleImages: Array.from({ length: count }, (_, i) => image(i)) },
    { id: 'B' },
  ],
});

describe('the images of a large autosave', () => {
  it('stay inline up to the limit, and go to IndexedDB by repository id beyond it', () => {
    expect(imagesToStore(designWith(inlineImageLimit))).toBeUndefined();
    const stored = imagesToStore(designWith(inlineImageLimit + 1));
    expect(Object.keys(stored ?? {})).toEqual(['A']);
    expect(stored?.A).toHaveLength(inlineImageLimit + 1);
  });

  it('are read back only for the save that wrote them, and only when every list parses', () => {
    const record = { savedAt: 7, byRepository: { A: [image(1)] } };
    expect(imagesOfRecord(record, 7)).toEqual({
      ok: true,
      byRepository: new Map([['A', [image(1)]]]),
    });
    expect(imagesOfRecord(record, 8)).toEqual({
      ok: false,
      why: 'the stored images belong to another save',
    });
    expect(imagesOfRecord(undefined, 7).ok).toBe(false);
    expect(imagesOfRecord({ savedAt: 7, byRepository: { A: [{ digest: 1 }] } }, 7)).toEqual({
      ok: false,
      why: "the stored images of 'A' are damaged",
    });
    expect(imagesOfRecord({ savedAt: 7, byRepository: 'x' }, 7).ok).toBe(false);
  });
});
