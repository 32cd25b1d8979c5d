import { useDispatch } from '../state/DesignerContext';
import { isMac as mac } from './shortcuts';

interface HistoryButtonsProps {
  canUndo: boolean;
  canRedo: boolean;
}

const undoKeys = mac ? '⌘Z' : 'Ctrl+Z';
const redoKeys = mac ? '⇧⌘Z' : 'Ctrl+Shift+Z or Ctrl+Y';

/** Undo and redo of every design edit; the shortcuts are in useUndoShortcuts. */
export function HistoryButtons({ canUndo, canRedo }: HistoryButtonsProps) {
  const dispatch = useDispatch();
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={!canUndo}
        title={`Undo the last edit (${undoKeys})`}
        aria-keyshortcuts={mac ? 'Meta+Z' : 'Control+Z'}
        onClick={() => dispatch({ type: 'undo' })}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={!canRedo}
        title={`Redo (${redoKeys})`}
        aria-keyshortcuts={mac ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
        onClick={() => dispatch({ type: 'redo' })}
      >
        Redo
      </button>
    </>
  );
}
