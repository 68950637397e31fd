"""Shared fixtures: a user with a profile, a signed-in client, and another user to probe with."""

import os

import pytest
from hypothesis import settings as hypothesis_settings

from tests.factories import make_user


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite, test in a file, as production runs (WAL, busy timeout), not in :memory:, where
    the connections of several threads share a cache and its table locks instead of the file's."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        folder = tmp_path_factory.mktemp("database")
        database.setdefault("TEST", {})["NAME"] = str(folder / "test_politely.sqlite3")


@pytest.fixture
def user(db):
    return make_user("ada", display_name="Ada Lovelace")


@pytest.fixture
def other_user(db):
    return make_user("mallory")


@pytest.fixture
def client(client, user):
    """The default client, signed in as `user`."""
    client.force_login(user)
    return client


@pytest.fixture
def anon_client(db):
    from django.test import Client

    return Client()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashing is slow by design; the suite only needs it to work."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# CI explores the same examples on every run, so a red build always reproduces; laptops explore new
# ones each time.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI") == "true":
    hypothesis_settings.load_profile("ci")
