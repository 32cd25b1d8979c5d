/**
 * Autosave in localStorage, as `{ savedAt, link, design }`: the design, when it was saved, and
 * the fragment the address bar showed at that moment (startup.ts compares that with the URL to
 * tell which of the two is newer). Versions before this envelope stored the bare design; that
 * still reads. What is read back is untrusted (another version of the app, an extension, a
 * person with devtools): it is parsed as a design, never cast.
 */
import { type Design, type Finding, parseDesign, parseDesignText } from '../../engine/index';
import { storageKeys } from '../testIds';

const autosaveKey = storageKeys.autosave;

/** The part of the Web Storage API the autosave uses (also what tests stand in for). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Autosave {
  design: Design;
  /** `location.hash` when the design was saved ('' without a fragment); absent in old autosaves. */
  link?: string;
  /** `Date.now()` of the save; absent in old autosaves. */
  savedAt?: number;
  /**
   * The design's sample images were too many for localStorage: they are in IndexedDB
   * (imageDatabase.ts), in the record written at this time.
   */
  imagesSavedAt?: number;
}

export type AutosaveRead =
  | ({ kind: 'ok' } & Autosave)
  | { kind: 'none' }
  | { kind: 'corrupt'; findings: Finding[] };

/** Why the browser refused: its storage is full, or this site may not store anything. */
export type AutosaveFailure = 'full' | 'unavailable';

/** Reads the autosaved design; storage that is unavailable (private mode, blocked) reads as nothing. */
export function readAutosave(storage: KeyValueStore | undefined = safeStorage()): AutosaveRead {
  let text: string | null = null;
  try {
    text = storage?.getItem(autosaveKey) ?? null;
  } catch {
    return { kind: 'none' };
  }
  return text === null ? { kind: 'none' } : parseAutosave(text);
}

/** Reads the stored text: an envelope, or the bare design older versions wrote. */
export function parseAutosave(text: string): AutosaveRead {
  const envelope = envelopeOf(text);
  const parsed = envelope ? parseDesign(envelope.design) : parseDesignText(text);
  if (!parsed.design) return { kind: 'corrupt', findings: parsed.findings };
  const read: AutosaveRead = { kind: 'ok', design: parsed.design };
  // A link or time of the wrong type is ignored: the autosave then counts as older than any link.
  if (typeof envelope?.link === 'string') read.link = envelope.link;
  if (typeof envelope?.savedAt === 'number') read.savedAt = envelope.savedAt;
  if (typeof envelope?.imagesSavedAt === 'number') read.imagesSavedAt = envelope.imagesSavedAt;
  return read;
}

function envelopeOf(
  text: string,
): { design: unknown; link?: unknown; savedAt?: unknown; imagesSavedAt?: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // A design has no `design` field (the schema rejects unknown fields), so this cannot be one.
  return typeof value === 'object' && value !== null && 'design' in value ? value : undefined;
}

/** Writes the autosave; returns why the browser refused (quota, storage disabled), if it did. */
export function writeAutosave(
  autosave: Autosave,
  storage: KeyValueStore | undefined = safeStorage(),
): AutosaveFailure | undefined {
  if (!storage) return 'unavailable';
  const { savedAt, link, design, imagesSavedAt } = autosave;
  try {
    storage.setItem(autosaveKey, JSON.stringify({ savedAt, link, imagesSavedAt, design }));
    return undefined;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** QuotaExceededError everywhere now; Firefox used NS_ERROR_DOM_QUOTA_REACHED. */
export function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function safeStorage(): KeyValueStore | undefined {
  try {
    return (globalThis as { localStorage?: KeyValueStore }).localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return undefined;
  }
}
