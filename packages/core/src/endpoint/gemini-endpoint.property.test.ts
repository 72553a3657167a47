import { fc, it as prop } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { type GeminiEndpointOptions, geminiEndpoint } from "./gemini-endpoint";

/**
 * Whatever a client names as its model, the URL the gateway calls with its own credentials keeps the configured
 * origin, API version and project prefix, and a query of only what the gateway adds — checked on the URL as
 * `new URL` (and so the upstream's HTTP stack) reads it, not on the text.
 */
const DANGEROUS = ["..", ".", "/", "%2e", "%2E", "%2f", "%00", "?", "#", "@", "\\", ":", "\r", "\n", "\t", " ", "\u2024", "\uff0e", "\u3002", "models", "projects", "p", "locations", "l", "publishers", "google", "endpoints", "tunedModels", "key=k", "&", "google/", "x"];
const tokens = fc.array(fc.constantFrom(...DANGEROUS), { maxLength: 12 }).map((parts) => parts.join(""));
// Paths of such tokens, so documented shapes with a dot segment in one place (`publishers/../models/x`) come up.
const segments = fc.array(fc.oneof(fc.constantFrom(...DANGEROUS), tokens), { minLength: 1, maxLength: 8 }).map((parts) => parts.join("/"));
// Documented shapes with each slot filled by a plain name or dangerous tokens (`publishers/../models/x`).
const TEMPLATES = ["_", "models/_", "tunedModels/_", "dynamic/_", "publishers/_/models/_", "projects/_/locations/_/publishers/_/models/_", "projects/_/locations/_/endpoints/_", "projects/p/locations/l/endpoints/_", "projects/p/locations/global/publishers/google/models/_"];
const slot = fc.oneof(fc.constantFrom("gemini-2.5-flash", "p", "l", "global", ".", ".."), tokens);
const shaped = fc.tuple(fc.constantFrom(...TEMPLATES), fc.array(slot, { minLength: 4, maxLength: 4 })).map(([template, fill]) => {
  let index = 0;
  return template.replace(/_/g, () => fill[index++] as string);
});
const model = fc.oneof(shaped, segments, fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), tokens, tokens.map((t) => `models/${t}`), tokens.map((t) => `projects/p/locations/l/${t}`));

interface Setup {
  options: Omit<GeminiEndpointOptions, "model" | "stream">;
  origin: string;
  prefix: string;
}
const setups: Setup[] = [
  { options: { dialect: "gemini" }, origin: "https://generativelanguage.googleapis.com", prefix: "/v1beta/" },
  { options: { dialect: "gemini", baseUrl: "http://127.0.0.1:8/proxy/" }, origin: "http://127.0.0.1:8", prefix: "/proxy/v1beta/" },
  { options: { dialect: "vertex", project: "p", location: "l" }, origin: "https://l-aiplatform.googleapis.com", prefix: "/v1/projects/p/locations/l/" },
  { options: { dialect: "vertex", project: "p", location: "global", baseUrl: "https://proxy.test/g" }, origin: "https://proxy.test", prefix: "/g/v1/projects/p/locations/global/" },
  { options: { dialect: "vertex", apiKey: "K" }, origin: "https://aiplatform.googleapis.com", prefix: "/v1/publishers/" },
  { options: { dialect: "vertex", apiKey: "K", baseUrl: "https://proxy.test" }, origin: "https://proxy.test", prefix: "/v1/publishers/" },
];

describe("geminiEndpoint: no model steers the URL", () => {
  prop.prop([model, fc.constantFrom(...setups), fc.boolean()], { numRuns: 2000 })("rejects with 400 param model, or stays inside the configured prefix", (name, setup, stream) => {
    let url: string;
    try {
      url = geminiEndpoint({ ...setup.options, model: name, stream }).url;
    } catch (error) {
      expect(error).toBeInstanceOf(GembridgeError);
      expect(error).toMatchObject({ status: 400, param: "model" });
      return;
    }
    const parsed = new URL(url);
    expect(parsed.origin).toBe(setup.origin);
    expect(parsed.username + parsed.password).toBe("");
    expect(parsed.pathname.startsWith(setup.prefix)).toBe(true);
    // URL parsing changed nothing: no dot segment, backslash or stray character was normalized away.
    expect(`${parsed.origin}${parsed.pathname}${parsed.search}`).toBe(url);
    expect(parsed.search).toBe(stream ? "?alt=sse" : "");
    expect(parsed.hash).toBe("");
    expect(parsed.pathname.endsWith(stream ? ":streamGenerateContent" : ":generateContent")).toBe(true);
    // Exactly one method suffix, and no segment decodes to a dot segment or a separator.
    expect(parsed.pathname.split(":").length).toBe(2);
    for (const segment of parsed.pathname.split("/").slice(1)) {
      const decoded = decodeURIComponent(segment);
      expect(decoded === "." || decoded === ".." || decoded.includes("/") || decoded.includes("\\")).toBe(false);
    }
    // On Vertex the project and location are the configured ones.
    if (setup.options.project !== undefined) expect(parsed.pathname).toContain(`/projects/${setup.options.project}/locations/${setup.options.location}/`);
  });
});
