import { type KeyboardEvent, useRef } from 'react';
import type { OutputTabId } from '../testIds';

interface OutputTabsProps {
  docs: readonly { id: OutputTabId; label: string }[];
  active: OutputTabId;
  onSelect: (id: OutputTabId) => void;
}

export const tabId = (id: OutputTabId) => `output-tab-${id}`;
export const panelId = 'output-panel';

/** ARIA tabs: arrow keys, Home and End move between outputs; one tab stop. */
export function OutputTabs({ docs, active, onSelect }: OutputTabsProps) {
  const list = useRef<HTMLDivElement>(null);
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
    const id = docs[next]!.id;
    onSelect(id);
    list.current?.querySelector<HTMLElement>(`#${tabId(id)}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label="Outputs" ref={list} onKeyDown={onKeyDown}>
      {docs.map((doc) => (
        <button
          key={doc.id}
          type="button"
          role="tab"
          id={tabId(doc.id)}
          className="tab"
          aria-selected={doc.id === active}
          aria-controls={panelId}
          tabIndex={doc.id === active ? 0 : -1}
          onClick={() => onSelect(doc.id)}
        >
          {doc.label}
        </button>
      ))}
    </div>
  );
}
