/**
 * The engine's outputs module (renderBase and the printers of code and template texts) is not in
 * the first load: it loads here, as soon as the app starts, alongside the lazy editor; findings,
 * priorities and every text wait for it.
 */
import { useEffect, useState } from 'react';
import { loadPrinters, type Printers } from '../../engine/index';

let loaded: Printers | undefined;
let loading: Promise<Printers> | undefined;

/** The printers, loaded once; after a failed load (the network), the next call tries again. */
function printersReady(): Promise<Printers> {
  loading ??= loadPrinters().then(
    (printers) => {
      loaded = printers;
      return printers;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

// Started with the app rather than with the first render's effects: the text on screen then
// waits for nothing but this small chunk.
printersReady().catch(() => undefined);

/**
 * `use` of the printers, for copy and download buttons: at once when they have loaded (so the
 * button's action stays inside its click, as some browsers ask of a copy), else once they have.
 */
export function withPrinters<T>(use: (printers: Printers) => T): T | Promise<T> {
  return loaded ? use(loaded) : printersReady().then(use);
}

export interface PrintersState {
  /** Undefined until they have loaded. */
  printers: Printers | undefined;
  /** They could not be loaded (offline before the app was cached). */
  failed: boolean;
}

/** The printers for rendering: undefined on the renders before they have loaded. */
export function usePrinters(): PrintersState {
  const [printers, setPrinters] = useState(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (printers) return;
    let live = true;
    printersReady().then(
      (ready) => live && setPrinters(ready),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [printers]);
  return { printers, failed };
}
