/** The CloudFormation template aws-cdk-lib synthesizes for an analyzed design. */
import type { DesignAnalysis } from '../analyzeDesign';
import { bootstrapParameters, bootstrapRules } from '../cdk/bootstrap';
import { type CfnResource, repositoryResource } from '../cdk/repositoryResource';

export interface CfnTemplate {
  Resources?: Record<string, CfnResource>;
  Parameters: typeof bootstrapParameters;
  Rules: typeof bootstrapRules;
}

export function buildTemplate(analysis: DesignAnalysis): CfnTemplate {
  const resources = Object.fromEntries(
    analysis.repositories.map((r) => [r.logicalId, repositoryResource(r.repository, r.policyText)]),
  );
  const template: CfnTemplate = { Parameters: bootstrapParameters, Rules: bootstrapRules };
  return Object.keys(resources).length > 0 ? { Resources: resources, ...template } : template;
}
