/**
 * The statements of one repository, in their order: the construct, its lifecycle rules, tags,
 * event rules and resource policy statements.
 */
import { escapeHatchPolicyText } from '../../cdk/lifecyclePolicy';
import type { LifecycleRuleDesign, RepositoryDesign } from '../../design/designSchema';
import { lifecycleRuleProperties } from '../../design/properties/lifecycleRuleProperties';
import { repositoryProperties } from '../../design/properties/repositoryProperties';
import { perObjectWith } from '../../util/memo';
import { eventRuleStatements } from './buildEventRules';
import { resourcePolicyStatement } from './buildPolicies';
import { defaultChildOf, resourceOptionStatements } from './buildResourceOptions';
import {
  assign,
  call,
  cast,
  type Expression,
  ifSet,
  newOf,
  property,
  type Statement,
  scope,
  statement,
  str,
  struct,
  typeOf,
  typeRef,
  unlessEmpty,
  variable,
} from './model';
import { tableProps } from './tableProps';
import type { EntityNames, RepositoryNames } from './variableNames';

function repositoryExpression(repo: RepositoryDesign, names: EntityNames): Expression {
  const key = repo.encryptionKey === undefined ? undefined : names.keys.get(repo.encryptionKey);
  // CDK lists encryptionKey after the table's props, and so does the generated code.
  const props = struct({
    ...tableProps(repositoryProperties, repo),
    encryptionKey: ifSet(key, variable),
  });
  return newOf('ecr', 'Repository', scope, str(repo.id), ...unlessEmpty(props));
}

/** Key order matters: CDK's error text prints the rule object as written (the table's order). */
const lifecycleRule = (rule: LifecycleRuleDesign): Expression =>
  struct(tableProps(lifecycleRuleProperties, rule));

/**
 * aws-cdk-lib 2.276.0's L2 cannot express archive-era rules: the whole policy goes on the
 * CfnRepository (so the registry id is repeated). Assigning the property, not
 * addPropertyOverride, keeps CloudFormation's key order.
 */
function escapeHatchStatements(
  repo: RepositoryDesign,
  repository: Expression,
  cfnVariable: string,
): Statement[] {
  const cfnRepository = typeRef('ecr', 'CfnRepository');
  const policy = struct(
    {
      lifecyclePolicyText: str(escapeHatchPolicyText(repo.lifecycleRules ?? [])),
      registryId: ifSet(repo.lifecycleRegistryId, str),
    },
    typeRef('ecr', 'CfnRepository.LifecyclePolicyProperty'),
  );
  const defaultChild = property(property(repository, 'node'), 'defaultChild');
  return [
    statement(cast(defaultChild, cfnRepository), cfnVariable),
    assign(property(variable(cfnVariable), 'lifecyclePolicy'), policy),
  ];
}

/**
 * The statements of a repository; its variable is declared only when read later. Kept per
 * repository object while the names it reads stay the same (the printers keep their text per
 * statement list in turn).
 */
export const repositoryStatements = perObjectWith(
  (repo: RepositoryDesign, names: RepositoryNames): Statement[] => {
    const { variable: name, cfnVariable, entities } = names;
    const repository = variable(name);
    const rules = repo.lifecycleRules ?? [];
    const tags = Object.entries(repo.tags ?? {});
    const tagsOf = call(typeOf('core', 'Tags'), 'of', repository);
    return [
      statement(repositoryExpression(repo, entities), names.declared ? name : undefined),
      ...(cfnVariable
        ? escapeHatchStatements(repo, repository, cfnVariable)
        : rules.map((rule) =>
            statement(call(repository, 'addLifecycleRule', lifecycleRule(rule))),
          )),
      ...resourceOptionStatements(
        cfnVariable
          ? variable(cfnVariable)
          : defaultChildOf(repository, typeRef('ecr', 'CfnRepository')),
        repo,
      ),
      ...tags.map(([key, value]) => statement(call(tagsOf, 'add', str(key), str(value)))),
      ...names.eventRules.flatMap((rule) =>
        eventRuleStatements(repo.eventRules![rule.index]!, rule, repository, entities),
      ),
      ...(repo.resourcePolicy ?? []).map((s) => resourcePolicyStatement(s, repository, entities)),
    ];
  },
);
