"""Probes, and the production configuration passing Django's deployment checks."""

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from whitenoise.compress import Compressor

from config.settings import database_from_url, env_bool
from tests.factories import make_decline

ROOT = Path(__file__).resolve().parents[2]


def test_healthz_answers_without_the_database(anon_client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = anon_client.get("/healthz")
    assert response.status_code == 200


@pytest.mark.django_db
def test_readyz_checks_the_database(client):
    response = client.get("/readyz")
    assert response.json() == {"database": "ok"}


def test_database_url_parsing():
    config = database_from_url("postgres://postgres:p%40ss@127.0.0.1:5432/politely?sslmode=disable")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["NAME"], config["USER"], config["PASSWORD"]) == ("politely", "postgres", "p@ss")
    assert (config["HOST"], config["PORT"]) == ("127.0.0.1", "5432")
    assert config["OPTIONS"] == {"sslmode": "disable"}
    sqlite = database_from_url("sqlite:////tmp/x.sqlite3")
    assert sqlite["NAME"] == "/tmp/x.sqlite3"
    # Fit for several workers at once: WAL, writers that queue instead of failing.
    assert sqlite["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in sqlite["OPTIONS"]["init_command"]
    assert sqlite["OPTIONS"]["timeout"] >= 5


def run_manage(*args, **env):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "EMAIL_"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        check=False,
    )


PRODUCTION = {
    "DJANGO_SECRET_KEY": "x" * 20 + "-a-long-random-production-secret-for-the-test-only-9f3k2",
    "DJANGO_ALLOWED_HOSTS": "politely.example",
    "SITE_URL": "https://politely.example",
    "DEFAULT_FROM_EMAIL": "Politely <reminders@politely.example>",
}


def test_production_settings_pass_check_deploy():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION, EMAIL_HOST="smtp.example"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_requires_an_smtp_host_in_production():
    result = run_manage("check", "--deploy", **PRODUCTION)
    assert result.returncode != 0
    assert "mail.E001" in result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_check_deploy_warns_about_local_addresses_in_emails():
    env = {**PRODUCTION, "SITE_URL": "http://127.0.0.1:8000", "DEFAULT_FROM_EMAIL": "x@localhost"}
    result = run_manage("check", "--deploy", **env, EMAIL_HOST="smtp.example")
    assert "politely.W001" in result.stderr and "politely.W002" in result.stderr


@pytest.mark.django_db
def test_probes_answer_over_plain_http_when_https_is_enforced(anon_client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert anon_client.get("/healthz").status_code == 200
    assert anon_client.get("/readyz").status_code == 200
    assert anon_client.get("/").status_code == 301


@pytest.mark.parametrize("value", ["1", "true", "Yes", " on ", "0", "false", "NO", "off", ""])
def test_env_bool_reads_the_usual_words(monkeypatch, value):
    monkeypatch.setenv("POLITELY_TEST_FLAG", value)
    assert env_bool("POLITELY_TEST_FLAG") is (value.strip().lower() in {"1", "true", "yes", "on"})


def test_env_bool_keeps_the_default_when_unset(monkeypatch):
    monkeypatch.delenv("POLITELY_TEST_FLAG", raising=False)
    assert env_bool("POLITELY_TEST_FLAG", True) is True


def test_a_mistyped_flag_refuses_to_start():
    result = run_manage("check", DJANGO_DEBUG="ture")
    assert result.returncode != 0
    assert "DJANGO_DEBUG='ture' is neither yes nor no" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    settings = {key: value for key, value in PRODUCTION.items() if key != "DJANGO_ALLOWED_HOSTS"}
    result = run_manage("check", **settings)
    assert result.returncode != 0
    assert "Set DJANGO_ALLOWED_HOSTS" in result.stderr


def test_in_development_site_url_follows_the_port():
    code = "from django.conf import settings; print(settings.SITE_URL)"
    result = run_manage("shell", "-c", code, DJANGO_DEBUG="1", PORT="8001")
    assert result.stdout.strip().splitlines()[-1] == "http://127.0.0.1:8001"


def test_favicon_ico_points_at_the_icon(anon_client):
    response = anon_client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("declines/favicon.svg")


@pytest.mark.django_db
def test_pages_are_compressed_and_the_csrf_token_differs_every_time(client, user):
    decline = make_decline(user)
    url = f"/declines/{decline.pk}/"
    first = client.get(url, headers={"accept-encoding": "gzip"})
    assert first["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in first["Vary"]
    html = gzip.decompress(first.content).decode()
    assert "Your letter to Helen Park" in html
    # BREACH finds no secret repeated across responses: the token is masked anew each time.
    second = client.get(url, headers={"accept-encoding": "gzip"})
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    assert token.search(html)[1] != token.search(gzip.decompress(second.content).decode())[1]
    assert "Content-Encoding" not in client.get(url)  # a client that does not ask gets it plain


def test_static_files_are_precompressed_with_brotli_too():
    assert Compressor(quiet=True).use_brotli  # whitenoise[brotli]: collectstatic writes .br files
