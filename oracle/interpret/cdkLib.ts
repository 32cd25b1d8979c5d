/**
 * aws-cdk-lib as the interpreter uses it: loaded with `require` from the repository root, so
 * that the interpreter and oracle/synthCdk.ts share one instance of the package.
 */
import { createRequire } from 'node:module';

const requireFromRoot = createRequire(new URL('../../package.json', import.meta.url));

export const cdk = requireFromRoot('aws-cdk-lib') as typeof import('aws-cdk-lib');
export const ecr = requireFromRoot('aws-cdk-lib/aws-ecr') as typeof import('aws-cdk-lib/aws-ecr');
export const iam = requireFromRoot('aws-cdk-lib/aws-iam') as typeof import('aws-cdk-lib/aws-iam');
export const kms = requireFromRoot('aws-cdk-lib/aws-kms') as typeof import('aws-cdk-lib/aws-kms');
export const sns = requireFromRoot('aws-cdk-lib/aws-sns') as typeof import('aws-cdk-lib/aws-sns');
export const sqs = requireFromRoot('aws-cdk-lib/aws-sqs') as typeof import('aws-cdk-lib/aws-sqs');
export const lambda = requireFromRoot(
  'aws-cdk-lib/aws-lambda',
) as typeof import('aws-cdk-lib/aws-lambda');
export const targets = requireFromRoot(
  'aws-cdk-lib/aws-events-targets',
) as typeof import('aws-cdk-lib/aws-events-targets');

/** aws-cdk-lib's recommended feature flags: what `cdk init` writes into cdk.json. */
export const recommendedFlags = requireFromRoot(
  'aws-cdk-lib/recommended-feature-flags.json',
) as Record<string, unknown>;

/** A copy of `props` without its undefined entries, so that CDK sees only what the design sets. */
export function defined<T extends object>(props: T): T {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as T;
}
