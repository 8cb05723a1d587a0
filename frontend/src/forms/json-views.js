// Which renderer turns the API's JSON for a results box (its data-json-view) into HTML: in the
// browser after htmx or a fetch (htmx-forms.js), and on the server for the first view (server.js).
import { reportListingHtml } from "../directory/report-form.js";
import { directoryResultsHtml } from "../directory/results.js";
import { searchResultsHtml } from "../search/results.js";

export const JSON_VIEWS = {
  "search-results": searchResultsHtml,
  "directory-results": directoryResultsHtml,
  "report-listing": reportListingHtml,
};
