import { createContext, useContext } from 'react';
import type { Design, FieldPath, Finding } from '../../engine/index';
import type { RepositoryEntry } from '../state/designerState';
import type { EntityState } from './entityState';

export interface EntitiesView {
  entities: EntityState;
  repositories: readonly RepositoryEntry[];
  design: Design;
  /** The render's findings (format checks included: render runs the parser's checks too). */
  findings: readonly Finding[];
}

/** What the entity sections read; App provides it, edits still go through dispatch. */
export const EntitiesContext = createContext<EntitiesView | null>(null);

export function useEntitiesView(): EntitiesView {
  const view = useContext(EntitiesContext);
  if (!view) throw new Error('useEntitiesView outside EntitiesContext');
  return view;
}

const entityLists = [
  'keys',
  'principals',
  'topics',
  'queues',
  'functions',
  'grants',
  'outputs',
  'registry',
];

/** Findings the sections below (and the Registry section) show at their fields, so the stack form leaves them out. */
export function isEntityFindingPath(path: FieldPath): boolean {
  return entityLists.some((list) => path[0] === list);
}
