import { lazy } from 'react';

/** The entity sections load after the first paint, keeping them out of the entry chunk. */
export const LazyEntitiesPanel = lazy(() => import('./EntitiesPanel'));
export const LazyRepositoryEntities = lazy(() => import('./RepositoryEntities'));
export const LazyOutputsSection = lazy(() => import('../outputsSection/OutputsSection'));
export const LazyRegistrySection = lazy(() => import('../registry/RegistrySection'));
