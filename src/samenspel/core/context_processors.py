from . import navigation


class _AppPerms:
    def __init__(self, user, programme, app_label: str):
        self.user, self.programme, self.app_label = user, programme, app_label

    def __getattr__(self, name: str) -> bool:
        return self.user.has_perm(f"{self.app_label}.{name}", self.programme)


class ProgrammePerms:
    """``{% if can.goals.edit_book %}``: permissions asked for the current programme."""

    def __init__(self, user, programme):
        self.user, self.programme = user, programme

    def __getattr__(self, app_label: str) -> _AppPerms:
        return _AppPerms(self.user, self.programme, app_label)


def programme(request) -> dict:
    current = getattr(request, "programme", None)
    if current is None:
        return {"current_programme": None, "programme_nav": [], "can": None}
    return {
        "current_programme": current,
        "programme_nav": navigation.items_for(request, current),
        "can": ProgrammePerms(request.user, current),
    }
