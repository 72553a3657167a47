import { ConfigError, helpText, loadConfig } from "./config";
import { flushStdout, stdoutSink, writeJsonLine } from "./log";
import { createGateway } from "./server";

/** `pnpm start`: configuration from flags and env, one JSON log line per event, graceful stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof ConfigError) && !(error instanceof TypeError)) throw error;
    // parseArgs reports unknown flags as TypeError(ERR_PARSE_ARGS_*).
    process.stderr.write(`${error.message}\n\n${helpText()}\n`);
    process.exit(2);
  }
  if (config === "help") {
    process.stdout.write(`${helpText()}\n`);
    return;
  }
  const gateway = await createGateway(config);
  const url = await gateway.listen();
  writeJsonLine(stdoutSink, {
    event: "listening",
    url,
    chat_completions: `${url}/v1/chat/completions → ${gateway.upstreams.gemini}`,
    generate_content: `${url}/v1beta/models/{model}:generateContent → ${gateway.upstreams.openai}`,
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    writeJsonLine(stdoutSink, { event: "stopping", signal, grace_ms: config.shutdownGraceMs });
    gateway.close().then(
      () => {
        writeJsonLine(stdoutSink, { event: "stopped" });
        flushStdout();
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
