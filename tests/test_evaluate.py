"""benchmarks/evaluate.py: how annotated names are matched."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "benchmarks"))
import evaluate


def test_a_title_written_with_an_annotated_alias_is_no_part_of_the_name():
    gold = {"Tom Reid": ["President Reid"], "Ana Costa": ["Dr Costa"]}
    evaluate._with_untitled_aliases(gold)
    assert "Reid" in gold["Tom Reid"] and "Costa" in gold["Ana Costa"]


def test_a_name_left_without_its_form_of_address_that_two_people_share_is_left_out():
    gold = {"Tom Reid": ["Mr. Reid"], "Mrs. Reid": [], "Ana Costa": ["President Costa", "Costa"]}
    evaluate._with_untitled_aliases(gold)
    assert "Reid" not in gold["Tom Reid"] and "Reid" not in gold["Mrs. Reid"]
    assert gold["Ana Costa"] == ["President Costa", "Costa"]  # (already there: not twice)
