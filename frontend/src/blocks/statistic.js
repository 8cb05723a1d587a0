import { html } from "../lib/html.js";
import { sourceLine } from "./source.js";

// Every part shows only when it is there: a draft may be saved with fields still empty.
export default function statistic({
  figure,
  label,
  source_title: source,
  source_url: url,
  as_of: asOf,
}) {
  if (!figure && !label) return "";
  return html`<figure class="statistic">
    ${figure ? html`<p class="statistic__figure">${figure}</p>` : ""}
    ${
      label || asOf
        ? html`<p class="statistic__label">${label}${
            asOf ? html`${label ? " " : ""}<span class="statistic__when">(${asOf})</span>` : ""
          }</p>`
        : ""
    }
    ${sourceLine(source, url, "figcaption")}
  </figure>`;
}
