/**
 * Where a finding points: the keys and list indexes from the root of what was read (a design, a
 * template, a file of images), e.g. `['repositories', 0, 'lifecycleRules', 1, 'tagPrefixList']`.
 * Paths stay keys so that readers compare them; only formatPath turns one into text, for people.
 */
export type FieldPath = readonly (string | number)[];

/**
 * A path as people read it: `repositories[0].lifecycleRules[1].tagPrefixList`; the empty path
 * is ''. Text before the first key is the root, so a leading '' key adds nothing.
 */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? key : `${text}.${key}`;
  }, '');
}

/** True when `path` is `prefix` or lies below it. */
export function pathStartsWith(path: FieldPath, prefix: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

/** True when both paths name the same place. */
export function samePath(a: FieldPath, b: FieldPath): boolean {
  return a.length === b.length && pathStartsWith(a, b);
}
