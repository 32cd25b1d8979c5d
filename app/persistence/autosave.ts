/**
 * Autosave in localStorage. What is read back is untrusted (another version of the app, an
 * extension, a person with devtools): it is parsed as a design, never cast.
 */
import { type Design, type Finding, parseDesignText } from '../../engine/index';
import { storageKeys } from '../testIds';

const autosaveKey = storageKeys.autosave;

/** The part of the Web Storage API the autosave uses (also what tests stand in for). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type AutosaveRead =
  | { kind: 'none' }
  | { kind: 'ok'; design: Design }
  | { kind: 'corrupt'; findings: Finding[] };

/** Reads the autosaved design; storage that is unavailable (private mode, blocked) reads as nothing. */
export function readAutosave(storage: KeyValueStore | undefined = safeStorage()): AutosaveRead {
  let text: string | null = null;
  try {
    text = storage?.getItem(autosaveKey) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const parsed = parseDesignText(text);
  return parsed.design
    ? { kind: 'ok', design: parsed.design }
    : { kind: 'corrupt', findings: parsed.findings };
}

/** Writes the design; returns false when the browser refuses (quota, storage disabled). */
export function writeAutosave(
  design: Design,
  storage: KeyValueStore | undefined = safeStorage(),
): boolean {
  try {
    storage?.setItem(autosaveKey, JSON.stringify(design));
    return storage !== undefined;
  } catch {
    return false;
  }
}

function safeStorage(): KeyValueStore | undefined {
  try {
    return (globalThis as { localStorage?: KeyValueStore }).localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return undefined;
  }
}
