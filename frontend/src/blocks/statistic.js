import { html, safeUrl } from "../html.js";

export default function statistic({ figure, label, source_title: source, source_url: url, as_of: asOf }) {
  const href = safeUrl(url);
  return html`<figure class="statistic">
    <p class="statistic__figure">${figure}</p>
    <p class="statistic__label">${label}${asOf ? html` <span class="statistic__when">(${asOf})</span>` : ""}</p>
    <figcaption class="source">Source: ${href
      ? html`<a href="${href}" rel="noreferrer noopener">${source}</a>`
      : source}</figcaption>
  </figure>`;
}
