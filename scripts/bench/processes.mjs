// Child processes for the end-to-end and memory benches: every server runs in its own process on 127.0.0.1 so the
// load generator (this process) never shares an event loop with what it measures. Every child is registered and
// killed by `stopAll()`, which run.mjs calls in `finally` and on SIGINT/SIGTERM/uncaught errors.

import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const children = new Set();

/** A free loopback port (tiny race between close and the child's listen; fine on a bench machine). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node <args>` from the repo root with stdout discarded (request logs go to /dev/null, like a production
 * log shipper that is not the bottleneck) and the last 4 KB of stderr kept for error messages. Resolves once
 * `port` accepts TCP connections.
 */
export async function startServer(name, args, port, env = {}, { ipc = false } = {}) {
  const stdio = ipc ? ["ignore", "ignore", "pipe", "ipc"] : ["ignore", "ignore", "pipe"];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio, env: { ...process.env, ...env } });
  let stderr = "";
  child.stderr.on("data", (data) => {
    stderr = (stderr + data.toString()).slice(-4096);
  });
  const handle = { name, child, pid: child.pid, url: `http://127.0.0.1:${port}`, stderr: () => stderr };
  children.add(handle);
  child.once("exit", () => children.delete(handle));
  const deadline = Date.now() + 30_000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before listening:\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`${name} did not listen on ${port} within 30 s:\n${stderr}`);
    await sleep(100);
  }
  return handle;
}

export async function stopServer(handle) {
  if (handle.child.exitCode !== null || handle.child.signalCode !== null) return;
  const exited = new Promise((resolve) => handle.child.once("exit", resolve));
  handle.child.kill("SIGTERM");
  const timer = setTimeout(() => handle.child.kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(timer);
}

export async function stopAll() {
  await Promise.all([...children].map((handle) => stopServer(handle)));
}

/** Synchronous last resort for `process.on("exit")`: SIGKILL whatever is still registered. */
export function killAllSync() {
  for (const handle of children) {
    try {
      handle.child.kill("SIGKILL");
    } catch {}
  }
}

/**
 * Where the end-to-end bench puts its processes: the proxy under test alone on the last CPU this process may use,
 * the load generator (this process) and the mock upstream on the others. Unpinned, the three competed for the same
 * cores, and even the floor's req/s moved from 5,058 to 9,727 between runs. Pinned, every contender gets the same
 * one core, and while the host is calm the rounds of a cell agree within a few percent. Null (nothing pinned) with
 * fewer than 2 usable CPUs or without `taskset` (util-linux). The CPUs come from this process's own affinity list,
 * so a container limited to CPUs 2–3 pins to those.
 */
export function cpuPlacement() {
  if (process.platform !== "linux") return null;
  let list;
  try {
    // "pid 123's current affinity list: 0-3,6"
    list = execFileSync("taskset", ["-cp", String(process.pid)], { encoding: "utf8" }).split(":").pop().trim();
  } catch {
    return null;
  }
  const cpus = list.split(",").flatMap((range) => {
    const [first, last = first] = range.split("-").map(Number);
    return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
  });
  if (cpus.length < 2 || cpus.some((cpu) => !Number.isInteger(cpu))) return null;
  return { proxy: String(cpus.at(-1)), load: cpus.slice(0, -1).join(","), all: list };
}

/** Pins every thread of a running process to `cpus` (a taskset list such as `0` or `0-2`). */
export function pinProcess(pid, cpus) {
  execFileSync("taskset", ["-a", "-cp", cpus, String(pid)], { stdio: "ignore" });
}

/** Resident set size of a process in bytes, from /proc (Linux); null elsewhere. */
export function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match === null ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system) a process has used so far, in microseconds, from /proc/<pid>/stat (Linux; null
 * elsewhere). Clock ticks are 10 ms (CLK_TCK 100), so only differences over seconds of load are meaningful.
 */
export function cpuTimeOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesized command name (which may contain spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

const CLOCK_TICKS = 100;

/** Asks a child started with `{ ipc: true }` (gateway-server.mjs) for its memory usage after a full GC. */
export function childMemory(handle) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${handle.name}: no memory report within 10 s`)), 10_000);
    handle.child.once("message", (message) => {
      clearTimeout(timer);
      resolve(message.memory);
    });
    handle.child.send("memory");
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One HTTP exchange (for sanity checks): resolves `{ status, headers, body }`. */
export function fetchText(url, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (piece) => {
        text += piece;
      });
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: text }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error(`timeout: ${url}`)));
    outgoing.end(body);
  });
}
