import hashlib

from django.db import migrations, models


def keyed_hashes(apps, schema_editor):
    """Replace every stored token by its keyed hashes: the invitation's own, and the open
    response's; a complete response forgets its invitation."""
    from samenspel.surveys.collecting.tokens import invitation_key, response_key

    Invitation = apps.get_model("surveys", "Invitation")
    Response = apps.get_model("surveys", "Response")
    for invitation in Invitation.objects.all():
        old = hashlib.sha256(invitation.token.encode()).hexdigest()
        response = Response.objects.filter(invitation_hash=old).first()
        invitation.token_hash = invitation_key(invitation.token)
        invitation.started = response is not None
        invitation.save(update_fields=["token_hash", "started"])
        if response is not None:
            response.invitation_hash = (
                None if response.status == "complete" else response_key(invitation.token)
            )
            response.save(update_fields=["invitation_hash"])


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0007_invitation_texts_and_contact"),
    ]

    operations = [
        migrations.AddField(
            model_name="invitation",
            name="started",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="invitation",
            name="token_hash",
            field=models.CharField(editable=False, max_length=64, null=True, unique=True),
        ),
        migrations.RunPython(keyed_hashes, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="invitation",
            name="token",
        ),
    ]
