"""The settings page. Sign-up, log-in, log-out, email and password pages are django-allauth's,
shown in Politely's templates (templates/account/, templates/allauth/)."""

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from . import services
from .account_forms import ProfileForm


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
