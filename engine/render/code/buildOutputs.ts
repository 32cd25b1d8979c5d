/**
 * The statements of the stack's description and outputs: `this.templateOptions.description = …`
 * first in the constructor, `new CfnOutput(this, id, { value, description, exportName })` last.
 * An output whose entity does not resolve is left out (the design has an error for it).
 */
import type { Design, OutputDesign } from '../../design/designSchema';
import {
  assign,
  type Expression,
  ifSet,
  newOf,
  property,
  type Statement,
  scope,
  statement,
  str,
  struct,
  variable,
} from './model';
import type { VariableNames } from './variableNames';

/** The stack's description, set on its template options. */
export function descriptionStatements(design: Design): Statement[] {
  if (design.stackDescription === undefined) return [];
  const target = property(property(scope, 'templateOptions'), 'description');
  return [assign(target, str(design.stackDescription))];
}

/** The variable of the entity the output exports an attribute of. */
function ownerVariable(output: OutputDesign, names: VariableNames): string | undefined {
  switch (output.value) {
    case 'keyArn':
      return names.keys.get(output.key);
    case 'topicArn':
      return names.topics.get(output.topic);
    default:
      return names.repositories.get(output.repository);
  }
}

function outputStatement(output: OutputDesign, names: VariableNames): Statement[] {
  const owner = ownerVariable(output, names);
  if (owner === undefined) return [];
  const value: Expression = property(variable(owner), output.value);
  const props = struct({
    value,
    description: ifSet(output.description, str),
    exportName: ifSet(output.exportName, str),
  });
  return [statement(newOf('core', 'CfnOutput', scope, str(output.id), props))];
}

export function outputStatements(design: Design, names: VariableNames): Statement[] {
  return (design.outputs ?? []).flatMap((output) => outputStatement(output, names));
}
