/**
 * What both printers share: the context an expression is printed in, and the aws-cdk-lib names
 * the printed code uses, from which each module's imports follow.
 */
import { perObject } from '../../util/memo';
import { type Statement, type Submodule, submodules, type TypeRef } from './model';

export interface Uses {
  modules: Set<Submodule>;
  /** aws-cdk-lib's own names (Duration, RemovalPolicy, Tags). */
  core: Set<string>;
  /** Modules of the language's standard library the code imports (Python's `json`). */
  standard: Set<string>;
  /** The name a submodule is imported as in the language. */
  alias: (module: Submodule) => string;
}

export interface Context {
  /** The indentation that lines an expression breaks onto are indented from. */
  indent: string;
  uses: Uses;
}

export const usesIn = (alias: Uses['alias']): Uses => ({
  modules: new Set(),
  core: new Set(),
  standard: new Set(),
  alias,
});

/** The type as the code names it (core names bare, others behind their module's alias), noted as used. */
export function typeName(type: TypeRef, uses: Uses): string {
  if (type.module === 'core') {
    uses.core.add(type.name.split('.')[0]!);
    return type.name;
  }
  uses.modules.add(type.module);
  return `${uses.alias(type.module)}.${type.name}`;
}

/** The submodules the code used, in the order of their imports. */
export const modulesUsed = (uses: Uses): Submodule[] =>
  (Object.keys(submodules) as Submodule[]).filter((m) => uses.modules.has(m));

/** Statements as printed, with the names they use. */
export interface PrintedSection {
  text: string;
  uses: Uses;
}

/**
 * A printer of statement lists that prints each list once: a repository keeps its list while it
 * is unchanged (buildRepository.ts), so a keystroke prints again only the sections it changed.
 */
export function sectionPrinter(
  alias: Uses['alias'],
  print: (statements: readonly Statement[], uses: Uses) => string,
): (statements: readonly Statement[]) => PrintedSection {
  return perObject((statements) => {
    const uses = usesIn(alias);
    return { text: print(statements, uses), uses };
  });
}

/** The names the sections use together, from which the module's imports follow. */
export function usesOf(sections: readonly PrintedSection[], alias: Uses['alias']): Uses {
  const uses = usesIn(alias);
  for (const section of sections) {
    for (const module of section.uses.modules) uses.modules.add(module);
    for (const name of section.uses.core) uses.core.add(name);
    for (const name of section.uses.standard) uses.standard.add(name);
  }
  return uses;
}
