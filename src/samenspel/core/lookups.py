"""``in`` on an integer column as Django's own integer lookups (exact, gt, lt) already treat a
number past the column's range: such a number matches nothing. Without this, a list of ids
sent to a form (``goals=999…``, 40 digits) reaches SQLite's driver, which cannot bind it and
raises OverflowError instead of the form saying the choice is not valid."""

from django.db.models import IntegerField
from django.db.models.lookups import In


@IntegerField.register_lookup
class IntegerFieldIn(In):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            kind = self.lhs.output_field.get_internal_type()
            low, high = connection.ops.integer_field_range(kind)
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int)
                or ((low is None or value >= low) and (high is None or value <= high))
            ]
        return super().process_rhs(compiler, connection)
