/**
 * The share-link codec, loaded once on demand (engine `loadLinkCodec`): main.tsx starts the
 * load before the first render, which waits for it only when the page opens with a link.
 */
import { type DecodedLink, type LinkCodec, loadLinkCodec } from '../../engine/index';

let loaded: LinkCodec | undefined;
let loading: Promise<LinkCodec> | undefined;

/** The codec, loading it on the first call. */
export function linkCodec(): Promise<LinkCodec> {
  loading ??= loadLinkCodec().then(
    (codec) => {
      loaded = codec;
      return codec;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The codec if it has loaded: for a save while the page is being hidden, which cannot wait. */
export const loadedLinkCodec = (): LinkCodec | undefined => loaded;

/** What a link decodes to when the codec could not be loaded (offline before it was cached). */
export const unreadableLink = (): DecodedLink => ({
  ok: false,
  kind: 'corrupt',
  message: 'The part of the designer that reads links could not be loaded (are you offline?).',
});
