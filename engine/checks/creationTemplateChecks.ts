/**
 * Deploy phase and warning phase of the repository creation templates: what ECR refuses that
 * aws-cdk-lib lets through (an L1 construct checks nothing), and the lifecycle rules of each
 * template through the repositories' own lifecycle checks, at the template's paths. aws-cdk-lib's
 * validation already refuses a duplicate Prefix, more than five exclusion filters and the
 * patterns and lengths (reg-l1's findings), so those are not repeated here.
 */
import { placeEscapeHatchRules } from '../cdk/lifecycleRules';
import type { CreationTemplateDesign, Design } from '../design/designSchema';
import { templateEncryption } from '../design/properties/creationTemplateProperties';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { awsSources } from '../registry/awsSources';
import { namespaceLength, rootPrefix } from '../registry/filterMatch';
import { archiveRuleErrors, archiveRuleWarnings } from './archiveRules';
import { deployError, lifecycleDeployErrors } from './lifecycleDeploy';
import { lifecycleRuleWarnings } from './lifecycleWarnings';
import { valueErrors } from './registryValues';

const templatesPath = ['registry', 'creationTemplates'] as const;

/**
 * awsSources.templateCustomRole: KMS keys or resource tags need a custom role. The text names
 * "KMS keys"; the designer asks for the role with any KMS encryption, the AWS managed key too.
 */
function roleErrors(template: CreationTemplateDesign, path: FieldPath): Finding[] {
  if (template.customRoleArn !== undefined) return [];
  const encryption = templateEncryption(template);
  const kms = encryption === 'KMS' || encryption === 'KMS_DSSE';
  const tags = (template.resourceTags?.length ?? 0) > 0;
  if (!kms && !tags) return [];
  const what =
    kms && tags ? 'KMS encryption and resource tags' : kms ? 'KMS encryption' : 'resource tags';
  return [
    deployError(
      FindingCode.templateRoleMissing,
      [...path, 'customRoleArn'],
      `A creation template with ${what} needs a customRoleArn: ECR creates such repositories with a role you give it (${awsSources.templateCustomRole.url}).`,
    ),
  ];
}

/** An AES256 template takes no key (the key is for "the KMS encryption type", awsSources.templateKmsKey). */
function keyErrors(template: CreationTemplateDesign, path: FieldPath): Finding[] {
  const aes = (templateEncryption(template) ?? 'AES256') === 'AES256';
  if (!aes || template.encryptionKey === undefined) return [];
  return [
    deployError(
      FindingCode.templateKeyWithAes256,
      [...path, 'encryptionKey'],
      'A KMS key is given with AES256 encryption; ECR takes a key only with KMS or KMS_DSSE.',
    ),
  ];
}

function exclusionErrors(template: CreationTemplateDesign, path: FieldPath): Finding[] {
  const mode = template.imageTagMutability ?? 'MUTABLE';
  const withExclusion = mode.endsWith('_WITH_EXCLUSION');
  const filters = template.imageTagMutabilityExclusionFilters ?? [];
  if (withExclusion === filters.length > 0) return [];
  const message = withExclusion
    ? `${mode} needs imageTagMutabilityExclusionFilters: ECR refuses the mode without them.`
    : `imageTagMutabilityExclusionFilters need IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION; ECR refuses them with ${mode}.`;
  const field = withExclusion ? 'imageTagMutability' : 'imageTagMutabilityExclusionFilters';
  return [deployError(FindingCode.templateExclusionMismatch, [...path, field], message)];
}

function fieldErrors(template: CreationTemplateDesign, path: FieldPath): Finding[] {
  const appliedFor = template.appliedFor.flatMap((way, i) =>
    valueErrors('appliedFor', way, [...path, 'appliedFor', i]),
  );
  const empty =
    template.appliedFor.length === 0
      ? [
          deployError(
            FindingCode.templateAppliedForEmpty,
            [...path, 'appliedFor'],
            'A creation template must apply for at least one of PULL_THROUGH_CACHE, REPLICATION and CREATE_ON_PUSH.',
          ),
        ]
      : [];
  return [
    ...empty,
    ...appliedFor,
    ...valueErrors('imageTagMutability', template.imageTagMutability, [
      ...path,
      'imageTagMutability',
    ]),
    ...valueErrors('encryption', template.encryption, [...path, 'encryption']),
    ...exclusionErrors(template, path),
    ...keyErrors(template, path),
    ...roleErrors(template, path),
  ];
}

/**
 * awsSources.templatePrefix (and pullThroughPrefix): "There is always an assumed / applied to
 * the end of the prefix", so `prod` and `prod/` name one template or rule; aws-cdk-lib's
 * validation compares the strings only, and refuses equal ones itself.
 */
export function namespaceDuplicates(
  prefixes: readonly (string | undefined)[],
  pathOf: (index: number) => FieldPath,
): Finding[] {
  const seen = new Map<string, string>();
  return prefixes.flatMap((prefix, index) => {
    if (prefix === undefined || prefix === rootPrefix) return [];
    const key = prefix.slice(0, namespaceLength(prefix));
    const first = seen.get(key);
    if (first === undefined) seen.set(key, prefix);
    if (first === undefined || first === prefix) return [];
    return [
      deployError(
        FindingCode.registryPrefixDuplicate,
        pathOf(index),
        `ECR reads ${JSON.stringify(prefix)} as ${JSON.stringify(first)}, the prefix of another template or rule (a / is always assumed at the end).`,
      ),
    ];
  });
}

const rulesPathOf = (index: number) => [...templatesPath, index, 'lifecycleRules'];

/** ECR checks a template's lifecycle policy as it does a policy set through the escape hatch. */
const placedRulesOf = (template: CreationTemplateDesign) =>
  placeEscapeHatchRules(template.lifecycleRules ?? []);

/** Deploy phase: what ECR refuses in the design's creation templates. */
export function creationTemplateDeployErrors(design: Design): Finding[] {
  const templates = design.registry?.creationTemplates ?? [];
  const perTemplate = templates.flatMap((template, index) => {
    const placed = placedRulesOf(template);
    const rulesPath = rulesPathOf(index);
    return [
      ...fieldErrors(template, [...templatesPath, index]),
      ...lifecycleDeployErrors(placed, rulesPath),
      ...archiveRuleErrors(placed, rulesPath),
    ];
  });
  const prefixes = templates.map((t) => t.prefix);
  return [...perTemplate, ...namespaceDuplicates(prefixes, (i) => [...templatesPath, i, 'prefix'])];
}

/** Warning phase: the templates' lifecycle rules that probably miss their aim. */
export function creationTemplateWarnings(design: Design): Finding[] {
  return (design.registry?.creationTemplates ?? []).flatMap((template, index) => {
    const placed = placedRulesOf(template);
    return [
      ...lifecycleRuleWarnings(placed, rulesPathOf(index)),
      ...archiveRuleWarnings(placed, rulesPathOf(index)),
    ];
  });
}
