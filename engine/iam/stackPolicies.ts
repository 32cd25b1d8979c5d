/**
 * Every policy statement the design's constructs add, in the order CDK adds them:
 * resource policy statements and event targets while the repositories are built, then grants.
 */
import { getAtt, type Json, ref } from '../cdk/intrinsics';
import { logicalIdOf } from '../cdk/logicalId';
import { conditionsAsAdded } from '../cdk/resolvedKeys';
import type { Design, PrincipalDesign } from '../design/designSchema';
import type { GrantDesign, PolicyStatementDesign } from '../design/entitySchemas';
import type { Statement } from './policyDocument';
import { eventsPrincipal, grantRoute, statementPrincipal } from './principals';

const pullActions = [
  'ecr:BatchCheckLayerAvailability',
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchGetImage',
];
const pushActions = [
  'ecr:CompleteLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:InitiateLayerUpload',
  'ecr:BatchCheckLayerAvailability',
  'ecr:PutImage',
];
/** The actions of each grant, in the order CDK lists them. */
export const repositoryGrantActions = {
  grantPull: pullActions,
  grantPush: pushActions,
  grantPullPush: [...pullActions, ...pushActions],
  grantRead: ['ecr:DescribeRepositories', 'ecr:DescribeImages'],
} as const;
/** The actions a grant on a repository gives. */
export function repositoryGrantActionsOf(
  grant: Extract<GrantDesign, { repository: string }>,
): readonly string[] {
  return grant.grant === 'grant' ? grant.actions : repositoryGrantActions[grant.grant];
}

export const tokenActions = {
  'AuthorizationToken.grantRead': ['ecr:GetAuthorizationToken'],
  'PublicGalleryAuthorizationToken.grantRead': [
    'ecr-public:GetAuthorizationToken',
    'sts:GetServiceBearerToken',
  ],
} as const;

export interface StackPolicies {
  /** Identity policy statements by principal id (users, roles, imported roles). */
  identity: Map<string, Statement[]>;
  /** RepositoryPolicyText statements by repository index. */
  repositories: Statement[][];
  topics: Map<string, Statement[]>;
  queues: Map<string, Statement[]>;
}

function push<K>(map: Map<K, Statement[]>, key: K, statement: Statement): void {
  map.set(key, [...(map.get(key) ?? []), statement]);
}

export function ruleLogicalId(repositoryId: string, ruleId: string): string {
  return logicalIdOf([repositoryId, ruleId, 'Resource']);
}

function designStatement(
  statement: PolicyStatementDesign,
  path: string,
  principalOf: (id: string) => PrincipalDesign | undefined,
): Statement {
  return {
    path,
    effect: statement.effect === 'DENY' ? 'Deny' : 'Allow',
    actions: statement.actions ?? [],
    resources: statement.resources ?? [],
    principals: (statement.principals ?? []).flatMap((id) => {
      const principal = principalOf(id);
      return principal ? [statementPrincipal(principal)] : [];
    }),
    conditions: statement.conditions && conditionsAsAdded(statement.conditions),
  };
}

function addTargetStatements(design: Design, policies: StackPolicies): void {
  for (const repo of design.repositories) {
    for (const rule of repo.eventRules ?? []) {
      const ruleArn = getAtt(ruleLogicalId(repo.id, rule.id), 'Arn');
      for (const target of rule.targets ?? []) {
        if (target.topic !== undefined) {
          const resources = [ref(logicalIdOf([target.topic, 'Resource']))];
          const principals = [eventsPrincipal()];
          push(policies.topics, target.topic, {
            effect: 'Allow',
            actions: ['sns:Publish'],
            resources,
            principals,
          });
        }
        if (target.queue !== undefined) {
          const conditions = { ArnEquals: { 'aws:SourceArn': ruleArn } };
          push(policies.queues, target.queue, {
            effect: 'Allow',
            actions: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
            resources: [getAtt(logicalIdOf([target.queue, 'Resource']), 'Arn')],
            principals: [eventsPrincipal(conditions)],
            conditions,
          });
        }
      }
    }
  }
}

function addGrantStatements(
  design: Design,
  policies: StackPolicies,
  principalOf: (id: string) => PrincipalDesign | undefined,
): void {
  for (const [grantIndex, grant] of (design.grants ?? []).entries()) {
    const principal = principalOf(grant.principal);
    if (!principal) continue;
    const route = grantRoute(principal);
    const toIdentity = (actions: readonly string[], resources: Json[]) => {
      if (route !== 'resource')
        push(policies.identity, principal.id, {
          path: `grants[${grantIndex}]`,
          effect: 'Allow',
          actions: [...actions],
          resources,
          principals: [],
        });
    };
    if (!('repository' in grant)) {
      toIdentity(tokenActions[grant.grant], ['*']);
      continue;
    }
    const index = design.repositories.findIndex((r) => r.id === grant.repository);
    if (index < 0) continue;
    const actions = repositoryGrantActionsOf(grant);
    toIdentity(actions, [getAtt(logicalIdOf([grant.repository, 'Resource']), 'Arn')]);
    if (route !== 'identity') {
      policies.repositories[index]!.push({
        path: `grants[${grantIndex}]`,
        effect: 'Allow',
        actions: [...actions],
        resources: [],
        principals: [statementPrincipal(principal)],
      });
    }
    if (grant.grant !== 'grant' && grant.grant !== 'grantRead')
      toIdentity(['ecr:GetAuthorizationToken'], ['*']);
  }
}

export function collectPolicies(design: Design): StackPolicies {
  const principalOf = (id: string) => design.principals?.find((p) => p.id === id);
  const policies: StackPolicies = {
    identity: new Map(),
    repositories: design.repositories.map((repo, r) =>
      (repo.resourcePolicy ?? []).map((s, i) =>
        designStatement(s, `repositories[${r}].resourcePolicy[${i}]`, principalOf),
      ),
    ),
    topics: new Map(),
    queues: new Map(),
  };
  addTargetStatements(design, policies);
  addGrantStatements(design, policies, principalOf);
  return policies;
}
