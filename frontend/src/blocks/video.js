import { html, safeUrl } from "../lib/html.js";

const HOSTS = { youtube: "YouTube", vimeo: "Vimeo" };

/** The embed address for a video page address, or null if we do not recognise it. */
export function embedUrl(url, provider) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (provider === "youtube") {
    const id =
      parsed.hostname === "youtu.be" ? parsed.pathname.slice(1) : parsed.searchParams.get("v");
    return id && /^[\w-]{6,20}$/.test(id)
      ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`
      : null;
  }
  if (provider === "vimeo") {
    const id = parsed.pathname.split("/").filter(Boolean).pop();
    return /^\d+$/.test(id || "") ? `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1` : null;
  }
  return null;
}

// Nothing is requested from the video host until the visitor asks: Play (shell/components.js)
// swaps this placeholder for the player. Play is a link to the video's own page, so without
// script it still plays the video (there).
export default function video({ url, title, description, provider }) {
  if (!safeUrl(url)) return ""; // a draft saved before the video's address was given
  const embed = embedUrl(url, provider);
  const host = HOSTS[provider] || "another site";
  return html`<figure class="video" data-video data-embed="${embed || ""}" data-title="${title}">
    <div class="video__frame">
      <div class="video__placeholder">
        ${title ? html`<p class="video__title">${title}</p>` : ""}
        ${embed ? html`<a class="button" href="${url}" rel="noreferrer noopener" data-video-play>Play video</a>` : ""}
        <p class="video__note">Playing loads the video from ${host}, which can see that you watched it.
          <a href="${url}" rel="noreferrer noopener">Open it on ${host}</a> instead.</p>
      </div>
    </div>
    ${description ? html`<figcaption>${description}</figcaption>` : ""}
  </figure>`;
}
