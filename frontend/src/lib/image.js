import { apiBase } from "./api.js";
import { html, safeUrl } from "./html.js";

// Media lives beside the API; a front end on another origin needs the API's address in front.
function mediaUrl(url) {
  return url?.startsWith("/") ? apiBase() + url : url;
}

function srcset(value) {
  return (value || "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [url, width] = part.split(/\s+/);
      return safeUrl(url) ? `${mediaUrl(url)} ${width}` : "";
    })
    .filter(Boolean)
    .join(", ");
}

/** An <img> with its size set, so nothing moves when it loads, and a smaller source for phones. */
export function picture(image, { sizes = "(min-width: 48rem) 44rem, 100vw", eager = false } = {}) {
  const src = safeUrl(image?.url);
  if (!src) return "";
  return html`<img src="${mediaUrl(src)}" srcset="${srcset(image.srcset)}" sizes="${sizes}"
    width="${image.width}" height="${image.height}" alt="${image.alt || ""}"
    ${eager ? html`fetchpriority="high"` : html`loading="lazy"`} decoding="async">`;
}
