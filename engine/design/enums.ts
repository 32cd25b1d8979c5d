/** CDK enum member names, used as the design format's enum values (product.md). */
export const TagMutability = {
  MUTABLE: 'MUTABLE',
  IMMUTABLE: 'IMMUTABLE',
  IMMUTABLE_WITH_EXCLUSION: 'IMMUTABLE_WITH_EXCLUSION',
  MUTABLE_WITH_EXCLUSION: 'MUTABLE_WITH_EXCLUSION',
} as const;
export type TagMutability = keyof typeof TagMutability;

export const RepositoryEncryption = {
  AES_256: 'AES_256',
  KMS: 'KMS',
  KMS_DSSE: 'KMS_DSSE',
} as const;
export type RepositoryEncryption = keyof typeof RepositoryEncryption;

export const RemovalPolicy = {
  RETAIN: 'RETAIN',
  DESTROY: 'DESTROY',
  RETAIN_ON_UPDATE_OR_DELETE: 'RETAIN_ON_UPDATE_OR_DELETE',
  SNAPSHOT: 'SNAPSHOT',
} as const;
export type RemovalPolicy = keyof typeof RemovalPolicy;

export const TagStatus = { ANY: 'ANY', TAGGED: 'TAGGED', UNTAGGED: 'UNTAGGED' } as const;
export type TagStatus = keyof typeof TagStatus;

/** Storage class a lifecycle rule selects (ECR, 2025): archived images are a pool of their own. */
export const StorageClass = { STANDARD: 'STANDARD', ARCHIVE: 'ARCHIVE' } as const;
export type StorageClass = keyof typeof StorageClass;

/** What a lifecycle rule does: EXPIRE deletes, TRANSITION moves the image to the archive class. */
export const LifecycleAction = { EXPIRE: 'EXPIRE', TRANSITION: 'TRANSITION' } as const;
export type LifecycleAction = keyof typeof LifecycleAction;

export function membersOf<T extends Record<string, string>>(members: T): (keyof T & string)[] {
  return Object.keys(members) as (keyof T & string)[];
}

/** iam.Effect members, for resource policy statements. */
export const Effect = { ALLOW: 'ALLOW', DENY: 'DENY' } as const;
export type Effect = keyof typeof Effect;

/** The Repository methods that create an event rule. */
export const EventRuleMethod = {
  onImageScanCompleted: 'onImageScanCompleted',
  onCloudTrailImagePushed: 'onCloudTrailImagePushed',
  onEvent: 'onEvent',
} as const;
export type EventRuleMethod = keyof typeof EventRuleMethod;

/** The grant methods of a repository. */
export const RepositoryGrant = {
  grantPull: 'grantPull',
  grantPush: 'grantPush',
  grantPullPush: 'grantPullPush',
  grantRead: 'grantRead',
} as const;
export type RepositoryGrant = keyof typeof RepositoryGrant;

/**
 * A resource's DeletionPolicy or UpdateReplacePolicy as the design sets it over the removal
 * policy: a cdk.CfnDeletionPolicy member, or NONE for the attribute left out (CloudFormation
 * then deletes).
 */
export const ResourcePolicy = {
  DELETE: 'DELETE',
  RETAIN: 'RETAIN',
  RETAIN_EXCEPT_ON_CREATE: 'RETAIN_EXCEPT_ON_CREATE',
  SNAPSHOT: 'SNAPSHOT',
  NONE: 'NONE',
} as const;
export type ResourcePolicy = keyof typeof ResourcePolicy;
