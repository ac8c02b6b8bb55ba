#!/usr/bin/env python3
"""Consistency check of the demo materials: content/subjects.yaml, content/materials/materials.yaml,
content/materials/relevance.yaml and the files they name.

    python3 content/materials/sources/check.py        (from the repository root, or from anywhere)

Needs only Python 3 (no PyYAML): the YAML files are read by a small, strict reader of the subset
they are written in (block mappings and sequences, flow sequences [a, b] and flow mappings
{k: v}, plain and double-quoted scalars with \\u escapes, comments); anything else is refused,
so what this reader accepts is read the same by a full YAML parser. Exits 1 on the first list of
errors, after printing the counts.
"""
import datetime
import html
import pathlib
import re
import sys
import unicodedata
import zipfile

MATERIALS = pathlib.Path(__file__).resolve().parent.parent
CONTENT = MATERIALS.parent

SUBJECTS = ['LITERACY', 'HEALTH', 'LAW', 'AGRICULTURE', 'DIGITAL_SKILLS', 'LIFE_SKILLS', 'LANGUAGES',
            'READING_CULTURE', 'VOCATIONAL', 'ENVIRONMENT', 'LIFELONG_LEARNING', 'OTHER']
BIG_SUBJECTS = ['HEALTH', 'LAW', 'AGRICULTURE', 'DIGITAL_SKILLS', 'LIFE_SKILLS', 'LITERACY']
AUDIENCES = {'ALL', 'ADULTS', 'YOUTH', 'ELDERLY', 'WOMEN', 'PARENTS', 'FARMERS', 'WORKERS',
             'LITERACY_LEARNERS', 'DISABILITIES', 'NEWCOMERS', 'OFFICIALS'}
LEVELS = {'BASIC', 'INTERMEDIATE', 'ADVANCED'}
LICENCES = {'CC_BY', 'CC_BY_SA', 'PUBLIC_DOMAIN', 'ALL_RIGHTS_RESERVED'}
STATUSES = {'PUBLISHED', 'DRAFT', 'WITHDRAWN'}
LINK_KINDS = {'VIDEO', 'WEB_PAGE'}
KINDS = ['NO_DIACRITICS', 'DIACRITICS', 'NFD', 'TYPO', 'TWO_SYLLABLE', 'PHRASE', 'OCR', 'PREFIX', 'ENGLISH',
         'TONE_EXACT']
FIELDS = {'key', 'title', 'description', 'subject', 'audiences', 'level', 'language', 'licence', 'author',
          'centre', 'publisher', 'published', 'file', 'link', 'linkKind', 'status'}
# The one text stored in NFD on purpose (declared in the header of materials.yaml).
NFD_FILES = {'files/doc-sach-cung-con.txt'}
# Scanned documents (OCR-damaged text) and their clean twins: an OCR query that wants one wants both.
TWINS = {'ke-hoach-tuan-le-htsd-2026-gt': 'ke-hoach-tuan-le-htsd-2026-nt',
         'cong-van-cdht-2026-lb': 'cong-van-cdht-2026-bd'}
# Minimum counts the brief asks for.
MIN_FORMATS = {'txt': 18, 'md': 13, 'html': 10, 'pdf': 8, 'docx': 5, 'VIDEO': 2, 'WEB_PAGE': 2}
MIN_KINDS = {'NO_DIACRITICS': 12, 'DIACRITICS': 8, 'NFD': 3, 'TYPO': 6, 'TWO_SYLLABLE': 6, 'PHRASE': 6, 'OCR': 6,
             'TONE_EXACT': 3, 'ENGLISH': 2}

errors = []


def error(message):
    errors.append(message)


# ───────────────────────────── a strict reader of the YAML subset ─────────────────────────────

class YamlError(Exception):
    pass


def strip_comment(line):
    """The line without a comment (a # at the start or after a space, outside double quotes)."""
    quoted = False
    i = 0
    while i < len(line):
        c = line[i]
        if c == '\\' and quoted:
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == '#' and not quoted and (i == 0 or line[i - 1] in ' \t'):
            return line[:i].rstrip()
        i += 1
    return line.rstrip()


def scalar(text, where):
    text = text.strip()
    if text.startswith('"'):
        if not text.endswith('"') or len(text) < 2:
            raise YamlError(f'{where}: unterminated string {text!r}')
        body = text[1:-1]
        out, i = [], 0
        while i < len(body):
            c = body[i]
            if c == '"':
                raise YamlError(f'{where}: stray quote in {text!r}')
            if c == '\\':
                e = body[i + 1]
                if e == 'u':
                    out.append(chr(int(body[i + 2:i + 6], 16)))
                    i += 6
                    continue
                out.append({'"': '"', '\\': '\\', 'n': '\n', 't': '\t', '/': '/'}[e])
                i += 2
                continue
            out.append(c)
            i += 1
        return ''.join(out)
    if text.startswith(("'", '&', '*', '!', '|', '>', '%', '@', '`')):
        raise YamlError(f'{where}: unsupported scalar {text!r}')
    if ': ' in text or text.endswith(':') or ' #' in text:
        raise YamlError(f'{where}: plain scalar with ": " or " #" must be quoted: {text!r}')
    return text


def split_flow(body, where):
    parts, depth, quoted, current = [], 0, False, ''
    for i, c in enumerate(body):
        if c == '"' and (i == 0 or body[i - 1] != '\\'):
            quoted = not quoted
        if not quoted and c in '[{':
            raise YamlError(f'{where}: nested flow collections are not supported')
        if c == ',' and not quoted:
            parts.append(current)
            current = ''
        else:
            current += c
    if current.strip():
        parts.append(current)
    return [p.strip() for p in parts]


def value(text, where):
    text = text.strip()
    if text.startswith('['):
        if not text.endswith(']'):
            raise YamlError(f'{where}: unterminated flow sequence')
        return [scalar(p, where) for p in split_flow(text[1:-1], where)]
    if text.startswith('{'):
        if not text.endswith('}'):
            raise YamlError(f'{where}: unterminated flow mapping')
        mapping = {}
        for part in split_flow(text[1:-1], where):
            k, sep, v = part.partition(': ')
            if not sep:
                raise YamlError(f'{where}: flow mapping entry without ": " {part!r}')
            if k.strip() in mapping:
                raise YamlError(f'{where}: duplicate key {k.strip()!r}')
            mapping[k.strip()] = scalar(v, where)
        return mapping
    return scalar(text, where)


def load(path):
    """A mapping of top-level keys; a key without a value holds a block sequence of mappings."""
    lines = []
    raw = path.read_bytes()
    text = raw.decode('utf-8')
    for number, line in enumerate(text.split('\n'), 1):
        if '\t' in line:
            raise YamlError(f'{path.name}:{number}: tab character')
        stripped = strip_comment(line)
        if stripped.strip():
            lines.append((number, len(stripped) - len(stripped.lstrip(' ')), stripped.strip()))
    root, i = {}, 0
    while i < len(lines):
        number, indent, content = lines[i]
        where = f'{path.name}:{number}'
        if indent != 0:
            raise YamlError(f'{where}: unexpected indentation')
        key, sep, rest = content.partition(':')
        if not sep or key in root:
            raise YamlError(f'{where}: expected a new top-level "key:"')
        if rest.strip():
            root[key] = value(rest, where)
            i += 1
            continue
        items, i = [], i + 1
        while i < len(lines) and lines[i][1] > 0:
            number, indent, content = lines[i]
            where = f'{path.name}:{number}'
            if not content.startswith('- '):
                raise YamlError(f'{where}: expected "- " starting a sequence item')
            item_indent = indent + 2
            item = {}
            first = content[2:]
            entries = [(number, first)]
            i += 1
            while i < len(lines) and lines[i][1] == item_indent and not lines[i][2].startswith('- '):
                entries.append((lines[i][0], lines[i][2]))
                i += 1
            if i < len(lines) and lines[i][1] > item_indent:
                raise YamlError(f'{path.name}:{lines[i][0]}: nested blocks are not supported')
            for n, entry in entries:
                k, sep, v = entry.partition(': ')
                if not sep or not v.strip():
                    raise YamlError(f'{path.name}:{n}: expected "key: value"')
                if k in item:
                    raise YamlError(f'{path.name}:{n}: duplicate key {k!r}')
                item[k] = value(v, f'{path.name}:{n}')
            items.append(item)
        root[key] = items
    return root


# ───────────────────────────── text files ─────────────────────────────

def read_text(path, allow_nfd=False):
    """The text of a UTF-8 file, checked: no BOM, NFC (or NFD where declared)."""
    raw = path.read_bytes()
    rel = path.relative_to(MATERIALS) if MATERIALS in path.parents else path.relative_to(CONTENT)
    if raw.startswith(b'\xef\xbb\xbf'):
        error(f'{rel}: starts with a byte order mark')
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        error(f'{rel}: not valid UTF-8 ({e})')
        return ''
    if allow_nfd:
        if unicodedata.is_normalized('NFC', text) or not unicodedata.is_normalized('NFD', text):
            error(f'{rel}: declared NFD but is not in NFD')
    elif not unicodedata.is_normalized('NFC', text):
        error(f'{rel}: not in Unicode NFC')
    return text


def words(text):
    return len(re.findall(r'\w+', text))


def fold(text):
    text = unicodedata.normalize('NFC', text).replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', text) if unicodedata.category(c) != 'Mn')


def main():
    try:
        subjects_doc = load(CONTENT / 'subjects.yaml')
        materials_doc = load(MATERIALS / 'materials.yaml')
        relevance_doc = load(MATERIALS / 'relevance.yaml')
    except YamlError as e:
        print(f'YAML: {e}')
        return 1
    for name in ('subjects.yaml',):
        read_text(CONTENT / name)
    read_text(MATERIALS / 'materials.yaml')
    read_text(MATERIALS / 'relevance.yaml')

    # subjects
    subjects = subjects_doc.get('subjects', [])
    codes = [s.get('code') for s in subjects]
    if codes != SUBJECTS:
        error(f'subjects.yaml: codes {codes} are not {SUBJECTS}')
    for s in subjects:
        if set(s) != {'code', 'nameVi', 'nameEn'}:
            error(f'subjects.yaml: {s.get("code")}: fields {sorted(s)}')

    # centres of organisation.yaml (their codes are the only TTHTCD-* codes there)
    centres = set(re.findall(r'code:\s*(TTHTCD-[A-Z]+)', (CONTENT / 'organisation.yaml').read_text('utf-8')))

    # materials
    materials = materials_doc.get('materials', [])
    by_key = {}
    formats, per_subject, statuses, languages = {}, {}, {}, {}
    scans, plans = [], []
    lengths = []
    for m in materials:
        key = m.get('key', '?')
        where = f'materials.yaml: {key}'
        if key in by_key:
            error(f'{where}: duplicate key')
        by_key[key] = m
        if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', key):
            error(f'{where}: key is not lowercase ASCII with hyphens')
        unknown = set(m) - FIELDS
        if unknown:
            error(f'{where}: unknown fields {sorted(unknown)}')
        for field in ('title', 'description', 'subject', 'audiences', 'level', 'language', 'licence', 'author',
                      'published'):
            if not m.get(field):
                error(f'{where}: {field} missing')
        if m.get('subject') not in SUBJECTS:
            error(f'{where}: subject {m.get("subject")}')
        audiences = m.get('audiences', [])
        if not isinstance(audiences, list) or not audiences or set(audiences) - AUDIENCES:
            error(f'{where}: audiences {audiences}')
        if m.get('level') not in LEVELS:
            error(f'{where}: level {m.get("level")}')
        if m.get('licence') not in LICENCES:
            error(f'{where}: licence {m.get("licence")}')
        if m.get('language') not in ('vi', 'en'):
            error(f'{where}: language {m.get("language")}')
        status = m.get('status', 'PUBLISHED')
        if status not in STATUSES:
            error(f'{where}: status {status}')
        if ('centre' in m) == ('publisher' in m):
            error(f'{where}: exactly one of centre and publisher')
        if 'centre' in m and m['centre'] not in centres:
            error(f'{where}: centre {m["centre"]} is not in organisation.yaml')
        try:
            date = datetime.date.fromisoformat(m.get('published', ''))
            if not datetime.date(2025, 1, 1) <= date <= datetime.date(2026, 11, 30):
                error(f'{where}: published {date} outside 2025-01 .. 2026-11')
        except ValueError:
            error(f'{where}: published {m.get("published")!r} is not a date')
        for field in ('title', 'description', 'author'):
            if not unicodedata.is_normalized('NFC', m.get(field, '')):
                error(f'{where}: {field} not NFC')
        if ('file' in m) == ('link' in m):
            error(f'{where}: exactly one of file and link')
        statuses[status] = statuses.get(status, 0) + 1
        languages[m.get('language')] = languages.get(m.get('language'), 0) + 1
        if status == 'PUBLISHED':
            per_subject[m.get('subject')] = per_subject.get(m.get('subject'), 0) + 1
        if 'link' in m:
            kind = m.get('linkKind')
            if kind not in LINK_KINDS:
                error(f'{where}: linkKind {kind}')
            if not m['link'].startswith('https://example.org/'):
                error(f'{where}: link is not a demo address on example.org')
            formats[kind] = formats.get(kind, 0) + 1
            continue
        if 'linkKind' in m:
            error(f'{where}: linkKind without link')
        file = m['file']
        ext = file.rsplit('.', 1)[-1]
        formats[ext] = formats.get(ext, 0) + 1
        if file != f'files/{key}.{ext}':
            error(f'{where}: file {file} is not files/{key}.<ext>')
        path = MATERIALS / file
        if not path.is_file():
            error(f'{where}: {file} does not exist')
            continue
        if ext in ('txt', 'md', 'html'):
            text = read_text(path, allow_nfd=file in NFD_FILES)
            if ext == 'html':
                if not re.search(r'<meta charset="utf-8">', text, re.I) or not re.search(r'<title>[^<]+</title>', text):
                    error(f'{where}: HTML without <meta charset="utf-8"> or <title>')
                text = html.unescape(re.sub(r'<[^>]+>', ' ', text))
        elif ext in ('pdf', 'docx'):
            source = MATERIALS / 'sources' / f'{key}.txt'
            if not source.is_file():
                error(f'{where}: sources/{key}.txt does not exist')
                continue
            text = read_text(source)
            if text.startswith('%scan'):
                scans.append(key)
                if ext != 'pdf':
                    error(f'{where}: a scanned document must be a PDF')
            if text.lstrip('%scan\n').startswith('|| '):
                plans.append(key)
            data = path.read_bytes()
            if ext == 'pdf' and not data.startswith(b'%PDF-'):
                error(f'{where}: not a PDF')
            if ext == 'docx':
                try:
                    with zipfile.ZipFile(path) as z:
                        z.getinfo('word/document.xml')
                except (zipfile.BadZipFile, KeyError):
                    error(f'{where}: not a DOCX')
        else:
            error(f'{where}: unexpected format {ext}')
            continue
        n = words(text)
        lengths.append((n, key))
        limit = 2100 if key in plans else 1300
        if not 150 <= n <= limit:
            error(f'{where}: {n} words (expected 250–1,200, plans up to ~2,000)')

    for source in sorted((MATERIALS / 'sources').glob('*.txt')):
        if source.stem not in by_key:
            error(f'sources/{source.name}: no material with this key')
    for f in sorted((MATERIALS / 'files').iterdir()):
        if f'files/{f.name}' not in {m.get('file') for m in materials}:
            error(f'files/{f.name}: not named by materials.yaml')

    if len(materials) < 64:
        error(f'only {len(materials)} materials (at least 64)')
    for fmt, minimum in MIN_FORMATS.items():
        if formats.get(fmt, 0) < minimum:
            error(f'format {fmt}: {formats.get(fmt, 0)} (at least {minimum})')
    for subject in SUBJECTS:
        minimum = 4 if subject in BIG_SUBJECTS else 1
        if per_subject.get(subject, 0) < minimum:
            error(f'subject {subject}: {per_subject.get(subject, 0)} published (at least {minimum})')
    if not 3 <= statuses.get('DRAFT', 0) + statuses.get('WITHDRAWN', 0) <= 4:
        error('3–4 materials must be DRAFT or WITHDRAWN')
    if not 2 <= languages.get('en', 0) <= 3:
        error(f'{languages.get("en", 0)} English materials (2–3)')
    if len(scans) < 4:
        error(f'{len(scans)} scanned documents (at least 4)')
    if len(plans) < 6:
        error(f'{len(plans)} plan-like documents (at least 6)')
    for scan, twin in TWINS.items():
        if scan not in scans or twin not in by_key or twin in scans:
            error(f'twin {scan} / {twin}: not a scan with a clean twin')

    # relevance
    queries = relevance_doc.get('queries', [])
    kinds_count = {k: 0 for k in KINDS}
    seen = set()
    for number, query in enumerate(queries, 1):
        q = query.get('q', '')
        where = f'relevance.yaml: query {number} {q!r}'
        if set(query) != {'q', 'kinds', 'relevant'}:
            error(f'{where}: fields {sorted(query)}')
        if q in seen:
            error(f'{where}: duplicate query')
        seen.add(q)
        kinds = query.get('kinds', [])
        if not kinds or set(kinds) - set(KINDS):
            error(f'{where}: kinds {kinds}')
        for k in kinds:
            kinds_count[k] = kinds_count.get(k, 0) + 1
        if 'NFD' in kinds:
            if unicodedata.is_normalized('NFC', q) or not unicodedata.is_normalized('NFD', q):
                error(f'{where}: kind NFD but the query is not in NFD')
        elif not unicodedata.is_normalized('NFC', q):
            error(f'{where}: not NFC (and not of kind NFD)')
        if 'NO_DIACRITICS' in kinds and not q.isascii():
            error(f'{where}: kind NO_DIACRITICS but not plain ASCII')
        if 'DIACRITICS' in kinds and fold(q) == q:
            error(f'{where}: kind DIACRITICS but without diacritics')
        relevant = query.get('relevant', {})
        if not isinstance(relevant, dict) or not relevant:
            error(f'{where}: no relevant materials')
            continue
        if '2' not in relevant.values():
            error(f'{where}: no material of grade 2')
        for key, grade in relevant.items():
            if grade not in ('1', '2'):
                error(f'{where}: grade {grade} for {key}')
            if key not in by_key:
                error(f'{where}: unknown material {key}')
            elif by_key[key].get('status', 'PUBLISHED') != 'PUBLISHED':
                error(f'{where}: {key} is {by_key[key]["status"]}')
        if 'OCR' in kinds:
            if not any(k in scans for k in relevant):
                error(f'{where}: an OCR query targets no scanned document')
            for scan, twin in TWINS.items():
                if (scan in relevant) != (twin in relevant):
                    error(f'{where}: targets only one of the twins {scan} / {twin}')
    if len(queries) < 48:
        error(f'only {len(queries)} queries (at least 48)')
    for kind, minimum in MIN_KINDS.items():
        if kinds_count.get(kind, 0) < minimum:
            error(f'kind {kind}: {kinds_count.get(kind, 0)} queries (at least {minimum})')

    # report
    print(f'subjects: {len(subjects)}')
    print(f'materials: {len(materials)} ({", ".join(f"{s}: {n}" for s, n in sorted(statuses.items()))})')
    print('  per format: ' + ', '.join(f'{f} {formats.get(f, 0)}' for f in
                                       ('txt', 'md', 'html', 'pdf', 'docx', 'VIDEO', 'WEB_PAGE')))
    print('  published per subject: ' + ', '.join(f'{s} {per_subject.get(s, 0)}' for s in SUBJECTS))
    print(f'  languages: {", ".join(f"{l} {n}" for l, n in sorted(languages.items()))}')
    print(f'  words per text: min {min(lengths)[0]} ({min(lengths)[1]}), max {max(lengths)[0]} ({max(lengths)[1]}),'
          f' total {sum(n for n, _ in lengths)}')
    print(f'  plan-like documents: {len(plans)}; scanned with OCR damage: {len(scans)} ({", ".join(scans)})')
    print(f'  clean twins: {", ".join(f"{s} -> {t}" for s, t in TWINS.items())}')
    print(f'  NFD file: {", ".join(sorted(NFD_FILES))}')
    print(f'queries: {len(queries)}')
    print('  per kind: ' + ', '.join(f'{k} {kinds_count[k]}' for k in KINDS))
    if errors:
        print(f'\n{len(errors)} error(s):')
        for e in errors:
            print('  ' + e)
        return 1
    print('\nOK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
