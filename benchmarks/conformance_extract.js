// Extract the valid/invalid arrays of textlint rule test files (as data, never their rule code).
//   node benchmarks/conformance_extract.js <git-dir> <path-in-repo> <repo-name>
// Prints JSON: {repository, path, commit, runs: [{name, valid, invalid}]}.
// The test file is read with `git show`, its ES-module/TypeScript syntax reduced to CommonJS
// by a few substitutions, and run with textlint-tester replaced by a recorder; the rule and
// any other module it imports are stubs.
"use strict";
const { execFileSync } = require("child_process");
const Module = require("module");
const path = require("path");
const [gitDir, file, repo] = process.argv.slice(2);
const commit = execFileSync("git", ["--git-dir", gitDir, "rev-parse", "HEAD"]).toString().trim();
let source = execFileSync("git", ["--git-dir", gitDir, "show", `HEAD:${file}`]).toString();
source = source
  .replace(/^\s*import\s+\*\s+as\s+(\w+)\s+from\s+(["'][^"']+["']);?/gm, "const $1 = require($2);")
  .replace(/^\s*import\s+(\w+)\s*,\s*\{([^}]*)\}\s+from\s+(["'][^"']+["']);?/gm,
           "const $1 = __default(require($3)); const {$2} = require($3);")
  .replace(/^\s*import\s+(\w+)\s+from\s+(["'][^"']+["']);?/gm, "const $1 = __default(require($2));")
  .replace(/^\s*import\s+\{([^}]*)\}\s+from\s+(["'][^"']+["']);?/gms,
           (m, names, mod) => `const {${names.replace(/\s+as\s+/g, ": ")}} = require(${mod});`)
  .replace(/^\s*import\s+(["'][^"']+["']);?/gm, "")
  .replace(/\bas\s+(any|const|string|number|unknown|TextlintRuleModule[<\w>]*)\b/g, "")
  .replace(/^export\s+/gm, "");
const runs = [];
class Tester {
  run(name, rule, cases) {
    if (cases && typeof cases === "object" && !Array.isArray(cases)) {
      runs.push({ name, valid: cases.valid || [], invalid: cases.invalid || [] });
    } else if (arguments.length === 3 && Array.isArray(rule)) {
      runs.push({ name, note: "rules array form", valid: [], invalid: [] });
    }
  }
}
const stub = new Proxy(function () {}, { get: (t, k) => (k === "default" ? stub : k === Symbol.toPrimitive ? () => "" : stub), apply: () => stub, construct: () => ({}) });
const realLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === "textlint-tester") return Object.assign(Tester, { default: Tester, TextLintTester: Tester });
  if (["fs", "path", "assert", "os", "util"].includes(request)) return realLoad.apply(this, arguments);
  return stub;
};
global.__default = (m) => (m && m.__esModule && m.default) || m;
const m = new Module(path.join("/tmp", file), null);
m.filename = path.join("/tmp", file);
m.paths = [];
const describe = (n, f) => f && f();
const it = (n, f) => f && f();
new Function("require", "module", "exports", "__dirname", "__filename", "describe", "it", "context", source)(
  (r) => Module._load(r, m, false), m, m.exports, path.dirname(m.filename), m.filename, describe, it, describe);
process.stdout.write(JSON.stringify({ repository: repo, path: file, commit, runs }, null, 1));
