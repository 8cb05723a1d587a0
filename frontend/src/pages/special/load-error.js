// The page shown when a page could not be fetched (a weak connection, a busy server).
import { html } from "../../lib/html.js";
import { pageHeader } from "../common.js";
import { helpNow } from "./help-now.js";

export function loadError(shell, message) {
  return html`${pageHeader("This page did not load", "Your connection may be weak, or our server is busy.")}
    <p class="error-detail">${message}</p>
    <p><button type="button" class="button" data-retry>Try again</button></p>
    ${helpNow(shell?.crisis_lines)}`;
}
