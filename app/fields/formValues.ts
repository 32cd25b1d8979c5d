/**
 * What a property table's control shows for a design value, and what its text means. The form
 * holds what the control shows ('' for a left-out text or select, [] for no chips); the design
 * holds undefined. Text that means no design value yet (e.g. "1.5" as a count) is an input error.
 */
import type { Widget } from '../../engine/index';

export type FormValue = string | boolean | undefined | string[];

/**
 * What a control's value means: an input error alone keeps the design as it was; a value with
 * an error goes into the design and the error is still shown (tag rows with a repeated key).
 */
export type FormReading = { value: unknown; error?: string } | { error: string };

/** The design value a reading carries, if any. */
export function readValue(reading: FormReading): { value: unknown } | undefined {
  return 'value' in reading ? reading : undefined;
}

/** What the control shows for a design's value. */
export function formValueOf(widget: Widget, value: unknown): FormValue {
  if (widget.kind === 'triState') return value as boolean | undefined;
  if (widget.kind === 'chips') return (value as string[] | undefined) ?? [];
  if (widget.kind === 'number') return value === undefined ? '' : String(value);
  return (value as string | undefined) ?? '';
}

/** The design's value for what the control shows: empty means left out. */
export function readFormValue(widget: Widget, value: FormValue): FormReading {
  if (widget.kind === 'number') return parseWholeNumber(value as string);
  if (Array.isArray(value)) return { value: value.length > 0 ? value : undefined };
  return { value: value === '' ? undefined : value };
}

/** A whole number, or nothing for an empty box; anything else is an input error. */
export function parseWholeNumber(text: string): FormReading {
  const trimmed = text.trim();
  if (trimmed === '') return { value: undefined };
  if (!/^-?\d+$/.test(trimmed)) return { error: 'Enter a whole number.' };
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? { value } : { error: 'This number is too large.' };
}

/** Whether two design values are the same (lists and records by content). */
export const sameValue = (a: unknown, b: unknown) =>
  a === b || JSON.stringify(a) === JSON.stringify(b);
