from workbench.roles import (
    apposition_after, canonical_role, counterpart_before, country_after, strip_leading_title, title_before,
)


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
    assert (ev.role, ev.affiliation) == ("Spokesperson", "Brazil")
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
    assert canonical_role("SPOKESMAN") == "Spokesperson"  # one office, one name
    assert canonical_role("CHIEF NEGOTIATOR FOR THE EU") == "Chief Negotiator for the EU"


def test_another_name_of_an_office_is_the_office():
    assert canonical_role("Minister of Foreign Affairs") == "Foreign Minister"
    assert canonical_role("foreign affairs minister") == "Foreign Minister"
    assert canonical_role("PM") == "Prime Minister"
    assert title_before("Malaysian PM ").role == "Prime Minister"


def test_a_title_with_its_country_after_it():
    ev = title_before("talks with President of the Russian Federation ")
    assert (ev.role, ev.affiliation) == ("President", "Russia")
    ev = title_before("President of the Republic of Finland ")
    assert (ev.role, ev.affiliation) == ("President", "Finland")
    ev = title_before("He met Prime Minister of Norway ")
    assert (ev.role, ev.affiliation) == ("Prime Minister", "Norway")
    assert title_before("the capital of Norway ") is None  # no title, no role
    assert country_after(" of Oman at the palace") == "Oman"
    assert country_after(" of the ruling party") == ""
    assert country_after(", Oman's ruler") == ""


def test_a_form_of_address_between_title_and_name():
    ev = title_before("attended by Iran's Vice President Dr ")
    assert (ev.role, ev.affiliation) == ("Vice President", "Iran")
    assert title_before("President Sheikh ").role == "President"


def test_a_ministers_portfolio_not_in_the_list_is_kept_whole():
    ev = title_before("talks with French Minister for Europe and Foreign Affairs ")
    assert (ev.role, ev.affiliation) == ("Minister for Europe and Foreign Affairs", "France")
    assert title_before("met the Secretary for Home Affairs ").role == "Secretary for Home Affairs"
    ev = title_before("met the Minister of Norway ")  # a country is not a portfolio
    assert (ev.role, ev.affiliation) == ("Minister", "Norway")


def test_a_plural_title_gives_its_role_to_each_name_of_its_list():
    from workbench.roles import title_of_list

    assert title_of_list("Presidents ").role == "President"
    assert title_of_list("Presidents Ana Souza, Lula da Silva, Luis Pou and ").role == "President"
    assert title_of_list("signed by the two countries' foreign ministers, Nikos Papas and ").role == "Foreign Minister"
    assert title_of_list("The ministers met ") is None
    assert title_of_list("Ana Souza, Luis Pou and ") is None


def test_a_plural_title_of_the_countries_gives_its_role_and_the_named_countries_in_order():
    from workbench.roles import title_of_list

    ev = title_of_list("the foreign ministers of the three countries, Ana Souza, ")
    assert (ev.role, ev.affiliation) == ("Foreign Minister", "")  # (which of the three: not said)
    assert title_of_list("the leaders of both nations, ").role == "Leader"
    listed = "the defence ministers of Chile, Peru and Ecuador, "
    assert title_of_list(listed).affiliation == "Chile"
    assert title_of_list(listed + "Ana Souza, ").affiliation == "Peru"
    assert title_of_list(listed + "Ana Souza, Luis Pou and ").affiliation == "Ecuador"
    assert title_of_list(listed + "Ana Souza, Luis Pou, Rosa Vera and ").affiliation == ""  # (more names than countries)
    # names with a particle joined by a hyphen, and a country in brackets after a name
    assert title_of_list("the presidents of Chad and Niger, Idriss al-Ahmar and ").affiliation == "Niger"
    assert title_of_list("Presidents Ana Souza (Chile), Luis Pou (Peru) and ").role == "President"


def test_a_plural_title_reaches_past_forms_of_address_and_a_regions_adjective():
    from workbench.roles import title_of_list

    assert title_of_list("the foreign ministers of the two countries, Ana Souza and Dr ").role == "Foreign Minister"
    assert title_of_list("Presidents Sheikh ").role == "President"
    assert title_of_list("met the then presidents of the three Baltic states, Ana Souza, ").role == "President"


def test_a_plural_title_of_places_each_followed_by_its_name():
    from workbench.roles import title_of_list

    # "the presidents of Chile, A; Peru, B; and Bolivia, C": each name is of the place before it
    listed = "the presidents of Chile, Ana Souza; Peru, Luis Pou; and Bolivia, "
    assert (title_of_list("the presidents of Chile, ").role, title_of_list("the presidents of Chile, ").affiliation) == ("President", "Chile")
    assert title_of_list(listed).affiliation == "Bolivia"
    assert title_of_list(listed + "Dr ").affiliation == "Bolivia"
    ev = title_of_list("the governors of Sokoto, Ana Souza; Katsina, ")  # (a state: no country said)
    assert (ev.role, ev.affiliation) == ("Governor", "")
    assert title_of_list("the presidents of Chile, Ana Souza; Peru, Luis Pou said") is None


def test_a_country_in_brackets_after_a_name_is_its_country():
    assert country_after(" (Mozambique), Luis Pou (Peru)") == "Mozambique"
    assert country_after(" (DRC) and") == "Democratic Republic of the Congo"
    assert country_after(" (pictured) said") == ""


def test_a_title_that_begins_with_an_adjectives_word_is_the_longer_title():
    ev = title_before("said Japanese Chief Cabinet Secretary ")
    assert (ev.role, ev.affiliation) == ("Chief Cabinet Secretary", "Japan")
    ev = title_before("with Iran's First Vice President ")
    assert (ev.role, ev.affiliation) == ("First Vice President", "Iran")
    assert title_before("North Korea's top leader ").role == "Leader"


def test_a_counterparts_own_title_between_counterpart_and_name():
    from workbench.roles import counterpart_before

    assert counterpart_before("Mr Zhang and his Taiwanese counterpart, Mainland Affairs Council minister ") == "Taiwan"
    assert counterpart_before("He met his Chinese counterpart ") == "China"


def test_bodies_and_portfolios_before_a_title():
    ev = title_before("said International Atomic Energy Agency Director General ")
    assert (ev.role, ev.affiliation) == ("Director General", "International Atomic Energy Agency")
    ev = title_before("In Washington, White House national security spokesman ")
    assert ev.affiliation == "United States"


def test_a_hyphenated_then_or_ex_before_a_title():
    assert title_before("when he met then-President ").role == "President"
    assert title_before("the ex-Prime Minister ").role == "Prime Minister"


def test_one_office_one_name_for_spokespeople_and_portfolios_kept_whole():
    assert title_before("said Foreign Ministry spokesman ").role == "Spokesperson"
    assert title_before("the ministry's spokeswoman ").role == "Spokesperson"
    assert title_before("and Armed Forces Minister ").role == "Armed Forces Minister"
    assert canonical_role("Party General Secretary") == "General Secretary"


def test_a_deputy_holds_an_office_of_its_own():
    ev = title_before("Kenyan Deputy President ")
    assert (ev.role, ev.affiliation) == ("Deputy President", "Kenya")
    assert title_before("the country's Deputy Chief Minister ").role == "Deputy Chief Minister"


def test_a_party_before_the_title_of_an_apposition():
    from workbench.roles import apposition_after
    assert apposition_after(", the Conservative leader, said the deal was weak").role == "Leader"
    assert apposition_after(", the Deputy Prime Minister, said").role == "Deputy Prime Minister"


def test_secretary_of_state_is_not_the_start_of_a_portfolio_running_into_the_next_title():
    from workbench.roles import title_before
    got = title_before("on the US side, Secretary of State Mark Dunn and National Security Adviser ")
    assert got.role == "National Security Adviser"


def test_words_before_a_title_that_belong_to_the_office_are_kept_as_written():
    written = {t: title_before(t) for t in (
        "He met Trade Secretary ", "and National Assembly Chairman ", "Kenya's Prime Cabinet Secretary ",
        "and Thailand's acting Prime Minister ", "accompanied by first deputy prime minister ",
        "Later on Tuesday evening, State President ", "with Philippine Trade Secretary ", "GERMAN vice chancellor ")}
    assert [(ev.role, ev.written, ev.affiliation) for ev in written.values()] == [
        ("Secretary", "Trade Secretary", ""), ("Chairman", "National Assembly Chairman", ""),
        ("Cabinet Secretary", "Prime Cabinet Secretary", "Kenya"), ("Prime Minister", "acting Prime Minister", "Thailand"),
        ("Deputy Prime Minister", "first deputy prime minister", ""), ("President", "State President", ""),
        ("Secretary", "Trade Secretary", "Philippines"), ("Vice Chancellor", "", "Germany")]


def test_words_before_a_title_that_are_not_the_office_are_left_out():
    for text in ("On Monday President ", "Mr Abubakar is expected to brief President ", "the country's first President ",
                 "talks with army chief Snr. Gen. ", "Ousted prime minister ",
                 "met Taiwan Semiconductor Manufacturing Co chairman ", "US Secretary of State "):
        assert title_before(text).written == "", text


def test_a_title_of_a_union_or_its_commission_before_a_name():
    ev = title_before("has met with President of the European Council ")
    assert (ev.role, ev.affiliation) == ("President", "European Union")
    ev = title_before("The Chairperson of the African Union Commission, ")
    assert (ev.role, ev.affiliation) == ("Chairperson", "African Union")


def test_a_title_of_someone_elses_office_is_the_first_title():
    ev = title_before("signed the treaty, the press secretary of the President of Uzbekistan, ")
    assert (ev.role, ev.affiliation) == ("Press Secretary", "Uzbekistan")


def test_a_ministers_portfolio_ending_in_any_word():
    ev = title_before("held talks with the UK's Minister for Development and Africa ")
    assert (ev.role, ev.affiliation) == ("Minister for Development and Africa", "United Kingdom")


def test_a_title_then_a_comma_and_a_form_of_address():
    assert title_before("was welcomed at the airport by the Vice President, Dr ").role == "Vice President"
    assert title_before("state visit next year, the Minister of Information, Mr ").role == "Minister of Information"


def test_a_nationality_the_gazetteer_may_not_know_is_no_part_of_the_office():
    assert title_before("The summit was hosted by the Ivorian President ").written == ""


def test_a_title_ending_a_clause_before_a_comma_is_not_the_next_names():
    assert title_before("After meeting the President, Mr ") is None
    assert title_before("After meeting the President of France, ") is None


def test_a_title_after_a_clause_is_the_apposition_of_a_name_that_ends_its_phrase(analyse):
    # ("due to meet the British Prime Minister, Mrs X, at Chequers": a comma closes the name)
    assert title_before("due to meet the British Prime Minister, Mrs ", closed=True).role == "Prime Minister"
    assert title_before("met with the President of the European Commission, Dr ", closed=True).role == "President"
    people = {p.name: p for p in analyse({"a": (
        "He is due to meet the British Prime Minister, Mrs Jane Tallis, at Chequers. "
        "After meeting the President, Mr Paolo Verdi said he was pleased."
    )}).people.people}
    assert people["Jane Tallis"].roles == ["Prime Minister"] and people["Jane Tallis"].affiliation == "United Kingdom"
    assert people["Paolo Verdi"].roles == []
    for text in ("Meanwhile President ", "Under President ", "NEW DELHI Prime Minister ", "Trump Hosts Prime Minister ",
                 "Reuters\nPresident "):
        assert title_before(text).written == "", text


def test_a_list_of_counterparts_gives_each_name_its_country_in_order():
    assert counterpart_before("Rahimi hosted his Russian and Turkish counterparts, ") == "Russia"
    assert counterpart_before("Rahimi hosted his Russian and Turkish counterparts, Ivan Petrov and ") == "Turkey"
    assert counterpart_before("hosted his Russian counterpart ") == "Russia"


def test_an_office_with_a_possessive_is_whose_official_the_person_is():
    ev = apposition_after(", the Russian president's special envoy on Syria, said")
    assert (ev.role, ev.affiliation) == ("Special Envoy", "Russia")
    assert apposition_after(", the president's son, said") is None


def test_a_hyphenated_title_and_a_royal_style_are_titles():
    assert title_before("met Attorney-General ").role == "Attorney General"
    assert strip_leading_title("Custodian of the Two Holy Mosques King Salman") == ("King Salman", 34)


def test_a_spouses_title_after_a_chain_of_titles_is_the_spouses_own():
    ev = title_before("The Kenyan President and First Lady ")
    assert (ev.role, ev.affiliation) == ("First Lady", "Kenya")
    ev = title_before("the Deputy Prime Minister and Foreign Minister ")
    assert ev.role == "Deputy Prime Minister"


def test_bhutans_titles_are_offices():
    assert title_before("Later in the afternoon, Lyonchhen ").role == "Prime Minister"
    assert title_before("He met Lyonpo ").role == "Minister"


def test_a_title_written_without_its_accents_is_the_office():
    assert title_before("said Tanaiste ").role == "Tánaiste"


def test_a_country_written_with_its_accents_after_a_name_is_the_persons():
    from workbench.roles import country_after

    assert country_after(" of Côte d'Ivoire, whose country is hosting the talks") == "Côte d'Ivoire"
    assert country_after(" of Cote d'Ivoire, whose country") == "Côte d'Ivoire"


def test_a_commander_in_chief_of_a_countrys_forces_is_of_that_country():
    from workbench.roles import apposition_after

    found = apposition_after(", commander-in-chief of the Myanmar armed forces, and U Tin Oo")
    assert (found.role, found.affiliation) == ("Commander", "Myanmar")


def test_a_title_with_a_phrase_of_its_own_before_a_name():
    def said(text):
        ev = title_before(text)
        return (ev.written or ev.role, ev.affiliation) if ev is not None else None

    # written whole: the phrase says which office
    assert said("On the government side were the Presidential Adviser for Peace Affairs, Dr. ") == (
        "Presidential Adviser for Peace Affairs", "")
    assert said("Kenya's special envoy for the peace process, ") == ("Special Envoy for the Peace Process", "Kenya")
    assert said("Taking part were the foreign minister and the head of the Presidential Office, ") == (
        "Head of the Presidential Office", "")
    assert said("Present was Speaker of Parliament ") == ("Speaker of Parliament", "")
    assert said("Joining them was Coordinating Minister for the Economy ") == ("Coordinating Minister for the Economy", "")
    # a body the gazetteer knows is the affiliation; where an envoy serves is not his country
    assert said("The Executive Secretary of the Southern African Development Community (SADC), ") == (
        "Executive Secretary", "SADC")
    assert said("Iran's ambassador in Baghdad, ") == ("Ambassador", "Iran")
    assert said("Also there was the Secretary-General of the African Union, ") == ("Secretary-General", "African Union")
    assert said("The Secretary General of the Pacific Islands Forum, ") == ("Secretary General", "Pacific Islands Forum")


def test_no_title_with_a_phrase_where_the_phrase_is_no_offices():
    for text in (
        "US Secretary of State Madeleine Karlsen, ",  # (a person's name ends the phrase: the next is no Secretary)
        "Kushner held talks with the crown prince in NEOM and with ",  # (a clause)
        "was received by the grand imam of Egypt's ",  # (a body's name follows: "Egypt's Al-Azhar")
        "said he spoke to the Director of the ",
        "Grand Imam of Al Azhar sign historic ",  # (a headline's words)
        "had a meeting with the head of the Armenian Church, Catholicos of All ",
        "After meeting the President for two hours, ",
    ):
        assert title_before(text) is None or not title_before(text).phrase, text


def test_a_questions_verb_is_no_part_of_the_office():
    assert title_before("The Reporter: Will President ").written == ""
    assert title_before("Why Prime Minister ").written == ""


def test_the_reviews_cases_of_a_title_with_a_phrase():
    # (a title in a sentence's opening clause is not the next name's)
    for text in ("Flanked by the President at a news conference, ", "Asked about the President in Kampala, ",
                 "Accompanied by the Minister in charge of Trade, "):
        assert title_before(text) is None, text
    # (but a clause with its verb is no opening clause)
    assert title_before("Taking part on the Cuban side were the Vice President of the Council of Ministers, ").written == (
        "Vice President of the Council of Ministers")
    # (a deputy is no head; an acronym in brackets names no body the phrase does not)
    assert title_before("The deputy head of the Presidential Office, ").written == "Deputy Head of the Presidential Office"
    assert title_before("The governor of the Public Investment Fund (PIF), ").affiliation == ""
    assert title_before("IS commander ").written == "IS commander"  # (an acronym, not the verb "is")


def test_a_sentence_opening_with_a_clause_keeps_its_title_from_the_subject_whatever_follows_the_name():
    for before in ("After meeting the President, Mr ", "In a letter to the President, Mr ",
                   "Following her meeting with the King, Ms ", "After meeting the President of Georgia, "):
        ev = title_before(before, closed=True)
        assert ev is None or not ev.role, before


def test_a_plural_titles_list_ends_at_its_and():
    from workbench.roles import title_of_list

    assert title_of_list("attended by Presidents Ana Souza and Luis Pou, Dr ") is None
    assert title_of_list("The foreign ministers of the two countries, Ana Souza and Luis Pou, and Dr ") is None
    assert title_of_list("Presidents Ana Souza, Luis Pou, and ").role == "President"


def test_a_name_a_subject_follows_is_the_apposition_of_the_title_in_an_opening_clause():
    assert title_before("After meeting the President, Mr ", closed=2).role == "President"
    assert title_before("During talks with the Prime Minister, Mrs ", closed=2).role == "Prime Minister"


def test_an_office_before_a_military_rank_is_the_role_and_the_rank_is_kept():
    ev = title_before("The guests were met by the Chief of Defence Staff, Gen. ", closed=1)
    assert (ev.role, ev.rank) == ("Chief of Defence Staff", "General")
    ev = title_before("Chief of Naval Staff Admiral ")
    assert (ev.role, ev.rank) == ("Chief of Naval Staff", "Admiral")
    ev = title_before("the National Security Adviser, Lt. Gen. ", closed=1)
    assert (ev.role, ev.rank) == ("National Security Adviser", "Lieutenant General")
    # a title that ends in a rank's word is one title, and a clause's object is not the name's office
    assert (title_before("Secretary General ").role, title_before("Secretary General ").rank) == ("Secretary General", "")
    assert title_before("After meeting the President, Gen. ").role == "General"
    assert title_before("Corporal ").role == "Corporal"


def test_an_office_held_then_in_an_apposition_is_a_role_of_the_past():
    ev = apposition_after(", then Norway's foreign minister, and B")
    assert (ev.role, ev.affiliation, ev.past) == ("Foreign Minister", "Norway", True)
    assert apposition_after(", the foreign minister of Chile, said").past is False
    assert title_before("Yesterday the central bank governor ").role == "Central Bank Governor"
    ev = title_before("US Trade Representative ")
    assert (ev.role, ev.affiliation) == ("Trade Representative", "United States")


def test_a_treasurer_is_an_office():
    assert title_before("Mr Gao is scheduled to meet Treasurer ").role == "Treasurer"


def test_a_commander_is_an_office_before_a_rank():
    ev = title_before("The Commander of the Army, Lt. Gen. ", closed=1)
    assert (ev.role, ev.rank) == ("Commander", "Lieutenant General")
    assert title_before("Commander ").role == "Commander"


def test_a_countrys_possessive_written_with_the_apostrophe_alone():
    ev = title_before("said the Bahamas' Prime Minister ")
    assert (ev.role, ev.affiliation) == ("Prime Minister", "Bahamas")
    ev = apposition_after(", who serves as the Philippines' defence secretary, met")
    assert (ev.role, ev.affiliation) == ("Defence Secretary", "Philippines")
    ev = apposition_after(", the Netherlands' foreign minister, said")
    assert (ev.role, ev.affiliation) == ("Foreign Minister", "Netherlands")


def test_a_titles_phrase_does_not_run_over_a_name_and_its_verb():
    assert title_before("UN Special Envoy for Syria Geir Pedersen met ") is None
    assert title_before("UN Special Envoy for Syria ").role == "Special Envoy"
