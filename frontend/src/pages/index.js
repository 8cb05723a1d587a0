// Page type (as the API names it) → renderer of the page's main content.
import city from "./city.js";
import content from "./content.js";
import home from "./home.js";
import news from "./news.js";
import newsIndex from "./news_index.js";
import resourceGuide from "./resource_guide.js";

export const pageRenderers = {
  "campaign.HomePage": home,
  "campaign.ContentPage": content,
  "guide.ResourceGuidePage": resourceGuide,
  "guide.CityDirectoryPage": city,
  "news.NewsIndexPage": newsIndex,
  "news.NewsPage": news,
};

export function renderPage(page) {
  const render = pageRenderers[page.meta?.type];
  if (!render)
    console.warn(`Turn To: no renderer for page type "${page.meta?.type}"; shown as content.`);
  return (render || content)(page);
}
