"""Several app servers share their log-in rate limits through Redis when CACHE_URL names it: the
counters one server writes are there for every other server to read."""

from __future__ import annotations

import os
import uuid

import pytest
from django.core.cache import cache

from config.settings import cache_from_url
from tests.factories import PASSWORD

redis = pytest.importorskip("redis", reason="the redis extra: pip install -e '.[redis]'")

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_redis(settings):
    server = redis.Redis.from_url(REDIS_URL)
    try:
        server.ping()
    except redis.ConnectionError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"no Redis at {REDIS_URL} (start one, or set TEST_REDIS_URL)")
    # Keys of this test only (a prefix of its own), so a Redis in use keeps what it holds.
    prefix = f"politely-test-{uuid.uuid4().hex}"
    settings.CACHES = {"default": {**cache_from_url(REDIS_URL), "KEY_PREFIX": prefix}}
    yield server, prefix
    for key in server.scan_iter(f"{prefix}:*"):
        server.delete(key)


def test_cache_url_names_djangos_redis_cache():
    assert cache_from_url("redis://cache.internal:6379/0") == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.internal:6379/0",
    }


def test_failed_log_ins_are_counted_in_redis_for_every_server(shared_redis, anon_client, user):
    for _ in range(5):
        anon_client.post("/accounts/login/", {"login": user.email, "password": "wrong"})
    # What another server would see: the counters are in Redis itself, not in this process.
    server, prefix = shared_redis
    assert any(b"login_failed" in key for key in server.scan_iter(f"{prefix}:*"))
    # A fresh connection to the cache (another worker) refuses even the right password.
    cache.close()
    response = anon_client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert "Too many attempts to log in" in response.content.decode()
    assert "_auth_user_id" not in anon_client.session
