/** The CloudFormation template aws-cdk-lib synthesizes for an analyzed design. */
import type { DesignAnalysis } from '../analyzeDesign';
import { bootstrapParameters, bootstrapRules } from '../cdk/bootstrap';
import {
  keyArnOf,
  keyResources,
  principalResources,
  queueResources,
  type ResourceEntry,
  topicResources,
} from '../cdk/entityResources';
import { eventRuleResources } from '../cdk/eventRuleResources';
import { repositoryResource } from '../cdk/repositoryResource';
import { renderPolicyDocument } from '../iam/policyDocument';

export interface CfnTemplate {
  /** Each resource: Type, Properties, DependsOn, UpdateReplacePolicy, DeletionPolicy. */
  Resources?: Record<string, object>;
  Parameters: typeof bootstrapParameters;
  Rules: typeof bootstrapRules;
}

/** A resource with the design path of the entity that creates it. */
export type PlacedResource = [logicalId: string, resource: object, path: string];

const at = (path: string) => (entries: ResourceEntry[]) =>
  entries.map(([id, resource]): PlacedResource => [id, resource, path]);

/** Resources in construct-tree order: keys, principals, topics, queues, repositories (with their rules). */
export function stackResources(analysis: DesignAnalysis): PlacedResource[] {
  const { design, policies, stackName } = analysis;
  const repositoryEntries = analysis.repositories.flatMap((r, index): PlacedResource[] => {
    const keyDesign = design.keys?.find((k) => k.id === r.repository.encryptionKey);
    const statements = policies.repositories[index] ?? [];
    const links = {
      kmsKey: keyDesign && keyArnOf(keyDesign),
      policyDocument: statements.length > 0 ? renderPolicyDocument(statements) : undefined,
    };
    return at(r.path)([
      [r.logicalId, repositoryResource(r.repository, r.policyText, links)],
      ...eventRuleResources(design, r.repository, stackName),
    ]);
  });
  return [
    ...(design.keys ?? []).flatMap((k, i) => at(`keys[${i}]`)(keyResources(k))),
    ...(design.principals ?? []).flatMap((p, i) =>
      at(`principals[${i}]`)(principalResources(p, policies.identity.get(p.id), stackName)),
    ),
    ...(design.topics ?? []).flatMap((t, i) =>
      at(`topics[${i}]`)(topicResources(t.id, policies.topics.get(t.id))),
    ),
    ...(design.queues ?? []).flatMap((q, i) =>
      at(`queues[${i}]`)(queueResources(q.id, policies.queues.get(q.id))),
    ),
    ...repositoryEntries,
  ];
}

/** The template of placed resources: Resources (when there are any), then the bootstrap sections. */
export function templateOf(placed: readonly PlacedResource[]): CfnTemplate {
  const resources = Object.fromEntries(placed.map(([id, r]) => [id, r]));
  const template: CfnTemplate = { Parameters: bootstrapParameters, Rules: bootstrapRules };
  return Object.keys(resources).length > 0 ? { Resources: resources, ...template } : template;
}

export function buildTemplate(analysis: DesignAnalysis): CfnTemplate {
  return templateOf(stackResources(analysis));
}
