/**
 * The designer's keyboard shortcuts: Ctrl (⌘ on a Mac) with a key, shown in the menus and in
 * `aria-keyshortcuts`, and one listener that runs the action of each.
 */
import { useEffect } from 'react';
import { useLatest } from '../state/useLatest';

export interface Shortcut {
  /** The key as `KeyboardEvent.key` gives it, lower case (a digit also matches its key code). */
  key: string;
  shift?: boolean;
  /** With Alt (⌥) too: Ctrl+Alt+1 for the first output tab. */
  alt?: boolean;
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function shortcutText({ key, shift, alt }: Shortcut): string {
  const name = key.length === 1 ? key.toUpperCase() : key;
  return isMac
    ? `${alt ? '⌥' : ''}${shift ? '⇧' : ''}⌘${name}`
    : `Ctrl+${alt ? 'Alt+' : ''}${shift ? 'Shift+' : ''}${name}`;
}

export function shortcutAria({ key, shift, alt }: Shortcut): string {
  const name = key.length === 1 ? key.toUpperCase() : key;
  return `${isMac ? 'Meta' : 'Control'}+${alt ? 'Alt+' : ''}${shift ? 'Shift+' : ''}${name}`;
}

function matches(event: KeyboardEvent, { key, shift, alt }: Shortcut): boolean {
  return (
    (isMac ? event.metaKey : event.ctrlKey) &&
    event.altKey === (alt ?? false) &&
    event.shiftKey === (shift ?? false) &&
    // ⌥ changes the character a key types on a Mac: a digit is matched by its key code.
    (event.key.toLowerCase() === key || event.code === `Digit${key}`)
  );
}

/** Runs an action's `onSelect` when its shortcut is pressed anywhere but in a dialog. */
export function useShortcuts(
  actions: readonly { shortcut?: Shortcut; onSelect: () => void; disabled?: boolean }[],
): void {
  const latest = useLatest(actions);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const action = latest().find((a) => a.shortcut && !a.disabled && matches(event, a.shortcut));
      if (!action) return;
      event.preventDefault();
      action.onSelect();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
