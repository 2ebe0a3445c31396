#!/usr/bin/env python3
"""A day of scripted visits in the simulation's mix, for `madoguchi-cli visit run` (tests/bench/visits/bench-visits.sh).
usage: make-day.py VISITS CATALOGUE.json SIMULATION.json REGISTRY.csv PERSONAS.json > day.json
Residents of the mix with a demo card come with it (PIN, or 照合番号B for a locked card); the others without a card.
Only valid visits: a certificate made from a record (seal registration, tax year, light vehicle tax) only for a resident
the registry holds that record for, a 児童手当 claim only by an adult with a child in the household.
"""
import csv
import datetime
import json
import random
import sys

visits, catalogue, simulation, registry, personas = sys.argv[1:6]
rng = random.Random(20261202)
procedures = {p['id']: p for p in json.load(open(catalogue, encoding='utf-8'))['procedures']}
mix = json.load(open(simulation, encoding='utf-8'))
rows = list(csv.DictReader(open(registry, encoding='utf-8')))
people = {r['id']: r for r in rows if r['record'] == 'resident'}
cards = {p['registry_resident_id']: p for p in json.load(open(personas, encoding='utf-8'))['personas']
         if p.get('registry_resident_id') and not p.get('forgery')}
today = datetime.date.today()
adult_born_by = today.replace(year=today.year - 18).isoformat()


def holds(resident):
    """What the registry holds for a resident that a procedure's printout is made from."""
    taxes = [r for r in rows if r['record'] == 'tax' and r['resident_id'] == resident]
    person = people[resident]
    children = [r for r in people.values() if r['household_id'] == person['household_id'] and r['id'] != resident
                and r['birth_date'] > adult_born_by]
    return {
        'seal-certificate': any(r['record'] == 'seal' and r['resident_id'] == resident for r in rows),
        'income-tax-certificate': any(t['fiscal_year'] == '2025' for t in taxes),
        'tax-payment-certificate': any(t['fiscal_year'] == '2025' for t in taxes),
        'light-vehicle-tax-certificate': any(t['light_vehicle_tax'] for t in taxes),
        'child-allowance-claim': person['birth_date'] <= adult_born_by and bool(children),
    }


held = {resident: holds(resident) for resident in people}


def pick(weights):
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def value(field, n):
    key, kind = field['id'], field['type']
    if kind == 'kana':
        return 'テスト'
    if kind == 'date':
        return '1990-05-%02d' % (n % 28 + 1) if 'birth' in key else (today - datetime.timedelta(days=n % 20 + 1)).isoformat()
    if kind in ('number', 'yen'):
        return '2025' if key == 'fiscal_year' else str(n % 3 + 1)
    if kind == 'choice':
        return field['choices'][0]
    if kind == 'bool':
        return 'no'
    if kind == 'postal_code':
        return '180-0012'
    if kind == 'phone':
        return '0422-60-%04d' % (1000 + n % 9000)
    if kind == 'my_number':
        return '960913909961'
    if 'account_number' in key:
        return '1234567'
    if 'insured_number' in key:
        return '1234567890'
    if kind == 'member_list' or key in ('children', 'household_members'):
        return '山田　一郎（2014-04-10・長男）'
    return '記入値%d' % n


entries = {e['id']: e for e in mix['procedures']}
weights = {e['id']: e['weight'] for e in mix['procedures']}
out = []
for n in range(int(visits)):
    resident = rng.choice(mix['residents'])
    valid = {k: w for k, w in weights.items() if held[resident].get(k, True)}
    chosen = [pick(valid)]
    if rng.randrange(100) < 25:
        second = pick(valid)
        if second not in chosen:
            chosen.append(second)
    card = cards.get(resident)
    if card and card['pin_tries_left'] > 0:
        who = {'card': card['id'], 'pin': card['pin'], 'last_try': True}
    elif card:
        who = {'card': card['id'], 'code_b': card['code_b']}
    else:
        p = people[resident]
        who = {'id_document': 'driving_licence', 'name': p['family_name'] + '\u3000' + p['given_name'],
               'birth_date': p['birth_date']}
    exempt = any(rng.randrange(100) < entries[c].get('exempt_weight', 0) for c in chosen)
    visit = {'name': 'A-%04d' % (n + 1), 'who': who, 'procedures': chosen,
             'language': pick(mix['languages']).replace('zh', 'zh_CN').replace('pt', 'pt_BR'),
             'fields': {c: {f['id']: value(f, n) for f in procedures[c]['fields']} for c in chosen},
             'payment': 'exempt' if exempt else pick(mix['payment_methods'])}
    if rng.randrange(100) < 20:
        visit['copies'] = {c: 2 for c in chosen if procedures[c]['category'] == 'certificate'}
    out.append(visit)
json.dump({'visits': out}, sys.stdout, ensure_ascii=False)
