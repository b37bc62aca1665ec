"""Keep the programme's change stamp current when the register changes."""

from samenspel.core.services import touch_programme_on_change

from .models import Organisation, Person, TargetGroup

touch_programme_on_change(Organisation, Person, TargetGroup)
