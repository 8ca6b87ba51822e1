// set_page_config's effects outside the element tree: the document title and favicon.
const DEFAULT_ICON = document.querySelector<HTMLLinkElement>("link#favicon")?.href ?? "";

function emojiIcon(emoji: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${emoji}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export function applyTitle(title: string): void {
  if (document.title !== title) document.title = title;
}

export function applyIcon(icon: string): void {
  const link = document.querySelector<HTMLLinkElement>("link#favicon");
  if (!link) return;
  // Only data: URLs and emoji: the page never fetches an icon from elsewhere.
  const href = !icon || icon.startsWith(":material/") ? DEFAULT_ICON : icon.startsWith("data:") ? icon : emojiIcon(icon);
  if (link.href !== href) link.href = href;
}
