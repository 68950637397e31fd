"""Accounts move to django-allauth: every existing user keeps logging in (by username or email),
their address becomes an allauth EmailAddress (unverified: reminders wait until they confirm it),
and the shared cache's table (rate limits) is created."""

from django.core.management import call_command
from django.db import migrations


def email_addresses_for_existing_users(apps, schema_editor):
    User = apps.get_model("auth", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    has_address = set(EmailAddress.objects.values_list("user_id", flat=True))
    EmailAddress.objects.bulk_create(
        EmailAddress(user_id=user.pk, email=user.email.lower(), primary=True, verified=False)
        for user in User.objects.exclude(email="").only("pk", "email")
        if user.pk not in has_address
    )


def cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("declines", "0002_archived_label"),
        ("account", "0009_emailaddress_unique_primary_email"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(email_addresses_for_existing_users, migrations.RunPython.noop),
        migrations.RunPython(cache_table, migrations.RunPython.noop),
    ]
