/**
 * AWS's jsii-rosetta as the oracle of generated Python (python-oracle.md): it translates the
 * engine's TypeScript against aws-cdk-lib's jsii assembly; any diagnostic is a failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION = '20';
const requireFromRoot = createRequire(new URL('../package.json', import.meta.url));
const rosetta = requireFromRoot('jsii-rosetta') as typeof import('jsii-rosetta');

/** One translator for the whole test file: the first translation is slow, the next ones fast. */
const translator = new rosetta.Translator(true);

/** The Python rosetta writes for a stack module, or the diagnostics that make it untrustworthy. */
export function translateToPython(typescript: string): { python: string; diagnostics: string[] } {
  // Importing the core submodule instead of the root gives the same Python for half the memory.
  const source = typescript.replace("from 'aws-cdk-lib';", "from 'aws-cdk-lib/core';");
  const snippet = translator.translatorFor({
    visibleSource: source,
    location: { api: { api: 'file', fileName: 'stack.ts' } },
  });
  // rosetta quotes a computed key's text, so `{ ['__proto__']: v }` (an own key, as a JSON
  // design holds it) comes out as `{""__proto__"": v}`, which does not parse.
  const python = snippet
    .renderUsing(new rosetta.PythonVisitor())
    .replaceAll('""__proto__"":', '"__proto__":');
  const diagnostics = snippet.diagnostics.map(
    (d) => rosetta.rosettaDiagFromTypescript(d).formattedMessage,
  );
  return { python, diagnostics };
}

/**
 * The TypeScript with each `JSON.stringify(<data>)` given `{}` as its data. Rosetta does not
 * translate the data faithfully (it snake_cases its keys and breaks keys with quotes), and the
 * comparison takes the call as a placeholder anyway (pythonAst.py); Python's json.dumps of the
 * data is checked against the template apart (pythonJsonTexts).
 */
export function withoutJsonData(typescript: string): string {
  const head = 'JSON.stringify(';
  let out = '';
  let at = 0;
  for (let start = typescript.indexOf(head); start >= 0; start = typescript.indexOf(head, at)) {
    out += `${typescript.slice(at, start)}${head}{})`;
    at = closingParen(typescript, start + head.length);
  }
  return out + typescript.slice(at);
}

/** The index after the `)` that closes the call whose arguments start at `from`. */
function closingParen(text: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < text.length && depth > 0) {
    const c = text[i]!;
    if (c === "'") {
      for (i++; i < text.length && text[i] !== "'"; i++) if (text[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    i++;
  }
  return i;
}

export interface PythonPair {
  name: string;
  expected: string;
  actual: string;
  /** Strings of the engine's Python that stand for JSON.stringify calls (pythonAst.py). */
  jsonTexts?: string[];
}

/** Compares pairs at the AST level with oracle/pythonAst.py; returns the mismatches with diffs. */
export function comparePython(pairs: PythonPair[]): { name: string; diff: string }[] {
  const script = new URL('./pythonAst.py', import.meta.url).pathname;
  const output = execFileSync('python3', [script], {
    input: JSON.stringify(pairs),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output);
}

/** Compiles every file with `python3 -m py_compile`; returns the errors it prints (none when all parse). */
export function pythonCompileErrors(files: { name: string; source: string }[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ecr-py-'));
  try {
    const paths = files.map((file, index) => {
      const path = join(dir, `${index}_${file.name.replace(/[^A-Za-z0-9_.-]/g, '_')}.py`);
      writeFileSync(path, file.source);
      return path;
    });
    execFileSync('python3', ['-m', 'py_compile', ...paths], { encoding: 'utf8', stdio: 'pipe' });
    return [];
  } catch (error) {
    return [String((error as { stderr?: string }).stderr ?? error)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What Python computes for each creation template's lifecycle_policy and repository_policy
 * (oracle/pythonJsonTexts.py: json.dumps run by Python's json module), per source in order.
 */
export function pythonJsonTexts(
  files: { name: string; source: string }[],
): { name: string; texts?: string[][]; error?: string }[] {
  const script = new URL('./pythonJsonTexts.py', import.meta.url).pathname;
  const output = execFileSync('python3', [script], {
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output);
}
