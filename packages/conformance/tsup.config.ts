import { defineConfig, type Options } from "tsup";

const shared: Options = { format: ["esm"], sourcemap: true, target: "node20", external: ["@gembridge/core"] };

export default defineConfig([
  { ...shared, entry: { index: "src/index.ts" }, dts: true },
  // The CLI is an executable: publint wants the shebang in the built file.
  { ...shared, entry: { cli: "src/cli.ts" }, banner: { js: "#!/usr/bin/env node" } },
]);
