import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { lifecycleRuleCardOrder, type RulePriority } from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import type { RepositoryFindings } from '../findings/groupFindings';
import { useDispatch } from '../state/DesignerContext';
import type { RepositoryEntry } from '../state/designerState';
import { testIds } from '../testIds';
import { RuleCard } from './RuleCard';
import { restrictToVerticalAxis } from './restrictToVerticalAxis';
import { ruleAnnouncements, screenReaderInstructions } from './ruleAnnouncements';
import { describeRule } from './ruleSummary';

interface RuleListProps {
  repository: RepositoryEntry;
  priorities: RulePriority[] | undefined;
  findings: RepositoryFindings | undefined;
  inputErrors: Record<string, string>;
}

/** The rules as cards in ECR's evaluation order; a drop asks the engine to renumber. */
export function RuleList({ repository, priorities, findings, inputErrors }: RuleListProps) {
  const dispatch = useDispatch();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const rules = repository.rules;
  // Long lists start collapsed so that the cards can be scanned and dragged; a person's choice sticks per card.
  const [openByKey, setOpenByKey] = useState<Record<string, boolean>>({});
  const openByDefault = rules.length <= 4;
  const isOpen = (key: string) => openByKey[key] ?? openByDefault;
  const onToggle = useCallback(
    (key: string) =>
      setOpenByKey((current) => ({ ...current, [key]: !(current[key] ?? openByDefault) })),
    [openByDefault],
  );
  const allOpen = rules.every((r) => isOpen(r.key));
  const setAll = (open: boolean) =>
    setOpenByKey(Object.fromEntries(rules.map((r) => [r.key, open])));
  const order = useMemo(() => lifecycleRuleCardOrder(rules.map((r) => r.rule)), [rules]);
  const ids = order.map((index) => rules[index]!.key);
  const accessibility = useMemo(() => {
    const byKey = new Map(rules.map((r) => [r.key, r]));
    const keys = order.map((index) => rules[index]!.key);
    return {
      screenReaderInstructions,
      announcements: ruleAnnouncements(
        (id) => keys.indexOf(String(id)) + 1,
        (id) => {
          const entry = byKey.get(String(id));
          return entry ? describeRule(entry.rule) : '';
        },
        keys.length,
      ),
    };
  }, [rules, order]);

  // Moving a DOM node drops its focus; the handle of the moved card gets it back after the drop.
  const refocus = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const key = refocus.current;
    if (!key || !rules) return;
    refocus.current = undefined;
    document.querySelector<HTMLElement>(`[data-rule-handle="${key}"]`)?.focus();
  }, [rules]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    refocus.current = String(active.id);
    dispatch({
      type: 'moveRule',
      repositoryKey: repository.key,
      from: ids.indexOf(String(active.id)),
      to: ids.indexOf(String(over.id)),
    });
  };

  return (
    <section className="rules" aria-labelledby={`${repository.key}-rules-title`}>
      <div className="section-header">
        <h3 id={`${repository.key}-rules-title`}>Lifecycle rules</h3>
        {rules.length > 0 && (
          <button
            type="button"
            className="button button-quiet button-small rules-toggle"
            onClick={() => setAll(!allOpen)}
          >
            {allOpen ? 'Collapse all' : 'Expand all'}
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          onClick={() => dispatch({ type: 'addRule', repositoryKey: repository.key })}
        >
          Add rule
        </button>
      </div>
      <p className="section-help">
        In ECR’s evaluation order: the top rule is evaluated first. Drag a card by its handle (or
        focus the handle, press Space, then the arrow keys) to change the order; explicit priorities
        are renumbered or cleared so the cards and ECR always agree.
      </p>
      <FindingList findings={findings?.rulesSection ?? []} />
      {rules.length === 0 ? (
        <p className="empty-note">No lifecycle rules: ECR keeps every image.</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          modifiers={[restrictToVerticalAxis]}
          onDragEnd={onDragEnd}
          accessibility={accessibility}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="rule-list" data-testid={testIds.ruleList}>
              {order.map((designIndex, position) => {
                const entry = rules[designIndex]!;
                return (
                  <RuleCard
                    key={entry.key}
                    repositoryKey={repository.key}
                    entry={entry}
                    position={position}
                    count={order.length}
                    priority={priorities?.find((p) => p.designIndex === designIndex)}
                    findings={findings?.rules.get(designIndex)}
                    inputErrors={inputErrors}
                    open={isOpen(entry.key)}
                    onToggle={onToggle}
                  />
                );
              })}
            </ol>
          </SortableContext>
        </DndContext>
      )}
    </section>
  );
}
