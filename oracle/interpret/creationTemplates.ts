/**
 * Repository creation templates, from the design format's documentation: an
 * `ecr.CfnRepositoryCreationTemplate(stack, id, props)` each, after the repositories; its
 * lifecycle policy the ECR policy text of its rules (numbered as a repository's are), its
 * repository policy `Stack.of(this).toJsonString(new iam.PolicyDocument(...))` of the statements
 * with literal principals (an account as its id, an imported role as its ARN, anyone as `*`),
 * its tags a list of {key, value}; a kept logical ID set with overrideLogicalId.
 */
import type { Stack } from 'aws-cdk-lib';
import type { IPrincipal } from 'aws-cdk-lib/aws-iam';
import type { CreationTemplateDesign, Design, PolicyStatementDesign } from '../../engine/index';
import { cdk, defined, ecr, iam } from './cdkLib';
import { type Entities, resolve } from './entities';
import { escapeHatchPolicyText } from './lifecyclePolicyText';

function literalPrincipal(design: Design, id: string, entities: Entities): IPrincipal {
  const principal = design.principals?.find((p) => p.id === id);
  if (principal?.type === 'AccountPrincipal') return new iam.ArnPrincipal(principal.accountId);
  if (principal?.type === 'User' || principal?.type === 'Role')
    throw new Error(`interpreter: a template's policy cannot name the ${principal.type} '${id}'`);
  return resolve(entities.principals, id, 'principal').grantPrincipal;
}

/**
 * The generated code writes the document as JSON, which no PolicyStatement checks; the
 * interpreter's PolicyStatement checks an action's form unless it is a token, so an action of
 * another form goes in as a lazy string of itself (ECR, not CDK, refuses it).
 */
const actionPattern = /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/;
const unchecked = (action: string) =>
  actionPattern.test(action) ? action : cdk.Lazy.string({ produce: () => action });

function policyText(
  stack: Stack,
  design: Design,
  statements: readonly PolicyStatementDesign[],
  entities: Entities,
): string {
  const document = new iam.PolicyDocument({
    statements: statements.map(
      (statement) =>
        new iam.PolicyStatement(
          defined({
            effect: statement.effect && iam.Effect[statement.effect],
            principals: statement.principals?.map((id) => literalPrincipal(design, id, entities)),
            actions: statement.actions?.map(unchecked),
            conditions: statement.conditions,
            resources: statement.resources,
          }),
        ),
    ),
  });
  return stack.toJsonString(document);
}

function encryptionOf(template: CreationTemplateDesign, entities: Entities) {
  const id = template.encryptionKey;
  const key = id === undefined ? undefined : resolve(entities.keys, id, 'key');
  const encryptionType = template.encryption ?? (key ? 'KMS' : undefined);
  return encryptionType === undefined
    ? undefined
    : defined({ encryptionType, kmsKey: key?.keyArn });
}

export function createCreationTemplates(stack: Stack, design: Design, entities: Entities): void {
  for (const template of design.registry?.creationTemplates ?? []) {
    const rules = template.lifecycleRules ?? [];
    const statements = template.repositoryPolicy ?? [];
    const tags = template.resourceTags ?? [];
    const created = new ecr.CfnRepositoryCreationTemplate(
      stack,
      template.id,
      defined({
        prefix: template.prefix,
        appliedFor: template.appliedFor,
        description: template.description,
        imageTagMutability: template.imageTagMutability,
        imageTagMutabilityExclusionFilters: template.imageTagMutabilityExclusionFilters?.map(
          (value) => ({
            imageTagMutabilityExclusionFilterType: 'WILDCARD',
            imageTagMutabilityExclusionFilterValue: value,
          }),
        ),
        encryptionConfiguration: encryptionOf(template, entities),
        lifecyclePolicy: rules.length > 0 ? escapeHatchPolicyText(rules) : undefined,
        repositoryPolicy:
          statements.length > 0 ? policyText(stack, design, statements, entities) : undefined,
        resourceTags: tags.length > 0 ? tags : undefined,
        customRoleArn: template.customRoleArn,
      }),
    );
    if (template.logicalId !== undefined) created.overrideLogicalId(template.logicalId);
  }
}
