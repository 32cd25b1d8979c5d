/**
 * Design-format checks across entities: references by id must resolve, and a few shapes the
 * schema cannot express (exactly one target kind, keyArn alone). Findings, never exceptions.
 */
import type { FieldPath } from '../fieldPath';
import { designError, type Finding, FindingCode } from '../findings';
import type { Design, RepositoryDesign } from './designSchema';
import type { EventRuleDesign, PolicyStatementDesign } from './entitySchemas';
import { registryReferenceErrors } from './registryReferences';

function idsOf(entities: readonly { id: string }[] | undefined): Set<string> {
  return new Set((entities ?? []).map((e) => e.id));
}

interface Known {
  keys: Set<string>;
  principals: Set<string>;
  topics: Set<string>;
  queues: Set<string>;
  functions: Set<string>;
  repositories: Set<string>;
}

function missing(path: FieldPath, what: string, id: string): Finding {
  return designError(FindingCode.unknownReference, path, `unknown ${what} '${id}'`);
}

function keyErrors(design: Design): Finding[] {
  return (design.keys ?? []).flatMap((key, index) => {
    const extra = ['alias', 'description', 'enableKeyRotation', 'removalPolicy'].filter(
      (field) => key.keyArn !== undefined && (key as Record<string, unknown>)[field] !== undefined,
    );
    return extra.map((field) =>
      designError(
        FindingCode.importedKeyProps,
        ['keys', index, field],
        'an imported key (keyArn) takes no other props',
      ),
    );
  });
}

function principalErrors(design: Design): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  (design.principals ?? []).forEach((principal, index) => {
    const path = ['principals', index];
    const construct = principal.type !== 'AccountPrincipal' && principal.type !== 'AnyPrincipal';
    if (seen.has(principal.id) && !construct)
      findings.push(
        designError(
          FindingCode.principalIdDuplicate,
          [...path, 'id'],
          `another principal has the id '${principal.id}'`,
        ),
      );
    seen.add(principal.id);
    if (principal.type === 'Role') {
      const { service, account } = principal.assumedBy;
      if ((service === undefined) === (account === undefined))
        findings.push(
          designError(
            FindingCode.assumedByNotOne,
            [...path, 'assumedBy'],
            'give exactly one of service or account',
          ),
        );
    }
  });
  return findings;
}

function ruleErrors(rule: EventRuleDesign, path: FieldPath, known: Known): Finding[] {
  const findings: Finding[] = [];
  if (rule.imageTags !== undefined && rule.method !== 'onImageScanCompleted')
    findings.push(
      designError(
        FindingCode.imageTagsWithoutScan,
        [...path, 'imageTags'],
        'only onImageScanCompleted takes imageTags',
      ),
    );
  if (rule.imageTag !== undefined && rule.method !== 'onCloudTrailImagePushed')
    findings.push(
      designError(
        FindingCode.imageTagWithoutPush,
        [...path, 'imageTag'],
        'only onCloudTrailImagePushed takes imageTag',
      ),
    );
  (rule.targets ?? []).forEach((target, index) => {
    const targetPath = [...path, 'targets', index];
    const given = (['topic', 'queue', 'function'] as const).filter((k) => target[k] !== undefined);
    if (given.length !== 1) {
      findings.push(
        designError(
          FindingCode.targetKindNotOne,
          targetPath,
          'give exactly one of topic, queue or function',
        ),
      );
      return;
    }
    const kind = given[0]!;
    const id = target[kind]!;
    const pool = { topic: known.topics, queue: known.queues, function: known.functions }[kind];
    if (!pool.has(id)) findings.push(missing([...targetPath, kind], kind, id));
  });
  return findings;
}

function statementErrors(
  statement: PolicyStatementDesign,
  path: FieldPath,
  known: Known,
): Finding[] {
  return (statement.principals ?? []).flatMap((id, index) => {
    const at = [...path, 'principals', index];
    return known.principals.has(id) ? [] : [missing(at, 'principal', id)];
  });
}

function repositoryErrors(repo: RepositoryDesign, path: FieldPath, known: Known): Finding[] {
  const findings: Finding[] = [];
  if (repo.encryptionKey !== undefined && !known.keys.has(repo.encryptionKey))
    findings.push(missing([...path, 'encryptionKey'], 'key', repo.encryptionKey));
  (repo.eventRules ?? []).forEach((rule, index) => {
    findings.push(...ruleErrors(rule, [...path, 'eventRules', index], known));
  });
  (repo.resourcePolicy ?? []).forEach((statement, index) => {
    const statementPath = [...path, 'resourcePolicy', index];
    findings.push(...statementErrors(statement, statementPath, known));
  });
  return findings;
}

function grantErrors(design: Design, known: Known): Finding[] {
  return (design.grants ?? []).flatMap((grant, index) => {
    const path = ['grants', index];
    const findings: Finding[] = [];
    if ('repository' in grant && !known.repositories.has(grant.repository))
      findings.push(missing([...path, 'repository'], 'repository', grant.repository));
    if (!known.principals.has(grant.principal))
      findings.push(missing([...path, 'principal'], 'principal', grant.principal));
    return findings;
  });
}

/** Each output names an entity of its kind. */
function outputErrors(design: Design, known: Known): Finding[] {
  return (design.outputs ?? []).flatMap((output, index) => {
    const path = ['outputs', index];
    if (output.value === 'keyArn')
      return known.keys.has(output.key) ? [] : [missing([...path, 'key'], 'key', output.key)];
    if (output.value === 'topicArn')
      return known.topics.has(output.topic)
        ? []
        : [missing([...path, 'topic'], 'topic', output.topic)];
    return known.repositories.has(output.repository)
      ? []
      : [missing([...path, 'repository'], 'repository', output.repository)];
  });
}

/** Every reference and cross-field problem of a parsed design, as `design` errors. */
export function designReferenceErrors(design: Design): Finding[] {
  const known: Known = {
    keys: idsOf(design.keys),
    principals: idsOf(design.principals),
    topics: idsOf(design.topics),
    queues: idsOf(design.queues),
    functions: idsOf(design.functions),
    repositories: idsOf(design.repositories),
  };
  return [
    ...keyErrors(design),
    ...principalErrors(design),
    ...design.repositories.flatMap((repo, index) =>
      repositoryErrors(repo, ['repositories', index], known),
    ),
    ...grantErrors(design, known),
    ...outputErrors(design, known),
    ...registryReferenceErrors(design),
  ];
}
