/**
 * The checks of the stack's outputs and description: what CfnOutput's node validation and the
 * merge of the Outputs section refuse (CDK's own text, core/lib/cfn-output.js, stack.js), and
 * what CloudFormation refuses at deploy (its quotas: 200 outputs a template, a Description of at
 * most 1024 bytes; export names unique in a region).
 */
import type { ConstructTree } from '../cdk/constructTree';
import type { Design } from '../design/designSchema';
import { maxOutputs } from '../design/outputSchema';
import { type Finding, FindingCode } from '../findings';
import { deployError } from './lifecycleDeploy';
import { synthError } from './phaseFindings';
import { utf8Length } from './templateLimits';

const outputNodes = (tree: ConstructTree) => tree.children.filter((n) => n.kind === 'output');

/** CfnOutput.validateOutput's errors for an export name, in its order. */
function exportNameMessages(name: string): string[] {
  const messages: string[] = [];
  if (name.length === 0) messages.push('Export name cannot be empty');
  if (name.length > 255)
    messages.push(`Export name cannot exceed 255 characters (got ${name.length} characters)`);
  if (!/^[A-Za-z0-9-:]*$/.test(name))
    messages.push(
      `Export name must only include alphanumeric characters, colons, or hyphens (got '${name}')`,
    );
  return messages;
}

/** Synth phase, node validations: the outputs come last in the construct tree. */
export function outputNodeValidation(design: Design, tree: ConstructTree): Finding[] {
  return outputNodes(tree).flatMap((node) => {
    const name = design.outputs![node.index]!.exportName;
    if (name === undefined) return [];
    return exportNameMessages(name).map((message) =>
      synthError(FindingCode.exportNameInvalid, [...node.designPath, 'exportName'], message),
    );
  });
}

/** Synth phase, the merge: a second output of one logical ID (the outputs merge after the resources). */
export function duplicateOutputErrors(tree: ConstructTree): Finding[] {
  const seen = new Set<string>();
  const duplicate = outputNodes(tree).find(
    (n) => seen.has(n.logicalId!) || !seen.add(n.logicalId!),
  );
  if (!duplicate) return [];
  return [
    synthError(
      FindingCode.outputLogicalIdNotUnique,
      [...duplicate.designPath, 'id'],
      `section 'Outputs' already contains '${duplicate.logicalId}'`,
    ),
  ];
}

/** Deploy phase: what CloudFormation refuses of the outputs and the description. */
export function outputDeployErrors(design: Design): Finding[] {
  const findings: Finding[] = [];
  const outputs = design.outputs ?? [];
  if (outputs.length > maxOutputs)
    findings.push(
      deployError(
        FindingCode.tooManyOutputs,
        ['outputs', maxOutputs],
        `CloudFormation allows at most ${maxOutputs} outputs in a template; this one has ${outputs.length}`,
      ),
    );
  const exported = new Set<string>();
  outputs.forEach((output, index) => {
    const name = output.exportName;
    if (name === undefined) return;
    if (exported.has(name))
      findings.push(
        deployError(
          FindingCode.exportNameDuplicate,
          ['outputs', index, 'exportName'],
          `another output exports '${name}'; CloudFormation needs export names unique in the account and region`,
        ),
      );
    exported.add(name);
  });
  const description = design.stackDescription;
  if (description !== undefined && utf8Length(description) > 1024)
    findings.push(
      deployError(
        FindingCode.stackDescriptionTooLong,
        ['stackDescription'],
        `CloudFormation allows a template Description of at most 1024 bytes; this one has ${utf8Length(description)}`,
      ),
    );
  return findings;
}
