// Validate HTML documents with html-validate (scripts/html-validate.config.mjs).
// Reads a JSON object { name: markup, ... } on stdin; writes { name: [problem, ...], ... } on
// stdout, a problem being { rule, message, line, column, selector }. Every document is
// checked and reported, valid or not (an empty list); the exit status is 0 unless it could
// not run.
import { HtmlValidate } from "html-validate";
import config from "./html-validate.config.mjs";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const documents = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const validator = new HtmlValidate(config);
const out = {};
for (const [name, markup] of Object.entries(documents)) {
  const report = await validator.validateString(markup, name);
  out[name] = report.results.flatMap((result) =>
    result.messages.map((m) => ({
      rule: m.ruleId,
      message: m.message,
      line: m.line,
      column: m.column,
      selector: m.selector,
      severity: m.severity === 2 ? "error" : "warning",
    })),
  );
}
process.stdout.write(JSON.stringify(out));
