/**
 * One AWS::ECR::RepositoryCreationTemplate (CloudFormation's properties, or what the AWS CLI
 * prints brought to them) → a creation template of the design, by its property table. The
 * lifecycle policy becomes the same rules a repository's does; the repository policy the same
 * statements as a repository's resource policy.
 */
import type { PolicyStatementDesign, PrincipalDesign } from '../design/entitySchemas';
import {
  type CreationTemplateField,
  creationTemplateProperties,
} from '../design/properties/creationTemplateProperties';
import { rowsWith } from '../design/properties/property';
import type { CreationTemplateDesign } from '../design/registrySchema';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { dropUndefined } from '../util/dropUndefined';
import type { ImportedEntities } from './importedEntities';
import { keyIdOf } from './importKeys';
import { importLifecycleRules } from './importLifecyclePolicy';
import { importResourcePolicy } from './importResourcePolicy';
import { importTableFields, readElsewhere, reportingReader } from './importTable';
import { statementsOf } from './policyDocuments';
import { leftOut, literalString, readPolicyDocument, unreadable } from './registryValues';
import { propertyReader } from './templateValues';

const readProperties = new Set([
  ...rowsWith(creationTemplateProperties, 'cfn').map((row) => row.cfn.key),
  'EncryptionConfiguration',
  'LifecyclePolicy',
  'RepositoryPolicy',
  'ResourceTags',
]);

export interface RegistryImportContext {
  propsPath: FieldPath;
  properties: Record<string, unknown>;
  entities: ImportedEntities;
  /** Principals the policies add (accounts, anyone, roles by ARN). */
  added: PrincipalDesign[];
  findings: Finding[];
}

/**
 * The encryption as written (ECR's values; AES256 kept, it is what the template says). The key:
 * "The full ARN of the KMS key must be specified. [...] If no key is specified, the default Amazon
 * Web Services managed KMS key for Amazon ECR will be used."
 * (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_EncryptionConfigurationForRepositoryCreationTemplate.html)
 */
function importEncryption(c: RegistryImportContext): Partial<CreationTemplateDesign> {
  const value = c.properties.EncryptionConfiguration;
  const path = [...c.propsPath, 'EncryptionConfiguration'];
  if (value === undefined) return {};
  if (!isPlainObject(value)) {
    unreadable(path, 'expected an object with EncryptionType; left out', c.findings);
    return {};
  }
  for (const key of Object.keys(value))
    if (key !== 'EncryptionType' && key !== 'KmsKey') leftOut([...path, key], c.findings);
  const encryption = literalString(value.EncryptionType, [...path, 'EncryptionType'], c.findings);
  const encryptionKey = value.KmsKey === undefined ? undefined : keyIdOf(c.entities, value.KmsKey);
  if (value.KmsKey !== undefined && encryptionKey === undefined)
    c.findings.push(
      designWarning(
        FindingCode.kmsKeyUnknown,
        [...path, 'KmsKey'],
        'only a key of this template or a key ARN can be imported (ECR needs the key’s full ARN); the AWS managed key is used',
      ),
    );
  return dropUndefined({ encryption, encryptionKey });
}

/** The lifecycle policy text as rules; text that is not a policy is a warning, not an error. */
function importLifecycle(c: RegistryImportContext): Partial<CreationTemplateDesign> {
  const path = [...c.propsPath, 'LifecyclePolicy'];
  const text = literalString(c.properties.LifecyclePolicy, path, c.findings);
  if (text === undefined) return {};
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch {
    const message = 'the lifecycle policy text is not valid JSON; its rules are left out';
    c.findings.push(designWarning(FindingCode.policyDocumentInvalid, path, message));
    return {};
  }
  if (!isPlainObject(policy) || !Array.isArray(policy.rules)) {
    const message = 'the lifecycle policy is not a JSON object with a "rules" array; left out';
    c.findings.push(designWarning(FindingCode.policyDocumentInvalid, path, message));
    return {};
  }
  const rules = importLifecycleRules(policy, path, c.findings);
  return rules && rules.length > 0 ? { lifecycleRules: rules } : {};
}

/** A policy's statements, as a repository's resource policy reads them. */
export function importStatements(
  value: unknown,
  path: FieldPath,
  c: RegistryImportContext,
): PolicyStatementDesign[] {
  const document = readPolicyDocument(value, path, c.findings);
  if (!document) return [];
  for (const key of Object.keys(document))
    if (key !== 'Version' && key !== 'Statement') leftOut([...path, key], c.findings);
  // A statement's Sid is no part of the statement model: it goes, the statement stays.
  const statements = statementsOf(document).map((statement, index) => {
    if (statement.Sid === undefined) return statement;
    leftOut([...path, 'Statement', index, 'Sid'], c.findings);
    const { Sid: _sid, ...rest } = statement;
    return rest;
  });
  const withoutSids = { ...document, Statement: statements };
  return importResourcePolicy(withoutSids, path, c.entities, c.added, new Map(), c.findings, true);
}

function importResourceTags(c: RegistryImportContext): Partial<CreationTemplateDesign> {
  const value = c.properties.ResourceTags;
  const path = [...c.propsPath, 'ResourceTags'];
  if (value === undefined) return {};
  if (!Array.isArray(value)) {
    unreadable(path, 'expected a list of tags; left out', c.findings);
    return {};
  }
  const resourceTags = value.flatMap((tag, index) => {
    if (isPlainObject(tag) && typeof tag.Key === 'string' && typeof tag.Value === 'string')
      return [{ key: tag.Key, value: tag.Value }];
    const message = 'tag without a literal Key and Value; left out';
    c.findings.push(designWarning(FindingCode.tagUnreadable, [...path, index], message));
    return [];
  });
  return resourceTags.length > 0 ? { resourceTags } : {};
}

const handlers: Partial<
  Record<CreationTemplateField, (c: RegistryImportContext) => Partial<CreationTemplateDesign>>
> = {
  id: readElsewhere,
  logicalId: readElsewhere,
  encryption: importEncryption,
  encryptionKey: readElsewhere,
  lifecycleRules: importLifecycle,
  repositoryPolicy: (c) => {
    const path = [...c.propsPath, 'RepositoryPolicy'];
    const statements = importStatements(c.properties.RepositoryPolicy, path, c);
    return statements.length > 0 ? { repositoryPolicy: statements } : {};
  },
  resourceTags: importResourceTags,
};

/** The template's fields in the table's order, less its id (the caller's). */
export function importCreationTemplate(c: RegistryImportContext): Record<string, unknown> {
  const read = propertyReader(c.properties, c.propsPath, c.findings);
  const fields = importTableFields(
    creationTemplateProperties,
    handlers,
    c,
    reportingReader(read, c.propsPath, c.findings),
  );
  for (const key of Object.keys(c.properties))
    if (!readProperties.has(key)) leftOut([...c.propsPath, key], c.findings);
  return fields;
}
