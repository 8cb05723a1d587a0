import { renderBlocks } from "../blocks/index.js";
import { html } from "../lib/html.js";
import { pageHeader } from "./common.js";

export default function content(page) {
  return html`${pageHeader(page.title, page.intro)}${renderBlocks(page.body)}`;
}
