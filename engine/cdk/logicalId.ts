/** CDK's logical ID scheme (core/lib/private/uniqueid.js), reproduced for construct paths below the stack. */
import { md5Hex } from './md5';

/**
 * The two ids constructs' node.defaultChild looks for: `Resource` is the id an L2 gives its L1,
 * which uniqueid.js leaves out of a logical ID's readable part; `Default` it leaves out entirely.
 */
export const defaultChildId = 'Resource';
export const hiddenChildId = 'Default';
const maxIdLength = 255;
const maxHumanLength = 240;

/** A construct id as the constructs library stores it: '/' is the path separator, so it becomes '--'. */
export function sanitizeConstructId(id: string): string {
  return id.replace(/\//g, '--');
}

export function logicalIdOf(path: readonly string[]): string {
  // Paths repeat on every render of a design; MD5 is the cost, so results are kept (bounded).
  const key = path.join('\u0000');
  let id = knownLogicalIds.get(key);
  if (id === undefined) {
    id = computeLogicalId(path);
    if (knownLogicalIds.size >= 50_000) knownLogicalIds.clear();
    knownLogicalIds.set(key, id);
  }
  return id;
}

const knownLogicalIds = new Map<string, string>();

function computeLogicalId(path: readonly string[]): string {
  const components = uniqueIdComponents(path);
  if (components.length === 1) {
    const candidate = removeNonAlphanumeric(components[0]!);
    if (candidate.length <= maxIdLength) return candidate;
  }
  return readablePart(components).slice(0, maxHumanLength) + pathHash(components);
}

/** The first 8 hex digits of the MD5 of the path, upper-case: what makes generated names unique. */
function pathHash(components: readonly string[]): string {
  return md5Hex(components.join('/')).slice(0, 8).toUpperCase();
}

/** The path's readable part: no `Resource`, no repeated suffixes, only letters and digits. */
function readablePart(components: readonly string[]): string {
  return removeDupes(components)
    .filter((c) => c !== defaultChildId)
    .map(removeNonAlphanumeric)
    .join('');
}

/** The components makeUniqueId hashes: `Default` ids are hidden; none left makes CDK throw. */
export function uniqueIdComponents(path: readonly string[]): string[] {
  return path.map(sanitizeConstructId).filter((c) => c !== hiddenChildId);
}

/** CDK's message when every component of a unique id is `Default` (uniqueid.js). */
export const emptyUniqueIdError = 'Unable to calculate a unique id for an empty set of components';

/**
 * Names.uniqueResourceName (core/lib/private/unique-resource-name.js) with no separator and no
 * special characters: a single component as is when it fits, else the readable part cut in the
 * middle to `maxLength` - 8 and the path hash. `path` starts with the stack's *name*.
 */
export function uniqueResourceNameOf(path: readonly string[], maxLength: number): string {
  const components = uniqueIdComponents(path);
  if (components.length === 1) {
    const topLevel = removeNonAlphanumeric(components[0]!);
    if (topLevel.length <= maxLength) return topLevel;
  }
  const hash = pathHash(components);
  const human = readablePart(components);
  const maxHuman = maxLength - 8;
  // splitInMiddle: fractional halves are truncated by slice, as in CDK.
  const half = maxHuman / 2;
  return human.length > maxHuman
    ? `${human.slice(0, half)}${human.slice(-half)}${hash}`
    : human + hash;
}

function removeNonAlphanumeric(s: string): string {
  return s.replace(/[^A-Za-z0-9]/g, '');
}

function removeDupes(path: readonly string[]): string[] {
  const kept: string[] = [];
  for (const component of path) {
    if (kept.length === 0 || !kept[kept.length - 1]!.endsWith(component)) kept.push(component);
  }
  return kept;
}
