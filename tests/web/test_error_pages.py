"""Error pages in Politely's own look, each with a way back; the CSRF one says what happened."""

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertTemplateUsed

from tests.factories import make_decline

pytestmark = pytest.mark.django_db


def test_a_missing_page_is_politelys_404_with_a_way_back(anon_client):
    response = anon_client.get("/no-such-page/")
    assertContains(response, "Page not found", status_code=404)
    assertContains(response, "Go to Politely", status_code=404)


def test_a_form_whose_csrf_token_cannot_be_checked_explains_itself(user):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    decline = make_decline(user)
    response = browser.post(reverse("declines:decline_action", args=[decline.pk, "sent"]))
    assertContains(response, "Please try that again", status_code=403)
    assertContains(response, "reload the page", status_code=403)
    assertTemplateUsed(response, "403_csrf.html")


@pytest.mark.parametrize("template", ["400.html", "403.html", "500.html"])
def test_the_other_error_pages_render_without_a_request(template):
    # Django draws 500.html with an empty context: the page must not need a request or a user.
    from django.template.loader import get_template

    html = get_template(template).render({})
    assert "Go to Politely" in html and "Politely" in html


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
@pytest.mark.parametrize("url", ["/", "/declines/new/", "/accounts/settings/"])
def test_pages_answer_405_to_methods_they_do_not_serve(client, method, url):
    assert getattr(client, method)(url).status_code == 405


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_a_decline_page_answers_405_but_another_owners_id_is_still_404(
    client, user, other_user, method
):
    mine, theirs = make_decline(user), make_decline(other_user)
    assert getattr(client, method)(f"/declines/{mine.pk}/").status_code == 405
    assert getattr(client, method)(f"/declines/{theirs.pk}/").status_code == 404
    assert getattr(client, method)(f"/declines/{mine.pk}/letter.txt").status_code == 405
