from workbench.hosts import place_country


def people_by_name(result):
    return {p.name: p for p in result.people.people}


def test_a_place_of_the_meetings_table_is_in_its_country():
    assert place_country("Hanoi") == "Vietnam"
    assert place_country("Vietnam") == "Vietnam"
    assert place_country("") == place_country("Nowhere Hall") == ""


def test_whom_a_visitor_meets_one_to_one_is_of_the_country_visited(analyse):
    people = people_by_name(analyse({"a": (
        "Australian Prime Minister Tom Reed flew to Beijing on Monday for a three-day visit. On Tuesday Reed will "
        "hold the annual leaders' meeting with Premier Li Wei in Beijing. Foreign Minister Jane Hale said the talks "
        "would be frank."
    )}, datelines={"a": "CANBERRA"}))
    assert people["Li Wei"].affiliation == "China"
    assert people["Jane Hale"].affiliation == "Australia"  # (met no one: the paper's country, as before)


def test_two_visitors_meeting_at_a_summit_keep_their_countries(analyse):
    people = people_by_name(analyse({"a": (
        "Australian Prime Minister Tom Reed arrived in Lima on Friday for the APEC summit. Reed met Prime Minister "
        "Kenji Sato on the sidelines of the summit on Saturday."
    )}, datelines={"a": "CANBERRA"}))
    assert people["Kenji Sato"].affiliation != "Peru"
