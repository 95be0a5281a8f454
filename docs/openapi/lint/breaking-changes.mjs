// Lists the breaking changes between two OpenAPI documents (api-smart-diff's classification); exits 1 if any.
// Usage: node breaking-changes.mjs <before.json> <after.json> <name>
// The tool resolves references into the operations and judges each change there, knowing whether a schema is read
// (request) or written (response). Its verdicts on the shared components themselves ignore that direction (a
// response-only schema gaining a maxLength is "breaking"), so they are left out: every use is judged under paths.
import { readFileSync } from 'node:fs';
import { apiCompare } from 'api-smart-diff';

const [beforePath, afterPath, name] = process.argv.slice(2);
const before = JSON.parse(readFileSync(beforePath, 'utf8'));
const after = JSON.parse(readFileSync(afterPath, 'utf8'));
const SHARED = new Set(['schemas', 'responses', 'headers', 'parameters', 'requestBodies', 'examples', 'links']);
const { diffs: all } = apiCompare(before, after);
const diffs = all.filter((diff) => !(diff.path[0] === 'components' && SHARED.has(diff.path[1])));
const count = (type) => diffs.filter((diff) => diff.type === type).length;
const breaking = diffs.filter((diff) => diff.type === 'breaking');
console.log(`${name}: ${breaking.length} breaking, ${count('non-breaking')} non-breaking, `
  + `${count('deprecated')} deprecated, ${count('annotation')} annotation, ${count('unclassified')} unclassified changes`);
for (const diff of breaking) {
  console.log(`  BREAKING ${diff.action} /${diff.path.join('/')}: ${diff.description ?? ''}`);
}
process.exit(breaking.length > 0 ? 1 : 0);
