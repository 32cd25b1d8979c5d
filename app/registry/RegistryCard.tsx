import type { ReactNode } from 'react';
import type { Finding } from '../../engine/index';
import { focusSoon } from '../entities/EntityCard';
import { FindingList } from '../findings/FindingList';

interface RegistryCardProps {
  /** The card's group name, e.g. "Replication rule 1". */
  title: string;
  findings: readonly Finding[];
  /** Copies the entry (the copy follows it); absent for entries that cannot be copied. */
  onDuplicate?: () => void;
  onRemove: () => void;
  children: ReactNode;
}

/** One registry entry as a fieldset, like the entity cards: its findings, fields and actions. */
export function RegistryCard({
  title,
  findings,
  onDuplicate,
  onRemove,
  children,
}: RegistryCardProps) {
  return (
    <fieldset className="fieldset entity-card" data-testid="registry-card">
      <legend>{title}</legend>
      <FindingList findings={findings} />
      {children}
      <div className="entity-card-actions">
        {onDuplicate && (
          <button type="button" className="button button-small button-quiet" onClick={onDuplicate}>
            Duplicate<span className="visually-hidden"> {title}</span>
          </button>
        )}
        <button type="button" className="button button-small button-danger" onClick={onRemove}>
          Delete<span className="visually-hidden"> {title}</span>
        </button>
      </div>
    </fieldset>
  );
}

/**
 * Focuses the first field of the card at `index` of the list `listId` once the list shows
 * `count` cards (after a duplicate, the copy right below its source).
 */
export function focusCardSoon(listId: string, index: number, count: number): void {
  focusSoon(() => {
    const cards = document.querySelectorAll(`#${listId} > fieldset.entity-card`);
    return cards.length === count
      ? cards[index]?.querySelector<HTMLElement>('input, select, textarea')
      : undefined;
  });
}

/** `list` with `item` put in at `index`. */
function inserted<T>(list: readonly T[], index: number, item: T): T[] {
  const next = [...list];
  next.splice(index, 0, item);
  return next;
}

/** The props of the card of one rule of a registry list (pull-through cache, replication). */
export interface RuleCardProps<T> {
  rule: T;
  index: number;
  onChange: (rule: T, typing?: string) => void;
  onDuplicate: () => void;
  onRemove: () => void;
}

/**
 * The Duplicate and Remove of the card at `index` of `list` (shown in `listId`): the copy
 * (`copy` of the entry, e.g. with a new id) goes right below its source and takes the focus.
 */
export function listCardActions<T>(
  list: readonly T[],
  setList: (next: T[]) => void,
  listId: string,
  index: number,
  copy: (entry: T) => T = (entry) => entry,
) {
  return {
    onDuplicate: () => {
      setList(inserted(list, index + 1, copy(list[index]!)));
      focusCardSoon(listId, index + 1, list.length + 1);
    },
    onRemove: () => setList(list.filter((_, i) => i !== index)),
  };
}
