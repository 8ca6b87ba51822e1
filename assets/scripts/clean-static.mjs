// Removes the previous build from engine/static/ while keeping the package's own files
// (__init__.py): Vite's emptyOutDir would delete them, so the build runs with it off.
import { existsSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const staticDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../engine/static");
for (const name of ["index.html", "assets", ".vite"]) {
  const target = join(staticDir, name);
  if (existsSync(target)) rmSync(target, { recursive: true });
}
