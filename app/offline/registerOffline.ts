import { perfMarks } from '../testIds';

/** At the latest this long after load, even if the editor never shows (a failed chunk). */
const latestMs = 10_000;

/**
 * Offline once loaded: registers the service worker that caches the built designer
 * (serviceWorker.ts) once the editor has loaded, so that caching the rest never competes with
 * what the first visit shows. Where service workers are not allowed (file://, some private
 * modes) the designer simply stays online-only.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    observer.disconnect();
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(perfMarks.editorReady).length > 0) register();
  });
  observer.observe({ type: 'mark', buffered: true });
  window.addEventListener('load', () => window.setTimeout(register, latestMs));
}
