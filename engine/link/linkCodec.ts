/**
 * Share links: the whole design in the URL fragment as `v1.<base64url(deflate-raw(json))>`.
 * Decoding treats the link as untrusted: size-capped, schema-validated, typed failures.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import type { Design } from '../design/designSchema';
import { parseDesign } from '../design/parseDesign';
import type { Finding } from '../findings';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { dictionaryV1 } from './dictionaryV1';

export const linkFormatTag = 'v1';
const dictionary = strToU8(dictionaryV1);
/** Links and their decompressed designs are refused beyond these sizes. */
export const linkLimits = { fragmentChars: 200_000, designBytes: 2_000_000 } as const;
/** Past this many characters a link may be cut by chat tools and browsers; the UI warns. */
export const longLinkChars = 8000;

export type LinkError =
  | { kind: 'empty'; message: string }
  | { kind: 'unknown-version'; message: string }
  | { kind: 'too-large'; message: string }
  | { kind: 'corrupt'; message: string }
  | { kind: 'bad-json'; message: string }
  | { kind: 'invalid-design'; message: string; findings: Finding[] };

export type DecodedLink = { ok: true; design: Design } | ({ ok: false } & LinkError);

/** The fragment (without '#') that carries a design. The format version is implied by the tag. */
export function encodeLink(design: Design): string {
  const { version: _version, ...rest } = design;
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

function decodeV1(body: string): DecodedLink {
  const bytes = decodeBase64Url(body);
  if (!bytes)
    return {
      ok: false,
      kind: 'corrupt',
      message:
        'The link contains characters a design link never has; it may have been cut or edited.',
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
      message: 'The link decompresses, but not to a design: its JSON is broken.',
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
  return decodeV1(fragment.slice(dot + 1));
}
