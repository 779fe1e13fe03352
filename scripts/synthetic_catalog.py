#!/usr/bin/env python3
"""Writes a valid errors.toml with N synthetic codes, for benchmarks.

    python3 scripts/synthetic_catalog.py 10000 > /tmp/errors-10000.toml
    python3 scripts/synthetic_catalog.py --languages 4 10000 > /tmp/errors-10000-4.toml

By default the catalog has two languages, zh and en, as it had when the
build-cost figures of 2026-11-27 were taken, so that old and new revisions
compare on the same input; `--languages 4` adds ru and pt-br, the live
catalog's four.

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

# Each language's page and its description of synthetic error {number}.
LANGUAGES = {
    "zh": ("""
[page.zh]
url = "https://docs.example.com/zh/errors"
site_url = "https://docs.example.com/zh"
sidebar_position = 4
heading = "错误描述"
advice_title = "建议："
advice = ["使用高质量的代理。"]
code_label = "API 错误代码："
""", "合成错误 {number}。"),
    "en": ("""
[page.en]
url = "https://docs.example.com/errors"
site_url = "https://docs.example.com"
sidebar_position = 4
heading = "Errors"
advice_title = "Tips:"
advice = ["Use good proxies."]
code_label = "API error code: "
""", "Synthetic error {number}."),
    "ru": ("""
[page.ru]
url = "https://docs.example.com/ru/errors"
site_url = "https://docs.example.com/ru"
sidebar_position = 4
heading = "Ошибки"
advice_title = "Советы:"
advice = ["Используйте хорошие прокси."]
code_label = "Код ошибки API: "
""", "Синтетическая ошибка {number}."),
    "pt-br": ("""
[page.pt-br]
url = "https://docs.example.com/pt-br/errors"
site_url = "https://docs.example.com/pt-br"
sidebar_position = 4
heading = "Erros"
advice_title = "Dicas:"
advice = ["Use bons proxies."]
code_label = "Código de erro da API: "
""", "Erro sintético {number}."),
}


def codes(count, rng):
    seen = set()
    while len(seen) < count:
        words = tuple(rng.choice(WORDS) for _ in range(rng.randint(2, 4)))
        if words not in seen:
            seen.add(words)
            yield "ERROR_" + "_".join(words)


def main():
    args = sys.argv[1:]
    languages = 2
    if args[:1] == ["--languages"]:
        languages = int(args[1])
        args = args[2:]
    if len(args) != 1 or languages not in (2, 4):
        sys.exit("usage: synthetic_catalog.py [--languages 2|4] COUNT")
    count = int(args[0])
    tags = list(LANGUAGES)[:languages]
    rng = random.Random(count)
    listed = ", ".join(f'"{tag}"' for tag in tags)
    out = [f"[catalog]\nlanguages = [{listed}]\n"]
    out += [LANGUAGES[tag][0] for tag in tags]
    retries = ['retry = "never"', 'retry = "same_request"\nretry_after_ms = 2000', 'retry = "new_task"']
    for number, code in enumerate(codes(count, rng)):
        out.append(
            f'\n[[error]]\ncode = "{code}"\ntitle = "SYNTHETIC {number}"\n'
            f"{retries[number % 3]}\n[error.description]\n"
        )
        for tag in tags:
            text = LANGUAGES[tag][1].format(number=number)
            out.append(f'{tag} = "{text}"\n')
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
