/**
 * Snippets: the statements of one repository alone, for pasting into an existing stack, as the
 * seed documentation shows them (`repository = ecr.Repository(self, "Repo", image_scan_on_push=True)`).
 */
import type { Design } from '../design/designSchema';
import { repositoryStatementsPy } from './cdkPython';
import { repositoryStatements, variableNames } from './cdkTypescript';
import { pythonNameOf } from './pyLiteral';
import { repositoryUsesVariable } from './tsEntities';

export type SnippetLanguage = 'typescript' | 'python';

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
  if (language === 'typescript') return dedent(repositoryStatements(design, index, names), 4);
  const variable = pythonNameOf(names.repositoryList[index]!);
  const context = { names, index, referenced: repositoryUsesVariable(design, index) };
  return dedent(repositoryStatementsPy(repo, variable, '        ', context), 8);
}
