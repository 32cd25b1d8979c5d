import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { RuleEntry } from '../state/designerState';
import { findRuleControl, ruleControlId, scrollBackTo } from './ruleFocus';

/** What to do once the cards show a change: focus a rule control (or Add rule), keep a row in place. */
interface AfterChange {
  focus?: string | 'add';
  keep?: { id: string; top: number };
}

export interface RuleSelection {
  /** The rule whose editor is open: one at a time. */
  openKey: string | undefined;
  /** Opens the rule's editor, or closes it when it is the open one; the row stays where it was. */
  toggle: (key: string) => void;
  /** Closes the rule's editor; its row's button gets the focus. */
  close: (key: string) => void;
  /** The next rule to appear (an add or a duplicate being dispatched) opens, and its row gets the focus. */
  openAdded: () => void;
  /** Focuses a rule control (ruleControlId) or Add rule once the cards show the change being dispatched. */
  focusAfterChange: (focus: string | 'add') => void;
}

/** Which rule card is open, and where focus goes when cards open, close, appear, go or move. */
export function useRuleSelection(
  rules: readonly RuleEntry[],
  list: RefObject<HTMLElement | null>,
  addButton: RefObject<HTMLElement | null>,
): RuleSelection {
  const [openKey, setOpenKey] = useState<string>();
  const [adding, setAdding] = useState<readonly RuleEntry[]>();
  const [after, setAfter] = useState<AfterChange>();
  const latestRules = useRef(rules);
  useLayoutEffect(() => {
    latestRules.current = rules;
  });
  // The rules an add was dispatched from have been replaced: the one new rule opens.
  if (adding && adding !== rules) {
    const known = new Set(adding.map((r) => r.key));
    const added = rules.find((r) => !known.has(r.key));
    setAdding(undefined);
    if (added) {
      setOpenKey(added.key);
      setAfter({ focus: ruleControlId(added.key, 'toggle') });
    }
  }
  useLayoutEffect(() => {
    if (!after) return;
    const root = list.current;
    const kept = after.keep && findRuleControl(root, after.keep.id);
    if (kept) scrollBackTo(kept, after.keep!.top);
    if (after.focus === 'add') addButton.current?.focus();
    else if (after.focus) findRuleControl(root, after.focus)?.focus();
  }, [after, list, addButton]);

  const toggle = useCallback(
    (key: string) => {
      const id = ruleControlId(key, 'toggle');
      const top = findRuleControl(list.current, id)?.getBoundingClientRect().top;
      setOpenKey((current) => (current === key ? undefined : key));
      setAfter({ keep: top === undefined ? undefined : { id, top } });
    },
    [list],
  );
  const close = useCallback((key: string) => {
    setOpenKey((current) => (current === key ? undefined : current));
    setAfter({ focus: ruleControlId(key, 'toggle') });
  }, []);
  const openAdded = useCallback(() => setAdding(latestRules.current), []);
  const focusAfterChange = useCallback((focus: string) => setAfter({ focus }), []);
  return { openKey, toggle, close, openAdded, focusAfterChange };
}
