"""The gender of person mentions, so that "he" and "she" refer back to a person who agrees.

A person's gender is read, most trusted first, from:

- the gazetteer's ``gender`` field of the person (schema/actors.yaml), a fact;
- a gendered word beside the name in the text ("Mrs", "Madam", "spokeswoman", "Sir"):
  ``gender.title_words`` of schema/mentions.yaml;
- the first name, by the first-name lists of the PyPI package ``gender-guesser`` (names of
  many countries, read once per process); only its answers listed in
  ``gender.first_name_answers`` count, the others ("andy", "unknown") leave it unknown.

A person of unknown gender agrees with every pronoun. Without ``gender-guesser`` installed
only the gazetteer and the text's words count.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from graphkit.extract.rules import Rules
from graphkit.model import Actor

if TYPE_CHECKING:
    from graphkit.reference.gazetteer import Gazetteer

GENDERS = ("male", "female")


@lru_cache(maxsize=1)
def _first_name_detector() -> Any | None:
    """gender-guesser's detector (parses its 4 MB name list: ~0.2 s), or None if absent."""
    try:
        from gender_guesser.detector import Detector
    except ImportError:
        return None
    return Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def _first_name_answer(name: str) -> str:
    detector = _first_name_detector()
    return "unknown" if detector is None else str(detector.get_gender(name))


class GenderReader:
    """Tells the gender of pronouns and of persons (``gender`` in schema/mentions.yaml)."""

    def __init__(self, rules: Rules, gazetteer: Gazetteer, name_particles: frozenset[str],
                 honorifics: frozenset[str]) -> None:
        section: dict[str, Any] = rules.mentions.get("gender") or {}
        self.pronouns: dict[str, str] = {str(k).lower(): str(v) for k, v in
                                         (section.get("pronouns") or {}).items() if v in GENDERS}
        self.title_words: dict[str, str] = {
            str(w).lower(): gender for gender in GENDERS
            for w in (section.get("title_words") or {}).get(gender) or ()}
        self.answers: dict[str, str] = {str(k): str(v) for k, v in
                                        (section.get("first_name_answers") or {}).items()
                                        if v in GENDERS}
        self.learn_from_pronouns = bool(section.get("learn_from_pronouns"))
        self.gaz = gazetteer
        self.name_particles = name_particles
        self.honorifics = honorifics

    def preload(self) -> None:
        """Read the first-name lists now (see :meth:`graphkit.extract.Extractor.preload`)."""
        _first_name_detector()

    def of_pronoun(self, word: str) -> str | None:
        """"she" -> female; a pronoun of no gender ("they") -> None."""
        return self.pronouns.get(word.lower())

    def of_person(self, actor: Actor, cue_words: Iterable[str] = ()) -> str | None:
        """The gender of a person ``actor``, with the words written beside its name
        (``cue_words``, any case); None when nothing tells it."""
        entry = self.gaz.person(actor.name) if actor.kind == "person" else None
        if entry is not None and entry.gender in GENDERS:
            return entry.gender
        told = {self.title_words[w.lower()] for w in cue_words if w.lower() in self.title_words}
        if len(told) == 1:
            return told.pop()
        if told:
            return None  # the text's words disagree
        first = self._given_name(actor, entry)
        return self.answers.get(_first_name_answer(first)) if first else None

    def _given_name(self, actor: Actor, entry: Any | None) -> str | None:
        """The first word of the name that is not a surname, a particle or an honorific;
        None for a one-word name of an unknown person (a surname, most often)."""
        words = [w for w in actor.name.split() if w.lower() not in self.honorifics]
        surnames = set(entry.surnames) if entry is not None else {words[-1]} if words else set()
        if entry is None and len(words) < 2:
            return None
        given = [w for w in words if w not in surnames and w.lower() not in self.name_particles
                 and w[:1].isalpha() and not w.endswith(".")]
        return given[0].split("-")[0] if given else None
