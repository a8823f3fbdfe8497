// The bench's yardstick: reads every *.yaml file under a folder and parses it with the yaml library's
// parseDocument(text, { uniqueKeys: false }), nothing else. node test/bench/bareParse.cjs <folder>
const fs = require('node:fs');
const path = require('node:path');
const { parseDocument } = require('yaml');

let files = 0;
let errors = 0;
const visit = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) visit(f);
    else if (/\.ya?ml$/.test(e.name)) {
      const doc = parseDocument(fs.readFileSync(f, 'utf8'), { uniqueKeys: false });
      files++;
      errors += doc.errors.length;
    }
  }
};
visit(process.argv[2]);
process.stdout.write(`${files} files parsed, ${errors} errors\n`);
