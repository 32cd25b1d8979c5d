/**
 * Repository creation templates (ecr.CfnRepositoryCreationTemplate, an L1 in the stack whose
 * construct id is the template's `id`): their construct nodes and the
 * AWS::ECR::RepositoryCreationTemplate resource, its properties in the order aws-cdk-lib 2.276's
 * L1 writes them (alphabetical: AppliedFor, CustomRoleArn, Description, EncryptionConfiguration,
 * ImageTagMutability, ImageTagMutabilityExclusionFilters, LifecyclePolicy, Prefix,
 * RepositoryPolicy, ResourceTags).
 *
 * LifecyclePolicy and RepositoryPolicy are JSON strings the generated code builds from readable
 * values (JSON.stringify / json.dumps): the lifecycle rules through the one rule model and policy
 * writer of the repositories (placeEscapeHatchRules, buildLifecyclePolicy in ECR's documented key
 * order, since no L2 writes them), the statements through the IAM statement model
 * (renderPolicyDocument), with principals written as literals (creationTemplatePrincipal).
 */
import type { Design, PrincipalDesign } from '../design/designSchema';
import {
  creationTemplateProperties,
  templateEncryption,
} from '../design/properties/creationTemplateProperties';
import type { CreationTemplateDesign } from '../design/registrySchema';
import type { FieldPath } from '../fieldPath';
import { renderPolicyDocument, type StatementPrincipal } from '../iam/policyDocument';
import { statementPrincipal } from '../iam/principals';
import { designStatement } from '../iam/stackPolicies';
import { type ConstructNode, cfnResource, entityNode } from './constructNode';
import { keyArnOf } from './entityResources';
import type { Json } from './intrinsics';
import { buildLifecyclePolicy, type LifecyclePolicy, lifecyclePolicyText } from './lifecyclePolicy';
import { placeEscapeHatchRules } from './lifecycleRules';
import { tableProperties } from './tableProperties';

export const creationTemplatesPath: FieldPath = ['registry', 'creationTemplates'];

/** The templates' L1s, after the repositories, in the design's order. */
export function creationTemplateNodes(design: Design, stack: readonly string[]): ConstructNode[] {
  return (design.registry?.creationTemplates ?? []).map((template, index) =>
    cfnResource(
      'creationTemplate',
      template.id,
      stack,
      { designPath: [...creationTemplatesPath, index], index },
      template.logicalId,
    ),
  );
}

/**
 * A principal as a template's policy names it: a JSON string holds no token, so an account is
 * its id (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html:
 * "The account ARN and the shortened account ID behave the same way"), an imported role its ARN, anyone
 * `*`. Users and roles the stack creates have no literal ARN: undefined (a design error, see
 * engine/checks/creationTemplates.ts).
 */
export function creationTemplatePrincipal(
  principal: PrincipalDesign,
): StatementPrincipal | undefined {
  if (principal.type === 'User' || principal.type === 'Role') return undefined;
  if (principal.type === 'AccountPrincipal') {
    const { accountId, id } = principal;
    return { kind: 'AWS', value: accountId, dedupe: `ArnPrincipal:${accountId}`, identity: id };
  }
  return statementPrincipal(principal, []);
}

/** The lifecycle policy document of a template's rules (none without rules). */
export function creationTemplateLifecycle(
  template: CreationTemplateDesign,
): LifecyclePolicy | undefined {
  const rules = template.lifecycleRules ?? [];
  return rules.length === 0 ? undefined : buildLifecyclePolicy(placeEscapeHatchRules(rules), true);
}

/** The repository policy document of a template's statements (none without statements). */
export function creationTemplatePolicy(
  design: Design,
  template: CreationTemplateDesign,
  path: FieldPath,
): Json | undefined {
  const statements = template.repositoryPolicy ?? [];
  if (statements.length === 0) return undefined;
  const principalOf = (id: string) => design.principals?.find((p) => p.id === id);
  return renderPolicyDocument(
    statements.map((s, i) =>
      designStatement(s, [...path, 'repositoryPolicy', i], principalOf, [], (principal) =>
        creationTemplatePrincipal(principal),
      ),
    ),
  );
}

/** The key's ARN: Fn::GetAtt of a key the stack makes, the literal ARN of an imported one. */
function kmsKeyOf(design: Design, tree: readonly ConstructNode[], keyId: string | undefined) {
  const node = keyId === undefined ? undefined : entityNode(tree, 'keys', keyId);
  return node && keyArnOf(design.keys![node.index]!, node);
}

/**
 * The encryption: the design's type (a key without one is KMS, as a repository's is), with the
 * key's ARN; neither set writes none (ECR's default, AES256).
 */
function encryptionOf(template: CreationTemplateDesign, kmsKey: Json | undefined) {
  const type = templateEncryption(template);
  if (type === undefined) return undefined;
  return kmsKey === undefined ? { EncryptionType: type } : { EncryptionType: type, KmsKey: kmsKey };
}

/** The AWS::ECR::RepositoryCreationTemplate of the template at `index`. */
export function creationTemplateResource(
  design: Design,
  stackChildren: readonly ConstructNode[],
  index: number,
): object {
  const template = design.registry!.creationTemplates![index]!;
  const lifecycle = creationTemplateLifecycle(template);
  const policy = creationTemplatePolicy(design, template, [...creationTemplatesPath, index]);
  const tags = template.resourceTags ?? [];
  const properties = tableProperties(creationTemplateProperties, template, {
    EncryptionConfiguration: encryptionOf(
      template,
      kmsKeyOf(design, stackChildren, template.encryptionKey),
    ),
    LifecyclePolicy: lifecycle && lifecyclePolicyText(lifecycle),
    RepositoryPolicy: policy === undefined ? undefined : JSON.stringify(policy),
    ResourceTags:
      tags.length > 0 ? tags.map(({ key, value }) => ({ Key: key, Value: value })) : undefined,
  });
  return { Type: 'AWS::ECR::RepositoryCreationTemplate', Properties: properties };
}
