import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ConstructNode,
  constructOrder,
  constructTree,
  type Design,
  formatPath,
  render,
} from '../index';

const fixture = (name: string): Design =>
  JSON.parse(readFileSync(new URL(`../fixtures/entities/${name}`, import.meta.url), 'utf8'));

/** Every node depth first, as `kind path (logical ID) <- design path`. */
function lines(nodes: readonly ConstructNode[]): string[] {
  return nodes.flatMap((node) => [
    `${node.kind} ${node.path.join('/')}${node.logicalId ? ` (${node.logicalId})` : ''} <- ${formatPath(node.designPath)}`,
    ...lines(node.children),
  ]);
}

describe('constructTree', () => {
  it('holds every construct once, in creation order, with paths, logical IDs and design paths', () => {
    expect(lines(constructTree(fixture('every-entity.json')).children)).toEqual([
      'key PlatformStack/Key <- keys[0]',
      'resource PlatformStack/Key/Resource (Key961B73FD) <- keys[0]',
      'alias PlatformStack/Key/Alias <- keys[0]',
      'resource PlatformStack/Key/Alias/Resource (KeyAlias910D852D) <- keys[0]',
      'user PlatformStack/CiUser <- principals[0]',
      'resource PlatformStack/CiUser/Resource (CiUser0C9BC928) <- principals[0]',
      'defaultPolicy PlatformStack/CiUser/DefaultPolicy <- principals[0]',
      'resource PlatformStack/CiUser/DefaultPolicy/Resource (CiUserDefaultPolicy433882B0) <- principals[0]',
      'role PlatformStack/TaskRole <- principals[1]',
      'resource PlatformStack/TaskRole/Resource (TaskRole30FC0FBB) <- principals[1]',
      'defaultPolicy PlatformStack/TaskRole/DefaultPolicy <- principals[1]',
      'resource PlatformStack/TaskRole/DefaultPolicy/Resource (TaskRoleDefaultPolicy07FC53DE) <- principals[1]',
      'role PlatformStack/DeployRole <- principals[2]',
      'resource PlatformStack/DeployRole/Resource (DeployRole885297C3) <- principals[2]',
      'importedRole PlatformStack/ExistingRole <- principals[3]',
      'topic PlatformStack/Findings <- topics[0]',
      'resource PlatformStack/Findings/Resource (Findings172CF60E) <- topics[0]',
      'topicPolicy PlatformStack/Findings/Policy <- topics[0]',
      'resource PlatformStack/Findings/Policy/Resource (FindingsPolicyFF3874D5) <- topics[0]',
      'queue PlatformStack/Pushes <- queues[0]',
      'resource PlatformStack/Pushes/Resource (PushesFDBAE1A7) <- queues[0]',
      'queuePolicy PlatformStack/Pushes/Policy <- queues[0]',
      'resource PlatformStack/Pushes/Policy/Resource (PushesPolicyF36C2E71) <- queues[0]',
      'importedFunction PlatformStack/Notifier <- functions[0]',
      'repository PlatformStack/Repository <- repositories[0]',
      'resource PlatformStack/Repository/Resource (Repository22E53BBD) <- repositories[0]',
      'eventRule PlatformStack/Repository/ImageScanComplete <- repositories[0].eventRules[0]',
      'resource PlatformStack/Repository/ImageScanComplete/Resource (RepositoryImageScanComplete3F87F580) <- repositories[0].eventRules[0]',
      'permission PlatformStack/Repository/ImageScanComplete/AllowEventRulePlatformStackNotifierDCC6E420 (RepositoryImageScanCompleteAllowEventRulePlatformStackNotifierDCC6E420A51FDCD8) <- functions[0]',
      'eventRule PlatformStack/Repository/Pushed <- repositories[0].eventRules[1]',
      'resource PlatformStack/Repository/Pushed/Resource (RepositoryPushedBC1B679A) <- repositories[0].eventRules[1]',
    ]);
  });

  it('gives the template its resources, in its order', () => {
    for (const name of [
      'every-entity.json',
      'grant-overflow.json',
      'principal-imported-role.json',
    ]) {
      const design = fixture(name);
      const ids = lines(constructTree(design).children).flatMap((line) => {
        const id = /\((\w+)\)/.exec(line)?.[1];
        return id ? [id] : [];
      });
      expect(ids, name).toEqual(Object.keys(render(design).template?.Resources ?? {}));
    }
  });

  it('puts the stack children of each design list in constructOrder', () => {
    const lists = constructTree(fixture('every-entity.json')).children.map(
      (node) => node.designPath[0],
    );
    expect([...new Set(lists)]).toEqual([...constructOrder]);
  });

  it('lists an AccountPrincipal or AnyPrincipal in its place among its entries, not among its children', () => {
    const tree = constructTree({
      version: 1,
      principals: [
        { type: 'User', id: 'Ci' },
        { type: 'AnyPrincipal', id: 'Anyone' },
        { type: 'AccountPrincipal', id: 'Ci', accountId: '123456789012' },
        { type: 'Role', id: 'Task', assumedBy: { service: 'ecs-tasks.amazonaws.com' } },
      ],
      repositories: [{ id: 'Repo' }],
    });
    expect(
      tree.entries.map((entry) => [entry.kind, entry.id, formatPath(entry.designPath)]),
    ).toEqual([
      ['user', 'Ci', 'principals[0]'],
      ['principalValue', 'Anyone', 'principals[1]'],
      ['principalValue', 'Ci', 'principals[2]'],
      ['role', 'Task', 'principals[3]'],
      ['repository', 'Repo', 'repositories[0]'],
    ]);
    expect(tree.children.map((node) => node.id)).toEqual(['Ci', 'Task', 'Repo']);
  });

  it('stores ids as the constructs library does, and gives an imported role its policy', () => {
    const tree = constructTree({
      version: 1,
      principals: [
        { type: 'Role.fromRoleArn', id: 'a/b', roleArn: 'arn:aws:iam::123456789012:role/r' },
      ],
      repositories: [{ id: 'Repo' }],
      grants: [{ principal: 'a/b', repository: 'Repo', grant: 'grantPull' }],
    });
    const role = tree.children[0]!;
    expect(role.id).toBe('a/b');
    expect(role.path).toEqual(['EcrStack', 'a--b']);
    expect(role.children.map((c) => [c.kind, c.id, c.children[0]?.logicalId])).toEqual([
      ['importedRolePolicy', 'PolicyEcrStackabA3DA73B6', 'abPolicyEcrStackabA3DA73B6E2881487'],
    ]);
  });
});
