/** Layout helpers for generated TypeScript. */
import { tsString } from './tsLiteral';

export const lineWidth = 100;

/** Names the generated module may not use for variables: its imports and the constructor's. */
export const scopeNames = [
  'ecr',
  'iam',
  'kms',
  'sns',
  'sqs',
  'lambda',
  'targets',
  'Duration',
  'RemovalPolicy',
  'Stack',
  'StackProps',
  'Tags',
  'Construct',
  'scope',
  'id',
  'props',
];

export type Prop = [name: string, code: string];

export function list(
  values: readonly string[],
  render: (value: string) => string = tsString,
): string {
  return `[${values.map(render).join(', ')}]`;
}

/** `{ a: 1, b: 2 }` on one line when it fits, else one property per line. */
export function objectLiteral(
  props: readonly Prop[],
  indent: string,
  prefixLength: number,
): string {
  const inline = `{ ${props.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  if (prefixLength + inline.length + 2 <= lineWidth && !inline.includes('\n')) return inline;
  const inner = `${indent}  `;
  return `{\n${props.map(([k, v]) => `${inner}${k}: ${v},\n`).join('')}${indent}}`;
}
