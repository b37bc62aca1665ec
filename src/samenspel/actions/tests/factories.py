import factory
from django.utils import timezone

from samenspel.actions.models import Action, ActionStatus
from samenspel.core.tests.factories import ProgrammeFactory


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action
        skip_postgeneration_save = True

    programme = factory.SubFactory(ProgrammeFactory)
    title = factory.Sequence(lambda n: f"Actie {n}")
    status = ActionStatus.RUNNING
    status_changed_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def goals(self, create, extracted, **kwargs):
        if create and extracted:
            self.goals.set(extracted)
