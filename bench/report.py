"""Helpers of bench/run.sh: a page's first-load weight, and the results table from wrk outputs.

python bench/report.py weight http://127.0.0.1:8765 /offres/   # bytes transferred on a first visit
python bench/report.py table bench/results/<run>               # the Markdown table of docs/performance.md
"""

from __future__ import annotations

import gzip
import re
import sys
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

PAGES = [
    "healthz",
    "home",
    "offres",
    "resultats",
    "offre",
    "technopole",
    "financements",
    "hebergement",
    "acteurs",
    "accessibilite",
]
# The targets of issue #8.
MIN_RATIO_TO_HEALTHZ = 1 / 3
MAX_GROWTH = 1.5
MAX_FIRST_LOAD_BYTES = 150 * 1000
MAX_WORKER_RSS_KB = 200 * 1024


class _Assets(HTMLParser):
    """The static files a browser fetches on a first visit: stylesheets (print too), scripts, icons."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and attributes.get("src"):
            self.urls.append(attributes["src"])
        elif tag == "link" and attributes.get("href"):
            rel = (attributes.get("rel") or "").split()
            if "stylesheet" in rel or "icon" in rel:
                self.urls.append(attributes["href"])


def _fetch(url: str) -> tuple[int, bytes]:
    """Bytes on the wire (gzip accepted, as browsers do), and the decoded body."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 — our own loopback server
        raw = response.read()
        body = gzip.decompress(raw) if response.headers.get("Content-Encoding") == "gzip" else raw
    return len(raw), body


def first_load_bytes(base: str, path: str) -> int:
    size, body = _fetch(base + path)
    assets = _Assets()
    assets.feed(body.decode("utf-8", errors="replace"))
    for url in dict.fromkeys(assets.urls):
        size += _fetch(url if url.startswith("http") else base + url)[0]
    return size


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def parse_wrk(text: str) -> dict[str, float]:
    """Requests per second and latency percentiles (in ms) from `wrk --latency` output."""
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))}
    for percentile in ("50", "90", "99"):
        match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", text, re.MULTILINE)
        result[f"p{percentile}"] = float(match.group(1)) * _UNITS[match.group(2)]
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    timeouts = re.search(r"Socket errors:.*timeout (\d+)", text)
    result["errors"] = (int(errors.group(1)) if errors else 0) + (int(timeouts.group(1)) if timeouts else 0)
    return result


def _read(path: Path) -> str | None:
    return path.read_text().strip() if path.exists() else None


def table(directory: Path) -> str:
    sizes = sorted({int(p.name.split("-", 1)[0]) for p in directory.glob("*-*.status")})
    if not sizes:
        return "no results in " + str(directory)
    small, large = sizes[0], sizes[-1]
    runs = {
        (n, page): parse_wrk(text)
        for n in sizes
        for page in PAGES
        if (text := _read(directory / f"{n}-{page}.wrk"))
    }
    healthz = runs.get((large, "healthz"), {}).get("rps")
    head = ["page", *(f"req/s {n:,}" for n in sizes), f"p50 / p99 ms at {large:,}"]
    head += ["× /healthz", f"{small:,}→{large:,}", "first load"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for page in PAGES:
        status = _read(directory / f"{large}-{page}.status")
        if status is None:
            continue
        path = _read(directory / f"{large}-{page}.path")
        label = f"`{path}`" if len(path) < 40 else f"`{path[:37]}…`"
        if (large, page) not in runs:
            lines.append(f"| {label} | not built yet (HTTP {status}) |" + " |" * (len(head) - 2))
            continue
        cells = [f"{runs[n, page]['rps']:,.0f}" if (n, page) in runs else "–" for n in sizes]
        big = runs[large, page]
        cells.append(f"{big['p50']:.1f} / {big['p99']:.1f}")
        ratio = big["rps"] / healthz if healthz else None
        cells.append(_check(f"{ratio:.2f}", ratio >= MIN_RATIO_TO_HEALTHZ) if ratio else "–")
        if (small, page) in runs and small != large:
            growth = runs[small, page]["rps"] / big["rps"]
            cells.append(_check(f"{growth:.2f}×", growth <= MAX_GROWTH))
        else:
            cells.append("–")
        weight = _read(directory / f"{large}-{page}.weight")
        cells.append(
            _check(f"{int(weight) / 1000:.1f} kB", int(weight) <= MAX_FIRST_LOAD_BYTES) if weight else "–"
        )
        if big["errors"]:
            cells[-1] += f" ({big['errors']} errors or time-outs!)"
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append("")
    for n in sizes:
        rss = [int(v) for v in (_read(directory / f"{n}-rss-kb") or "").split()]
        if rss:
            worst = max(rss)
            lines.append(
                f"- worker RSS at {n:,} offers: "
                + ", ".join(f"{v / 1024:.0f} MB" for v in rss)
                + (" ✓" if worst <= MAX_WORKER_RSS_KB else " ✗ (target < 200 MB)")
            )
    return "\n".join(lines)


def _check(text: str, ok: bool) -> str:
    return f"{text} ✓" if ok else f"{text} ✗"


def main(argv: list[str]) -> None:
    if argv[:1] == ["weight"] and len(argv) == 3:
        print(first_load_bytes(argv[1], argv[2]))
    elif argv[:1] == ["table"] and len(argv) == 2:
        print(table(Path(argv[1])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
