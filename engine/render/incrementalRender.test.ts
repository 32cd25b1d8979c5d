/**
 * The render keeps its work per design object (util/memo.ts). Edits made as the app's reducer
 * makes them (a new object for what changed, the same objects for the rest) must render exactly
 * what a design no render has seen renders: a structured clone, which no cache holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullDesignArbitrary } from '../../oracle/designArbitrary';
import type { Design, RepositoryDesign } from '../index';
import { outputNames, render, renderSnippet } from '../index';

type Edit =
  | { kind: 'renameRepository'; at: number; id: string }
  | { kind: 'renameRepositoryName'; at: number; name: string }
  | { kind: 'ruleCount'; at: number; rule: number; count: number }
  | { kind: 'addRule'; at: number; days: number }
  | { kind: 'removeRule'; at: number; rule: number }
  | { kind: 'renameEntity'; list: EntityList; at: number; id: string; references: boolean }
  | { kind: 'moveRepository'; from: number; to: number }
  | { kind: 'stackName'; name: string | undefined };

const entityLists = ['keys', 'principals', 'topics', 'queues', 'functions'] as const;
type EntityList = (typeof entityLists)[number];

const ids = fc.constantFrom('Repository', 'Repo2', 'App', 'Default', 'a/b', 'Key', 'Role');
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('renameRepository'), at: fc.nat(), id: ids }),
  fc.record({
    kind: fc.constant('renameRepositoryName'),
    at: fc.nat(),
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a token marker, which CDK would read
    name: fc.constantFrom('my-app', 'my-appa', 'team/x', 'Bad Name', 'x${Token[1]}'),
  }),
  fc.record({
    kind: fc.constant('ruleCount'),
    at: fc.nat(),
    rule: fc.nat(),
    // 1.5 breaks the format: a finding whose path moves with its repository.
    count: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(1.5)),
  }),
  fc.record({ kind: fc.constant('addRule'), at: fc.nat(), days: fc.integer({ min: 1, max: 90 }) }),
  fc.record({ kind: fc.constant('removeRule'), at: fc.nat(), rule: fc.nat() }),
  fc.record({
    kind: fc.constant('renameEntity'),
    list: fc.constantFrom(...entityLists),
    at: fc.nat(),
    id: ids,
    references: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('moveRepository'), from: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant('stackName'),
    name: fc.constantFrom(undefined, 'EcrStack', 'Other', 'Default', 'PlatformImagesStack'),
  }),
);

/** The design with one repository replaced: every other repository keeps its object. */
function withRepository(
  design: Design,
  at: number,
  edit: (r: RepositoryDesign) => RepositoryDesign,
) {
  if (design.repositories.length === 0) return design;
  const index = at % design.repositories.length;
  const repositories = [...design.repositories];
  repositories[index] = edit(repositories[index]!);
  return { ...design, repositories };
}

function withRules(
  design: Design,
  at: number,
  edit: (
    rules: NonNullable<RepositoryDesign['lifecycleRules']>,
  ) => RepositoryDesign['lifecycleRules'],
) {
  return withRepository(design, at, (r) => ({
    ...r,
    lifecycleRules: edit(r.lifecycleRules ?? []),
  }));
}

/** An entity renamed; with `references`, so is every reference to it (those objects change too). */
function renameEntity(
  design: Design,
  list: EntityList,
  at: number,
  id: string,
  references: boolean,
) {
  const entities = design[list] as { id: string }[] | undefined;
  if (!entities?.length) return design;
  const index = at % entities.length;
  const old = entities[index]!.id;
  const renamed = { ...design, [list]: entities.map((e, i) => (i === index ? { ...e, id } : e)) };
  if (!references) return renamed;
  const swap = (value: string) => (value === old ? id : value);
  const repositories = renamed.repositories.map((r) => {
    const uses = JSON.stringify(r).includes(JSON.stringify(old));
    if (!uses) return r;
    return {
      ...r,
      encryptionKey:
        list === 'keys' && r.encryptionKey !== undefined ? swap(r.encryptionKey) : r.encryptionKey,
      eventRules: r.eventRules?.map((rule) => ({
        ...rule,
        targets: rule.targets?.map((t) => ({
          ...t,
          ...(list === 'topics' && t.topic !== undefined && { topic: swap(t.topic) }),
          ...(list === 'queues' && t.queue !== undefined && { queue: swap(t.queue) }),
          ...(list === 'functions' && t.function !== undefined && { function: swap(t.function) }),
        })),
      })),
      resourcePolicy: r.resourcePolicy?.map((s) =>
        list === 'principals' && s.principals ? { ...s, principals: s.principals.map(swap) } : s,
      ),
    };
  });
  const grants = renamed.grants?.map((g) =>
    list === 'principals' && g.principal === old ? { ...g, principal: id } : g,
  );
  return { ...renamed, repositories, ...(grants && { grants }) };
}

function applyEdit(design: Design, edit: Edit): Design {
  switch (edit.kind) {
    case 'renameRepository':
      return withRepository(design, edit.at, (r) => ({ ...r, id: edit.id }));
    case 'renameRepositoryName':
      return withRepository(design, edit.at, (r) => ({ ...r, repositoryName: edit.name }));
    case 'ruleCount':
      return withRules(design, edit.at, (rules) =>
        rules.map((rule, i) =>
          i === edit.rule % Math.max(rules.length, 1)
            ? { ...rule, maxImageCount: edit.count }
            : rule,
        ),
      );
    case 'addRule':
      return withRules(design, edit.at, (rules) => [...rules, { maxImageAgeDays: edit.days }]);
    case 'removeRule':
      return withRules(design, edit.at, (rules) =>
        rules.filter((_, i) => i !== edit.rule % Math.max(rules.length, 1)),
      );
    case 'renameEntity':
      return renameEntity(design, edit.list, edit.at, edit.id, edit.references);
    case 'moveRepository': {
      const repositories = [...design.repositories];
      if (repositories.length === 0) return design;
      const [moved] = repositories.splice(edit.from % repositories.length, 1);
      repositories.splice(edit.to % (repositories.length + 1), 0, moved!);
      return { ...design, repositories };
    }
    case 'stackName': {
      const { stackName: _old, ...rest } = design;
      return edit.name === undefined ? rest : { ...rest, stackName: edit.name };
    }
  }
}

/** Everything the engine prints of a design. */
function everything(design: Design) {
  return {
    render: render(design),
    snippets: design.repositories.map((_, i) => [
      renderSnippet(design, i, 'typescript'),
      renderSnippet(design, i, 'python'),
    ]),
  };
}

describe('rendering edited designs', () => {
  it('gives what rendering the design afresh gives, after every edit', () => {
    fc.assert(
      fc.property(
        fullDesignArbitrary,
        fc.array(fc.tuple(editArbitrary, fc.subarray([...outputNames])), {
          minLength: 1,
          maxLength: 10,
        }),
        (start, edits) => {
          let design = start;
          render(design);
          for (const [edit, outputs] of edits) {
            design = applyEdit(design, edit);
            // A render of some texts only (as the app asks for) warms the caches in between.
            render(design, { outputs });
            expect(everything(design)).toEqual(everything(structuredClone(design)));
          }
        },
      ),
      { seed: 14, numRuns: 150 },
    );
  });
});
