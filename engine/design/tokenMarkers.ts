/**
 * CDK reads `${Token[...]}` inside any string as a reference to a token and fails
 * or substitutes it at synth, so such text cannot pass through unchanged.
 */
import { designError, type Finding, joinPath } from '../findings';

const tokenMarker = /\$\{Token\[|#\{Token\[/;

export function tokenMarkerErrors(value: unknown, path = ''): Finding[] {
  if (typeof value === 'string') {
    return tokenMarker.test(value)
      ? [
          designError(
            path,
            "contains '${Token[' or '#{Token[', which CDK would read as a token reference",
          ),
        ]
      : [];
  }
  if (Array.isArray(value))
    return value.flatMap((entry, index) => tokenMarkerErrors(entry, joinPath(path, index)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, entry]) => [
      ...tokenMarkerErrors(key, joinPath(path, key)),
      ...tokenMarkerErrors(entry, joinPath(path, key)),
    ]);
  }
  return [];
}
