/**
 * Every policy statement the design's constructs add, in the order CDK adds them:
 * resource policy statements and event targets while the repositories are built, then grants.
 */
import {
  type ConstructNode,
  defaultResourceOf,
  entityNode,
  entityResourceId,
} from '../cdk/constructNode';
import { getAtt, type Json, ref } from '../cdk/intrinsics';
import { conditionsAsAdded } from '../cdk/resolvedKeys';
import type { Design, PrincipalDesign } from '../design/designSchema';
import type { GrantDesign, PolicyStatementDesign } from '../design/entitySchemas';
import type { FieldPath } from '../fieldPath';
import type { Statement, StatementPrincipal } from './policyDocument';
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
  /** The registry policy's statements (its PolicyText), in order. */
  registry: Statement[];
}

function push<K>(map: Map<K, Statement[]>, key: K, statement: Statement): void {
  map.set(key, [...(map.get(key) ?? []), statement]);
}

export type PrincipalOf = (id: string) => PrincipalDesign | undefined;

/** How a statement names a principal; a resource policy of the stack names it as CDK's L2 does. */
export type StatementPrincipalOf = (principal: PrincipalDesign) => StatementPrincipal | undefined;

export function designStatement(
  statement: PolicyStatementDesign,
  path: FieldPath,
  principalOf: PrincipalOf,
  entities: readonly ConstructNode[],
  named: StatementPrincipalOf = (principal) => statementPrincipal(principal, entities),
): Statement {
  return {
    path,
    effect: statement.effect === 'DENY' ? 'Deny' : 'Allow',
    actions: statement.actions ?? [],
    resources: statement.resources ?? [],
    principals: (statement.principals ?? []).flatMap((id) => {
      const principal = principalOf(id);
      const value = principal && named(principal);
      return value ? [value] : [];
    }),
    conditions: statement.conditions && conditionsAsAdded(statement.conditions),
  };
}

/** Each event target's statement, in the order the rules add their targets. */
function addTargetStatements(
  design: Design,
  entities: readonly ConstructNode[],
  policies: StackPolicies,
): void {
  for (const repository of entities) {
    if (repository.kind !== 'repository') continue;
    const rules = design.repositories[repository.index]!.eventRules ?? [];
    for (const node of repository.children) {
      if (node.kind !== 'eventRule') continue;
      const ruleArn = getAtt(defaultResourceOf(node)!, 'Arn');
      for (const target of rules[node.index]!.targets ?? []) {
        if (target.topic !== undefined) {
          const resources = [ref(entityResourceId(entities, 'topics', target.topic))];
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
            resources: [getAtt(entityResourceId(entities, 'queues', target.queue), 'Arn')],
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
  entities: readonly ConstructNode[],
  policies: StackPolicies,
  principalOf: PrincipalOf,
): void {
  for (const [grantIndex, grant] of (design.grants ?? []).entries()) {
    const principal = principalOf(grant.principal);
    if (!principal) continue;
    const route = grantRoute(principal);
    const toIdentity = (actions: readonly string[], resources: Json[]) => {
      if (route !== 'resource')
        push(policies.identity, principal.id, {
          path: ['grants', grantIndex],
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
    const repository = entityNode(entities, 'repositories', grant.repository);
    if (!repository) continue;
    const actions = repositoryGrantActionsOf(grant);
    toIdentity(actions, [getAtt(defaultResourceOf(repository)!, 'Arn')]);
    if (route !== 'identity') {
      policies.repositories[repository.index]!.push({
        path: ['grants', grantIndex],
        effect: 'Allow',
        actions: [...actions],
        resources: [],
        principals: [statementPrincipal(principal, entities)],
      });
    }
    if (grant.grant !== 'grant' && grant.grant !== 'grantRead')
      toIdentity(['ecr:GetAuthorizationToken'], ['*']);
  }
}

/** `entities` are the stack's constructs before any policy: the statements name their resources. */
export function collectPolicies(design: Design, entities: readonly ConstructNode[]): StackPolicies {
  const principalOf = (id: string) => design.principals?.find((p) => p.id === id);
  const policies: StackPolicies = {
    identity: new Map(),
    repositories: design.repositories.map((repo, r) =>
      (repo.resourcePolicy ?? []).map((s, i) =>
        designStatement(s, ['repositories', r, 'resourcePolicy', i], principalOf, entities),
      ),
    ),
    topics: new Map(),
    queues: new Map(),
    registry: (design.registry?.policy?.statements ?? []).map((s, i) =>
      designStatement(s, ['registry', 'policy', 'statements', i], principalOf, entities),
    ),
  };
  addTargetStatements(design, entities, policies);
  addGrantStatements(design, entities, policies, principalOf);
  return policies;
}
