import { createContext, type Dispatch, useContext } from 'react';
import type { HistoryAction } from './history';

/** The reducer's dispatch, for components deep in the forms; data still flows down as props. */
export const DispatchContext = createContext<Dispatch<HistoryAction> | null>(null);

export function useDispatch(): Dispatch<HistoryAction> {
  const dispatch = useContext(DispatchContext);
  if (!dispatch) throw new Error('useDispatch outside DispatchContext');
  return dispatch;
}
