/**
 * The statements that set a construct's resource options on its default child, as CDK users
 * write them: `(repository.node.defaultChild as ecr.CfnRepository).overrideLogicalId('X')`,
 * `….cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN`, and `addDeletionOverride` for an
 * attribute left out. Python drops the cast (`repository.node.default_child.…`).
 */
import type { ResourcePolicyFields } from '../../cdk/resourceOptions';
import type { ResourcePolicy } from '../../design/enums';
import {
  assign,
  call,
  cast,
  type Expression,
  enumMember,
  property,
  type Statement,
  statement,
  str,
  type TypeRef,
} from './model';

/** `construct.node.defaultChild as T`. */
export const defaultChildOf = (construct: Expression, type: TypeRef): Expression =>
  cast(property(property(construct, 'node'), 'defaultChild'), type);

/** `construct.node.findChild(id)`: a child the L2 makes without an accessor of its own. */
export const childOf = (construct: Expression, id: string): Expression =>
  call(property(construct, 'node'), 'findChild', str(id));

function policyStatement(
  child: Expression,
  attribute: 'DeletionPolicy' | 'UpdateReplacePolicy',
  value: ResourcePolicy | undefined,
): Statement[] {
  if (value === undefined) return [];
  if (value === 'NONE') return [statement(call(child, 'addDeletionOverride', str(attribute)))];
  const option = attribute === 'DeletionPolicy' ? 'deletionPolicy' : 'updateReplacePolicy';
  const target = property(property(child, 'cfnOptions'), option);
  return [assign(target, enumMember('core', 'CfnDeletionPolicy', value))];
}

/** The statements for what the design sets on `child`, a CfnResource: ID, then the two attributes. */
export function resourceOptionStatements(
  child: Expression,
  fields: Omit<ResourcePolicyFields, 'removalPolicy'> & { logicalId?: string },
): Statement[] {
  return [
    ...(fields.logicalId === undefined
      ? []
      : [statement(call(child, 'overrideLogicalId', str(fields.logicalId)))]),
    ...policyStatement(child, 'DeletionPolicy', fields.deletionPolicy),
    ...policyStatement(child, 'UpdateReplacePolicy', fields.updateReplacePolicy),
  ];
}
