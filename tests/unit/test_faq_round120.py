"""Hundred-and-twentieth round (docs/faq.md, faq120): the development sets' English answerable messages that got no
answer or a menu, read as kinds (probe103 written first). What a resume or one's experience is made of told before
the ask ("my resume is all panel upgrades and conduit runs, how should I format it?", "my CV is six pages of
publications. How should I cut it down"): the trade's words diluted the resume's question until nothing answered.
Other wordings than probe103's and the sets'; each check here failed before the round, with guards (the same words
about another matter, or our own matters already answered) that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    ("my resume is all scaffolding and rigging jobs, how should I lay it out?", "job-resume-tips"),
    ("My CV is mostly fish filleting and ice packing. How should it look for a retail job?", "job-resume-tips"),
    ("my experience is nothing but stocktakes and till counts, how should the resume look", "job-resume-tips"),
    # a resume written for the store is the job's store (job-resume-tips before store-locations)
    ("how should I write my resume for your shop?", "job-resume-tips"),
])
def test_resume_content_set_aside(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same words, another matter
    ("my resume is all scaffolding jobs, how do I renew my scaffold licence?", None),
    ("my experience is mostly rigging, how should I splice a wire rope?", None),
    # our own matters, already answered
    ("how should I format my resume?", "job-resume-tips"),
    ("Should I put a photo on my CV?", "job-resume-tips"),
    ("how do I apply for the warehouse job", "job-apply"),
    ("where is your store, I want to drop off my resume", "store-locations"),
    ("my experience is all forklift, where do I renew my forklift cert?", None),
])
def test_guards_unchanged(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
