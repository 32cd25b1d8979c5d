/** Layout helpers for generated Python. */
import { pyString } from './pyLiteral';

export const lineWidth = 100;

export type Arg = [name: string, code: string];

export const pyBool = (value: boolean) => (value ? 'True' : 'False');
export const pyList = (values: readonly string[]) => `[${values.map(pyString).join(', ')}]`;

/** `call(a, b=1)` on one line when it fits, else one argument per line as rosetta prints it. */
export function call(
  head: string,
  positional: readonly string[],
  args: readonly Arg[],
  indent: string,
): string {
  const all = [...positional, ...args.map(([k, v]) => `${k}=${v}`)];
  const inline = `${indent}${head}(${all.join(', ')})`;
  if (inline.length <= lineWidth && !inline.includes('\n')) return inline;
  const inner = `${indent}    `;
  const first = positional.length > 0 ? `${positional.join(', ')},` : '';
  return `${indent}${head}(${first}\n${args.map(([k, v]) => `${inner}${k}=${v}`).join(',\n')}\n${indent})`;
}
