/** The statements of the registry's constructs, after the repositories, in the schema's order. */
import type { Design } from '../../design/designSchema';
import { creationTemplateStatements } from './buildCreationTemplates';
import type { Statement } from './model';
import type { VariableNames } from './variableNames';

export function registryStatements(design: Design, names: VariableNames): Statement[] {
  return [...creationTemplateStatements(design, names)];
}
