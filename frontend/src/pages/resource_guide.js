import { renderBlocks } from "../blocks/index.js";
import { directorySection } from "../directory/filters.js";
import { html, safeUrl } from "../lib/html.js";
import { pageLocale } from "../lib/i18n.js";
import { pageHeader } from "./common.js";

// The guide's cities first, then a search of every place with its places a page at a time
// (its first response stays small on a phone), then the page's own words.
export default function resourceGuide(page) {
  return html`${pageHeader(page.title, page.intro)}
    <nav class="section-list section-list--compact" aria-label="${page.title}">
      <ul>${(page.sections || []).map(
        (section) =>
          html`<li><a href="${safeUrl(section.url) || "/"}">${section.title}</a>${
            section.intro ? html`<p>${section.intro}</p>` : ""
          }</li>`,
      )}</ul>
    </nav>
    ${directorySection(page, location.search, page.meta?.locale || pageLocale())}
    ${renderBlocks(page.body)}`;
}
