/**
 * Every DeletionPolicy × UpdateReplacePolicy pair a template can hold (either left out) comes
 * back through the import as the fields that render exactly that pair, with the repository's and
 * the key's logical IDs kept and no warning that the deployment replaces them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyPairs, templateWith } from '../../oracle/resourcePolicyTemplates';
import { analyzeDesign } from '../analyzeDesign';
import type { Design } from '../design/designSchema';
import { FindingCode } from '../findings';
import { render } from '../render/render';
import { importText } from './importTemplate';

const attributesOf = (resource: Record<string, unknown> | undefined) => ({
  UpdateReplacePolicy: resource?.UpdateReplacePolicy,
  DeletionPolicy: resource?.DeletionPolicy,
});

describe('the import of DeletionPolicy and UpdateReplacePolicy', () => {
  it.each(
    policyPairs.flatMap((pair) => [
      { ...pair, empty: false },
      { ...pair, empty: true },
    ]),
  )(
    'DeletionPolicy $deletion, UpdateReplacePolicy $update (EmptyOnDelete $empty) renders exactly them',
    ({ deletion, update, empty }) => {
      const template = templateWith(deletion, update, empty);
      const imported = importText(JSON.stringify(template));
      expect(imported.findings).toEqual([]);
      const repository = imported.design!.repositories[0]!;
      expect(repository.logicalId).toBe('EcrRepository');
      // The template as written even where CDK refuses it (render's outputs are then empty).
      const analysis = analyzeDesign(imported.design!);
      const resources = analysis.template.Resources as Record<string, Record<string, unknown>>;
      expect(Object.keys(resources)).toEqual(['EcrRepository']);
      expect(attributesOf(resources.EcrRepository)).toEqual(
        attributesOf(template.Resources.EcrRepository),
      );
      // CloudFormation's and CDK's refusals show on the design, where the attribute is set.
      const refused =
        deletion === 'Snapshot' || update === 'Snapshot' || update === 'RetainExceptOnCreate';
      expect(analysis.findings.some((f) => f.code === FindingCode.resourcePolicyUnsupported)).toBe(
        refused,
      );
    },
  );

  it('names a value CloudFormation does not know, and keeps the default for it', () => {
    const imported = importText(JSON.stringify(templateWith('Keep', 'Retain')));
    expect(imported.findings.map((f) => f.code)).toEqual([FindingCode.removalPolicyUnknown]);
    expect(imported.findings[0]!.path).toEqual(['Resources', 'EcrRepository', 'DeletionPolicy']);
  });
});

describe('the import of a hand-written template', () => {
  const text = readFileSync(
    new URL('../fixtures/templates/hand-written-registry.yaml', import.meta.url),
    'utf8',
  );

  it('keeps every logical ID, with no warning that the deployment replaces a resource', () => {
    const { design, findings } = importText(text);
    expect(findings.filter((f) => f.code === FindingCode.logicalIdChanges)).toEqual([]);
    expect(design!.repositories.map((r) => [r.id, r.logicalId])).toEqual([
      ['EcrRepository', 'EcrRepository'],
      ['WorkerRepository', 'WorkerRepository'],
      ['BuildCacheRepository', 'BuildCacheRepository'],
    ]);
    expect(design!.keys).toEqual([
      {
        id: 'EcrKmsKey',
        logicalId: 'EcrKmsKey',
        alias: 'alias/payments-ecr',
        aliasLogicalId: 'EcrKmsKeyAlias',
        description: 'Encrypts the payments images',
        enableKeyRotation: true,
      },
    ]);
    expect(design!.repositories[0]!.eventRules).toEqual([
      {
        id: 'ScanFindingsRule',
        logicalId: 'ScanFindingsRule',
        method: 'onImageScanCompleted',
        description: 'Scan results of the API images',
      },
    ]);
    const resources = JSON.parse(render(design!).cfnJson!).Resources;
    expect(Object.keys(resources)).toEqual([
      'EcrKmsKey',
      'EcrKmsKeyAlias',
      'EcrRepository',
      'ScanFindingsRule',
      'WorkerRepository',
      'BuildCacheRepository',
    ]);
    expect(attributesOf(resources.EcrRepository)).toEqual({
      UpdateReplacePolicy: undefined,
      DeletionPolicy: 'Retain',
    });
    expect(attributesOf(resources.WorkerRepository)).toEqual({
      UpdateReplacePolicy: undefined,
      DeletionPolicy: 'Delete',
    });
    expect(attributesOf(resources.BuildCacheRepository)).toEqual({
      UpdateReplacePolicy: undefined,
      DeletionPolicy: undefined,
    });
  });

  it('is exact: the design renders every resource as written, key order and short forms aside', () => {
    expect(importText(text).findings).toEqual([]);
  });
});

describe('the import of kept logical IDs', () => {
  const design = JSON.parse(
    readFileSync(new URL('../fixtures/entities/kept-logical-ids.json', import.meta.url), 'utf8'),
  ) as Design;

  it('keeps the IDs of event rules, their Lambda permissions and the policies below users, roles, topics and queues', () => {
    const rendered = render(design);
    const { design: imported, findings } = importText(rendered.cfnJson!);
    expect(findings.filter((f) => f.code === FindingCode.logicalIdChanges)).toEqual([]);
    expect(imported!.principals!.map((p) => 'policyLogicalId' in p && p.policyLogicalId)).toEqual([
      'BuildUserPolicy',
      'DeployRolePolicy',
      'CiRolePolicy',
    ]);
    expect(imported!.topics![0]!.policyLogicalId).toBe('AlertsTopicPolicy');
    expect(imported!.queues![0]!.policyLogicalId).toBe('JobsQueuePolicy');
    expect(imported!.repositories.map((r) => r.eventRules?.map((rule) => rule.logicalId))).toEqual([
      ['ScanRule'],
      ['PushRule'],
      ['AnyEventRule'],
    ]);
    // Kept where the template's permission ID is not the one the design derives: a kept one,
    // and a derived one whose rule's construct id the template does not tell (its ID is kept).
    const targets = imported!.repositories.map((r) => r.eventRules![0]!.targets);
    expect(targets.map((list) => list?.map((t) => t.permissionLogicalId))).toEqual([
      [undefined, undefined],
      [undefined, 'NotifyPushPermission'],
      ['PlainAnyAllowEventRuleEcrStackNotifier06CED1BFA031F1AD'],
    ]);
    expect(render(imported!).cfnJson).toBe(rendered.cfnJson);
  });
});
