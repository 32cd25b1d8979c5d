import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parseDesign';
import { constructTree } from './constructTree';
import { registryNodesOf } from './registryNodes';

const design = parseDesign({
  version: 1,
  repositories: [{ id: 'Repository' }],
  outputs: [{ value: 'repositoryUri', id: 'Uri', repository: 'Repository' }],
  registry: {
    policy: { statements: [{ actions: ['ecr:ReplicateImage'], resources: ['*'] }] },
    pullTimeUpdateExclusions: [{ id: 'Audit', principalArn: 'arn:aws:iam::123456789012:role/a' }],
    signing: { id: 'Sign-ing', rules: [] },
    scanning: { scanType: 'BASIC', rules: [], logicalId: 'KeptScanning' },
    pullThroughCacheRules: [{ id: 'Cache' }, { id: 'Other' }],
    replication: { rules: [] },
    creationTemplates: [{ id: 'Root', prefix: 'ROOT', appliedFor: ['REPLICATION'] }],
  },
}).design!;

describe('the registry nodes of the construct tree', () => {
  const tree = constructTree(design);

  it('come after the repositories and before the outputs, in the schema’s order', () => {
    expect(tree.children.map((node) => node.kind)).toEqual([
      'repository',
      'creationTemplate',
      'replication',
      'pullThroughCacheRule',
      'pullThroughCacheRule',
      'scanning',
      'signing',
      'pullTimeUpdateExclusion',
      'registryPolicy',
      'output',
    ]);
  });

  it('take the default ids of singletons, their own ids, and kept logical IDs', () => {
    expect(registryNodesOf(tree.children).map((node) => [node.id, node.logicalId])).toEqual([
      ['Root', 'Root'],
      ['Replication', 'Replication'],
      ['Cache', 'Cache'],
      ['Other', 'Other'],
      ['ScanningConfiguration', 'KeptScanning'],
      ['Sign-ing', 'Signing'],
      ['Audit', 'Audit'],
      ['RegistryPolicy', 'RegistryPolicy'],
    ]);
  });

  it('point at their design entries', () => {
    expect(registryNodesOf(tree.children).map((node) => node.designPath)).toEqual([
      ['registry', 'creationTemplates', 0],
      ['registry', 'replication'],
      ['registry', 'pullThroughCacheRules', 0],
      ['registry', 'pullThroughCacheRules', 1],
      ['registry', 'scanning'],
      ['registry', 'signing'],
      ['registry', 'pullTimeUpdateExclusions', 0],
      ['registry', 'policy'],
    ]);
  });
});
