/**
 * Share links: the design in the URL fragment as `v1.<base64url(deflate-raw(json))>`, without
 * its sample images: a real repository's images would make a link of megabytes (672 images are
 * 53,000 characters), so a link carries the policy and the design file carries the images.
 * Links made before that still open with their images. Decoding treats the link as untrusted:
 * size-capped, schema-validated, typed failures.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { withoutSampleImages } from '../design/designImages';
import type { Design } from '../design/designSchema';
import { parseDesign } from '../design/parseDesign';
import type { Finding } from '../findings';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { dictionaryV1 } from './dictionaryV1';
import { linkFormatTag, linkLimits } from './linkFormat';

const dictionary = strToU8(dictionaryV1);

/**
 * Why a link does not open. `bad-characters`: something a link never holds (edited, or run into
 * other text); `bad-length`: a length no link has (cut short, or a character lost or added);
 * `corrupt`: its data does not decompress; `bad-json`: it decompresses, but not to JSON.
 */
export type LinkError =
  | { kind: 'empty'; message: string }
  | { kind: 'unknown-version'; message: string }
  | { kind: 'too-large'; message: string }
  | { kind: 'bad-characters'; message: string }
  | { kind: 'bad-length'; message: string }
  | { kind: 'corrupt'; message: string }
  | { kind: 'bad-json'; message: string }
  | { kind: 'invalid-design'; message: string; findings: Finding[] };

export type DecodedLink = { ok: true; design: Design } | ({ ok: false } & LinkError);

/** The fragment (without '#') that carries a design. The format version is implied by the tag. */
export function encodeLink(design: Design): string {
  const { version: _version, ...rest } = withoutSampleImages(design);
  const bytes = deflateSync(strToU8(JSON.stringify(rest)), { level: 9, dictionary });
  return `${linkFormatTag}.${encodeBase64Url(bytes)}`;
}

/** The fragment of a whole URL, a '#fragment', or a bare fragment. */
export function fragmentOf(link: string): string {
  const trimmed = link.trim();
  const hash = trimmed.indexOf('#');
  return hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
}

function inflateCapped(bytes: Uint8Array): Uint8Array | LinkError {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  try {
    const inflater = new Inflate({ dictionary }, (chunk) => {
      size += chunk.length;
      if (size > linkLimits.designBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    inflater.push(bytes, true);
  } catch {
    return {
      kind: 'corrupt',
      message:
        'The link is damaged or cut short: its data does not decompress. Was it copied whole?',
    };
  }
  if (tooLarge)
    return {
      kind: 'too-large',
      message: `The design in this link is larger than ${linkLimits.designBytes} bytes.`,
    };
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The characters of a link body outside base64url, as a reader would name them. */
function strangeCharacters(body: string): string[] {
  const strange = new Set(body.match(/[^A-Za-z0-9_-]/gu) ?? []);
  return [...strange].slice(0, 5).map((char) => {
    if (char === ' ') return 'spaces';
    if (char === '\n' || char === '\r') return 'line breaks';
    const code = char.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f)
      ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
      : `'${char}'`;
  });
}

/** What is wrong with the text of a v1 link, before its bytes are looked at. */
function bodyError(body: string): LinkError | undefined {
  const strange = strangeCharacters(body);
  if (strange.length > 0)
    return {
      kind: 'bad-characters',
      message: `The link has characters a design link never has (${[...new Set(strange)].join(', ')}); it may have been edited, or run into the text around it.`,
    };
  if (body === '')
    return {
      kind: 'bad-length',
      message: `The link is cut short: nothing follows ${linkFormatTag}. Was it copied whole?`,
    };
  // base64url never ends with a single character of a 4-character group.
  if (body.length % 4 === 1)
    return {
      kind: 'bad-length',
      message: `The link is damaged or cut short: it has ${body.length} characters after ${linkFormatTag}., a length no design link has. Was it copied whole?`,
    };
  return undefined;
}

function decodeV1(body: string): DecodedLink {
  const problem = bodyError(body);
  if (problem) return { ok: false, ...problem };
  const bytes = decodeBase64Url(body);
  if (!bytes)
    return {
      ok: false,
      kind: 'corrupt',
      message: 'The link is damaged: its data is not base64url. Was it copied whole?',
    };
  const inflated = inflateCapped(bytes);
  if (!(inflated instanceof Uint8Array)) return { ok: false, ...inflated };
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(inflated));
  } catch {
    return {
      ok: false,
      kind: 'bad-json',
      message:
        'The link is damaged: its data decompresses, but not to JSON. It may have been cut short or edited.',
    };
  }
  const input =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { version: 1, ...value }
      : value;
  const parsed = parseDesign(input);
  if (!parsed.design) {
    return {
      ok: false,
      kind: 'invalid-design',
      message: 'The link holds a design this version cannot read.',
      findings: parsed.findings,
    };
  }
  return { ok: true, design: parsed.design };
}

/** Decodes a link (whole URL or fragment); every failure is a typed error with a message, never a throw. */
export function decodeLink(link: string): DecodedLink {
  const fragment = fragmentOf(link);
  if (fragment === '') return { ok: false, kind: 'empty', message: 'The link carries no design.' };
  if (fragment.length > linkLimits.fragmentChars) {
    return {
      ok: false,
      kind: 'too-large',
      message: `The link is longer than ${linkLimits.fragmentChars} characters.`,
    };
  }
  const dot = fragment.indexOf('.');
  const tag = dot >= 0 ? fragment.slice(0, dot) : fragment;
  if (tag !== linkFormatTag) {
    const shown = tag.length > 20 ? `${tag.slice(0, 20)}…` : tag;
    return {
      ok: false,
      kind: 'unknown-version',
      message: /^v\d+$/.test(tag)
        ? `This link uses format ${shown}, which this version of ECR Designer does not know. A newer version may open it.`
        : `This is not an ECR Designer link (it should start with ${linkFormatTag}.).`,
    };
  }
  return decodeV1(dot >= 0 ? fragment.slice(dot + 1) : '');
}
