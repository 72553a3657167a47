// Which build of @gembridge/core and the gateway the translation and end-to-end sections measure (decision 0163):
//   dist   — the tsup output in packages/*/dist (what users run; `pnpm build` first). The headline numbers.
//   source — packages/*/src through tsx (`--conditions=source`): no build needed, but esbuild's keep-names wraps every
//            closure created at run time in `__name(…)` (decision 0145), so closure-heavy code looks slower than it is.
// `pnpm bench` measures both (dist first); `--dist` or `--source` measures one. Smoke runs use source unless `--dist`
// is given, so CI needs no build. A dist older than its sources is refused rather than measured.

import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./processes.mjs";

export const BUILD_LABELS = { dist: "built dist/ (tsup)", source: "from source (tsx)" };

/** The builds a run measures, headline first. */
export function chooseBuilds({ dist, source, smoke }) {
  if (dist && source) return ["dist", "source"];
  if (dist) return ["dist"];
  if (source || smoke) return ["source"];
  return ["dist", "source"];
}

/** The `@gembridge/core` entry module for a build. */
export function importCore(build) {
  const file = build === "dist" ? "packages/core/dist/index.js" : "packages/core/src/index.ts";
  return import(pathToFileURL(join(ROOT, file)).href);
}

/** Node arguments that start the gateway CLI of a build (before the gateway's own flags). */
export function gatewayMainArgs(build) {
  return build === "dist" ? ["packages/gateway/dist/main.js"] : ["--import", "tsx", "--conditions=source", "packages/gateway/src/main.ts"];
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Throws unless both packages' dist/ exist and are newer than every non-test source file. */
export function assertDistFresh() {
  for (const [pkg, entry] of [["core", "index.js"], ["gateway", "main.js"]]) {
    const built = join(ROOT, "packages", pkg, "dist", entry);
    if (!existsSync(built)) throw new Error(`packages/${pkg}/dist/${entry} is missing: run \`pnpm build\` first (or pass --source)`);
    if (newestSource(join(ROOT, "packages", pkg, "src")) > statSync(built).mtimeMs) {
      throw new Error(`packages/${pkg}/dist is older than packages/${pkg}/src: run \`pnpm build\` first (or pass --source)`);
    }
  }
}
