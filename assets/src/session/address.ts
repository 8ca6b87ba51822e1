// The address the page shows. The server may serve the page from an address that carries a
// secret (the printed `?token=` URL, the desktop window's one-time login); it then names the
// address to show instead in <meta name="dataapp-address">, and the page puts that in the
// address bar before anything reads the address: the secret leaves the address bar and the
// history, and a reload loads the page without it (docs/security.md).

/** The same-origin path (with query) to show, or null when it is not one. */
export function addressToShow(meta: string | null | undefined, pathname: string, search: string): string | null {
  // Browsers read "/\\host" as "//host": only a plain path stays on this origin.
  if (meta) return /^\/(?![\/\\])/.test(meta) ? meta : null;
  // A page served without the meta never shows a token either.
  const params = new URLSearchParams(search);
  if (!params.has("token")) return null;
  params.delete("token");
  const rest = params.toString();
  return `${pathname}${rest ? `?${rest}` : ""}`;
}

/** Show the address the server named (call first, before anything reads `location`). */
export function showAppAddress(): void {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="dataapp-address"]')?.content;
  const address = addressToShow(meta, location.pathname, location.search);
  if (address !== null) history.replaceState(history.state, "", address + location.hash);
}
