/**
 * What refers to an entity (by id), and the edits that follow a rename or a removal: the
 * design refers by id, so the designer keeps those references in step with the entity.
 */
import type { DesignerState, RepositoryEntry } from '../state/designerState';
import type { EntityKind, EntityState } from './entityState';

export interface Dependent {
  /** e.g. "Repository Repository: encryption key". */
  description: string;
}

export interface DependentsReport {
  dependents: Dependent[];
  /** Set when the references cannot be removed on their own; says why. */
  refusal?: string;
}

type State = { repositories: readonly RepositoryEntry[]; entities: EntityState };
const targetKind = { topics: 'topic', queues: 'queue', functions: 'function' } as const;

/** Everything that refers to the entity `id` of `kind`, and whether removing it is refused. */
export function dependentsOf(state: State, kind: EntityKind, id: string): DependentsReport {
  const dependents: Dependent[] = [];
  const blocking: string[] = [];
  for (const { settings: repo } of state.repositories) {
    if (kind === 'keys' && repo.encryptionKey === id)
      dependents.push({ description: `Repository ${repo.id}: encryption key` });
    if (kind === 'topics' || kind === 'queues' || kind === 'functions') {
      for (const rule of repo.eventRules ?? []) {
        const count = (rule.targets ?? []).filter((t) => t[targetKind[kind]] === id).length;
        if (count > 0)
          dependents.push({
            description: `Repository ${repo.id}, event rule ${rule.id}: target${count > 1 ? ` (${count}×)` : ''}`,
          });
      }
    }
    if (kind === 'principals') {
      (repo.resourcePolicy ?? []).forEach((statement, index) => {
        const principals = statement.principals ?? [];
        if (!principals.includes(id)) return;
        const name = `Repository ${repo.id}, resource policy statement ${index + 1}`;
        dependents.push({ description: `${name}: principal` });
        if (principals.every((p) => p === id)) blocking.push(name);
      });
    }
  }
  if (kind === 'principals') {
    for (const grant of state.entities.grants) {
      if (grant.principal !== id) continue;
      const on = 'repository' in grant ? ` on ${grant.repository}` : '';
      dependents.push({ description: `Grant ${grant.grant}${on}` });
    }
  }
  const refusal =
    blocking.length > 0
      ? `${blocking.join('; ')} ${blocking.length > 1 ? 'have' : 'has'} no other principal, and a statement needs one. Give ${blocking.length > 1 ? 'them' : 'it'} another principal or delete ${blocking.length > 1 ? 'them' : 'it'} first.`
      : undefined;
  return { dependents, refusal };
}

function mapRepositories(
  repositories: readonly RepositoryEntry[],
  change: (settings: RepositoryEntry['settings']) => RepositoryEntry['settings'],
): RepositoryEntry[] {
  let changed = false;
  const next = repositories.map((entry) => {
    const settings = change(entry.settings);
    if (settings === entry.settings) return entry;
    changed = true;
    return { ...entry, settings };
  });
  // Unchanged: the same array, so the history sees no edit of the repositories.
  return changed ? next : (repositories as RepositoryEntry[]);
}

/**
 * Replaces references to `from` by `to` (a rename), or removes them (`to` undefined).
 * Returns the repositories and grants that changed, the others untouched.
 */
export function rewriteReferences(
  state: State,
  kind: EntityKind,
  from: string,
  to: string | undefined,
): Pick<DesignerState, 'repositories'> & { grants: EntityState['grants'] } {
  const repositories = mapRepositories(state.repositories, (repo) => {
    if (kind === 'keys') {
      if (repo.encryptionKey !== from) return repo;
      const { encryptionKey: _old, ...rest } = repo;
      return to === undefined ? rest : { ...repo, encryptionKey: to };
    }
    if (kind === 'principals') {
      if (!(repo.resourcePolicy ?? []).some((s) => s.principals?.includes(from))) return repo;
      return {
        ...repo,
        resourcePolicy: repo.resourcePolicy!.map((s) =>
          s.principals?.includes(from)
            ? {
                ...s,
                principals: s.principals.flatMap((p) => (p !== from ? [p] : to ? [to] : [])),
              }
            : s,
        ),
      };
    }
    const field = targetKind[kind];
    const uses = (repo.eventRules ?? []).some((r) => r.targets?.some((t) => t[field] === from));
    if (!uses) return repo;
    return {
      ...repo,
      eventRules: repo.eventRules!.map((rule) => ({
        ...rule,
        targets: (rule.targets ?? []).flatMap((t) =>
          t[field] !== from ? [t] : to === undefined ? [] : [{ [field]: to }],
        ),
      })),
    };
  });
  const grants =
    kind !== 'principals' || !state.entities.grants.some((g) => g.principal === from)
      ? state.entities.grants
      : state.entities.grants.flatMap((g) =>
          g.principal !== from ? [g] : to === undefined ? [] : [{ ...g, principal: to }],
        );
  return { repositories, grants };
}

/** Grants follow a repository's new id. */
export function renameRepositoryInGrants(
  grants: EntityState['grants'],
  from: string,
  to: string,
): EntityState['grants'] {
  if (!grants.some((g) => 'repository' in g && g.repository === from)) return grants;
  return grants.map((g) =>
    'repository' in g && g.repository === from ? { ...g, repository: to } : g,
  );
}
