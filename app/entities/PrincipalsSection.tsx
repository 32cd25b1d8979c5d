import type { PrincipalDesign } from '../../engine/index';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useDispatch } from '../state/DesignerContext';
import { useEntitiesView } from './EntitiesContext';
import { EntityCard, EntitySection, useSetEntity } from './EntityCard';
import { findingsUnder } from './entityFindings';
import { KeptLogicalIdField } from './KeptLogicalIdField';

type PrincipalType = PrincipalDesign['type'];

const typeOptions: { value: PrincipalType; label: string }[] = [
  { value: 'User', label: 'User (new iam.User)' },
  { value: 'Role', label: 'Role (new iam.Role)' },
  { value: 'Role.fromRoleArn', label: 'Existing role (iam.Role.fromRoleArn)' },
  { value: 'AccountPrincipal', label: 'Account (iam.AccountPrincipal)' },
  { value: 'AnyPrincipal', label: 'Anyone (iam.AnyPrincipal)' },
];

/** A principal of another type keeps its id; the new type's required fields get examples. */
function retyped(principal: PrincipalDesign, type: PrincipalType): PrincipalDesign {
  const { id } = principal;
  switch (type) {
    case 'User':
      return { type, id };
    case 'Role':
      return { type, id, assumedBy: { service: 'ecs-tasks.amazonaws.com' } };
    case 'Role.fromRoleArn':
      return { type, id, roleArn: 'arn:aws:iam::123456789012:role/name' };
    case 'AccountPrincipal':
      return { type, id, accountId: '123456789012' };
    case 'AnyPrincipal':
      return { type, id };
  }
}

function PrincipalFields({ principal, index }: { principal: PrincipalDesign; index: number }) {
  const { findings } = useEntitiesView();
  const set = useSetEntity('principals', index);
  const f = findingsUnder(findings, ['principals', index]);
  const id = (field: string) => `principal-${index}-${field}`;
  const idFindings = f.at('id');
  const typeFindings = f.at('type');
  const extra = {
    assumedBy: f.at('assumedBy'),
    roleArn: f.at('roleArn'),
    accountId: f.at('accountId'),
    logicalId: f.at('logicalId'),
  };
  const assumedKind = principal.type === 'Role' && principal.assumedBy.account !== undefined;
  return (
    <EntityCard
      kind="principals"
      index={index}
      id={principal.id}
      title={`Principal ${principal.id}`}
      findings={f.rest()}
    >
      <SelectField
        id={id('type')}
        label="Type"
        help="Users and roles are constructs of the stack; an account or anyone is not."
        findings={typeFindings}
        value={principal.type}
        options={typeOptions}
        onChange={(value) => set(retyped(principal, value as PrincipalType))}
      />
      <TextField
        id={id('id')}
        label="Id"
        help="The construct id (for users and roles); grants and policies pick the principal by it."
        findings={idFindings}
        value={principal.id}
        onChange={(value) => set({ ...principal, id: value }, 'id')}
      />
      {(principal.type === 'User' || principal.type === 'Role') && (
        <KeptLogicalIdField
          value={principal}
          what={principal.type === 'User' ? 'user' : 'role'}
          findings={extra.logicalId}
          id={id}
          onChange={set}
        />
      )}
      {principal.type === 'Role' && (
        <>
          <SelectField
            id={id('assumedByKind')}
            label="Assumed by"
            help="assumedBy: a service principal or an account."
            findings={[]}
            value={assumedKind ? 'account' : 'service'}
            options={[
              { value: 'service', label: 'Service (iam.ServicePrincipal)' },
              { value: 'account', label: 'Account (iam.AccountPrincipal)' },
            ]}
            onChange={(value) =>
              set({
                ...principal,
                assumedBy:
                  value === 'account'
                    ? { account: '123456789012' }
                    : { service: 'ecs-tasks.amazonaws.com' },
              })
            }
          />
          <TextField
            id={id('assumedBy')}
            label={assumedKind ? 'Account id' : 'Service principal'}
            help={assumedKind ? 'A 12-digit account id.' : 'e.g. ecs-tasks.amazonaws.com'}
            findings={extra.assumedBy}
            value={(assumedKind ? principal.assumedBy.account : principal.assumedBy.service) ?? ''}
            onChange={(value) =>
              set(
                { ...principal, assumedBy: assumedKind ? { account: value } : { service: value } },
                'assumedBy',
              )
            }
          />
        </>
      )}
      {principal.type === 'Role.fromRoleArn' && (
        <TextField
          id={id('roleArn')}
          label="Role ARN"
          help="roleArn: arn:aws:iam::account:role/name (without a path)."
          findings={extra.roleArn}
          value={principal.roleArn}
          onChange={(value) => set({ ...principal, roleArn: value }, 'roleArn')}
        />
      )}
      {principal.type === 'AccountPrincipal' && (
        <TextField
          id={id('accountId')}
          label="Account id"
          help="The 12-digit id of the account to trust."
          findings={extra.accountId}
          value={principal.accountId}
          onChange={(value) => set({ ...principal, accountId: value }, 'accountId')}
        />
      )}
    </EntityCard>
  );
}

export function PrincipalsSection() {
  const { entities } = useEntitiesView();
  const dispatch = useDispatch();
  return (
    <EntitySection
      id="principals"
      title="IAM principals"
      help="Who grants and resource policy statements give access to."
      addLabel="Add principal"
      onAdd={() => dispatch({ type: 'entities/add', kind: 'principals' })}
      empty="No principals yet."
      count={entities.principals.length}
    >
      {entities.principals.map((principal, index) => (
        <PrincipalFields key={index} principal={principal} index={index} />
      ))}
    </EntitySection>
  );
}
