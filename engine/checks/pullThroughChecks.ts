/**
 * Deploy phase and warning phase of the pull-through cache rules: the upstream registries ECR
 * knows, the URL form AWS documents for each (awsSources.pullThroughUrls), which need a Secrets
 * Manager secret or an IAM role (awsSources.pullThroughUpstreams), and the upstream prefix that
 * only a non-ROOT rule takes (awsSources.pullThroughPrefix). aws-cdk-lib's validation already
 * checks the prefix and credential ARN patterns and refuses two rules with one prefix.
 */
import type { Design, PullThroughCacheRuleDesign } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { rootPrefix } from '../registry/filterMatch';
import { namespaceDuplicates } from './creationTemplateChecks';
import { deployError } from './lifecycleDeploy';
import { registryWarning, valueErrors } from './registryValues';

/** The URL of each upstream registry as CreatePullThroughCacheRule documents it. */
const upstreamUrls: Record<string, { form: string; test: RegExp }> = {
  ecr: {
    form: '<accountId>.dkr.ecr.<region>.amazonaws.com',
    test: /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com$/,
  },
  'ecr-public': { form: 'public.ecr.aws', test: /^public\.ecr\.aws$/ },
  'docker-hub': { form: 'registry-1.docker.io', test: /^registry-1\.docker\.io$/ },
  'github-container-registry': { form: 'ghcr.io', test: /^ghcr\.io$/ },
  'gitlab-container-registry': { form: 'registry.gitlab.com', test: /^registry\.gitlab\.com$/ },
  k8s: { form: 'registry.k8s.io', test: /^registry\.k8s\.io$/ },
  'azure-container-registry': { form: '<custom>.azurecr.io', test: /^[a-z0-9-]+\.azurecr\.io$/ },
  quay: { form: 'quay.io', test: /^quay\.io$/ },
};

/** "requires authentication with AWS Secrets Manager secret" (awsSources.pullThroughUpstreams). */
const needSecret = new Set([
  'docker-hub',
  'azure-container-registry',
  'github-container-registry',
  'gitlab-container-registry',
  'chainguard',
]);
/** "doesn't require authentication". */
const needNothing = new Set(['ecr-public', 'k8s', 'quay']);

const urlOf = (url: string) => url.replace(/^https:\/\//, '').replace(/\/$/, '');

function missing(rule: PullThroughCacheRuleDesign, path: FieldPath): Finding[] {
  const fields = (['ecrRepositoryPrefix', 'upstreamRegistryUrl'] as const).filter(
    (field) => rule[field] === undefined,
  );
  return fields.map((field) =>
    deployError(
      FindingCode.pullThroughFieldMissing,
      [...path, field],
      `ECR requires ${field} to create a pull-through cache rule.`,
    ),
  );
}

function upstreamErrors(rule: PullThroughCacheRuleDesign, path: FieldPath): Finding[] {
  const upstream = rule.upstreamRegistry;
  const findings: Finding[] = [];
  // Own keys only: an upstream named `valueOf` or `__proto__` is text, not Object's.
  const known =
    upstream !== undefined && Object.hasOwn(upstreamUrls, upstream)
      ? upstreamUrls[upstream]
      : undefined;
  const url = rule.upstreamRegistryUrl;
  if (known && url !== undefined && !known.test.test(urlOf(url)))
    findings.push(
      deployError(
        FindingCode.upstreamUrlMismatch,
        [...path, 'upstreamRegistryUrl'],
        `The URL of ${upstream} is ${known.form} (AWS's CreatePullThroughCacheRule), not ${JSON.stringify(url)}.`,
      ),
    );
  if (upstream !== undefined && needSecret.has(upstream) && rule.credentialArn === undefined)
    findings.push(
      deployError(
        FindingCode.upstreamCredentialMissing,
        [...path, 'credentialArn'],
        `${upstream} needs a Secrets Manager secret (ecr-pullthroughcache/…) in credentialArn.`,
      ),
    );
  if (upstream === 'ecr' && rule.customRoleArn === undefined)
    findings.push(
      deployError(
        FindingCode.upstreamRoleMissing,
        [...path, 'customRoleArn'],
        'An ECR upstream needs customRoleArn, the IAM role ECR assumes to pull from the upstream registry.',
      ),
    );
  return findings;
}

function rootErrors(rule: PullThroughCacheRuleDesign, path: FieldPath): Finding[] {
  const root = (rule.ecrRepositoryPrefix ?? rootPrefix) === rootPrefix;
  const upstream = rule.upstreamRepositoryPrefix;
  if (!root || upstream === undefined || upstream === rootPrefix) return [];
  return [
    deployError(
      FindingCode.upstreamPrefixUnderRoot,
      [...path, 'upstreamRepositoryPrefix'],
      'An upstream repository prefix can be set only when the ECR repository prefix is not ROOT.',
    ),
  ];
}

const rulesOf = (design: Design) => design.registry?.pullThroughCacheRules ?? [];
const pathOf = (index: number) => ['registry', 'pullThroughCacheRules', index];

/** Deploy phase: what ECR refuses in the pull-through cache rules. */
export function pullThroughDeployErrors(design: Design): Finding[] {
  const rules = rulesOf(design);
  const perRule = rules.flatMap((rule, index) => {
    const path = pathOf(index);
    return [
      ...missing(rule, path),
      ...valueErrors('upstreamRegistry', rule.upstreamRegistry, [...path, 'upstreamRegistry']),
      ...upstreamErrors(rule, path),
      ...rootErrors(rule, path),
    ];
  });
  const prefixes = rules.map((rule) => rule.ecrRepositoryPrefix);
  return [
    ...perRule,
    ...namespaceDuplicates(prefixes, (i) => [...pathOf(i), 'ecrRepositoryPrefix']),
  ];
}

/** Warning phase: credentials for an upstream registry AWS documents as open. */
export function pullThroughWarnings(design: Design): Finding[] {
  return rulesOf(design).flatMap((rule, index) => {
    const upstream = rule.upstreamRegistry;
    if (upstream === undefined || !needNothing.has(upstream) || rule.credentialArn === undefined)
      return [];
    return [
      registryWarning(
        FindingCode.upstreamCredentialUnused,
        [...pathOf(index), 'credentialArn'],
        `AWS documents ${upstream} as needing no authentication; ECR may refuse or ignore the credentialArn.`,
      ),
    ];
  });
}
