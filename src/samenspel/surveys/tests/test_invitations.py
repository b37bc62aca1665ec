import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Invitation, Question, Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def wave(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="professionals", by=None)
    wave = collecting.wave_create(survey=survey, name="Nulmeting", by=None)
    wave.invitation_only = True
    wave.save()
    return wave


def csv(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("adressen.csv", text.encode())


def test_invite_a_list_and_each_link_gives_one_response(team_client, programme, wave, mailoutbox):
    url = reverse("surveys:invitations", args=[programme.slug, wave.pk])
    team_client.post(url, {"file": csv("e-mail\nA@example.nl\nb@example.nl\na@example.nl\n")})
    assert sorted(Invitation.objects.values_list("email", flat=True)) == [
        "a@example.nl",
        "b@example.nl",
    ]
    team_client.post(url, {"file": csv("e-mail\nb@example.nl\nc@example.nl\n")})
    assert Invitation.objects.count() == 3, "an address invited before is not invited twice"
    team_client.post(reverse("surveys:invitations-send", args=[programme.slug, wave.pk]))
    assert len(mailoutbox) == 3 and all(Invitation.objects.values_list("sent_at", flat=True))
    link = re.search(r"http://testserver(\S+)", mailoutbox[0].body).group(1)
    respondent = Client()
    page = respondent.get(link).content.decode()
    nonce = re.search(r'name="nonce" value="([^"]+)"', page).group(1)
    token = re.search(r'name="uitnodiging" value="([^"]+)"', page).group(1)
    start = reverse("surveys:start", args=[wave.public_token])
    first = respondent.post(start, {"nonce": nonce, "uitnodiging": token})
    # The link opens the answers only on the device that started them.
    elsewhere = Client().post(start, {"nonce": "other", "uitnodiging": token})
    assert elsewhere.status_code == 400 and "ander apparaat" in elsewhere.content.decode()
    again = respondent.post(start, {"nonce": "later", "uitnodiging": token})
    assert again["Location"] == first["Location"] and Response.objects.count() == 1
    # The mail says what the link does, who asks and until when.
    assert "op dezelfde telefoon of computer" in mailoutbox[0].body
    assert programme.name in mailoutbox[0].body


def test_a_wrong_address_adds_nobody(team_client, programme, wave):
    url = reverse("surveys:invitations", args=[programme.slug, wave.pk])
    response = team_client.post(url, {"file": csv("e-mail\ngoed@example.nl\nfout-adres\n")})
    assert response.status_code == 400 and "fout-adres" in response.content.decode()
    assert Invitation.objects.count() == 0


def test_a_failure_halfway_sends_nobody_twice(wave, monkeypatch, mailoutbox):
    from samenspel.surveys.collecting import services as invitations

    Invitation.objects.bulk_create(
        Invitation(wave=wave, email=f"p{n}@example.nl") for n in range(5)
    )
    monkeypatch.setattr(invitations, "SEND_BATCH", 2)
    from django.core.mail.backends.locmem import EmailBackend

    real_send = EmailBackend.send_messages
    calls = []

    def flaky(backend, messages):
        calls.append(len(messages))
        if len(calls) == 2:
            raise OSError("mail server gone")
        return real_send(backend, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", flaky)
    with pytest.raises(OSError):
        invitations.invitations_send(wave=wave, base_url="https://peiling.example.nl/", by=None)
    assert Invitation.objects.filter(sent_at__isnull=False).count() == 2
    monkeypatch.setattr(EmailBackend, "send_messages", real_send)
    assert (
        invitations.invitations_send(wave=wave, base_url="https://peiling.example.nl/", by=None)
        == 3
    )
    assert sorted(m.to[0] for m in mailoutbox) == sorted(f"p{n}@example.nl" for n in range(5))


def test_the_team_writes_the_invitation_per_wave_and_sees_it_before_sending(
    team_client, programme, wave, mailoutbox
):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    survey = wave.survey
    survey.contact = "peiling@brinkeveld.nl"
    survey.save()
    url = reverse("surveys:invitations", args=[programme.slug, wave.pk])
    team_client.post(
        url,
        {
            "tekst": "1",
            "tekst-invitation_subject": "Praat mee over preventie",
            "tekst-invitation_text": "Beste collega,\n\nWij horen graag hoe het gaat.",
            "tekst-invitation_sender": "Gemeente Brinkeveld",
            "tekst-closes_at": "2027-01-31T17:00",
        },
    )
    page = team_client.get(url).content.decode()
    for shown in ("Praat mee over preventie", "Gemeente Brinkeveld", "31 januari 2027"):
        assert shown in page, shown
    team_client.post(url, {"file": csv("e-mail\nc@example.nl\n")})
    team_client.post(reverse("surveys:invitations-send", args=[programme.slug, wave.pk]))
    mail = mailoutbox[0]
    assert mail.subject == "Praat mee over preventie"
    assert mail.from_email.startswith("Gemeente Brinkeveld <")
    assert mail.body.startswith("Beste collega,")
    assert "31 januari 2027" in mail.body and "peiling@brinkeveld.nl" in mail.body
    wave.refresh_from_db()
    assert wave.closes_at == datetime(2027, 1, 31, 17, tzinfo=ZoneInfo("Europe/Amsterdam"))


def _all_stored_values() -> str:
    """Every value of every row of every table, as one text: what a copy of the database holds."""
    from django.apps import apps

    return "\n".join(str(row) for model in apps.get_models() for row in model.objects.values_list())


def _answer_through(link: str, wave) -> Client:
    respondent = Client()
    start = respondent.get(link)
    nonce = re.search(r'name="nonce" value="([^"]+)"', start.content.decode()).group(1)
    token = link.split("uitnodiging=")[1]
    respondent.post(link.split("?")[0], {"nonce": nonce, "uitnodiging": token})
    return respondent


def test_nobody_with_the_database_can_link_an_address_to_answers(
    team_client, programme, wave, mailoutbox
):
    url = reverse("surveys:invitations", args=[programme.slug, wave.pk])
    team_client.post(url, {"file": csv("e-mail\na@example.nl\nb@example.nl\nc@example.nl\n")})
    team_client.post(reverse("surveys:invitations-send", args=[programme.slug, wave.pk]))
    links = {m.to[0]: re.search(r"http://testserver(\S+)", m.body).group(1) for m in mailoutbox}
    _answer_through(links["a@example.nl"], wave)
    _answer_through(links["b@example.nl"], wave)
    finished = Response.objects.order_by("pk").first()
    Question.objects.filter(section__survey=wave.survey).update(required=False)
    collecting.response_save_section(
        response=finished,
        section=finished.wave.survey.sections.last(),
        raw={},
        finish=True,
    )
    stored = _all_stored_values()
    for link in links.values():
        assert link.split("uitnodiging=")[1] not in stored, "the token is in the mail alone"
    # What the invitations and the responses keep has nothing in common to join on.
    invitation_values = {
        str(value) for row in Invitation.objects.values_list("email", "token_hash") for value in row
    }
    response_values = {
        str(value)
        for row in Response.objects.values_list("invitation_hash", "resume_token")
        for value in row
        if value
    }
    assert not invitation_values & response_values
    finished.refresh_from_db()
    assert finished.invitation_hash is None, "a complete response forgets its invitation"
    # Who still has to answer is known without a time that could be matched to a response.
    assert sorted(Invitation.objects.filter(started=False).values_list("email", flat=True)) == [
        "c@example.nl"
    ]
    assert [
        f.name for f in Invitation._meta.get_fields() if "time" in f.get_internal_type().lower()
    ] == ["sent_at"]
    # The finished link opens nothing again and makes no second response.
    again = Client().get(links["a@example.nl"])
    nonce = re.search(r'name="nonce" value="([^"]+)"', again.content.decode()).group(1)
    reply = Client().post(
        links["a@example.nl"].split("?")[0],
        {"nonce": nonce, "uitnodiging": links["a@example.nl"].split("uitnodiging=")[1]},
    )
    assert reply["Location"] == reverse("surveys:thanks", args=[wave.public_token])
    assert Response.objects.filter(wave=wave).count() == 2
