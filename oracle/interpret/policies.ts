/** Resource policy statements: `repository.addToResourcePolicy(new iam.PolicyStatement(...))`. */
import type { Repository } from 'aws-cdk-lib/aws-ecr';
import type { IPrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { PolicyStatementDesign } from '../../engine/index';
import { defined, iam } from './cdkLib';
import { type Entities, resolve } from './entities';

function principalOf(id: string, entities: Entities): IPrincipal {
  return resolve(entities.principals, id, 'principal').grantPrincipal;
}

export function policyStatement(
  statement: PolicyStatementDesign,
  entities: Entities,
): PolicyStatement {
  return new iam.PolicyStatement(
    defined({
      effect: statement.effect && iam.Effect[statement.effect],
      principals: statement.principals?.map((id) => principalOf(id, entities)),
      actions: statement.actions,
      conditions: statement.conditions,
      resources: statement.resources,
    }),
  );
}

export function addResourcePolicy(
  repository: Repository,
  statements: readonly PolicyStatementDesign[],
  entities: Entities,
): void {
  for (const statement of statements)
    repository.addToResourcePolicy(policyStatement(statement, entities));
}
