import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { findRuleControl, ruleControlOf } from './ruleFocus';

type SortableModule = typeof import('./SortableRuleList');

let loaded: SortableModule | undefined;
/**
 * dnd-kit is not needed to show or edit the cards, so it is not in the first load; it starts
 * loading when this module is evaluated, beside the first render rather than after it.
 */
const loading = import('./SortableRuleList').then((module) => {
  loaded = module;
  return module;
});

/**
 * SortableRuleList once dnd-kit is here and the cards can take it unnoticed. Taking it re-mounts
 * the cards (their component types change), so it waits while something in `list` other than
 * a card's handle or row button has focus, or while `holdsText`: a rule field shows text the
 * design does not have (an input error), which a re-mounted form would lose. A focused handle
 * or row button keeps its focus.
 */
export function useSortableRuleList(
  list: RefObject<HTMLElement | null>,
  holdsText: boolean,
): SortableModule['SortableRuleList'] | undefined {
  const [arrived, setArrived] = useState(loaded);
  const [taken, setTaken] = useState(loaded);
  const [, setFocusMoves] = useState(0);
  const control = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (arrived) return;
    let live = true;
    void loading.then((module) => {
      if (live) setArrived(module);
    });
    return () => {
      live = false;
    };
  }, [arrived]);
  // After every render until taken: a change of the rules may have removed the focused field.
  useEffect(() => {
    const element = list.current;
    if (taken || !arrived || holdsText || !element) return;
    const focused = element.contains(document.activeElement) ? document.activeElement : null;
    const focusedControl = ruleControlOf(focused);
    if (focused && focusedControl === undefined) {
      const recheck = () => setFocusMoves((n) => n + 1);
      element.addEventListener('focusout', recheck);
      return () => element.removeEventListener('focusout', recheck);
    }
    control.current = focusedControl;
    setTaken(arrived);
  });
  useLayoutEffect(() => {
    if (!taken || control.current === undefined) return;
    findRuleControl(list.current, control.current)?.focus();
    control.current = undefined;
  }, [taken, list]);
  return taken?.SortableRuleList;
}
