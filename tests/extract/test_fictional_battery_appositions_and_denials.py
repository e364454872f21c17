"""A fictional-world validation battery: invented variants of the defect
classes an earlier battery left open, each a plain wording of how wire copy tells one event (an
appositive name between subject and verb, a counted group expelled, a capitalised modal in
a name, a hyphenated counter-attack). Invented people; real countries only because the
gazetteer knows them. Each row gives the one asserted event of its type the sentence tells:
its parties' countries, doer first, and its date (published 2025-03-14, a Friday). Only
behaviours the reader gets right are kept; the defects are told in
docs/extraction-rounds.md."""

from __future__ import annotations

from datetime import date

import pytest
from extract.helpers import _events, _of_type

PUBLISHED = date(2025, 3, 14)

# (sentence, type, countries of the parties in order, date)
BATTERY: list[tuple[str, str, tuple[str | None, ...], str]] = [
    ("Kazakhstan's president, Aslan Temir, called Bolivian President Rafael Quispe on Wednesday.",
     'CALL', ('KAZ', 'BOL'), '2025-03-12'),
    ("Kazakhstan's president, Aslan Temir, telephoned Bolivian President Rafael Quispe on Wednesday.",
     'CALL', ('KAZ', 'BOL'), '2025-03-12'),
    ("Aslan Temir, Kazakhstan's president, called Uzbek President Rustam Qodir on Wednesday.",
     'CALL', ('KAZ', 'UZB'), '2025-03-12'),
    ('The Kazakh president, Aslan Temir, phoned Bolivian President Rafael Quispe on Wednesday.',
     'CALL', ('KAZ', 'BOL'), '2025-03-12'),
    ("Tajikistan's president, Daler Nurov, called Uruguayan President Martin Larrea on Thursday.",
     'CALL', ('TJK', 'URY'), '2025-03-13'),
    ("Kenya's president, Peter Kamau, called Somali President Abdi Warsame on Monday.",
     'CALL', ('KEN', 'SOM'), '2025-03-10'),
    ("Kazakhstan's president, Aslan Temir, on Wednesday called Uzbek President Rustam Qodir.",
     'CALL', ('KAZ', 'UZB'), '2025-03-12'),
    # told of other countries (battery61) the parser took the verb after the apposition for a
    # participle of the subject (acl, VBN) and the event was lost: graphkit.extract.apposition_verbs
    ("Aslan Temir, Kazakhstan's president, called Bolivian President Rafael Quispe on Wednesday.",
     'CALL', ('KAZ', 'BOL'), '2025-03-12'),
    ("Kenya's president, Peter Kamau, called Icelandic President Sigrun Hallsdottir on Monday.",
     'CALL', ('KEN', 'ISL'), '2025-03-10'),
    ("Kazakhstan's president, Aslan Temir, on Wednesday called Bolivian President Rafael Quispe.",
     'CALL', ('KAZ', 'BOL'), '2025-03-12'),
    ("France's foreign minister, Paul Marin, accused Paraguay of interference on Tuesday.",
     'ACCUSE', ('FRA', 'PRY'), '2025-03-11'),
    ("Peru's president, Ana Soto, met Latvian President Karlis Berzins on Tuesday.",
     'MEET', ('PER', 'LVA'), '2025-03-11'),
    ("France's foreign minister, Paul Marin, accused Algeria of interference on Tuesday.",
     'ACCUSE', ('FRA', 'DZA'), '2025-03-11'),
    ('Iceland declared two Chilean diplomats persona non grata on Monday.',
     'EXPEL', ('ISL', 'CHL'), '2025-03-10'),
    ('Iceland declared twelve Chilean diplomats persona non grata on Monday.',
     'EXPEL', ('ISL', 'CHL'), '2025-03-10'),
    ('Iceland expelled twelve Chilean diplomats on Monday.',
     'EXPEL', ('ISL', 'CHL'), '2025-03-10'),
    ('Malawi expelled 15 Uruguayan diplomats on Monday.',
     'EXPEL', ('MWI', 'URY'), '2025-03-10'),
    ('Ghana declared four Danish diplomats persona non grata.',
     'EXPEL', ('GHA', 'DNK'), '2025-03-14'),
    ('Ecuador declared three Estonian officials persona non grata on Monday.',
     'EXPEL', ('ECU', 'EST'), '2025-03-10'),
    ('Iceland expelled three Peruvian embassy staff on Monday.',
     'EXPEL', ('ISL', 'PER'), '2025-03-10'),
    ('Paraguay launched an offensive against Uruguay on Monday.',
     'ATTACK', ('PRY', 'URY'), '2025-03-10'),
    ('Portugal launched a counter-attack against Morocco on Monday.',
     'ATTACK', ('PRT', 'MAR'), '2025-03-10'),
    ("Chilean Foreign Minister Nicolas Vergara met Can Yilmaz, Turkey's foreign minister, on Monday.",
     'MEET', ('CHL', 'TUR'), '2025-03-10'),
    ('Turkish President May Demir visited Windhoek on Tuesday.',
     'MEET', ('TUR', 'NAM'), '2025-03-11'),
    ('British envoy Will Harper met Mongolian Foreign Minister Bold Tsend in Ulaanbaatar on Monday.',
     'MEET', ('GBR', 'MNG'), '2025-03-10'),
]

# acts ruled out or denied: (sentence, type, countries of the parties in order)
REFUSED: list[tuple[str, str, tuple[str | None, ...]]] = [
    ('Finland ruled out attacking Bolivia.', 'ATTACK', ('FIN', 'BOL')),
    ('Finland ruled out meeting Bolivian officials.', 'MEET', ('FIN', 'BOL')),
    ('Japan ruled out meeting Paraguayan leaders on Monday.', 'MEET', ('JPN', 'PRY')),
    ('Japan ruled out expelling Chilean diplomats.', 'EXPEL', ('JPN', 'CHL')),
    ('Finland denied attacking Bolivia.', 'ATTACK', ('FIN', 'BOL')),
    ('Namibia denied threatening Chile.', 'THREATEN', ('NAM', 'CHL')),
    # the tagger reads "threatening" as an adjective of some countries' names ("Uruguay"):
    # the gerund's object is parsed again (gerund_governors, headlines.py)
    ('Namibia denied threatening Uruguay.', 'THREATEN', ('NAM', 'URY')),
]


@pytest.mark.parametrize(("sentence", "type_", "countries", "day"), BATTERY,
                         ids=[f"{i:03d}-{row[1]}" for i, row in enumerate(BATTERY)])
def test_the_battery_sentence_tells_its_one_event(rules_only, sentence, type_, countries, day):
    found = _of_type(_events(rules_only, sentence, PUBLISHED), type_)
    assert [(tuple(a.country for a in e.actors), e.date.value) for e in found] == [(countries, day)]


@pytest.mark.parametrize(("sentence", "type_", "countries"), REFUSED,
                         ids=[f"{i:03d}-{row[1]}" for i, row in enumerate(REFUSED)])
def test_an_act_ruled_out_or_denied_is_negated(rules_only, sentence, type_, countries):
    events = _events(rules_only, sentence, PUBLISHED)
    assert not _of_type(events, type_)
    assert [tuple(a.country for a in e.actors) for e in _of_type(events, type_, "negated")] == [countries]
