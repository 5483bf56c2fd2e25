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
