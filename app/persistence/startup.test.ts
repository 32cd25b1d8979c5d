import { describe, expect, it } from 'vitest';
import { type Design, decodeLink, encodeLink } from '../../engine/index';
import { seedDesign } from '../seedDesign';
import { designOf } from '../state/designerState';
import { historyReducer } from '../state/history';
import { type AutosaveRead, type KeyValueStore, readAutosave } from './autosave';
import { startDesigner } from './startup';

const linked: Design = { version: 1, stackName: 'Linked', repositories: [{ id: 'FromLink' }] };
const earlier: Design = { version: 1, repositories: [{ id: 'Earlier' }] };

function storage(text: string | null): KeyValueStore {
  return { getItem: () => text, setItem: () => {} };
}

const linkOf = (design: Design) => `#${encodeLink(design)}`;
const saved = (design: Design, link?: string): AutosaveRead => ({ kind: 'ok', design, link });

describe('startDesigner: URL > autosave > example', () => {
  it('opens the example on a first visit', () => {
    const startup = startDesigner('', { kind: 'none' }, decodeLink);
    expect(designOf(startup.state)).toEqual(seedDesign);
    expect(startup.problems).toEqual([]);
  });

  it('opens the autosave without a link', () => {
    expect(designOf(startDesigner('', { kind: 'ok', design: earlier }, decodeLink).state)).toEqual(
      earlier,
    );
  });

  it('opens the link, with the autosaved work one undo away', () => {
    const startup = startDesigner(
      `#${encodeLink(linked)}`,
      { kind: 'ok', design: earlier },
      decodeLink,
    );
    expect(designOf(startup.state)).toEqual(linked);
    expect(startup.keepUrl).toBe(false);
    expect(designOf(historyReducer(startup.state, { type: 'undo' }))).toEqual(earlier);
  });

  it('explains a broken link, keeps the autosaved work and the URL', () => {
    const startup = startDesigner('#v1.AAAA', { kind: 'ok', design: earlier }, decodeLink);
    expect(designOf(startup.state)).toEqual(earlier);
    expect(startup.keepUrl).toBe(true);
    expect(startup.problems.map((p) => p.id)).toEqual(['link']);
    expect(startup.problems[0]!.message).toMatch(/earlier work is shown/);
  });

  it('reports a corrupt autosave and opens the example', () => {
    const autosave = readAutosave(storage('{"version":1,"repositories":[{"idd":1}]}'));
    expect(autosave.kind).toBe('corrupt');
    const startup = startDesigner('', autosave, decodeLink);
    expect(designOf(startup.state)).toEqual(seedDesign);
    expect(startup.problems.map((p) => p.id)).toEqual(['autosave']);
  });

  it('reads unreadable JSON and blocked storage without throwing', () => {
    expect(readAutosave(storage('{')).kind).toBe('corrupt');
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
    };
    expect(readAutosave(blocked).kind).toBe('none');
  });
});

describe('startDesigner: the newer of the URL and the autosave', () => {
  const older: Design = { version: 1, repositories: [{ id: 'Repo', repositoryName: 'older' }] };
  const newer: Design = { version: 1, repositories: [{ id: 'Repo', repositoryName: 'newer' }] };

  it('a reload before the address bar caught up: the autosave saw this link, so it is newer', () => {
    const startup = startDesigner(linkOf(older), saved(newer, linkOf(older)), decodeLink);
    expect(designOf(startup.state)).toEqual(newer);
    expect(startup.urlBehind).toBe(true);
    expect(startup.problems).toEqual([]);
    expect(startup.state.toast?.message).toMatch(/latest changes/);
    // The link's (older) design is one undo away, as the step before the last edit would be.
    expect(designOf(historyReducer(startup.state, { type: 'undo' }))).toEqual(older);
  });

  it('a link opened in a new tab wins over an older autosave made elsewhere', () => {
    const startup = startDesigner(linkOf(linked), saved(earlier, linkOf(older)), decodeLink);
    expect(designOf(startup.state)).toEqual(linked);
    expect(startup.urlBehind).toBe(false);
    expect(designOf(historyReducer(startup.state, { type: 'undo' }))).toEqual(earlier);
  });

  it('an autosave without a recorded link (older versions) never wins over a link', () => {
    const startup = startDesigner(linkOf(linked), saved(earlier), decodeLink);
    expect(designOf(startup.state)).toEqual(linked);
    expect(startup.urlBehind).toBe(false);
  });

  it('the address bar caught up (same design): the link opens, with nothing to undo', () => {
    const startup = startDesigner(linkOf(newer), saved(newer, linkOf(newer)), decodeLink);
    expect(designOf(startup.state)).toEqual(newer);
    expect(startup.urlBehind).toBe(false);
    expect(startup.state.history.past).toEqual([]);
  });

  it('a broken link the autosave saw is still explained, and the work is kept', () => {
    const startup = startDesigner('#v1.AAAA', saved(newer, '#v1.AAAA'), decodeLink);
    expect(designOf(startup.state)).toEqual(newer);
    expect(startup.keepUrl).toBe(true);
    expect(startup.urlBehind).toBe(false);
    expect(startup.problems.map((p) => p.id)).toEqual(['link']);
  });
});

describe('startDesigner: images kept in IndexedDB', () => {
  const withImages = (design: Design): AutosaveRead => ({
    kind: 'ok',
    design,
    link: linkOf(design),
    imagesSavedAt: 42,
  });

  it('restores them when the autosave is what opens (no link, its own link, a broken link)', () => {
    expect(startDesigner('', withImages(earlier), decodeLink).imagesSavedAt).toBe(42);
    expect(startDesigner(linkOf(earlier), withImages(earlier), decodeLink).imagesSavedAt).toBe(42);
    expect(startDesigner('#v1.AAAA', withImages(earlier), decodeLink).imagesSavedAt).toBe(42);
  });

  it('not when another link opens: those images belong to the work one undo away', () => {
    expect(
      startDesigner(linkOf(linked), withImages(earlier), decodeLink).imagesSavedAt,
    ).toBeUndefined();
  });
});
