/**
 * A menu button (the WAI-ARIA menu button pattern): the button opens a list of actions, the
 * arrow keys, Home and End move between them, Escape, Tab or a click elsewhere closes it, and
 * focus goes back to the button. Each action shows its keyboard shortcut (useMenuShortcuts).
 */
import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { type Shortcut, shortcutAria, shortcutText } from './shortcuts';

export interface MenuAction {
  label: string;
  /** A second, smaller line: what the action takes (the output on screen). */
  detail?: string;
  onSelect: () => void;
  shortcut?: Shortcut;
  disabled?: boolean;
}

export function MenuButton({ label, actions }: { label: string; actions: readonly MenuAction[] }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = () => [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  useLayoutEffect(() => {
    if (open)
      items()
        .find((item) => !item.hasAttribute('disabled'))
        ?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    const list = items().filter((item) => !item.hasAttribute('disabled'));
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[
      event.key as 'ArrowDown'
    ];
    if (move !== undefined) {
      event.preventDefault();
      list[(move + list.length) % list.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };
  return (
    <div className="menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div
        className="menu-list"
        role="menu"
        id={menuId}
        aria-label={label}
        hidden={!open}
        onKeyDown={onKeyDown}
      >
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="menu-item"
            disabled={action.disabled}
            aria-keyshortcuts={action.shortcut && shortcutAria(action.shortcut)}
            onClick={() => {
              close(true);
              action.onSelect();
            }}
          >
            <span className="menu-label">
              {action.label}
              {action.detail && <span className="menu-detail">{action.detail}</span>}
            </span>
            {action.shortcut && (
              <kbd className="menu-shortcut">{shortcutText(action.shortcut)}</kbd>
            )}
          </button>
        ))}
      </div>
    </div>
  );
}
