/**
 * The statements of the repository creation templates, as a person writes the L1: typed props
 * in the table's order, the encryption key's `keyArn`, the lifecycle and repository policies as
 * `JSON.stringify` of readable values (json.dumps in Python) that give exactly the strings of
 * the template (engine/cdk/creationTemplateResource.ts), and the kept logical ID set on the new
 * construct.
 */
import {
  creationTemplateLifecycle,
  creationTemplatePolicy,
  creationTemplatesPath,
} from '../../cdk/creationTemplateResource';
import type { Json } from '../../cdk/intrinsics';
import type { Design } from '../../design/designSchema';
import type { CreationTemplateDesign } from '../../design/registrySchema';
import {
  call,
  type Expression,
  ifSet,
  jsonText,
  list,
  newOf,
  property,
  type Statement,
  scope,
  statement,
  str,
  strings,
  struct,
  typeRef,
  variable,
} from './model';
import type { VariableNames } from './variableNames';

/** A struct type of the L1, for Python, where a struct that is no call's last argument is named. */
const l1Type = (name: string) => typeRef('ecr', `CfnRepositoryCreationTemplate.${name}`);

function encryption(template: CreationTemplateDesign, names: VariableNames) {
  const key =
    template.encryptionKey === undefined ? undefined : names.keys.get(template.encryptionKey);
  const type = template.encryption ?? (key === undefined ? undefined : 'KMS');
  if (type === undefined) return undefined;
  return struct(
    {
      encryptionType: str(type),
      kmsKey: ifSet(key, (name) => property(variable(name), 'keyArn')),
    },
    l1Type('EncryptionConfigurationProperty'),
  );
}

function templateProps(design: Design, index: number, names: VariableNames) {
  const template = design.registry!.creationTemplates![index]!;
  const lifecycle = creationTemplateLifecycle(template);
  const policy = creationTemplatePolicy(design, template, [...creationTemplatesPath, index]);
  const filters = template.imageTagMutabilityExclusionFilters;
  const tags = template.resourceTags ?? [];
  return struct({
    prefix: str(template.prefix),
    appliedFor: strings(template.appliedFor),
    description: ifSet(template.description, str),
    imageTagMutability: ifSet(template.imageTagMutability, str),
    imageTagMutabilityExclusionFilters: ifSet(filters, (values) =>
      list(
        values.map((value) =>
          struct(
            {
              imageTagMutabilityExclusionFilterType: str('WILDCARD'),
              imageTagMutabilityExclusionFilterValue: str(value),
            },
            l1Type('ImageTagMutabilityExclusionFilterProperty'),
          ),
        ),
      ),
    ),
    encryptionConfiguration: encryption(template, names),
    lifecyclePolicy: ifSet(lifecycle as Json | undefined, jsonText),
    repositoryPolicy: ifSet(policy, jsonText),
    resourceTags:
      tags.length === 0
        ? undefined
        : list(
            tags.map(({ key, value }) =>
              struct({ key: str(key), value: str(value) }, typeRef('core', 'CfnTag')),
            ),
          ),
    customRoleArn: ifSet(template.customRoleArn, str),
  });
}

/** The templates' statements, in the design's order. */
export function creationTemplateStatements(design: Design, names: VariableNames): Statement[] {
  return (design.registry?.creationTemplates ?? []).map((template, index) => {
    const created: Expression = newOf(
      'ecr',
      'CfnRepositoryCreationTemplate',
      scope,
      str(template.id),
      templateProps(design, index, names),
    );
    const kept = template.logicalId;
    return statement(kept === undefined ? created : call(created, 'overrideLogicalId', str(kept)));
  });
}
