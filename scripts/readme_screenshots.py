"""Screenshots of the demo for the README: starts the demo server, logs in, saves PNGs.

Run: .venv/bin/python scripts/readme_screenshots.py   (needs Debian's chromium)
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PAGES = {
    "programme-home": "/p/brinkeveld-onder-de-loep/",
    "goals-book": "/p/brinkeveld-onder-de-loep/doelen/",
    "action-book": "/p/brinkeveld-onder-de-loep/acties/",
    "goal-coverage": "/p/brinkeveld-onder-de-loep/acties/dekking/",
    "survey-results": "/p/brinkeveld-onder-de-loep/peilingen/metingen/2/resultaten/?naar=geslacht",
    "survey-charts": "/p/brinkeveld-onder-de-loep/peilingen/metingen/2/resultaten/",
    "prevention-capacity": "/p/brinkeveld-onder-de-loep/peilingen/metingen/4/resultaten/",
    "survey-builder": "/p/brinkeveld-onder-de-loep/peilingen/1/#pagina-1",
    "goal-with-survey-results": "/p/brinkeveld-onder-de-loep/doelen/41/#goal-surveys",
}


def main() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "SAMENSPEL_DATA_DIR": tempfile.mkdtemp(), "SAMENSPEL_DEBUG": "false"}
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "samenspel", "demo", "--addr", f"127.0.0.1:{port}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _attempt in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                headless=True,
                args=[
                    "--no-sandbox",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ],
            )
            page = browser.new_page(
                base_url=f"http://127.0.0.1:{port}",
                locale="nl-NL",
                viewport={"width": 1280, "height": 900},
            )
            page.goto("/inloggen/")
            page.get_by_label("Gebruikersnaam").fill("demo")
            page.get_by_label("Wachtwoord").fill("samenspel-demo")
            page.get_by_role("button", name="Inloggen").click()
            page.wait_for_load_state()
            for name, path in PAGES.items():
                page.goto(path)
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=False)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"Screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
