#!/usr/bin/env python3
"""Generates resources/demo/registry.csv: a fictitious resident registry for demo mode and tests.

Every person is invented (names drawn at random from common name lists, a fixed seed, so the output is the same on
every run). It holds the card personas of resources/demo/card-personas.json with the registry ids given there, except
the Suzuki family, who are moving in and so are not yet registered. Format: docs/registry-csv.md.
usage: make_demo_registry.py [OUTPUT.csv]   (default: resources/demo/registry.csv next to this checkout)
"""
import csv
import datetime
import io
import os
import random
import sys

COLUMNS = ["record", "id", "household_id", "head_resident_id", "postal_code", "address", "family_name", "given_name",
           "family_name_kana", "given_name_kana", "birth_date", "sex", "relationship", "resident_since",
           "previous_address", "honseki", "hittousha", "status", "resident_id", "registration_number", "registered_on",
           "fiscal_year", "income", "resident_tax", "resident_tax_paid", "light_vehicle_tax", "light_vehicle_tax_paid",
           "vehicle_plate"]

CITY = "東京都武蔵野市"
TOWNS = [("緑町", "1800012"), ("吉祥寺本町", "1800004"), ("中町", "1800006"), ("境", "1800022"), ("西久保", "1800013"),
         ("吉祥寺東町", "1800002"), ("吉祥寺南町", "1800003"), ("吉祥寺北町", "1800001"), ("御殿山", "1800005"),
         ("関前", "1800014"), ("八幡町", "1800011"), ("桜堤", "1800021"), ("境南町", "1800023")]
KANJI_NUMERALS = "一二三四五"
SURNAMES = [("佐藤", "サトウ"), ("田中", "タナカ"), ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("小林", "コバヤシ"),
            ("加藤", "カトウ"), ("吉川", "ヨシカワ"), ("山本", "ヤマモト"), ("松本", "マツモト"), ("井上", "イノウエ"),
            ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"), ("山口", "ヤマグチ"),
            ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("石川", "イシカワ"), ("前田", "マエダ"),
            ("藤田", "フジタ"), ("岡田", "オカダ"), ("後藤", "ゴトウ"), ("長谷川", "ハセガワ"), ("村上", "ムラカミ"),
            ("近藤", "コンドウ"), ("石井", "イシイ"), ("坂本", "サカモト"), ("遠藤", "エンドウ"), ("青木", "アオキ"),
            ("藤井", "フジイ"), ("西村", "ニシムラ"), ("福田", "フクダ"), ("太田", "オオタ"), ("三浦", "ミウラ"),
            ("岡本", "オカモト"), ("松田", "マツダ"), ("中川", "ナカガワ"), ("中野", "ナカノ"), ("原田", "ハラダ"),
            ("小川", "オガワ"), ("竹内", "タケウチ"), ("金子", "カネコ"), ("和田", "ワダ"), ("中山", "ナカヤマ"),
            ("石田", "イシダ"), ("上田", "ウエダ"), ("森田", "モリタ"), ("原", "ハラ"), ("柴田", "シバタ"),
            ("酒井", "サカイ"), ("工藤", "クドウ"), ("横山", "ヨコヤマ"), ("宮崎", "ミヤザキ"), ("宮本", "ミヤモト"),
            ("内田", "ウチダ"), ("高木", "タカギ"), ("安藤", "アンドウ"), ("谷口", "タニグチ"), ("大野", "オオノ")]
MALE = [("大輔", "ダイスケ"), ("誠", "マコト"), ("直樹", "ナオキ"), ("健太", "ケンタ"), ("拓也", "タクヤ"),
        ("翔太", "ショウタ"), ("蓮", "レン"), ("湊", "ミナト"), ("悠真", "ユウマ"), ("陽翔", "ハルト"),
        ("大和", "ヤマト"), ("浩", "ヒロシ"), ("茂", "シゲル"), ("清", "キヨシ"), ("勇", "イサム"),
        ("和夫", "カズオ"), ("正人", "マサト"), ("修", "オサム"), ("隆", "タカシ"), ("亮", "リョウ")]
FEMALE = [("陽子", "ヨウコ"), ("恵美", "エミ"), ("由美", "ユミ"), ("直美", "ナオミ"), ("明美", "アケミ"),
          ("美咲", "ミサキ"), ("彩", "アヤ"), ("葵", "アオイ"), ("結菜", "ユイナ"), ("陽菜", "ヒナ"),
          ("凛", "リン"), ("芽依", "メイ"), ("和子", "カズコ"), ("幸子", "サチコ"), ("節子", "セツコ"),
          ("久美子", "クミコ"), ("真由美", "マユミ"), ("智子", "トモコ"), ("裕子", "ユウコ"), ("千尋", "チヒロ")]
PREVIOUS = ["東京都三鷹市下連雀三丁目1番1号", "東京都杉並区阿佐谷南一丁目15番1号", "神奈川県川崎市中原区小杉町二丁目3番",
            "埼玉県さいたま市浦和区常盤六丁目4番4号", "北海道札幌市中央区北一条西二丁目1番地", "福岡県福岡市中央区天神一丁目8番1号"]
HONSEKI = ["東京都武蔵野市緑町一丁目1番地", "東京都杉並区阿佐谷南一丁目1番地", "長野県長野市大字鶴賀1番地",
           "新潟県新潟市中央区学校町通一番町1番地", "静岡県静岡市葵区追手町9番地"]
PLATES = ["多摩 580 あ", "多摩 480 い", "多摩 581 う", "多摩 50 え"]
REFERENCE = datetime.date(2026, 4, 1)  # ages are drawn against this day so the file does not change over time


class Registry:
    def __init__(self):
        self.rows = []
        self.next_resident = 9  # R000001..R000008 belong to the card personas
        self.next_household = 1
        self.next_seal = 1001
        self.addresses = set()

    def household(self, hid, head, postal, address):
        self.addresses.add(address)
        self.rows.append({"record": "household", "id": hid, "head_resident_id": head, "postal_code": postal,
                          "address": address})

    def resident(self, rid, hid, family, given, birth, sex, rel, since, **extra):
        row = {"record": "resident", "id": rid, "household_id": hid, "family_name": family[0], "given_name": given[0],
               "family_name_kana": family[1], "given_name_kana": given[1], "birth_date": birth.isoformat(),
               "sex": sex, "relationship": rel, "resident_since": since.isoformat()}
        row.update(extra)
        self.rows.append(row)

    def seal(self, rid, on):
        self.rows.append({"record": "seal", "resident_id": rid, "registration_number": "S%07d" % self.next_seal,
                          "registered_on": on.isoformat()})
        self.next_seal += 1

    def tax(self, rid, year, income, vehicle=None):
        resident_tax = max(0, (income - 450000) // 10) // 100 * 100
        paid = resident_tax if income % 7 else resident_tax // 2  # a few residents still owe part of the year
        row = {"record": "tax", "resident_id": rid, "fiscal_year": str(year), "income": str(income),
               "resident_tax": str(resident_tax), "resident_tax_paid": str(paid)}
        if vehicle:
            row.update({"light_vehicle_tax": "10800", "light_vehicle_tax_paid": "10800", "vehicle_plate": vehicle})
        self.rows.append(row)

    def new_resident_id(self):
        rid = "R%06d" % self.next_resident
        self.next_resident += 1
        return rid

    def new_household_id(self):
        hid = "H%06d" % self.next_household
        self.next_household += 1
        return hid


def add_personas(reg):
    d = datetime.date
    # 山田 household of four (card persona yamada-taro).
    reg.household("H000001", "R000001", "1800012", CITY + "緑町一丁目2番3号")
    yamada = ("山田", "ヤマダ")
    reg.resident("R000001", "H000001", yamada, ("太郎", "タロウ"), d(1980, 2, 17), "1", "世帯主", d(2012, 4, 1),
                 previous_address=PREVIOUS[0], honseki=HONSEKI[0], hittousha="山田　太郎")
    reg.resident("R000002", "H000001", yamada, ("花子", "ハナコ"), d(1982, 7, 3), "2", "妻", d(2012, 4, 1),
                 previous_address=PREVIOUS[0], honseki=HONSEKI[0], hittousha="山田　太郎")
    reg.resident("R000003", "H000001", yamada, ("一郎", "イチロウ"), d(2014, 4, 10), "1", "長男", d(2014, 4, 10),
                 honseki=HONSEKI[0], hittousha="山田　太郎")
    reg.resident("R000004", "H000001", yamada, ("さくら", "サクラ"), d(2019, 6, 20), "2", "長女", d(2019, 6, 20),
                 honseki=HONSEKI[0], hittousha="山田　太郎")
    reg.seal("R000001", d(2012, 4, 2))
    reg.tax("R000001", 2024, 5200000, PLATES[0] + " 12-34")
    reg.tax("R000001", 2025, 5350000, PLATES[0] + " 12-34")
    reg.tax("R000002", 2025, 1030000)
    # 𠮷田 髙志 (non-BMP 𠮷 in the registry's own spelling; the card may differ).
    reg.household("H000002", "R000005", "1800004", CITY + "吉祥寺本町二丁目4番10号")
    reg.resident("R000005", "H000002", ("𠮷田", "ヨシダ"), ("髙志", "タカシ"), d(1958, 11, 3), "1", "世帯主",
                 d(1990, 10, 1), previous_address=PREVIOUS[1], honseki=HONSEKI[2], hittousha="𠮷田　髙志")
    reg.seal("R000005", d(1990, 10, 5))
    reg.tax("R000005", 2025, 2400000)
    # 高橋 恵子, aged over 65, living alone.
    reg.household("H000003", "R000006", "1800006", CITY + "中町一丁目11番5号")
    reg.resident("R000006", "H000003", ("高橋", "タカハシ"), ("恵子", "ケイコ"), d(1949, 3, 21), "2", "世帯主",
                 d(1975, 5, 1), honseki=HONSEKI[3], hittousha="高橋　正")
    reg.seal("R000006", d(1975, 5, 10))
    reg.tax("R000006", 2025, 1800000)
    # 中村 翔.
    reg.household("H000004", "R000007", "1800022", CITY + "境五丁目3番18号")
    reg.resident("R000007", "H000004", ("中村", "ナカムラ"), ("翔", "ショウ"), d(1999, 12, 31), "1", "世帯主",
                 d(2022, 4, 1), previous_address=PREVIOUS[4], honseki=HONSEKI[4], hittousha="中村　誠")
    reg.tax("R000007", 2025, 3100000)
    # ブラウン エミリー シャーロット: a foreign resident (no 本籍), a long name and address.
    reg.household("H000005", "R000008", "1800013",
                  CITY + "西久保三丁目24番12号　グランドメゾン武蔵野西久保ガーデンテラス　A棟1203号室")
    reg.resident("R000008", "H000005", ("ブラウン", "ブラウン"), ("エミリー　シャーロット", "エミリー　シャーロット"),
                 d(2001, 8, 8), "2", "世帯主", d(2023, 9, 15))
    # Another 山田 太郎, a different person: the matcher must never merge him with the persona.
    reg.household("H000006", "R000009", "1800022", CITY + "境二丁目7番1号")
    reg.resident("R000009", "H000006", yamada, ("太郎", "タロウ"), d(1975, 5, 5), "1", "世帯主", d(2001, 4, 1),
                 honseki=HONSEKI[1], hittousha="山田　太郎")
    reg.seal("R000009", d(2001, 4, 3))
    reg.next_resident = 10
    reg.next_household = 7


def birth(rng, age_min, age_max):
    days = rng.randint(age_min * 365 + 1, age_max * 365 + 300)
    return REFERENCE - datetime.timedelta(days=days)


def add_random_households(reg, rng, count):
    for _ in range(count):
        hid = reg.new_household_id()
        town, postal = rng.choice(TOWNS)
        while True:
            address = "%s%s%s丁目%d番%d号" % (CITY, town, rng.choice(KANJI_NUMERALS), rng.randint(1, 30),
                                            rng.randint(1, 25))
            if address not in reg.addresses:
                break
        family = rng.choice(SURNAMES)
        shape = rng.choices(["single", "couple", "family", "elderly", "three"], [3, 2, 4, 2, 1])[0]
        members = []  # (given, birth, sex, relationship)
        head_male = rng.random() < 0.7
        if shape == "single":
            members.append((rng.choice(MALE if head_male else FEMALE), birth(rng, 19, 90), "1" if head_male else "2",
                            "世帯主"))
        elif shape in ("couple", "family", "three", "elderly"):
            lo, hi = {"couple": (25, 60), "family": (30, 50), "three": (35, 50), "elderly": (65, 92)}[shape]
            head_birth = birth(rng, lo, hi)
            spouse_birth = head_birth + datetime.timedelta(days=rng.randint(-1500, 1500))
            members.append((rng.choice(MALE if head_male else FEMALE), head_birth, "1" if head_male else "2", "世帯主"))
            members.append((rng.choice(FEMALE if head_male else MALE), spouse_birth, "2" if head_male else "1",
                            "妻" if head_male else "夫"))
            if shape in ("family", "three"):
                sons = daughters = 0
                for _ in range(rng.randint(1, 3)):
                    child_age = rng.randint(0, 17)
                    child_birth = REFERENCE - datetime.timedelta(days=child_age * 365 + rng.randint(1, 360))
                    if rng.random() < 0.5:
                        sons += 1
                        members.append((rng.choice(MALE), child_birth, "1", ["長男", "二男", "三男"][sons - 1]))
                    else:
                        daughters += 1
                        members.append((rng.choice(FEMALE), child_birth, "2", ["長女", "二女", "三女"][daughters - 1]))
            if shape == "three":
                members.append((rng.choice(MALE), birth(rng, 70, 88), "1", "父"))
                members.append((rng.choice(FEMALE), birth(rng, 68, 86), "2", "母"))
        # Given names must differ within a household.
        seen = set()
        members = [m for m in members if not (m[0] in seen or seen.add(m[0]))]
        since = REFERENCE - datetime.timedelta(days=rng.randint(30, 9000))
        ids = [reg.new_resident_id() for _ in members]
        reg.household(hid, ids[0], postal, address)
        previous = rng.choice(PREVIOUS)
        honseki = rng.choice(HONSEKI)
        for rid, (given, born, sex, rel) in zip(ids, members):
            moved_in = max(since, born)
            reg.resident(rid, hid, family, given, born, sex, rel, moved_in, previous_address=previous if moved_in > born
                         else "", honseki=honseki, hittousha=family[0] + "　" + members[0][0][0])
            age = (REFERENCE - born).days // 365
            if age >= 20:
                if rng.random() < 0.55:
                    fifteen = datetime.date(born.year + 15, born.month, min(born.day, 28))
                    reg.seal(rid, max(moved_in, fifteen) + datetime.timedelta(days=rng.randint(1, 400)))
                if rng.random() < 0.8:
                    income = rng.randrange(0, 9000000, 1000)
                    vehicle = None
                    if rng.random() < 0.15:
                        vehicle = "%s %02d-%02d" % (rng.choice(PLATES), rng.randint(1, 99), rng.randint(1, 99))
                    for year in (2024, 2025):
                        reg.tax(rid, year, income + (year - 2024) * rng.randrange(0, 200000, 1000), vehicle)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "resources", "demo", "registry.csv")
    rng = random.Random(20261121)
    reg = Registry()
    add_personas(reg)
    add_random_households(reg, rng, 125)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerows(reg.rows)
    with open(output, "w", encoding="utf-8", newline="") as f:
        f.write(buffer.getvalue())
    residents = sum(1 for r in reg.rows if r["record"] == "resident")
    print("wrote %s: %d residents, %d rows" % (output, residents, len(reg.rows)), file=sys.stderr)


if __name__ == "__main__":
    main()
