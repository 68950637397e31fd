"""Show every time in the signed-in user's own time zone."""

import zoneinfo

from django.utils import timezone


class UserTimezoneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = self._zone(request)
        if zone:
            timezone.activate(zone)
        else:
            timezone.deactivate()
        return self.get_response(request)

    @staticmethod
    def _zone(request):
        user = getattr(request, "user", None)
        if not (user and user.is_authenticated):
            return None
        profile = getattr(user, "profile", None) if hasattr(user, "profile") else None
        try:
            return zoneinfo.ZoneInfo(profile.timezone) if profile else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None
