/**
 * The field schemas the entities share: their limits, text, construct ids and references, and
 * the formats CDK would parse (ARNs, accounts, service principals). The entity schemas
 * (entitySchemas.ts) and the entities' property tables (properties/) are built of them.
 */
import { FindingCode } from '../findings';
import { arrayOf, pattern, string } from './schemaKit';

export const entityLimits = { entities: 200, listEntries: 100, stringLength: 40_000 } as const;

export const text = (description: string) =>
  string({ description, maxLength: entityLimits.stringLength });
export const constructId = (what: string) =>
  string({
    description: `Construct id of the ${what}, unique among its siblings; it drives the logical ID.`,
    minLength: 1,
    maxLength: 1000,
  });
export const reference = (what: string) =>
  string({ description: `The id of ${what}.`, minLength: 1, maxLength: 1000 });
export const list = <T>(item: Parameters<typeof arrayOf<T>>[0], description: string) =>
  arrayOf(item, description, entityLimits.listEntries);

/** Formats CDK would parse: constrained so that every accepted value synthesizes predictably. */
export const accountId = pattern(
  /^[0-9]{12}$/,
  'An AWS account id.',
  'must be a 12-digit account id',
  FindingCode.accountIdInvalid,
);
/** An IAM role ARN without a path; the role's name is its group 1. */
export const roleArnPattern = /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/([A-Za-z0-9+=,.@_-]{1,64})$/;
export const keyArnPattern = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key\/[A-Za-z0-9-]{1,128}$/;

export const roleArn = pattern(
  roleArnPattern,
  'ARN of an existing IAM role (no path).',
  "must be an IAM role ARN such as 'arn:aws:iam::123456789012:role/name' (without a path)",
  FindingCode.roleArnInvalid,
);
export const keyArn = pattern(
  keyArnPattern,
  'ARN of an existing KMS key.',
  "must be a KMS key ARN such as 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'",
  FindingCode.keyArnInvalid,
);
export const functionArn = pattern(
  /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]{1,64}$/,
  'ARN of an existing Lambda function (unqualified).',
  "must be a Lambda function ARN such as 'arn:aws:lambda:us-east-1:123456789012:function:name'",
  FindingCode.functionArnInvalid,
);
export const servicePrincipal = pattern(
  /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/,
  'A service principal, e.g. ecs-tasks.amazonaws.com.',
  "must be a service principal such as 'ecs-tasks.amazonaws.com'",
  FindingCode.servicePrincipalInvalid,
);
