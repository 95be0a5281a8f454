// Extracts the runnable code blocks of docs/QUICKSTART.md: fenced blocks whose info string holds the word
// `quickstart` (after the language). Blocks that also hold `login` need a real identity provider and are left out
// unless --login is given. The blocks are printed unchanged, in the order they appear:
//   node docs/quickstart/blocks.mjs bash [--login] [--nul]  the bash blocks, one script (--nul: each block ends in NUL,
//                                                          for a harness that runs them one by one)
//   node docs/quickstart/blocks.mjs ts                      the TypeScript blocks, one ES module
//   node docs/quickstart/blocks.mjs java                    the Java blocks as one program, class Quickstart: the
//                                                          import lines first, everything else in main
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [language, ...options] = process.argv.slice(2);
if (!['bash', 'ts', 'java'].includes(language)) {
  console.error('Usage: blocks.mjs bash|ts|java [--login] [--nul]');
  process.exit(2);
}
const guide = join(dirname(fileURLToPath(import.meta.url)), '..', 'QUICKSTART.md');

/** The selected blocks, each with the line of the guide it starts on. */
function blocks() {
  const found = [];
  let current = null;
  readFileSync(guide, 'utf8').split('\n').forEach((line, index) => {
    if (current === null) {
      const fence = /^```(\S+)\s*(.*)$/.exec(line);
      if (fence) current = { language: fence[1], words: fence[2].split(/\s+/), line: index + 1, code: [] };
    } else if (line.startsWith('```')) {
      const wanted = current.language === language && current.words.includes('quickstart')
        && (!current.words.includes('login') || options.includes('--login'));
      if (wanted) found.push(current);
      current = null;
    } else {
      current.code.push(line);
    }
  });
  if (found.length === 0) throw new Error(`no ${language} quickstart blocks in ${guide}`);
  return found;
}

const selected = blocks();
if (language === 'java') {
  const lines = selected.flatMap((block) => block.code);
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines.filter((line) => !line.startsWith('import '));
  process.stdout.write(`${imports.join('\n')}\n\n// Generated from docs/QUICKSTART.md by docs/quickstart/blocks.mjs\n`
    + `public class Quickstart {\n    public static void main(String[] args) throws Exception {\n`
    + `${body.map((line) => (line ? `        ${line}` : '')).join('\n')}\n    }\n}\n`);
} else if (options.includes('--nul')) {
  for (const block of selected) process.stdout.write(`${block.code.join('\n')}\n\0`);
} else {
  const header = language === 'ts' ? '// Generated from docs/QUICKSTART.md by docs/quickstart/blocks.mjs\n' : '';
  process.stdout.write(header + selected.map((block) => `// QUICKSTART.md line ${block.line}\n${block.code.join('\n')}\n`
    .replace(/^\/\/ /, language === 'bash' ? '# ' : '// ')).join('\n'));
}
