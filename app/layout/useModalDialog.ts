import { type RefObject, useEffect } from 'react';

/**
 * Shows a `<dialog>` as a modal once it is mounted. Nothing closes it on unmount: removing an
 * open dialog from the document already ends its modal state, and calling `close()` in an
 * effect cleanup fires the dialog's `close` event — which React StrictMode's second effect run
 * turns into the owner closing a dialog it has just opened.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, [dialog]);
}
