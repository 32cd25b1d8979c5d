/** The CDK TypeScript stack module of a design (product.md "Outputs"). */
import type { Design } from '../design/designSchema';
import { printTypescript } from './code/printTypescript';
import { stackCode } from './code/stackCode';

/** One self-contained CDK TypeScript module exporting the stack class. */
export function renderCdkTypescript(design: Design): string {
  return printTypescript(stackCode(design));
}
