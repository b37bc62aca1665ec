"""Masking personal details in free text: each kind is found in the ways people write it, and
ordinary numbers, dates and amounts are left alone."""

import pytest
from django.utils.translation import gettext

from samenspel.core.masking import (
    EVERYONE,
    PUBLIC,
    NameMatcher,
    mask,
    mask_for,
    name_matcher,
)
from samenspel.stakeholders.tests.factories import PersonFactory

# The words that stand in for what is masked, as the Dutch reader sees them.
DUTCH = {
    "[e-mailadres]": "[e-mail address]",
    "[telefoonnummer]": "[phone number]",
    "[adres]": "[address]",
    "[naam]": "[name]",
}


def dutch(text: str) -> str:
    """The text as the active translation writes it: the same, once the catalogue has them."""
    for word, msgid in DUTCH.items():
        text = text.replace(word, gettext(msgid))
    return text


@pytest.mark.parametrize(
    "address",
    ["jan@example.nl", "j.de.vries+peiling@gemeente-voorst.nl", "INFO@Bibliotheek.Example.COM"],
)
def test_e_mail_addresses(address):
    assert mask(f"Mail naar {address}, graag.") == dutch("Mail naar [e-mailadres], graag.")


@pytest.mark.parametrize(
    "number",
    [
        "06-12345678",
        "06 12345678",
        "0612345678",
        "06 1234 5678",
        "+31 6 12345678",
        "+31612345678",
        "0031 6 1234 5678",
        "020-1234567",
        "010 123 45 67",
        "(020) 123 45 67",
        "+31 (0)20 123 4567",
        "0570 00 11 22",
        "0570-123456",
        "088-1234567",
        "0800-1234",
    ],
)
def test_dutch_phone_numbers(number):
    assert mask(f"Bel {number} na vijven.") == dutch("Bel [telefoonnummer] na vijven.")
    assert mask(f"Bel mij ({number}).") == dutch("Bel mij ([telefoonnummer]).")


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Ik woon op 1234 AB 12.", "Ik woon op [adres]."),
        ("Ik woon op 1234AB 12a.", "Ik woon op [adres]."),
        ("Ik woon op 1234AB12.", "Ik woon op [adres]."),
        ("Postcode 7383 XC, huisnummer 4-2.", "Postcode [adres]."),
        ("Dorpsstraat 12, 7383 AB Voorst", "Dorpsstraat [adres] Voorst"),
        ("Kerkweg 3b 7383 AB", "Kerkweg [adres]"),
    ],
)
def test_postcodes_with_house_numbers(text, masked):
    assert mask(text) == dutch(masked)


@pytest.mark.parametrize(
    "text",
    [
        "Op 24-11-2026 om 14:00 kwamen 1234 mensen.",
        "De bijeenkomst van 05-11-2026 14 uur is verzet.",
        "Begroting € 1.250.000,50 voor 2026-2027, 0,5 fte.",
        "In 2024 is 12% meer gebruikt; 3 van de 12 dorpen; 06-2024.",
        "Zaaknummer 12345678, factuur 2026001234, IBAN NL91ABNA0417164300.",
        "Postcode 7383 zonder huisnummer, 1234 AB alleen, huisnummer 12 alleen.",
        "In 2023 de 15 deelnemers; in 2024 en 12 vrijwilligers.",
        "Versie 1.2.3, 10.000 inwoners, 1 op de 5 ouderen, tel. 112.",
        "Mail ons via het formulier @gemeente.",
    ],
)
def test_ordinary_numbers_dates_and_amounts_stay(text):
    assert mask(text) == text


def test_names_in_full_with_an_initial_and_after_a_form_of_address():
    names = NameMatcher(["Sanne Bakker", "Jan de Vries", "Anna Jansen-de Vries", "José Álvarez"])
    text = (
        "Sanne Bakker belde; S. Bakker ook, en mevrouw Bakker. SANNE BAKKER! "
        "Meneer De Vries en dhr. de Vries; Anna Jansen-de Vries; Jose Alvarez."
    )
    assert mask(text, names=names) == dutch(
        "[naam] belde; [naam] ook, en [naam]. [naam]! [naam] en [naam]; [naam]; [naam]."
    )


def test_names_do_not_match_ordinary_words_or_parts():
    names = NameMatcher(["Sanne Bakker", "Mark Roos", "Fatima"])
    text = "De bakker bakt; een roos; mark het vakje; Fatima kwam; Sanne Bakkerij; Bakker Sanne."
    assert mask(text, names=names) == text


def test_overlapping_masks_are_one():
    names = NameMatcher(["Sanne Bakker"])
    assert mask("sanne.bakker@example.nl", names=names) == dutch("[e-mailadres]")


@pytest.mark.django_db
def test_the_register_gives_the_names_per_audience(programme):
    PersonFactory(programme=programme, name="Verlegen Trekker", shows_name_publicly=False)
    PersonFactory(programme=programme, name="Open Trekker", shows_name_publicly=True)
    programme.refresh_from_db()
    text = "Verlegen Trekker en Open Trekker"
    assert mask_for(text, programme, audience=PUBLIC) == dutch("[naam] en Open Trekker")
    assert mask_for(text, programme, audience=EVERYONE) == dutch("[naam] en [naam]")


@pytest.mark.django_db
def test_the_matcher_is_built_once_per_state_of_the_register(programme, django_assert_num_queries):
    PersonFactory(programme=programme, name="Eerste Persoon")
    programme.refresh_from_db()
    name_matcher(programme)
    with django_assert_num_queries(0):
        assert name_matcher(programme) is name_matcher(programme)
    PersonFactory(programme=programme, name="Tweede Persoon")
    programme.refresh_from_db()
    assert mask_for("Tweede Persoon", programme) == dutch("[naam]")


def test_a_thousand_names_mask_a_long_text_quickly():
    import time

    names = NameMatcher(f"Voornaam{n} Achternaam{n}" for n in range(1000))
    text = "Een lange tekst over het dorp met Voornaam500 Achternaam500 erin. " * 500
    start = time.perf_counter()
    masked = mask(text, names=names)
    assert time.perf_counter() - start < 1.0
    assert masked.count(dutch("[naam]")) == 500
