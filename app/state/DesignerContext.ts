import { createContext, type Dispatch, useContext } from 'react';
import type { DesignerAction } from './designerReducer';

/** The reducer's dispatch, for components deep in the forms; data still flows down as props. */
export const DispatchContext = createContext<Dispatch<DesignerAction> | null>(null);

export function useDispatch(): Dispatch<DesignerAction> {
  const dispatch = useContext(DispatchContext);
  if (!dispatch) throw new Error('useDispatch outside DispatchContext');
  return dispatch;
}
