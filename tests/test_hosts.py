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


IRANIAN_VISIT = (
    "Iranian President Reza Karimi met President Elias Haddad at the palace on Wednesday. Karimi said Iran stands by "
    "its friends. The Iranian delegation signed four agreements, and Iran's oil minister spoke of gas. ")


def test_whom_a_titled_foreigner_meets_one_to_one_is_not_of_that_foreigners_country(analyse):
    # the story names Iran most, so an unqualified "President" was guessed Iran's; but Haddad meets
    # the Iranian president one to one, and the story names Lebanon next
    people = people_by_name(analyse({"a": IRANIAN_VISIT + "Haddad thanked Lebanon and said Lebanon needs investment."}))
    assert people["Reza Karimi"].affiliation == "Iran"
    assert people["Elias Haddad"].affiliation == "Lebanon"


def test_no_other_country_leading_leaves_the_counterparts_country_unsaid(analyse):
    people = people_by_name(analyse({"a": IRANIAN_VISIT + "Haddad spoke of Lebanon and of Syria."}))
    assert people["Elias Haddad"].affiliation == ""


def test_a_leader_and_the_first_lady_visiting_together_keep_the_papers_country(analyse):
    # (two who travel together are no counterparts: the president stays the Manila paper's)
    people = people_by_name(analyse({"a": (
        "President Ramon Cruz and Philippine First Lady Liza Cruz visited Hanoi on Monday. Vietnam's leaders "
        "welcomed them warmly, and Vietnamese officials said the two countries would trade more."
    )}, datelines={"a": "MANILA"}))
    assert people["Ramon Cruz"].affiliation == "Philippines"
