import { type Dispatch, useEffect, useRef, useState } from 'react';
import { type DecodedLink, type Design, withoutRepositoryImages } from '../../engine/index';
import type { HistoryAction } from '../state/history';
import { useLatest } from '../state/useLatest';
import { type AutosaveFailure, writeAutosave } from './autosave';
import { linkCodec, loadedLinkCodec, unreadableLink } from './linkCodec';
import type { Startup, StartupProblem } from './startup';
import { useStoredImages } from './useStoredImages';

const noWrite = () => {};

/** Quiet time after the last edit before the URL and the autosave are written. */
export const persistDelayMs = 400;

interface Persistence {
  /** Length of the share link of the design as last written to the address bar. */
  linkChars: number | undefined;
  /** Why the last autosave failed, while it keeps failing. */
  autosaveFailure: AutosaveFailure | undefined;
}

/**
 * Keeps the address bar and the autosave on the current design: a delayed
 * `history.replaceState` (never a history entry per keystroke) and a delayed localStorage
 * write, both flushed when the page is hidden or unloaded. A broken link is left untouched
 * until the design changes. A fragment typed into the address bar later opens like a link.
 *
 * The autosave records the fragment the address bar shows when it saves, which is what lets
 * startup.ts tell a reload of this page (autosave newer) from a link opened on purpose.
 */
export function usePersistence(
  design: Design,
  startup: Pick<Startup, 'keepUrl' | 'urlBehind' | 'imagesSavedAt'>,
  dispatch: Dispatch<HistoryAction>,
  onLinkProblem: (problem: StartupProblem) => void,
): Persistence {
  const keptFor = useRef<Design | undefined>(startup.keepUrl ? design : undefined);
  const urgent = useRef(startup.urlBehind);
  const written = useRef<string | undefined>(undefined);
  const [linkChars, setLinkChars] = useState<number | undefined>(undefined);
  const [autosaveFailure, setAutosaveFailure] = useState<AutosaveFailure | undefined>(undefined);
  const images = useStoredImages(startup.imagesSavedAt, dispatch, onLinkProblem);
  const { pending: imagesPending, store: storeImages } = images;

  /** Writes the design not written yet, if any (`leaving`: see write below). */
  const flush = useRef<(leaving: boolean) => void>(noWrite);
  useEffect(() => {
    // Until the images are back from IndexedDB, a save would record the design without them.
    if (imagesPending) return;
    let done = false;
    /**
     * `leaving`: the page is being hidden or unloaded. The autosave goes first and records the
     * fragment the address bar had until now, because a reload that is under way keeps that
     * URL whatever replaceState does; otherwise the address bar goes first and the autosave
     * records the fragment it now really shows.
     */
    const write = (leaving: boolean) => {
      if (done) return;
      done = true;
      urgent.current = false;
      const kept = keptFor.current === design;
      if (!kept) keptFor.current = undefined;
      // Hidden before the codec loaded (a moment after startup): the autosave still saves.
      const codec = loadedLinkCodec();
      const hash = kept || !codec ? undefined : `#${codec.encodeLink(design)}`;
      if (hash && !leaving) showInAddressBar(hash);
      const savedAt = Date.now();
      const imagesSavedAt = storeImages(design, savedAt, setAutosaveFailure);
      // The repositories' images went to IndexedDB (storedImages.ts); a template's stay inline.
      const saved = imagesSavedAt === undefined ? design : withoutRepositoryImages(design);
      const link = window.location.hash;
      setAutosaveFailure(writeAutosave({ design: saved, link, savedAt, imagesSavedAt }));
      if (hash && leaving) showInAddressBar(hash);
    };
    const showInAddressBar = (hash: string) => {
      written.current = hash;
      if (window.location.hash !== hash)
        window.history.replaceState(window.history.state, '', hash);
      setLinkChars(window.location.href.length);
    };
    flush.current = write;
    // Startup showed the autosave over an older link: the address bar catches up at once.
    let cancelled = false;
    const writeLater = () => {
      if (loadedLinkCodec()) write(false);
      else
        linkCodec().then(
          () => cancelled || write(false),
          () => cancelled || write(false),
        );
    };
    const timer = window.setTimeout(writeLater, urgent.current ? 0 : persistDelayMs);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      flush.current = noWrite;
    };
  }, [design, imagesPending, storeImages]);

  // Listening once, not once per edit: a keystroke only re-arms the timer above.
  useEffect(() => {
    const leave = () => flush.current(true);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush.current(true);
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const latest = useLatest({ design, dispatch, onLinkProblem });
  useEffect(() => {
    let live = true;
    const open = () => {
      const hash = window.location.hash;
      if (hash === written.current || hash === '' || hash === '#') return;
      linkCodec().then(
        ({ decodeLink }) => openLink(hash, decodeLink(hash)),
        () => openLink(hash, unreadableLink()),
      );
    };
    const openLink = (hash: string, link: DecodedLink) => {
      if (!live || window.location.hash !== hash) return;
      const { design: current, dispatch: send, onLinkProblem: report } = latest();
      if (link.ok) {
        send({
          type: 'replaceDesign',
          design: link.design,
          message: 'Opened the design in the link',
        });
        return;
      }
      keptFor.current = current;
      report({
        id: 'link',
        title: 'The design in this link could not be opened.',
        message: `${link.message} Your design is unchanged; the link stays in the address bar until you edit.`,
        findings: link.kind === 'invalid-design' ? link.findings : [],
      });
    };
    window.addEventListener('hashchange', open);
    return () => {
      live = false;
      window.removeEventListener('hashchange', open);
    };
  }, []);

  return { linkChars, autosaveFailure };
}
