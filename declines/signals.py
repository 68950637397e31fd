"""What happens when someone logs in or signs up: the drafts they wrote in this browser as a
visitor become their account's. Connected in DeclinesConfig.ready."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from . import services
from .owners import VISITOR_SESSION_KEY


@receiver(user_logged_in, dispatch_uid="declines.claim_visitor_drafts")
def claim_visitor_drafts(sender, request, user, **kwargs) -> None:
    # Django's login() keeps the session's data when it changes the session key, so the token
    # written while the person was a visitor is still here.
    if request is None or not hasattr(request, "session"):
        return
    visitor = request.session.pop(VISITOR_SESSION_KEY, "")
    moved = services.visitor_claim(visitor=visitor, user=user)
    if moved:
        messages.success(
            request,
            f"Your {'letter is' if moved == 1 else f'{moved} letters are'} saved in your account.",
        )
