/**
 * printOutputs: the texts of a render (CDK TypeScript and Python, template JSON and YAML), each
 * only when it is asked for. The printers are most of what the render's code weighs, so the app
 * loads this module on demand (loadPrinters) and prints only the text on screen.
 */
import type { CfnTemplate } from '../cdk/template';
import { templateJson } from '../cdk/templateJson';
import { withoutSampleImages } from '../design/designImages';
import type { Design } from '../design/designSchema';
import { printPython } from './code/printPython';
import { printTypescript } from './code/printTypescript';
import { stackCode } from './code/stackCode';
import { templateYaml } from './templateYaml';

/** The texts render prints, each only when it is asked for. */
export const outputNames = ['cdkTypescript', 'cdkPython', 'cfnJson', 'cfnYaml'] as const;
export type OutputName = (typeof outputNames)[number];

/** The texts asked for; the others are undefined, and so are the template's without a template. */
export type PrintedOutputs = Partial<Record<OutputName, string>>;

/**
 * The texts `outputs` names (all by default) of a design and of its template as renderBase gave
 * it (undefined when CDK would not synthesize the design: the code is printed all the same).
 */
export function printOutputs(
  withImages: Design,
  template: CfnTemplate | undefined,
  outputs: readonly OutputName[] = outputNames,
): PrintedOutputs {
  const wanted = new Set(outputs);
  const design = withoutSampleImages(withImages);
  // One statement model for both languages.
  const code =
    wanted.has('cdkTypescript') || wanted.has('cdkPython') ? stackCode(design) : undefined;
  const printed = (name: OutputName, print: () => string) =>
    wanted.has(name) ? print() : undefined;
  return {
    cdkTypescript: code && printed('cdkTypescript', () => printTypescript(code)),
    cdkPython: code && printed('cdkPython', () => printPython(code)),
    cfnJson: template && printed('cfnJson', () => `${templateJson(template, 2)}\n`),
    cfnYaml: template && printed('cfnYaml', () => templateYaml(template)),
  };
}
