import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from samenspel.surveys import services
from samenspel.surveys.models import Invitation, Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def wave(programme):
    survey = services.survey_from_questionnaire(programme=programme, code="professionals")
    wave = services.wave_create(survey=survey, name="Nulmeting")
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
    team_client.post(url, {"versturen": "1"})
    assert len(mailoutbox) == 3 and all(Invitation.objects.values_list("sent_at", flat=True))
    link = re.search(r"http://testserver(\S+)", mailoutbox[0].body).group(1)
    respondent = Client()
    page = respondent.get(link).content.decode()
    nonce = re.search(r'name="nonce" value="([^"]+)"', page).group(1)
    token = re.search(r'name="uitnodiging" value="([^"]+)"', page).group(1)
    start = reverse("surveys:start", args=[wave.public_token])
    first = respondent.post(start, {"nonce": nonce, "uitnodiging": token})
    second = Client().post(start, {"nonce": "other", "uitnodiging": token})
    assert first["Location"] == second["Location"] and Response.objects.count() == 1


def test_a_wrong_address_adds_nobody(team_client, programme, wave):
    url = reverse("surveys:invitations", args=[programme.slug, wave.pk])
    response = team_client.post(url, {"file": csv("e-mail\ngoed@example.nl\nfout-adres\n")})
    assert response.status_code == 400 and "fout-adres" in response.content.decode()
    assert Invitation.objects.count() == 0


def test_a_failure_halfway_sends_nobody_twice(wave, monkeypatch, mailoutbox):
    from samenspel.surveys import invitations

    Invitation.objects.bulk_create(
        Invitation(wave=wave, email=f"p{n}@example.nl") for n in range(5)
    )
    monkeypatch.setattr(invitations, "SEND_BATCH", 2)
    real_send = invitations.send_mass_mail
    calls = []

    def flaky(messages, **kwargs):
        calls.append(len(messages))
        if len(calls) == 2:
            raise OSError("mail server gone")
        return real_send(messages, **kwargs)

    monkeypatch.setattr(invitations, "send_mass_mail", flaky)
    with pytest.raises(OSError):
        invitations.invitations_send(wave=wave, base_url="https://peiling.example.nl/")
    assert Invitation.objects.filter(sent_at__isnull=False).count() == 2
    monkeypatch.setattr(invitations, "send_mass_mail", real_send)
    assert invitations.invitations_send(wave=wave, base_url="https://peiling.example.nl/") == 3
    assert sorted(m.to[0] for m in mailoutbox) == sorted(f"p{n}@example.nl" for n in range(5))
