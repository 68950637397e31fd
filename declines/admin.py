from django.contrib import admin

from .models import Decline, LetterRevision, NudgeLog, Profile


class LetterRevisionInline(admin.TabularInline):
    model = LetterRevision
    extra = 0
    fields = ["source", "subject", "created_at"]
    readonly_fields = ["source", "subject", "created_at"]


@admin.register(Decline)
class DeclineAdmin(admin.ModelAdmin):
    list_display = [
        "company",
        "role",
        "recipient_name",
        "owner",
        "status",
        "interview_date",
        "updated_at",
    ]
    list_filter = ["status", "tone", "reason"]
    search_fields = ["company", "role", "recipient_name", "owner__username"]
    list_select_related = ["owner"]
    raw_id_fields = ["owner"]
    inlines = [LetterRevisionInline]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "display_name", "timezone", "follow_up_days", "email_reminders"]
    search_fields = ["user__username", "display_name"]
    list_select_related = ["user"]


@admin.register(LetterRevision)
class LetterRevisionAdmin(admin.ModelAdmin):
    list_display = ["decline", "source", "created_at"]
    list_select_related = ["decline"]
    raw_id_fields = ["decline"]


@admin.register(NudgeLog)
class NudgeLogAdmin(admin.ModelAdmin):
    list_display = ["decline", "kind", "state", "claimed_at", "sent_at"]
    list_filter = ["kind", "state"]
    raw_id_fields = ["decline"]
