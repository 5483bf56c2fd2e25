from workbench.merge import ResolvedMeeting, dates_compatible, gatherings, places_compatible, role_family

PUBLISHED = {"a": "2025-03-12", "b": "2025-03-13"}


def test_same_meeting_reported_twice_becomes_one_row_citing_both(analyse):
    result = analyse({
        "a": "Italian Foreign Minister Mario Rossi met Spanish Foreign Minister Elena Ruiz in Madrid on Tuesday.",
        "b": "Rossi and Ruiz met in Madrid on Tuesday, the Italian Foreign Minister Mario Rossi said. Spanish Foreign Minister Elena Ruiz agreed.",
    }, published=PUBLISHED)
    (meeting,) = [m for m in result.meetings if m.status == "held"]
    assert meeting.sources == ["a", "b"]
    assert len(meeting.evidence) == 2


def test_different_meetings_of_the_same_people_stay_apart(analyse):
    result = analyse({"a": (
        "Italian Foreign Minister Mario Rossi and Spanish Foreign Minister Elena Ruiz had phone talks on March 1. "
        "Rossi and Ruiz met in Rome on February 14. Rossi and Ruiz agreed to meet in the near future."
    )}, published={"a": "2025-03-02"})
    got = sorted((m.kind, m.status, m.date) for m in result.meetings)
    assert got == [("meeting", "held", "2025-02-14"), ("meeting", "planned", ""), ("phone_call", "held", "2025-03-01")]


def test_compatibility_rules():
    assert dates_compatible("2025-03", "2025-03-10", same_doc=True)
    assert dates_compatible("2025-03-10", "2025-03-11", same_doc=False)
    assert not dates_compatible("2025-03-10", "2025-03-11", same_doc=True)
    assert not dates_compatible("2025-02-14", "2025-03-01", same_doc=False)
    assert places_compatible("Hanoi", "Vietnam") and places_compatible("", "Hanoi")
    assert not places_compatible("Hanoi", "Singapore")
    assert "Secretary of State" in role_family("top diplomats")
    assert "Prime Minister" in role_family("leader")


def _gathering_mention(sentence: int, people: tuple[str, ...], date: str = "", place: str = "") -> ResolvedMeeting:
    return ResolvedMeeting(doc_id="a", person_ids=people, kind="summit", status="held", date=date, date_text=date,
                           place=place, evidence="", sentence=sentence, start_char=sentence * 100,
                           end_char=sentence * 100 + 90, published="2018-09-07")


def test_a_gathering_years_back_is_not_the_storys_undated_one():
    parts = [_gathering_mention(0, ("rahimi", "petrov", "demir")),
             _gathering_mention(1, ("karimi", "sokolov", "aydin", "rahimi")),
             _gathering_mention(3, ("petrov", "mousavi", "zarif"), date="2017-11")]
    events = {(r.date, r.person_ids) for r in gatherings(parts)}
    assert ("2017-11", ("petrov", "mousavi", "zarif")) in events
    assert not any("mousavi" in ids for date, ids in events if date != "2017-11")
    # (one told this month still joins it)
    parts[2] = _gathering_mention(3, ("petrov", "mousavi", "zarif"), date="2018-09-06")
    assert len({r.person_ids for r in gatherings(parts)}) == 1


def test_the_summit_on_whose_sidelines_two_met_is_the_one_told_by_that_noun():
    from dataclasses import replace

    summit = replace(_gathering_mention(8, ("costa", "weber", "merz"), date="2018-09-07", place="Tirana"),
                     evidence="Leaders gathered in Tirana on Friday for the summit.")
    kyiv = replace(_gathering_mention(15, ("merz", "macron", "tusk"), date="2018-09-01", place="Kyiv"),
                   kind="meeting", evidence="The four leaders travelled to Kyiv last Saturday.")
    sidelines = replace(_gathering_mention(20, ("rama", "meloni")), sidelines=True,
                        evidence="On the sidelines of the summit, Rama met Meloni.")
    events = gatherings([summit, kyiv, sidelines])
    joined = next(r for r in events if r.sentence == 20)
    assert set(joined.person_ids) >= {"costa", "rama", "meloni"} and joined.date == "2018-09-07"


def _days(analyse, text: str) -> dict[tuple[str, ...], str]:
    """Each meeting's date by its participants, in an article of Wednesday 12 March 2025."""
    return {tuple(m.participants): m.date for m in analyse({"a": text}, published={"a": "2025-03-12"}).meetings}


def test_an_undated_meeting_told_just_after_a_dated_one_is_of_its_day(analyse):
    result = analyse({"a": (
        "On Monday, Boravian Foreign Minister Tomas Varga held talks with Portuguese Foreign Minister Rui Calado at the Necessidades Palace. "
        "Varga also met Portuguese Defence Minister Ines Moura. "
        "Varga spoke by telephone with Spanish Foreign Minister Elena Ruiz. "
        "Varga had met Moura several times before. "
        "The Boravian ambassador, Petra Holm, later briefed reporters. "
        "Varga and Calado last met in Vienna. "
    )}, published={"a": "2025-03-12"})
    dates = {tuple(m.participants): (m.kind, m.date) for m in result.meetings}
    assert dates[("Tomas Varga", "Rui Calado")] == ("talks", "2025-03-10")
    # the next sentence's meeting, with no day of its own, is Monday's
    assert dates[("Tomas Varga", "Ines Moura")] == ("meeting", "2025-03-10")
    # a call is a separate event, and "last met" another occasion
    assert dates[("Tomas Varga", "Elena Ruiz")] == ("phone_call", "")


def test_a_meeting_at_the_stop_the_visitor_came_from_does_not_give_the_storys_day(analyse):
    result = analyse({"a": (
        "President Tomas Varga arrived in Tallinn on Thursday morning on a working visit and held talks with "
        "President Jaan Kask.\n\n"
        "Varga flew in from Vilnius, where he met Lithuanian President Rimas Petras on Wednesday.\n\n"
        "Varga then met with Prime Minister Kadri Mets at Stenbock House."
    )}, published={"a": "2024-01-11"})
    dates = {tuple(sorted(m.participants)): m.date for m in result.meetings}
    assert dates[("Kadri Mets", "Tomas Varga")] == "2024-01-11", dates


def test_an_undated_meeting_that_takes_the_storys_day_takes_its_place_unless_it_names_one(analyse):
    result = analyse({"a": (
        "Boravian Foreign Minister Tomas Varga held talks with Portuguese Foreign Minister Rui Calado in Lisbon on Monday. "
        "Varga also met Portuguese Defence Minister Ines Moura. "
        "Varga later held talks with Spanish Foreign Minister Elena Ruiz in Madrid."
    )}, published={"a": "2025-03-12"})
    places = {tuple(m.participants): (m.date, m.place) for m in result.meetings}
    assert places[("Tomas Varga", "Ines Moura")] == ("2025-03-10", "Lisbon")
    assert places[("Tomas Varga", "Elena Ruiz")][1] == "Madrid"
    # (nor where its sentence turns elsewhere: "Back home, ...")
    result = analyse({"a": (
        "Foreign Minister Kwame Asante met his French counterpart Claire Martin in Paris on Monday. "
        "Back home, President John Mahama met the Chinese ambassador Wang Jun."
    )}, published={"a": "2025-03-12"})
    assert [m.place for m in result.meetings if "John Mahama" in m.participants] == [""]


def test_the_day_an_undated_meeting_takes_may_have_been_told_in_relative_words(analyse):
    dates = _days(analyse, (
        "Boravian Foreign Minister Tomas Varga held talks with Portuguese Foreign Minister Rui Calado yesterday. "
        "Varga also met Portuguese Defence Minister Ines Moura."
    ))
    assert dates[("Tomas Varga", "Rui Calado")] == "2025-03-11"
    assert dates[("Tomas Varga", "Ines Moura")] == "2025-03-11"


def test_the_storys_day_is_not_given_to_background_meetings_nor_to_one_in_another_city(analyse):
    dates = _days(analyse, (
        "Kenyan President Tom Okello met Ethiopian Prime Minister Ali Hamid in Addis Ababa on Monday. "
        "During his previous visit to the region, Okello met Somali President Omar Yusuf in Mogadishu. "
        "Okello's predecessor Paul Kibet held talks with Hamid when the treaty was signed. "
        "Indonesian President Budi Santoso and Malaysian Prime Minister Aziz Rahman last met on June 27, 2024, "
        "in Putrajaya. Santoso also held talks with Singapore's Prime Minister Lee Tan, the palace said."
    ))
    assert dates[("Tom Okello", "Ali Hamid")] == "2025-03-10"
    assert dates[("Tom Okello", "Omar Yusuf")] == ""
    assert dates[("Paul Kibet", "Ali Hamid")] == ""
    assert dates[("Budi Santoso", "Lee Tan")] == ""


def test_a_last_meeting_ends_the_storys_day_and_an_apposition_does_not_refuse_it(analyse):
    dates = _days(analyse, (
        "On Monday, Kenyan President Amina Wekesa met Tanzanian Prime Minister Tomas Halvorsen in Nairobi. "
        "Wekesa also held talks with former president Daniel Mbeki. "
        "On Tuesday, Halvorsen met Ugandan President Joseph Okot, whom he last met in 2019. "
        "Halvorsen also held talks with opposition leader Peter Kamau."
    ))
    assert dates[("Amina Wekesa", "Daniel Mbeki")] == "2025-03-10"
    assert dates[("Tomas Halvorsen", "Peter Kamau")] != "2025-03-10"


def test_it_after_a_summits_opening_is_that_summit(analyse):
    result = analyse({"a": (
        "The leaders of the bloc closed their summit in Lima on Wednesday with a declaration. The summit, which "
        "opened on Tuesday, was the first in ten years. It brought together President Ana Lopes, Colombian "
        "President Jorge Silva and Bolivian President Luis Mora.")}, published={"a": "2025-03-12"})
    (summit,) = [m for m in result.meetings if m.kind == "summit"]
    assert summit.date == "2025-03-11" and sorted(summit.participants) == ["Ana Lopes", "Jorge Silva", "Luis Mora"]
