"""How allauth speaks and behaves in Politely: its messages in Politely's voice."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": (
            "Too many attempts to log in with that address. To keep your account safe, please "
            "wait five minutes and try again, or reset your password below."
        ),
        "email_password_mismatch": "That email address and password don't match an account.",
        "username_password_mismatch": "That username and password don't match an account.",
        "email_taken": "An account already uses this email address. Try logging in instead.",
    }
