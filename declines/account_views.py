"""Sign-up and the settings page; log in, log out and password change are Django's own views."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from . import services
from .forms import ProfileForm, SignupForm


def signup(request):
    if request.user.is_authenticated:
        return redirect("declines:dashboard")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.user_create(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
            display_name=form.cleaned_data["display_name"],
            tz=form.cleaned_data["timezone"],
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, "Welcome to Politely. Whenever you're ready, start your first decline."
        )
        return redirect("declines:dashboard")
    return render(request, "registration/signup.html", {"form": form})


@login_required
def settings_view(request):
    profile = services.profile_for(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        services.profile_update(profile=profile, values=form.cleaned_data)
        messages.success(request, "Settings saved.")
        return redirect("settings")
    return render(request, "registration/settings.html", {"form": form})
