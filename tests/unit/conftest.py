"""Fixtures the unit tests of several modules share (a module's own fixture of the same name wins)."""

from tests.support.faq_checks import index  # noqa: F401 (the demo FAQ's index: the FAQ rounds' tests)
