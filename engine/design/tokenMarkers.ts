/**
 * CDK reads `${Token[...]}` inside any string as a reference to a token and fails
 * or substitutes it at synth, so such text cannot pass through unchanged.
 */
import type { FieldPath } from '../fieldPath';
import { designError, type Finding, FindingCode } from '../findings';

const tokenMarker = /\$\{Token\[|#\{Token\[/;

export function tokenMarkerErrors(design: unknown): Finding[] {
  // One scan of the serialized design keeps the common case (no marker anywhere) cheap.
  return tokenMarker.test(JSON.stringify(design)) ? findMarkers(design, []) : [];
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
