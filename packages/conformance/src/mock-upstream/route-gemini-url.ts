/** Parses Gemini API and Vertex AI generateContent URLs. */
export interface GeminiRoute {
  readonly dialect: "gemini" | "vertex";
  readonly model: string;
  readonly method: "generateContent" | "streamGenerateContent";
  readonly alt: string | null;
  readonly project?: string;
  readonly location?: string;
}

const GEMINI = /^\/v1(?:beta|alpha)?\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;
const VERTEX = /^\/v1(?:beta1)?\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;
// Vertex express mode: API key instead of OAuth, no project or location in the path.
const VERTEX_EXPRESS = /^\/v1(?:beta1)?\/publishers\/google\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;

export function routeGeminiUrl(rawUrl: string): GeminiRoute | undefined {
  const url = new URL(rawUrl, "http://localhost");
  const path = decodeURIComponent(url.pathname);
  const alt = url.searchParams.get("alt");
  const g = GEMINI.exec(path);
  if (g) return { dialect: "gemini", model: g[1] as string, method: g[2] as GeminiRoute["method"], alt };
  const v = VERTEX.exec(path);
  if (v)
    return { dialect: "vertex", project: v[1] as string, location: v[2] as string, model: v[3] as string, method: v[4] as GeminiRoute["method"], alt };
  const e = VERTEX_EXPRESS.exec(path);
  if (e) return { dialect: "vertex", model: e[1] as string, method: e[2] as GeminiRoute["method"], alt };
  return undefined;
}
