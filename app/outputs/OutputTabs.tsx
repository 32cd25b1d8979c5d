import { type KeyboardEvent, memo, useRef } from 'react';
import { shortcutAria, shortcutText, useShortcuts } from '../layout/shortcuts';
import type { OutputTabId } from '../testIds';

interface OutputTabsProps {
  docs: readonly { id: OutputTabId; label: string }[];
  active: OutputTabId;
  onSelect: (id: OutputTabId) => void;
}

export const tabId = (id: OutputTabId) => `output-tab-${id}`;
export const panelId = 'output-panel';

/** The shortcut to the output tab at `index`: Ctrl+Alt+1 (⌥⌘1) for the first. */
const tabShortcut = (index: number) => ({ key: String(index + 1), alt: true });

/** ARIA tabs: arrow keys, Home and End move between outputs; one tab stop; a shortcut each. */
export const OutputTabs = memo(function OutputTabs({ docs, active, onSelect }: OutputTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const select = (id: OutputTabId) => {
    onSelect(id);
    list.current?.querySelector<HTMLElement>(`#${tabId(id)}`)?.focus();
  };
  useShortcuts(
    docs.map((doc, index) => ({ shortcut: tabShortcut(index), onSelect: () => select(doc.id) })),
  );
  const onKeyDown = (event: KeyboardEvent) => {
    const index = docs.findIndex((d) => d.id === active);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % docs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + docs.length) % docs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? docs.length - 1
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    select(docs[next]!.id);
  };
  return (
    <div className="tabs" role="tablist" aria-label="Outputs" ref={list} onKeyDown={onKeyDown}>
      {docs.map((doc, index) => (
        <button
          key={doc.id}
          type="button"
          role="tab"
          id={tabId(doc.id)}
          className="tab"
          aria-selected={doc.id === active}
          aria-controls={panelId}
          tabIndex={doc.id === active ? 0 : -1}
          title={`${doc.label} (${shortcutText(tabShortcut(index))})`}
          aria-keyshortcuts={shortcutAria(tabShortcut(index))}
          onClick={() => onSelect(doc.id)}
        >
          {doc.label}
        </button>
      ))}
    </div>
  );
});
