import { defineConfig, type Plugin } from "vite";

// KaTeX's stylesheet lists every font three times (woff2, woff, ttf); every browser we
// target reads woff2, so the others would only bloat engine/static.
function katexWoff2Only(): Plugin {
  return {
    name: "dataapp-katex-woff2-only",
    enforce: "pre",
    transform(code, id) {
      if (!/katex[\\/]dist[\\/]katex(\.min)?\.css$/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\("(woff|truetype)"\)/g, "");
    },
  };
}

export default defineConfig({
  // The server serves GET / -> engine/static/index.html and /_dataapp/static/<path> ->
  // engine/static/<path>: under /_dataapp/, where the launch-token cookie goes (docs/security.md).
  base: "/_dataapp/static/",
  plugins: [katexWoff2Only()],
  oxc: {
    jsx: { runtime: "automatic", importSource: "preact" },
  },
  build: {
    outDir: "../engine/static",
    // engine/static holds the package's __init__.py; scripts/clean-static.mjs removes old builds.
    emptyOutDir: false,
    assetsDir: "assets",
    target: "es2020",
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Fonts must be files (not data: URLs inlined in CSS) so they load only when used.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
});
