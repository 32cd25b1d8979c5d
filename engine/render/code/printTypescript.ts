/**
 * The statement model as a CDK TypeScript module, laid out as Prettier and Biome print it at a
 * line width of 100: positional arguments stay on their line; a struct breaks into one prop per
 * line when its line would not fit; a list of calls goes one per line past its own width; a
 * chain of calls on a variable breaks before each call when it does not fit.
 */

import { lineWidth, listFits } from './lineLayout';
import {
  codeSections,
  type Expression,
  type Prop,
  type StackCode,
  type Statement,
  type Submodule,
  submodules,
} from './model';
import {
  type Context,
  modulesUsed,
  sectionPrinter,
  typeName,
  usesIn,
  usesOf,
} from './printContext';
import { type JsonLexicon, printJson } from './printJson';
import { type Lexicon, printLeaf } from './printLeaf';
import { tsString } from './typescriptString';

/** The statements' indentation, in the stack's constructor. */
export const typescriptIndent = '    ';

const typescript: Lexicon = { string: tsString, boolean: String, scope: 'this', name: (n) => n };

/**
 * The room a struct passed to these constructors may take beyond the line width (or must leave,
 * when negative). Kept so the output stays byte for byte as it was: a kms.Key's props were
 * measured without the `, ` before them, an iam.Role's with it twice.
 */
const structAllowance: Record<string, number> = { 'kms.Key': 2, 'iam.Role': -2 };

/** The column after `text`, which starts at `column`. */
const columnAfter = (column: number, text: string) =>
  text.includes('\n') ? text.length - text.lastIndexOf('\n') - 1 : column + text.length;

/** An object literal key: `__proto__` must be computed, or it would set the prototype. */
const objectKey = (key: string) => (key === '__proto__' ? `[${tsString(key)}]` : tsString(key));

const identifier = /^[A-Za-z_$][\w$]*$/;
const typescriptJson: JsonLexicon = {
  string: tsString,
  key: (key) => (identifier.test(key) && key !== '__proto__' ? key : objectKey(key)),
  literal: String,
  unit: '  ',
  trailingComma: true,
  objectPad: ' ',
};

/** Arguments from `column` on; a struct last is judged as if `);` followed it. */
function argumentList(args: readonly Expression[], column: number, ctx: Context, allowance = 0) {
  let at = column;
  return args
    .map((arg, i) => {
      const text =
        arg.kind === 'struct' ? objectLiteral(arg.props, at, ctx, allowance) : print(arg, at, ctx);
      at = columnAfter(at, `${text}, `);
      return i < args.length - 1 ? `${text}, ` : text;
    })
    .join('');
}

/** `{ a: 1, b: 2 }` on one line when it fits, else one prop per line. */
function objectLiteral(props: readonly Prop[], column: number, ctx: Context, allowance = 0) {
  const inner = { ...ctx, indent: `${ctx.indent}  ` };
  const entries = props.map(
    ([k, v]) => `${k}: ${print(v, inner.indent.length + k.length + 2, inner)}`,
  );
  const inline = `{ ${entries.join(', ')} }`;
  if (column + inline.length + 2 <= lineWidth + allowance && !inline.includes('\n')) return inline;
  return `{\n${entries.map((entry) => `${inner.indent}${entry},\n`).join('')}${ctx.indent}}`;
}

/** A list of calls goes one item per line past its width; a list of values never breaks. */
function listLiteral(items: readonly Expression[], ctx: Context): string {
  const inline = `[${items.map((item) => print(item, 0, ctx)).join(', ')}]`;
  if (listFits(items, inline, ctx.indent)) return inline;
  const inner = { ...ctx, indent: `${ctx.indent}  ` };
  const printed = items.map((item) => print(item, inner.indent.length, inner));
  return `[\n${printed.map((item) => `${inner.indent}${item},\n`).join('')}${ctx.indent}]`;
}

/** What a property or call is read from: a cast in parentheses, since `.` binds tighter than `as`. */
function receiver(e: Expression, column: number, ctx: Context): string {
  const text = print(e, column + (e.kind === 'cast' ? 1 : 0), ctx);
  return e.kind === 'cast' ? `(${text})` : text;
}

/** `e` printed from `column` on; lines it breaks onto are indented from `ctx.indent`. */
function print(e: Expression, column: number, ctx: Context): string {
  switch (e.kind) {
    case 'property':
      return `${receiver(e.object, column, ctx)}.${e.name}`;
    case 'cast':
      return `${print(e.expression, column, ctx)} as ${typeName(e.type, ctx.uses)}`;
    case 'new': {
      const type = typeName(e.type, ctx.uses);
      const head = `new ${type}(`;
      return `${head}${argumentList(e.args, column + head.length, ctx, structAllowance[type])})`;
    }
    case 'call': {
      const head = `${receiver(e.target, column, ctx)}.${e.method}(`;
      return `${head}${argumentList(e.args, columnAfter(column, head), ctx)})`;
    }
    case 'list':
      return listLiteral(e.items, ctx);
    case 'struct':
      return objectLiteral(e.props, column, ctx);
    case 'map': {
      const entries = e.entries.map(([k, v]) => `${objectKey(k)}: ${print(v, 0, ctx)}`);
      return `{ ${entries.join(', ')} }`;
    }
    case 'json':
      return `JSON.stringify(${printJson(e.value, column + 15, ctx.indent, typescriptJson)})`;
    default:
      return printLeaf(e, typescript, ctx.uses);
  }
}

/** The calls of `variable.a(...).b(...)`, innermost first, when there are two or more. */
function callChain(
  e: Expression,
): { root: string; calls: (Expression & { kind: 'call' })[] } | undefined {
  const calls: (Expression & { kind: 'call' })[] = [];
  let link = e;
  for (; link.kind === 'call'; link = link.target) calls.unshift(link);
  return link.kind === 'variable' && calls.length > 1 ? { root: link.name, calls } : undefined;
}

function printStatement(s: Statement, ctx: Context): string {
  if (s.kind === 'assign') {
    const head = `${ctx.indent}${print(s.target, ctx.indent.length, ctx)} = `;
    return `${head}${print(s.value, head.length, ctx)};`;
  }
  const head = `${ctx.indent}${s.variable === undefined ? '' : `const ${s.variable} = `}`;
  const chain = callChain(s.expression);
  if (!chain) return `${head}${print(s.expression, head.length, ctx)};`;
  let column = head.length + chain.root.length;
  const links = chain.calls.map((link) => {
    const method = `.${link.method}(`;
    const text = `${method}${argumentList(link.args, column + method.length, ctx)})`;
    column = columnAfter(column, text);
    return text;
  });
  const line = `${head}${chain.root}${links.join('')};`;
  if (line.length <= lineWidth || line.includes('\n')) return line;
  return `${head}${chain.root}\n${ctx.indent}  ${links.join(`\n${ctx.indent}  `)};`;
}

const alias = (module: Submodule) => submodules[module];

/** Statements at the constructor's indentation, one a line (or more, where they break). */
export function printTypescriptStatements(statements: readonly Statement[], uses = usesIn(alias)) {
  return statements.map((s) => printStatement(s, { indent: typescriptIndent, uses })).join('\n');
}

const printSection = sectionPrinter(alias, printTypescriptStatements);

/** The module: imports by use, the stack class, its statements in their sections. */
export function printTypescript(code: StackCode): string {
  const sections = codeSections(code).map(printSection);
  const uses = usesOf(sections, alias);
  const body = sections.map((section) => section.text).join('\n\n');
  const bare = (name: string) => name.replace('type ', '');
  const core = ['Stack', 'type StackProps', ...uses.core].sort((a, b) =>
    bare(a) < bare(b) ? -1 : 1,
  );
  const modules = modulesUsed(uses);
  return [
    `import { ${core.join(', ')} } from 'aws-cdk-lib';`,
    ...modules.map((m) => `import * as ${submodules[m]} from 'aws-cdk-lib/aws-${m}';`),
    "import type { Construct } from 'constructs';",
    '',
    `export class ${code.className} extends Stack {`,
    '  constructor(scope: Construct, id: string, props?: StackProps) {',
    '    super(scope, id, props);',
    ...(body === '' ? [] : ['', body]),
    '  }',
    '}',
    '',
  ].join('\n');
}
