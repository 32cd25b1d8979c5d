/**
 * What matchRegistry says of a name, as short sentences for the Registry section's "which rules
 * apply to this name" panel: one group per subject, in the order ECR meets them.
 */
import type { RegistryMatch, TemplateMatch } from '../../engine/index';

export interface MatchGroup {
  /** Stable key and heading. */
  id: 'templates' | 'replication' | 'scanning' | 'pullThrough' | 'signing';
  title: string;
  lines: string[];
}

const wayLabels: Record<TemplateMatch['way'], string> = {
  PULL_THROUGH_CACHE: 'Pull-through cache',
  REPLICATION: 'Replication',
  CREATE_ON_PUSH: 'Create on push',
};

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** What a repository created from `match` gets, in one line. */
export function templateLine(match: TemplateMatch): string {
  const { effect, template } = match;
  const source = template
    ? `template ${template.id} (${template.prefix === 'ROOT' ? 'ROOT' : `prefix ${template.prefix}`})`
    : 'no template: ECR’s defaults';
  const key =
    effect.kmsKey === undefined
      ? ''
      : effect.kmsKey === 'aws-managed'
        ? ' with the AWS managed key'
        : ` with key ${effect.kmsKey.keyArn ?? effect.kmsKey.keyId}`;
  const filters = effect.imageTagMutabilityExclusionFilters;
  const exclusions = filters.length > 0 ? ` except ${filters.join(', ')}` : '';
  const parts = [
    `tags ${effect.imageTagMutability}${exclusions}`,
    `${effect.encryption}${key}`,
    plural(effect.lifecycleRuleCount, 'lifecycle rule'),
    plural(effect.repositoryPolicyStatementCount, 'policy statement'),
    plural(effect.resourceTags.length, 'resource tag'),
  ];
  return `${wayLabels[match.way]}: ${source} — ${parts.join(', ')}.`;
}

function replicationLines(match: RegistryMatch): string[] {
  const { rules, destinationTemplate } = match.replication;
  if (rules.length === 0) return ['No replication rule copies this repository.'];
  const ruleLines = rules.map((rule) => {
    const why = rule.filter === undefined ? 'no filter: every repository' : `prefix ${rule.filter}`;
    const where = rule.destinations.map((d) => `${d.region} (${d.registryId})`).join(', ');
    return `Rule ${rule.ruleIndex + 1} (${why}) copies it to ${where || 'no destination'}.`;
  });
  const template = destinationTemplate
    ? [`At a destination, ${templateLine(destinationTemplate).replace(/^Replication: /, '')}`]
    : [];
  return [...ruleLines, ...template, 'Lifecycle policies are not replicated.'];
}

function scanningLines(match: RegistryMatch): string[] {
  const { scanning } = match;
  const deciding =
    scanning.decidingRule === undefined
      ? 'no rule matches'
      : `rule ${scanning.decidingRule + 1} decides`;
  const matched = scanning.matches.map(
    (m) => `Rule ${m.ruleIndex + 1} (${m.scanFrequency}) matches by filter ${m.filter}.`,
  );
  return [
    `${scanning.scanType} scanning${scanning.configured ? '' : ' (the registry’s default)'}: ${scanning.outcome}, ${deciding}.`,
    scanning.explanation,
    ...matched,
  ];
}

function pullThroughLines(match: RegistryMatch): string[] {
  const hit = match.pullThroughCache;
  if (!hit) return ['No pull-through cache rule would create this repository.'];
  const { rule } = hit;
  const prefix = rule.ecrRepositoryPrefix ?? 'ROOT';
  const upstream = rule.upstreamRegistryUrl ?? rule.upstreamRegistry ?? 'its upstream';
  return [
    `Rule ${rule.id} (prefix ${prefix}) would create it on a pull, caching ${upstream}/${hit.upstreamRepository}.`,
  ];
}

function signingLines(match: RegistryMatch): string[] {
  if (match.signing.length === 0) return ['No signing rule signs images pushed here.'];
  return match.signing.map((s) => {
    const why = s.filter === undefined ? 'no filter: every repository' : `filter ${s.filter}`;
    return `Rule ${s.ruleIndex + 1} (${why}) signs each push with ${s.signingProfileArn}.`;
  });
}

/** The groups the panel shows for one match. */
export function matchGroups(match: RegistryMatch): MatchGroup[] {
  return [
    { id: 'templates', title: 'Creation template', lines: match.templates.map(templateLine) },
    { id: 'replication', title: 'Replication', lines: replicationLines(match) },
    { id: 'scanning', title: 'Scanning', lines: scanningLines(match) },
    { id: 'pullThrough', title: 'Pull-through cache', lines: pullThroughLines(match) },
    { id: 'signing', title: 'Signing', lines: signingLines(match) },
  ];
}
