/** The checks of KMS keys and their aliases. */
import { defaultResourceOf } from '../cdk/constructNode';
import type { ConstructTree } from '../cdk/constructTree';
import { aliasNameOf } from '../cdk/entityResources';
import type { Design, KeyDesign } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { duplicateIdError } from './constructIds';
import { cdkError, validationError } from './phaseFindings';

/** kms.Alias's checks of the alias name, after 'alias/' is prepended. */
function aliasError(alias: string): string | undefined {
  const name = aliasNameOf(alias);
  if (name === 'alias/') return `Alias must include a value after "alias/": ${name}`;
  if (name.toLocaleLowerCase().startsWith('alias/aws/'))
    return `Alias cannot start with alias/aws/: ${name}`;
  if (!/^[a-zA-Z0-9:/_-]{1,256}$/.test(name))
    return 'Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-';
  return undefined;
}

/** Construct phase: kms.Key's checks, then kms.Alias's, in the order CDK runs them. */
export function keyConstructErrors(
  key: KeyDesign,
  path: FieldPath,
  stackName: string,
  siblingIds: readonly string[],
): Finding[] {
  return [
    ...cdkError(
      FindingCode.constructIdTaken,
      [...path, 'id'],
      duplicateIdError(key.id, stackName, siblingIds),
    ),
    ...cdkError(
      FindingCode.snapshotUnsupported,
      [...path, 'removalPolicy'],
      key.removalPolicy === 'SNAPSHOT'
        ? 'AWS::KMS::Key does not support snapshot removal policy'
        : undefined,
    ),
    ...cdkError(
      FindingCode.aliasInvalid,
      [...path, 'alias'],
      key.alias === undefined ? undefined : aliasError(key.alias),
    ),
  ];
}

/**
 * Template validation: an alias name used twice (E3019), a rule of the validator rather than a
 * schema constraint of one property (those are schema.ts).
 */
export function keyValidationErrors(design: Design, tree: ConstructTree): Finding[] {
  const findings: Finding[] = [];
  const aliases = new Map<string, { path: FieldPath; logicalId: string }[]>();
  for (const key of tree.children) {
    const alias = key.kind === 'key' ? key.children.find((c) => c.kind === 'alias') : undefined;
    if (!alias) continue;
    const name = aliasNameOf(design.keys![key.index]!.alias!);
    const owner = { path: [...key.designPath, 'alias'], logicalId: defaultResourceOf(alias)! };
    aliases.set(name, [...(aliases.get(name) ?? []), owner]);
  }
  for (const [name, owners] of aliases) {
    if (owners.length < 2) continue;
    const ids = owners
      .map((o) => `'${o.logicalId}'`)
      .sort()
      .join(', ');
    findings.push(
      validationError(
        FindingCode.aliasNotUnique,
        owners[1]!.path,
        `AliasName: Primary identifiers {'AliasName': '${name}'} should have unique values across the resources {${ids}}`,
      ),
    );
  }
  return findings;
}
