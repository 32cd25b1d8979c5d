import { useEffect, useState } from 'react';
import { useDispatch } from '../state/DesignerContext';
import type { DesignerState } from '../state/designerState';
import { testIds } from '../testIds';

/**
 * "Rule deleted · Undo": undoes the last edit of the history, so it is shown only while that
 * edit is the last one (history.ts retires it at the next edit).
 */
export function UndoToast({ toast }: { toast: DesignerState['toast'] }) {
  const dispatch = useDispatch();
  return (
    <div className="toast-region" role="status">
      {toast && (
        <div className="toast" data-testid={testIds.undoToast}>
          <span>{toast.message}</span>
          <button
            type="button"
            className="button button-small"
            onClick={() => dispatch({ type: 'undo' })}
          >
            Undo
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label="Dismiss"
            onClick={() => dispatch({ type: 'dismissToast' })}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}

const noticeMs = 8000;

/** Short explanations (a refused drop, a file that does not open), also read by screen readers. */
export function Notice({ notice }: { notice: DesignerState['notice'] }) {
  const [hiddenId, setHiddenId] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setHiddenId(notice.id), noticeMs);
    return () => window.clearTimeout(timer);
  }, [notice]);
  const visible = notice && notice.id !== hiddenId;
  return (
    <div className="notice-region" role="alert" data-testid={testIds.notice}>
      {visible && <p className="notice">{notice.text}</p>}
    </div>
  );
}
