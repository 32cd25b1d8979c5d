import { type Dispatch, useCallback, useEffect, useRef, useState } from 'react';
import type { Design, SampleImage } from '../../engine/index';
import type { HistoryAction } from '../state/history';
import { type AutosaveFailure, isQuotaError } from './autosave';
import type { StartupProblem } from './startup';
import { imagesToStore, type StoredImagesRead } from './storedImages';

type ImageLists = Record<string, readonly SampleImage[]>;

export interface StoredImages {
  /** The images are still being read back: the autosave must not be written over them yet. */
  pending: boolean;
  /**
   * For an autosave at `savedAt`: the time of the IndexedDB record holding the design's images
   * (written now when they changed since the last one), or undefined when they fit the autosave.
   */
  store: (
    design: Design,
    savedAt: number,
    onFailure: (why: AutosaveFailure) => void,
  ) => number | undefined;
}

/** Only designs with more than inlineImageLimit images need it: kept out of the first load. */
const database = () => import('./imageDatabase');

const sameLists = (a: ImageLists, b: ImageLists) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([id, images]) => b[id] === images);

/**
 * A large image set's side of the autosave: read back after the first render (IndexedDB is
 * asynchronous) into the design startup showed, and written again only when the lists change,
 * not on every edit of a rule.
 */
export function useStoredImages(
  savedAt: number | undefined,
  dispatch: Dispatch<HistoryAction>,
  onProblem: (problem: StartupProblem) => void,
): StoredImages {
  const [pending, setPending] = useState(savedAt !== undefined);
  const last = useRef<{ savedAt: number; byRepository: ImageLists } | undefined>(undefined);

  useEffect(() => {
    if (savedAt === undefined) return;
    let current = true;
    void database()
      .then(({ readStoredImages }) => readStoredImages(savedAt))
      .catch(
        (error: unknown): StoredImagesRead => ({
          ok: false,
          why: error instanceof Error ? error.message : String(error),
        }),
      )
      .then((read) => {
        if (!current) return;
        if (read.ok) {
          last.current = { savedAt, byRepository: Object.fromEntries(read.byRepository) };
          dispatch({ type: 'restoreSampleImages', byRepository: read.byRepository });
        } else {
          onProblem({
            id: 'images',
            title: 'The sample images saved with your design could not be read back.',
            message: `${read.why[0]!.toUpperCase()}${read.why.slice(1)}. Your design is restored; load its images again in the lifecycle preview.`,
            findings: [],
          });
        }
        setPending(false);
      });
    return () => {
      current = false;
    };
  }, [savedAt, dispatch, onProblem]);

  const store = useCallback<StoredImages['store']>((design, at, onFailure) => {
    const byRepository = imagesToStore(design);
    if (!byRepository) return undefined;
    if (last.current && sameLists(last.current.byRepository, byRepository))
      return last.current.savedAt;
    last.current = { savedAt: at, byRepository };
    database()
      .then(({ writeStoredImages }) => writeStoredImages({ savedAt: at, byRepository }))
      .catch((error: unknown) => onFailure(isQuotaError(error) ? 'full' : 'unavailable'));
    return at;
  }, []);

  return { pending, store };
}
