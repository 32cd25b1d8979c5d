/**
 * What a template holds that the import leaves out: other sections, and resources it does not
 * read. Outputs and Description are importOutputs.ts's, which warns of what it leaves out.
 */
import { isPlainObject } from '../design/schemaKit';
import { designWarning, type Finding, FindingCode } from '../findings';
import type { ImportedEntities } from './importedEntities';
import { referencedLogicalId } from './templateValues';

/** What CDK's default synthesizer adds, by section; regenerated on render, so not reported. */
const bootstrapParts: Record<string, string> = {
  Parameters: 'BootstrapVersion',
  Rules: 'CheckBootstrapVersion',
  Resources: 'CDKMetadata',
  Conditions: 'CDKMetadataAvailable',
};
export const isBootstrapPart = (section: string, name: string) => bootstrapParts[section] === name;

export function reportOtherSections(template: Record<string, unknown>, findings: Finding[]): void {
  for (const [section, value] of Object.entries(template)) {
    if (
      section === 'Resources' ||
      section === 'AWSTemplateFormatVersion' ||
      section === 'Description' ||
      section === 'Outputs'
    )
      continue;
    const names = isPlainObject(value) ? Object.keys(value) : [];
    for (const name of names.length > 0 ? names : ['']) {
      if (!isBootstrapPart(section, name))
        findings.push(
          designWarning(
            FindingCode.sectionLeftOut,
            name ? [section, name] : [section],
            `${section} are not part of the design format; left out`,
          ),
        );
    }
  }
}

/** Topic and queue policies are regenerated from event targets, so they are not reported. */
function isTargetPolicy(resource: Record<string, unknown>, entities: ImportedEntities): boolean {
  const props = isPlainObject(resource.Properties) ? resource.Properties : {};
  const owners = [
    ...(Array.isArray(props.Topics) ? props.Topics : []),
    ...(Array.isArray(props.Queues) ? props.Queues : []),
  ];
  return (
    (resource.Type === 'AWS::SNS::TopicPolicy' || resource.Type === 'AWS::SQS::QueuePolicy') &&
    owners.length > 0 &&
    owners.every((owner) => entities.idOf.has(referencedLogicalId(owner) ?? ''))
  );
}

export function reportLeftOut(
  resources: Record<string, Record<string, unknown>>,
  entities: ImportedEntities,
  findings: Finding[],
): void {
  for (const [logicalId, resource] of Object.entries(resources)) {
    const path = ['Resources', logicalId];
    if (
      resource.Type === 'AWS::ECR::Repository' ||
      entities.handled.has(logicalId) ||
      isBootstrapPart('Resources', logicalId) ||
      isTargetPolicy(resource, entities)
    )
      continue;
    const type = String(resource.Type);
    const hint =
      type.startsWith('Custom::ECRAutoDeleteImages') || type === 'AWS::Lambda::Function'
        ? ' (autoDeleteImages is deprecated: emptyOnDelete replaces it)'
        : '';
    const what =
      type === 'AWS::IAM::Policy'
        ? 'grants (identity policies) cannot be imported yet'
        : `${type} cannot be imported`;
    findings.push(designWarning(FindingCode.resourceLeftOut, path, `${what}; left out${hint}`));
  }
}
