/**
 * The statement model as a CDK Python module, as jsii-rosetta translates the TypeScript: names
 * snake_cased, a struct passed last as keyword arguments, `self` for the scope. Lines: a call
 * that breaks keeps its positional arguments on its first line and puts each keyword argument on
 * a line of its own; a list of calls goes one per line past its own width.
 */

import type { Json } from '../../cdk/intrinsics';
import { isCall, lineWidth, listFits } from './lineLayout';
import {
  codeSections,
  type Expression,
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
import { type JsonLexicon, jsonCharacters, printJson } from './printJson';
import { type Lexicon, printLeaf } from './printLeaf';
import { pythonNameOf } from './pythonNames';
import { pyString } from './pythonString';

/** The statements' indentation, in the stack's `__init__`. */
export const pythonIndent = '        ';

const python: Lexicon = {
  string: pyString,
  boolean: (value) => (value ? 'True' : 'False'),
  scope: 'self',
  name: pythonNameOf,
};

/**
 * The calls that break when they do not fit at the statement's indentation (what precedes or
 * follows them on the line is not counted): those that create a construct (the scope first),
 * those taking a struct, and methods of a variable called with plain values (grants, event
 * rules). Tags.of(...).add, addTarget, addToResourcePolicy and the static grants never break.
 */
function breaks(e: Expression & { kind: 'new' | 'call' }): boolean {
  const args = e.args;
  if (args[0]?.kind === 'scope' || args.at(-1)?.kind === 'struct') return true;
  return e.kind === 'call' && e.target.kind === 'variable' && !args.some(isCall);
}

/** `head(a, b=1)` on one line when it fits (or may not break, or has no keyword), else one keyword a line. */
function callText(head: string, args: readonly Expression[], breakable: boolean, ctx: Context) {
  const last = args.at(-1);
  const keywords = last?.kind === 'struct' ? last.props : [];
  const positional = (last?.kind === 'struct' ? args.slice(0, -1) : args).map((a) => print(a, ctx));
  const inner = { ...ctx, indent: `${ctx.indent}    ` };
  const named = keywords.map(([k, v]) => `${pythonNameOf(k)}=${print(v, inner)}`);
  const inline = `${head}(${[...positional, ...named].join(', ')})`;
  // Without keywords there is nothing to put a line each: positional values stay together.
  const fits = ctx.indent.length + inline.length <= lineWidth && !inline.includes('\n');
  if (!breakable || named.length === 0 || fits) return inline;
  const first = positional.length > 0 ? `${positional.join(', ')},` : '';
  return `${head}(${first}\n${named.map((n) => `${inner.indent}${n}`).join(',\n')}\n${ctx.indent})`;
}

/** A list of calls goes one item per line past its width; a list of values never breaks. */
function listLiteral(items: readonly Expression[], ctx: Context): string {
  const inline = `[${items.map((item) => print(item, ctx)).join(', ')}]`;
  if (listFits(items, inline, ctx.indent)) return inline;
  const inner = { ...ctx, indent: `${ctx.indent}    ` };
  const printed = items.map((item) => print(item, inner));
  return `[\n${printed.map((item) => `${inner.indent}${item}`).join(',\n')}\n${ctx.indent}]`;
}

const pythonJson: JsonLexicon = {
  string: pyString,
  key: pyString,
  literal: (value) => (value === null ? 'None' : value ? 'True' : 'False'),
  unit: '    ',
  trailingComma: true,
  objectPad: '',
};

/**
 * `json.dumps(value, separators=(",", ":"))` writes what JSON.stringify writes (the same short
 * escapes, `\u00xx` in lowercase for other control characters) as long as ensure_ascii escapes
 * nothing JSON.stringify keeps: with only characters below DEL and lone surrogates (both escape
 * those as `\udxxx`), the default does; with no lone surrogate, `ensure_ascii=False` does (it
 * keeps every other character as it is). Text with both has no such call: its string it is.
 */
function jsonDumps(value: Json, ctx: Context): string {
  const { lone, wide } = jsonCharacters(value);
  if (lone && wide) return pyString(JSON.stringify(value));
  ctx.uses.standard.add('json');
  const options = `separators=(",", ":")${wide ? ', ensure_ascii=False' : ''}`;
  const data = printJson(value, ctx.indent.length + 11, ctx.indent, pythonJson);
  return `json.dumps(${data}, ${options})`;
}

function print(e: Expression, ctx: Context): string {
  switch (e.kind) {
    case 'property':
      return `${print(e.object, ctx)}.${pythonNameOf(e.name)}`;
    case 'cast':
      return print(e.expression, ctx);
    case 'new':
      return callText(typeName(e.type, ctx.uses), e.args, breaks(e), ctx);
    case 'call': {
      const head = `${print(e.target, ctx)}.${pythonNameOf(e.method)}`;
      return callText(head, e.args, breaks(e), ctx);
    }
    case 'list':
      return listLiteral(e.items, ctx);
    case 'struct':
      // No call's last argument: the struct's class takes the props (a plain dict when unnamed).
      return callText(e.type ? typeName(e.type, ctx.uses) : 'dict', [e], true, ctx);
    case 'map': {
      const entries = e.entries.map(([k, v]) => `${pyString(k)}: ${print(v, ctx)}`);
      return `{${entries.join(', ')}}`;
    }
    case 'json':
      return jsonDumps(e.value, ctx);
    default:
      return printLeaf(e, python, ctx.uses);
  }
}

function printStatement(s: Statement, ctx: Context): string {
  if (s.kind === 'assign') return `${ctx.indent}${print(s.target, ctx)} = ${print(s.value, ctx)}`;
  const bound = s.variable === undefined ? '' : `${pythonNameOf(s.variable)} = `;
  return `${ctx.indent}${bound}${print(s.expression, ctx)}`;
}

const alias = (module: Submodule) => pythonNameOf(submodules[module]);

/** Statements at the indentation of `__init__`, one a line (or more, where they break). */
export function printPythonStatements(statements: readonly Statement[], uses = usesIn(alias)) {
  return statements.map((s) => printStatement(s, { indent: pythonIndent, uses })).join('\n');
}

const printSection = sectionPrinter(alias, printPythonStatements);

/** The module: `from aws_cdk import` lines by use, the stack class, its statements in sections. */
export function printPython(code: StackCode): string {
  const sections = codeSections(code).map(printSection);
  const uses = usesOf(sections, alias);
  const body = sections.map((section) => section.text).join('\n\n');
  const modules = modulesUsed(uses);
  return [
    ...[...uses.standard].sort().map((name) => `import ${name}`),
    ...(uses.standard.size > 0 ? [''] : []),
    `from aws_cdk import ${['Stack', ...uses.core].sort().join(', ')}`,
    ...modules.map(
      (m) => `from aws_cdk import aws_${m.replace(/-/g, '_')} as ${pythonNameOf(submodules[m])}`,
    ),
    'from constructs import Construct',
    '',
    '',
    `class ${code.className}(Stack):`,
    '    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:',
    '        super().__init__(scope, construct_id, **kwargs)',
    ...(body === '' ? [] : ['', body]),
    '',
  ].join('\n');
}
