"""Take the README's picture of the review tool (docs/review.png) on the seed articles.

    python tools/screenshot_review.py [--out docs/review.png]

Writes the review page of ``seeds/`` (``sinorus-facts review seeds``), opens it in
Debian's headless Chromium through Selenium and chromedriver (nothing downloaded), goes
through a few claims with the keys a reviewer uses (accept, and on to the next), and
saves the window as a PNG. Needs the ``[test]`` extra and ``apt-get install chromium
chromium-driver``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "review.png"))
    parser.add_argument("--size", default="1600,940", help="the window, WIDTH,HEIGHT")
    args = parser.parse_args(argv)

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains

    from sinorus_facts.cli.commands import main as cli

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if browser is None or driver_path is None:
        print("needs chromium and chromedriver: apt-get install chromium chromium-driver")
        return 2
    os.environ.setdefault("SE_OFFLINE", "true")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "seeds-review.html"
        if cli(["review", str(ROOT / "seeds"), "--html", str(page), "-q"]) != 0:
            return 1
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for argument in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--window-size={args.size}",
            f"--user-data-dir={folder}/profile",
        ):
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            driver.set_window_size(*(int(n) for n in args.size.split(",")))
            driver.get(page.as_uri())
            # a reviewer at work: three claims accepted, the fourth open with the evidence
            # of its fields marked in the text
            for key in "aaa":
                ActionChains(driver).send_keys(key).perform()
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(args.out)
        finally:
            driver.quit()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
