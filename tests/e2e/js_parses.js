// Parses every JavaScript/TypeScript file the e2e cases expect
// (cases/*/expected/**) with the TypeScript compiler -- syntax only: no
// module resolution, no type check -- and prints each syntax error. A file
// whose input (cases/*/input/<same path>) already fails to parse is left out.
// Usage: node js_parses.js TYPESCRIPT_JS CASES_DIR. Exit 0 when all parse.
"use strict";
const fs = require("fs");
const path = require("path");
const [tsPath, casesDir] = process.argv.slice(2);
const ts = require(tsPath);
const exts = new Set([".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"]);

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && exts.has(path.extname(e.name))) out.push(p);
  }
  return out;
}

// Syntax errors of one file, as "file:line:col: message" lines.
function errors(file) {
  const kind = file.endsWith("x") ? ts.ScriptKind.TSX : undefined;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"),
                                     ts.ScriptTarget.Latest, true, kind);
  const program = ts.createProgram({
    rootNames: [file],
    options: { allowJs: true, noLib: true, noResolve: true, jsx: ts.JsxEmit.Preserve },
    host: Object.assign(ts.createCompilerHost({}), {
      getSourceFile: (name) => (name === file ? source : undefined),
    }),
  });
  return program.getSyntacticDiagnostics(source).map((d) => {
    const { line, character } = source.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${file}:${line + 1}:${character + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}

let checked = 0, failed = 0;
for (const c of fs.readdirSync(casesDir).sort()) {
  const expected = path.join(casesDir, c, "expected");
  if (!fs.existsSync(expected)) continue;
  for (const out of walk(expected, []).sort()) {
    const input = path.join(casesDir, c, "input", path.relative(expected, out));
    if (fs.existsSync(input) && errors(input).length) continue;
    checked++;
    const e = errors(out);
    if (e.length) failed++, console.log(e.join("\n"));
  }
}
console.log(`js_parses: ${checked} files parsed, ${failed} with syntax errors`);
process.exit(failed === 0 && checked > 0 ? 0 : 1);
