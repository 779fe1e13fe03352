#!/usr/bin/env python3
"""Writes a valid errors.toml with N synthetic codes, for benchmarks.

    python3 scripts/synthetic_catalog.py 10000 > /tmp/errors-10000.toml

Codes look like the API's (ERROR_ and two to four words, 10 to 40 bytes),
are distinct, and so are their Rust names. The same N always gives the same
file.
"""

import random
import sys

WORDS = """
ACCOUNT ADDRESS BALANCE BANNED BIG CAPTCHA CONNECT DOMAIN EMPTY EXPIRED
FAILED FILE FORMAT FREE IMAGE INVALID KEY LIMIT METHOD MISSING NOT PROXY
QUEUE READY REFUSED REQUEST SERVER SITEKEY SLOT SOLVED TASK TIMEOUT TOKEN
TOO TYPE UNKNOWN USERAGENT WRONG ZERO ALLOWED AUTH BLOCKED DATA ERROR
""".split()

PAGES = """
[page.zh]
url = "https://docs.example.com/zh/errors"
site_url = "https://docs.example.com/zh"
sidebar_position = 4
heading = "错误描述"
advice_title = "建议："
advice = ["使用高质量的代理。"]
code_label = "API 错误代码："

[page.en]
url = "https://docs.example.com/errors"
site_url = "https://docs.example.com"
sidebar_position = 4
heading = "Errors"
advice_title = "Tips:"
advice = ["Use good proxies."]
code_label = "API error code: "
"""


def codes(count, rng):
    seen = set()
    while len(seen) < count:
        words = tuple(rng.choice(WORDS) for _ in range(rng.randint(2, 4)))
        if words not in seen:
            seen.add(words)
            yield "ERROR_" + "_".join(words)


def main():
    count = int(sys.argv[1])
    rng = random.Random(count)
    out = ['[catalog]\nlanguages = ["zh", "en"]\n', PAGES]
    retries = ['retry = "never"', 'retry = "same_request"\nretry_after_ms = 2000', 'retry = "new_task"']
    for number, code in enumerate(codes(count, rng)):
        out.append(
            f'\n[[error]]\ncode = "{code}"\ntitle = "SYNTHETIC {number}"\n'
            f"{retries[number % 3]}\n[error.description]\n"
            f'zh = "合成错误 {number}。"\nen = "Synthetic error {number}."\n'
        )
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
