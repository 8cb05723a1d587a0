// Title, description, canonical, Open Graph and Twitter card for the page being shown. The
// server writes the same tags into the first response (backend/turnto/website/entry.py):
// the two must agree (tests/e2e/test_first_response_head_in_browser.py).

function setMeta(attr, key, content) {
  let tag = document.head.querySelector(`meta[${attr}="${key}"]`);
  if (!content) {
    tag?.remove();
    return;
  }
  if (!tag) {
    tag = document.createElement("meta");
    tag.setAttribute(attr, key);
    document.head.append(tag);
  }
  tag.setAttribute("content", content);
}

function setCanonical(url) {
  let link = document.head.querySelector('link[rel="canonical"]');
  if (!link) {
    link = document.createElement("link");
    link.rel = "canonical";
    document.head.append(link);
  }
  link.href = url;
}

/** "Facts and stats | Who Can I Turn To?"; the site's name once where the page is named after it
 * (the home page). */
export function documentTitle(pageTitle, siteName) {
  return [...new Set([pageTitle, siteName].filter(Boolean))].join(" | ");
}

export function applySeo({ title, siteName, description, url, image, type = "website", noindex }) {
  document.title = documentTitle(title, siteName);
  setMeta("name", "robots", noindex ? "noindex, nofollow" : "");
  setMeta("name", "description", description);
  setCanonical(url);
  setMeta("property", "og:title", title);
  setMeta("property", "og:description", description);
  setMeta("property", "og:url", url);
  setMeta("property", "og:type", type);
  setMeta("property", "og:site_name", siteName);
  setMeta("property", "og:image", image ? new URL(image, url).href : "");
  setMeta("name", "twitter:card", image ? "summary_large_image" : "summary");
}

/** The one origin the site writes its addresses with, whatever host the page was opened on. */
export function siteOrigin(shell) {
  return shell?.site?.origin || location.origin;
}

/** The SEO facts of a CMS page, as the API gives them. */
export function pageSeo(page, shell) {
  const meta = page.meta || {};
  const url = meta.html_url
    ? new URL(new URL(meta.html_url).pathname, siteOrigin(shell)).href
    : location.href;
  return {
    title: meta.seo_title || page.title,
    siteName: shell?.site?.name,
    description: meta.search_description || page.intro || page.summary || "",
    url,
    image: page.hero_image?.url || page.image?.url,
    type: meta.type === "news.NewsPage" ? "article" : "website",
  };
}
