"""A pytest plugin (loaded by `-p config.testenv` in pyproject.toml) that runs the suite in development
mode. It must set the environment before pytest-django imports the settings, which a conftest is too late
for. Production mode is exercised separately by a `check --deploy` test in a subprocess."""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")
