import factory

from samenspel.core.tests.factories import ProgrammeFactory
from samenspel.stakeholders.models import Organisation, OrganisationKind, Person, TargetGroup


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    programme = factory.SubFactory(ProgrammeFactory)
    name = factory.Sequence(lambda n: f"Stichting Voorbeeld {n}")
    kind = OrganisationKind.WELFARE


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    programme = factory.SubFactory(ProgrammeFactory)
    name = factory.Faker("name", locale="nl_NL")
    email = factory.Sequence(lambda n: f"persoon{n}@example.nl")


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup

    programme = factory.SubFactory(ProgrammeFactory)
    name = factory.Sequence(lambda n: f"Doelgroep {n}")
    dimension = "demographic"
