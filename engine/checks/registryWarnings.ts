/**
 * Warning phase: what is legal in the registry part but likely wrong, from how the registry's
 * rules combine with each other and with the design's repositories (issue 17, "Warnings from how
 * they combine"). Each follows the AWS text cited beside it.
 */
import type { Design, LifecycleRuleDesign } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { matchCreationTemplate } from '../registry/creationTemplateMatch';
import { rootPrefix } from '../registry/filterMatch';
import { matchReplication } from '../registry/replicationMatch';
import { registryWarning } from './registryValues';

/**
 * A name below every namespace prefix given and below no longer one: prefixes hold only
 * [a-z0-9._/-], so a NUL after them matches no deeper template (and alone, only ROOT).
 */
const directlyBelow = (prefix: string | undefined) =>
  prefix === undefined || prefix === rootPrefix ? '\u0000' : `${prefix.replace(/\/$/, '')}/\u0000`;

/**
 * awsSources.templateNoMatch: a repository ECR creates without a matching template gets "not
 * applying any repository or lifecycle policies"; replication copies images, not the source's
 * lifecycle policy, and keeps the name (awsSources.replicationName). A repository without a
 * repositoryName gets a generated one, so only rules without filters surely copy it, and only the
 * ROOT template surely applies.
 */
function lifecycleNotReplicated(design: Design): Finding[] {
  return design.repositories.flatMap((repository, index) => {
    if ((repository.lifecycleRules?.length ?? 0) === 0) return [];
    const name = repository.repositoryName ?? directlyBelow(undefined);
    const { rules, destinationTemplate } = matchReplication(design, name);
    if (rules.length === 0 || (destinationTemplate?.effect.lifecycleRuleCount ?? 0) > 0) return [];
    const where = rules[0]!.destinations.map((d) => `${d.registryId} ${d.region}`).join(', ');
    const template = destinationTemplate?.template;
    const gets = template
      ? `its creation template (${JSON.stringify(template.prefix)}) has no lifecycle rules`
      : 'no creation template for REPLICATION matches it';
    return [
      registryWarning(
        FindingCode.lifecycleNotReplicated,
        ['repositories', index, 'lifecycleRules'],
        `Replication copies this repository (to ${where || 'no destination'}) but not its lifecycle rules: ${gets}, so the copies keep every image.`,
      ),
    ];
  });
}

/**
 * aws/containers-roadmap #1188 and #1758: a pull-through cache repository gets its lifecycle
 * policy only from its creation template (awsSources.templateNoMatch).
 */
function pullThroughUnbounded(design: Design): Finding[] {
  return (design.registry?.pullThroughCacheRules ?? []).flatMap((rule, index) => {
    const probe = directlyBelow(rule.ecrRepositoryPrefix);
    const { template, effect } = matchCreationTemplate(design, probe, 'PULL_THROUGH_CACHE');
    if (effect.lifecycleRuleCount > 0) return [];
    const why = template
      ? `the creation template ${JSON.stringify(template.prefix)} has no lifecycle rules`
      : 'no creation template for PULL_THROUGH_CACHE matches its prefix';
    return [
      registryWarning(
        FindingCode.pullThroughUnbounded,
        ['registry', 'pullThroughCacheRules', index, 'ecrRepositoryPrefix'],
        `The repositories this rule caches grow without bound: ${why}. Add a template for this prefix with lifecycle rules.`,
      ),
    ];
  });
}

type PulledRule = { rule: LifecycleRuleDesign; path: FieldPath };

function pulledRules(design: Design): PulledRule[] {
  const of = (rules: readonly LifecycleRuleDesign[] | undefined, base: FieldPath) =>
    (rules ?? []).flatMap((rule, i) =>
      rule.maxDaysSinceImagePulled === undefined
        ? []
        : [{ rule, path: [...base, 'lifecycleRules', i, 'maxDaysSinceImagePulled'] }],
    );
  return [
    ...design.repositories.flatMap((r, i) => of(r.lifecycleRules, ['repositories', i])),
    ...(design.registry?.creationTemplates ?? []).flatMap((t, i) =>
      of(t.lifecycleRules, ['registry', 'creationTemplates', i]),
    ),
  ];
}

/**
 * awsSources.pullTimeScanners: ECR records every pull but Amazon Inspector's; a scanner's role
 * that pulls the images (a third-party scanner beside ENHANCED scanning) resets the time a
 * sinceImagePulled rule counts from, unless a pull-time update exclusion names it.
 */
function pulledRuleWithoutExclusion(design: Design): Finding[] {
  const registry = design.registry;
  if (registry?.scanning?.scanType !== 'ENHANCED') return [];
  if ((registry.pullTimeUpdateExclusions?.length ?? 0) > 0) return [];
  return pulledRules(design).map(({ path }) =>
    registryWarning(
      FindingCode.pulledRuleWithoutExclusion,
      path,
      'Under ENHANCED scanning with no pull-time update exclusion, a scanner that pulls images (other than Amazon Inspector) resets the last-pull time this rule counts from; exclude the scanner’s role.',
    ),
  );
}

const isImmutable = (mode: string | undefined) => mode?.startsWith('IMMUTABLE') ?? false;

/** awsSources.templateDefaults and templateNoMatch: MUTABLE and AES256 unless the template says. */
function rootTemplateWarnings(design: Design): Finding[] {
  const immutable = design.repositories.some((r) => isImmutable(r.imageTagMutability));
  const kms = design.repositories.some(
    (r) =>
      r.encryptionKey !== undefined || (r.encryption !== undefined && r.encryption !== 'AES_256'),
  );
  return (design.registry?.creationTemplates ?? []).flatMap((template, index) => {
    if (template.prefix !== rootPrefix) return [];
    const path = ['registry', 'creationTemplates', index];
    const findings: Finding[] = [];
    if (immutable && !isImmutable(template.imageTagMutability))
      findings.push(
        registryWarning(
          FindingCode.rootTemplateMutable,
          [...path, 'imageTagMutability'],
          'This ROOT template leaves every repository ECR creates with mutable tags, while the design’s own repositories are immutable.',
        ),
      );
    if (kms && (template.encryption ?? 'AES256') === 'AES256')
      findings.push(
        registryWarning(
          FindingCode.rootTemplateUnencrypted,
          [...path, 'encryption'],
          'This ROOT template encrypts every repository ECR creates with AES256, while the design’s own repositories use KMS.',
        ),
      );
    return findings;
  });
}

/** Warning phase: the combination warnings of the registry part. */
export function registryCombinationWarnings(design: Design): Finding[] {
  return [
    ...lifecycleNotReplicated(design),
    ...pullThroughUnbounded(design),
    ...pulledRuleWithoutExclusion(design),
    ...rootTemplateWarnings(design),
  ];
}
