// Lighthouse 12 (mobile preset, default simulated throttling) with the machine's Chromium on
// the home page, a content page and a city page. `make lighthouse` runs it against the
// production stack (scripts/lighthouse_production.py); by hand:
//
//   node scripts/lighthouse.mjs BASE_URL [OUT_DIR] [--runs N] [--header "Name: value"]...
//     [--page /path/]... [--trace]
//
// Each page is measured N times (3 by default) and the median run kept (Lighthouse's own
// median: by FCP and TTI). Writes, in OUT_DIR (var/lighthouse/ by default): each page's HTML
// and JSON report, results.json (the figures and what kept a score below 100) and summary.md.
// Prints the summary. A measurement, not a test: it exits 0 whatever the scores.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import Trace from "lighthouse/core/gather/gatherers/trace.js";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";

// Chromium 13x+ names a frame's details `frame_reporter` in its PipelineReporter trace events;
// the trace engine of Lighthouse 12.2 reads `chrome_frame_reporter` and throws without it,
// which leaves the LCP element, layout shifts and render-blocking audits as errors. Give the
// events the old name too, as the trace is collected (a newer Lighthouse reads both).
const collect = Trace.endTraceAndCollectEvents;
Trace.endTraceAndCollectEvents = async (session) => {
  const trace = await collect.call(Trace, session);
  for (const event of trace.traceEvents) {
    const args = event.name === "PipelineReporter" ? event.args : null;
    if (args?.frame_reporter && !args.chrome_frame_reporter) {
      args.chrome_frame_reporter = args.frame_reporter;
    }
  }
  return trace;
};

const positional = [];
const headers = {};
const chosenPages = [];
let keepTrace = false; // --trace: the median run's trace too, to read what the main thread did
let runs = 3;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--runs") runs = Number(argv[++i]);
  else if (argv[i] === "--page") chosenPages.push(argv[++i]);
  else if (argv[i] === "--trace") keepTrace = true;
  else if (argv[i] === "--header") {
    const [name, ...value] = argv[++i].split(":");
    headers[name.trim()] = value.join(":").trim();
  } else positional.push(argv[i]);
}
const base = positional[0] || "http://localhost:8765";
const outDir =
  positional[1] || join(new URL("../..", import.meta.url).pathname, "var", "lighthouse");
const pages = chosenPages.length
  ? chosenPages
  : ["/", "/what-is-harm-reduction/", "/resource-guide/kansas-city/"];
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
const fileName = (path) => path.replace(/\//g, "_").replace(/^_|_$/g, "") || "home";

// Every audit that kept a category below 100, with the elements or resources it names.
function failing(lhr) {
  const found = [];
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit.score === null || audit.score >= 1) continue;
      if (category.id === "performance" && ref.weight === 0 && audit.score >= 0.9) continue;
      const items = (audit.details?.items || []).slice(0, 5).map((item) => {
        const node = item.node || item.element;
        if (node?.selector) return `${node.selector}: ${(node.snippet || "").slice(0, 160)}`;
        if (item.url)
          return `${item.url}${item.wastedMs ? ` (${Math.round(item.wastedMs)} ms)` : ""}`;
        return JSON.stringify(item).slice(0, 160);
      });
      found.push({
        category: category.id,
        id: ref.id,
        weight: ref.weight,
        score: audit.score,
        value: audit.displayValue || "",
        items,
      });
    }
  }
  return found;
}

// What the LCP is and where its time goes (LH 12: the element audit's second table).
function lcpDetail(lhr) {
  const tables = lhr.audits["largest-contentful-paint-element"]?.details?.items || [];
  const node = tables[0]?.items?.[0]?.node;
  const phases = (tables[1]?.items || []).map((p) => `${p.phase} ${Math.round(p.timing)} ms`);
  return { element: node ? `${node.selector}: ${(node.snippet || "").slice(0, 160)}` : "", phases };
}

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const rows = [];
try {
  await mkdir(outDir, { recursive: true });
  for (const path of pages) {
    const results = [];
    for (let run = 1; run <= runs; run++) {
      // Lighthouse 12 with a newer Chromium sometimes loses the trace (NO_NAVSTART): again.
      for (let attempt = 1; attempt <= 3; attempt++) {
        const result = await lighthouse(base + path, {
          port: chrome.port,
          output: ["html", "json"],
          logLevel: "error",
          extraHeaders: headers,
        });
        if (!result.lhr.runtimeError) {
          results.push(result);
          break;
        }
        console.log(`${path}: ${result.lhr.runtimeError.code}, attempt ${attempt} of 3`);
      }
    }
    if (!results.length) throw new Error(`${path}: no run of Lighthouse succeeded`);
    const median = computeMedianRun(results.map((r) => r.lhr));
    const result = results.find((r) => r.lhr === median);
    const lhr = result.lhr;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id) => lhr.audits[id].numericValue;
    const requests = lhr.audits["network-requests"].details.items;
    const performances = results.map((r) => Math.round(r.lhr.categories.performance.score * 100));
    rows.push({
      path,
      performance: score("performance"),
      performanceRuns: performances,
      benchmarkIndex: results.map((r) => Math.round(r.lhr.environment.benchmarkIndex)),
      lcp: numeric("largest-contentful-paint") / 1000,
      fcp: numeric("first-contentful-paint") / 1000,
      cls: numeric("cumulative-layout-shift"),
      tbt: numeric("total-blocking-time"),
      speedIndex: numeric("speed-index") / 1000,
      accessibility: score("accessibility"),
      seo: score("seo"),
      bestPractices: score("best-practices"),
      requests: requests.length,
      transferBytes: requests.reduce((sum, r) => sum + (r.transferSize || 0), 0),
      lcpElement: lcpDetail(lhr),
      longTasks: (lhr.audits["long-tasks"]?.details?.items || []).map(
        (t) =>
          `${t.url.replace(base, "")} ${Math.round(t.duration)} ms at ${Math.round(t.startTime)}`,
      ),
      failing: failing(lhr),
      report: `${fileName(path)}.report.html`,
    });
    await writeFile(join(outDir, `${fileName(path)}.report.html`), result.report[0]);
    await writeFile(join(outDir, `${fileName(path)}.report.json`), result.report[1]);
    if (keepTrace) {
      const trace = JSON.stringify(result.artifacts.Trace);
      await writeFile(join(outDir, `${fileName(path)}.trace.json`), trace);
    }
  }
} finally {
  await chrome.kill();
}
await writeFile(join(outDir, "results.json"), JSON.stringify({ base, runs, rows }, null, 2));

const table = [
  "| page | performance | LCP s | CLS | TBT ms | accessibility | SEO | best practices |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(
    (r) =>
      `| ${r.path} | ${r.performance} | ${r.lcp.toFixed(2)} | ${r.cls.toFixed(3)} | ` +
      `${Math.round(r.tbt)} | ${r.accessibility} | ${r.seo} | ${r.bestPractices} |`,
  ),
].join("\n");
const notes = rows
  .map((r) => {
    const lines = [
      `${r.path}: performance of the ${runs} runs ${r.performanceRuns.join(", ")} ` +
        `(CPU benchmark index ${r.benchmarkIndex.join(", ")}); ` +
        `FCP ${r.fcp.toFixed(2)} s; LCP element ${r.lcpElement.element || "?"}` +
        (r.lcpElement.phases.length ? ` (${r.lcpElement.phases.join(", ")})` : ""),
    ];
    if (r.longTasks.length) lines.push(`  long tasks (simulated): ${r.longTasks.join("; ")}`);
    for (const f of r.failing) {
      lines.push(`  ${f.category} ${f.id} (score ${f.score}) ${f.value}`);
      for (const item of f.items) lines.push(`      ${item}`);
    }
    return lines.join("\n");
  })
  .join("\n");
const summary =
  `Lighthouse 12, mobile preset, median of ${runs} runs, ${base}, ${new Date().toISOString()}\n\n` +
  `${table}\n\n${notes}\n`;
await writeFile(join(outDir, "summary.md"), summary);
console.log(summary);
