import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packageSource = (relative: string): string => fileURLToPath(new URL(`../packages/${relative}`, import.meta.url));

// vitest 5's reporter calls Map.groupBy, which Node 20 lacks: without this a failing test crashes the
// reporter and hides the failure. The config runs in the main process, where the reporter lives.
if (typeof (Map as { groupBy?: unknown }).groupBy !== "function") {
  Object.defineProperty(Map, "groupBy", {
    configurable: true,
    writable: true,
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group === undefined) groups.set(k, [item]);
        else group.push(item);
      }
      return groups;
    },
  });
}


/** The vitest config every package uses: tests beside the code, `source` condition, fixed fast-check seed. */
export const vitestBase = defineConfig({
  // Workspace packages are symlinked under node_modules, where vitest hands them to Node's own resolver and
  // the `source` condition is lost: alias them to their sources so tests never run a stale dist/ build.
  resolve: {
    alias: [
      { find: /^@gembridge\/core\/sse$/, replacement: packageSource("core/src/sse.ts") },
      { find: /^@gembridge\/core\/internal$/, replacement: packageSource("core/src/internal.ts") },
      { find: /^@gembridge\/core$/, replacement: packageSource("core/src/index.ts") },
      { find: /^@gembridge\/conformance$/, replacement: packageSource("conformance/src/index.ts") },
      { find: /^@gembridge\/testkit$/, replacement: packageSource("testkit/src/index.ts") },
    ],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    setupFiles: ["./test/setup.ts"],
  },
});
