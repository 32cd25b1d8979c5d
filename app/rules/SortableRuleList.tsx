/**
 * Drag and drop of the rule cards (dnd-kit), loaded beside the first render (useSortableRuleList):
 * the cards show and can be edited before it arrives.
 */
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type RefObject, useCallback, useMemo, useState } from 'react';
import type { RuleDropRange } from '../../engine/index';
import type { RuleEntry } from '../state/designerState';
import { useLatest } from '../state/useLatest';
import { type DropRanges, dropRangeStrategy } from './dropRangeStrategy';
import { type RuleCardProps, RuleCards, RuleCardView, sameCardProps } from './RuleCard';
import { restrictToVerticalAxis } from './restrictToVerticalAxis';
import { ruleAnnouncements, screenReaderInstructions } from './ruleAnnouncements';
import { describeRule } from './ruleSummary';
import { withinRange } from './withinDropRange';

interface SortableRuleListProps {
  rules: readonly RuleEntry[];
  /** ECR's evaluation order, as indices of `rules`. */
  order: readonly number[];
  /** The cards in that order. */
  cards: readonly RuleCardProps[];
  /** Where each card can be dropped (the engine's drop ranges), in that order too. */
  ranges: DropRanges;
  /** A card was dropped on another's place (both by rule key). */
  onMove: (key: string, overKey: string) => void;
  /** A drag started (true) or ended (false): the list closes its editor meanwhile. */
  onDragChange: (dragging: boolean) => void;
  listRef: RefObject<HTMLOListElement | null>;
}

function SortableRuleCardView(props: RuleCardProps) {
  const { entry } = props;
  // A card that cannot move is no place to drop either: only the ANY rule is, and it stays last.
  // (A boolean `disabled` would leave it droppable, and a card dragged onto it shown below it.)
  const sortable = useSortable({
    id: entry.key,
    disabled: { draggable: !props.movable, droppable: !props.movable },
  });
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
 * a new context, and all twenty cards of a long list would re-render on each keystroke. The
 * drop range of a drag changes them when a drag starts or ends, when every card re-renders anyway.
 */
const freeModifiers = [restrictToVerticalAxis];

function SortableRuleListView(props: SortableRuleListProps) {
  const { rules, order, cards, ranges, onMove, onDragChange, listRef } = props;
  const [dragRange, setDragRange] = useState<RuleDropRange>();
  const modifiers = useMemo(
    () => (dragRange ? [restrictToVerticalAxis, withinRange(listRef, dragRange)] : freeModifiers),
    [dragRange, listRef],
  );
  const strategy = useMemo(() => dropRangeStrategy(ranges), [ranges]);
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
  const latest = useLatest({ onMove, onDragChange, ids, ranges });
  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      const { ids, ranges, onDragChange } = latest();
      setDragRange(ranges[ids.indexOf(String(active.id))]);
      onDragChange(true);
    },
    [latest],
  );
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const { onDragChange, onMove } = latest();
      setDragRange(undefined);
      onDragChange(false);
      if (over && active.id !== over.id) onMove(String(active.id), String(over.id));
    },
    [latest],
  );
  const onDragCancel = useCallback(() => {
    setDragRange(undefined);
    latest().onDragChange(false);
  }, [latest]);
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
      <SortableContext items={ids} strategy={strategy}>
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
    a.ranges === b.ranges &&
    a.onDragChange === b.onDragChange &&
    a.listRef === b.listRef &&
    a.cards.length === b.cards.length &&
    a.cards.every((card, i) => sameCardProps(card, b.cards[i]!)),
);
