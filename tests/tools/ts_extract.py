#!/usr/bin/env python3
"""Prints the finished translations of .ts files as one JSON map {source: translation or [plural forms]}, the input
ts_fill.py takes. Used to carry translations across a merge: take one side's .ts, run update_translations, then fill
from the other side's map.   usage: ts_extract.py FILE.ts [FILE.ts ...] > MAP.json
"""
import json
import sys
import xml.etree.ElementTree as ET

mapping = {}
for path in sys.argv[1:]:
    for message in ET.parse(path).getroot().iter('message'):
        source = message.findtext('source')
        translation = message.find('translation')
        if source is None or translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
            continue
        forms = [f.text or '' for f in translation.findall('numerusform')]
        mapping[source] = forms if forms else (translation.text or '')
json.dump(mapping, sys.stdout, ensure_ascii=False, indent=1)
