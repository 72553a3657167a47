import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Starts main.ts with `env`, resolves with the process, its stdout lines and the URL from the startup line. */
export async function startMain(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "src/main.ts", "--port", "0", ...args], {
    cwd: PACKAGE_ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Array<Record<string, unknown>> = [];
  let buffered = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      for (let newline = buffered.indexOf("\n"); newline !== -1; newline = buffered.indexOf("\n")) {
        const line = JSON.parse(buffered.slice(0, newline)) as Record<string, unknown>;
        buffered = buffered.slice(newline + 1);
        lines.push(line);
        if (line.event === "listening") resolve(line.url as string);
      }
    });
    child.once("exit", (code) => reject(new Error(`main.ts exited with ${code}: ${stderr}`)));
  });
  return { child, lines, url: await listening, stderr: () => stderr };
}

