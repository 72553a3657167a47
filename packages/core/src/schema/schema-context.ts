/**
 * Shared state of one schema translation: the document root (for `$ref`), options, the warning list
 * (deduplicated: an inlined `$defs` entry would otherwise warn once per use), and the node budget.
 */
import { GembridgeError } from "../errors/gembridge-error";
import { joinPath, type TranslationWarning } from "../shared/result";
import { hasOwn, isRecord, tooLarge } from "./json-value";
import type { ResolvedSchemaOptions } from "./schema-options";

export type PathSegment = string | number;
export type SchemaPath = readonly PathSegment[];

/** `$ref`s expanded on the way to a node (a linked list: cheap to extend, never shared mutably). */
export interface RefTrail {
  readonly ref: string;
  readonly next: RefTrail | undefined;
}

export function refCount(trail: RefTrail | undefined, ref: string): number {
  let count = 0;
  for (let link = trail; link !== undefined; link = link.next) if (link.ref === ref) count++;
  return count;
}

export class SchemaContext {
  readonly warnings: TranslationWarning[] = [];
  readonly budget: { left: number };
  private readonly seen = new Set<string>();
  /** Vertex `defs` to emit: name → the container it came from (`$defs` or `definitions`), in first-use order. */
  readonly definitions = new Map<string, "$defs" | "definitions">();

  constructor(
    readonly root: unknown,
    readonly options: ResolvedSchemaOptions,
  ) {
    this.budget = { left: options.maxNodes };
  }

  path(path: SchemaPath): string {
    return joinPath(this.options.path, ...path);
  }

  warn(path: SchemaPath, code: string, message: string): void {
    const full = this.path(path);
    const key = `${full}\u0000${code}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.warnings.push({ path: full, code, message });
  }

  /** Counts one translated node against `maxNodes`. */
  spend(path: SchemaPath): void {
    if (--this.budget.left < 0) throw tooLarge(this.path(path) || null);
  }

  checkDepth(depth: number, path: SchemaPath): void {
    if (depth > this.options.maxDepth) {
      throw new GembridgeError(
        `The schema nests deeper than ${this.options.maxDepth} levels (option \`maxDepth\`); Gemini cannot use it. Flatten the schema or raise \`maxDepth\`.`,
        { status: 400, code: "schema_too_deep", param: this.path(path) || null },
      );
    }
  }

  /** Registers a root definition for Vertex `defs`; false when it cannot be used as a `ref` (missing, or a name clash). */
  requestDefinition(container: "$defs" | "definitions", name: string, at: SchemaPath): boolean {
    const known = this.definitions.get(name);
    if (known !== undefined) return known === container;
    const holder = isRecord(this.root) && hasOwn(this.root, container) ? this.root[container] : undefined;
    if (!isRecord(holder) || !hasOwn(holder, name)) {
      throw this.invalid([...at, "$ref"], `Cannot resolve \`$ref\` "#/${container}/${name}": nothing at that location in the schema.`);
    }
    this.definitions.set(name, container);
    return true;
  }

  invalid(path: SchemaPath, message: string): GembridgeError {
    return new GembridgeError(message, { status: 400, code: "invalid_schema", param: this.path(path) || null });
  }
}
