/**
 * What is checked of repository creation templates before ECR sees them: the design's
 * references (a key, principals), the principals a template's policy can name, and the field
 * each of the validator's property paths of an AWS::ECR::RepositoryCreationTemplate comes from.
 *
 * aws-cdk-lib's L1 checks only that `prefix` and `appliedFor` are given (the format requires
 * them) and that the props have their types; the template validation's constraints are rows of
 * engine/cdk/cfnSchema.ts. Repository.addLifecycleRule's errors do not apply to a template's
 * rules: its lifecycle policy is a string the L1 passes through, so what the L2 would refuse is
 * CloudFormation's or ECR's to refuse at deploy, never reported with CDK's text.
 */
import type { PropertyLocation } from '../cdk/cfnSchemaCheck';
import type { ConstructTree } from '../cdk/constructTree';
import { creationTemplatesPath } from '../cdk/creationTemplateResource';
import type { Design } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { designError, type Finding, FindingCode } from '../findings';
import { validationError } from './phaseFindings';

const templateFields: Record<string, string> = {
  AppliedFor: 'appliedFor',
  CustomRoleArn: 'customRoleArn',
  Description: 'description',
  EncryptionConfiguration: 'encryptionKey',
  ImageTagMutabilityExclusionFilters: 'imageTagMutabilityExclusionFilters',
  LifecyclePolicy: 'lifecycleRules',
  Prefix: 'prefix',
  RepositoryPolicy: 'repositoryPolicy',
  ResourceTags: 'resourceTags',
};

/** The design field of a violation at `location` in the template created from `path`. */
export function creationTemplateField(
  { path }: { path: FieldPath },
  [name, index, inner]: PropertyLocation,
): FieldPath {
  const field = [...path, templateFields[name as string] ?? String(name)];
  if (typeof index !== 'number') return field;
  if (name === 'ResourceTags' && (inner === 'Key' || inner === 'Value'))
    return [...field, index, inner === 'Key' ? 'key' : 'value'];
  return [...field, index];
}

function unknown(path: FieldPath, what: string, id: string): Finding {
  return designError(FindingCode.unknownReference, path, `unknown ${what} '${id}'`);
}

/** A statement's principals: each must exist and have a literal ARN. */
function statementPrincipalErrors(design: Design, ids: readonly string[], at: FieldPath) {
  return ids.flatMap((id, index) => {
    const principal = design.principals?.find((p) => p.id === id);
    const path = [...at, 'principals', index];
    if (!principal) return [unknown(path, 'principal', id)];
    if (principal.type !== 'User' && principal.type !== 'Role') return [];
    const message = `'${id}' is a ${principal.type.toLowerCase()} the stack creates: a creation template's policy is a JSON string, which cannot hold its ARN (name an existing role by ARN, an account or anyone)`;
    return [designError(FindingCode.creationTemplatePrincipalToken, path, message)];
  });
}

/** The templates' references: the encryption key and the policy statements' principals. */
export function creationTemplateReferenceErrors(design: Design): Finding[] {
  const keys = new Set((design.keys ?? []).map((key) => key.id));
  return (design.registry?.creationTemplates ?? []).flatMap((template, index) => {
    const path = [...creationTemplatesPath, index];
    const key = template.encryptionKey;
    return [
      ...(key === undefined || keys.has(key)
        ? []
        : [unknown([...path, 'encryptionKey'], 'key', key)]),
      ...(template.repositoryPolicy ?? []).flatMap((statement, s) =>
        statementPrincipalErrors(design, statement.principals ?? [], [
          ...path,
          'repositoryPolicy',
          s,
        ]),
      ),
    ];
  });
}

/**
 * Template validation: the prefix is the type's primary identifier, so the validator reports
 * each prefix several templates share once, with their logical IDs (as for repository names).
 */
export function duplicatePrefixErrors(design: Design, tree: ConstructTree): Finding[] {
  const byPrefix = new Map<string, { logicalId: string; index: number }[]>();
  for (const node of tree.children) {
    if (node.kind !== 'creationTemplate') continue;
    const prefix = design.registry!.creationTemplates![node.index]!.prefix;
    const owner = { logicalId: node.logicalId!, index: node.index };
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), owner]);
  }
  return [...byPrefix.entries()]
    .filter(([, owners]) => owners.length > 1)
    .map(([prefix, owners]) => {
      const ids = owners.map((o) => `'${o.logicalId}'`).sort();
      return validationError(
        FindingCode.creationTemplatePrefixNotUnique,
        [...creationTemplatesPath, owners[1]!.index, 'prefix'],
        `Prefix: Primary identifiers {'Prefix': '${prefix}'} should have unique values across the resources {${ids.join(', ')}}`,
      );
    });
}

/**
 * Synth: an L1 at the top of the stack takes its construct id stripped to letters and digits as
 * its logical ID; an id with none gives '', which CDK refuses as it resolves the template. An
 * empty id is the format's error (at least 1 character), which CDK never reaches.
 */
export function emptyLogicalIdErrors(tree: ConstructTree): Finding[] {
  return tree.children
    .filter((node) => node.kind === 'creationTemplate' && node.logicalId === '' && node.id !== '')
    .map((node) => ({
      severity: 'error',
      origin: 'cdk-synth',
      code: FindingCode.creationTemplateLogicalIdEmpty,
      path: [...node.designPath, 'id'],
      message: "Logical ID must adhere to the regular expression: /^[A-Za-z0-9]{1,255}$/, got ''.",
    }));
}
