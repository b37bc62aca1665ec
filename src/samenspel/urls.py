from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from samenspel.core.forms import StyledFormMixin


class LoginForm(StyledFormMixin, auth_views.AuthenticationForm):
    pass


urlpatterns = [
    path("inloggen/", auth_views.LoginView.as_view(form_class=LoginForm), name="login"),
    path("", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", admin.site.urls),
    path("", include("samenspel.core.urls")),
    path("", include("samenspel.goals.urls")),
    path("", include("samenspel.stakeholders.urls")),
]
