// What the file uploader checks before sending a file, and how it shows sizes. Pure functions;
// the server checks the size again (server.maxUploadSize) and says the same.
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The message for a file over the limit (the server says the same). */
export function tooLargeMessage(name: string, size: number, limit: number): string {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `${name} is ${mb(size)}, over the ${mb(limit)} limit per file (server.maxUploadSize).`;
}

export function typeAllowed(name: string, types: readonly string[]): boolean {
  if (types.length === 0) return true;
  const lower = name.toLowerCase();
  return types.some((ext) => lower.endsWith(ext));
}

/** The media id in a download button's URL ("/_dataapp/media/<id>?…"); null for another URL. */
export function mediaIdOf(url: string): string | null {
  const match = /^\/_dataapp\/media\/([0-9a-f]{32})(?:[?#].*)?$/.exec(url);
  return match?.[1] ?? null;
}
