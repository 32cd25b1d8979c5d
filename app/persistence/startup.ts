/**
 * What the designer opens with, decided once before the first render: the newer of the design
 * in the URL's fragment and the autosaved design, else the example. A broken link or autosave
 * is explained, never fatal, and never costs the person their earlier work.
 *
 * Which is newer? The fragment format is pinned (`#v1.…`), so the URL carries no time or
 * version; the autosave instead records `link`, the fragment the address bar showed when it
 * saved. The page writes the address bar before the autosave on its delayed write, and when it
 * is hidden or unloaded it saves before the address bar catches up (a reload keeps the URL it
 * started with), so the autosaved design is never older than that fragment. Hence:
 * - no fragment: the autosave (or the example);
 * - a fragment that does not open: explained, the autosave (or the example) is shown;
 * - the fragment the autosave recorded: this is the page that saved, reloaded or restored
 *   before its address bar caught up, so the autosave is newer and wins (the link's design is
 *   one undo away);
 * - any other fragment: a link opened or pasted on purpose, newer as an intention; it wins,
 *   and the autosaved work is one undo away.
 * `savedAt` is not compared with anything: no clock can date a link.
 */
import type { DecodedLink, Design, Finding } from '../../engine/index';
import { seedDesign } from '../seedDesign';
import { type DesignerState, designOf, initialState } from '../state/designerState';
import { historyReducer } from '../state/history';
import type { AutosaveRead } from './autosave';

export interface StartupProblem {
  id: string;
  title: string;
  message: string;
  findings: readonly Finding[];
}

export interface Startup {
  state: DesignerState;
  problems: StartupProblem[];
  /** The URL holds a link that did not open: leave it in the address bar until the first edit. */
  keepUrl: boolean;
  /** The autosave won over an older link in the URL: write the address bar at once. */
  urlBehind: boolean;
  /**
   * The design shown is the autosave's and its images are in IndexedDB, written at this time:
   * they are restored after the first render (IndexedDB answers asynchronously).
   */
  imagesSavedAt?: number;
}

const sameDesign = (a: Design, b: Design) => JSON.stringify(a) === JSON.stringify(b);

function autosaveProblem(autosave: AutosaveRead): StartupProblem[] {
  if (autosave.kind !== 'corrupt') return [];
  return [
    {
      id: 'autosave',
      title: 'Your autosaved design could not be read, so it was set aside.',
      message:
        'It may come from a different version of ECR Designer, or the browser storage was changed.',
      findings: autosave.findings,
    },
  ];
}

/** What reads a link: the codec's decodeLink, loaded on demand (linkCodec.ts). */
export type DecodeLink = (link: string) => DecodedLink;

/**
 * Decides the initial state from the URL's fragment (`location.hash`) and the autosave;
 * `decode` is called only when there is a fragment.
 */
export function startDesigner(hash: string, autosave: AutosaveRead, decode: DecodeLink): Startup {
  const startup = decide(hash, autosave, decode);
  const shownAutosave =
    autosave.kind === 'ok' && sameDesign(designOf(startup.state), autosave.design)
      ? autosave
      : undefined;
  if (shownAutosave?.imagesSavedAt === undefined) return startup;
  return { ...startup, imagesSavedAt: shownAutosave.imagesSavedAt };
}

function decide(hash: string, autosave: AutosaveRead, decode: DecodeLink): Startup {
  const earlier = autosave.kind === 'ok' ? autosave.design : undefined;
  const fallback = earlier ?? seedDesign;
  const problems = autosaveProblem(autosave);
  if (hash === '' || hash === '#') {
    return { state: initialState(fallback), problems, keepUrl: false, urlBehind: false };
  }
  const link = decode(hash);
  if (!link.ok) {
    const shown = earlier ? 'Your earlier work is shown instead' : 'The example is shown instead';
    problems.unshift({
      id: 'link',
      title: 'The design in this link could not be opened.',
      message: `${link.message} ${shown}; the link stays in the address bar until you edit.`,
      findings: link.kind === 'invalid-design' ? link.findings : [],
    });
    return { state: initialState(fallback), problems, keepUrl: true, urlBehind: false };
  }
  if (!earlier || sameDesign(earlier, link.design)) {
    return { state: initialState(link.design), problems, keepUrl: false, urlBehind: false };
  }
  if (autosave.kind === 'ok' && autosave.link === hash) {
    const state = historyReducer(initialState(link.design), {
      type: 'replaceDesign',
      design: earlier,
      message: 'Restored your latest changes, newer than the link in the address bar',
    });
    return { state, problems, keepUrl: false, urlBehind: true };
  }
  // The link wins, and the autosaved work stays one undo away rather than being lost silently.
  const state = historyReducer(initialState(earlier), {
    type: 'replaceDesign',
    design: link.design,
    message: 'Opened the design in the link; your earlier work is one undo away',
  });
  return { state, problems, keepUrl: false, urlBehind: false };
}
