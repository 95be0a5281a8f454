"""Write seeds/expected-counts.yaml from the raw-text counts (count.py), keyed by the slugs used in the YAML,
and assert that the generated YAML agrees."""
import json, yaml, glob, re, subprocess
import pathlib
HERE = pathlib.Path(__file__).resolve().parent          # seeds/tools
SEEDS = HERE.parent                                      # seeds/
SHARED = SEEDS.parent.parent / 'shared' / 'seeds'        # ../shared/seeds beside the repository

raw = subprocess.run(['python3', str(HERE / 'count.py')], capture_output=True, text=True).stdout
counts = json.loads(raw.rsplit('\n', 2)[0])
S = str(SEEDS) + '/'
topics = {}
tot = dict(topics=0, sections=0, items=0, guideItems=0, practiceItems=0, exercises=0, resources=0, points=0, subPoints=0)
for f in sorted(glob.glob(S + 'curriculum/topics/*.yaml')):
    t = yaml.safe_load(open(f))
    c = counts[t['slug']]
    assert list(c) == [s['slug'] for s in t['sections']], (t['slug'], list(c))
    tot['topics'] += 1
    secs = {}
    for s in t['sections']:
        cs = c[s['slug']]
        assert cs['items'] == len(s['items']), (s['slug'], cs['items'], len(s['items']))
        e = {'kind': s['kind'], 'items': cs['items']}
        tot['sections'] += 1
        tot['items'] += cs['items']
        if s['kind'] in ('GUIDE', 'PRACTICES'):
            pts = {}
            for (head, n, nested), it in zip(cs['points'], s['items']):
                assert it['title'] in head, (head, it['title'])
                assert len(it['points']) == n, (it['slug'], n, len(it['points']))
                subs = sum(p.count('\n- ') for p in it['points'])
                assert subs == nested
                pts[it['slug']] = n
                tot['points'] += n
                tot['subPoints'] += nested
            e['points'] = pts
            tot['guideItems' if s['kind'] == 'GUIDE' else 'practiceItems'] += cs['items']
        elif s['kind'] == 'EXERCISES':
            for (head, n, nested), it in zip(cs['points'], s['items']):
                assert n == 4 and all(it.get(k) for k in ('scenario', 'instructions', 'goal', 'debrief'))
            tot['exercises'] += cs['items']
        else:
            tot['resources'] += cs['items']
        secs[s['slug']] = e
    topics[t['slug']] = {'number': t['number'], 'sections': len(secs), 'items': sum(v['items'] for v in secs.values()),
                         'bySection': secs}

st = yaml.safe_load(open(S + 'curriculum/stages.yaml'))['stages']
stage_counts = {s['slug']: {'keyConcepts': len(s['keyConcepts']), 'tools': len(s['tools'])} for s in st}
src1 = open(str(SHARED / '001_d2085812d124c818.txt')).read().split('\n')
assert sum(v['keyConcepts'] for v in stage_counts.values()) == src1[4].count('•') == 23
assert sum(v['tools'] for v in stage_counts.values()) == src1[5].count('•') == 28
tech = yaml.safe_load(open(S + 'curriculum/techniques.yaml'))['techniques']
sup = yaml.safe_load(open(S + 'curriculum/support-types.yaml'))
pri = yaml.safe_load(open(S + 'curriculum/principles.yaml'))['principles']
ctx = yaml.safe_load(open(S + 'curriculum/contexts.yaml'))
byslug = {c['slug']: c for c in ctx['contexts']}
assert len(sup['supportTypes']) == 4 and len(pri) == 6 and len(ctx['contexts']) == 3
assert len(byslug['training']['competencies']) == 5 and len(byslug['alongside-professionals']['roles']) == 5
assert len(byslug['peer-driven-support']['aspects']) == 4 and len(sup['benefits']['items']) == 6

doc = {
    'totals': dict(tot, stages=5, stageKeyConcepts=23, stageTools=28, techniques=len(tech), supportTypes=4,
                   supportTypeExamples=sum(len(x['examples']) for x in sup['supportTypes']),
                   supportNetworkBenefits=6, principles=6, contexts=3, competencies=5, roles=5,
                   peerDrivenAspects=4, supervision=1),
    'stages': stage_counts,
    'supportTypeExamples': {x['slug']: len(x['examples']) for x in sup['supportTypes']},
    'topics': topics,
}
hdr = """# Counts derived from the source documents in ../shared/seeds, by counting in the raw text
# (numbered headings and bullet lines per heading range, table cells, paragraphs), not by reading the YAML back.
# A test loading seeds/curriculum should find exactly these numbers.
#   topics.<slug>.bySection.<section>.items   items in that section (numbered items + unnumbered blocks, see README)
#   ...points.<item-slug>                     top-level bullet points of a GUIDE or PRACTICES item
#                                             (nested sub-bullets live inside their parent point as "- " lines;
#                                             totals.subPoints counts them)
#   totals.techniques is a curated number (skills named across the documents), see NOTES.md.
"""
with open(S + 'expected-counts.yaml', 'w') as fh:
    fh.write(hdr)
    fh.write(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000))
print(json.dumps(doc['totals']))
