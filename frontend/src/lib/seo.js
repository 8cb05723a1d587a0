// Title, description, canonical, Open Graph (with the share image and its size), Twitter card
// and JSON-LD for the page being shown. The server writes the same tags into the first
// response (backend/turnto/website/entry.py): the two must agree
// (tests/e2e/test_first_response_head_in_browser.py).

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

/** <link rel="alternate" hreflang> for each language of the page, right after the canonical
 * link, as the server writes them; none for a page in one language. */
function setAlternates(alternates = []) {
  for (const link of document.head.querySelectorAll('link[rel="alternate"][hreflang]')) {
    link.remove();
  }
  let after = document.head.querySelector('link[rel="canonical"]');
  for (const [code, href] of alternates) {
    const link = document.createElement("link");
    link.rel = "alternate";
    link.hreflang = code;
    link.href = href;
    if (after) after.after(link);
    else document.head.append(link);
    after = link;
  }
}

/** [[language, absolute URL]] of a page's translations (the API's {language: path}), in the
 * order of their codes; empty when the page is in one language only. */
export function alternatesOf(translations, origin) {
  const entries = Object.entries(translations || {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length > 1 ? entries.map(([code, path]) => [code, origin + path]) : [];
}

/** "Facts and stats | Who Can I Turn To?"; the site's name once where the page is named after it
 * (the home page). */
export function documentTitle(pageTitle, siteName) {
  return [...new Set([pageTitle, siteName].filter(Boolean))].join(" | ");
}

/** The page's JSON-LD, as the server's site_entry.structured_data() writes it: the site (a
 * WebSite and the organisation behind it); below the home page a BreadcrumbList (`trail`: the
 * pages from below the home page down to this one, { title, url } with paths); for a post a
 * NewsArticle (`article`). */
export function structuredData({ site, origin, url, trail = [], article = null }) {
  const home = `${origin}/`;
  const organisation = { "@id": `${home}#organization` };
  const graph = [
    {
      "@type": "WebSite",
      "@id": `${home}#website`,
      name: site.name,
      url: home,
      publisher: organisation,
    },
    {
      "@type": site.organisation_type || "Organization",
      "@id": `${home}#organization`,
      name: site.name,
      url: home,
    },
  ];
  if (trail.length) {
    const items = [[site.name, home], ...trail.map((step) => [step.title, origin + step.url])];
    graph.push({
      "@type": "BreadcrumbList",
      "@id": `${url}#breadcrumb`,
      itemListElement: items.map(([name, item], n) => ({
        "@type": "ListItem",
        position: n + 1,
        name,
        item,
      })),
    });
  }
  if (article) {
    const node = {
      "@type": "NewsArticle",
      "@id": `${url}#article`,
      headline: article.headline,
      url,
      mainEntityOfPage: url,
      datePublished: article.published,
      // The later of the two, never before it was published (a post dated ahead of its
      // publishing): ISO dates sort as text, as Python's max() compares them.
      dateModified: [article.published, article.modified].sort().pop(),
      author: organisation,
      publisher: organisation,
    };
    if (article.description) node.description = article.description;
    if (article.image) node.image = { "@type": "ImageObject", ...article.image };
    graph.push(node);
  }
  return { "@context": "https://schema.org", "@graph": graph };
}

function setStructuredData(data) {
  let script = document.head.querySelector('script[type="application/ld+json"]');
  if (!data) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement("script");
    script.type = "application/ld+json";
    document.head.append(script);
  }
  script.textContent = JSON.stringify(data);
}

export function applySeo({
  title,
  siteName,
  description,
  url,
  image,
  type = "website",
  noindex,
  structured,
  lang,
  alternates,
}) {
  document.title = documentTitle(title, siteName);
  if (lang) document.documentElement.lang = lang;
  setMeta("name", "robots", noindex ? "noindex, nofollow" : "");
  setMeta("name", "description", description);
  setCanonical(url);
  setAlternates(alternates);
  setMeta("property", "og:title", title);
  setMeta("property", "og:description", description);
  setMeta("property", "og:url", url);
  setMeta("property", "og:type", type);
  setMeta("property", "og:site_name", siteName);
  setMeta("property", "og:image", image ? new URL(image.url, url).href : "");
  setMeta("property", "og:image:width", image ? String(image.width) : "");
  setMeta("property", "og:image:height", image ? String(image.height) : "");
  setMeta("property", "og:image:alt", image ? image.alt : "");
  setMeta("name", "twitter:card", image ? "summary_large_image" : "summary");
  setStructuredData(structured);
}

/** The site's facts for JSON-LD, from the shell. */
function siteOf(shell) {
  return { name: shell?.site?.name || "", organisation_type: shell?.site?.organisation_type };
}

/** The SEO facts of one of the front end's own pages, or the not-found page (no `trail`). */
export function plainSeo({ title, description, url, noindex, shell, trail }) {
  const share = shell?.site?.share_image;
  return {
    title,
    siteName: shell?.site?.name,
    description: description || title,
    url,
    image: share ? { ...share, url: new URL(share.url, url).href } : null,
    noindex,
    structured: shell
      ? structuredData({ site: siteOf(shell), origin: siteOrigin(shell), url, trail })
      : null,
  };
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
  const title = meta.seo_title || page.title;
  const description = meta.search_description || page.intro || page.summary || "";
  const share = meta.share_image;
  const image = share ? { ...share, url: new URL(share.url, url).href } : null;
  const article =
    meta.type === "news.NewsPage"
      ? {
          headline: title,
          description,
          image: image && { url: image.url, width: image.width, height: image.height },
          published: page.date || "",
          modified: meta.last_published_at || "",
        }
      : null;
  return {
    title,
    siteName: shell?.site?.name,
    description,
    url,
    image,
    type: meta.type === "news.NewsPage" ? "article" : "website",
    lang: meta.locale,
    alternates: alternatesOf(meta.translations, siteOrigin(shell)),
    structured: shell
      ? structuredData({
          site: siteOf(shell),
          origin: siteOrigin(shell),
          url,
          trail: meta.breadcrumbs || [],
          article,
        })
      : null,
  };
}
