from workbench.roles import apposition_after, canonical_role, counterpart_before, strip_leading_title, title_before


def test_title_with_country_before_a_name():
    ev = title_before("Yesterday US Secretary of State ")
    assert (ev.role, ev.affiliation) == ("Secretary of State", "United States")
    ev = title_before("talks with South Korean President ")
    assert (ev.role, ev.affiliation) == ("President", "South Korea")


def test_title_with_a_seat_of_government_before_a_name():
    ev = title_before("White House Press Secretary ")
    assert (ev.role, ev.affiliation) == ("Press Secretary", "United States")
    ev = title_before("a statement from US State Department spokesperson ")
    assert (ev.role, ev.affiliation) == ("Spokesperson", "United States")


def test_lower_case_title_and_abbreviated_country():
    ev = title_before("said DPRK leader ")
    assert (ev.role, ev.affiliation) == ("Leader", "North Korea")


def test_possessor_title():
    ev = title_before("according to Lopez’s press secretary ")
    assert (ev.role, ev.possessor, ev.affiliation) == ("Press Secretary", "Lopez", "")


def test_bare_title_and_no_title():
    assert title_before("Foreign Minister ").role == "Foreign Minister"
    assert title_before("he said that ") is None


def test_apposition_with_country_after_the_title():
    ev = apposition_after(", spokeswoman for Brazilian President Ana Costa, told reporters")
    assert (ev.role, ev.affiliation) == ("Spokeswoman", "Brazil")
    ev = apposition_after(", top leader of the Democratic People's Republic of Korea (DPRK).")
    assert (ev.role, ev.affiliation) == ("Leader", "North Korea")
    ev = apposition_after(", the French foreign minister, said")
    assert (ev.role, ev.affiliation) == ("Foreign Minister", "France")
    assert apposition_after(", who was travelling, said") is None


def test_counterpart():
    assert counterpart_before("Minister A met his U.S. counterpart, ") == "United States"
    assert counterpart_before("Minister A met his counterpart ") == ""


def test_title_folded_into_a_name_is_moved_out():
    assert strip_leading_title("President Smith") == ("Smith", 10)
    assert strip_leading_title("Smith") == ("Smith", 0)


def test_canonical_role():
    assert canonical_role("foreign minister") == "Foreign Minister"
    assert canonical_role("SPOKESMAN") == "Spokesman"


def test_a_plural_title_gives_its_role_to_each_name_of_its_list():
    from workbench.roles import title_of_list

    assert title_of_list("Presidents ").role == "President"
    assert title_of_list("Presidents Ana Souza, Lula da Silva, Luis Pou and ").role == "President"
    assert title_of_list("signed by the two countries' foreign ministers, Nikos Papas and ").role == "Foreign Minister"
    assert title_of_list("The ministers met ") is None
    assert title_of_list("Ana Souza, Luis Pou and ") is None
