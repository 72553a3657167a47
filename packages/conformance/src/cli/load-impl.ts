import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ConformanceImpl } from "../run-conformance";

/** `--impl` module (a path or a package name) or `@gembridge/core`. */
export async function loadImpl(spec: string | undefined): Promise<ConformanceImpl> {
  if (!spec) return (await import("@gembridge/core")) as unknown as ConformanceImpl;
  const target = spec.startsWith(".") || isAbsolute(spec) ? pathToFileURL(resolve(spec)).href : spec;
  const mod = (await import(target)) as Record<string, unknown>;
  return (mod.default && typeof mod.default === "object" ? mod.default : mod) as ConformanceImpl;
}

/** Minimal flag parser: `--name value`, `--flag`, positionals. */
export function parseArgs(argv: readonly string[]): { flags: Map<string, string | true>; positionals: string[] } {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith("--")) flags.set(arg.slice(2), argv[++i] as string);
    else flags.set(arg.slice(2), true);
  }
  return { flags, positionals };
}
