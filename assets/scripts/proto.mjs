// Generates TypeScript for engine/proto/*.proto into src/proto/ with protoc-gen-es,
// running the protoc that ships in Python's grpcio-tools (no protoc binary is assumed).
// The .proto files import each other as "dataapp/proto/x.proto", so, as
// engine/proto/generate.py does, a temporary include root links dataapp/proto -> engine/proto.
// `--check` writes nothing and exits 1 when the committed files differ from a fresh generation.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, copyFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const assetsDir = resolve(here, "..");
const protoDir = resolve(assetsDir, "../engine/proto");
const outDir = join(assetsDir, "src/proto");
const plugin = join(assetsDir, "node_modules/.bin/protoc-gen-es");

function pickPython() {
  if (process.env.PYTHON) return process.env.PYTHON;
  if (process.env.VIRTUAL_ENV) return join(process.env.VIRTUAL_ENV, "bin/python");
  return "python3";
}

const includeRoot = mkdtempSync(join(tmpdir(), "dataapp-proto-"));
const genDir = mkdtempSync(join(tmpdir(), "dataapp-proto-out-"));
try {
  mkdirSync(join(includeRoot, "dataapp"));
  symlinkSync(protoDir, join(includeRoot, "dataapp/proto"));
  const sources = readdirSync(protoDir)
    .filter((n) => n.endsWith(".proto"))
    .sort()
    .map((n) => `dataapp/proto/${n}`);
  execFileSync(
    pickPython(),
    [
      "-m", "grpc_tools.protoc",
      `-I${includeRoot}`,
      `--plugin=protoc-gen-es=${plugin}`,
      `--es_out=${genDir}`,
      "--es_opt=target=ts,import_extension=none",
      ...sources,
    ],
    { stdio: "inherit" },
  );
  const generated = join(genDir, "dataapp/proto");
  if (process.argv.includes("--check")) {
    const fresh = readdirSync(generated).sort();
    const committed = existsSync(outDir) ? readdirSync(outDir).sort() : [];
    const stale = [...new Set([...fresh, ...committed])].filter(
      (name) =>
        !fresh.includes(name) ||
        !committed.includes(name) ||
        readFileSync(join(generated, name), "utf8") !== readFileSync(join(outDir, name), "utf8"),
    );
    if (stale.length > 0) {
      console.error(`stale generated TypeScript protocol code: ${stale.join(", ")}; run npm run proto`);
      process.exitCode = 1;
    } else {
      console.log("src/proto is up to date");
    }
  } else {
    if (existsSync(outDir)) rmSync(outDir, { recursive: true });
    mkdirSync(outDir, { recursive: true });
    for (const name of readdirSync(generated).sort()) copyFileSync(join(generated, name), join(outDir, name));
    console.log(`wrote ${readdirSync(outDir).length} files to ${outDir}`);
  }
} finally {
  rmSync(includeRoot, { recursive: true, force: true });
  rmSync(genDir, { recursive: true, force: true });
}
