// A draft the admin asked to preview (/preview/): the banner above it, or why it cannot be shown.
import { html } from "../../lib/html.js";
import { pageHeader } from "../common.js";

export function previewBanner() {
  return html`<p class="preview-banner" role="status"><strong>Preview</strong> — not published.
    Visitors do not see this version yet.</p>`;
}

export function previewError(message) {
  return html`${pageHeader("This preview is not available", message)}
    <p>Open the page in the admin and choose Preview again.</p>`;
}
