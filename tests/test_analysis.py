import pickle

from workbench.analysis import analyse_batch, compact

TEXT = ("US Secretary of State Mike Pompeo met South Korean Foreign Minister Kang Kyung-wha in Seoul on "
        "Monday. Pompeo and Kang held talks about North Korea. Kang later spoke by phone with Japanese "
        "Foreign Minister Taro Kono.")


def test_compact_shares_repeated_words_and_changes_nothing():
    analysis = analyse_batch([("doc", TEXT)]).results[0].analysis
    # as read back from the cache or received from a worker: every word a fresh copy
    first, second = (pickle.loads(pickle.dumps(analysis)) for _ in range(2))
    assert first.candidates[0].label is not second.candidates[0].label
    compact(first)
    compact(second)
    assert first == analysis and second == analysis
    assert all(a.label is b.label and a.context_country is b.context_country
               for a, b in zip(first.candidates, second.candidates))
    meetings = list(zip(first.meetings, second.meetings))
    assert meetings and all(a.kind is b.kind and a.status is b.status for a, b in meetings)
    roles = [(a.role, b.role) for a, b in zip(first.candidates, second.candidates) if a.role and a.role.affiliation]
    assert roles and all(a.affiliation is b.affiliation for a, b in roles)
