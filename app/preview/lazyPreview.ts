import { lazy } from 'react';

/** The lifecycle preview loads after the first paint, keeping it out of the entry chunk. */
export const LazyPreviewPanel = lazy(() => import('./PreviewPanel'));
