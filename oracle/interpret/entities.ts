/**
 * The design's entities beside repositories, created in the documented order (keys, principals,
 * topics, queues, functions) and kept by id for the repositories and grants that refer to them.
 */
import type { Stack } from 'aws-cdk-lib';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Design, FunctionDesign, KeyDesign, PrincipalDesign } from '../../engine/index';
import { cdk, defined, iam, kms, lambda, sns, sqs } from './cdkLib';
import { applyResourceOptions } from './resourceOptions';

/** What the design's references resolve to, by id. */
export interface Entities {
  keys: Map<string, IKey>;
  principals: Map<string, IGrantable>;
  topics: Map<string, ITopic>;
  queues: Map<string, IQueue>;
  functions: Map<string, IFunction>;
}

/** Keeps the first entity of an id: a later one of the same kind fails as a construct first. */
function remember<T>(map: Map<string, T>, id: string, value: T): void {
  if (!map.has(id)) map.set(id, value);
}

function createKey(stack: Stack, key: KeyDesign): IKey {
  if (key.keyArn !== undefined) return kms.Key.fromKeyArn(stack, key.id, key.keyArn);
  const created = new kms.Key(
    stack,
    key.id,
    defined({
      alias: key.alias,
      description: key.description,
      enableKeyRotation: key.enableKeyRotation,
      removalPolicy: key.removalPolicy && cdk.RemovalPolicy[key.removalPolicy],
    }),
  );
  applyResourceOptions(created, key);
  if (key.alias !== undefined && key.aliasLogicalId !== undefined)
    applyResourceOptions(created.node.findChild('Alias'), { logicalId: key.aliasLogicalId });
  return created;
}

function createPrincipal(stack: Stack, principal: PrincipalDesign): IGrantable {
  switch (principal.type) {
    case 'User': {
      const user = new iam.User(stack, principal.id);
      applyResourceOptions(user, principal);
      return user;
    }
    case 'Role': {
      const { service, account } = principal.assumedBy;
      const assumedBy =
        service !== undefined
          ? new iam.ServicePrincipal(service)
          : new iam.AccountPrincipal(account!);
      const role = new iam.Role(stack, principal.id, { assumedBy });
      applyResourceOptions(role, principal);
      return role;
    }
    case 'Role.fromRoleArn':
      return iam.Role.fromRoleArn(stack, principal.id, principal.roleArn);
    case 'AccountPrincipal':
      return new iam.AccountPrincipal(principal.accountId);
    case 'AnyPrincipal':
      return new iam.AnyPrincipal();
  }
}

/** sameEnvironment: fromFunctionAttributes (CDK adds the invoke permission); else fromFunctionArn. */
function importFunction(stack: Stack, fn: FunctionDesign): IFunction {
  if (fn.sameEnvironment === true)
    return lambda.Function.fromFunctionAttributes(stack, fn.id, {
      functionArn: fn.functionArn,
      sameEnvironment: true,
    });
  return lambda.Function.fromFunctionArn(stack, fn.id, fn.functionArn);
}

export function createEntities(stack: Stack, design: Design): Entities {
  const entities: Entities = {
    keys: new Map(),
    principals: new Map(),
    topics: new Map(),
    queues: new Map(),
    functions: new Map(),
  };
  for (const key of design.keys ?? []) remember(entities.keys, key.id, createKey(stack, key));
  for (const p of design.principals ?? [])
    remember(entities.principals, p.id, createPrincipal(stack, p));
  for (const topic of design.topics ?? []) {
    const created = new sns.Topic(stack, topic.id);
    applyResourceOptions(created, topic);
    remember(entities.topics, topic.id, created);
  }
  for (const queue of design.queues ?? []) {
    const created = new sqs.Queue(stack, queue.id);
    applyResourceOptions(created, queue);
    remember(entities.queues, queue.id, created);
  }
  for (const fn of design.functions ?? [])
    remember(entities.functions, fn.id, importFunction(stack, fn));
  return entities;
}

/** Looks a reference up; the format's reference checks guarantee it exists. */
export function resolve<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`interpreter: unknown ${what} '${id}'`);
  return value;
}
