import { type Dispatch, useEffect } from 'react';
import type { HistoryAction } from '../state/history';

/**
 * Ctrl+Z / Cmd+Z undo, Ctrl+Shift+Z / Cmd+Shift+Z and Ctrl+Y redo — for the design, also
 * inside the form's text fields: every keystroke there is already a design edit, and the
 * browser's own text undo would leave the field and the design out of step. Text that is not
 * the design (the import box, anything in a dialog) keeps the browser's own undo.
 */
export function useUndoShortcuts(dispatch: Dispatch<HistoryAction>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = historyActionOf(event);
      if (!action || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('dialog, [data-native-undo]')) return;
      event.preventDefault();
      const focusedId = document.activeElement?.id;
      dispatch({ type: action });
      // Undo can re-create the focused control (a restored card): keep the caret where it was.
      requestAnimationFrame(() => {
        if (!focusedId || document.activeElement?.id === focusedId) return;
        const element = document.getElementById(focusedId);
        element?.focus();
        if (element instanceof HTMLInputElement && element.type === 'text') {
          element.setSelectionRange(element.value.length, element.value.length);
        }
      });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dispatch]);
}

function historyActionOf(event: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}
