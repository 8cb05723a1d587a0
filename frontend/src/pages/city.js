import { renderBlocks } from "../blocks/index.js";
import { directorySection } from "../directory/filters.js";
import { html } from "../lib/html.js";
import { pageHeader } from "./common.js";

// The page's introduction, then its places (the filters folded above them), then the rest of
// its own words: on a phone the first place is in the first screen. Read in that order by
// everyone, a text browser and a screen reader included.
export default function city(page) {
  return html`${pageHeader(page.title, page.intro)}${directorySection(page)}${renderBlocks(page.body)}`;
}
