from workbench.merge import dates_compatible, places_compatible, role_family

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
