import { chartSvg } from "../chart.js";
import { html, safeUrl } from "../html.js";

export default function dataTable(value) {
  const { title, table, chart, summary, source_title: source, source_url: url } = value;
  const href = safeUrl(url);
  const captionId = `table-${Math.random().toString(36).slice(2, 9)}`;
  // The chart is a picture of the table below it; the table is what screen readers use.
  const picture = chart !== "none" ? chartSvg(table, chart, title) : "";
  return html`<figure class="data" aria-labelledby="${captionId}">
    <figcaption id="${captionId}" class="data__title">${title}</figcaption>
    ${summary ? html`<p class="data__summary">${summary}</p>` : ""}
    ${picture}
    <div class="data__scroll" tabindex="0" role="region" aria-label="${title}: table">
      <table>
        <thead><tr>${table.columns.map((col) => html`<th scope="col">${col.heading}</th>`)}</tr></thead>
        <tbody>${table.rows.map(
          (row) => html`<tr>${row.values.map((cell, i) =>
            i === 0
              ? html`<th scope="row">${cell}</th>`
              : html`<td>${typeof cell === "number" ? cell.toLocaleString("en-US") : cell}</td>`,
          )}</tr>`,
        )}</tbody>
      </table>
    </div>
    <p class="source">Source: ${href ? html`<a href="${href}" rel="noreferrer noopener">${source}</a>` : source}</p>
  </figure>`;
}
