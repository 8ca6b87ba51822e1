// The page's theme as custom components see it: the v1 render message's `theme` object and
// the --st-* CSS variables v2 components style themselves with, read from the page's own CSS
// custom properties, and followed when the user switches light/dark.
import { useEffect, useState } from "preact/hooks";
import { currentTheme, type ComponentTheme } from "./protocol";

export function useTheme(): ComponentTheme {
  const [theme, setTheme] = useState(currentTheme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(currentTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "style"] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

/** Streamlit's --st-* variables (its theme keys in kebab case) for what the page's theme has. */
export function themeVariables(theme: ComponentTheme): Record<string, string> {
  return {
    "--st-primary-color": theme.primaryColor,
    "--st-background-color": theme.backgroundColor,
    "--st-secondary-background-color": theme.secondaryBackgroundColor,
    "--st-text-color": theme.textColor,
    "--st-link-color": theme.primaryColor,
    "--st-font": theme.font,
    "--st-body-font": theme.bodyFont,
    "--st-heading-font": theme.font,
    "--st-code-font": '"Source Code Pro", monospace',
    "--st-base-radius": "0.5rem",
    "--st-button-radius": "0.5rem",
    "--st-base-font-size": "16px",
    "--st-border-color": "color-mix(in srgb, " + theme.textColor + " 20%, transparent)",
    "--st-widget-border-color": "color-mix(in srgb, " + theme.textColor + " 20%, transparent)",
  };
}
