/**
 * Drag and drop of the rule cards (dnd-kit), loaded beside the first render (useSortableRuleList):
 * the cards show and can be edited before it arrives.
 */
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
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type RefObject, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { RuleEntry } from '../state/designerState';
import { type RuleCardProps, RuleCards, RuleCardView, sameCardProps } from './RuleCard';
import { restrictToVerticalAxis } from './restrictToVerticalAxis';
import { ruleAnnouncements, screenReaderInstructions } from './ruleAnnouncements';
import { describeRule } from './ruleSummary';

interface SortableRuleListProps {
  rules: readonly RuleEntry[];
  /** ECR's evaluation order, as indices of `rules`. */
  order: readonly number[];
  /** The cards in that order. */
  cards: readonly RuleCardProps[];
  /** A card was dropped on another's place (both by rule key). */
  onMove: (key: string, overKey: string) => void;
  /** A drag started (true) or ended (false): the list closes its editor meanwhile. */
  onDragChange: (dragging: boolean) => void;
  listRef: RefObject<HTMLOListElement | null>;
}

function SortableRuleCardView(props: RuleCardProps) {
  const { entry } = props;
  const sortable = useSortable({ id: entry.key, disabled: !props.movable });
  const drag = {
    setNodeRef: sortable.setNodeRef,
    setActivatorNodeRef: sortable.setActivatorNodeRef,
    handle: { ...sortable.attributes, ...sortable.listeners },
    style: {
      transform: CSS.Translate.toString(sortable.transform),
      transition: sortable.transition,
    },
    isDragging: sortable.isDragging,
  };
  return <RuleCardView {...props} drag={drag} />;
}

const SortableRuleCard = memo(SortableRuleCardView, sameCardProps);

/**
 * DndContext's props stay the same objects across renders: a new one gives every draggable card
 * a new context, and all twenty cards of a long list would re-render on each keystroke.
 */
const modifiers = [restrictToVerticalAxis];

function SortableRuleListView(props: SortableRuleListProps) {
  const { rules, order, cards, onMove, onDragChange, listRef } = props;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = useMemo(() => order.map((index) => rules[index]!.key), [rules, order]);
  const accessibility = useMemo(() => {
    const byKey = new Map(rules.map((r) => [r.key, r]));
    return {
      screenReaderInstructions,
      announcements: ruleAnnouncements(
        (id) => ids.indexOf(String(id)) + 1,
        (id) => {
          const entry = byKey.get(String(id));
          return entry ? describeRule(entry.rule) : '';
        },
        ids.length,
      ),
    };
  }, [rules, ids]);
  const latest = useRef({ onMove, onDragChange });
  useLayoutEffect(() => {
    latest.current = { onMove, onDragChange };
  });
  const onDragStart = useCallback(() => latest.current.onDragChange(true), []);
  const onDragEnd = useCallback(({ active, over }: DragEndEvent) => {
    latest.current.onDragChange(false);
    if (over && active.id !== over.id) latest.current.onMove(String(active.id), String(over.id));
  }, []);
  const onDragCancel = useCallback(() => latest.current.onDragChange(false), []);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={modifiers}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={accessibility}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <RuleCards cards={cards} Card={SortableRuleCard} listRef={listRef} />
      </SortableContext>
    </DndContext>
  );
}

/**
 * The cards of RuleList, draggable. Re-rendered only when a card would show something else:
 * a keystroke in a repository field re-renders RuleList, and dnd-kit's contexts would re-render
 * every card. `onMove` is the same move for the same rules and cards.
 */
export const SortableRuleList = memo(
  SortableRuleListView,
  (a, b) =>
    a.rules === b.rules &&
    a.order === b.order &&
    a.onDragChange === b.onDragChange &&
    a.listRef === b.listRef &&
    a.cards.length === b.cards.length &&
    a.cards.every((card, i) => sameCardProps(card, b.cards[i]!)),
);
