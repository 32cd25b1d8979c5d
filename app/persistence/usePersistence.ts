import { type Dispatch, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type Design, decodeLink, encodeLink } from '../../engine/index';
import type { HistoryAction } from '../state/history';
import { writeAutosave } from './autosave';
import type { StartupProblem } from './startup';

/** Quiet time after the last edit before the URL and the autosave are written. */
export const persistDelayMs = 400;

interface Persistence {
  /** Length of the share link of the design as last written to the address bar. */
  linkChars: number | undefined;
  autosaveFailed: boolean;
}

/**
 * Keeps the address bar and the autosave on the current design: a delayed
 * `history.replaceState` (never a history entry per keystroke) and a delayed localStorage
 * write, both flushed when the page is hidden. A broken link is left untouched until the
 * design changes. A fragment typed into the address bar later opens like a link.
 */
export function usePersistence(
  design: Design,
  keepUrl: boolean,
  dispatch: Dispatch<HistoryAction>,
  onLinkProblem: (problem: StartupProblem) => void,
): Persistence {
  const keptFor = useRef<Design | undefined>(keepUrl ? design : undefined);
  const written = useRef<string | undefined>(undefined);
  const [linkChars, setLinkChars] = useState<number | undefined>(undefined);
  const [autosaveFailed, setAutosaveFailed] = useState(false);

  useEffect(() => {
    let done = false;
    const write = () => {
      if (done) return;
      done = true;
      setAutosaveFailed(!writeAutosave(design));
      if (keptFor.current === design) return;
      keptFor.current = undefined;
      const hash = `#${encodeLink(design)}`;
      written.current = hash;
      if (window.location.hash !== hash)
        window.history.replaceState(window.history.state, '', hash);
      setLinkChars(window.location.href.length);
    };
    const timer = window.setTimeout(write, persistDelayMs);
    window.addEventListener('pagehide', write);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', write);
    };
  }, [design]);

  const latest = useRef({ design, dispatch, onLinkProblem });
  useLayoutEffect(() => {
    latest.current = { design, dispatch, onLinkProblem };
  });
  useEffect(() => {
    const open = () => {
      const hash = window.location.hash;
      if (hash === written.current || hash === '' || hash === '#') return;
      const link = decodeLink(hash);
      const { design: current, dispatch: send, onLinkProblem: report } = latest.current;
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
    return () => window.removeEventListener('hashchange', open);
  }, []);

  return { linkChars, autosaveFailed };
}
