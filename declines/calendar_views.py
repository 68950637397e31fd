"""The reminders download: a decline's send-by and follow-up moments as an .ics file.

Kept apart from views.py so it can be wired as `/declines/<id>/reminders.ics` without touching the
wizard and letter views.
"""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.utils.text import slugify

from . import selectors, services
from .calendar import reminders_ics


@login_required
def reminders_ics_view(request, pk: int) -> HttpResponse:
    decline = selectors.decline_get(owner=request.user, pk=pk)
    profile = services.profile_for(request.user)
    content = reminders_ics(decline, profile, site_url=settings.SITE_URL)
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    filename = f"reminders-{slugify(decline.company) or decline.pk}.ics"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
