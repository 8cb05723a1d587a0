import { renderBlocks } from "../blocks/index.js";
import { directorySection } from "../directory/filters.js";
import { html, safeUrl } from "../lib/html.js";
import { pageHeader } from "./common.js";

// The page's own words, then its cities, then the listings of every city.
export default function resourceGuide(page) {
  return html`${pageHeader(page.title, page.intro)}
    ${renderBlocks(page.body)}
    <nav class="section-list" aria-label="${page.title}">
      <ul>${(page.sections || []).map(
        (section) =>
          html`<li><a href="${safeUrl(section.url) || "/"}">${section.title}</a>${
            section.intro ? html`<p>${section.intro}</p>` : ""
          }</li>`,
      )}</ul>
    </nav>
    ${directorySection(page)}`;
}
