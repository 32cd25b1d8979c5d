/** ecr-lifecycle-spec.md §1.4.2: which images a rule's tag requirement selects, and in words. */

export interface TagSelection {
  tagStatus: string;
  tagPrefixList?: string[];
  tagPatternList?: string[];
}

/**
 * "images tagged prod*", "untagged images", "images" — the selection in words; `pool` names the
 * images it selects from ("archived images" for a rule of the archive, as the rule cards say).
 */
export function describeSelection(selection: TagSelection, pool = 'images'): string {
  const status = selection.tagStatus.toLowerCase();
  if (status === 'untagged') return `untagged ${pool}`;
  if (status === 'any') return pool;
  const entries = selection.tagPrefixList?.map((p) => `${p}*`) ?? selection.tagPatternList ?? [];
  return `${pool} tagged ${entries.join(' AND ')}`;
}

/**
 * A tag pattern's test (an anchored glob, split once): '*' is any run of characters (empty too);
 * the rest is literal.
 */
export function globMatcher(pattern: string): (tag: string) => boolean {
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

type Status = 'any' | 'untagged' | 'tagged';

function statusOf(selection: TagSelection): Status {
  const status = selection.tagStatus.toLowerCase();
  return status === 'any' || status === 'untagged' ? status : 'tagged';
}

/** One entry of a tag list: `lead` is the text every tag it matches starts with. */
interface Entry {
  key: string;
  lead: string;
  matches: (tag: string) => boolean;
}

/** A tagged selection's list; one tag may satisfy several entries. */
function entriesOf(selection: TagSelection): Entry[] {
  return selection.tagPrefixList
    ? selection.tagPrefixList.map((prefix) => ({
        key: `prefix ${prefix}`,
        lead: prefix,
        matches: (tag: string) => tag.startsWith(prefix),
      }))
    : (selection.tagPatternList ?? []).map((pattern) => ({
        key: `pattern ${pattern}`,
        lead: pattern.split('*')[0]!,
        matches: globMatcher(pattern),
      }));
}

/** The images grouped by the selections that include them. */
export interface SelectionClasses {
  /** By image index: its class. */
  classOf: Int32Array;
  /** By class: the indices of the selections that include its images, ascending. */
  members: Int32Array[];
}

/**
 * Which selections include each image: any, untagged, or tagged with every entry of the list
 * matched by some tag. Each image's tags are read once: a tag is tested only against the entries
 * whose lead starts with its first character, and images that match the same entries share a
 * class (most tags match none: CI builds' commit tags).
 */
export function selectionClasses(
  selections: readonly TagSelection[],
  images: readonly { tags: readonly string[] }[],
): SelectionClasses {
  const statuses = selections.map(statusOf);
  const ids = new Map<string, number>();
  const tests: ((tag: string) => boolean)[] = [];
  const byLead = new Map<number, number[]>();
  const unled: number[] = [];
  const required = selections.map((selection, s) =>
    statuses[s] !== 'tagged'
      ? []
      : entriesOf(selection).map((entry) => {
          let id = ids.get(entry.key);
          if (id === undefined) {
            id = tests.length;
            ids.set(entry.key, id);
            tests.push(entry.matches);
            if (entry.lead === '') unled.push(id);
            else {
              const lead = entry.lead.charCodeAt(0);
              byLead.set(lead, [...(byLead.get(lead) ?? []), id]);
            }
          }
          return id;
        }),
  );
  // matchedBy[id] === i: some tag of image i matches entry id (no clearing between images).
  const matchedBy = new Int32Array(tests.length).fill(-1);
  const members: Int32Array[] = [];
  const classes = new Map<string, number>();
  /** The class of image i, which matched the entries in `key`; its first image makes it. */
  const newClass = (key: string, i: number, tagged: boolean) => {
    const includes = (s: number) =>
      statuses[s] === 'any' ||
      (statuses[s] === 'untagged'
        ? !tagged
        : tagged && required[s]!.every((id) => matchedBy[id] === i));
    classes.set(key, members.length);
    members.push(Int32Array.from(selections.keys()).filter(includes));
    return members.length - 1;
  };
  const classOf = new Int32Array(images.length);
  // The entries image i matches, in matched[0 .. found).
  const matched = new Int32Array(tests.length);
  let found = 0;
  const test = (id: number, tag: string, i: number) => {
    if (matchedBy[id] !== i && tests[id]!(tag)) {
      matchedBy[id] = i;
      matched[found++] = id;
    }
  };
  const noEntries: number[] = [];
  // Indexed loops: they visit every tag, and for…of allocates here.
  for (let i = 0; i < images.length; i++) {
    const { tags } = images[i]!;
    found = 0;
    for (let t = 0; t < tags.length; t++) {
      const tag = tags[t]!;
      const led = byLead.get(tag.charCodeAt(0)) ?? noEntries;
      for (let e = 0; e < led.length; e++) test(led[e]!, tag, i);
      for (let e = 0; e < unled.length; e++) test(unled[e]!, tag, i);
    }
    const key =
      tags.length === 0
        ? 'untagged'
        : found === 0
          ? ''
          : matched.subarray(0, found).sort().join(' ');
    classOf[i] = classes.get(key) ?? newClass(key, i, tags.length > 0);
  }
  return { classOf, members };
}
