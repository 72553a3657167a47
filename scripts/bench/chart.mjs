// Hand-written SVG bar charts (no chart library): horizontal bars, optional goal lines, optional log scale.

const escapeXml = (text) => String(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * groups: [{ label, bars: [{ value, series }] }]; series: [{ name, color }]; goals: [{ value, label }].
 * Returns an SVG document as a string.
 */
export function barChart({ title, unit, groups, series, goals = [], log = false, width = 860 }) {
  const labelWidth = 300;
  const plotWidth = width - labelWidth - 90;
  const barHeight = 14;
  const groupGap = 12;
  const top = 56;
  const values = groups.flatMap((group) => group.bars.map((bar) => bar.value)).concat(goals.map((goal) => goal.value));
  const max = Math.max(...values, log ? 2 : 1) * 1.08;
  // Log scale starts at 0.5 so ratios just under 1× (faster than the floor, within noise) stay visible.
  const min = log ? 0.5 : 0;
  const scale = (value) => {
    const v = Math.max(value, min);
    const fraction = log ? Math.log10(v / min) / Math.log10(max / min) : v / max;
    return labelWidth + fraction * plotWidth;
  };
  const height = top + groups.reduce((sum, group) => sum + group.bars.length * (barHeight + 2) + groupGap, 0) + 40;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="600">${escapeXml(title)}</text>`,
  ];
  series.forEach((entry, index) => {
    const x = 12 + index * 190;
    parts.push(`<rect x="${x}" y="32" width="12" height="12" fill="${entry.color}"/><text x="${x + 18}" y="42">${escapeXml(entry.name)}</text>`);
  });
  let y = top;
  for (const group of groups) {
    const groupTop = y;
    for (const bar of group.bars) {
      const color = series.find((entry) => entry.name === bar.series)?.color ?? "#888";
      const end = scale(bar.value);
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${Math.max(1, end - labelWidth).toFixed(1)}" height="${barHeight}" fill="${color}"/>`);
      parts.push(`<text x="${(end + 4).toFixed(1)}" y="${y + barHeight - 3}">${escapeXml(bar.text ?? `${bar.value.toFixed(2)}${unit}`)}</text>`);
      y += barHeight + 2;
    }
    parts.push(`<text x="${labelWidth - 8}" y="${((groupTop + y) / 2 + 4).toFixed(1)}" text-anchor="end">${escapeXml(group.label)}</text>`);
    y += groupGap;
  }
  for (const goal of goals) {
    const x = scale(goal.value).toFixed(1);
    parts.push(`<line x1="${x}" y1="${top - 6}" x2="${x}" y2="${y - groupGap + 4}" stroke="#c00" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${x}" y="${y + 8}" fill="#c00" text-anchor="middle">${escapeXml(goal.label)}</text>`);
  }
  parts.push(`<line x1="${labelWidth}" y1="${top - 6}" x2="${labelWidth}" y2="${y - groupGap + 4}" stroke="#333"/>`);
  if (log) parts.push(`<text x="${width - 12}" y="${height - 8}" text-anchor="end" fill="#666">log scale</text>`);
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
