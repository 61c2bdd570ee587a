"""Mutation-suite figures shared by the tests and the terminal summary in conftest.py."""

from __future__ import annotations

from collections import defaultdict

# base spec -> mutation kind -> [applied, caught]
FIGURES: defaultdict[str, defaultdict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
