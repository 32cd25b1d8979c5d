/**
 * JSON text holding one value or several values one after another: what `cat page1.json
 * page2.json` makes of paged AWS CLI output. Untrusted text: problems are findings, never throws.
 */
import type { FieldPath } from '../fieldPath';
import { type Finding, unreadableError } from '../findings';

/** Where each top-level value ends: after its closing bracket, or at white space between values. */
function valueSpans(text: string): [start: number, end: number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      if (!inString && depth === 0) {
        spans.push([start, i + 1]);
        start = -1;
      }
      continue;
    }
    if (/\s/.test(char)) {
      if (depth === 0 && start >= 0) spans.push([start, i]);
      if (depth === 0) start = -1;
      continue;
    }
    if (depth === 0 && start < 0) start = i;
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) {
        spans.push([start, i + 1]);
        start = -1;
      }
    }
  }
  if (start >= 0) spans.push([start, text.length]);
  return spans;
}

/** The JSON values of the text, in order; `path` names the input in findings. */
export function parseJsonValues(
  text: string,
  path: FieldPath,
): { values: unknown[]; findings: Finding[] } {
  const spans = valueSpans(text);
  if (spans.length === 0)
    return { values: [], findings: [unreadableError(path, 'the input is empty')] };
  const values: unknown[] = [];
  for (const [index, [start, end]] of spans.entries()) {
    try {
      values.push(JSON.parse(text.slice(start, end)));
    } catch (error) {
      const detail = error instanceof Error ? `: ${error.message}` : '';
      const which = spans.length === 1 ? '' : ` (value ${index + 1} of ${spans.length})`;
      return { values: [], findings: [unreadableError(path, `not valid JSON${which}${detail}`)] };
    }
  }
  return { values, findings: [] };
}
