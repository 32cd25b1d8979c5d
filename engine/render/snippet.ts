/**
 * Snippets: the statements of one repository alone, for pasting into an existing stack, as the
 * seed documentation shows them (`repository = ecr.Repository(self, "Repo", image_scan_on_push=True)`).
 */
import { sanitizeConstructId } from '../cdk/logicalId';
import { type Design, defaultStackName } from '../design/designSchema';
import { repositoryStatementsPy } from './cdkPython';
import { repositoryStatements, variableNames } from './cdkTypescript';
import { pythonNameOf } from './pyLiteral';
import { repositoryUsesVariable } from './tsEntities';

export type SnippetLanguage = 'typescript' | 'python';

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
  const { names } = variableNames(design);
  // Rendered at the module's indentation and dedented, so line breaks fall where the module has them.
  const dedent = (lines: string[], width: number) =>
    `${lines.join('\n').replace(new RegExp(`^ {${width}}`, 'gm'), '')}\n`;
  const comment = language === 'typescript' ? '// ' : '# ';
  const notes = snippetNotes(design, index).map((note) => `${comment}${note}\n`);
  if (language === 'typescript')
    return notes.join('') + dedent(repositoryStatements(design, index, names), 4);
  const variable = pythonNameOf(names.repositoryList[index]!);
  const context = { names, index, referenced: repositoryUsesVariable(design, index) };
  return notes.join('') + dedent(repositoryStatementsPy(repo, variable, '        ', context), 8);
}
