"""Reads of the register: searchable, filterable lists without N+1 queries."""

from django.db.models import Count, Q, QuerySet

from samenspel.core.models import Programme

from .models import Organisation, Person, TargetGroup


def organisations_for_register(
    *, programme: Programme, query: str = "", kind: str = "", municipality: str = ""
) -> QuerySet[Organisation]:
    """Organisations matching a search term and filters, with their number of people."""
    organisations = Organisation.objects.filter(programme=programme)
    if query:
        organisations = organisations.filter(
            Q(name__icontains=query) | Q(area__icontains=query) | Q(description__icontains=query)
        )
    if kind:
        organisations = organisations.filter(kind=kind)
    if municipality:
        organisations = organisations.filter(municipality_id=municipality)
    return (
        organisations.select_related("municipality")
        .annotate(person_count=Count("people"))
        .order_by("name")
    )


def people_for_register(
    *,
    programme: Programme,
    query: str = "",
    organisation: str = "",
    ambassadors: bool = False,
    search_contact_details: bool = False,
) -> QuerySet[Person]:
    """People matching a search term and filters, with their organisation. E-mail addresses
    are searched only for roles that may see them, so a search cannot reveal one."""
    people = Person.objects.filter(programme=programme)
    if query:
        match = (
            Q(name__icontains=query)
            | Q(function__icontains=query)
            | Q(organisation__name__icontains=query)
        )
        if search_contact_details:
            match |= Q(email__icontains=query)
        people = people.filter(match)
    if organisation:
        people = people.filter(organisation_id=organisation)
    if ambassadors:
        people = people.filter(is_ambassador=True)
    return people.select_related("organisation")


def target_groups_for_register(
    *, programme: Programme, query: str = "", dimension: str = ""
) -> QuerySet[TargetGroup]:
    """Target groups matching a search term and a dimension."""
    groups = TargetGroup.objects.filter(programme=programme)
    if query:
        groups = groups.filter(Q(name__icontains=query) | Q(description__icontains=query))
    if dimension:
        groups = groups.filter(dimension=dimension)
    return groups


def register_summary(*, programme: Programme) -> dict:
    """Figures for the programme home."""
    return {
        "organisation_count": programme.organisations.count(),
        "person_count": programme.people.count(),
        "ambassador_count": programme.people.filter(is_ambassador=True).count(),
        "target_group_count": programme.target_groups.count(),
    }


def register_export_rows(*, programme: Programme) -> dict[str, tuple[list[str], list[list]]]:
    """The register as rows with the same Dutch headers the import reads."""
    from django.utils import translation

    from .tabular import ORGANISATION_COLUMNS, PERSON_COLUMNS, SHEET_NAMES

    with translation.override("nl"):
        organisations = [
            [
                o.name,
                str(o.get_kind_display()),
                o.municipality.name if o.municipality else "",
                o.area,
                o.email,
                o.phone,
                o.website,
                o.description,
            ]
            for o in programme.organisations.select_related("municipality").order_by("name")
        ]
    people = [
        [
            p.name,
            p.organisation.name if p.organisation else "",
            p.function,
            p.email,
            p.phone,
            "ja" if p.is_ambassador else "nee",
        ]
        for p in programme.people.select_related("organisation").order_by("name")
    ]
    return {
        SHEET_NAMES["organisations"]: (list(ORGANISATION_COLUMNS), organisations),
        SHEET_NAMES["people"]: (list(PERSON_COLUMNS), people),
    }


def names_to_mask(programme: Programme, audience: str) -> list[str]:
    """The register's names that free text must not show to this audience: on public pages
    those of people who did not agree to be named, elsewhere everyone's."""
    from samenspel.core.masking import PUBLIC

    people = Person.objects.filter(programme=programme)
    if audience == PUBLIC:
        people = people.filter(shows_name_publicly=False)
    return list(people.values_list("name", flat=True))
