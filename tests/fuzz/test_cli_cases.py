"""A reduced run of the fuzzing CLI cases (``bench/fuzz.py`` runs thousands): generated
hostile inputs and arguments never crash, hang, exit silently or lose a good article."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cases import generate_cases, run_case

N_CASES = 12


@pytest.mark.parametrize("case", list(generate_cases(N_CASES, seed=2026)), ids=lambda c: str(c.number))
def test_generated_cli_case_ends_in_one_clear_outcome(case, tmp_path: Path) -> None:
    outcome = run_case(case, tmp_path, seconds=60)

    assert outcome.verdict == "ok", f"{case.describe()}: {outcome.verdict}: {outcome.detail}"
