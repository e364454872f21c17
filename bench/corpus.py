"""A synthetic news corpus for benchmarks: short wire stories from sentence templates.

The stories are written here (no text from elsewhere). Each has a KEY: value header and a
few sentences about a contact between two leaders, with dates, statements and directed
events, so extraction, resolution and storage all do real work. Seeded: the same ``n`` and
``seed`` always give the same corpus.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

LEADERS = [
    ("French President Emmanuel Macron", "Macron", "Paris"),
    ("Turkish President Recep Tayyip Erdogan", "Erdogan", "Ankara"),
    ("German Chancellor Olaf Scholz", "Scholz", "Berlin"),
    ("Russian President Vladimir Putin", "Putin", "Moscow"),
    ("Chinese President Xi Jinping", "Xi", "Beijing"),
    ("Indian Prime Minister Narendra Modi", "Modi", "New Delhi"),
    ("Japanese Prime Minister Fumio Kishida", "Kishida", "Tokyo"),
    ("Ukrainian President Volodymyr Zelensky", "Zelensky", "Kyiv"),
    ("British Prime Minister Keir Starmer", "Starmer", "London"),
    ("Brazilian President Luiz Inacio Lula da Silva", "Lula", "Brasilia"),
]
TOPICS = ["energy security", "the war in Ukraine", "trade tariffs", "migration", "grain exports",
          "climate finance", "the situation in the Middle East", "nuclear safety"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

OPENINGS = [
    "{a_full} spoke by telephone with {b_full} on {weekday}, officials said.",
    "{a_full} met {b_full} in {b_city} on {weekday} for talks on {topic}.",
    "{a_full} held a phone call with {b_full} on {weekday} to discuss {topic}.",
    "{b_full} hosted {a_full} in {b_city} on {weekday}.",
]
FOLLOW_UPS = [
    "The two leaders discussed {topic} and agreed to stay in contact.",
    "{a} urged {b_country_people} partners to do more on {topic}.",
    "{b} accused rivals of undermining talks on {topic}.",
    "{a} said the conversation had been frank and useful.",
    "{b} will visit {a_city} next month, his office said.",
    "It was their first conversation since {since_month}.",
]


def generate_articles(n: int, seed: int = 7) -> list[dict[str, str]]:
    """``n`` JSON-Lines-style article records (id, url, title, outlet, published, text)."""
    rng = random.Random(seed)
    start = date(2023, 1, 2)
    records = []
    for i in range(n):
        a, b = rng.sample(LEADERS, 2)
        published = start + timedelta(days=rng.randrange(0, 900))
        weekday = WEEKDAYS[(published - timedelta(days=1)).weekday()]
        since = published - timedelta(days=rng.randrange(60, 700))
        fields = {
            "a_full": a[0], "a": a[1], "a_city": a[2], "b_full": b[0], "b": b[1], "b_city": b[2],
            "b_country_people": b[0].split()[0], "weekday": weekday, "topic": rng.choice(TOPICS),
            "since_month": since.strftime("%B %Y"),
        }
        sentences = [rng.choice(OPENINGS)] + rng.sample(FOLLOW_UPS, 3)
        text = " ".join(s.format(**fields) for s in sentences)
        records.append({
            "id": f"bench-{seed}-{i}",
            "url": f"https://example.org/bench/{seed}/{i}",
            "title": f"{a[1]} and {b[1]} discuss {fields['topic']}",
            "outlet": "graphkit bench wire",
            "published": published.isoformat(),
            "text": text,
        })
    return records


def write_jsonl(records: list[dict[str, str]], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
    return path
