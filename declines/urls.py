"""URLs of the dashboard and of each decline: its wizard steps, letter, actions and downloads."""

from django.urls import path, register_converter

from . import views


class StepConverter:
    regex = "who|why|tone|help"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class ActionConverter(StepConverter):
    regex = "sent|acknowledged|followed-up|close|reopen"


register_converter(StepConverter, "step")
register_converter(ActionConverter, "action")

app_name = "declines"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("declines/new/", views.decline_new, name="decline_new"),
    path("declines/<int:pk>/", views.decline_detail, name="decline_detail"),
    path("declines/<int:pk>/<step:step>/", views.decline_step, name="decline_step"),
    path("declines/<int:pk>/<action:action>/", views.decline_action, name="decline_action"),
    path("declines/<int:pk>/recompose/", views.decline_recompose, name="decline_recompose"),
    path("declines/<int:pk>/another-wording/", views.decline_variant, name="decline_variant"),
    path(
        "declines/<int:pk>/revisions/<int:revision_pk>/restore/",
        views.revision_restore,
        name="revision_restore",
    ),
    path("declines/<int:pk>/letter.txt", views.letter_txt, name="letter_txt"),
    path("declines/<int:pk>/letter.eml", views.letter_eml, name="letter_eml"),
    path("declines/<int:pk>/follow-up.eml", views.follow_up_eml, name="follow_up_eml"),
    path("declines/<int:pk>/review.json", views.decline_review, name="decline_review"),
    path("declines/<int:pk>/reminders.ics", views.reminders_ics, name="reminders_ics"),
]
