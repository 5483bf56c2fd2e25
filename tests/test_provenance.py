from workbench.provenance import find_dateline, find_title, infer_published


def test_dateline_with_outlet_month_and_day():
    d = find_dateline("Headline\nSEOUL, Aug. 6 (Yonhap) -- Foreign Minister X met Y.")
    assert (d.place, d.outlet, d.month, d.day, d.year) == ("Seoul", "Yonhap", 8, 6, None)


def test_dateline_variants():
    assert find_dateline("WASHINGTON (Reuters) - The president said.").outlet == "Reuters"
    d = find_dateline("HANOI, March 1, 2019 (VNA) – The talks ended.")
    assert (d.month, d.day, d.year, d.outlet) == (3, 1, 2019, "VNA")
    assert find_dateline("BEIJING, Oct 8 -- Talks resumed.").month == 10


def test_headline_with_colon_is_not_a_dateline():
    assert find_dateline("Seoul: US, N. Korea Agree to Second Summit\n\nBody.") is None
    assert find_dateline("The ministers met - and agreed - on Monday.") is None


def test_a_city_in_capitals_before_the_first_sentence_is_a_dateline():
    text = ("Leaders gather for the regional summit\n\nBy A. Writer\nPublished October 16, 2024\n\n"
            "Header image: leaders at the summit.\n\n"
            "ISLAMABAD: Prime Minister Imran Qadir on Wednesday chaired the meeting of the regional council.")
    assert find_dateline(text).place == "Islamabad"
    assert find_dateline("BREAKING: The prime minister has resigned after a long day of talks in the capital.") is None
    assert find_dateline("NOWHEREVILLE: The prime minister has resigned after a long day of talks in the capital.") is None
    assert find_dateline("PARIS: Macron and Scholz to meet") is None  # a headline, not a sentence


def test_title_is_a_short_first_line_set_apart():
    assert find_title("Leaders agree to meet again\n\nThe leaders agreed.") == "Leaders agree to meet again"
    assert find_title("Top diplomats talk\nSEOUL, Aug. 6 (Yonhap) -- Body.") == "Top diplomats talk"


def test_no_title_when_first_line_is_a_sentence_or_runs_on():
    assert find_title("The leaders met on Monday.\n\nMore.") == ""
    assert find_title("Leaders agree to meet\nThe leaders agreed on Monday.") == ""
    assert find_title("Only one line") == ""


def test_dateline_year_comes_from_the_texts_agreeing_years():
    text = "SEOUL, Aug. 6 (Yonhap) -- They talked.\nA photo taken on March 17, 2021, shows them."
    dated = infer_published(text, find_dateline(text))
    assert (dated.published, dated.basis) == ("2021-08-06", "dateline")


def test_a_year_less_dateline_takes_the_publication_line_s_year_before_the_text_s():
    text = ("Agency\n07.05.2005 15:47\n\nLeaders meet in Riga\n\nRiga, May 7 (LETA) - The presidents met on Saturday. "
            "They recalled that May 9, 1945 began five decades of occupation.")
    dated = infer_published(text, find_dateline(text))
    assert (dated.published, dated.basis) == ("2005-05-07", "dateline")


def test_dateline_without_a_settled_year_is_not_guessed():
    text = "SEOUL, Aug. 6 (Yonhap) -- They met on June 1, 2019 and May 2, 2020."
    dated = infer_published(text, find_dateline(text))
    assert dated.basis == "text" and dated.published == "2020-05-02"
    assert "no year" in dated.note


def test_text_basis_takes_the_latest_explicit_date():
    text = "Talks on March 1 followed a meeting on February 14, 2019 and a summit that ended February 28."
    dated = infer_published(text, None)
    assert (dated.published, dated.basis) == ("2019-03-01", "text")


def test_text_basis_passes_over_a_date_the_text_looks_forward_to():
    text = ("The leaders met in Brussels, May 14, 2023. Michel said the three would also meet in Chisinau on "
            "June 1 on the sidelines of a summit.")
    assert infer_published(text, None).published == "2023-05-14"
    assert infer_published("The summit will open on June 1, 2023.", None).published == "2023-06-01"  # (no other)


def test_a_date_looked_forward_to_is_one_in_a_clause_that_does():
    text = "Talks began in Kyiv on May 12, 2025. Macron, who will travel to Moscow later, met Zelensky on May 14, 2025."
    assert infer_published(text, None).published == "2025-05-14"


def test_a_date_of_something_agreed_to_be_held_is_looked_forward_to():
    text = ("The conference was held in Palermo on 13 November 2018. In May the leaders agreed to hold elections on "
            "10 December, a deadline since abandoned.")
    assert infer_published(text, None).published == "2018-11-13"


def test_no_date_anywhere_is_unknown():
    dated = infer_published("They met on Monday.", None)
    assert (dated.published, dated.basis) == ("", "unknown")


def test_dateline_with_the_country_in_brackets():
    d = find_dateline("Headline\n\nNajaf (Iraq) (AFP) - Pope Francis met the cleric.")
    assert (d.place, d.outlet) == ("Najaf, Iraq", "AFP")
    assert find_dateline("WASHINGTON (Reuters) - The talks ended.").place == "Washington"


def test_a_publication_line_in_the_header_dates_the_article():
    from workbench.provenance import header_date, infer_published

    text = ("Presidents sign treaty in Dushanbe\n\n9 MAR 2018, 17:40\n\n"
            "DUSHANBE, March 9. /TASS/. The talks went well. The last visit was in September 2016.")
    assert header_date(text) == "2018-03-09"
    assert infer_published(text, find_dateline(text)).published == "2018-03-09"
    assert header_date("Headline\n\nThe summit on March 3, 2019 ended after two long days of talks "
                       "between the leaders of the two neighbouring countries in the capital.") == ""


def test_a_dotted_european_date_in_the_header():
    from workbench.provenance import header_date

    assert header_date("Stubb visits Stockholm\n\nYle News\n6.3.2024 17:25\n\nBody text here.") == "2024-03-06"
    assert header_date("Headline\n\nVersion 2.1.2024 released\n\nBody.") == "2024-01-02"  # a date is a date
    assert header_date("Headline\n\nScore 31.2.2024\n\nBody.") == ""  # no such day


def test_a_header_date_in_french_spanish_portuguese_or_german():
    from workbench.provenance import header_date

    assert header_date("Luanda summit called off\n\nPolitique\nDimanche 15 décembre 2024 - 19:12\n\nBody.") == "2024-12-15"
    assert header_date("Acuerdo firmado\n\nAsunción, 17 de enero de 2026\n\nBody.") == "2026-01-17"
    assert header_date("Visita oficial\n\nSábado, 3 de Março de 2024\n\nBody.") == "2024-03-03"
    assert header_date("Gipfel in Berlin\n\n3. März 2024, 14:00 Uhr\n\nBody.") == "2024-03-03"
    assert header_date("Sommet\n\n1er mars 2025\n\nBody.") == "2025-03-01"
    assert header_date("Sommet\n\n31 février 2024\n\nBody.") == ""  # no such day
    # (a line in English first: a subtitle's date of history is not the page's)
    assert header_date("Treaty anniversary\n\nTraité de l'Élysée, 22 janvier 1963\nPublished March 3, 2025\n\nBody.") == "2025-03-03"


def test_a_header_date_written_year_first():
    from workbench.provenance import header_date

    assert header_date("Leaders meet in Ulaanbaatar\n\nNews | Politics\n\n2022.11.28\n\nBody text here.") == "2022-11-28"
    assert header_date("Headline\n\n2024/03/06 09:10\n\nBody.") == "2024-03-06"
    assert header_date("Headline\n\n2024.02.30\n\nBody.") == ""  # no such day


def test_a_dashed_or_slashed_numeric_header_date_is_day_first_unless_only_month_first_is_a_date():
    from workbench.provenance import header_date

    assert header_date("Trump scraps meeting\n\nBy Ana Ruiz\n01-12-2018 09:14\n\nBody text.") == "2018-12-01"
    assert header_date("Headline\n\nPosted 11/30/2018\n\nBody text.") == "2018-11-30"


def test_the_date_of_a_byline_cleaning_took_out_still_dates_the_article():
    from workbench.corpus import RawArticle, build_document

    raw = RawArticle("a", "a.txt", "Leaders meet in Cairo\n\n{{author_name}} , Cairo Online , Monday 14 Aug 2023\n\n"
                     "The leaders met in Cairo on Monday and agreed on a plan. Talks in 1967 had failed.", "utf-8", {}, [])
    doc = build_document(raw)
    assert "Cairo Online" not in doc.text
    assert (doc.published, doc.date_basis) == ("2023-08-14", "text")


def test_a_dateline_with_its_country_or_a_dash_without_a_space():
    assert find_dateline("SHARM EL SHEIKH, Egypt - Palestinian President A and Israeli Prime Minister B met.").place == "Sharm El Sheikh, Egypt"
    assert find_dateline("TEHRAN--Prime Minister A met with Iran's Supreme Leader B here on June 13 for an hour.").place == "Tehran"
    assert find_dateline("Seoul, Korea - what the talks mean") is None


def test_a_dateline_with_a_state_before_its_country_or_its_date_in_brackets():
    found = find_dateline("WASHINGTON, DC, USA — Finance Minister A on Wednesday met the managing director of the fund.")
    assert (found.place, found.text) == ("Washington, USA", "WASHINGTON, DC, USA —")
    found = find_dateline("MEXICO CITY, (January 10, 2023).- President A received President B at the palace.")
    assert (found.place, found.month, found.day, found.year) == ("Mexico City", 1, 10, 2023)
    assert find_dateline("MEXICO CITY, (January 10, 2023 - President A received President B at the palace.") is None


def test_a_dateline_with_the_reporters_name_alone_after_it():
    assert find_dateline("NEW DELHI: Asim Raza").place == "New Delhi"
    assert find_dateline("BREAKING: Asim Raza") is None  # (no place)
    assert find_dateline("Seoul: Moon Jae-in") is None  # (a headline's place and topic)
    assert find_dateline("NEW DELHI: Asim Raza says the talks failed") is None  # (a headline)


def test_datelines_of_news_agencies_around_the_world():
    def read(line):
        d = find_dateline(line)
        return d and (d.place, d.outlet, d.month, d.day, d.year)

    # the day before the month, a time, the outlet between dashes or slashes
    assert read("MINSK, 12 February (BelTA) – The leaders of four countries agreed on a ceasefire.") == ("Minsk", "BelTA", 2, 12, None)
    assert read("Palermo, 13 nov 18:40 - (Agenzia Nova) - The conference on Libya closed today.") == ("Palermo", "Agenzia Nova", 11, 13, None)
    assert read("Bucharest, May 21 /Agerpres/ - The vice president reassured Romania on Wednesday.") == ("Bucharest", "Agerpres", 5, 21, None)
    # the sentence after a full stop or straight after the outlet; outlets with accents or digits
    assert read("Lima, Aug. 8 (ANDINA). Foreign ministers of 17 countries met on Tuesday.") == ("Lima", "ANDINA", 8, 8, None)
    assert read("Havana, Mar 21 (Prensa Latina) The two presidents held talks today.") == ("Havana", "Prensa Latina", 3, 21, None)
    assert read("Buenos Aires, March 26 (Télam) - The four presidents met by video.")[:2] == ("Buenos Aires", "Télam")
    assert read("Dhaka, Sep 6 (bdnews24.com) — The two prime ministers signed a framework deal.")[:2] == ("Dhaka", "bdnews24.com")
    assert read("DUSHANBE, June 28, 2022, Asia-Plus -- The Russian president arrived in Dushanbe.") == ("Dushanbe", "Asia-Plus", 6, 28, 2022)
    # a comma between the day and the outlet
    assert read("Colombo, 02 August, (Asiantribune.com): The summit opened this morning at the hall.") == (
        "Colombo", "Asiantribune.com", 8, 2, None)
    assert read("President William Ruto, (left) - with President Yoweri Museveni at State House on Monday.") is None
    # EFE's full stop and dash after the outlet
    assert read("MADRID (Spain), Oct 14 (EFE).- The King opened the summit on Friday.") == ("Madrid, Spain", "EFE", 10, 14, None)
    # a city written as a name before a dash and a sentence; not a headline
    assert read("Luanda - The President of the Republic received the visiting secretary of state on Thursday.")[0] == "Luanda"
    assert read("Paris - Macron and Scholz to meet") is None
    assert read("Kosovo, Serbia Agree Implementation Plan in Ohrid – But Nothing Signed") is None
    assert read("Seoul: US, N. Korea agree to hold a second summit at a date to be set later this year.") is None
    # a month in capitals; not a word that only begins like one, nor an acronym in a headline
    assert read("MINSK, 12 FEBRUARY (BelTA) – The leaders of four countries agreed on a ceasefire.")[2:4] == (2, 12)
    assert read("Lagos, 3 Marines (US) Killed in Training Accident") is None
    assert read("Pakistan Tehreek-e-Insaf (PTI) Chief Imran Khan Meets Chinese Envoy") is None
    assert read("Washington - and its allies - have long insisted that sanctions on Moscow must remain.") is None
    assert read("CAIRO - 21 July 2020: President Abdel Said took part on Tuesday in a mini-summit by video.")[0] == "Cairo"


def test_a_year_less_dateline_of_december_above_a_january_publication_line_is_of_the_year_before():
    text = ("Leaders meet in Riga\n02.01.2006 10:15\n\nRiga, Dec 30 (LETA) - The presidents met in Riga on Friday. "
            "They last met in Tallinn on December 12, 2005.")
    assert infer_published(text, find_dateline(text)).published == "2005-12-30"


def test_a_dateline_with_a_country_before_its_day_and_the_day_it_gives():
    from workbench.provenance import dateline_day

    found = find_dateline("DRESDEN, East Germany, Dec. 19 -- West German Chancellor Helmut Kohl agreed today.")
    assert (found.place, found.month, found.day) == ("Dresden, East Germany", 12, 19)
    assert dateline_day(found, "1989-12-20") == "1989-12-19"  # (a morning paper's: the day before)
    new_year = find_dateline("MOSCOW, Dec. 30 -- Mr. Gorbachev said today that the talks would go on.")
    assert dateline_day(new_year, "1990-01-02") == "1989-12-30"
    assert dateline_day(found, "1990-03-01") == ""  # (too far from the publication day to be its)
    assert dateline_day(find_dateline("WASHINGTON (Reuters) - The talks went on."), "1989-12-20") == ""


def test_a_dateline_with_a_day_of_the_week_only_gives_that_day_of_the_papers_week():
    from workbench.provenance import dateline_day

    found = find_dateline("PARIS, Saturday (AAP-Reuter). -- American and North Vietnamese envoys met here today.")
    assert (found.place, found.outlet, found.weekday) == ("Paris", "AAP-Reuter", 5)
    assert dateline_day(found, "1968-05-12") == "1968-05-11"  # (Sunday's paper: the Saturday before)
    alone = find_dateline("Uganda Argus\n\nADDIS ABABA, Sunday.\n\nTHE heads of state signed the Charter last night.")
    assert alone.place == "Addis Ababa" and dateline_day(alone, "1963-05-26") == "1963-05-26"  # (the day itself)
    assert find_dateline("Washington, Monday: the talks went on without a break.") is None
    assert find_dateline("ANALYSIS, Friday - Prime Minister Ravi Menon met President Anil Kumar yesterday.") is None
    assert find_dateline("TOKYO, Monday - talks with Prime Minister Fumio Kato.") is None  # (a schedule's line)
    assert find_dateline("KABUL, Monday (Reuters) - 23 Soviet advisers arrived today.").weekday == 0
    assert find_dateline("PRETORIA, Monday (Reuters) - de Klerk met the envoys here today.").place == "Pretoria"


def test_today_in_an_article_under_a_dated_dateline_is_the_datelines_day(make_corpus, tmp_path):
    from workbench.pipeline import extract

    corpus = make_corpus({
        "a.txt": ("THE MORNING POST\n\nWednesday, December 20, 1989\n\nLeaders agree on a treaty\n\n"
                  "DRESDEN, East Germany, Dec. 19 -- Chancellor Anton Weber and Prime Minister Karl Brandt held "
                  "talks today at a hotel and agreed to meet again in January.\n"),
    })
    meetings = extract(corpus, tmp_path / "out").tables["meetings"]
    talks = meetings[meetings["kind"] == "talks"]
    assert [(r.date, r.place) for r in talks.itertuples()] == [("1989-12-19", "Dresden")], meetings
