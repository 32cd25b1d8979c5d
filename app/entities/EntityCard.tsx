import { type ReactNode, useLayoutEffect, useRef } from 'react';
import type { Finding } from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import { useDispatch } from '../state/DesignerContext';
import type { EntityKind, EntityValue } from './entityState';
import { RemoveEntityButton } from './RemoveEntityButton';

interface EntityCardProps {
  kind: EntityKind;
  index: number;
  id: string;
  /** The card's group name, e.g. "Key Key". */
  title: string;
  findings: readonly Finding[];
  children: ReactNode;
}

/** One entity as a fieldset: its name, its own findings, its fields and its delete button. */
export function EntityCard({ kind, index, id, title, findings, children }: EntityCardProps) {
  return (
    <fieldset className="fieldset entity-card" data-testid="entity-card">
      <legend>{title}</legend>
      <FindingList findings={findings} />
      <div className="entity-fields">{children}</div>
      <div className="entity-card-actions">
        <RemoveEntityButton kind={kind} index={index} id={id} />
      </div>
    </fieldset>
  );
}

/** Replaces entity `index` of `kind`; `typing` marks keystrokes in a text field (one undo step). */
export function useSetEntity(kind: EntityKind, index: number) {
  const dispatch = useDispatch();
  return (value: EntityValue, typing?: string) =>
    dispatch({ type: 'entities/set', kind, index, value, typing });
}

interface SectionProps {
  id: string;
  title: string;
  help: ReactNode;
  addLabel: string;
  onAdd: () => void;
  empty: string;
  count: number;
  children: ReactNode;
}

/** A titled list of entity cards with its add button; the focus goes to the card it adds. */
export function EntitySection({
  id,
  title,
  help,
  addLabel,
  onAdd,
  empty,
  count,
  children,
}: SectionProps) {
  const section = useRef<HTMLElement>(null);
  // The count when Add was pressed: the card it adds is the last one, once it renders.
  const addedFrom = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    if (addedFrom.current === undefined || count <= addedFrom.current) return;
    addedFrom.current = undefined;
    const cards = section.current?.querySelectorAll('fieldset.entity-card');
    const field = cards?.[cards.length - 1]?.querySelector<HTMLElement>('input, select, textarea');
    field?.focus();
  }, [count]);
  const add = () => {
    addedFrom.current = count;
    onAdd();
  };
  return (
    <section ref={section} className="entity-section" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className="button button-small" onClick={add}>
          {addLabel}
        </button>
      </div>
      <p className="section-help">{help}</p>
      {count === 0 ? <p className="empty-note">{empty}</p> : children}
    </section>
  );
}

/** A copy of `value` without its undefined fields. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Focuses what `find` finds once it is on the page (within a second): a card added or copied. */
export function focusSoon(find: () => HTMLElement | null | undefined): void {
  let tries = 0;
  const attempt = () => {
    const element = find();
    if (element) element.focus();
    else if (tries++ < 60) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
