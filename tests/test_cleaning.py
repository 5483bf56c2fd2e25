from workbench.cleaning import clean_text, normalize_text


def kinds(cleaned):
    return [r.kind for r in cleaned.removals]


def test_template_placeholders_go_and_are_recorded():
    cleaned = clean_text("Leaders met on Monday.\n\n{articleGUID}\n\nThey talked {keywords} for hours.")
    assert "{" not in cleaned.text
    assert "They talked" in cleaned.text and "for hours." in cleaned.text
    assert kinds(cleaned).count("placeholder") == 2


def test_everything_after_an_end_marker_goes():
    raw = ("A headline\nSEOUL, May 2 (Yonhap) -- The ministers met.\nThey agreed.\n"
           "reporter@agency.co.kr\n(END)\n-\nZebra escapes from zoo\n-\nStars release album")
    cleaned = clean_text(raw)
    assert "Zebra" not in cleaned.text and "album" not in cleaned.text
    assert "(END)" not in cleaned.text and "@" not in cleaned.text
    assert "They agreed." in cleaned.text
    assert {"end_marker", "trailer", "email"} <= set(kinds(cleaned))


def test_posted_under_and_comments_trailers_go():
    cleaned = clean_text("First paragraph.\n\nSecond paragraph.\n\nPosted Under\n\ncomments:")
    assert cleaned.text == "First paragraph.\n\nSecond paragraph."


def test_a_keyword_line_with_its_label_goes():
    # a site's tag list runs names together ("Queen Maria Pedro Alves"): read as text, it makes
    # one person of two
    cleaned = clean_text("The ministers met in Rome.\n\nThey agreed.\n\nShort link:\n\nSearch Keywords:\n"
                         "Italy Portugal Queen Maria Pedro Alves")
    assert cleaned.text == "The ministers met in Rome.\n\nThey agreed."
    assert "end_marker" in kinds(cleaned)


def test_end_marker_among_first_lines_is_not_trusted():
    cleaned = clean_text("Tags: a headline about tags\n\nThe ministers met in Rome.\n\nThey agreed.")
    assert "The ministers met in Rome." in cleaned.text


def test_bracketed_photo_credit_goes_but_caption_stays():
    cleaned = clean_text(
        "Intro sentence.\n\nTrump met Kim in Singapore in June for the summit [File: Jane Roe/Reuters]\n\nMore text."
    )
    assert "Trump met Kim in Singapore in June for the summit" in cleaned.text
    assert "[File" not in cleaned.text
    assert kinds(cleaned) == ["photo_credit"]


def test_parenthesised_credits_closing_a_caption_go():
    cleaned = clean_text("Intro.\n\nMinister A (R) and Minister B in their meeting on May 3, 2020 (Photo: AFP)\n\n"
                         "This file photo shows A and B in Paris. (Pool photo) (Yonhap)\n\nEnd.")
    assert "Minister A (R) and Minister B in their meeting on May 3, 2020" in cleaned.text
    assert "This file photo shows A and B in Paris." in cleaned.text
    assert "Photo:" not in cleaned.text and "Pool photo" not in cleaned.text and "(Yonhap)" not in cleaned.text


def test_dateline_outlet_is_not_taken_for_a_credit():
    cleaned = clean_text("TOKYO, June 3 (Kyodo) -- The leaders met.")
    assert cleaned.text.startswith("TOKYO, June 3 (Kyodo) --")


def test_closing_signatures_go_and_name_the_outlet():
    vna = clean_text("Body one.\n\nThe talks ended well.–VNA")
    assert vna.text.endswith("ended well.") and vna.signature == "VNA"
    aj = clean_text("Body one.\n\nBody two.\n\nSource: Al Jazeera, News Agencies")
    assert aj.text == "Body one.\n\nBody two." and aj.signature == "Al Jazeera"


def test_sentences_mentioning_an_email_address_stay():
    cleaned = clean_text("Intro.\n\nThe ministry said readers can write to press@ministry.gov.example to ask for the full statement of the talks.")
    assert "press@ministry" in cleaned.text


def test_normalize_text_removes_invisible_characters_and_unifies_newlines():
    assert normalize_text("\ufeffA\u200bB\r\nC\u00a0D\r\n\r\n\r\n\r\nE  ") == "AB\nC D\n\nE"
    assert normalize_text("x\u202eevil\u202c y") == "xevil y"


def test_clean_text_keeps_plain_articles_unchanged():
    text = "Leaders met in Hanoi on Thursday.\n\nThey will meet again."
    cleaned = clean_text(text)
    assert cleaned.text == text and cleaned.removals == []


def test_lines_of_encoded_data_go():
    blob = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3"
    cleaned = clean_text(f"The ministers met.\n{blob}\n{blob}\nThey agreed.")
    assert cleaned.text == "The ministers met.\nThey agreed."
    assert [r.text for r in cleaned.removals if r.kind == "encoded_data"] == ["2 line(s) of encoded data"]
    assert "word" * 20 in clean_text("word" * 20 + " stays").text  # letters only, but a sentence


def test_bylines_go_but_a_title_case_headline_stays():
    raw = ("Leaders Meet In Oslo\n\nMarta Lund\nDiplomatic Correspondent\n\nBy Karl Berg and Ines Moya in Oslo\n\n"
           "Jonas Dahl\nPublished at : June 1, 2023\n\nOSLO - The two leaders met on Monday.\n")
    out = clean_text(raw)
    assert out.text.startswith("Leaders Meet In Oslo")
    assert "The two leaders met on Monday." in out.text
    for gone in ("Marta Lund", "Diplomatic Correspondent", "Karl Berg", "Jonas Dahl"):
        assert gone not in out.text
    assert {r.kind for r in out.removals} >= {"byline", "debris_line"}


def test_bylines_with_a_label_a_bar_or_a_section_and_day_go():
    raw = ("Leaders meet in Oslo\n\nMarta Lund | Karl Berg\nPublished June 1, 2023\n\n"
           "WRITER: Ines Moya\n\nBy Jonas Dahl in Nation on 27 October 2023\n\nOSLO - The two leaders met on Monday.\n")
    out = clean_text(raw)
    assert "The two leaders met on Monday." in out.text
    for gone in ("Marta Lund", "Karl Berg", "Ines Moya", "Jonas Dahl"):
        assert gone not in out.text


def test_credits_closing_a_caption_go_and_a_caption_that_opens_with_photo_stays():
    raw = ("Title here\n\nThe ministers at the palace on Jan 30. ST PHOTO: LIM YAOHUI\n\n"
           "Leaders pose in AlUla. (Bandar Aljaloud/Royal Court via AFP)\n\n"
           "Photo: Anna Varga and Marek Okafor greet each other ahead of their talks. (Reuters: Jan Olsen)\n\n"
           "The prime minister embraces the president at the airport. Photo: Yonas Tesfaye / AFP\n\nBody text.\n")
    out = clean_text(raw)
    for gone in ("LIM YAOHUI", "Bandar Aljaloud", "Jan Olsen", "Yonas Tesfaye"):
        assert gone not in out.text
    for kept in ("The ministers at the palace on Jan 30.", "Leaders pose in AlUla.",
                 "Anna Varga and Marek Okafor greet each other ahead of their talks.",
                 "The prime minister embraces the president at the airport."):
        assert kept in out.text


def test_a_bare_read_more_line_ends_the_article_but_an_inline_read_more_link_is_one_line():
    out = clean_text("Title\n\nBody one.\n\nRead more: What is the engine?\n\nBody two.\n\nREAD MORE\nOther headline\nAnother one\n")
    assert "Body two." in out.text and "Other headline" not in out.text and "What is the engine" not in out.text


def test_more_byline_and_credit_forms_go():
    raw = ("Leaders meet in Kingston\n\nKimone Barrett/Staff Reporter\n\nBesnik Hoxha, Jelena Markovic\nBIRN\n\n"
           "By: Krystle Mendoza - @inquirerdotnet\n\n"
           "The prime minister greets his counterpart on Sunday. - Delano Whyte/Photographer\n\n"
           "The three ministers in Lublin on Tuesday. / Tomasz Wierzbicki / PAP\n\n"
           "The minister attends a news conference in Ankara. REUTERS/Cagla Gurdogan\n\nThe talks ended.\n")
    out = clean_text(raw)
    for gone in ("Kimone", "Besnik", "Jelena", "Krystle", "Delano", "Tomasz", "Cagla"):
        assert gone not in out.text, gone
    for kept in ("Leaders meet in Kingston", "The prime minister greets his counterpart on Sunday.",
                 "The three ministers in Lublin on Tuesday.", "The minister attends a news conference in Ankara.",
                 "The talks ended."):
        assert kept in out.text


def test_bylines_with_their_outlet_or_date_and_headlines_after_the_last_sign_up_line_go():
    raw = ("G20 summit closes\n\nDio Suhendra and Made Arya Wibisana (The Jakarta Post)\n"
           "Ahmet Kurtoglu and Nour Hassan   |14.02.2024 - Update : 14.02.2024\n\n"
           "Leaders met in Bali on Wednesday. They agreed on a text.\n\n"
           "They shook hands in Cairo. ( Kerem Uzunoglu - Anadolu Agency )\n\n"
           "Sign up to push alerts and have the best news delivered to your phone\n"
           "Join The Irish Times on WhatsApp and stay up to date\n"
           "Miriam Lord: Joe's homecoming hits all the right notes\n"
           "Related Article\nBiden, Xi agree to manage differences\n")
    result = clean_text(raw)
    for gone in ("Suhendra", "Kurtoglu", "Uzunoglu", "Miriam Lord", "WhatsApp", "Biden, Xi"):
        assert gone not in result.text
    assert "Leaders met in Bali on Wednesday." in result.text and "They shook hands in Cairo." in result.text


def test_a_last_paragraph_after_a_sign_up_line_stays():
    raw = "Leaders met.\n\nSign up for our newsletter\n\nThe talks will resume on Monday, officials said.\n"
    assert "The talks will resume on Monday" in clean_text(raw).text


def test_a_comments_widget_above_the_body_does_not_end_the_article():
    raw = ("EU presses China in video summit\n\nBy Staff  •  Updated: 14/09/2020 - 19:26\n\nShare this article\nComments\n\n"
           "European Union leaders pressed the Chinese president on market access, climate change and human rights "
           "during a video summit on Monday that replaced a showpiece gathering.\n\n"
           "The German chancellor joined the two EU presidents for the three-hour videoconference, which ended without "
           "a deal on investment but with a promise to keep talking.\n\n"
           "READ MORE\nEU-China summit postponed\n")
    text = clean_text(raw).text
    assert "European Union leaders pressed" in text and "three-hour videoconference" in text
    assert "EU-China summit postponed" not in text


def test_credits_closing_a_caption_and_a_byline_with_its_weekday_go():
    raw = ("Head line here\n\nBy Vu Hoang Lan   Sunday, 10/9/2023, 21:40 (GMT+7)\n\n"
           "Putin and Kim shake hands ahead of their talks at the university. Sergei Malyshev / Kremlin.ru\n\n"
           "Macron welcomes Putin at the fort on August 19, 2019. © Gérard Lavalle, AFP\n\n"
           "They shake hands at the Antalya Diplomacy Forum. AA Photo\n\nThe talks were held on Monday.\n")
    text = clean_text(raw).text
    for gone in ("Vu Hoang Lan", "Malyshev", "Lavalle", "AA Photo"):
        assert gone not in text
    assert "ahead of their talks at the university." in text and "The talks were held on Monday." in text


def test_a_name_spelled_in_its_own_script_keeps_only_the_latin_spelling():
    # the parser reads a list through "(游錫堃)" badly; the spelling is recorded as removed
    cleaned = clean_text("Nina Holm met Speaker Wu Ming-de (吳明德) and Deputy Speaker Lee Su-jin (이수진) in Taipei.")
    assert cleaned.text == "Nina Holm met Speaker Wu Ming-de and Deputy Speaker Lee Su-jin in Taipei."
    assert kinds(cleaned) == ["native_spelling", "native_spelling"]


def test_share_button_lines_go():
    cleaned = clean_text("Leaders met in Rome.\n\nShare: Facebook | Twitter | Telegram | Email\n\n"
                         "Share on Facebook | Share on Twitter | Send by e-mail | Print\n\nThey agreed.\n\n"
                         "Share prices rose after the talks, Facebook said.")
    assert cleaned.text == "Leaders met in Rome.\n\nThey agreed.\n\nShare prices rose after the talks, Facebook said."
    assert kinds(cleaned).count("debris_line") == 2


def test_more_bylines_and_a_photo_agency_credit_go():
    cleaned = clean_text(
        "Headline here\n\nANNA VARGA and TOMAS KRAL, Nikkei staff writers\n\n"
        "By Lin Mei-hua and Wu Jia-wei / Staff reporters, with AFP\n\n"
        "{{author_name}} , Cairo Online , Monday 14 Aug 2023\n\n"
        "The ministers met in Rome on Monday and agreed on a plan.\n\n"
        "Kaya (C) and Petrov (L) attend the ceremony at the palace, Istanbul, July 22, 2022. (AA Photo)")
    assert cleaned.text == ("Headline here\n\nThe ministers met in Rome on Monday and agreed on a plan.\n\n"
                            "Kaya (C) and Petrov (L) attend the ceremony at the palace, Istanbul, July 22, 2022.")


def test_a_picture_desks_slash_credit_and_a_photo_by_credit_go_but_a_slashed_sentence_stays():
    cleaned = clean_text(
        "Minister Ana Rossi is welcomed by President Omar Said at the palace on Sunday. Photo by Luca Neri / AFP\n\n"
        "WAM/Hadi Al Sayegh\n\nPARIS -- President Jean Morel held talks.\n\nWAM/Tariq alFardan/Hazem Nour\n\n"
        "US/China relations remain tense.\n")
    assert "Luca Neri" not in cleaned.text and "Hadi Al Sayegh" not in cleaned.text and "Tariq" not in cleaned.text
    assert "at the palace on Sunday." in cleaned.text and "US/China relations remain tense." in cleaned.text


def test_a_headline_with_a_slash_is_no_picture_credit():
    cleaned = clean_text("Israel/Gaza war live updates\n\nRussia/Ukraine peace talks resume in Istanbul.\n")
    assert "Israel/Gaza war live updates" in cleaned.text and "Russia/Ukraine peace talks" in cleaned.text


def test_a_quoted_nickname_inside_a_name_goes_unless_the_article_uses_it():
    cleaned = clean_text('Marcos, with First Lady Luisa "Lia" Aranda-Marcos, arrived. The "Team Europe" leaders met.')
    assert "Luisa Aranda-Marcos" in cleaned.text and '"Team Europe"' in cleaned.text
    assert [(r.kind, r.text) for r in cleaned.removals] == [("nickname", "Lia")]
    kept = clean_text('President Joko "Jokowi" Widodo spoke. Jokowi later met Xi.')
    assert '"Jokowi"' in kept.text and not kept.removals


def test_translation_credits_and_a_published_line_with_its_byline_go():
    raw = ("Leaders meet in Lima\n\nPublished on 06/06/2019 - 18:22 By Rosa Lima Prado - Reporter, Agencia Sul - Lima\n\n"
           "The two presidents met on Thursday.\n\nTranslated by Clara Souza Reis\n\n"
           "(Japanese original by Taro Ueno, Political News Department, and Emi Kato, China Bureau)\n")
    out = clean_text(raw)
    for gone in ("Rosa Lima Prado", "Clara Souza Reis", "Taro Ueno", "Emi Kato"):
        assert gone not in out.text, gone
    assert "The two presidents met on Thursday." in out.text


def test_a_bar_of_buttons_between_pipes_goes_but_not_a_line_that_says_more():
    cleaned = clean_text("Leaders met on Monday.\n\nPrint | Email\n\nComments (4) | Share | Print\n\n"
                         "They talked for hours. | The talks went well.\n\nThey left.")
    assert "Print" not in cleaned.text and "Comments" not in cleaned.text
    assert "They talked for hours. | The talks went well." in cleaned.text
    assert kinds(cleaned).count("debris_line") == 2


def test_a_sites_menu_between_pipes_goes_but_not_a_dated_line_nor_a_headline_with_its_outlet():
    raw = ("Harbour Times\nNews | Africa | Zamunda\nWORLD | ZAMUNDA | 27.10.2018 - 21:34\n\n"
           "Ama Serwaa meets Kojo Mensah in Accra | Harbour Times\n\n"
           "The two leaders met in Accra on Monday.\n\nE-mail | Print | Reader Comments (7)\n\n"
           "Home | Ghana | Latin America | Opinion\n\nThey left.")
    cleaned = clean_text(raw)
    for gone in ("Africa", "Print", "Reader Comments", "Latin America"):
        assert gone not in cleaned.text, gone
    assert kinds(cleaned).count("menu") == 3
    assert "WORLD | ZAMUNDA | 27.10.2018 - 21:34" in cleaned.text  # (the publication line, for provenance)
    assert "Ama Serwaa meets Kojo Mensah in Accra | Harbour Times" in cleaned.text
    assert "The two leaders met in Accra on Monday." in cleaned.text and "They left." in cleaned.text


def test_bylines_credits_and_breadcrumbs_of_more_shapes_go():
    raw = ("Daily Courier\nWednesday, January 07, 2004 | Home > Top Story\n\nLeaders meet in Accra\n\n"
           "Ama Serwaa | Accra\nSat, Mar 23, 2024\n\n"
           "By Kojo Mensah, Courier - Cape Coast\n\n"
           "The two leaders met on Tuesday. Credit: Efua Boateng/Courier\n\n"
           "They agreed to meet again.\n\n"
           "Herald staff writer Paul Owusu reported from Kumasi, and special correspondent Ana Lima from Lome.\n"
           "Author: Yaw Darko / Editor: [EDITOR]")
    cleaned = clean_text(raw)
    for gone in ("Top Story", "Ama Serwaa", "Kojo Mensah", "Efua Boateng", "Paul Owusu", "Yaw Darko"):
        assert gone not in cleaned.text, gone
    assert "Wednesday, January 07, 2004" in cleaned.text
    assert "The two leaders met on Tuesday." in cleaned.text and "They agreed to meet again." in cleaned.text


def test_sentences_about_reporters_and_a_section_sign_in_the_body_are_kept():
    body = ("Leaders met in Accra on Monday.\n\nForeign correspondents in the city reported heavy shelling.\n\n"
            "Reporters Without Borders reported that 12 journalists were killed.\n\nBy Tuesday night - talks had "
            "collapsed.\n\nThe talks went on.\n\nAnalysts said growth > inflation this year.")
    cleaned = clean_text("Daily Courier\n\nLeaders meet\n\n" + body)
    assert body in cleaned.text, cleaned.removals


def test_a_sites_own_language_chrome_and_headlines_listed_before_the_sign_up_go():
    raw = ("Agencia Central\nCompartir: Facebook | Twitter | WhatsApp | Email\n\nLeaders met in Lima on Monday. "
           "They agreed to meet again.\n\nThe talks went well, officials said.\n\nNotas relacionadas:\n- Ana Lima "
           "wins the vote\n\nAgencia Central S.E. | Todos los derechos reservados © 2021")
    cleaned = clean_text(raw)
    assert "Compartir" not in cleaned.text and "Ana Lima" not in cleaned.text and "derechos" not in cleaned.text
    assert "The talks went well, officials said." in cleaned.text
    raw = ("Leaders met in Paris on Monday. They agreed to meet again.\n\nThe talks went well, officials said.\n\n"
           "- Tom Reid and Ana Lima promise a united front\n- Explainer: how many troops are near the border?\n\n"
           "Daily newsletter\nReceive the news every morning\nSubscribe")
    cleaned = clean_text(raw)
    assert cleaned.text.rstrip().endswith("The talks went well, officials said."), cleaned.text


def test_a_caption_label_goes_but_its_caption_stays_and_a_labelled_credit_still_goes():
    raw = ("Title here\n\nBody text of the story.\n"
           "[IMAGE] Minister Ana Lopes with Party Leader Dr Kofi Mensah at a hotel in Accra on Saturday.\n"
           "PHOTO: Anna Varga and Marek Okafor during a tour of the museum on Saturday.\n"
           "Photo caption: Ana Lopes, left, and Kofi Mensah shake hands.\n"
           "Image: Julien Morel/AFP\nMore body text.\n")
    out = clean_text(raw)
    lines = out.text.split("\n")
    assert "Minister Ana Lopes with Party Leader Dr Kofi Mensah at a hotel in Accra on Saturday." in lines
    assert "Anna Varga and Marek Okafor during a tour of the museum on Saturday." in lines
    assert "Ana Lopes, left, and Kofi Mensah shake hands." in lines
    assert "Julien Morel" not in out.text
    assert kinds(out).count("caption_label") == 3


def test_a_caption_and_its_credit_in_one_bracket_keep_the_caption():
    raw = ("Title here\n\nBody text of the story.\n"
           "[Photo: President Ana Lopes meets King Omar Salem in Jeddah on Tuesday. - KUNA]\n"
           "[Picture: Sir Tom Walker, the adviser, with the minister, Kofi Mensah, before the talks. Photograph: Jan Olsen]\n"
           "[Photo: Reuters]\nMore body text.\n")
    out = clean_text(raw)
    lines = out.text.split("\n")
    assert "President Ana Lopes meets King Omar Salem in Jeddah on Tuesday." in lines
    assert "Sir Tom Walker, the adviser, with the minister, Kofi Mensah, before the talks." in lines
    assert "KUNA" not in out.text and "Jan Olsen" not in out.text and "Reuters" not in out.text


def test_a_bracketed_photo_label_does_not_join_its_caption_to_the_line_before():
    raw = ("The Daily Post\n\nLeaders press on trade in talks\n\nTue, 20 November 2012\nAna Varga and Marek Okafor\n\n"
           "[Photo] President Kofi Mensah and Prime Minister Ana Lopes shake hands before their meeting yesterday.\n\n"
           "Body text of the story.\n")
    out = clean_text(raw)
    lines = out.text.split("\n")
    assert "President Kofi Mensah and Prime Minister Ana Lopes shake hands before their meeting yesterday." in lines
    assert "Ana Varga" not in out.text  # (the byline, on a line of its own again, goes)


def test_a_picture_label_and_credit_in_spanish_or_portuguese_go_as_the_english_ones_do():
    out = clean_text("Title\n\nBody text of the story.\n\n[Foto] Presidents Kofi Mensah and Ana Lopes shake hands after the "
                     "signing. Foto: Archivo Diario / Marta Ruiz\n\nMore body text.\n\nFOTO: Ana Lopes greets Kofi Mensah at "
                     "the palace on Monday.\n\nImagen: EFE\n")
    lines = out.text.split("\n")
    assert "Presidents Kofi Mensah and Ana Lopes shake hands after the signing." in lines
    assert "Ana Lopes greets Kofi Mensah at the palace on Monday." in lines
    assert "Foto" not in out.text and "FOTO" not in out.text and "Marta Ruiz" not in out.text and "EFE" not in out.text


def test_two_bracketed_labels_opening_a_caption_go_with_the_space_after_them():
    out = clean_text("Title\n\nBody text of the story.\n\n[Photo][Reuters] President Kofi Mensah and Prime Minister Ana Lopes "
                     "shake hands before their meeting yesterday.\n\nMore body text.\n")
    assert "President Kofi Mensah and Prime Minister Ana Lopes shake hands before their meeting yesterday." in out.text.split("\n")
