import { defineConfig, type Options } from "tsup";

// @gembridge/testkit is private (never published): its arbitraries and schema checks are bundled in.
const shared: Options = { format: ["esm"], sourcemap: true, target: "node20", external: ["@gembridge/core"], noExternal: ["@gembridge/testkit"] };

export default defineConfig([
  { ...shared, entry: { index: "src/index.ts" }, dts: { resolve: [/^@gembridge\/testkit/, /^\.\.?\//] } },
  // `@gembridge/conformance/vitest`: imports vitest, which stays the consumer's (dev) dependency.
  { ...shared, entry: { vitest: "src/vitest.ts" }, dts: true, external: ["@gembridge/core", "vitest"] },
  // The CLI is an executable: publint wants the shebang in the built file.
  { ...shared, entry: { cli: "src/cli.ts" }, banner: { js: "#!/usr/bin/env node" } },
]);
