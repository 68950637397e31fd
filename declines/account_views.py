"""The settings page, the downloads of the account's data and the deletion of the account.
Sign-up, log-in, log-out, email and password pages are django-allauth's, shown in Politely's
templates (templates/account/, templates/allauth/)."""

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from . import data_export, services
from .account_forms import AccountDeleteForm, ProfileForm


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def settings_view(request):
    profile = services.profile_for(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        services.profile_update(profile=profile, values=form.cleaned_data)
        messages.success(request, "Settings saved.")
        return redirect("settings")
    email = EmailAddress.objects.get_primary(request.user)
    return render(request, "account/settings.html", {"form": form, "email": email})


def _attachment(content: bytes, *, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"  # personal data: never kept by a shared cache
    return response


@login_required
@require_GET
def data_download(request):
    """Everything Politely keeps about the account, as one JSON file."""
    now = timezone.now()
    data = data_export.export_data(user=request.user, now=now)
    return _attachment(
        data_export.export_json(data),
        filename=data_export.export_filename("json", kind="data", now=now),
        content_type="application/json",
    )


@login_required
@require_GET
def letters_download(request):
    """The same JSON, and each decline's letter as a draft to open in a mail client, zipped."""
    now = timezone.now()
    return _attachment(
        data_export.export_zip(user=request.user, now=now),
        filename=data_export.export_filename("zip", kind="letters", now=now),
        content_type="application/zip",
    )


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    """GET asks; only a POST with the password (or, without one, the email address) deletes."""
    address = EmailAddress.objects.get_primary(request.user)
    email = address.email if address else request.user.email
    form = AccountDeleteForm(request.POST or None, request=request, email=email)
    if request.method == "POST" and form.is_valid():
        services.account_delete(user=request.user)
        logout(request)
        messages.success(request, "Your account and all your data have been deleted. Thank you.")
        return redirect("declines:dashboard")
    return render(request, "account/delete.html", {"form": form, "email": email})
