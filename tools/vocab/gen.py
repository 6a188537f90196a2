# Generator for remixlint's vocabulary fragments (rules/vocab/*.yaml) from the readable term lists in
# data_*.py (one list per language and fragment). Run from the repository root:
#   pip install opencc-python-reimplemented   # simplified -> traditional Chinese forms
#   python3 tools/vocab/gen.py            # or name the data modules to regenerate
# It merges shared prefixes (PCRE2 10.42 caps a compiled pattern at 64 KiB), adds the boundary
# look-arounds of each script, and rewrites the YAML files; commit the data and the YAML together.
import re, sys, unicodedata, importlib
from opencc import OpenCC
_s2t = OpenCC('s2t')

LAT_L = r'(?<![\p{Latin}\p{Cyrillic}\p{M}\p{N}_])'
LAT_R = r'(?![\p{Latin}\p{Cyrillic}\p{M}\p{N}_])'
HA_L = r'(?<![\p{L}\p{M}\p{N}_])'
HA_R = r'(?![\p{L}\p{M}\p{N}_])'
AR_PRE = r'(?:[وف]?(?:بال|كال|لل|ال|[بلك])?)'
AR_TAIL = r'[\x{064B}-\x{0652}]*'

LATIN_LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'tr', 'id', 'vi', 'hinglish']

FOLD_SRC = {
 'es': {'á':'[áa]','é':'[ée]','í':'[íi]','ó':'[óo]','ú':'[úu]','ñ':'[ñn]'},
 'pt': {'á':'[áa]','à':'[àa]','â':'[âa]','ã':'[ãa]','é':'[ée]','ê':'[êe]','í':'[íi]','ó':'[óo]','ô':'[ôo]','õ':'[õo]','ú':'[úu]','ç':'[çc]'},
 'fr': {'é':'[ée]','è':'[èe]','ê':'[êe]','ë':'[ëe]','à':'[àa]','â':'[âa]','î':'[îi]','ï':'[ïi]','ô':'[ôo]','ù':'[ùu]','û':'[ûu]','ç':'[çc]','œ':'(?:œ|oe)'},
 'it': {'à':'[àa]','è':'[èée]','é':'[éèe]','ì':'[ìi]','ò':'[òo]','ù':'[ùu]'},
 'de': {'ä':'(?:ä|ae)','ö':'(?:ö|oe)','ü':'(?:ü|ue)','ß':'(?:ß|ss)'},
 'nl': {'é':'[ée]','ë':'[ëe]','ï':'[ïi]'},
 'pl': {'ą':'[ąa]','ć':'[ćc]','ę':'[ęe]','ł':'[łl]','ń':'[ńn]','ó':'[óo]','ś':'[śs]','ź':'[źżz]','ż':'[żźz]'},
 'tr': {'ı':'[ıi]','ş':'[şs]','ğ':'[ğg]','ç':'[çc]','ö':'[öo]','ü':'[üu]'},
 'ru': {'ё':'[ёе]'},
}
def _alt(cls):
    # '[áa]' -> '(?:á|a)' ; keeps other forms
    if cls.startswith('[') and cls.endswith(']'):
        return '(?:' + '|'.join(cls[1:-1]) + ')'
    return cls
FOLD = {l: {k: _alt(v) for k, v in m.items()} for l, m in FOLD_SRC.items()}
# languages whose folds apply only to words of >= 4 letters (short words like "más", "dá", "é" stay exact)
FOLD_MINLEN = {'es': 4, 'pt': 4, 'fr': 4, 'it': 4, 'nl': 4}

SEP = {'vi': r'\s+', 'ko': r'\s?', 'ja': r'\s?', 'zh': r'\s?', 'hi': r'\s*', 'ar': r'\s+'}
LAT_SEP = r'\s+'
HYPHEN = r'(?:\s|-)?'
APOS = r"(?:'|’)?"

def tokens(s):
    """Yield (kind, text): kind 'lit' for a plain literal char, 'raw' for regex syntax copied as-is."""
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == '\\':
            if i + 1 < n and s[i+1] in 'pPx' and i + 2 < n and s[i+2] == '{':
                j = s.index('}', i)
                yield 'raw', s[i:j+1]; i = j + 1
            else:
                yield 'raw', s[i:i+2]; i += 2
        elif c == '[':
            j = i + 1
            if j < n and s[j] == '^': j += 1
            if j < n and s[j] == ']': j += 1
            while s[j] != ']':
                if s[j] == '\\': j += 1
                j += 1
            yield 'raw', s[i:j+1]; i = j + 1
        elif c == '(' and s.startswith('(?&', i):
            j = s.index(')', i)
            yield 'raw', s[i:j+1]; i = j + 1
        elif c == '(' and s.startswith('(?', i):
            # (?: (?= (?! (?<= (?<!
            m = re.match(r'\(\?(?::|=|!|<=|<!)', s[i:])
            yield 'raw', m.group(0); i += len(m.group(0))
        elif c in '()|?*+.^$':
            yield 'raw', c; i += 1
        elif c == '{' and re.match(r'\{\d+(,\d*)?\}', s[i:]):
            m = re.match(r'\{\d+(,\d*)?\}', s[i:])
            yield 'raw', m.group(0); i += len(m.group(0))
        else:
            yield 'lit', c; i += 1

def letter_runs(toks):
    """For each token index, the length of the run of literal letters it belongs to."""
    runlen = [0]*len(toks)
    i = 0
    while i < len(toks):
        if toks[i][0] == 'lit' and unicodedata.category(toks[i][1]).startswith('L'):
            j = i
            while j < len(toks) and toks[j][0] == 'lit' and unicodedata.category(toks[j][1]).startswith('L'):
                j += 1
            for k in range(i, j): runlen[k] = j - i
            i = j
        else:
            i += 1
    return runlen

def zh_t(c):
    t = _s2t.convert(c)
    return c if t == c or len(t) != 1 else '[' + c + t + ']'

def transform(lang, s):
    toks = list(tokens(s))
    runs = letter_runs(toks)
    out = []
    fold = FOLD.get(lang, {})
    minlen = FOLD_MINLEN.get(lang, 0)
    for idx, (kind, t) in enumerate(toks):
        if kind == 'raw':
            if re.fullmatch(r'\[[^\]\\^\-]{2,5}\]', t) and all(ord(c) < 256 for c in t[1:-1]):
                t = '(?:' + '|'.join(t[1:-1]) + ')'
            out.append(t); continue
        nxt = toks[idx+1][1] if idx + 1 < len(toks) else ''
        if t == ' ':
            assert nxt not in ('*', '+', '{'), (lang, s)
            if nxt == '?': out.append(r'\s'); continue
            out.append(SEP.get(lang, LAT_SEP)); continue
        if lang in LATIN_LANGS:
            if t == '-':
                assert nxt not in ('*', '+'), (lang, s)
                out.append(HYPHEN[:-1] if nxt == '?' else HYPHEN); continue
            if t in "'’":
                out.append(APOS); continue
            lo = t.lower()
            if lo in fold and runs[idx] >= minlen:
                out.append(fold[lo]); continue
            out.append(re.escape(t) if t in '.-' else t); continue
        if lang == 'zh':
            if '\u4e00' <= t <= '\u9fff':
                out.append(zh_t(t)); continue
        if lang == 'hi':
            if t == '\u093c': out.append('\u093c?'); continue
            if t in '\u0901\u0902': out.append('[\u0901\u0902]'); continue
        if lang == 'ar':
            if t in 'أإآ': out.append('[اأإآ]'); continue
            final = not (nxt and nxt[0] in 'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءئؤأإآ')
            if t == 'ة' and final: out.append('[ةه]'); continue
            if t == 'ى': out.append('[ىي]'); continue
            if t == 'ي' and final: out.append('[يى]'); continue
            if t == 'ّ': out.append('ّ?'); continue
        out.append(t)
    return ''.join(out)

def build(frag):
    parts = []
    lat = []
    for l in LATIN_LANGS:
        if frag.get(l): lat += split_alts(transform(l, frag[l]))
    if lat:
        parts.append(LAT_L + '(?:' + factor(lat) + ')' + LAT_R)
    # Each script group after the Latin one starts with a one-character look-ahead for its script, so
    # PCRE2 skips the group's hundreds of alternatives at positions of another script (a 3-5x speed-up
    # on Latin text, where most prompts are written).
    if frag.get('hi'):
        parts.append('(?=\\p{Devanagari})' + HA_L + '(?:' + factor(split_alts(transform('hi', frag['hi']))) + ')' + HA_R)
    if frag.get('ar'):
        parts.append('(?=\\p{Arabic})' + HA_L + AR_PRE + '(?:' + factor(split_alts(transform('ar', frag['ar']))) + ')' + AR_TAIL + HA_R)
    cjk = []
    for l in ('ja', 'zh', 'ko'):
        if frag.get(l): cjk += split_alts(transform(l, frag[l]))
    # CJK terms that start with a Latin letter ("SF映画", "ND필터") would be skipped by the script
    # look-ahead: they join the Latin group, whose boundaries only look at Latin letters.
    latin_led = [a for a in cjk if a[:1].isascii() and a[:1].isalpha()]
    cjk = [a for a in cjk if a not in latin_led]
    if latin_led:
        parts.append(LAT_L + '(?:' + factor(latin_led) + ')')
    if cjk:
        parts.append('(?![\\p{Latin}\\p{Cyrillic}\\p{Devanagari}\\p{Arabic}\\s])' + factor(cjk))
    for r in frag.get('raw', []):
        parts.append(r)
    return '(?:' + '|'.join(parts) + ')'

def count_terms(frag):
    n = 0
    for k, v in frag.items():
        if k in ('name', 'note', 'raw'):
            if k == 'raw': n += len(v)
            continue
        n += len(split_top(v))
    return n

def split_top(s):
    depth, cur, out, i = 0, '', [], 0
    toks = list(tokens(s))
    for kind, t in toks:
        if kind == 'raw' and t.startswith('(') : depth += 1
        elif kind == 'raw' and t == ')': depth -= 1
        if kind == 'raw' and t == '|' and depth == 0:
            out.append(cur); cur = ''
        else:
            cur += t
    out.append(cur)
    return [x for x in out if x]

def yq(s):
    return "'" + s.replace("'", "''") + "'"

def wrap_comment(text, indent):
    import textwrap
    lines = []
    for para in text.strip().split('\n'):
        lines += textwrap.wrap(para, 100 - len(indent) - 2) or ['']
    return '\n'.join(indent + '# ' + l if l else indent + '#' for l in lines)

def write_file(path, header, frags):
    out = [wrap_comment(header, ''), 'fragments:']
    for f in frags:
        out.append(wrap_comment(f['name'] + ': ' + f['note'], '  '))
        out.append('  ' + f['name'] + ': ' + yq(build(f)))
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')

# ---------- trie factoring of alternations (reduces compiled size) ----------
def atoms(s):
    """Split a regex (no top-level |) into atoms: (char|escape|class|group) + optional quantifier."""
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c == '\\':
            if s[i+1] in 'pPx' and i + 2 < n and s[i+2] == '{':
                j = s.index('}', i) + 1
            else:
                j = i + 2
        elif c == '[':
            j = i + 1
            if s[j] == '^': j += 1
            if s[j] == ']': j += 1
            while s[j] != ']':
                if s[j] == '\\': j += 1
                j += 1
            j += 1
        elif c == '(':
            depth, j = 0, i
            while True:
                if s[j] == '\\': j += 2; continue
                if s[j] == '[':
                    j += 1
                    if s[j] == '^': j += 1
                    if s[j] == ']': j += 1
                    while s[j] != ']':
                        if s[j] == '\\': j += 1
                        j += 1
                    j += 1; continue
                if s[j] == '(': depth += 1
                elif s[j] == ')':
                    depth -= 1
                    if depth == 0: j += 1; break
                j += 1
        else:
            j = i + 1
        m = re.match(r'(?:[?*+]|\{\d+(?:,\d*)?\})[?+]?', s[j:])
        if m: j += len(m.group(0))
        out.append(s[i:j]); i = j
    return out

def split_alts(s):
    """Split at top-level |."""
    parts, depth, cur, i = [], 0, '', 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            if s[i+1] in 'pPx' and i + 2 < len(s) and s[i+2] == '{':
                j = s.index('}', i) + 1
            else:
                j = i + 2
            cur += s[i:j]; i = j; continue
        if c == '[':
            j = i + 1
            if s[j] == '^': j += 1
            if s[j] == ']': j += 1
            while s[j] != ']':
                if s[j] == '\\': j += 1
                j += 1
            cur += s[i:j+1]; i = j + 1; continue
        if c == '(': depth += 1
        elif c == ')': depth -= 1
        if c == '|' and depth == 0:
            parts.append(cur); cur = ''
        else:
            cur += c
        i += 1
    parts.append(cur)
    return parts

def factor(alts):
    root = {}
    END = ''
    for a in alts:
        if not a: continue
        node = root
        for t in atoms(a):
            node = node.setdefault(t, {})
        node[END] = True
    def emit(node):
        term = END in node
        kids = [(k, v) for k, v in node.items() if k != END]
        items = [k + emit(v) for k, v in kids]
        if not items: return ''
        if len(items) == 1 and not term:
            return items[0]
        body = '(?:' + '|'.join(items) + ')'
        return body + '?' if term else body
    return emit(root)

if __name__ == '__main__':
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    out_dir = os.path.join(here, '..', '..', 'rules', 'vocab')
    os.makedirs(out_dir, exist_ok=True)
    for mod in sys.argv[1:] or ['data_aspects', 'data_values', 'data_vague', 'data_cues', 'data_placeholders',
                                'data_combined']:
        m = importlib.import_module(mod)
        write_file(os.path.join(out_dir, m.FILE), m.HEADER, m.FRAGS)
        for f in m.FRAGS:
            print(f"{m.FILE:18} {f['name']:22} terms~{count_terms(f)}")

