import { describe, expect, it } from "vitest";
import { GEMINI_FINISH_REASONS, GEMINI_MEDIA_RESOLUTIONS } from "../wire/gemini";
import { OPENAI_FINISH_REASONS } from "../wire/openai";
import { GOOGLE_STATUS_BY_HTTP, HTTP_BY_GOOGLE_STATUS, OPENAI_ERROR_TYPE_BY_HTTP } from "./error-status";
import { GEMINI_TO_OPENAI_FINISH_REASON, GEMINI_TOOL_PROTOCOL_FAILURES, OPENAI_TO_GEMINI_FINISH_REASON } from "./finish-reason";
import { DETAIL_BY_MEDIA_RESOLUTION, MEDIA_RESOLUTION_BY_DETAIL } from "./media-resolution";
import { OPENAI_MODALITY_BY_GEMINI, RESPONSE_MODALITY_BY_OPENAI } from "./modalities";
import { BUDGET_BY_LEVEL, EFFORT_BY_THINKING_LEVEL, REASONING_EFFORT_TABLE, THINKING_LEVEL_ORDER } from "./reasoning-effort";
import { FUNCTION_CALLING_MODE_BY_ALLOWED_TOOLS_MODE, FUNCTION_CALLING_MODE_BY_TOOL_CHOICE, TOOL_CHOICE_BY_MODE } from "./tool-choice";
import { MODALITY_TO_DETAIL_KEY, OPENAI_DETAIL_TO_GEMINI_MODALITY } from "./usage";
import { MODEL_TABLE } from "./model-capabilities";
import { thoughtSignatureRule } from "../signature/thought-signature-rules";
import { modelCapabilities } from "../model/model-capabilities";

const entries = <K extends string, V>(table: Record<K, V>) => Object.entries(table) as Array<[K, V]>;

// Each inverse undoes its forward table wherever the target vocabulary has the word; where it does not, the
// loss is one named row, so a new row that breaks the pairing fails here rather than in a client's round trip.
describe("tables/: every inverse undoes its forward table", () => {
  it("finish reasons: OpenAI → Gemini lands on a Gemini reason that maps back to the same OpenAI reason", () => {
    for (const [openai, gemini] of entries(OPENAI_TO_GEMINI_FINISH_REASON)) {
      const back = GEMINI_TO_OPENAI_FINISH_REASON[gemini];
      // Gemini says STOP after function calls: `tool_calls`/`function_call` come back through the calls, not the table.
      expect(back, openai).toBe(openai === "tool_calls" || openai === "function_call" ? "stop" : openai);
    }
    expect(Object.keys(OPENAI_TO_GEMINI_FINISH_REASON).sort()).toEqual([...OPENAI_FINISH_REASONS].sort());
    expect(Object.keys(GEMINI_TO_OPENAI_FINISH_REASON).sort()).toEqual([...GEMINI_FINISH_REASONS].sort());
    for (const reason of GEMINI_TOOL_PROTOCOL_FAILURES) expect(GEMINI_TO_OPENAI_FINISH_REASON, reason).toHaveProperty(reason, "content_filter");
  });

  it("tool choice: mode → choice → mode is the identity except VALIDATED (no OpenAI word)", () => {
    for (const [mode, choice] of entries(TOOL_CHOICE_BY_MODE)) {
      expect(FUNCTION_CALLING_MODE_BY_TOOL_CHOICE[choice], mode).toBe(mode === "VALIDATED" ? "AUTO" : mode);
    }
    for (const [choice, mode] of entries(FUNCTION_CALLING_MODE_BY_TOOL_CHOICE)) {
      expect(TOOL_CHOICE_BY_MODE[mode], choice).toBe(choice === "validated" ? "auto" : choice);
    }
    for (const [choice, mode] of entries(FUNCTION_CALLING_MODE_BY_ALLOWED_TOOLS_MODE)) expect(TOOL_CHOICE_BY_MODE[mode], choice).toBe(choice);
  });

  it("reasoning effort: a level reads back as an effort whose row has that level; budgets climb with the effort", () => {
    for (const [level, effort] of entries(EFFORT_BY_THINKING_LEVEL)) expect(REASONING_EFFORT_TABLE[effort].level, level).toBe(level);
    for (const level of THINKING_LEVEL_ORDER) {
      expect(EFFORT_BY_THINKING_LEVEL, level).toHaveProperty(level);
      expect(REASONING_EFFORT_TABLE[EFFORT_BY_THINKING_LEVEL[level]].budget, level).toBe(BUDGET_BY_LEVEL[level]);
    }
    const ladder = (["none", "minimal", "low", "medium", "high", "xhigh", "max"] as const).map((effort) => REASONING_EFFORT_TABLE[effort].budget);
    expect([...ladder].sort((a, b) => a - b)).toEqual(ladder);
  });

  it("media resolution: detail → level → detail is the identity, and every Gemini level has a detail", () => {
    for (const [detail, level] of entries(MEDIA_RESOLUTION_BY_DETAIL)) {
      if (level !== undefined) expect(DETAIL_BY_MEDIA_RESOLUTION[level], detail).toBe(detail);
    }
    expect(Object.keys(DETAIL_BY_MEDIA_RESOLUTION).sort()).toEqual([...GEMINI_MEDIA_RESOLUTIONS].sort());
  });

  it("modalities and usage detail keys are exact inverses", () => {
    for (const [openai, gemini] of entries(RESPONSE_MODALITY_BY_OPENAI)) expect(OPENAI_MODALITY_BY_GEMINI[gemini], openai).toBe(openai);
    expect(Object.keys(OPENAI_MODALITY_BY_GEMINI)).toHaveLength(Object.keys(RESPONSE_MODALITY_BY_OPENAI).length);
    for (const [modality, key] of entries(MODALITY_TO_DETAIL_KEY)) expect(OPENAI_DETAIL_TO_GEMINI_MODALITY[key], modality).toBe(modality);
    expect(Object.keys(OPENAI_DETAIL_TO_GEMINI_MODALITY)).toHaveLength(Object.keys(MODALITY_TO_DETAIL_KEY).length);
  });

  it("error status: a Google code's HTTP status names that code again, or one with the same HTTP status and OpenAI type", () => {
    const typeOf = (http: number) => (OPENAI_ERROR_TYPE_BY_HTTP as Record<number, string>)[http] ?? (http >= 500 ? "server_error" : "invalid_request_error");
    for (const [code, http] of entries(HTTP_BY_GOOGLE_STATUS)) {
      const back = (GOOGLE_STATUS_BY_HTTP as Record<number, keyof typeof HTTP_BY_GOOGLE_STATUS>)[http];
      expect(back, code).toBeDefined();
      if (back === undefined) continue;
      expect(HTTP_BY_GOOGLE_STATUS[back], code).toBe(http);
      expect(typeOf(HTTP_BY_GOOGLE_STATUS[back]), code).toBe(typeOf(http));
    }
    for (const [http, code] of entries(GOOGLE_STATUS_BY_HTTP)) expect(typeOf(HTTP_BY_GOOGLE_STATUS[code]), String(http)).toBe(typeOf(Number(http)));
  });

  it("thought-signature rules come from the capability table: a rule exactly where the row validates", () => {
    for (const [prefix, row] of Object.entries(MODEL_TABLE)) {
      for (const model of [prefix, `models/${prefix}-preview`, `projects/p/locations/global/publishers/google/models/${prefix}-001`]) {
        expect(thoughtSignatureRule(model) !== undefined, model).toBe(row.thoughtSignatures.value);
        expect(modelCapabilities(model).requiresThoughtSignatures, model).toBe(row.thoughtSignatures.value);
      }
    }
    expect(thoughtSignatureRule("gemini-3.5-flash")?.prefix).toBe("gemini-3");
    expect(thoughtSignatureRule("gpt-4o")).toBeUndefined();
  });
});
