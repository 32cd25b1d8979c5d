/**
 * CDK reads `${Token[...]}` inside any string as a reference to a token and fails
 * or substitutes it at synth, so such text cannot pass through unchanged.
 */
import type { FieldPath } from '../fieldPath';
import { designError, type Finding, FindingCode } from '../findings';
import { perObject } from '../util/memo';

const tokenMarker = /\$\{Token\[|#\{Token\[/;

export function tokenMarkerErrors(design: unknown): Finding[] {
  return mayHoldMarker(design) ? findMarkers(design, []) : [];
}

/** Whether the JSON text of a value holds a marker: one scan keeps the common case cheap. */
const textHoldsMarker = (value: unknown) => tokenMarker.test(String(JSON.stringify(value)));

/** Entries of the design's lists (repositories, keys, …) are scanned once per object. */
const entryHoldsMarker = perObject((entry: object) => textHoldsMarker(entry));

const listEntryHoldsMarker = (entry: unknown) =>
  typeof entry === 'object' && entry !== null ? entryHoldsMarker(entry) : textHoldsMarker(entry);

/**
 * Whether the design's JSON text holds a marker, member by member: a marker has no quote, so it
 * lies within one key or string, and each member's text can be scanned on its own.
 */
function mayHoldMarker(design: unknown): boolean {
  if (typeof design !== 'object' || design === null || Array.isArray(design))
    return textHoldsMarker(design);
  return Object.entries(design).some(([key, value]) => {
    if (Array.isArray(value)) return tokenMarker.test(key) || value.some(listEntryHoldsMarker);
    // JSON.stringify leaves out a member whose value it cannot write (undefined).
    const text = JSON.stringify(value);
    return text !== undefined && (tokenMarker.test(key) || tokenMarker.test(text));
  });
}

function findMarkers(value: unknown, path: FieldPath): Finding[] {
  if (typeof value === 'string') {
    return tokenMarker.test(value)
      ? [
          designError(
            FindingCode.tokenMarker,
            path,
            "contains '${Token[' or '#{Token[', which CDK would read as a token reference",
          ),
        ]
      : [];
  }
  if (Array.isArray(value))
    return value.flatMap((entry, index) => findMarkers(entry, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, entry]) => [
      ...findMarkers(key, [...path, key]),
      ...findMarkers(entry, [...path, key]),
    ]);
  }
  return [];
}
