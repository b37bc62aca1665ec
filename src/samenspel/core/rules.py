"""The permission layer: which role may do what, per programme and per object.

Views, templates and selectors ask these permissions (``user.has_perm(name, obj)``);
nobody re-implements them. ``obj`` is a Programme or anything with a ``programme``.
"""

from __future__ import annotations

import rules

from .models import Membership, Programme, Role

_CACHE_ATTR = "_samenspel_roles"


def programme_of(obj) -> Programme | None:
    if obj is None:
        return None
    if isinstance(obj, Programme):
        return obj
    return getattr(obj, "programme", None)


def role_in(user, programme: Programme | None) -> str | None:
    """The user's role in the programme, cached on the user object for one request."""
    if programme is None or not getattr(user, "is_authenticated", False):
        return None
    roles = getattr(user, _CACHE_ATTR, None)
    if roles is None:
        roles = dict(Membership.objects.filter(user=user).values_list("programme_id", "role"))
        setattr(user, _CACHE_ATTR, roles)
    return roles.get(programme.pk)


def forget_roles(user) -> None:
    """Drop the cached roles, after a membership changed."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def has_role(*allowed: str):
    @rules.predicate(name=f"has_role({','.join(allowed)})")
    def predicate(user, obj=None) -> bool:
        return role_in(user, programme_of(obj)) in allowed

    return predicate


is_member = has_role(*Role.values)
is_project_team = has_role(Role.PROJECT_TEAM)
is_analyst = has_role(Role.ANALYST)
is_lead = has_role(Role.LEAD)
is_partner = has_role(Role.PARTNER)
reads_everything = has_role(Role.PROJECT_TEAM, Role.ANALYST)

rules.add_perm("core.view_programme", is_member)
rules.add_perm("core.manage_members", is_project_team)
rules.add_perm("core.view_audit", is_project_team)
rules.add_perm("core.manage_settings", is_project_team)
rules.add_perm("core.analyse", reads_everything)
