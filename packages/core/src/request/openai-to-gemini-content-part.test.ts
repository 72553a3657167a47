import { describe, expect, it } from "vitest";
import type { GembridgeError } from "../errors/gembridge-error";
import { thrown, translate } from "../../test/helpers/openai-to-gemini-test-helpers";

const user = (content: unknown[]) => [{ role: "user", content }];
const partsOf = (content: unknown[], model = "gemini-2.5-flash", options = {}) =>
  translate({ model, messages: user(content) }, options).value.body.contents[0]?.parts;

describe("content parts", () => {
  it("image_url as object or bare string; data URI → inlineData; gs:// and https → fileData", () => {
    expect(
      partsOf([
        { type: "text", text: "Describe" },
        { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } },
        { type: "image_url", image_url: "gs://cloud-samples-data/generative-ai/image/scones.jpg" },
        { type: "image_url", image_url: { url: "https://example.com/a/b.webp?x=1#y" } },
      ]),
    ).toEqual([
      { text: "Describe" },
      { inlineData: { mimeType: "image/png", data: "iVBORw0KGgo=" } },
      { fileData: { mimeType: "image/jpeg", fileUri: "gs://cloud-samples-data/generative-ai/image/scones.jpg" } },
      { fileData: { mimeType: "image/webp", fileUri: "https://example.com/a/b.webp?x=1#y" } },
    ]);
  });

  it("URLs without a known extension get defaultImageMimeType, with a warning", () => {
    const { value, warnings } = translate(
      { model: "m", messages: user([{ type: "image_url", image_url: { url: "https://example.com/img" } }]) },
      { defaultImageMimeType: "image/png" },
    );
    expect(value.body.contents[0]?.parts).toEqual([{ fileData: { mimeType: "image/png", fileUri: "https://example.com/img" } }]);
    expect(warnings).toEqual([
      { path: "messages[0].content[0].image_url.url", code: "defaulted", message: "MIME type not given by the URL; sent image/png" },
    ]);
  });

  it("detail → per-part mediaResolution on Gemini 3", () => {
    expect(
      partsOf(
        [
          { type: "image_url", image_url: { url: "gs://b/x.png", detail: "high" } },
          { type: "image_url", image_url: { url: "gs://b/y.png", detail: "low" } },
          { type: "image_url", image_url: { url: "gs://b/z.png", detail: "auto" } },
        ],
        "gemini-3-pro-preview",
      ),
    ).toEqual([
      { fileData: { mimeType: "image/png", fileUri: "gs://b/x.png" }, mediaResolution: { level: "MEDIA_RESOLUTION_HIGH" } },
      { fileData: { mimeType: "image/png", fileUri: "gs://b/y.png" }, mediaResolution: { level: "MEDIA_RESOLUTION_LOW" } },
      { fileData: { mimeType: "image/png", fileUri: "gs://b/z.png" } },
    ]);
  });

  it("detail → request-level generationConfig.mediaResolution on older models; mixed details send the highest", () => {
    const { value, warnings } = translate({
      model: "gemini-2.5-flash",
      messages: user([
        { type: "image_url", image_url: { url: "gs://b/x.png", detail: "low" } },
        { type: "image_url", image_url: { url: "gs://b/y.png", detail: "high" } },
      ]),
    });
    expect(value.body.contents[0]?.parts?.every((part) => part.mediaResolution === undefined)).toBe(true);
    expect(value.body.generationConfig).toEqual({ mediaResolution: "MEDIA_RESOLUTION_HIGH" });
    expect(warnings).toEqual([
      {
        path: "messages[0].content[0].image_url.detail",
        code: "approximated",
        message: "this model takes one media resolution per request; sent MEDIA_RESOLUTION_HIGH",
      },
    ]);
  });

  it("input_audio: mp3/wav formats, a MIME-type format and a gs:// URI (the seed's form)", () => {
    expect(
      partsOf([
        { type: "input_audio", input_audio: { data: "SUQz", format: "mp3" } },
        { type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } },
        { type: "input_audio", input_audio: { format: "audio/mp3", data: "gs://cloud-samples-data/generative-ai/audio/pixel.mp3" } },
      ]),
    ).toEqual([
      { inlineData: { mimeType: "audio/mp3", data: "SUQz" } },
      { inlineData: { mimeType: "audio/wav", data: "UklGRg==" } },
      { fileData: { mimeType: "audio/mp3", fileUri: "gs://cloud-samples-data/generative-ai/audio/pixel.mp3" } },
    ]);
    const error = thrown(() => partsOf([{ type: "input_audio", input_audio: { data: "SUQz", format: "midi" } }])) as GembridgeError;
    expect(error.param).toBe("messages[0].content[0].input_audio.format");
  });

  it("file parts: base64 file_data with filename → inlineData; data URI; file_id URIs → fileData", () => {
    expect(
      partsOf(
        [
          { type: "file", file: { file_data: "JVBERi0=", filename: "report.pdf" } },
          { type: "file", file: { file_data: "data:text/plain;base64,aGk=" } },
          { type: "file", file: { file_id: "gs://bucket/doc.pdf" } },
          { type: "file", file: { file_id: "files/abc-123", filename: "clip.mp4" } },
        ],
        "m",
        { dialect: "vertex" },
      ),
    ).toEqual([
      { inlineData: { mimeType: "application/pdf", data: "JVBERi0=" } },
      { inlineData: { mimeType: "text/plain", data: "aGk=" } },
      { fileData: { mimeType: "application/pdf", fileUri: "gs://bucket/doc.pdf" } },
      { fileData: { mimeType: "video/mp4", fileUri: "https://generativelanguage.googleapis.com/v1beta/files/abc-123" } },
    ]);
  });

  it("OpenAI file ids are a 400; Vertex needs a MIME type for a file URI", () => {
    const openaiId = thrown(() => partsOf([{ type: "file", file: { file_id: "file-abc123" } }])) as GembridgeError;
    expect([openaiId.param, openaiId.code]).toEqual(["messages[0].content[0].file.file_id", "unsupported_file_id"]);
    expect(partsOf([{ type: "file", file: { file_id: "gs://b/blob" } }])).toEqual([{ fileData: { fileUri: "gs://b/blob" } }]);
    const vertex = thrown(() => partsOf([{ type: "file", file: { file_id: "gs://b/blob" } }], "m", { dialect: "vertex" })) as GembridgeError;
    expect(vertex.param).toBe("messages[0].content[0].file");
  });

  it("video by URI: video_url parts, image_url/file with a video extension, YouTube links", () => {
    expect(
      partsOf([
        { type: "video_url", video_url: { url: "gs://b/clip.mov" } },
        { type: "image_url", image_url: "https://www.youtube.com/watch?v=abc" },
        { type: "file", file: { file_id: "https://example.com/v.webm" } },
      ]),
    ).toEqual([
      { fileData: { mimeType: "video/mov", fileUri: "gs://b/clip.mov" } },
      { fileData: { mimeType: "video/mp4", fileUri: "https://www.youtube.com/watch?v=abc" } },
      { fileData: { mimeType: "video/webm", fileUri: "https://example.com/v.webm" } },
    ]);
  });

  it("part-level extra_content.google: thought flag and signature on that part", () => {
    const { value } = translate({
      model: "m",
      messages: [
        { role: "user", content: "q" },
        {
          role: "assistant",
          content: [
            { type: "text", text: "thinking", extra_content: { google: { thought: true } } },
            { type: "text", text: "answer", extra_content: { google: { thought_signature: "c2ln" } } },
          ],
        },
      ],
    });
    expect(value.body.contents[1]).toEqual({
      role: "model",
      parts: [{ text: "thinking", thought: true }, { text: "answer", thoughtSignature: "c2ln" }],
    });
  });

  it("bad parts are 400s naming the part", () => {
    const cases: Array<[unknown, string]> = [
      [{ type: "image_url", image_url: { url: "ftp://x" } }, "messages[0].content[0].image_url.url"],
      [{ type: "image_url", image_url: { url: "data:image/png,notbase64" } }, "messages[0].content[0].image_url.url"],
      [{ type: "hologram" }, "messages[0].content[0].type"],
      [{ type: "text" }, "messages[0].content[0].text"],
      [{ type: "file", file: {} }, "messages[0].content[0].file"],
      ["text", "messages[0].content[0]"],
    ];
    for (const [part, param] of cases) expect((thrown(() => partsOf([part])) as GembridgeError).param).toBe(param);
  });
});
