/** The IndexedDB record of a large autosave's images (storedImages.ts decides what goes in it). */
import { storageKeys } from '../testIds';
import { type ImageRecord, imagesOfRecord, type StoredImagesRead } from './storedImages';

const storeName = 'autosave';
const recordKey = 'images';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (!factory) {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const request = factory.open(storageKeys.imageDatabase, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused to open'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  use: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(storeName, mode);
      const request = use(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB aborted'));
    });
  } finally {
    database.close();
  }
}

/** Writes the record; the error (quota, storage disabled) is the caller's to report. */
export function writeStoredImages(record: ImageRecord): Promise<unknown> {
  return withStore('readwrite', (store) => store.put(record, recordKey));
}

/** The stored images of the autosave made at `savedAt`, or why there are none. */
export async function readStoredImages(savedAt: number): Promise<StoredImagesRead> {
  let value: unknown;
  try {
    value = await withStore('readonly', (store) => store.get(recordKey));
  } catch (error) {
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
  return imagesOfRecord(value, savedAt);
}
