import { renderBlocks } from "../blocks/index.js";
import { directorySection } from "../directory/filters.js";
import { html } from "../lib/html.js";
import { pageLocale } from "../lib/i18n.js";
import { pageHeader } from "./common.js";

// The page's introduction, then its places (the filters folded above them), then the rest of
// its own words: on a phone the first place is in the first screen. Read in that order by
// everyone, a text browser and a screen reader included.
export default function city(page) {
  return html`${pageHeader(page.title, page.intro)}${directorySection(page, location.search, page.meta?.locale || pageLocale())}${renderBlocks(page.body)}`;
}
