// The gembridge gateway as `pnpm start` runs it (flags → loadConfig → createGateway, request log on stdout), plus an
// IPC hook for the memory bench: the parent sends "memory" and gets process.memoryUsage() after a full GC, so
// "no growth over rounds" is judged on the live heap, not on RSS (which V8 rarely hands back to the OS).
// Started with `node --expose-gc --import tsx --conditions=source scripts/bench/gateway-server.mjs <gateway flags>`.

import { createGateway, loadConfig } from "../../packages/gateway/src/index.ts";

const config = loadConfig(process.argv.slice(2), {});
if (config === "help") throw new Error("no --help here");
const gateway = await createGateway(config);
await gateway.listen();
process.on("message", (message) => {
  if (message !== "memory") return;
  globalThis.gc?.();
  process.send?.({ memory: process.memoryUsage() });
});
process.on("SIGTERM", () => {
  gateway.close().then(() => process.exit(0), () => process.exit(1));
});
