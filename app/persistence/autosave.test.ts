import { describe, expect, it } from 'vitest';
import type { Design } from '../../engine/index';
import { storageKeys } from '../testIds';
import { type KeyValueStore, parseAutosave, readAutosave, writeAutosave } from './autosave';

const design: Design = { version: 1, repositories: [{ id: 'Repo', imageScanOnPush: false }] };

function memory(): KeyValueStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (k, v) => items.set(k, v) };
}

function refusing(error: unknown): KeyValueStore {
  return {
    getItem: () => null,
    setItem: () => {
      throw error;
    },
  };
}

describe('autosave', () => {
  it('keeps the design with the fragment the address bar showed and the time', () => {
    const store = memory();
    expect(writeAutosave({ design, link: '#v1.abc', savedAt: 1234 }, store)).toBeUndefined();
    expect(readAutosave(store)).toEqual({ kind: 'ok', design, link: '#v1.abc', savedAt: 1234 });
  });

  it('reads the bare design that versions before the envelope stored, with no link', () => {
    expect(parseAutosave(JSON.stringify(design))).toEqual({ kind: 'ok', design });
  });

  it('ignores a link or time of the wrong type, and reports an envelope whose design is bad', () => {
    const odd = JSON.stringify({ design, link: 42, savedAt: 'yesterday' });
    expect(parseAutosave(odd)).toEqual({ kind: 'ok', design });
    const bad = parseAutosave(JSON.stringify({ design: { version: 1, repositories: [{}] } }));
    expect(bad.kind).toBe('corrupt');
  });

  it('says why the browser refused: full storage or no storage', () => {
    const quota = new Error('quota');
    quota.name = 'QuotaExceededError';
    expect(writeAutosave({ design }, refusing(quota))).toBe('full');
    const security = new Error('denied');
    security.name = 'SecurityError';
    expect(writeAutosave({ design }, refusing(security))).toBe('unavailable');
    expect(writeAutosave({ design }, undefined)).toBe('unavailable');
  });

  it('writes under the key the e2e page objects read', () => {
    const store = memory();
    writeAutosave({ design, link: '', savedAt: 1 }, store);
    expect([...store.items.keys()]).toEqual([storageKeys.autosave]);
  });
});
