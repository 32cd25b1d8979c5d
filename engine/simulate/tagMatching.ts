/** ecr-lifecycle-spec.md §1.4.2: which images a rule's tag requirement selects. */

export interface TagSelection {
  tagStatus: string;
  tagPrefixList?: string[];
  tagPatternList?: string[];
}

/** An anchored glob, split once: '*' is any run of characters (empty too); the rest is literal. */
function globMatcher(pattern: string): (tag: string) => boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return (tag) => tag === pattern;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const middles = parts.slice(1, -1);
  return (tag) => {
    if (!tag.startsWith(first) || tag.length < first.length + last.length || !tag.endsWith(last))
      return false;
    let position = first.length;
    const end = tag.length - last.length;
    for (const middle of middles) {
      const found = tag.indexOf(middle, position);
      if (found < 0 || found + middle.length > end) return false;
      position = found + middle.length;
    }
    return true;
  };
}

export function matchesPattern(pattern: string, tag: string): boolean {
  return globMatcher(pattern)(tag);
}

/**
 * The rule's tag requirement as a test of an image's tags, compiled once per rule: every entry
 * of the list must be matched by some tag; one tag may satisfy several entries.
 */
export function tagMatcher(selection: TagSelection): (tags: readonly string[]) => boolean {
  const status = selection.tagStatus.toLowerCase();
  if (status === 'any') return () => true;
  if (status === 'untagged') return (tags) => tags.length === 0;
  const entries: ((tag: string) => boolean)[] = selection.tagPrefixList
    ? selection.tagPrefixList.map((prefix) => (tag) => tag.startsWith(prefix))
    : (selection.tagPatternList ?? []).map(globMatcher);
  return (tags) => tags.length > 0 && entries.every((matches) => tags.some(matches));
}

export function matchesTagRequirement(selection: TagSelection, tags: readonly string[]): boolean {
  return tagMatcher(selection)(tags);
}
