#!/usr/bin/env python3
"""Generate PeerPath curriculum seed YAML (seeds/curriculum) from the five source documents.

Usage: python3 seeds/tools/gen.py [output-dir]   (needs PyYAML; default output: seeds/)

Text is taken from the source lines by line number, so it stays verbatim; the
structure (sections, titles, slugs, kinds, links) is declared here by hand.
"""
import os
import re
import sys
import yaml
import pathlib
HERE = pathlib.Path(__file__).resolve().parent          # seeds/tools
SEEDS = HERE.parent                                      # seeds/
SHARED = SEEDS.parent.parent / 'shared' / 'seeds'        # ../shared/seeds beside the repository

SRC = str(SHARED) + '/'
OUT = sys.argv[1] if len(sys.argv) > 1 else str(SEEDS) + '/'
F0 = '000_f3a91765fb781a1e.txt'
F1 = '001_d2085812d124c818.txt'
F2 = '002_a9ba7b873186a0f8.txt'
F3 = '003_95925335630e17b5.txt'
F4 = '004_8e9085af4733481e.txt'

# (file, wrong, right, expected occurrences)
FIXES = [
    (F1, 'Ask- Share-Ask', 'Ask-Share-Ask', 2),
    (F3, 'one-one-one', 'one-on-one', 1),
]
FIX_LOG = []


def load(fname):
    text = open(SRC + fname, encoding='utf-8').read()
    for f, wrong, right, n in FIXES:
        if f == fname:
            c = text.count(wrong)
            assert c == n, (fname, wrong, c)
            text = text.replace(wrong, right)
            FIX_LOG.append((fname, wrong, right, c))
    # NBSP -> space; right-strip every line
    lines = [l.replace('\u00a0', ' ').rstrip() for l in text.split('\n')]
    return [None] + lines  # 1-indexed


L0, L1, L2, L3, L4 = (load(f) for f in (F0, F1, F2, F3, F4))


def clean(s):
    """Inline text: strip and collapse runs of spaces (whitespace only)."""
    return re.sub(r' {2,}', ' ', s.strip())


def para(L, *nums):
    return '\n\n'.join(clean(L[n]) for n in nums)


def slugify(s):
    s = s.lower()
    s = s.replace('’', '').replace("'", '').replace('“', '').replace('”', '')
    s = s.replace('&', ' and ')
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s


class Lit(str):
    pass


class Flow(dict):
    pass


def lit_rep(d, s):
    return d.represent_scalar('tag:yaml.org,2002:str', str(s), style='|')


def flow_rep(d, m):
    return d.represent_mapping('tag:yaml.org,2002:map', m.items(), flow_style=True)


def str_rep(d, s):
    if '\n' in s:
        return d.represent_scalar('tag:yaml.org,2002:str', s, style='|')
    return d.represent_scalar('tag:yaml.org,2002:str', s)


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(Lit, lit_rep)
Dumper.add_representer(Flow, flow_rep)
Dumper.add_representer(str, str_rep)


def lit(s):
    """Long text field -> literal block."""
    return Lit(s) if s is not None else None


def src(f, heading):
    return Flow(file=f, heading=heading)


def strip_none(o):
    if isinstance(o, Flow):
        return o  # flow mappings keep explicit nulls (e.g. a stage tool without a technique)
    if isinstance(o, dict):
        return type(o)((k, strip_none(v)) for k, v in o.items() if v is not None)
    if isinstance(o, list):
        return type(o)(strip_none(v) for v in o)
    return o


def write(relpath, data, header=None):
    path = os.path.join(OUT, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    body = yaml.dump(strip_none(data), Dumper=Dumper, sort_keys=False, allow_unicode=True,
                     width=100000, default_flow_style=False, indent=2)
    with open(path, 'w', encoding='utf-8') as fh:
        if header:
            fh.write(''.join('# ' + h + '\n' for h in header))
        fh.write(body)


# ---------------------------------------------------------------------------
# Technique tagging rules (regex over an item's full text), plus overrides
# ---------------------------------------------------------------------------
RULES = [
    ('open-questions', r'open-ended question|open question'),
    ('reflective-listening', r'reflective listening|reflective statement|repeating back|rephras'),
    ('summarizing', r'summariz'),
    ('active-listening', r'active listening|listening actively'),
    ('affirming-strengths', r'focus on strengths|remind them of their strengths|focusing on strengths'),
    ('exploring-values', r'core values|reconnect with values'),
    ('advocacy', r'engage in advocacy'),
    ('self-care', r'self-care'),
    ('boundary-setting', r'boundar'),
    ('role-play', r'role-play'),
    ('validation', r'validat'),
    ('reframing', r'refram'),
    ('i-statements', r'“I” statements'),
    ('silence', r'silence'),
    ('gentle-redirection', r'redirect'),
    ('what-if-tool', r'what-if'),
    ('grounding', r'grounding'),
    ('deep-breathing', r'deep breath|breathing exercise'),
    ('box-breathing', r'box breathing'),
    ('4-7-8-breathing', r'4-7-8'),
    ('body-scan', r'body scan'),
    ('pause-and-check', r'pause and check'),
    ('mindfulness', r'mindfulness|meditation'),
    ('mindful-observation', r'mindful observation'),
    ('mindful-eating', r'mindful eating'),
    ('mindful-movement', r'mindful movement'),
    ('visualization', r'visualization'),
    ('progressive-muscle-relaxation', r'progressive muscle relaxation'),
    ('positive-affirmations', r'affirmation|positive self-talk'),
    ('self-compassion', r'self-compassion'),
    ('gratitude-practice', r'gratitude|grateful'),
    ('journaling', r'journal'),
    ('setting-intentions', r'daily intentions|positive intention'),
    ('anchor-habits', r'anchor habits'),
    ('problem-solving', r'problem-solving'),
    ('smart-goals', r'smart goals|specific, measurable'),
    ('relapse-prevention-plan', r'relapse prevention plan'),
    ('accountability-partnership', r'accountability partner'),
    ('cognitive-behavioral-techniques', r'cognitive behavioral'),
    ('one-day-at-a-time', r'one-day-at-a-time'),
    ('wellness-checklist', r'wellness checklist'),
    ('brainstorming', r'brainstorm'),
]
# (topic, item) -> techniques to add / remove after the rules ran
ADD = {
    ('healthy-boundaries', 'define-your-role-clearly'): ['boundary-setting'],
    ('recurrence-and-resilience', 'encourage-self-reflection-and-learning-from-setbacks'): ['affirming-strengths'],
    ('healthy-boundaries', 'engage-in-reflective-practices'): ['reflective-practice'],
    ('healthy-boundaries', 'get-support-for-yourself'): ['reflective-practice'],
    ('healthy-boundaries', 'practice-emotional-detachment-with-compassion'): ['visualization'],
    ('harm-reduction', 'access-resources-for-professional-development'): ['reflective-practice'],
    ('harm-reduction', 'focus-on-self-compassion-and-resilience'): ['reflective-practice'],
    ('goal-setting', 'goal-setting-for-self-care-and-well-being'): ['reflective-practice'],
    ('goal-setting', 'tracking-and-reviewing-goals'): ['reflective-practice'],
}
REMOVE = {
    # "physical boundaries" here means personal space, not boundary-setting
    ('crisis-and-de-escalation', 'de-escalation-techniques-for-high-intensity-moments'): ['boundary-setting'],
    # "neglect of self-care" is a warning sign, not the practice
    ('recurrence-and-resilience', 'recognize-early-warning-signs-of-recurrence-of-use'): ['self-care'],
    # "people who ... respect boundaries" describes the contacts, not the skill
    ('recovery-network', 'identifying-supportive-people'): ['boundary-setting'],
}


def tag(text):
    out = []
    for slug, rx in RULES:
        if re.search(rx, text, re.I) and slug not in out:
            out.append(slug)
    return out


# ---------------------------------------------------------------------------
# 000: topics
# ---------------------------------------------------------------------------
TOPIC_HEADINGS = {}


def parse_items(L, start, end, extra_headings, heading_prefix, kind, topic_slug, fname=F0):
    """Items from lines start..end. Headings: numbered lines 'N. Title' plus extra_headings."""
    heads = []
    for n in range(start, end + 1):
        line = L[n]
        if not line.strip() or line.lstrip().startswith('•'):
            continue
        if re.match(r'^\d+\.\s', line) or n in extra_headings:
            heads.append(n)
    items = []
    prev_num = 0
    for i, h in enumerate(heads):
        stop = heads[i + 1] - 1 if i + 1 < len(heads) else end
        htext = clean(L[h]).rstrip(':')
        m = re.match(r'^(\d+)\.\s+(.*)$', htext)
        if m:
            number, title, numbered = int(m.group(1)), m.group(2), True
        else:
            number, title, numbered = prev_num + 1, htext, False
        prev_num = number
        points, body = [], []
        for n in range(h + 1, stop + 1):
            raw = L[n]
            if not raw.strip():
                continue
            if raw.startswith('    • '):
                points[-1] = points[-1] + '\n- ' + clean(raw[6:])
            elif raw.startswith('  • '):
                points.append(clean(raw[4:]))
            else:
                assert not raw.lstrip().startswith('•'), (n, raw)
                body.append(clean(raw))
        item = {'slug': slugify(title), 'number': number}
        if not numbered:
            item['numbered'] = False
        item['title'] = title
        if body:
            item['body'] = lit('\n\n'.join(body))
        if kind == 'EXERCISES':
            assert not body
            fields = {}
            for p in points:
                mm = re.match(r'^(Scenario|Instructions|Goal|Debrief): (.*)$', p, re.S)
                assert mm, p
                fields[mm.group(1).lower()] = mm.group(2)
            assert list(fields) == ['scenario', 'instructions', 'goal', 'debrief'], fields
            for k in ('scenario', 'instructions', 'goal', 'debrief'):
                item[k] = lit(fields[k])
            fulltext = title + '\n' + '\n'.join(points)
        else:
            item['points'] = [Lit(p) if '\n' in p else p for p in points]
            fulltext = title + '\n' + '\n'.join(body + points)
        techs = tag(fulltext)
        if kind == 'EXERCISES' and 'role-play' not in techs:
            techs.append('role-play')
        item['_text'] = fulltext
        item['_topic'] = topic_slug
        item['techniques'] = techs
        item['source'] = src(fname, heading_prefix + ' > ' + htext)
        items.append(item)
    return items


def section(slug, kind, title, heading, items, intro=None, closing=None, extra=None):
    s = {'slug': slug, 'kind': kind, 'title': title}
    if intro:
        s['intro'] = lit(intro)
    if closing:
        s['closing'] = lit(closing)
    s['source'] = src(F0, heading)
    if extra:
        s.update(extra)
    s['items'] = items
    return s


RESOURCE_KINDS = {
    'Mint': 'APP', 'YNAB (You Need A Budget)': 'APP', 'PocketGuard': 'APP', 'GoodBudget': 'APP',
    'National Endowment for Financial Education (NEFE)': 'ORGANIZATION',
    'Consumer Financial Protection Bureau (CFPB)': 'ORGANIZATION',
    'Local Nonprofits and Credit Counseling': 'ORGANIZATION',
    'LinkedIn': 'WEBSITE', 'Resumake': 'WEBSITE', 'Indeed Career Guide': 'WEBSITE', 'Canva': 'WEBSITE',
    'Interviewing.io': 'WEBSITE',
    'Job Placement Services': 'PROGRAM',
    'Workforce Innovation and Opportunity Act (WIOA)': 'PROGRAM',
    'Goodwill and Salvation Army': 'ORGANIZATION',
    'The Gottman Institute': 'ORGANIZATION',
    'Boundaries Workbook (by Dr. John Townsend)': 'WORKSHEET',
    'Moodfit': 'APP', 'Couples Communication App': 'APP',
    'Therapists or Relationship Counselors': 'ORGANIZATION',
    'Support Groups (e.g., Al-Anon, Nar-Anon, or Family Support Groups)': 'ORGANIZATION',
    'Local Community Programs': 'PROGRAM',
    'Headspace or Calm': 'APP', 'My Strength': 'WEBSITE', 'BetterHelp': 'WEBSITE',
    'Self-Compassion Workbook': 'WORKSHEET',
    'SMART Recovery': 'ORGANIZATION', 'Peer Support Networks': 'ORGANIZATION', 'Local Libraries': 'ORGANIZATION',
    'Peer Recovery Support Training (PRST)': 'PROGRAM',
    'Coaching and Communication Guides': 'TOOL',
    'Trauma-Informed Care Resources': 'PROGRAM',
    'Nervous System Reset Handbook and PowerPoint': 'TOOL',
}
CATEGORY_BY_NUMBER = {1: 'FINANCIAL', 2: 'JOB_READINESS', 3: 'RELATIONSHIPS', 4: 'GENERAL_SKILL_BUILDING',
                      5: 'PEER_COACH'}


def parse_resources(L, start, end, topic_heading, topic_slug):
    """The five numbered resource categories of topic 4 -> (categories, items)."""
    cats, items = [], []
    cur_cat = None
    group = None
    pos = 0
    for n in range(start, end + 1):
        raw = L[n]
        if not raw.strip():
            continue
        m = re.match(r'^(\d+)\.\s+(.*)$', raw)
        if m:
            num = int(m.group(1))
            cur_cat = {'category': CATEGORY_BY_NUMBER[num], 'number': num, 'title': clean(m.group(2)),
                       'intro': None, 'source': src(F0, topic_heading + ' > ' + clean(raw))}
            cats.append(cur_cat)
            group = None
            continue
        if raw.strip() in ('Tools:', 'Resources:'):
            group = raw.strip().rstrip(':')
            continue
        if raw.startswith('  • '):
            text = clean(raw[4:])
            title, desc = text.split(': ', 1)
            pos += 1
            heading = topic_heading + ' > ' + str(cur_cat['number']) + '. ' + cur_cat['title']
            if group:
                heading += ' > ' + group
            it = {'slug': slugify(title.split(' (')[0]), 'number': pos, 'numbered': False, 'title': title,
                  'category': cur_cat['category'], 'resourceKind': RESOURCE_KINDS[title]}
            if group:
                it['listedUnder'] = group.upper()
            it['description'] = lit(desc)
            it['_text'] = text
            it['_topic'] = topic_slug
            it['techniques'] = tag(text)
            it['source'] = src(F0, heading)
            items.append(it)
            continue
        assert cur_cat['intro'] is None, (n, raw)
        cur_cat['intro'] = lit(clean(raw))
    return cats, items


TOPICS = []


def topic(number, slug, title_line, title, summary, intro, sections):
    heading = clean(L0[title_line])
    t = {'slug': slug, 'number': number, 'locale': 'en', 'title': title, 'summary': summary}
    if intro:
        t['intro'] = lit(intro)
    t['source'] = src(F0, heading)
    techs = []
    for s in sections:
        for it in s['items']:
            for x in it.get('techniques', []):
                if x not in techs:
                    techs.append(x)
    t['techniques'] = techs
    t['sections'] = sections
    TOPICS.append(t)
    return t


def first_sentence(text, n=1):
    parts = re.split(r'(?<=[.!?])\s+', text)
    return ' '.join(parts[:n])


def build_topics():
    # --- 1
    H = clean(L0[9]); slug = 'healthy-boundaries'
    intro = para(L0, 11)
    topic(1, slug, 9, 'Setting and sustaining healthy boundaries', first_sentence(intro), intro, [
        section('boundary-guide', 'GUIDE', 'Setting and upholding boundaries as a peer coach', H,
                parse_items(L0, 13, 51, set(), H, 'GUIDE', slug), closing=para(L0, 53)),
        section('self-care-strategies', 'GUIDE', 'Core strategies for self-care', H,
                parse_items(L0, 57, 105, set(), H, 'GUIDE', slug), intro=para(L0, 55), closing=para(L0, 107)),
    ])
    # --- 2
    H = clean(L0[109]); slug = 'crisis-and-de-escalation'
    intro = para(L0, 111)
    topic(2, slug, 109, 'Navigating crisis situations and de-escalation techniques', first_sentence(intro), intro, [
        section('crisis-response-techniques', 'GUIDE', 'Crisis response and communication techniques', H,
                parse_items(L0, 113, 162, set(), H, 'GUIDE', slug), closing=para(L0, 164)),
        section('role-play-exercises', 'EXERCISES', 'Role-playing exercises for de-escalation', H,
                parse_items(L0, 168, 222, set(), H, 'EXERCISES', slug), intro=para(L0, 166), closing=para(L0, 224)),
    ])
    # --- 3
    H = clean(L0[226]); slug = 'recurrence-and-resilience'
    intro = para(L0, 228)
    topic(3, slug, 226, 'Understanding re-occurrence of use and resilience', first_sentence(intro), intro, [
        section('recurrence-of-use', 'GUIDE', 'Recognizing and responding to recurrence of use', H,
                parse_items(L0, 230, 278, set(), H, 'GUIDE', slug), closing=para(L0, 280)),
        section('building-resilience', 'GUIDE', 'Building resilience for long-term recovery', H,
                parse_items(L0, 284, 340, set(), H, 'GUIDE', slug), intro=para(L0, 282), closing=para(L0, 342)),
    ])
    # --- 4
    H = clean(L0[344]); slug = 'life-skills-coaching'
    epic_h = H + ' > ' + clean(L0[346])
    cats, res_items = parse_resources(L0, 359, 434, H, slug)
    topic(4, slug, 344, 'Life skills coaching for recovery', first_sentence(para(L0, 355)), None, [
        section('epic-skills', 'GUIDE', clean(L0[346]), epic_h,
                parse_items(L0, 348, 353, {348}, epic_h, 'GUIDE', slug), closing=para(L0, 355)),
        section('skill-building-resources', 'RESOURCES', 'Tools and resources for skill-building', H,
                res_items, intro=para(L0, 357), closing=para(L0, 438),
                extra={'categories': cats}),
    ])
    # --- 5
    H = clean(L0[440]); slug = 'harm-reduction'
    intro = para(L0, 442)
    topic(5, slug, 440, 'Promoting harm reduction in recovery', first_sentence(intro), intro, [
        section('harm-reduction-for-peer-coaches', 'GUIDE', 'Harm reduction strategies for peer coaches', H,
                parse_items(L0, 444, 483, set(), H, 'GUIDE', slug), closing=para(L0, 485)),
    ])
    # --- 6
    H = clean(L0[487]); slug = 'wellness-practices'
    intro = para(L0, 489)
    nsr_title = clean(L0[591])
    nsr = {'slug': slugify(nsr_title), 'number': 1, 'numbered': False, 'title': nsr_title,
           'category': 'GENERAL_SKILL_BUILDING', 'resourceKind': RESOURCE_KINDS[nsr_title],
           '_text': nsr_title, '_topic': slug, 'techniques': [], 'source': src(F0, H + ' > ' + nsr_title)}
    topic(6, slug, 487, 'Integrating wellness practices into recovery holistic approach', first_sentence(intro), intro, [
        section('mindfulness-exercise-nutrition', 'PRACTICES', 'Mindfulness, exercise, and nutrition', H,
                parse_items(L0, 491, 531, {519, 527}, H, 'PRACTICES', slug), closing=para(L0, 533)),
        section('wellness-techniques', 'PRACTICES', 'Practical wellness techniques for daily routines', H,
                parse_items(L0, 537, 587, {583}, H, 'PRACTICES', slug), intro=para(L0, 535), closing=para(L0, 589)),
        section('further-resources', 'RESOURCES', 'Further resources', H, [nsr]),
    ])
    # --- 7
    H = clean(L0[593]); slug = 'goal-setting'
    intro = para(L0, 595)
    topic(7, slug, 593, 'Goal Setting', first_sentence(intro), intro, [
        section('professional-goals', 'GUIDE', 'Setting, refining, and achieving goals as a peer support professional', H,
                parse_items(L0, 597, 648, {640}, H, 'GUIDE', slug), closing=para(L0, 650)),
    ])
    # --- 8
    H = clean(L0[652]); slug = 'recovery-network'
    intro = para(L0, 654)
    topic(8, slug, 652, 'Building a recovery network', first_sentence(intro), intro, [
        section('network-building-techniques', 'GUIDE', 'Techniques for building and sustaining supportive networks', H,
                parse_items(L0, 656, 714, set(), H, 'GUIDE', slug), closing=para(L0, 716)),
    ])
    # apply overrides, recompute topic technique lists, check slugs
    all_keys = {(t['slug'], it['slug']) for t in TOPICS for s in t['sections'] for it in s['items']}
    assert set(ADD) <= all_keys and set(REMOVE) <= all_keys, (set(ADD) | set(REMOVE)) - all_keys
    for t in TOPICS:
        seen = set()
        techs = []
        for s in t['sections']:
            for it in s['items']:
                key = (t['slug'], it['slug'])
                for x in ADD.get(key, []):
                    if x not in it['techniques']:
                        it['techniques'].append(x)
                for x in REMOVE.get(key, []):
                    it['techniques'].remove(x)
                assert it['slug'] not in seen, key
                seen.add(it['slug'])
                for x in it['techniques']:
                    if x not in techs:
                        techs.append(x)
        t['techniques'] = techs
        secs = [s['slug'] for s in t['sections']]
        assert len(secs) == len(set(secs))


# ---------------------------------------------------------------------------
# 001: stages (flattened table)
# ---------------------------------------------------------------------------
def build_stages():
    assert L1[1] == 'Fundamental Process' and L1[3] == 'Key Concepts' and L1[4] == 'Tools and Resources'
    concepts = [clean(c) for c in L1[5].lstrip('• ').split(' • ')]
    tools = [clean(c) for c in L1[6].lstrip('• ').split(' • ')]
    assert len(concepts) == 23 and len(tools) == 28, (len(concepts), len(tools))
    desc = L1[7]
    cuts = ['Connecting is task', 'Explore how', 'Powerful support', 'Planning is based', 'Advocating is done']
    idx = [desc.index(c) for c in cuts] + [len(desc)]
    descs = [desc[idx[i]:idx[i + 1]].strip() for i in range(5)]
    names = [L1[n] for n in range(8, 13)]
    assert names == ['Connecting', 'Exploring', 'Supporting', 'Planning', 'Advocating']
    # key concepts: 5 / 5 / 5 / 3 / 5, in row order
    kc = {'connecting': concepts[0:5], 'exploring': concepts[5:10], 'supporting': concepts[10:15],
          'planning': concepts[15:18], 'advocating': concepts[18:23]}
    # tools: every row after Connecting opens with "OARS skills"; the last two cells come out
    # in the order Advocating, Planning (see NOTES.md)
    tl = {'connecting': tools[0:5], 'exploring': tools[5:11], 'supporting': tools[11:19],
          'advocating': tools[19:25], 'planning': tools[25:28]}
    assert sum(len(v) for v in tl.values()) == 28
    for k in ('exploring', 'supporting', 'advocating', 'planning'):
        assert tl[k][0] == 'OARS skills', k
    tool_tech = {
        'Practicing self-care and community care': 'self-care',
        'Connecting open questions': 'open-questions',
        'Look for strengths and affirm': 'affirming-strengths',
        'Reflective Listening Cheat Sheet': 'reflective-listening',
        'Initial Meeting Checklist': None,
        'OARS skills': 'oars',
        'Exploring open questions': 'open-questions',
        'Advantages and Disadvantages Worksheet': None,
        'Exploring values': 'exploring-values',
        'Listening, revisited': 'reflective-listening',
        'Providing information (Ask-Share-Ask)': 'ask-share-ask',
        'Sharing recovery story (Ask-Share-Ask)': 'ask-share-ask',
        'Preparing Response to Anger worksheet': None,
        'Gentle refusal 3 steps': 'gentle-refusal',
        'Advocacy': 'advocacy',
        'Sharing information and resources (Ask-Share-Ask)': 'ask-share-ask',
        'Best practices for concluding the relationship': None,
        'Connect with resources and others with shared values': None,
        'Applying understandings of culture, power, and privilege': None,
        'Brainstorming': 'brainstorming',
        'Collaboration and fostering connections through organizing advocacy efforts': 'advocacy',
        'Planning possibilities': None,
    }
    stages = []
    for i, name in enumerate(names):
        s = name.lower()
        stages.append({
            'slug': s, 'number': i + 1, 'title': name, 'description': lit(descs[i]),
            'keyConcepts': kc[s],
            'tools': [Flow(title=t, technique=tool_tech[t]) for t in tl[s]],
            'source': src(F1, 'Fundamental Process > ' + name),
        })
    return stages


# ---------------------------------------------------------------------------
# Techniques
# ---------------------------------------------------------------------------
def h0(line, sub=None):
    """Heading path in 000 for a topic heading line and an optional sub-heading line."""
    h = clean(L0[line])
    if sub:
        h += ' > ' + clean(L0[sub]).rstrip(':')
    return h


def point_of(line):
    return clean(L0[line])[2:] if L0[line].lstrip().startswith('•') else clean(L0[line])


def after_label(line):
    t = clean(L0[line]).lstrip('• ').strip()
    return t.split(': ', 1)[1]


# slug, title, description, source, editorial(description not verbatim)
def technique_defs():
    allsrc = '\n'.join(x for x in L0[1:] + L1[1:] + L2[1:] + L3[1:] + L4[1:])
    T = []

    def add(slug, title, desc, f, heading, editorial=False):
        if not editorial:
            assert desc in allsrc.replace('  ', ' ') or all(p in allsrc for p in desc.split('\n\n')), (slug, desc)
        T.append({'slug': slug, 'title': title, 'description': desc, 'editorial': editorial,
                  'source': src(f, heading)})

    FP = 'Fundamental Process > Tools and Resources'
    add('oars', 'OARS skills',
        'Open questions, affirmations, reflective listening and summaries. Listed as “OARS skills” among the tools of the '
        'Exploring, Supporting, Planning and Advocating processes; the Connecting process lists its parts as “Connecting open '
        'questions”, “Look for strengths and affirm” and the “Reflective Listening Cheat Sheet”.', F1, FP, True)
    add('open-questions', 'Open questions', point_of(122).split(' Examples include')[0], F0, h0(109, 118))
    add('affirming-strengths', 'Affirming strengths', 'Help them recognize their positive qualities and resilience. '
        'Focusing on strengths boosts confidence and motivation, even in times of struggle.', F0, h0(226, 270))
    add('reflective-listening', 'Reflective listening', point_of(120), F0, h0(109, 118))
    add('summarizing', 'Summarizing', point_of(152), F0, h0(109, 149))
    add('active-listening', 'Active listening', clean(L4[26]), F4, '2. Training for Peer Support might cover > Active listening skills')
    add('ask-share-ask', 'Ask-Share-Ask',
        'Named in the Supporting process tools for providing information, sharing a recovery story, and sharing '
        'information and resources: “Providing information (Ask-Share-Ask)”, “Sharing recovery story (Ask-Share-Ask)”, '
        '“Sharing information and resources (Ask-Share-Ask)”.', F1, FP, True)
    add('exploring-values', 'Exploring values', after_label(323), F0, h0(226, 320))
    add('gentle-refusal', 'Gentle refusal',
        'Listed as “Gentle refusal 3 steps” among the Supporting process tools; the three steps are not spelled out in '
        'the source documents.', F1, FP, True)
    add('brainstorming', 'Brainstorming', first_sentence(clean(L0[7])), F0, clean(L0[3]))
    add('advocacy', 'Advocacy', clean(L4[47]).split(' This can involve')[0], F4,
        '3. Delivering peer support alongside professionals > Provide advocacy')
    add('self-care', 'Self-care and community care', after_label(278), F0, h0(226, 275))
    add('boundary-setting', 'Setting healthy boundaries', clean(L0[53]), F0, h0(9))
    add('role-play', 'Role-play', first_sentence(clean(L0[166])), F0, h0(109))
    add('validation', 'Empathy and validation', point_of(126), F0, h0(109, 124))
    add('reframing', 'Reframing', point_of(146), F0, h0(109, 144))
    add('i-statements', '“I” statements', after_label(206), F0, h0(109, 203))
    add('silence', 'Silence', after_label(214), F0, h0(109, 210))
    add('gentle-redirection', 'Gentle redirection', after_label(220), F0, h0(109, 217))
    add('what-if-tool', '“What-If” tool', point_of(132), F0, h0(109, 129))
    add('grounding', 'Grounding techniques', after_label(245), F0, h0(226, 242))
    add('deep-breathing', 'Deep breathing', point_of(115), F0, h0(109, 113))
    add('box-breathing', 'Box breathing', after_label(539), F0, h0(487, 537))
    add('4-7-8-breathing', '4-7-8 breathing', after_label(495), F0, h0(487, 491))
    add('body-scan', 'Body scan', after_label(496), F0, h0(487, 491))
    add('pause-and-check', '“Pause and Check”', after_label(542), F0, h0(487, 537))
    add('mindfulness', 'Mindfulness and meditation', after_label(493), F0, h0(487, 491))
    add('mindful-observation', 'Mindful observation', after_label(497), F0, h0(487, 491))
    add('mindful-eating', 'Mindful eating', after_label(516), F0, h0(487, 509))
    add('mindful-movement', 'Mindful movement', after_label(522), F0, h0(487, 519))
    add('visualization', 'Visualization', first_sentence(after_label(569)), F0, h0(487, 564))
    add('progressive-muscle-relaxation', 'Progressive muscle relaxation', first_sentence(after_label(299)), F0, h0(226, 296))
    add('positive-affirmations', 'Positive self-talk and affirmations', after_label(251), F0, h0(226, 248))
    add('self-compassion', 'Self-compassion', after_label(568), F0, h0(487, 564))
    add('gratitude-practice', 'Gratitude practice', first_sentence(after_label(541)), F0, h0(487, 537))
    add('journaling', 'Journaling', first_sentence(after_label(567)), F0, h0(487, 564))
    add('setting-intentions', 'Setting daily intentions', after_label(566), F0, h0(487, 564))
    add('anchor-habits', '“Anchor habits”', after_label(581), F0, h0(487, 577))
    add('reflective-practice', 'Reflective practice', after_label(477), F0, h0(440, 474))
    add('problem-solving', 'Problem-solving', after_label(298), F0, h0(226, 296))
    add('cognitive-behavioral-techniques', 'Cognitive behavioral techniques', after_label(312), F0, h0(226, 308))
    add('smart-goals', 'SMART goals',
        'Goals that are Specific, Measurable, Achievable, Relevant and Time-Bound (the five points of “Setting SMART Goals”).',
        F0, h0(593, 603), True)
    add('relapse-prevention-plan', 'Relapse prevention plan', after_label(317), F0, h0(226, 314))
    add('accountability-partnership', 'Accountability partnership', after_label(682), F0, h0(652, 680))
    add('one-day-at-a-time', 'One day at a time', after_label(257), F0, h0(226, 254))
    add('wellness-checklist', 'Wellness checklist', after_label(574), F0, h0(487, 571))
    return T


# key concepts of a stage that name a technique (links the technique to that stage)
KEY_CONCEPT_TECHNIQUE = {'Setting healthy boundaries': 'boundary-setting'}


def main():
    build_topics()
    stages = build_stages()
    techs = technique_defs()
    tslugs = [t['slug'] for t in techs]
    assert len(tslugs) == len(set(tslugs))
    # every tagged technique exists
    used = set()
    for t in TOPICS:
        used.update(t['techniques'])
    for s in stages:
        used.update(x['technique'] for x in s['tools'] if x['technique'])
    missing = used - set(tslugs)
    assert not missing, missing

    # technique -> stages / topics
    out_t = []
    for t in techs:
        st = [s['slug'] for s in stages if any(x['technique'] == t['slug'] for x in s['tools'])
              or any(KEY_CONCEPT_TECHNIQUE.get(k) == t['slug'] for k in s['keyConcepts'])]
        tp = [tp['slug'] for tp in TOPICS if t['slug'] in tp['techniques']]
        d = {'slug': t['slug'], 'title': t['title'], 'description': lit(t['description'])}
        if t['editorial']:
            d['descriptionEditorial'] = True
        d['stages'] = st
        d['topics'] = tp
        d['source'] = t['source']
        out_t.append(d)

    # strip private keys
    for t in TOPICS:
        for s in t['sections']:
            for it in s['items']:
                it.pop('_text', None)
                it.pop('_topic', None)
                if not it.get('techniques'):
                    it.pop('techniques', None)
                else:
                    it['techniques'] = Flowlist(it['techniques'])
                # put source last
                srcv = it.pop('source')
                it['source'] = srcv
        t['techniques'] = Flowlist(t['techniques'])

    hdr = ['Generated from ../shared/seeds (see seeds/README.md). Text is verbatim from the source documents.']
    for t in TOPICS:
        write('curriculum/topics/%02d-%s.yaml' % (t['number'], t['slug']), t, hdr)
    write('curriculum/stages.yaml', {'locale': 'en', 'title': 'Fundamental Process', 'stages': stages}, hdr)
    for d in out_t:
        d['stages'] = Flowlist(d['stages'])
        d['topics'] = Flowlist(d['topics'])
    write('curriculum/techniques.yaml', {'locale': 'en', 'techniques': out_t}, hdr)
    write('curriculum/topics-intro.yaml', {
        'locale': 'en', 'title': clean(L0[3]), 'intro': lit(para(L0, 5, 7)), 'source': src(F0, clean(L0[3]))}, hdr)
    write('curriculum/principles.yaml', build_principles(), hdr)
    write('curriculum/support-types.yaml', build_support_types(), hdr)
    write('curriculum/contexts.yaml', build_contexts(), hdr)
    print('fixes:', FIX_LOG)


class Flowlist(list):
    pass


Dumper.add_representer(Flowlist, lambda d, l: d.represent_sequence('tag:yaml.org,2002:seq', l, flow_style=True))


# ---------------------------------------------------------------------------
# 002 principles
# ---------------------------------------------------------------------------
def build_principles():
    H = clean(L2[1])
    assert H == 'Creating a Supportive Environment in Peer Recovery Coaching'
    assert L2[3].startswith('Disable ads')
    defs = [
        (9, 'respecting-individual-journeys', 'Respecting individual journeys'),
        (11, 'encouraging-openness', 'Encouraging openness'),
        (13, 'listening-actively', 'Listening actively'),
        (15, 'offering-emotional-support', 'Offering emotional support'),
        (17, 'empowering-individuals', 'Empowering individuals to take charge of their recovery journey'),
        (19, 'advice-connection-and-presence', 'Giving advice, establishing connections, and being present'),
    ]
    pr = []
    for i, (ln, slug, title) in enumerate(defs):
        pr.append({'slug': slug, 'number': i + 1, 'title': title, 'description': lit(clean(L2[ln])),
                   'source': src(F2, H)})
    return {'locale': 'en', 'title': H, 'intro': lit(para(L2, 5, 7)), 'source': src(F2, H), 'principles': pr,
            'closing': lit(para(L2, 21, 23))}


# ---------------------------------------------------------------------------
# 003 support types (+ the rest of that article)
# ---------------------------------------------------------------------------
def build_support_types():
    title = clean(L3[1])
    TH = clean(L3[21])
    examples = {
        'emotional': ['Peer mentoring', 'peer-led support groups'],
        'informational': ['parenting classes', 'job skills training', 'wellness seminars'],
        'instrumental': ['child care', 'transportation', 'connecting you with health and social services'],
        'affiliational': ['recreational sports', 'recovery centers'],
    }
    types = []
    for ln in range(26, 30):
        text = clean(L3[ln]).lstrip('• ').strip()
        name, desc = text.split(' – ', 1)
        slug = name.lower()
        for ex in examples[slug]:
            assert ex in desc, (slug, ex)
        types.append({'slug': slug, 'title': name, 'description': lit(desc), 'examples': examples[slug],
                      'source': src(F3, title + ' > ' + TH)})
    BH = clean(L3[33])
    benefits = []
    heads = [39, 45, 53, 59, 65, 71]
    for i, h in enumerate(heads):
        stop = heads[i + 1] if i + 1 < len(heads) else 77
        t = clean(L3[h])
        assert t.startswith('1. ')
        t = t[3:]
        body = [clean(L3[n]) for n in range(h + 1, stop) if L3[n].strip()]
        benefits.append({'slug': slugify(t), 'number': i + 1, 'title': t, 'description': lit('\n\n'.join(body)),
                         'source': src(F3, title + ' > ' + BH + ' > ' + t)})
    NH = clean(L3[77])
    assert L3[104].startswith('Guest post by') and L3[110] == 'Leave a Reply'
    return {
        'locale': 'en',
        'document': {'title': title, 'subtitle': clean(L3[3]), 'intro': lit(para(L3, 9, 13, 17)),
                     'author': clean(L3[104]).replace('Guest post by ', ''), 'source': src(F3, title)},
        'title': TH,
        'intro': lit(clean(L3[24])),
        'source': src(F3, title + ' > ' + TH),
        'supportTypes': types,
        'benefits': {'title': BH, 'intro': lit(clean(L3[36])), 'source': src(F3, title + ' > ' + BH),
                     'items': benefits},
        'buildingNetwork': {'title': NH, 'description': lit(para(L3, 80, 84, 88, 92)),
                            'source': src(F3, title + ' > ' + NH)},
        'closing': lit(para(L3, 96, 100)),
    }


# ---------------------------------------------------------------------------
# 004 contexts
# ---------------------------------------------------------------------------
def labelled(L, start, end):
    """'• Label:' line followed by its description line(s)."""
    out = []
    n = start
    while n <= end:
        if L[n].startswith('• '):
            label = clean(L[n][2:]).rstrip(':')
            desc = clean(L[n + 1])
            out.append({'slug': slugify(label), 'title': label, 'description': L_(desc)})
            n += 2
        else:
            n += 1
    return out


def L_(s):
    return Lit(s)


def build_contexts():
    H1, H2, H3 = (clean(L4[n]).rstrip(':') for n in (13, 24, 37))
    assert H1.startswith('1. Peer Driven Support') and H2.startswith('2. Training') and H3.startswith('3. Delivering')
    aspects = labelled(L4, 14, 21)
    comps = labelled(L4, 25, 34)
    roles = labelled(L4, 40, 50)
    assert len(aspects) == 4 and len(comps) == 5 and len(roles) == 5
    for coll, h in ((aspects, H1), (comps, H2), (roles, H3)):
        for c in coll:
            c['source'] = src(F4, h + ' > ' + c['title'])
    intro = '\n\n'.join([clean(L4[1]), '\n'.join(clean(L4[n]) for n in (3, 4, 5)), clean(L4[7]), clean(L4[9])])
    return {
        'locale': 'en',
        'title': 'The value of peer support in addiction recovery',
        'intro': lit(intro),
        'source': src(F4, ''),
        'contexts': [
            {'slug': 'peer-driven-support', 'number': 1, 'title': 'Peer Driven Support',
             'scope': '1 to 1 and in groups', 'description': lit(clean(L4[11])), 'aspects': aspects,
             'source': src(F4, H1)},
            {'slug': 'training', 'number': 2, 'title': 'Training for Peer Support',
             'description': lit(clean(L4[22])), 'competencies': comps, 'source': src(F4, H2)},
            {'slug': 'alongside-professionals', 'number': 3, 'title': 'Delivering peer support alongside professionals',
             'description': lit(clean(L4[39])), 'roles': roles, 'source': src(F4, H3)},
        ],
        'supervision': {'slug': 'supervision', 'title': 'Ongoing supervision and support',
                        'description': lit(clean(L4[35])), 'source': src(F4, H2)},
        'closing': lit(clean(L4[51])),
    }


if __name__ == '__main__':
    main()
