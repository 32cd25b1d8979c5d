import { describe, expect, it } from 'vitest';
import { describeRule } from './ruleSummary';

describe('describeRule', () => {
  it('says the selection in the engine words the preview uses', () => {
    expect(describeRule({ tagPrefixList: ['prod', 'v'], maxImageCount: 5 })).toBe(
      'images tagged prod* AND v* · keep the 5 newest · expire the rest',
    );
    expect(
      describeRule({ tagStatus: 'TAGGED', tagPatternList: ['sha-*'], maxImageAgeDays: 1 }),
    ).toBe('images tagged sha-* · expire those pushed more than 1 day ago');
    expect(describeRule({ tagStatus: 'UNTAGGED', maxImageAgeDays: 14 })).toBe(
      'untagged images · expire those pushed more than 14 days ago',
    );
  });

  it('says "all" for a rule of every image, "archived" for one of the archive', () => {
    expect(describeRule({ maxImageAgeDays: 30 })).toBe(
      'all images · expire those pushed more than 30 days ago',
    );
    expect(
      describeRule({
        storageClass: 'ARCHIVE',
        tagStatus: 'ANY',
        maxDaysSinceImageTransitioned: 90,
      }),
    ).toBe('all archived images · expire those archived more than 90 days ago');
    expect(describeRule({ storageClass: 'ARCHIVE', tagPrefixList: ['rc'], maxImageCount: 3 })).toBe(
      'archived images tagged rc* · keep the 3 newest · expire the rest',
    );
  });

  it('asks for the list of a tagged rule that has none yet', () => {
    expect(describeRule({ tagStatus: 'TAGGED', tagPrefixList: [], maxImageCount: 1 })).toBe(
      'tagged images (add a prefix or a pattern) · keep the 1 newest · expire the rest',
    );
  });
});
