import yaml, glob, re, sys
import pathlib
HERE = pathlib.Path(__file__).resolve().parent          # seeds/tools
SEEDS = HERE.parent                                      # seeds/
SHARED = SEEDS.parent.parent / 'shared' / 'seeds'        # ../shared/seeds beside the repository

root = sys.argv[1] if len(sys.argv) > 1 else str(SEEDS)
FIX = {'Ask- Share-Ask': 'Ask-Share-Ask', 'one-one-one': 'one-on-one'}
src = ''
for f in sorted(glob.glob(str(SHARED / '*.txt'))):
    t = open(f, encoding='utf-8').read().replace('\u00a0', ' ')
    for a, b in FIX.items(): t = t.replace(a, b)
    t = re.sub(r' {2,}', ' ', t)
    src += t + '\n'
TEXT_KEYS = {'intro','closing','body','points','description','scenario','instructions','goal','debrief','summary','keyConcepts','examples','title','subtitle','scope'}
bad = []
def check(path, s):
    parts = []
    for p in s.split('\n\n'):
        for q in p.split('\n- '):
            parts.append(q)
    for q in parts:
        q2 = q.lstrip('- ').strip()
        if q2 and q2 not in src:
            bad.append((path, q2[:150]))
def walk(o, path, f, editorial=False):
    if isinstance(o, dict):
        ed = o.get('descriptionEditorial', False)
        for k, v in o.items():
            if k in TEXT_KEYS and not (k == 'description' and ed):
                if isinstance(v, str): check(f + ':' + path + '.' + k, v)
                elif isinstance(v, list):
                    for i, x in enumerate(v):
                        if isinstance(x, str): check(f + ':' + path + '.' + k, x)
                        else: walk(x, path + '.' + k + '[%d]' % i, f)
                else: walk(v, path + '.' + k, f)
            else:
                walk(v, path + '.' + k, f)
    elif isinstance(o, list):
        for i, x in enumerate(o): walk(x, path + '[%d]' % i, f)
for f in sorted(glob.glob(root + '/**/*.yaml', recursive=True)):
    if 'expected-counts' in f: continue
    walk(yaml.safe_load(open(f, encoding='utf-8')), '', f.split('curriculum/')[-1])
print(len(bad), 'text values not found verbatim in the sources:')
for b in bad: print(' ', b)
