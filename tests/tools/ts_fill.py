#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from a JSON object {source: translation}, or for English copies the
source (plural forms from "(s)"). A developer tool: run update_translations first, then this, then check.
usage: ts_fill.py FILE.ts [MAP.json] [--copy-source]
"""
import html
import json
import re
import sys

# The part between source and translation must not cross into the next message.
MESSAGE = re.compile(r'(<message( numerus="yes")?>\s*<source>([^<]*)</source>(?:(?!</message>).)*?)'
                     r'<translation type="unfinished">(.*?)</translation>', re.S)


def plural_forms(source):
    return [source.replace('(s)', ''), source.replace('(s)', 's')]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    copy_source = '--copy-source' in sys.argv
    path = args[0]
    mapping = json.load(open(args[1], encoding='utf-8')) if len(args) > 1 else {}
    text = open(path, encoding='utf-8').read()
    missing = []

    def fill(m):
        head, numerus, source_xml = m.group(1), m.group(2), m.group(3)
        source = html.unescape(source_xml)
        if copy_source:
            forms = plural_forms(source) if numerus else [source]
        elif source in mapping:
            value = mapping[source]
            forms = value if isinstance(value, list) else [value]
        else:
            missing.append(source)
            return m.group(0)
        esc = [html.escape(f, quote=False).replace('"', '&quot;').replace("'", '&apos;') for f in forms]
        if numerus:
            body = ''.join(f'\n            <numerusform>{f}</numerusform>' for f in esc) + '\n        '
        else:
            body = esc[0]
        return f'{head}<translation>{body}</translation>'

    text = MESSAGE.sub(fill, text)
    open(path, 'w', encoding='utf-8').write(text)
    for s in missing:
        print('untranslated:', s)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
