/**
 * Synthesizes the interpreter's stack in the reference setup of product.md (oracle/synthCdk.ts)
 * and reports what aws-cdk-lib did: a template, or the phase that failed and its messages.
 */
import type { Design } from '../../engine/index';
import { type SynthResult, synthWith } from '../synthCdk';
import { interpretDesign } from './build';
import { cdk } from './cdkLib';

/** product.md: `stackName` defaults to EcrStack. */
const defaultStackName = 'EcrStack';

/**
 * product.md: `stackName` names the Stack subclass, and aws-cdk-lib's messages name a scope by
 * its class (`There is already a Construct with name 'X' in EcrStack [EcrStack]`).
 */
function stackClassNamed(name: string): typeof cdk.Stack {
  const named = class extends cdk.Stack {};
  Object.defineProperty(named, 'name', { value: name });
  return named;
}

export function synthInterpreted(design: Design): SynthResult {
  const stackName = design.stackName ?? defaultStackName;
  const Stack = stackClassNamed(stackName);
  return synthWith((app) => interpretDesign(new Stack(app, stackName), design), stackName);
}
