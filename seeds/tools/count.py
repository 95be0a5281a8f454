"""Count structure directly in the raw source text (independent of gen.py's parser)."""
import re, json
import pathlib
HERE = pathlib.Path(__file__).resolve().parent          # seeds/tools
SEEDS = HERE.parent                                      # seeds/
SHARED = SEEDS.parent.parent / 'shared' / 'seeds'        # ../shared/seeds beside the repository

L = [None] + open(str(SHARED / '000_f3a91765fb781a1e.txt'), encoding='utf-8').read().split('\n')
# section ranges (first line, last line) and unnumbered heading lines, per topic, in document order
S = {
 'healthy-boundaries': [('boundary-guide',13,51,[]), ('self-care-strategies',57,105,[])],
 'crisis-and-de-escalation': [('crisis-response-techniques',113,162,[]), ('role-play-exercises',168,222,[])],
 'recurrence-and-resilience': [('recurrence-of-use',230,278,[]), ('building-resilience',284,340,[])],
 'life-skills-coaching': [('epic-skills',348,353,[348]), ('skill-building-resources',359,434,'R')],
 'harm-reduction': [('harm-reduction-for-peer-coaches',444,483,[])],
 'wellness-practices': [('mindfulness-exercise-nutrition',491,531,[519,527]), ('wellness-techniques',537,587,[583]), ('further-resources',591,591,'R1')],
 'goal-setting': [('professional-goals',597,648,[640])],
 'recovery-network': [('network-building-techniques',656,714,[])],
}
out = {}
for topic, secs in S.items():
    out[topic] = {}
    for name, a, b, extra in secs:
        if extra == 'R':
            n = sum(1 for i in range(a, b+1) if L[i].startswith('  • '))
            out[topic][name] = {'items': n}
            continue
        if extra == 'R1':
            out[topic][name] = {'items': 1}
            continue
        heads = [i for i in range(a, b+1) if re.match(r'^\d+\. ', L[i]) or i in extra]
        pts = []
        for k, h in enumerate(heads):
            end = heads[k+1] if k+1 < len(heads) else b+1
            pts.append((L[h].strip(), sum(1 for i in range(h+1, end) if L[i].startswith('  • ')),
                        sum(1 for i in range(h+1, end) if L[i].startswith('    • '))))
        out[topic][name] = {'items': len(heads), 'points': pts}
print(json.dumps(out, indent=1, ensure_ascii=False))
# global bullet totals in 000
top = sum(1 for l in L[1:] if l.startswith('  • '))
nested = sum(1 for l in L[1:] if l.startswith('    • '))
print('top-level bullets', top, 'nested', nested, 'all •', sum(l.count('•') for l in L[1:]))
