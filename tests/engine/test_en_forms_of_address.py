"""English-script names after forms of address of many countries (Ate, Mbak, Engr.), before a
Japanese or Korean honorific (-san, -ssi), after "w/" and "Pt:", and a given name opening a
list item before a verb; the honorific and the title stay outside the span, and words that
look like them are no names."""

from __future__ import annotations

import pytest

from tests.engine.findings import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kind regards,\nYamamoto-san", "Yamamoto"),
        ("sending love to Fujita-san! 🎂", "Fujita"),
        ("[2026-01-22 18:39] Ishikawa-san: 我到了", "Ishikawa"),
        ("| Ate Maricel | Design |", "Maricel"),
        ("sending love to Mbak Sulastri!", "Sulastri"),
        ("Dear Engr. Emeka Obi,", "Emeka Obi"),
        ("1:1 notes w/ Oluwaseun (June 23)", "Oluwaseun"),
        ("spoke w/ Ilse R. van der Meer, wants a quote", "Ilse R. van der Meer"),
        ("SOAP note\nPt: Farida Hakim, DOB 1980", "Farida Hakim"),
        ("Attendees: A / B\n- Nikhil owns the vendor shortlist", "Nikhil"),
    ],
)
def test_a_name_in_a_form_of_address_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    ["Ate lunch at noon.", "w/ Python 3.11 and Docker", "tested w/ Chrome", "PT: 30 min session"],
)
def test_words_shaped_like_those_forms_are_not_names(text: str) -> None:
    assert people(text) == []


def test_a_title_is_not_part_of_the_name() -> None:
    assert "Engr" not in " ".join(people("Dear Engr. Emeka Obi,"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Family name, given names: Chloé ROUSSEL\nPassport number: X", "Chloé ROUSSEL"),
        ("account holder Diego AGUILAR.\n", "Diego AGUILAR"),
        ("Family name, given names: Moreno López, Paloma\nPassport", "Moreno López, Paloma"),
        ("IPBS 4886 2057, account holder Kondo, Haruto.\n\nYours", "Kondo, Haruto"),
        ("Full name (SURNAME first): Fairweather, Declan\nDate", "Fairweather, Declan"),
        ("yo Khang one of our bot tokens leaked", "Khang"),
        ("Can you verify it's me.\n\nQuang", "Quang"),
        ("could you double-check the number?\n\nI. Brennan\nProgram Committee", "I. Brennan"),
    ],
)
def test_a_whole_name_in_capitals_or_family_name_first_and_a_signature_line(
    text: str, name: str
) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Contact SUPPORT now",
        "Name: Wang, Taipei\n",
        "See below.\n\nSummary\nThe build failed.",
        "ok.\n\nNext Steps\n",
        "Yo tengo hambre",
    ],
)
def test_capitals_places_and_headings_stay_outside_names(text: str) -> None:
    found = people(text)
    assert not any(word in " ".join(found) for word in ("SUPPORT", "Taipei", "Summary", "Next"))


def test_a_name_field_in_a_log_line() -> None:
    assert "R. Suzuki" in people("INFO customer name=R. Suzuki phone=0920-538-317")
    assert people("INFO config name=default file name=report.pdf") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1:1 with H.W. Chiu\n- 想轉調 Singapore team", "H.W. Chiu"),
        ("Hey it's Wanjiru from spin class, new number!", "Wanjiru"),
        ("auth ok user=Tsung Kai Chung src=10.0.0.1", "Tsung Kai Chung"),
        ("GP: Hj. Chaiyaporn\nAllergies: none", "Chaiyaporn"),
        ("Referred by - Min-jun H. Jung\n", "Min-jun H. Jung"),
        ("Rotated by Waraporn Jirasakul at 2023/10/20.", "Waraporn Jirasakul"),
        ("收據在附件。\n\nLun Kai Liu | Sales | +63 914 204 0422", "Lun Kai Liu"),
    ],
)
def test_names_after_digit_cues_log_fields_and_in_signature_rows(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "version 11:1 with Docker",
        "it's Monday from now on",
        "user=admin src=10.0.0.1",
        "done.\n\nSummary | Q3 |",
    ],
)
def test_lookalikes_of_those_cues_find_no_name(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rental agreement\nMain driver: Venkataraman I.\nPassport", "Venkataraman I."),
        ("SOAP note\nPt: Thanomsak T., DOB April 4th, 1981", "Thanomsak T."),
    ],
)
def test_a_family_name_and_a_final_initial_keep_the_initials_full_stop(
    text: str, name: str
) -> None:
    assert name in people(text)
