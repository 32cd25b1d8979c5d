import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../../oracle/assertProperty';
import { fullDesignArbitrary } from '../../oracle/designArbitrary';
import { sampleImageCount, withoutSampleImages } from '../design/designImages';
import { parseDesignText } from '../design/parseDesign';
import { render } from '../render/render';
import { encodeBase64Url } from './base64url';
import { dictionaryV1 } from './dictionaryV1';
import { decodeLink, encodeLink, fragmentOf } from './linkCodec';

const savedLinks = new URL('../../e2e/links/', import.meta.url);
const seedExample = new URL('../fixtures/seed-example.json', import.meta.url);

describe('share links', () => {
  it('round-trip any design exactly but its sample images: entities, grants, event rules, resource policies, archive-era rules', () => {
    assertProperty(
      'link round trip',
      fullDesignArbitrary,
      (design) => {
        const decoded = decodeLink(encodeLink(design));
        expect(decoded).toEqual({ ok: true, design: withoutSampleImages(design) });
        if (decoded.ok) expect(sampleImageCount(decoded.design)).toBe(0);
      },
      { runs: 400 },
    );
  });

  it('leave the sample images out, and a link made with images still opens with them', () => {
    const image = { digest: 'sha256:a', tags: ['v1'], pushedAt: '2026-01-14T12:00:00Z' };
    const design = { version: 1 as const, repositories: [{ id: 'R', sampleImages: [image] }] };
    expect(sampleImageCount(design)).toBe(1);
    expect(decodeLink(encodeLink(design))).toEqual({
      ok: true,
      design: { version: 1, repositories: [{ id: 'R' }] },
    });
    const { version: _v, ...rest } = design;
    const bytes = deflateSync(strToU8(JSON.stringify(rest)), {
      level: 9,
      dictionary: strToU8(dictionaryV1),
    });
    expect(decodeLink(`v1.${encodeBase64Url(bytes)}`)).toEqual({ ok: true, design });
  });

  it.each(readdirSync(savedLinks).filter((f) => f.endsWith('.json')))(
    'saved link %s still opens to the same design and render',
    (file) => {
      const saved = JSON.parse(readFileSync(new URL(file, savedLinks), 'utf8'));
      const decoded = decodeLink(`https://example.test/${saved.link}`);
      if (!decoded.ok) throw new Error(decoded.message);
      expect(decoded.design).toEqual(saved.design);
      expect(render(decoded.design)).toEqual(render(saved.design));
    },
  );

  it.each(['v1-seed-example.json', 'v1-every-field.json', 'v1-several-repositories.json'])(
    'keeps its format: the design of %s encodes to the pinned link',
    (file) => {
      const saved = JSON.parse(readFileSync(new URL(file, savedLinks), 'utf8'));
      expect(`#${encodeLink(saved.design)}`).toBe(saved.link);
    },
  );

  it('takes a whole URL, a #fragment or a bare fragment', () => {
    expect(fragmentOf('http://127.0.0.1:4173/?x=1#v1.abc')).toBe('v1.abc');
    expect(fragmentOf('#v1.abc')).toBe('v1.abc');
    expect(fragmentOf(' v1.abc ')).toBe('v1.abc');
  });

  it.each([
    ['', 'empty', /carries no design/],
    ['#v9.AAAA', 'unknown-version', /format v9/],
    ['#hello', 'unknown-version', /not an ECR Designer link/],
    ['#v1.%%%%', 'bad-characters', /characters a design link never has \('%'\)/],
    ['#v1.AAAA AAAA', 'bad-characters', /never has \(spaces\)/],
    ['#v1.AAAA\u0007', 'bad-characters', /never has \(U\+0007\)/],
    ['#v1.AAAAbogus', 'bad-length', /it has 9 characters after v1\., a length no design link has/],
    ['#v1.', 'bad-length', /nothing follows v1/],
    ['v1', 'bad-length', /nothing follows v1/],
    ['#v1.AAAA', 'corrupt', /does not decompress/],
  ])('explains %j as %s, saying what is wrong', (link, kind, message) => {
    const decoded = decodeLink(link);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.kind).toBe(kind);
      expect(decoded.message).toMatch(message);
    }
  });

  it('says a link cut anywhere is damaged or cut short, and never blames its characters', () => {
    const link = encodeLink(parseDesignText(readFileSync(seedExample, 'utf8')).design!);
    for (let cut = 4; cut < link.length; cut++) {
      const decoded = decodeLink(link.slice(0, cut));
      expect(decoded.ok || decoded.message).toMatch(/cut short/);
    }
  });

  it('refuses a link that decompresses past the size cap', () => {
    const bomb = deflateSync(strToU8(' '.repeat(3_000_000)), {
      level: 9,
      dictionary: strToU8(dictionaryV1),
    });
    const decoded = decodeLink(`v1.${encodeBase64Url(bomb)}`);
    expect(decoded.ok || decoded.kind).toBe('too-large');
  });

  it('never throws and always explains a failure, for 3,000 mutated, truncated and random links', () => {
    const mutated = fc
      .tuple(fullDesignArbitrary.map(encodeLink), fc.nat(), fc.nat(), fc.string({ maxLength: 3 }))
      .map(([link, a, b, insert]) => {
        const cut = a % (link.length + 1);
        return b % 2 === 0 ? link.slice(0, cut) : link.slice(0, cut) + insert + link.slice(cut + 1);
      });
    const arbitraryLink = fc.oneof(
      mutated,
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: 100 }).map((s) => `v1.${s}`),
    );
    assertProperty(
      'broken links',
      arbitraryLink,
      (link) => {
        const decoded = decodeLink(link);
        if (!decoded.ok) expect(decoded.message).not.toBe('');
      },
      { runs: 3000 },
    );
  });
});
