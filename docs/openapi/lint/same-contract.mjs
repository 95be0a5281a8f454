// Fails when a generated OpenAPI document differs from the committed baseline. Both are compared as parsed JSON
// with keys sorted, so that formatting and key order never count; only the contract does.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [committedPath, generatedPath] = process.argv.slice(2);
const root = new URL('../../..', import.meta.url).pathname;

function canonical(value) {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]));
  }
  return value;
}

function differences(before, after, path, found) {
  if (found.length >= 10) {
    return found;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) {
    return found;
  }
  const bothObjects = before !== null && after !== null && typeof before === 'object' && typeof after === 'object'
    && Array.isArray(before) === Array.isArray(after);
  if (!bothObjects) {
    found.push(path || '/');
    return found;
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    differences(before[key], after[key], `${path}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`, found);
  }
  return found;
}

const committedName = relative(root, committedPath);
let committed;
try {
  committed = canonical(JSON.parse(readFileSync(committedPath, 'utf8')));
} catch (error) {
  committed = undefined;
}
const generated = canonical(JSON.parse(readFileSync(generatedPath, 'utf8')));
if (JSON.stringify(committed) === JSON.stringify(generated)) {
  console.log(`${committedName} matches the generated document.`);
  process.exit(0);
}
console.error(`${committedName} differs from the document this build generated (${relative(root, generatedPath)}).`);
if (committed !== undefined) {
  console.error('First differences (JSON pointers):');
  differences(committed, generated, '', []).forEach((pointer) => console.error(`  ${pointer}`));
}
console.error('If the change is intended: check it with docs/openapi/breaking-changes, then run docs/openapi/update '
  + 'and commit the updated document.');
process.exit(1);
