/**
 * render(design): the outputs and every finding of a design, as plain data. It is renderBase
 * (findings, template, repositories) and printOutputs (the texts) together; the app calls the
 * two apart, so as to load the printers on demand (loadPrinters).
 */
import type { Design } from '../design/designSchema';
import { type OutputName, printOutputs } from './printOutputs';
import { type BaseRenderResult, renderBase } from './renderBase';

export type { OutputName } from './printOutputs';
export { outputNames } from './printOutputs';
export type { BaseRenderResult, RepositoryOutputs } from './renderBase';

export interface RenderResult extends BaseRenderResult {
  /** Always produced: the code is valid TypeScript even when CDK would throw on it. */
  cdkTypescript: string;
  /** The same stack in CDK Python, checked against jsii-rosetta's translation of the TypeScript. */
  cdkPython: string;
  /** Present only when aws-cdk-lib would synthesize the design. */
  cfnJson?: string;
  cfnYaml?: string;
}

export interface RenderOptions {
  /**
   * The texts to print, all by default: a caller that shows one asks for that one. Findings,
   * the template and the repositories' outputs always come.
   */
  outputs?: readonly OutputName[];
}

/** A render of some of the texts: those not asked for are undefined. */
export type PartialRenderResult = Omit<RenderResult, 'cdkTypescript' | 'cdkPython'> &
  Partial<Pick<RenderResult, 'cdkTypescript' | 'cdkPython'>>;

/**
 * Renders the outputs of a parsed design; user mistakes come back as findings. Sample images
 * change no output and were checked when they were read: the render leaves them out, so a
 * keystroke never walks 100,000 of them. Designs are values: an edit makes new objects for
 * what it changes (as the app's reducer does), and the render keeps its work on the rest.
 */
export function render(design: Design): RenderResult;
export function render(design: Design, options: RenderOptions): PartialRenderResult;
export function render(design: Design, options: RenderOptions = {}): PartialRenderResult {
  const { findings, template, repositories } = renderBase(design);
  const texts = printOutputs(design, template, options.outputs);
  return {
    findings,
    cdkTypescript: texts.cdkTypescript,
    cdkPython: texts.cdkPython,
    template,
    cfnJson: texts.cfnJson,
    cfnYaml: texts.cfnYaml,
    repositories,
  };
}
