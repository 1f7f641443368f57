// Lighthouse (pinned in package.json) on pages served from 127.0.0.1, with Debian's Chromium.
// usage: node run.mjs BASE_URL OUT_DIR page...   (page: "ja/index.html")
// Writes OUT_DIR/<lang>-<page>.json (the full report) and prints one JSON line of scores a page.
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [base, out, ...pages] = process.argv.slice(2);
const CATEGORIES = ["accessibility", "best-practices", "seo", "performance"];
fs.mkdirSync(out, { recursive: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  for (const page of pages) {
    for (const formFactor of ["mobile", "desktop"]) {
      const config = formFactor === "desktop"
        ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined;
      const result = await lighthouse(new URL(page, base).href,
        { port: chrome.port, output: "json", onlyCategories: CATEGORIES, logLevel: "error" }, config);
      const lhr = result.lhr;
      const name = page.replace(/\//g, "-").replace(/\.html$/, "") + `-${formFactor}`;
      fs.writeFileSync(path.join(out, `${name}.json`), result.report);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative"
                && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable")
        .map((a) => a.id);
      console.log(JSON.stringify({ page, formFactor, scores, failing, errors: lhr.runtimeError ?? null }));
    }
  }
} finally {
  await chrome.kill();
}
