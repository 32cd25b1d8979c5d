/** CloudFormation validation failures (see cfnValidation.ts) that keys and event rules can hit. */
import type { Design } from '../design/designSchema';
import { type Finding, joinPath } from '../findings';
import { codePointLength, validateTags } from './cfnValidation';
import { logicalIdOf } from './logicalId';

function validationError(path: string, message: string): Finding {
  return { severity: 'error', origin: 'cdk-validate', path, message };
}

function maxLengthError(path: string, value: string | undefined, max: number): Finding[] {
  if (value === undefined || value.length <= max) return [];
  const length = codePointLength(value);
  return length > max
    ? [validationError(path, `Description: length ${length} exceeds maximum ${max}`)]
    : [];
}

function keyErrors(design: Design): Finding[] {
  const findings: Finding[] = [];
  const aliases = new Map<string, { path: string; logicalId: string }[]>();
  (design.keys ?? []).forEach((key, index) => {
    if (key.keyArn !== undefined) return;
    const path = joinPath('keys', index);
    findings.push(...maxLengthError(joinPath(path, 'description'), key.description, 8192));
    if (key.alias === undefined) return;
    const name = key.alias.startsWith('alias/') ? key.alias : `alias/${key.alias}`;
    const owner = {
      path: joinPath(path, 'alias'),
      logicalId: logicalIdOf([key.id, 'Alias', 'Resource']),
    };
    aliases.set(name, [...(aliases.get(name) ?? []), owner]);
  });
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
      const findings = maxLengthError(joinPath(path, 'description'), rule.description, 512);
      // Tags.of(repository) reaches the rules too; AWS::Events::Rule allows 128/256 characters.
      for (const { key, message } of validateTags(repo.tags, 128, 256)) {
        const tagPath = joinPath(joinPath('repositories', repoIndex), 'tags');
        findings.push(
          validationError(key === undefined ? tagPath : joinPath(tagPath, key), message),
        );
      }
      if (rule.method === 'onImageScanCompleted' && rule.imageTags?.length === 0) {
        findings.push(
          validationError(
            joinPath(path, 'imageTags'),
            "EventPattern.detail.image-tags: 'EventPattern.detail.image-tags' is an empty array",
          ),
        );
      }
      return findings;
    }),
  );
}

export function entityValidationErrors(design: Design): Finding[] {
  return [...keyErrors(design), ...ruleErrors(design)];
}
