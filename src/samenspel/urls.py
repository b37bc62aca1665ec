from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.core.validators import MaxLengthValidator
from django.urls import include, path, re_path, register_converter

from samenspel.core import views as core_views
from samenspel.core.forms import StyledFormMixin
from samenspel.core.ids import IdConverter, TokenConverter

# Before the apps' address lists are read: they use <id:pk> and <token:token>.
register_converter(IdConverter, "id")
register_converter(TokenConverter, "token")


class LoginForm(StyledFormMixin, AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Django sets the field's max_length after making it, so that nothing checks it: a
        # name longer than any account's is refused here, before a failed login is recorded.
        field = self.fields["username"]
        field.validators.append(MaxLengthValidator(field.max_length))


class ResetForm(StyledFormMixin, PasswordResetForm):
    pass


class NewPasswordForm(StyledFormMixin, SetPasswordForm):
    pass


urlpatterns = [
    # First, as a survey's public pages take the most requests; the lookahead lets every
    # other address pass without trying the survey patterns one by one.
    re_path(r"^(?=s/|p/[-\w]+/peilingen/)", include("samenspel.surveys.urls")),
    path(
        "password_reset/",
        auth_views.PasswordResetView.as_view(
            form_class=ResetForm,
            email_template_name="registration/password_reset_email.txt",
            subject_template_name="registration/password_reset_subject.txt",
        ),
        name="password_reset",
    ),
    path(
        "reset/<uidb64>/<token>/",
        core_views.PasswordResetConfirm.as_view(form_class=NewPasswordForm),
        name="password_reset_confirm",
    ),
    path("", include("django.contrib.auth.urls")),
    # After Django's own: of two patterns with one name, reverse() takes the last, so that
    # LOGIN_URL and {% url 'login' %} lead here rather than to Django's unstyled /login/.
    path("inloggen/", auth_views.LoginView.as_view(form_class=LoginForm), name="login"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", admin.site.urls),
    path("", include("samenspel.core.urls")),
    path("", include("samenspel.goals.urls")),
    path("", include("samenspel.stakeholders.urls")),
    path("", include("samenspel.meetings.urls")),
    path("", include("samenspel.actions.urls")),
    path("", include("samenspel.monitoring.urls")),
    path("", include("samenspel.reports.urls")),
    path("", include("samenspel.public.urls")),
]
