from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from samenspel.core.models import MemberInvitation, Membership, Municipality, Programme, Role


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.nl")
    password = factory.PostGenerationMethodCall("set_password", "een-goed-wachtwoord-42")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Gemeente {n}")


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Programma {n}")
    slug = factory.Sequence(lambda n: f"programma-{n}")

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        if create:
            self.municipalities.set(
                extracted or [MunicipalityFactory(name=f"{self.name} gemeente")]
            )


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    programme = factory.SubFactory(ProgrammeFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.VIEWER


class MemberInvitationFactory(factory.django.DjangoModelFactory):
    """A pending invitation to a programme; its link's token is not known, only a hash."""

    class Meta:
        model = MemberInvitation

    email = "uitgenodigd@example.nl"
    role = Role.VIEWER
    token_hash = "0" * 64
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=1))
