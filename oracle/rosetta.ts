/**
 * AWS's jsii-rosetta as the oracle of generated Python (python-oracle.md): it translates the
 * engine's TypeScript against aws-cdk-lib's jsii assembly; any diagnostic is a failure.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

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
  const python = snippet.renderUsing(new rosetta.PythonVisitor());
  const diagnostics = snippet.diagnostics.map(
    (d) => rosetta.rosettaDiagFromTypescript(d).formattedMessage,
  );
  return { python, diagnostics };
}

export interface PythonPair {
  name: string;
  expected: string;
  actual: string;
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

/** Every file must compile with Python's own compiler (python3 -m py_compile equivalent). */
export function pythonCompileErrors(files: { name: string; source: string }[]): string[] {
  const script =
    'import json,sys\nerrors=[]\nfor f in json.load(sys.stdin):\n  try: compile(f["source"], f["name"], "exec")\n  except SyntaxError as e: errors.append(f"{f[\'name\']}: {e}")\nprint(json.dumps(errors))';
  return JSON.parse(
    execFileSync('python3', ['-c', script], {
      input: JSON.stringify(files),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
}
