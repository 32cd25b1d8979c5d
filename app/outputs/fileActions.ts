/** Clipboard and download, with a fallback where the async clipboard is unavailable. */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('The browser refused to copy.');
}

export function downloadText(text: string, fileName: string, mimeType: string): void {
  downloadBlob(new Blob([text], { type: mimeType }), fileName);
}

export function downloadBytes(bytes: Uint8Array, fileName: string, mimeType: string): void {
  // A copy backed by a plain ArrayBuffer, which is what Blob accepts.
  downloadBlob(new Blob([new Uint8Array(bytes)], { type: mimeType }), fileName);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started once click() returns; the URL is no longer needed after that turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
