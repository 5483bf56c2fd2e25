from workbench.dates import agreed_year, find_explicit_dates, is_iso_date


def test_finds_month_day_year_and_yearless_dates_in_order():
    found = find_explicit_dates("Talks on March 1 followed the meeting on February 14, 2019 and 3 June.")
    assert [(m.month, m.day, m.year) for m in found] == [(3, 1, None), (2, 14, 2019), (6, 3, None)]
    assert found[1].text == "February 14, 2019"


def test_abbreviated_months_and_iso_dates():
    found = find_explicit_dates("Aug. 6 and Sept. 12, 2020 and 2021-03-17")
    assert [m.iso(2021) for m in found] == ["2021-08-06", "2020-09-12", "2021-03-17"]


def test_yearless_date_has_no_iso_without_a_year():
    (m,) = find_explicit_dates("on March 1")
    assert m.iso() == ""
    assert m.iso(2019) == "2019-03-01"


def test_impossible_day_gives_no_iso():
    (m,) = find_explicit_dates("February 30, 2019")
    assert m.iso() == ""


def test_lowercase_may_is_not_a_month():
    assert find_explicit_dates("they may 5 times agree") == []


def test_agreed_year_prefers_full_dates_and_refuses_disagreement():
    assert agreed_year("Since 2018 ... on March 17, 2021, they met") == 2021
    assert agreed_year("in 2019 they met") == 2019
    assert agreed_year("on March 1, 2018 and June 2, 2019") is None
    assert agreed_year("on March 1") is None


def test_is_iso_date():
    assert is_iso_date("2019-03-01") and is_iso_date("2019-03")
    assert not is_iso_date("2019-02-30")
    assert not is_iso_date("03/01/2019")
    assert not is_iso_date("2019-13")


from workbench.dates import resolve_date  # noqa: E402

WEDNESDAY = "2025-03-12"


def test_weekday_is_that_day_or_the_latest_before_it_and_ahead_when_planned():
    assert resolve_date("on Monday", WEDNESDAY).iso == "2025-03-10"
    assert resolve_date("on Wednesday", WEDNESDAY).iso == "2025-03-12"  # the article's own day
    assert resolve_date("on Thursday", WEDNESDAY).iso == "2025-03-06"  # not the week after
    assert resolve_date("on Friday", WEDNESDAY, tense="future").iso == "2025-03-14"


def test_relative_days_count_from_the_anchor():
    assert resolve_date("a day earlier", "2019-03-02", anchor="2019-03-01").iso == "2019-02-28"
    assert resolve_date("the same day", "2019-03-02", anchor="2019-03-01").iso == "2019-03-01"
    # (a part of the day: "the summit talks were held the same afternoon", "That evening, X hosted")
    assert resolve_date("the same afternoon", "2019-03-02", anchor="2019-03-01").iso == "2019-03-01"
    assert resolve_date("That evening", "2019-03-02", anchor="2019-03-01").iso == "2019-03-01"
    assert resolve_date("the next morning", "2019-03-02", anchor="2019-03-01").iso == "2019-03-02"
    assert resolve_date("two days later", "2019-03-02", anchor="2019-03-01").iso == "2019-03-03"
    # "on Monday, a day after her phone call": the call is the earlier event
    assert resolve_date("a day after", WEDNESDAY, anchor="2025-03-10", invert=True).iso == "2025-03-09"


def test_last_night_is_the_day_before_the_article():
    assert resolve_date("last night", WEDNESDAY).iso == "2025-03-11"
    assert resolve_date("late last evening", WEDNESDAY).iso == "2025-03-11"
    assert resolve_date("on the last night of the summit", WEDNESDAY).iso == ""  # (no day of its own)


def test_months_fall_in_the_right_year():
    assert resolve_date("in June", WEDNESDAY).iso == "2024-06"
    assert resolve_date("in June", WEDNESDAY, tense="future").iso == "2025-06"
    assert resolve_date("next month", WEDNESDAY, tense="future").iso == "2025-04"
    assert resolve_date("last month", WEDNESDAY).iso == "2025-02"
    assert resolve_date("earlier in August", "2018-10-07").iso == "2018-08"


def test_explicit_dates_and_yearless_ones():
    assert resolve_date("February 14, 2019", WEDNESDAY).iso == "2019-02-14"
    assert resolve_date("March 1", "2019-03-02").iso == "2019-03-01"
    assert resolve_date("December 30", "2019-01-03").iso == "2018-12-30"


def test_what_cannot_be_known_stays_empty():
    assert resolve_date("earlier this year", WEDNESDAY).iso == ""
    assert resolve_date("in the near future", WEDNESDAY).iso == ""
    assert resolve_date("on Monday", "").iso == ""
    assert resolve_date("on Monday", "").text == "Monday"


def test_weeks_are_months_only_when_the_week_is_in_one_month():
    assert resolve_date("last week", WEDNESDAY).iso == "2025-03"
    assert resolve_date("last week", "2025-03-05").iso == ""  # Feb 24 - Mar 2


def test_a_month_of_last_or_next_year():
    assert resolve_date("in February last year", "2021-05-31").iso == "2020-02"
    assert resolve_date("in March next year", "2021-05-31").iso == "2022-03"


def test_that_day_and_that_month_follow_the_event_the_text_last_dated():
    assert resolve_date("Earlier in the day", "2024-03-28", "past", "2024-01-20").iso == "2024-01-20"
    assert resolve_date("later that day", "2024-03-28", "past", "2024-01-20").iso == "2024-01-20"
    assert resolve_date("later that month", "2024-03-28", "past", "2024-01-20").iso == "2024-01"
    assert resolve_date("later that month", "2024-03-28", "past", "").iso == ""  # nothing to follow: unknown


def test_numeric_dates_where_a_day_over_twelve_or_a_weekday_tells_day_from_month():
    from workbench.dates import find_explicit_dates

    def days(text):
        return [(m.day, m.month, m.year) for m in find_explicit_dates(text)]

    assert days("Saturday 20/05/2023") == [(20, 5, 2023)]
    assert days("16-05-2025 (updated: 16-05-2025)") == [(16, 5, 2025), (16, 5, 2025)]
    assert days("Saturday 06/05/2023") == [(6, 5, 2023)]  # (not June 5, a Monday)
    assert days("signed on 05/06/2023 in Rome") == []  # (May 6 or June 5: not said)
    assert days("Addis Abeba, June 8/2019 - Prime Minister") == [(8, 6, 2019)]


def test_this_morning_afternoon_and_evening_are_the_articles_day():
    assert resolve_date("This morning", "2004-02-20").iso == "2004-02-20"
    assert resolve_date("this evening", "2004-02-20", tense="future").iso == "2004-02-20"


def test_last_or_next_with_the_articles_own_month_is_a_year_away_whatever_its_case():
    assert resolve_date("last March", "2025-03-12").iso == "2024-03"
    assert resolve_date("Last March", "2025-03-12").iso == "2024-03"
    assert resolve_date("next March", "2025-03-12", tense="future").iso == "2026-03"
    assert resolve_date("last February", "2025-03-12").iso == "2025-02"
    assert resolve_date("in March", "2025-03-12").iso == "2025-03"
