import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspel.conf.dev")

from samenspel.core.handlers import make_application  # noqa: E402

application = make_application()
