/**
 * Splits assistant text written with Google's `thought_tag_marker` (`<think>…</think>` when the marker is
 * `think`) into thought and answer segments — what Google's endpoint does to history on later turns
 * (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview). Linear (indexOf scans, no regex); an opening tag without its closing tag is plain text.
 */
export function splitThoughtTags(text: string, marker: string): Array<{ text: string; thought: boolean }> {
  const open = `<${marker}>`;
  const close = `</${marker}>`;
  const segments: Array<{ text: string; thought: boolean }> = [];
  let position = 0;
  while (position < text.length) {
    const start = text.indexOf(open, position);
    const end = start === -1 ? -1 : text.indexOf(close, start + open.length);
    if (start === -1 || end === -1) {
      segments.push({ text: text.slice(position), thought: false });
      break;
    }
    if (start > position) segments.push({ text: text.slice(position, start), thought: false });
    const inner = text.slice(start + open.length, end);
    if (inner !== "") segments.push({ text: inner, thought: true });
    position = end + close.length;
  }
  return segments.filter((segment) => segment.text !== "");
}
