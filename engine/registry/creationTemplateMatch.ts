/**
 * Which repository creation template ECR applies to a repository it creates, and what the
 * repository gets from it. awsSources.templatePrefix: the most specific prefix whose namespace
 * holds the name, or the ROOT template where none does; awsSources.templateNoMatch: with no
 * template, MUTABLE tags, AES-256 and no repository or lifecycle policy.
 */
import type { CreationTemplateDesign, Design } from '../design/designSchema';
import { templateEncryption } from '../design/properties/creationTemplateProperties';
import type { RegistryAssumption } from './assumptions';
import { mostSpecificPrefix } from './filterMatch';

/** The ways ECR creates a repository on your behalf (a template's appliedFor). */
export const creationWays = ['PULL_THROUGH_CACHE', 'REPLICATION', 'CREATE_ON_PUSH'] as const;
export type CreationWay = (typeof creationWays)[number];

/** What a repository ECR creates gets: from its template, or ECR's defaults. */
export interface TemplateEffect {
  imageTagMutability: string;
  imageTagMutabilityExclusionFilters: readonly string[];
  encryption: string;
  /** The key: a key of the design (id, or its ARN when imported), or AWS's managed key. */
  kmsKey?: { keyId: string; keyArn?: string } | 'aws-managed';
  lifecycleRuleCount: number;
  repositoryPolicyStatementCount: number;
  resourceTags: readonly { key: string; value: string }[];
}

export interface TemplateMatch {
  way: CreationWay;
  /** The template's index in registry.creationTemplates, or undefined: ECR's defaults. */
  index?: number;
  template?: CreationTemplateDesign;
  /** ROOT when the template is the ROOT one, the prefix otherwise. */
  prefix?: string;
  effect: TemplateEffect;
}

const ecrDefaults: TemplateEffect = {
  imageTagMutability: 'MUTABLE',
  imageTagMutabilityExclusionFilters: [],
  encryption: 'AES256',
  lifecycleRuleCount: 0,
  repositoryPolicyStatementCount: 0,
  resourceTags: [],
};

/**
 * The index of the template ECR applies to `name` created `way`: the longest matching prefix
 * among the templates applied for `way`, else their ROOT template; the first in design order on
 * a tie (two templates with one prefix are a deploy error, see registryTemplateChecks).
 */
export function templateIndexFor(
  templates: readonly CreationTemplateDesign[],
  name: string,
  way: CreationWay,
): number | undefined {
  const prefixes = templates.map((t) => (t.appliedFor.includes(way) ? t.prefix : undefined));
  return mostSpecificPrefix(prefixes, name);
}

function kmsKeyOf(design: Design, template: CreationTemplateDesign): TemplateEffect['kmsKey'] {
  if (template.encryptionKey === undefined) return 'aws-managed';
  const key = design.keys?.find((k) => k.id === template.encryptionKey);
  return { keyId: template.encryptionKey, ...(key?.keyArn ? { keyArn: key.keyArn } : {}) };
}

/** What a repository created from `template` gets; ECR's defaults fill what it leaves out. */
export function templateEffect(design: Design, template: CreationTemplateDesign): TemplateEffect {
  const encryption = templateEncryption(template) ?? ecrDefaults.encryption;
  const usesKms = encryption !== 'AES256';
  return {
    imageTagMutability: template.imageTagMutability ?? ecrDefaults.imageTagMutability,
    imageTagMutabilityExclusionFilters: template.imageTagMutabilityExclusionFilters ?? [],
    encryption,
    ...(usesKms ? { kmsKey: kmsKeyOf(design, template) } : {}),
    lifecycleRuleCount: template.lifecycleRules?.length ?? 0,
    repositoryPolicyStatementCount: template.repositoryPolicy?.length ?? 0,
    resourceTags: template.resourceTags ?? [],
  };
}

/** The template ECR applies to `name` created `way`, or ECR's defaults when none matches. */
export function matchCreationTemplate(
  design: Design,
  name: string,
  way: CreationWay,
): TemplateMatch {
  const templates = design.registry?.creationTemplates ?? [];
  const index = templateIndexFor(templates, name, way);
  if (index === undefined) return { way, effect: ecrDefaults };
  const template = templates[index]!;
  return {
    way,
    index,
    template,
    prefix: template.prefix,
    effect: templateEffect(design, template),
  };
}

/** The template (or ECR's defaults) for each way of creation of `name`, in creationWays' order. */
export function matchCreationTemplates(design: Design, name: string): TemplateMatch[] {
  return creationWays.map((way) => matchCreationTemplate(design, name, way));
}

export const templateAssumptions: readonly RegistryAssumption[] = [
  'exactNameNotInNamespace',
  'templatePerWay',
  'unparsedKeyArn',
];
