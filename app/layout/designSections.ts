/**
 * The design pane's sections, in their order on screen, and which one shows a finding: the
 * section navigation counts them. Findings on another repository than the selected one belong
 * to the repository list, not to a section.
 */
import type { FieldPath, Finding } from '../../engine/index';

export const designSections = [
  { id: 'section-lifecycle', label: 'Lifecycle' },
  { id: 'section-repository', label: 'Repository' },
  { id: 'section-registry', label: 'Registry' },
  { id: 'section-access', label: 'Access' },
  { id: 'section-events', label: 'Events' },
  { id: 'section-identities', label: 'Keys and principals' },
  { id: 'section-outputs', label: 'Outputs' },
] as const;

export type SectionId = (typeof designSections)[number]['id'];

const repositoryParts: Record<string, SectionId> = {
  lifecycleRules: 'section-lifecycle',
  sampleImages: 'section-lifecycle',
  eventRules: 'section-events',
  resourcePolicy: 'section-access',
};

const designParts: Record<string, SectionId> = {
  keys: 'section-identities',
  principals: 'section-identities',
  topics: 'section-events',
  queues: 'section-events',
  functions: 'section-events',
  grants: 'section-access',
  outputs: 'section-outputs',
  registry: 'section-registry',
};

export function sectionOf(path: FieldPath, selectedIndex: number): SectionId | undefined {
  const [head, index, part] = path;
  if (head === 'repositories')
    return index === selectedIndex && typeof part === 'string'
      ? (repositoryParts[part] ?? 'section-repository')
      : index === selectedIndex
        ? 'section-repository'
        : undefined;
  return typeof head === 'string' ? designParts[head] : undefined;
}

export function sectionCounts(
  findings: readonly Finding[],
  selectedIndex: number,
): Record<SectionId, number> {
  const counts = Object.fromEntries(designSections.map(({ id }) => [id, 0])) as Record<
    SectionId,
    number
  >;
  for (const finding of findings) {
    const section = sectionOf(finding.path, selectedIndex);
    if (section) counts[section]++;
  }
  return counts;
}
