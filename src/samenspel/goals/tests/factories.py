import factory

from samenspel.core.tests.factories import ProgrammeFactory
from samenspel.goals.models import Goal, TargetImage


class TargetImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetImage

    programme = factory.SubFactory(ProgrammeFactory)
    title = factory.Sequence(lambda n: f"Streefbeeld {n}")
    position = factory.Sequence(lambda n: n)


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    programme = factory.SubFactory(ProgrammeFactory)
    target_image = factory.SubFactory(
        TargetImageFactory, programme=factory.SelfAttribute("..programme")
    )
    title = factory.Sequence(lambda n: f"Doel {n}")
    position = factory.Sequence(lambda n: n)
