import { useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import type { DesignerState } from './designerState';

/**
 * The state, and what is derived from it (`outputs`), that the design pane (forms, lists, preview,
 * entities) shows. After a form's edit of values its fields hold themselves (`heldByForm`:
 * the typed text is on screen already) the pane renders at deferred priority, once the
 * keystroke has reached the outputs; after any other action, at once. The pane
 * never goes back to a state older than one it has shown.
 */
export function usePaneState<Outputs>(
  state: DesignerState,
  outputs: Outputs,
): { state: DesignerState; outputs: Outputs } {
  const deferredState = useDeferredValue(state);
  const deferredOutputs = useDeferredValue(outputs);
  // The order the states came in: a deferred state is one the reducer made earlier.
  const order = useRef(new WeakMap<DesignerState, number>());
  const count = useRef(0);
  if (!order.current.has(state)) order.current.set(state, count.current++);
  const shown = useRef(state);
  const lagging =
    state.heldByForm === true &&
    (order.current.get(deferredState) ?? -1) >= (order.current.get(shown.current) ?? 0);
  const paneState = lagging ? deferredState : state;
  const paneOutputs = lagging ? deferredOutputs : outputs;
  useLayoutEffect(() => {
    shown.current = paneState;
  });
  return useMemo(() => ({ state: paneState, outputs: paneOutputs }), [paneState, paneOutputs]);
}
