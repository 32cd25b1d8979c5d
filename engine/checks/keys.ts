/**
 * CloudFormation validation failures of keys and event rules that are rules of the validator
 * rather than schema constraints of one property (those are cfnSchema.ts): an alias name used
 * twice (E3019) and an empty event pattern matcher (E9014).
 */

import { defaultResourceOf } from '../cdk/constructNode';
import type { ConstructTree } from '../cdk/constructTree';
import { aliasNameOf } from '../cdk/entityResources';
import type { Design } from '../design/designSchema';
import { type Finding, joinPath } from '../findings';

function validationError(path: string, message: string): Finding {
  return { severity: 'error', origin: 'cdk-validate', path, message };
}

function keyErrors(design: Design, tree: ConstructTree): Finding[] {
  const findings: Finding[] = [];
  const aliases = new Map<string, { path: string; logicalId: string }[]>();
  for (const key of tree.children) {
    const alias = key.kind === 'key' ? key.children.find((c) => c.kind === 'alias') : undefined;
    if (!alias) continue;
    const name = aliasNameOf(design.keys![key.index]!.alias!);
    const owner = { path: joinPath(key.designPath, 'alias'), logicalId: defaultResourceOf(alias)! };
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
        owners[1]!.path,
        `AliasName: Primary identifiers {'AliasName': '${name}'} should have unique values across the resources {${ids}}`,
      ),
    );
  }
  return findings;
}

function ruleErrors(design: Design): Finding[] {
  return design.repositories.flatMap((repo, repoIndex) =>
    (repo.eventRules ?? []).flatMap((rule, index) => {
      const path = joinPath(joinPath(joinPath('repositories', repoIndex), 'eventRules'), index);
      if (rule.method !== 'onImageScanCompleted' || rule.imageTags?.length !== 0) return [];
      return [
        validationError(
          joinPath(path, 'imageTags'),
          "EventPattern.detail.image-tags: 'EventPattern.detail.image-tags' is an empty array",
        ),
      ];
    }),
  );
}

export function entityValidationErrors(design: Design, tree: ConstructTree): Finding[] {
  return [...keyErrors(design, tree), ...ruleErrors(design)];
}
