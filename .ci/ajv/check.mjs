// Compiles every *.schema.json in a directory with ajv (draft 2020-12,
// strict mode, all errors, ajv-formats) and exits non-zero when any fails:
// the published schemas must work for a strict non-Go consumer.
//
// Usage: node check.mjs ../../ahsc/schema/json
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node check.mjs <directory of *.schema.json>");
  process.exit(2);
}

const files = readdirSync(dir).filter((f) => f.endsWith(".schema.json")).sort();
if (files.length === 0) {
  console.error(`no *.schema.json files in ${dir}`);
  process.exit(1);
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

let failed = 0;
for (const file of files) {
  try {
    const schema = JSON.parse(readFileSync(join(dir, file), "utf8"));
    ajv.compile(schema);
    console.log(`ok   ${file} (${schema.$id})`);
  } catch (err) {
    failed++;
    console.error(`FAIL ${file}: ${err.message}`);
  }
}
if (failed > 0) {
  console.error(`${failed} of ${files.length} schemas failed`);
  process.exit(1);
}
