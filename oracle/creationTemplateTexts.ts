/**
 * The JSON strings of a design's creation templates as the engine's template holds them: per
 * AWS::ECR::RepositoryCreationTemplate in template order, its LifecyclePolicy and
 * RepositoryPolicy (those it has, in that order, as the generated code passes them).
 */
import { type Design, render } from '../engine/index';

export function creationTemplateTexts(design: Design): string[][] | undefined {
  const resources = render(design).template?.Resources;
  if (resources === undefined) return undefined;
  return Object.values(resources as Record<string, { Type: string; Properties?: object }>)
    .filter((resource) => resource.Type === 'AWS::ECR::RepositoryCreationTemplate')
    .map((resource) => {
      const { LifecyclePolicy, RepositoryPolicy } = resource.Properties as Record<string, unknown>;
      return [LifecyclePolicy, RepositoryPolicy].filter((t): t is string => typeof t === 'string');
    });
}
