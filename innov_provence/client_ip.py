"""The address a request comes from, as the contact form's rate limit and the admin's login lockout
(django-axes, `AXES_CLIENT_IP_CALLABLE`) count it.

`REMOTE_ADDR` is the direct peer. Behind the TLS proxy the README describes, that peer is the proxy for every
visitor: they would all share one contact limit, and five wrong passwords from anyone would lock a staff
account for everyone. Each proxy appends the address it received the request from to `X-Forwarded-For`, so
with `TRUSTED_PROXY_COUNT` = N proxies of our own in front of the app, the N-th address from the right is the
one our outermost proxy saw. Everything further left was sent by the client and may be forged: it is never
read. With N = 0 (the default: the app is reached directly), the header is ignored altogether. With N > 0 the
app must be reachable only through those proxies: a client that reached it directly would write the address
it is counted by.

When the header holds fewer than N addresses, or not an address where ours should be, the request did not
come through our proxies as configured: `REMOTE_ADDR` is used, so a forged header can never buy a fresh count.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The client's address (normalised when read from the header), or None when the request has none."""
    peer = request.META.get("REMOTE_ADDR") or None
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return peer
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < proxies:
        return peer
    try:
        return str(ipaddress.ip_address(forwarded[-proxies]))
    except ValueError:
        return peer
