"""Liveness and readiness probes for load balancers and orchestrators."""

from django.db import connection
from django.http import HttpResponse, JsonResponse


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
