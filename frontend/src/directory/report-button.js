// "Report a problem with this listing" buttons (on every listing card): the form (report.js)
// downloads only when someone first asks to report a problem.

let reportsWired = false;
export function wireReportButtons() {
  if (reportsWired) return;
  reportsWired = true;
  document.addEventListener("click", (event) => {
    const button = event.target.closest?.("[data-report]");
    if (button) import("./report.js").then(({ openReport }) => openReport(button));
  });
}
