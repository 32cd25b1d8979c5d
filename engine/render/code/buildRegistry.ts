/**
 * The statements of the registry's L1s (registryNodes.ts), as a person writes L1 code: typed
 * props with nested objects (`{ rules: [{ destinations: [...] }] }`, in Python the nested
 * `…Property` classes), the registry policy's text an `iam.PolicyDocument` of the same
 * statements a repository's resource policy prints, a user's or role's ARN by its attribute.
 * An L1 that keeps its logical ID gets a variable and `overrideLogicalId` after it.
 */
import type { ConstructNode, RegistryKind } from '../../cdk/constructNode';
import type { ConstructTree } from '../../cdk/constructTree';
import { registryEntryOf, registryNodesOf } from '../../cdk/registryNodes';
import type { Design } from '../../design/designSchema';
import type {
  PullThroughCacheRuleDesign,
  ReplicationDesign,
  ScanningDesign,
  SigningDesign,
} from '../../design/registrySchema';
import { creationTemplateStatements } from './buildCreationTemplates';
import { policyStatementExpression } from './buildPolicies';
import {
  call,
  type Expression,
  ifSet,
  list,
  newOf,
  property,
  type Statement,
  scope,
  statement,
  str,
  struct,
  typeRef,
  variable,
} from './model';
import type { VariableNames } from './variableNames';

/** A nested struct of an L1, typed for Python (`ecr.CfnX.YProperty`). */
const nested = (l1: string, type: string, props: Record<string, Expression | undefined>) =>
  struct(props, typeRef('ecr', `${l1}.${type}`));

function filters(l1: string, values: readonly string[] | undefined, filterType: string) {
  return ifSet(values, (all) =>
    list(
      all.map((filter) =>
        nested(l1, 'RepositoryFilterProperty', {
          filter: str(filter),
          filterType: str(filterType),
        }),
      ),
    ),
  );
}

function replicationProps(replication: ReplicationDesign) {
  const l1 = 'CfnReplicationConfiguration';
  const rules = replication.rules.map((rule) =>
    nested(l1, 'ReplicationRuleProperty', {
      destinations: list(
        rule.destinations.map(({ region, registryId }) =>
          nested(l1, 'ReplicationDestinationProperty', {
            region: str(region),
            registryId: str(registryId),
          }),
        ),
      ),
      repositoryFilters: filters(l1, rule.repositoryFilters, 'PREFIX_MATCH'),
    }),
  );
  return {
    replicationConfiguration: nested(l1, 'ReplicationConfigurationProperty', {
      rules: list(rules),
    }),
  };
}

function pullThroughCacheProps(rule: PullThroughCacheRuleDesign) {
  return {
    ecrRepositoryPrefix: ifSet(rule.ecrRepositoryPrefix, str),
    upstreamRegistry: ifSet(rule.upstreamRegistry, str),
    upstreamRegistryUrl: ifSet(rule.upstreamRegistryUrl, str),
    upstreamRepositoryPrefix: ifSet(rule.upstreamRepositoryPrefix, str),
    credentialArn: ifSet(rule.credentialArn, str),
    customRoleArn: ifSet(rule.customRoleArn, str),
  };
}

function scanningProps(scanning: ScanningDesign) {
  const l1 = 'CfnRegistryScanningConfiguration';
  const rules = scanning.rules.map((rule) =>
    nested(l1, 'ScanningRuleProperty', {
      scanFrequency: str(rule.scanFrequency),
      repositoryFilters: filters(l1, rule.repositoryFilters, 'WILDCARD'),
    }),
  );
  return { scanType: str(scanning.scanType), rules: list(rules) };
}

function signingProps(signing: SigningDesign) {
  const l1 = 'CfnSigningConfiguration';
  const rules = signing.rules.map((rule) =>
    nested(l1, 'RuleProperty', {
      signingProfileArn: str(rule.signingProfileArn),
      repositoryFilters: filters(l1, rule.repositoryFilters, 'WILDCARD_MATCH'),
    }),
  );
  return { rules: list(rules) };
}

/** `user.userArn` / `role.roleArn` of the principal an exclusion names, or its literal ARN. */
function exclusionArn(design: Design, index: number, names: VariableNames) {
  const exclusion = design.registry!.pullTimeUpdateExclusions![index]!;
  if (exclusion.principalArn !== undefined) return str(exclusion.principalArn);
  const id = exclusion.principal;
  const principal = id === undefined ? undefined : design.principals?.find((p) => p.id === id);
  const name = id === undefined ? undefined : names.principals.get(id);
  if (principal === undefined || name === undefined) return undefined;
  if (principal.type === 'User') return property(variable(name), 'userArn');
  if (principal.type === 'Role' || principal.type === 'Role.fromRoleArn')
    return property(variable(name), 'roleArn');
  return undefined;
}

/** The L1's class and props, or undefined for one the code leaves out (a design error). */
function l1Of(
  design: Design,
  node: ConstructNode & { kind: RegistryKind },
  names: VariableNames,
): [type: string, props: Record<string, Expression | undefined>] | undefined {
  const registry = design.registry!;
  switch (node.kind) {
    case 'creationTemplate':
      // All of them at once, first (creationTemplateStatements).
      return undefined;
    case 'replication':
      return ['CfnReplicationConfiguration', replicationProps(registry.replication!)];
    case 'pullThroughCacheRule': {
      const rule = registry.pullThroughCacheRules![node.index]!;
      return ['CfnPullThroughCacheRule', pullThroughCacheProps(rule)];
    }
    case 'scanning':
      return ['CfnRegistryScanningConfiguration', scanningProps(registry.scanning!)];
    case 'signing':
      return ['CfnSigningConfiguration', signingProps(registry.signing!)];
    case 'pullTimeUpdateExclusion': {
      const principalArn = exclusionArn(design, node.index, names);
      return principalArn && ['CfnPullTimeUpdateExclusion', { principalArn }];
    }
    case 'registryPolicy': {
      const statements = registry.policy!.statements.map((s) =>
        policyStatementExpression(s, names),
      );
      const policyText = newOf('iam', 'PolicyDocument', struct({ statements: list(statements) }));
      return ['CfnRegistryPolicy', { policyText }];
    }
  }
}

/**
 * Each registry L1 in the tree's order (the creation templates first, buildCreationTemplates.ts);
 * a variable and overrideLogicalId where it keeps its ID.
 */
export function registryStatements(
  design: Design,
  tree: ConstructTree,
  names: VariableNames,
): Statement[] {
  const others = registryNodesOf(tree.children).flatMap((node) => {
    const made = l1Of(design, node as ConstructNode & { kind: RegistryKind }, names);
    if (made === undefined) return [];
    const [type, props] = made;
    const created = newOf('ecr', type, scope, str(node.id), struct(props));
    const name = names.registry.get(node.designPath.join('/'));
    const logicalId = registryEntryOf(design, node)?.logicalId;
    if (name === undefined || logicalId === undefined) return [statement(created)];
    return [
      statement(created, name),
      statement(call(variable(name), 'overrideLogicalId', str(logicalId))),
    ];
  });
  return [...creationTemplateStatements(design, names), ...others];
}
