"""A programme's logo: uploaded in the back office, shown to respondents and in the
invitation mail, and only ever served as a freshly written PNG."""

import io

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from samenspel.core import services
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Invitation

pytestmark = pytest.mark.django_db


def image(fmt="PNG", size=(1200, 400), **save) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (21, 66, 115)).save(buffer, format=fmt, **save)
    return buffer.getvalue()


def test_the_back_office_uploads_a_logo_that_respondents_and_the_mail_show(admin_client, programme):
    url = reverse("admin:core_programme_change", args=[programme.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields if name != "logo_upload"}
    data.update(
        municipalities=[m.pk for m in programme.municipalities.all()],
        logo_upload=SimpleUploadedFile("logo.jpg", image("JPEG", exif=b"")),
        **{
            f"memberships-{key}": value
            for key, value in {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            }.items()
        },
    )
    data.pop("logo_remove", None)
    reply = admin_client.post(url, data)
    assert reply.status_code == 302, reply.context and reply.context["adminform"].form.errors
    programme.refresh_from_db()
    stored = Image.open(io.BytesIO(bytes(programme.logo)))
    assert stored.format == "PNG" and stored.size == (600, 200), "scaled to fit 600 x 240"

    cache.clear()
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    start = admin_client.get(reverse("surveys:start", args=[wave.public_token])).content.decode()
    logo_url = reverse("core:programme-logo", args=[programme.slug, programme.logo_version])
    assert f'src="{logo_url}"' in start
    served = admin_client.get(logo_url)
    assert served["Content-Type"] == "image/png" and "immutable" in served["Cache-Control"]

    Invitation.objects.create(wave=wave, email="inwoner@example.nl")
    collecting.invitations_send(wave=wave, base_url="https://peiling.example.nl/", by=None)
    html, kind = mail.outbox[0].alternatives[0]
    assert kind == "text/html" and f"https://peiling.example.nl{logo_url}" in html
    assert programme.name in html and "uitnodiging=" in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<svg onload=alert(1)></svg>", "geen afbeelding"),
        (b"GIF89a" + b"\x00" * 10, "geen afbeelding"),
        (image("BMP", size=(20, 20)), "PNG, JPEG, WebP of GIF"),
        (image("PNG", size=(5000, 4000)), "te veel pixels"),
        (b"\x89PNG" + b"\x00" * (1024 * 1024 + 1), "groter dan 1 MB"),
    ],
    ids=["svg with a script", "broken gif", "bitmap", "too many pixels", "too large"],
)
def test_a_file_that_is_not_a_fitting_image_is_refused(programme, data, message):
    with pytest.raises(ValidationError, match=message):
        services.programme_logo_set(programme=programme, data=data, by=None)
    programme.refresh_from_db()
    assert not programme.logo_version


def test_without_a_logo_there_is_no_logo_to_fetch(client, programme):
    assert client.get(reverse("core:programme-logo", args=[programme.slug, "x"])).status_code == 404
