/** The CDK Python stack module of a design, as the CDK Python documentation writes it. */
import type { Design } from '../design/designSchema';
import { printPython } from './code/printPython';
import { stackCode } from './code/stackCode';

/** One CDK Python module defining the stack class. */
export function renderCdkPython(design: Design): string {
  return printPython(stackCode(design));
}
