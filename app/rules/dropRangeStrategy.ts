/**
 * The drag preview shows only orders a drop gives. The engine's drop range of the dragged card
 * (lifecycleRuleDropRange, which the move itself clamps to) bounds both where the other cards
 * make room and where the dragged card is drawn: no card is ever shown below the rule that
 * selects any image, which CDK always puts last.
 */
import { type SortingStrategy, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { type RuleDropRange, ruleDropPlace } from '../../engine/index';

/** The drop range of each card, in card order: undefined for a card that cannot move. */
export type DropRanges = readonly (RuleDropRange | undefined)[];

/** dnd-kit's vertical list, making room where the engine would put the card for the place it is over. */
export function dropRangeStrategy(ranges: DropRanges): SortingStrategy {
  return (args) => {
    const range = ranges[args.activeIndex];
    const overIndex = range ? ruleDropPlace(range, args.overIndex) : args.activeIndex;
    return verticalListSortingStrategy({ ...args, overIndex });
  };
}
