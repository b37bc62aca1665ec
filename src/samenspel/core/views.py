from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import navigation, selectors, services
from .access import programme_view
from .caching import programme_fragment
from .forms import AuditFilterForm, InvitationPasswordForm, MemberAddForm, MemberRoleForm
from .models import MemberInvitation, Membership, Role
from .paging import paginate
from .rules import role_in
from .selectors import members_of, programmes_for_user


@login_required
def programme_list(request):
    programmes = list(programmes_for_user(user=request.user))
    if len(programmes) == 1 and not request.GET.get("all"):
        return redirect("core:programme-home", programmes[0].slug)
    return render(request, "core/programme_list.html", {"programmes": programmes})


@programme_view()
def programme_home(request, programme):
    def panels() -> str:
        context = {
            "programme": programme,
            "panels": navigation.home_panels_for(request.user, programme),
        }
        return render_to_string("core/includes/panels.html", context, request=request)

    # The panels depend on the programme's state and what the role may see, not on the user;
    # the user's own panels (their actions, their proposals) are rendered for them each time.
    role = role_in(request.user, programme)
    html = programme_fragment(programme, "home-panels", (role,), panels)
    own = navigation.home_panels_for(request.user, programme, per_user=True)
    context = {"programme": programme, "panels_html": html, "own_panels": own}
    return render(request, "core/programme_home.html", context)


@programme_view("core.manage_members")
def member_list(request, programme):
    form = MemberAddForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.member_invite(
                programme=programme,
                by=request.user,
                base_url=request.build_absolute_uri("/"),
                **form.cleaned_data,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            # The same words whether the address had an account or not, and never its name.
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect("core:members", programme.slug)
    context = {
        "programme": programme,
        "memberships": members_of(programme=programme),
        "invitations": selectors.invitations_pending(programme=programme),
        "form": form,
        "roles": Role.choices,
    }
    return render(request, "core/member_list.html", context)


@require_POST
@programme_view("core.manage_members")
def invitation_withdraw(request, programme, pk: int):
    invitation = get_object_or_404(MemberInvitation, programme=programme, pk=pk)
    services.invitation_withdraw(invitation=invitation, by=request.user)
    messages.success(
        request, _("The invitation of %(email)s is withdrawn.") % {"email": invitation.email}
    )
    return redirect("core:members", programme.slug)


def invitation_accept(request, token: str):
    """An invitation's link. Its account's holder accepts, choosing a first password here if
    the account has none; a link that does not work is a page saying why, never an error."""
    invitation = selectors.invitation_by_token(token=token)
    try:
        services.invitation_check(invitation=invitation)
    except ValidationError as error:
        status = 410 if error.code == "expired" else 404
        return render(request, "core/invitation_invalid.html", {"error": error}, status=status)
    account, context = invitation.user, {"invitation": invitation}
    if not request.user.is_authenticated and account.has_usable_password():
        return redirect_to_login(request.get_full_path())
    if request.user.is_authenticated and request.user != account:
        return render(
            request, "core/invitation_accept.html", {**context, "other": True}, status=403
        )
    form = None  # someone new chooses a password, which accepts the invitation as well
    if not request.user.is_authenticated:
        form = InvitationPasswordForm(account, request.POST or None)
    if request.method == "POST" and (form is None or form.is_valid()):
        password = form.cleaned_data["new_password1"] if form is not None else None
        services.invitation_accept(invitation=invitation, by=account, password=password)
        if form is not None:
            login(request, account, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, _("Welcome to %(programme)s.") % {"programme": invitation.programme}
        )
        return redirect("core:programme-home", invitation.programme.slug)
    return render(request, "core/invitation_accept.html", {**context, "form": form})


@require_POST
@programme_view("core.manage_members")
def member_change_role(request, programme, pk: int):
    membership = get_object_or_404(Membership, programme=programme, pk=pk)
    form = MemberRoleForm(request.POST)
    if form.is_valid():
        try:
            services.membership_set_role(
                membership=membership, role=form.cleaned_data["role"], by=request.user
            )
            messages.success(
                request, _("The role of %(name)s is changed.") % {"name": membership.user}
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    return redirect("core:members", programme.slug)


@programme_view("core.manage_members")
def member_remove(request, programme, pk: int):
    membership = get_object_or_404(Membership, programme=programme, pk=pk)
    if request.method == "POST":
        try:
            services.membership_remove(membership=membership, by=request.user)
            messages.success(
                request, _("%(name)s no longer has access.") % {"name": membership.user}
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("core:members", programme.slug)
    return render(
        request, "core/member_remove.html", {"programme": programme, "membership": membership}
    )


def accessibility_statement(request):
    return render(request, "core/accessibility.html")


def privacy_statement(request):
    return render(request, "core/privacy.html")


def health(request):
    """For load balancers and monitoring: answers without touching the database."""
    return HttpResponse("ok", content_type="text/plain")


def programme_logo(request, slug: str, version: str):
    """A programme's logo, public like the survey pages that show it. The version in the
    address changes with the logo: the current one may be kept for a year; an older address
    (still in a page cached a few minutes) gets the new logo, kept briefly."""
    found = selectors.programme_logo(slug=slug)
    if found is None:
        raise Http404
    logo, current = found
    response = HttpResponse(logo, content_type="image/png")
    if version == current:
        patch_cache_control(response, public=True, max_age=365 * 24 * 3600, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=300)
    return response


def theme_file(request, pk: int, version: str, kind: str):
    """A theme's font file or logo, public like the login and survey pages that show them;
    cached as the programme's logo is."""
    found = selectors.theme_file(pk=pk, kind=kind)
    if found is None:
        raise Http404
    data, current = found
    response = HttpResponse(data, content_type="font/woff2" if kind == "font" else "image/png")
    if version == current:
        patch_cache_control(response, public=True, max_age=365 * 24 * 3600, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=300)
    return response


@programme_view("core.view_audit")
def audit_trail(request, programme):
    form = AuditFilterForm(
        request.GET or None,
        members=members_of(programme=programme),
        object_types=selectors.audit_object_types(programme=programme),
    )
    filters = form.cleaned_data if form.is_valid() else {}
    events = selectors.audit_events(programme=programme, filters=filters)
    context = {"programme": programme, "form": form, **paginate(request, events)}
    return render(request, "core/audit_trail.html", context, status=400 if form.errors else 200)


@programme_view("core.manage_settings")
def programme_settings(request, programme):
    pages = navigation.settings_pages_for(request.user, programme)
    return render(request, "core/programme_settings.html", {"programme": programme, "pages": pages})


class PasswordResetConfirm(auth_views.PasswordResetConfirmView):
    """Django's page for choosing a new password through an e-mailed link; the password goes
    through the service, which also lifts the account's login block and writes the trail."""

    def form_valid(self, form):
        user = form.user
        services.password_set(user=user, password=form.cleaned_data["new_password1"], by=user)
        del self.request.session[auth_views.INTERNAL_RESET_SESSION_TOKEN]
        return HttpResponseRedirect(self.get_success_url())
