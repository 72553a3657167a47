// Child processes of the peer comparison: started on loopback, tracked, and always killed (also on error/signals).
import { spawn } from "node:child_process";
import { connect } from "node:net";

const children = new Set();

/** Spawns `node args…`; resolves once `ready(line)` matches a stdout line or `port` accepts connections. */
export async function startNode(name, args, { env = {}, port, ready, timeoutMs = 30_000, cwd } = {}) {
  const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  child.on("exit", () => children.delete(child));
  const output = [];
  let matched;
  const seen = new Promise((resolve) => {
    let buffer = "";
    child.stdout.on("data", (data) => {
      buffer += data.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        if (output.length < 200) output.push(line);
        const hit = ready?.(line);
        if (hit !== undefined && matched === undefined) {
          matched = hit;
          resolve(hit);
        }
      }
    });
  });
  child.stderr.on("data", (data) => output.length < 200 && output.push(data.toString()));
  const exited = new Promise((_, reject) => child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${output.join("\n")}`))));
  const timer = new Promise((_, reject) => setTimeout(() => reject(new Error(`${name} not ready after ${timeoutMs} ms:\n${output.join("\n")}`)), timeoutMs).unref());
  const readyWhen = ready ? seen : waitForPort(port, timeoutMs).then(() => `http://127.0.0.1:${port}`);
  const url = await Promise.race([readyWhen, exited, timer]);
  return { child, url, output };
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`port ${port} did not open`);
}

/** A free loopback port (bound and released). */
export async function freePort() {
  const { createServer } = await import("node:net");
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** SIGTERM every child still running, SIGKILL after `graceMs`. */
export async function stopAll(graceMs = 3_000) {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const kill = setTimeout(() => child.kill("SIGKILL"), graceMs);
          child.once("exit", () => resolve(clearTimeout(kill)));
          child.kill("SIGTERM");
        }),
    ),
  );
}

/** Last resort on process exit: synchronous SIGKILL of anything left. */
export function killAllSync() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
