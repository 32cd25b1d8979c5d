/**
 * Generated Python for keys, principals, event targets, event rules, resource policy statements
 * and grants: what jsii-rosetta makes of the TypeScript of tsEntities.ts, statement by statement.
 */
import type { Design, KeyDesign, PrincipalDesign } from '../design/designSchema';
import type { EventRuleDesign, PolicyStatementDesign, TargetDesign } from '../design/entitySchemas';
import { type Arg, call, pyBool, pyList } from './pyFormat';
import { pyString, pythonNameOf } from './pyLiteral';
import { ruleTargets, type VariableNames } from './tsEntities';

const indent = '        ';

/** `x = call(...)` when the TypeScript declares the variable, else the bare call. */
const assign = (variable: string | undefined, code: string) =>
  variable === undefined ? code : `${indent}${variable} = ${code.slice(indent.length)}`;

function keyStatement(key: KeyDesign): string {
  if (key.keyArn !== undefined)
    return call(
      'kms.Key.from_key_arn',
      ['self', pyString(key.id), pyString(key.keyArn)],
      [],
      indent,
    );
  const args: Arg[] = [];
  if (key.alias !== undefined) args.push(['alias', pyString(key.alias)]);
  if (key.description !== undefined) args.push(['description', pyString(key.description)]);
  if (key.enableKeyRotation !== undefined)
    args.push(['enable_key_rotation', pyBool(key.enableKeyRotation)]);
  if (key.removalPolicy !== undefined)
    args.push(['removal_policy', `RemovalPolicy.${key.removalPolicy}`]);
  return call('kms.Key', ['self', pyString(key.id)], args, indent);
}

function principalStatement(principal: PrincipalDesign): string {
  const id = pyString(principal.id);
  switch (principal.type) {
    case 'User':
      return call('iam.User', ['self', id], [], indent);
    case 'Role': {
      const { service, account } = principal.assumedBy;
      const assumedBy =
        service !== undefined
          ? `iam.ServicePrincipal(${pyString(service)})`
          : `iam.AccountPrincipal(${pyString(account ?? '')})`;
      return call('iam.Role', ['self', id], [['assumed_by', assumedBy]], indent);
    }
    case 'Role.fromRoleArn':
      return call('iam.Role.from_role_arn', ['self', id, pyString(principal.roleArn)], [], indent);
    case 'AccountPrincipal':
      return call('iam.AccountPrincipal', [pyString(principal.accountId)], [], indent);
    case 'AnyPrincipal':
      return call('iam.AnyPrincipal', [], [], indent);
  }
}

/** Everything created before the repositories; `declared` tells which TypeScript variables exist. */
export function entityStatementsPy(
  design: Design,
  names: VariableNames,
  declared: (tsVariable: string) => boolean,
): string[] {
  const lines: string[] = [];
  const each = <T extends { id: string }>(
    entities: readonly T[] | undefined,
    map: Map<string, string>,
    render: (e: T) => string,
  ) => {
    const seen = new Set<string>();
    for (const entity of entities ?? []) {
      const variable = seen.has(entity.id) ? undefined : map.get(entity.id);
      seen.add(entity.id);
      const used = variable !== undefined && declared(variable);
      lines.push(assign(used ? pythonNameOf(variable) : undefined, render(entity)));
    }
  };
  each(design.keys, names.keys, keyStatement);
  each(design.principals, names.principals, principalStatement);
  each(design.topics, names.topics, (t) => call('sns.Topic', ['self', pyString(t.id)], [], indent));
  each(design.queues, names.queues, (q) => call('sqs.Queue', ['self', pyString(q.id)], [], indent));
  each(design.functions, names.functions, (f) =>
    f.sameEnvironment
      ? call(
          'lambda_.Function.from_function_attributes',
          ['self', pyString(f.id)],
          [
            ['function_arn', pyString(f.functionArn)],
            ['same_environment', 'True'],
          ],
          indent,
        )
      : call(
          'lambda_.Function.from_function_arn',
          ['self', pyString(f.id), pyString(f.functionArn)],
          [],
          indent,
        ),
  );
  return lines;
}

function targetPy(target: TargetDesign, names: VariableNames): string {
  const name = (map: Map<string, string>, id: string) => pythonNameOf(map.get(id)!);
  if (target.topic !== undefined) return `targets.SnsTopic(${name(names.topics, target.topic)})`;
  if (target.queue !== undefined) return `targets.SqsQueue(${name(names.queues, target.queue)})`;
  return `targets.LambdaFunction(${name(names.functions, target.function!)})`;
}

const methodsPy = {
  onImageScanCompleted: 'on_image_scan_completed',
  onCloudTrailImagePushed: 'on_cloud_trail_image_pushed',
  onEvent: 'on_event',
} as const;

export function eventRuleStatementsPy(
  rule: EventRuleDesign,
  key: string,
  repository: string,
  names: VariableNames,
): string[] {
  const args: Arg[] = [];
  if (rule.imageTags !== undefined) args.push(['image_tags', pyList(rule.imageTags)]);
  if (rule.imageTag !== undefined) args.push(['image_tag', pyString(rule.imageTag)]);
  if (rule.description !== undefined) args.push(['description', pyString(rule.description)]);
  if (rule.ruleName !== undefined) args.push(['rule_name', pyString(rule.ruleName)]);
  const targets = ruleTargets(rule, names).map((t) => targetPy(t, names));
  const created = call(
    `${repository}.${methodsPy[rule.method]}`,
    [pyString(rule.id)],
    args,
    indent,
  );
  const variable = names.rules.get(key);
  if (targets.length === 0) return [created];
  if (targets.length === 1 || variable === undefined)
    return [`${created}.add_target(${targets[0]})`];
  const ruleVariable = pythonNameOf(variable);
  return [
    assign(ruleVariable, created),
    ...targets.map((t) => `${indent}${ruleVariable}.add_target(${t})`),
  ];
}

function conditionsPy(conditions: NonNullable<PolicyStatementDesign['conditions']>): string {
  const entries = Object.entries(conditions).map(([operator, keys]) => {
    const inner = Object.entries(keys).map(
      ([k, v]) => `${pyString(k)}: ${typeof v === 'string' ? pyString(v) : pyList(v)}`,
    );
    return `${pyString(operator)}: {${inner.join(', ')}}`;
  });
  return `{${entries.join(', ')}}`;
}

export function resourcePolicyStatementPy(
  statement: PolicyStatementDesign,
  repository: string,
  names: VariableNames,
): string {
  const args: Arg[] = [];
  if (statement.effect !== undefined) args.push(['effect', `iam.Effect.${statement.effect}`]);
  if (statement.principals !== undefined) {
    const principals = statement.principals.flatMap((id) => {
      const variable = names.principals.get(id);
      return variable ? [pythonNameOf(variable)] : [];
    });
    args.push(['principals', `[${principals.join(', ')}]`]);
  }
  if (statement.actions !== undefined) args.push(['actions', pyList(statement.actions)]);
  if (statement.conditions !== undefined)
    args.push(['conditions', conditionsPy(statement.conditions)]);
  if (statement.resources !== undefined) args.push(['resources', pyList(statement.resources)]);
  // Rendered at the statement's indentation so continuation lines line up with it.
  const policy = call('iam.PolicyStatement', [], args, indent).slice(indent.length);
  return `${indent}${repository}.add_to_resource_policy(${policy})`;
}

const grantsPy = {
  grantPull: 'grant_pull',
  grantPush: 'grant_push',
  grantPullPush: 'grant_pull_push',
  grantRead: 'grant_read',
  grant: 'grant',
} as const;

export function grantStatementsPy(design: Design, names: VariableNames): string[] {
  return (design.grants ?? []).flatMap((grant) => {
    const tsPrincipal = names.principals.get(grant.principal);
    if (!tsPrincipal) return [];
    const principal = pythonNameOf(tsPrincipal);
    if (!('repository' in grant))
      return [`${indent}ecr.${grant.grant.replace('.grantRead', '.grant_read')}(${principal})`];
    const tsRepository = names.repositories.get(grant.repository);
    if (!tsRepository) return [];
    const actions = grant.grant === 'grant' ? grant.actions.map(pyString) : [];
    return [
      call(
        `${pythonNameOf(tsRepository)}.${grantsPy[grant.grant]}`,
        [principal, ...actions],
        [],
        indent,
      ),
    ];
  });
}
