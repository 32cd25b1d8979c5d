import { describe, expect, it } from 'vitest';
import { type FirstAction, type SampleImage, timelineOf } from '../../engine/index';
import {
  axisTicks,
  decidingRules,
  describeBytes,
  formatBytes,
  formatDay,
  lanesOf,
  pushFractions,
  stackOffsets,
  stateOn,
  totalsOn,
} from './timelineLayout';

const now = Date.parse('2026-12-01T12:00:00Z');
const day = 86_400_000;
const image = (digest: string, pushedDaysAgo: number, extra: Partial<SampleImage> = {}) => ({
  digest,
  tags: [],
  pushedAt: new Date(now - pushedDaysAgo * day).toISOString(),
  ...extra,
});
const act = (
  d: number,
  action: FirstAction['action'],
  rulePriority: number | null,
): FirstAction => ({ day: d, on: new Date(now + d * day).toISOString(), action, rulePriority });
const rules = [
  { rulePriority: 1, label: '1 · images tagged prod · keep 5' },
  { rulePriority: 2, label: '2 · untagged · expire after 14 days' },
  { rulePriority: 3, label: '3 · any · archive after 30 days' },
];

describe('lanes', () => {
  it('follow the rule order, keep empty rules, and end with the kept images', () => {
    const images = [image('a', 10), image('b', 20), image('c', 30), image('d', 40)];
    const actions = [act(4, 'expire', 2), undefined, act(0, 'transition', 3), act(1, 'expire', 2)];
    const lanes = lanesOf(images, actions, rules, 90);
    expect(lanes.map((l) => [l.key, l.indices])).toEqual([
      ['rule-1', []],
      ['rule-2', [0, 3]],
      ['rule-3', [2]],
      ['kept', [1]],
    ]);
    expect(lanes.at(-1)!.label).toBe('Kept: no rule acts within 90 days');
  });

  it('put a referrer with its subject’s rule, and an orphan referrer in a lane of its own', () => {
    const images = [
      image('subject', 20),
      image('signature', 20, { subjectDigest: 'subject' }),
      image('sbom-signature', 20, { subjectDigest: 'signature' }),
      image('orphan', 20, { subjectDigest: 'gone' }),
    ];
    const actions = [act(3, 'expire', 2), act(3, 'expire', null), act(3, 'expire', null)];
    actions.push(act(3, 'expire', null));
    expect(decidingRules(images, actions)).toEqual([2, 2, 2, undefined]);
    const lanes = lanesOf(images, actions, rules, 30);
    expect(lanes.map((l) => [l.key, l.indices])).toEqual([
      ['rule-1', []],
      ['rule-2', [0, 1, 2]],
      ['rule-3', []],
      ['subject', [3]],
      ['kept', []],
    ]);
  });

  it('name a rule the actions mention but the rule list lacks', () => {
    const lanes = lanesOf([image('a', 1)], [act(0, 'expire', 7)], rules.slice(0, 1), 1);
    expect(lanes.map((l) => [l.key, l.label])).toEqual([
      ['rule-1', rules[0]!.label],
      ['rule-7', 'Rule 7'],
      ['kept', 'Kept: no rule acts within 1 day'],
    ]);
  });
});

describe('push positions', () => {
  it('spread the images from the oldest push (0) to the newest (1)', () => {
    expect([...pushFractions([image('a', 10), image('b', 0), image('c', 5)])]).toEqual([0, 1, 0.5]);
  });

  it('put one image, or pushes all at one instant, in the middle', () => {
    expect([...pushFractions([image('a', 3)])]).toEqual([0.5]);
    expect([...pushFractions([image('a', 3), image('b', 3)])]).toEqual([0.5, 0.5]);
    expect([...pushFractions([])]).toEqual([]);
  });

  it('leave out an unreadable push time', () => {
    const fractions = pushFractions([image('a', 2), { digest: 'b', tags: [], pushedAt: 'soon' }]);
    expect(fractions[0]).toBe(0.5);
    expect(fractions[1]).toBeNaN();
  });

  it('stack marks that share a column around the lane’s middle', () => {
    expect([...stackOffsets([4, 4, 4, 9, 4, 4, 4], 5)]).toEqual([0, 1, -1, 0, 2, -2, 0]);
  });
});

describe('the state on a slider day', () => {
  it('is kept until the first action, then archived since or expired on that day', () => {
    expect(stateOn(undefined, 365)).toEqual({ kind: 'kept' });
    expect(stateOn(act(5, 'expire', 1), 4)).toEqual({ kind: 'kept' });
    expect(stateOn(act(5, 'expire', 1), 5)).toEqual({ kind: 'expired', on: 5 });
    expect(stateOn(act(5, 'transition', 1), 9)).toEqual({ kind: 'archived', since: 5 });
    expect(stateOn(act(0, 'transition', 1), 0)).toEqual({ kind: 'archived', since: 0 });
  });
});

describe('totals', () => {
  it('count and add up by lane and overall, owning up to missing sizes', () => {
    const images = [
      image('a', 10, { sizeInBytes: 100 }),
      image('b', 20, { sizeInBytes: 1000 }),
      image('c', 30),
      image('d', 40, { sizeInBytes: 5 }),
      image('e', 50, { sizeInBytes: 7 }),
    ];
    const actions = [
      act(2, 'expire', 2),
      act(3, 'expire', 2),
      act(3, 'transition', 3),
      act(0, 'transition', 3),
      undefined,
    ];
    const lanes = lanesOf(images, actions, rules, 10);
    const at2 = totalsOn(lanes, images, actions, 2);
    expect(at2.byLane.map((t) => [t.expired, t.archived])).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
    expect(at2.total).toMatchObject({ expired: 1, bytesFreed: 100, expiredOnDay: 1 });
    expect(at2.total).toMatchObject({ archived: 1, bytesArchived: 5, archivedOnDay: 0 });
    const at3 = totalsOn(lanes, images, actions, 3);
    expect(at3.total).toEqual({
      expired: 2,
      archived: 2,
      bytesFreed: 1100,
      bytesArchived: 5,
      expiredUnsized: 0,
      archivedUnsized: 1,
      expiredOnDay: 1,
      archivedOnDay: 1,
    });
    expect(describeBytes(at3.total.bytesArchived, 2, 1)).toBe('at least 5 bytes');
    expect(describeBytes(0, 1, 1)).toBe('size unknown');
    expect(describeBytes(0, 0, 0)).toBe('0 bytes');
  });

  it('agree with the engine’s timeline on a real policy', () => {
    const images = Array.from({ length: 40 }, (_, i) =>
      image(`sha256:${String(i).padStart(4, '0')}`, i, {
        tags: i % 2 === 0 ? [`v${i}`] : [],
        sizeInBytes: 1_000_000,
      }),
    );
    const simulated = [
      {
        rulePriority: 1,
        selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countNumber: 10 },
        action: { type: 'expire' },
      },
    ];
    const actions = timelineOf(simulated, images, now, 30);
    const lanes = lanesOf(images, actions, [{ rulePriority: 1, label: 'untagged' }], 30);
    const { total } = totalsOn(lanes, images, actions, 30);
    // Odd indices are untagged; those pushed more than 10 days before day 30 are gone by then.
    expect(total.expired).toBe(20);
    expect(total.bytesFreed).toBe(20_000_000);
    expect(totalsOn(lanes, images, actions, 0).total.expired).toBe(15);
  });
});

describe('text', () => {
  it('formats bytes in binary units with at most three figures', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1024)).toBe('1 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(123.456 * 1024 ** 2)).toBe('123 MiB');
    expect(formatBytes(12.34 * 1024 ** 3)).toBe('12.3 GiB');
    expect(formatBytes(1024 ** 2 - 1)).toBe('1 MiB');
    expect(formatBytes(3 * 1024 ** 4)).toBe('3 TiB');
  });

  it('formats days in UTC', () => {
    expect(formatDay(Date.parse('2026-12-13T12:00:00Z'))).toBe('13 Dec 2026');
  });

  it('puts a few ticks on whole days, months or years', () => {
    const from = Date.parse('2026-11-01T12:00:00Z');
    const week = axisTicks(from, from + 6 * day, 6);
    expect(week.map((t) => t.label)).toEqual([
      '2 Nov',
      '3 Nov',
      '4 Nov',
      '5 Nov',
      '6 Nov',
      '7 Nov',
    ]);
    const fewer = axisTicks(from, from + 6 * day, 3);
    expect(fewer).toHaveLength(3);
    expect(fewer[1]!.at - fewer[0]!.at).toBe(2 * day);
    const quarter = axisTicks(from, from + 90 * day, 6);
    expect(quarter.map((t) => t.label)).toEqual(['Dec 2026', 'Jan 2027']);
    const decade = axisTicks(Date.parse('2020-06-01'), Date.parse('2030-06-01'), 6);
    expect(decade.map((t) => t.label)).toEqual(['2022', '2024', '2026', '2028', '2030']);
    for (const ticks of [week, quarter, decade]) expect(ticks.length).toBeLessThanOrEqual(6);
  });

  it('gives a range shorter than a day, or a single instant, one tick', () => {
    expect(axisTicks(now, now)).toEqual([{ at: now, label: '1 Dec 2026' }]);
    expect(axisTicks(now, now + 3_600_000)).toEqual([{ at: now, label: '1 Dec 2026' }]);
  });
});
