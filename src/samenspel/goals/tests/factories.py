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


def goal_tree(programme) -> dict[str, Goal]:
    """Two target images with goals made out of tree order, so that an order by depth or by
    creation differs from the tree's: Jeugd holds A (with A1, and A1a under it) and B (with
    B1); Wonen holds C."""
    from samenspel.goals import services

    youth = services.target_image_create(programme=programme, title="Jeugd", by=None)
    housing = services.target_image_create(programme=programme, title="Wonen", by=None)
    goals = {}

    def add(key, title, *, parent=None, image=None):
        goals[key] = services.goal_create(
            programme=programme,
            target_image=image,
            parent=goals.get(parent),
            title=title,
            by=None,
        )

    add("C", "Betaalbaar wonen", image=housing)
    add("A", "Minder schooluitval", image=youth)
    add("B", "Gezond opgroeien", image=youth)
    add("B1", "Meer sporten", parent="B")
    add("A1", "Mentoren op school", parent="A")
    add("A1a", "Mentoren in groep 8", parent="A1")
    return goals
