/** The share link's format tag and size limits, which the app needs before the codec loads. */

export const linkFormatTag = 'v1';
/** Links and their decompressed designs are refused beyond these sizes. */
export const linkLimits = { fragmentChars: 200_000, designBytes: 2_000_000 } as const;
/** Past this many characters a link may be cut by chat tools and browsers; the UI warns. */
export const longLinkChars = 8000;
