"""Liveness and readiness probes for load balancers and orchestrators, and the icon browsers ask
for at /favicon.ico whatever a page declares."""

from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static


def healthz(request):
    """The process answers; deliberately touches nothing else."""
    return HttpResponse("ok", content_type="text/plain")


def readyz(request):
    """Ready when the database answers a trivial query."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any database failure means "not ready"
        return JsonResponse({"database": "unavailable", "error": type(error).__name__}, status=503)
    return JsonResponse({"database": "ok"})


def favicon(request):
    # Resolved per request: with the manifest storage, the name is only known after collectstatic.
    return HttpResponsePermanentRedirect(static("declines/favicon.svg"))
