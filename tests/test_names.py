from workbench.names import compatible_full_names, name_key, slug


def test_name_key_merges_spelling_variants():
    assert name_key("Kim Jong-un") == name_key("Kim Jong Un") == name_key("Kim Jong-Un’s") == "kim jong un"
    assert name_key("Moon Jae-In") == name_key("Moon Jae-in")
    assert name_key("José Müller") == "jose muller"


def test_compatible_full_names():
    assert compatible_full_names(["donald", "trump"], ["donald", "j", "trump"])
    assert compatible_full_names(["moon", "jae"], ["moon", "jae", "in"])
    assert not compatible_full_names(["kim", "jong", "un"], ["kim", "eui", "keum"])
    assert not compatible_full_names(["kim"], ["kim", "jong", "un"])  # bare names are resolved by context


def test_father_and_son_are_two_people():
    assert not compatible_full_names(["donald", "trump"], ["donald", "trump", "jr"])
    assert not compatible_full_names(["ferdinand", "marcos", "sr"], ["ferdinand", "marcos", "jr"])
    assert compatible_full_names(["ferdinand", "marcos", "jr"], ["ferdinand", "r", "marcos", "jr"])
    # (a name after "bin" is the father's: "Khalid bin Omar Al Harbi" is Omar Al Harbi's son)
    assert not compatible_full_names(["omar", "al", "harbi"], ["khalid", "bin", "omar", "al", "harbi"])
    assert compatible_full_names(["khalid", "al", "harbi"], ["khalid", "bin", "omar", "al", "harbi"])


def test_slug():
    assert slug("Kim Jong-un") == "kim-jong-un"


def test_a_name_written_with_an_initial_is_the_full_name():
    assert compatible_full_names(name_key("V.Petrov").split(), name_key("Vladimir Petrov").split())
    assert compatible_full_names(name_key("J. Smith").split(), name_key("John Smith").split())
    assert not compatible_full_names(name_key("K. Smith").split(), name_key("John Smith").split())


def test_initials_for_several_given_names_are_no_ones_full_name():
    # (two men may share them: "M. A. Khan" may be Mushahid Ali Khan or Mohammad Asif Khan)
    assert not compatible_full_names(name_key("M. A. Khan").split(), name_key("Mushahid Ali Khan").split())
