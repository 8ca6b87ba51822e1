"""Exceptions a scenario raises to say why a system has no number (see model.Why)."""

from __future__ import annotations


class NotBuiltYet(Exception):
    """The dataapp piece this scenario needs has not landed yet."""


class NotApplicable(Exception):
    """The system has no such thing to measure."""


class MeasurementError(Exception):
    """The scenario could not measure what it set out to; the message says what it saw."""
