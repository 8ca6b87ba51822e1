// Light and dark themes: follow the OS by default, let the user pick one (remembered in
// localStorage), and let the app's config (NewSession.theme) set colours and fonts.
// Colours live in CSS custom properties (styles/theme.css); this module only switches
// data-theme on <html> and writes the app's overrides.
import type { Theme } from "../proto/forward_pb";

export type ThemeChoice = "system" | "light" | "dark";
export type ThemeBase = "light" | "dark";

const STORAGE_KEY = "dataapp.theme";

export function storedChoice(): ThemeChoice | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === "system" || v === "light" || v === "dark" ? v : null;
  } catch {
    return null; // storage can be disabled; the OS setting still applies
  }
}

export function storeChoice(choice: ThemeChoice): void {
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // nothing to do: the choice lasts until the page closes
  }
}

/** The app config's base ("light"/"dark"), or null when it follows the OS. */
export function configBase(theme: Theme | undefined): ThemeBase | null {
  const base = theme?.base.toLowerCase();
  if (base === "light" || base === "dark") return base;
  // Colours without a base describe a light theme, as in Streamlit.
  if (theme && (theme.backgroundColor || theme.secondaryBackgroundColor || theme.textColor)) return "light";
  return null;
}

/** What applies when the user has not picked: the app's base, else the OS. */
export function defaultChoice(theme: Theme | undefined): ThemeChoice {
  return configBase(theme) ?? "system";
}

export function systemBase(): ThemeBase {
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function resolveBase(choice: ThemeChoice): ThemeBase {
  return choice === "system" ? systemBase() : choice;
}

const FONT_FAMILIES: Record<string, string> = {
  "sans serif": "var(--font-sans)",
  "sans-serif": "var(--font-sans)",
  serif: "var(--font-serif)",
  monospace: "var(--font-mono)",
};

function fontFamily(font: string): string {
  return FONT_FAMILIES[font.toLowerCase()] ?? `${font}, var(--font-sans)`;
}

/** Writes the theme onto <html>: data-theme plus the app's colour and font overrides. */
export function applyTheme(base: ThemeBase, theme: Theme | undefined): void {
  const root = document.documentElement;
  root.dataset.theme = base;
  const style = root.style;
  const set = (name: string, value: string | undefined) => (value ? style.setProperty(name, value) : style.removeProperty(name));
  // The primary colour and fonts suit both bases; background and text colours were chosen
  // for the config's base and would be unreadable on the other one.
  const coloursApply = configBase(theme) === base;
  set("--primary", theme?.primaryColor);
  set("--bg", coloursApply ? theme?.backgroundColor : undefined);
  set("--bg-secondary", coloursApply ? theme?.secondaryBackgroundColor : undefined);
  set("--text", coloursApply ? theme?.textColor : undefined);
  set("--font", theme?.font ? fontFamily(theme.font) : undefined);
  set("--code-font", theme?.codeFont ? fontFamily(theme.codeFont) : undefined);
}
