// Checks ahsckit's published JSON Schemas as a consumer in another
// language would, and exits non-zero on any failure:
//
//  1. ajv (draft 2020-12, strict mode, all errors, ajv-formats) compiles
//     every *.schema.json;
//  2. ajv gives Go's verdict on every document of the agreement corpus
//     (manifest.json): valid documents pass; invalid ones fail, with an
//     error at or below the JSON Pointer where Go reports the defect,
//     unless the manifest names the Go-only rule they break (then the
//     schema, which cannot state the rule, accepts them);
//  3. json-schema-to-typescript generates TypeScript for every schema,
//     minting exactly one type per definition (no "FundingMoney1"), and
//     tsc --noEmit --strict compiles it together with the valid corpus
//     written as typed constants.
//
// Usage: node check.mjs <directory of *.schema.json> <corpus directory>
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { compile } from "json-schema-to-typescript";

const [schemaDir, corpusDir] = process.argv.slice(2);
if (!schemaDir || !corpusDir) {
  console.error("usage: node check.mjs <directory of *.schema.json> <corpus directory>");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
let failed = 0;
const fail = (msg) => {
  failed++;
  console.error("FAIL " + msg);
};

// 1. Compile.
const files = readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort();
if (files.length === 0) {
  console.error(`no *.schema.json files in ${schemaDir}`);
  process.exit(1);
}
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const schemas = {}; // by document name
for (const file of files) {
  const name = file.replace(/\.schema\.json$/, "");
  try {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), "utf8"));
    schemas[name] = { schema, validate: ajv.compile(schema) };
    console.log(`ok   compile ${file} (${schema.$id})`);
  } catch (err) {
    fail(`compile ${file}: ${err.message}`);
  }
}

// 2. The corpus.
const manifest = JSON.parse(readFileSync(join(corpusDir, "manifest.json"), "utf8"));
// errorPointers maps ajv errors to JSON Pointers as the Go test does: a
// missing property and an unexpected one are named below their object.
const errorPointers = (errors) =>
  errors.map((e) => {
    const esc = (s) => s.replaceAll("~", "~0").replaceAll("/", "~1");
    if (e.keyword === "required") return e.instancePath + "/" + esc(e.params.missingProperty);
    if (e.keyword === "additionalProperties") return e.instancePath + "/" + esc(e.params.additionalProperty);
    return e.instancePath;
  });
const counts = { valid: 0, invalid: 0, goOnly: 0 };
for (const e of manifest) {
  const s = schemas[e.schema];
  if (!s) {
    fail(`${e.file}: no schema ${e.schema}`);
    continue;
  }
  const doc = JSON.parse(readFileSync(join(corpusDir, e.file), "utf8"));
  const ok = s.validate(doc);
  const want = e.valid || Boolean(e.goOnly);
  if (e.valid) counts.valid++;
  else if (e.goOnly) counts.goOnly++;
  else counts.invalid++;
  if (ok !== want) {
    const why = e.valid ? "Go accepts it" : e.goOnly ? `only Go checks ${e.goOnly}` : `Go rejects it at ${e.pointer}`;
    fail(`${e.file}: ajv says ${ok ? "valid" : "invalid"}, but ${why}` + (ok ? "" : `: ${ajv.errorsText(s.validate.errors)}`));
    continue;
  }
  if (!ok) {
    const ptrs = errorPointers(s.validate.errors);
    if (!ptrs.some((p) => p === e.pointer || p.startsWith(e.pointer + "/"))) {
      fail(`${e.file}: ajv rejects at ${[...new Set(ptrs)].join(", ")}, Go at ${e.pointer}`);
    }
  }
}
console.log(
  `ok   corpus: ${counts.valid} valid, ${counts.invalid} invalid (ajv agrees with Go), ${counts.goOnly} breaking Go-only rules (ajv accepts)`,
);

// 3. TypeScript.
const out = mkdtempSync(join(tmpdir(), "ahsckit-ts-"));
try {
  for (const [name, { schema }] of Object.entries(schemas)) {
    const ts = await compile(schema, schema.title, { bannerComment: "", format: false, additionalProperties: false });
    writeFileSync(join(out, name + ".ts"), ts);
    const allowed = new Set([schema.title, ...Object.values(schema.$defs).map((d) => d.title)]);
    for (const [, type] of ts.matchAll(/^export (?:interface|type) (\w+)/gm)) {
      if (!allowed.has(type)) fail(`${name}: json-schema-to-typescript minted ${type}, which is no definition's title`);
    }
  }
  for (const name of Object.keys(schemas)) {
    const valid = manifest.filter((e) => e.schema === name && e.valid);
    if (valid.length === 0) continue;
    const root = schemas[name].schema.title;
    let src = `import type { ${root} } from "./${name}";\n`;
    valid.forEach((e, i) => {
      src += `// ${e.file}\nexport const doc${i}: ${root} = ${readFileSync(join(corpusDir, e.file), "utf8").trim()};\n`;
    });
    writeFileSync(join(out, `corpus_${name}.ts`), src);
  }
  writeFileSync(
    join(out, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "esnext", moduleResolution: "bundler", types: [] },
      include: ["*.ts"],
    }),
  );
  try {
    execFileSync(join(here, "node_modules", ".bin", "tsc"), ["-p", out, "--noEmit", "--strict"], { stdio: "pipe" });
    console.log(`ok   tsc --noEmit --strict: TypeScript of ${Object.keys(schemas).length} schemas and the valid corpus`);
  } catch (err) {
    fail(`tsc --noEmit --strict:\n${err.stdout}${err.stderr}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (failed > 0) {
  console.error(`${failed} checks failed`);
  process.exit(1);
}
