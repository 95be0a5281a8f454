import yaml, glob, re, sys
import pathlib
HERE = pathlib.Path(__file__).resolve().parent          # seeds/tools
SEEDS = HERE.parent                                      # seeds/
SHARED = SEEDS.parent.parent / 'shared' / 'seeds'        # ../shared/seeds beside the repository

root = sys.argv[1] if len(sys.argv) > 1 else str(SEEDS)
strings = []
def walk(o):
    if isinstance(o, dict):
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
    elif isinstance(o, str):
        strings.append(o)
for f in glob.glob(root + '/**/*.yaml', recursive=True):
    walk(yaml.safe_load(open(f, encoding='utf-8')))
corpus = '\n'.join(strings)
FIX = {'Ask- Share-Ask': 'Ask-Share-Ask', 'one-one-one': 'one-on-one'}
missing = []
total = 0
for f in sorted(glob.glob(str(SHARED / '*.txt'))):
    for n, raw in enumerate(open(f, encoding='utf-8').read().split('\n'), 1):
        t = raw.replace('\u00a0', ' ').strip()
        for a, b in FIX.items(): t = t.replace(a, b)
        t = re.sub(r' {2,}', ' ', t)
        if not t: continue
        t = t.lstrip('• ').strip()
        cells = t.split(' • ') if ' • ' in t else [t]
        for c in cells:
            total += 1
            cands = [c, c.rstrip(':'), re.sub(r'^\d+\.\s+', '', c).rstrip(':')]
            if ': ' in c:
                a, b = c.split(': ', 1)
                if (a in corpus or a in ('Scenario', 'Instructions', 'Goal', 'Debrief')) and b in corpus: continue
            if ' – ' in c:
                a, b = c.split(' – ', 1)
                if a in corpus and b in corpus: continue
            if any(x in corpus for x in cands): continue
            # description split into sentences for stages line
            sents = re.split(r'(?<=[.!?])\s+', c)
            if len(sents) > 1 and all(s in corpus for s in sents): continue
            missing.append((f.split('/')[-1], n, c[:120]))
print('checked', total, 'text units; missing', len(missing))
for m in missing: print(m)
