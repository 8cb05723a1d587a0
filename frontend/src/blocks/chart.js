// Bar and line charts as plain SVG: a picture of the table that always sits beside it. The
// SVG is an image (a data: address) with a text alternative, not markup in the page: a text
// browser or a reader mode then reads the alternative and the table, not the chart's loose
// labels run together ("0100,000200,0002019…").
import { escapeHtml, html } from "../lib/html.js";
import { intlTag, pageLocale, t } from "../lib/i18n.js";

const WIDTH = 640;
const HEIGHT = 320;
const PAD = { top: 24, right: 24, bottom: 48, left: 96 };
// The site's colours (styles/main.css: --brand, --muted, --line, --card): an image does not
// see the page's styles.
const STYLE =
  "text{fill:#4a5258;font:20px system-ui,sans-serif}.chart__grid{stroke:#d9d3c7}" +
  ".chart__bar,.chart__dot{fill:#0b4f5c}.chart__line{fill:none;stroke:#0b4f5c;stroke-width:3}";

function niceMax(value) {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / magnitude) * magnitude;
}

/** The chart of the table's first number column, labelled by its first column, as SVG. */
export function chartSvg(table, kind, locale = pageLocale()) {
  const numberColumn = table.columns.findIndex((col, i) => i > 0 && col.type === "number");
  if (numberColumn < 0 || !table.rows.length) return "";
  const labels = table.rows.map((row) => String(row.values[0] ?? ""));
  const values = table.rows.map((row) => Number(row.values[numberColumn]) || 0);
  const max = niceMax(Math.max(...values));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / values.length;
  const x = (i) => PAD.left + step * i + step / 2;
  const y = (v) => PAD.top + plotH - (v / max) * plotH;

  const grid = [0, 0.5, 1]
    .map((f) => {
      const v = max * f;
      return (
        `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(v)}" y2="${y(v)}" class="chart__grid"/>` +
        `<text x="${PAD.left - 8}" y="${y(v) + 4}" text-anchor="end">${v.toLocaleString(intlTag(locale))}</text>`
      );
    })
    .join("");
  const marks =
    kind === "line"
      ? `<polyline class="chart__line" points="${values.map((v, i) => `${x(i)},${y(v)}`).join(" ")}"/>` +
        values
          .map((v, i) => `<circle class="chart__dot" cx="${x(i)}" cy="${y(v)}" r="5"/>`)
          .join("")
      : values
          .map((v, i) => {
            const w = Math.min(step * 0.6, 80);
            return `<rect class="chart__bar" x="${x(i) - w / 2}" y="${y(v)}" width="${w}" height="${PAD.top + plotH - y(v)}"/>`;
          })
          .join("");
  const axis = labels
    .map(
      (label, i) =>
        `<text x="${x(i)}" y="${HEIGHT - PAD.bottom + 30}" text-anchor="middle">${escapeHtml(label)}</text>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}"><style>${STYLE}</style><rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>${grid}${marks}${axis}</svg>`;
}

/** The chart as an image whose text alternative says what it shows and where its numbers
 * are; "" when the table has no number column. */
export function chartImage(table, kind, title, locale = pageLocale()) {
  const svg = chartSvg(table, kind, locale);
  if (!svg) return "";
  const what = t(locale, kind === "line" ? "chart.line" : "chart.bar");
  const alt = t(locale, "chart.alt", { what: title ? `${what}: ${title}` : what });
  return html`<img class="chart" src="data:image/svg+xml,${encodeURIComponent(svg)}"
    width="${WIDTH}" height="${HEIGHT}" alt="${alt}">`;
}
