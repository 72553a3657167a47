import { defineConfig, type Options } from "tsup";

const shared: Options = {
  format: ["esm"],
  sourcemap: true,
  target: "node20",
  external: ["@gembridge/core", "@gembridge/conformance", "google-auth-library"],
};

export default defineConfig([
  { ...shared, entry: { index: "src/index.ts" }, dts: true },
  { ...shared, entry: { main: "src/main.ts" }, banner: { js: "#!/usr/bin/env node" } },
]);
