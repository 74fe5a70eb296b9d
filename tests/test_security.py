"""Production hardening: deploy checks, security headers, CSP, sanitised rich text, body size limit."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.template import Context, Template

from offers.templatetags.rich_text import sanitise

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_SECRET = "prod-like-secret-" + "k3y-" * 12  # 65 characters, none of them the dev key


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # A clean environment: only what production would set, not pytest-env's test values.
    base = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=base | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_is_clean_in_production_settings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=PRODUCTION_SECRET,
        DJANGO_ALLOWED_HOSTS="innov-provence.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_strong_secret():
    result = manage("check", DJANGO_SECRET_KEY="short", DJANGO_ALLOWED_HOSTS="innov-provence.example")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_pages_carry_the_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "geolocation=()" in response.headers["Permissions-Policy"]
    assert "camera=()" in response.headers["Permissions-Policy"]


@pytest.mark.django_db
def test_https_settings_apply_behind_the_proxy(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/accessibilite/").status_code == 301  # plain HTTP is sent to HTTPS
    response = client.get("/accessibilite/", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert client.get("/healthz").status_code == 200  # the load balancer probes in plain HTTP


@pytest.mark.django_db
def test_error_pages_carry_the_security_headers_too(client):
    response = client.get("/page-qui-n-existe-pas/")
    assert response.status_code == 404
    assert "Content-Security-Policy" in response.headers
    assert "Permissions-Policy" in response.headers


@pytest.mark.django_db
def test_pages_have_no_inline_script_or_style(client):
    body = client.get("/").content.decode()
    assert "<script>" not in body and "<style" not in body and "style=" not in body
    assert not re.search(r"\son[a-z]+=", body), "an inline event handler"
    assert '"includeIndicatorStyles": false' in body  # htmx would otherwise inject a <style> element


def test_rich_text_strips_scripts_and_event_handlers():
    dirty = (
        '<p onclick="steal()">Bonjour <img src=x onerror="alert(1)"><script>alert(1)</script>'
        '<a href="javascript:alert(1)">piège</a> <a href="https://example.org" target="_blank">site</a>'
        '<span style="color:red">rouge</span></p>'
    )
    clean = sanitise(dirty)
    assert "<script" not in clean and "alert(1)" not in clean
    assert "onerror" not in clean and "onclick" not in clean and "style=" not in clean
    assert "javascript:" not in clean and "<img" not in clean
    assert '<a href="https://example.org" rel="noopener noreferrer">site</a>' in clean
    assert "Bonjour" in clean and "rouge" in clean


def test_rich_text_keeps_allowed_formatting():
    html = (
        "<p>Un <strong>prêt</strong> <em>sans</em> garantie :</p><ul><li>rapide</li></ul><ol><li>un</li></ol>"
    )
    assert sanitise(html) == html


def test_rich_text_turns_plain_text_into_escaped_paragraphs():
    assert (
        sanitise("Ligne 1\nligne 2\n\nPara 2 & <b")
        == "<p>Ligne 1<br>ligne 2</p>\n\n<p>Para 2 &amp; &lt;b</p>"
    )


def test_rich_text_filter_renders_in_templates():
    template = Template("{% load rich_text %}{{ text|rich_text }}|{{ empty|rich_text }}")
    rendered = template.render(Context({"text": "<script>x()</script><em>ok</em>", "empty": None}))
    assert rendered == "<p><em>ok</em></p>|"


@pytest.mark.django_db
def test_a_body_over_one_megabyte_is_refused_not_crashed(client, settings):
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == 1024 * 1024
    # The admin login reads its form body: 2 MB of fields is a 400, not a 500.
    body = "username=a&password=" + "a" * (2 * 1024 * 1024)
    response = client.post("/admin/login/", data=body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "Requête invalide" in response.content.decode()


@pytest.mark.django_db
def test_pages_are_sent_compressed_to_browsers_that_accept_it(client):
    response = client.get("/offres/", headers={"accept-encoding": "gzip, deflate, br"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
