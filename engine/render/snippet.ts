/**
 * Snippets: the statements of one repository alone, for pasting into an existing stack, as the
 * seed documentation shows them (`repository = ecr.Repository(self, "Repo", image_scan_on_push=True)`).
 */
import { constructTree, repositoryNodes } from '../cdk/constructTree';
import { sanitizeConstructId } from '../cdk/logicalId';
import { type Design, defaultStackName } from '../design/designSchema';
import { repositoryStatements } from './code/buildRepository';
import type { Statement } from './code/model';
import { printPythonStatements, pythonIndent } from './code/printPython';
import { printTypescriptStatements, typescriptIndent } from './code/printTypescript';
import { repositoryNames, variableNames } from './code/variableNames';

export type SnippetLanguage = 'typescript' | 'python';

const printers: Record<
  SnippetLanguage,
  { print: (statements: Statement[]) => string; indent: string; comment: string }
> = {
  typescript: { print: printTypescriptStatements, indent: typescriptIndent, comment: '// ' },
  python: { print: printPythonStatements, indent: pythonIndent, comment: '# ' },
};

/**
 * What the template of a pasted snippet depends on beyond its own lines, as comments: the host
 * stack's construct id (CDK names a Lambda permission after it; the designer's template assumes
 * it is the design's stackName) and its other children (`Default` beside `Resource`).
 */
export function snippetNotes(design: Design, index: number): string[] {
  const repo = design.repositories[index];
  if (!repo) return [];
  const stackName = design.stackName ?? defaultStackName;
  const permitted = new Set(
    (design.functions ?? []).filter((f) => f.sameEnvironment).map((f) => f.id),
  );
  const notes: string[] = [];
  const targets = (repo.eventRules ?? []).flatMap((rule) => rule.targets ?? []);
  if (targets.some((t) => t.function !== undefined && permitted.has(t.function)))
    notes.push(
      `CDK names the Lambda permissions below after the stack's construct id, here '${stackName}': in a stack with another id their logical IDs differ.`,
    );
  const id = sanitizeConstructId(repo.id);
  if (id === 'Default' || id === 'Resource')
    notes.push(
      `The id '${id}' fails \`cdk synth\` in a stack that also has a child '${id === 'Default' ? 'Resource' : 'Default'}' (CDK cannot determine its default child).`,
    );
  return notes;
}

/** The snippet of the repository at `index`; keys, principals and targets it names are the stack's variables. */
export function renderSnippet(
  design: Design,
  index: number,
  language: SnippetLanguage,
): string | undefined {
  const repo = design.repositories[index];
  if (!repo) return undefined;
  const printer = printers[language];
  const notes = snippetNotes(design, index).map((note) => `${printer.comment}${note}\n`);
  const tree = constructTree(design);
  const node = repositoryNodes(tree).find((repository) => repository.index === index)!;
  const statements = repositoryStatements(
    repo,
    repositoryNames(design, node, variableNames(design, tree)),
  );
  // Printed at the module's indentation and dedented, so lines break where the module's do.
  const lines = printer.print(statements).replace(new RegExp(`^${printer.indent}`, 'gm'), '');
  return `${notes.join('')}${lines}\n`;
}
