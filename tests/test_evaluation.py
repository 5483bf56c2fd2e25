from workbench.evaluation import score_entities


def test_a_second_row_for_the_same_entity_is_an_error():
    score = score_entities([["Kim Jong Un"], ["Kim Jong-un"], ["Nobody"]], {"Kim Jong Un": []})
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 2, 0)
    assert round(score.f1, 3) == 0.5


def test_aliases_match_and_missing_entities_count():
    score = score_entities([["Mike Pompeo", "Pompeo"]], {"Mike Pompeo": [], "Taro Kono": []})
    assert score.recall == 0.5 and score.precision == 1.0


def test_a_pair_that_met_in_two_articles_stories_is_scored_against_the_one_its_row_cites():
    from workbench.evaluation import score_meetings

    gold = [
        dict(participants=["A B", "C D"], kind="meeting", status="held", date="2001-09-15", place="Yerevan", sources=["x"]),
        dict(participants=["A B", "C D"], kind="meeting", status="held", date="2000-11-14", place="Ulaanbaatar", sources=["y"]),
    ]
    predicted = [dict(participants=["A B", "C D"], kind="meeting", status="held", date="", place="Ulaanbaatar", sources=["y"])]
    score = score_meetings(predicted, gold)
    assert score.place_right == 1.0


def test_one_person_spelt_two_ways_by_two_articles_annotators_is_scored_once():
    from workbench.evaluation import spelt_before

    spelt = {"mikhail gorbachev": "Mikhail Gorbachev", "heydar aliev": "Heydar Aliev", "place minsk": "Minsk"}
    assert spelt_before("Mikhail S. Gorbachev", spelt) == "Mikhail Gorbachev"
    assert spelt_before("Heydar Aliyev", spelt) == "Heydar Aliev"
    assert spelt_before("Ilham Aliyev", spelt) == "Ilham Aliyev"  # (another man)
    assert spelt_before("Raisa Gorbacheva", spelt) == "Raisa Gorbacheva"
