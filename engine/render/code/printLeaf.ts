/** The expressions without parts, printed alike in both languages but for their words. */
import type { Expression } from './model';
import { typeName, type Uses } from './printContext';

/** How a language writes the expressions that hold no other expression. */
export interface Lexicon {
  string: (value: string) => string;
  boolean: (value: boolean) => string;
  scope: string;
  /** A variable, property or method name, from CDK's camelCase. */
  name: (camelCase: string) => string;
}

export type Leaf = Expression & {
  kind: 'string' | 'boolean' | 'number' | 'enum' | 'scope' | 'variable' | 'type';
};

export function printLeaf(e: Leaf, lexicon: Lexicon, uses: Uses): string {
  switch (e.kind) {
    case 'string':
      return lexicon.string(e.value);
    case 'boolean':
      return lexicon.boolean(e.value);
    case 'number':
      return String(e.value);
    case 'enum':
      return `${typeName(e.type, uses)}.${e.member}`;
    case 'scope':
      return lexicon.scope;
    case 'variable':
      return lexicon.name(e.name);
    case 'type':
      return typeName(e.type, uses);
  }
}
