/** Performance marks for the UI benchmark (bench/ui): cheap, and harmless in production. */
import { perfMarks } from './testIds';

/** Marks the moment of a person's edit; `eventTime` is the input event's timeStamp. */
export function markEdit(eventTime?: number): void {
  performance.clearMarks(perfMarks.edit);
  performance.mark(perfMarks.edit, eventTime === undefined ? undefined : { startTime: eventTime });
}

/** Measures from the last edit to now, once per edit. */
export function measureEditApplied(): void {
  if (performance.getEntriesByName(perfMarks.edit, 'mark').length === 0) return;
  performance.measure(perfMarks.editToEditor, perfMarks.edit);
  performance.clearMarks(perfMarks.edit);
}

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
