/** IAM roles of a template, by whom they can be assumed: one service or one account. */
import type { PrincipalDesign } from '../design/entitySchemas';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import type { TemplateResource } from './templateValues';

/**
 * `arn:${Partition}:iam::123456789012:root` as CDK writes an account principal, or as people
 * write it (a literal ARN, or the bare account id IAM also takes), → the account id.
 */
export function accountOf(principal: unknown): string | undefined {
  if (typeof principal === 'string') {
    const match = /^(?:arn:aws[a-z-]*:iam::(\d{12}):root|(\d{12}))$/.exec(principal);
    return match ? (match[1] ?? match[2]) : undefined;
  }
  const join = isPlainObject(principal) ? principal['Fn::Join'] : undefined;
  if (!Array.isArray(join) || !Array.isArray(join[1])) return undefined;
  const text = join[1].map((part: unknown) => (typeof part === 'string' ? part : '')).join('');
  return /^arn::iam::(\d{12}):root$/.exec(text)?.[1];
}

export function importRole(
  id: string,
  resource: TemplateResource,
  path: FieldPath,
  findings: Finding[],
): PrincipalDesign | undefined {
  const statement = (
    resource.Properties?.AssumeRolePolicyDocument as
      | { Statement?: { Principal?: Record<string, unknown> }[] }
      | undefined
  )?.Statement?.[0];
  const principal = statement?.Principal;
  if (typeof principal?.Service === 'string')
    return { type: 'Role', id, assumedBy: { service: principal.Service } };
  const account = accountOf(principal?.AWS);
  if (account) return { type: 'Role', id, assumedBy: { account } };
  findings.push(
    designWarning(
      FindingCode.roleTrustUnsupported,
      [...path, 'Properties', 'AssumeRolePolicyDocument'],
      'only roles assumed by one service or one account can be imported; left out',
    ),
  );
  return undefined;
}
