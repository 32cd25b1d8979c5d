/**
 * What the designer opens with, decided once before the first render: the design in the
 * URL's fragment, else the autosaved design, else the example. A broken link or autosave is
 * explained, never fatal, and never costs the person their earlier work.
 */
import { type Design, decodeLink, type Finding } from '../../engine/index';
import { seedDesign } from '../seedDesign';
import { type DesignerState, initialState } from '../state/designerState';
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

/** Decides the initial state from the URL's fragment (`location.hash`) and the autosave. */
export function startDesigner(hash: string, autosave: AutosaveRead): Startup {
  const earlier = autosave.kind === 'ok' ? autosave.design : undefined;
  const fallback = earlier ?? seedDesign;
  const problems = autosaveProblem(autosave);
  if (hash === '' || hash === '#') {
    return { state: initialState(fallback), problems, keepUrl: false };
  }
  const link = decodeLink(hash);
  if (!link.ok) {
    const shown = earlier ? 'Your earlier work is shown instead' : 'The example is shown instead';
    problems.unshift({
      id: 'link',
      title: 'The design in this link could not be opened.',
      message: `${link.message} ${shown}; the link stays in the address bar until you edit.`,
      findings: link.kind === 'invalid-design' ? link.findings : [],
    });
    return { state: initialState(fallback), problems, keepUrl: true };
  }
  if (!earlier || sameDesign(earlier, link.design)) {
    return { state: initialState(link.design), problems, keepUrl: false };
  }
  // The link wins, and the autosaved work stays one undo away rather than being lost silently.
  const state = historyReducer(initialState(earlier), {
    type: 'replaceDesign',
    design: link.design,
    message: 'Opened the design in the link; your earlier work is one undo away',
  });
  return { state, problems, keepUrl: false };
}
