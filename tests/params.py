"""Rows of a test table as pytest parameters: a row the code does not pass yet is a strict expected failure
with its reason, so it fails the run the day it passes."""

from __future__ import annotations

import pytest
from _pytest.mark import ParameterSet


def case_param(*values: object, id: str, open_reason: str | None = None) -> ParameterSet:
    """One table row as a parameter named ``id``; with ``open_reason``, a strict expected failure.

    >>> list(case_param("a", id="one").marks)
    []
    >>> case_param("a", id="two", open_reason="not read yet").marks[0].kwargs
    {'strict': True, 'reason': 'not read yet'}
    """
    marks = [pytest.mark.xfail(strict=True, reason=open_reason)] if open_reason else []
    return pytest.param(*values, id=id, marks=marks)
