// Parses every C#, Kotlin and Rust file the e2e cases expect
// (cases/*/expected/**) with that language's tree-sitter grammar (npm
// tree-sitter-wasms, run by web-tree-sitter) -- syntax only: Debian has no
// C# compiler that takes openai-dotnet's target-typed `new`, no kotlinc, and
// type-checking Rust would need async-openai. Prints each ERROR or MISSING
// node. A file whose input (cases/*/input/<same path>) already has one is
// left out, and counted.
// Usage: node tree_sitter_parses.js TOOLS_DIR CASES_DIR. Exit 0 when every
// checked file parses and each language had at least one file.
"use strict";
const fs = require("fs");
const path = require("path");
const [tools, casesDir] = process.argv.slice(2);
const Parser = require(path.join(tools, "node_modules/web-tree-sitter"));
const grammars = path.join(tools, "node_modules/tree-sitter-wasms/out");
const byExt = { ".cs": "c_sharp", ".kt": "kotlin", ".kts": "kotlin", ".rs": "rust" };

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && byExt[path.extname(e.name)]) out.push(p);
  }
  return out;
}

// The ERROR and MISSING nodes of a tree, as "file:line:col: what" lines.
function problems(file, tree) {
  const out = [];
  const visit = (n) => {
    if (!n.hasError() && !n.isMissing()) return;
    if (n.type === "ERROR" || n.isMissing()) {
      const what = n.isMissing() ? `missing ${n.type}` : `cannot parse '${n.text.slice(0, 60)}'`;
      out.push(`${file}:${n.startPosition.row + 1}:${n.startPosition.column + 1}: ${what}`);
      if (n.type === "ERROR") return;
    }
    for (let i = 0; i < n.childCount; i++) visit(n.child(i));
  };
  visit(tree.rootNode);
  return out;
}

(async () => {
  await Parser.init();
  const parsers = {};
  for (const lang of new Set(Object.values(byExt))) {
    const p = new Parser();
    p.setLanguage(await Parser.Language.load(path.join(grammars, `tree-sitter-${lang}.wasm`)));
    parsers[lang] = p;
  }
  const check = (file) =>
    problems(file, parsers[byExt[path.extname(file)]].parse(fs.readFileSync(file, "utf8")));
  const checked = {}, skipped = {};
  let failed = 0;
  for (const c of fs.readdirSync(casesDir).sort()) {
    const expected = path.join(casesDir, c, "expected");
    if (!fs.existsSync(expected)) continue;
    for (const out of walk(expected, []).sort()) {
      const lang = byExt[path.extname(out)];
      const input = path.join(casesDir, c, "input", path.relative(expected, out));
      if (fs.existsSync(input) && check(input).length) {
        skipped[lang] = (skipped[lang] || 0) + 1;
        continue;
      }
      checked[lang] = (checked[lang] || 0) + 1;
      const e = check(out);
      if (e.length) failed++, console.log(e.join("\n"));
    }
  }
  const langs = [...new Set(Object.values(byExt))];
  const counts = langs.map((l) => `${l} ${checked[l] || 0} (${skipped[l] || 0} left out: input does not parse)`);
  console.log(`tree_sitter_parses: ${counts.join(", ")}; ${failed} with syntax errors`);
  process.exit(failed === 0 && langs.every((l) => checked[l] > 0) ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
