/** ecr-lifecycle-spec.md §1.4.2: which images a rule's tag requirement selects. */

export interface TagSelection {
  tagStatus: string;
  tagPrefixList?: string[];
  tagPatternList?: string[];
}

/** Anchored glob: '*' is any run of characters (empty too); everything else is literal. */
export function matchesPattern(pattern: string, tag: string): boolean {
  const parts = pattern.split('*');
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (parts.length === 1) return tag === pattern;
  if (!tag.startsWith(first) || tag.length < first.length + last.length || !tag.endsWith(last))
    return false;
  let position = first.length;
  const end = tag.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = tag.indexOf(middle, position);
    if (found < 0 || found + middle.length > end) return false;
    position = found + middle.length;
  }
  return true;
}

/** Every entry of the list must be matched by some tag; one tag may satisfy several entries. */
export function matchesTagRequirement(selection: TagSelection, tags: readonly string[]): boolean {
  const status = selection.tagStatus.toLowerCase();
  if (status === 'any') return true;
  if (status === 'untagged') return tags.length === 0;
  if (tags.length === 0) return false;
  if (selection.tagPrefixList)
    return selection.tagPrefixList.every((prefix) => tags.some((tag) => tag.startsWith(prefix)));
  return (selection.tagPatternList ?? []).every((pattern) =>
    tags.some((tag) => matchesPattern(pattern, tag)),
  );
}
