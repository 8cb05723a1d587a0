import { html } from "../lib/html.js";
import { intlTag, pageLocale, t } from "../lib/i18n.js";
import { chartImage } from "./chart.js";
import { sourceLine } from "./source.js";

/** A short, stable name for a text (djb2 hash, base 36). */
function hash(text) {
  let h = 5381;
  for (let i = 0; i < text.length; i += 1) h = ((h << 5) + h + text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

export default function dataTable(value, locale = pageLocale()) {
  const { title, summary, source_title: source, source_url: url } = value;
  // A draft may be saved before its table, title or source is filled in: show what is there.
  const table = { columns: value.table?.columns || [], rows: value.table?.rows || [] };
  if (!table.rows.length && !title) return "";
  const chart = (table.rows.length && value.chart) || "none";
  // The same table gets the same id wherever it is drawn (the server's first view and the
  // browser must agree), and two tables on a page differ by what they say.
  const captionId = `table-${hash(JSON.stringify([title, summary, table.columns]))}`;
  // The chart is a picture of the table below it; the table is what screen readers use.
  const picture = chart !== "none" ? chartImage(table, chart, title, locale) : "";
  return html`<figure class="data"${title ? html` aria-labelledby="${captionId}"` : ""}>
    ${title ? html`<figcaption id="${captionId}" class="data__title">${title}</figcaption>` : ""}
    ${summary ? html`<p class="data__summary">${summary}</p>` : ""}
    ${picture}
    ${
      table.rows.length
        ? html`<section class="data__scroll" tabindex="0" aria-label="${title ? t(locale, "table.named", { title }) : t(locale, "table.unnamed")}">
      <table>
        ${value.table?.caption ? html`<caption>${value.table.caption}</caption>` : ""}
        <thead><tr>${table.columns.map((col) => html`<th scope="col">${col.heading}</th>`)}</tr></thead>
        <tbody>${table.rows.map(
          (row) =>
            html`<tr>${row.values.map((cell, i) =>
              i === 0
                ? html`<th scope="row">${cell}</th>`
                : html`<td>${typeof cell === "number" ? cell.toLocaleString(intlTag(locale)) : cell}</td>`,
            )}</tr>`,
        )}</tbody>
      </table>
    </section>`
        : ""
    }
    ${sourceLine(source, url, "p", locale)}
  </figure>`;
}
