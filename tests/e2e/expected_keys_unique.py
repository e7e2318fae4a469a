#!/usr/bin/env python3
"""expected_keys_unique.py CASES_DIR

docs/behaviour.md §11.1 and §11.2 over the whole e2e suite: no file an e2e
case expects the tool to write (CASES_DIR/*/expected/**) holds a duplicate
key, and none that parsed as input fails to parse as output. Checked:
  YAML   PyYAML with duplicate mapping keys rejected (tests/e2e/lib/
         no_duplicate_keys.py), and env lists (the list under an `env:`,
         `environment:`, ... key) naming one variable twice, as items
         `- name: X` or `- X=value`; a Helm template, which no YAML parser
         reads, is read with each `{{ ... }}` action blanked out (a line
         holding only actions is dropped, an action inside a line becomes a
         scalar)
  JSON, .ipynb   duplicate object keys rejected
  .env*  a variable assigned twice
  TOML   tomllib (rejects a key defined twice, dotted keys included)
A file whose input (CASES_DIR/<case>/input/<same path>) already had the
same problem is a hostile fixture and is left out. Before the scan, the
checker runs on a doctored tree holding one broken file of each format and
fails unless it catches every one, so it cannot pass by reading nothing.
Exit 0 when all is well, 1 with one line per bad file otherwise."""
import os
import re
import sys
import tempfile
import tomllib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import no_duplicate_keys  # noqa: E402
import yaml  # noqa: E402

ACTION = re.compile(r"\{\{.*?\}\}")


def kind(path):
    if path.endswith(".toml"):
        return "toml"
    return no_duplicate_keys.kind(path)


def untemplated(text):
    """The text of a Helm template with its actions blanked out."""
    out = []
    for line in text.splitlines():
        bare = ACTION.sub("", line)
        if "{{" in line and not bare.strip():
            continue  # a line of actions only: {{- if … }}, {{ toYaml … | nindent 8 }}
        out.append(ACTION.sub("TEMPLATE", line))
    return "\n".join(out) + "\n"


def problem(path):
    """None when fine, else ("dup" | "invalid", message)."""
    k = kind(path)
    if k == "toml":
        try:
            with open(path, "rb") as f:
                tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            return ("invalid", str(e))
        except UnicodeDecodeError:
            return None
        return None
    r = no_duplicate_keys.check(path)
    if r and r[0] == "invalid" and k == "yaml":
        with open(path, "rb") as f:
            text = f.read().decode("utf-8-sig", errors="replace")
        if "{{" in text:
            try:
                docs = list(yaml.load_all(untemplated(text), Loader=no_duplicate_keys.UniqueKeyLoader))
                name = no_duplicate_keys.env_list_duplicate(docs)
                return ("dup", f"(template) env list names {name} twice") if name else None
            except yaml.constructor.ConstructorError as e:
                if "duplicate key" in str(e):
                    return ("dup", "(template) " + str(e).replace("\n", " "))
                return r
            except yaml.YAMLError:
                return r
    return r


def scan(cases_dir):
    bad = []
    checked = 0
    for case in sorted(os.listdir(cases_dir)):
        expected = os.path.join(cases_dir, case, "expected")
        if not os.path.isdir(expected):
            continue
        for root, dirs, files in os.walk(expected):
            dirs[:] = [d for d in dirs if d != ".git"]
            for name in sorted(files):
                path = os.path.join(root, name)
                if os.path.islink(path) or not kind(path):
                    continue
                checked += 1
                p = problem(path)
                if not p:
                    continue
                rel = os.path.relpath(path, expected)
                before = os.path.join(cases_dir, case, "input", rel)
                if os.path.isfile(before) and not os.path.islink(before):
                    q = problem(before)
                    if q and (q[0] == p[0] or q[0] == "invalid"):
                        continue  # the input was already like this
                bad.append(f"{case}/expected/{rel}: {p[0]}: {p[1]}")
    return checked, bad


DOCTORED = {
    "compose.yaml": "services:\n  app:\n    environment:\n      HOLYSHEEP_API_KEY: a\n      HOLYSHEEP_API_KEY: a\n",
    "charts/x/templates/deployment.yaml": (
        "spec:\n  template:\n    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n"
        "          env:\n            {{- if .Values.x }}\n            HOLYSHEEP_API_KEY: a\n"
        "            {{- end }}\n            HOLYSHEEP_API_KEY: {{ .Values.key }}\n"
    ),
    "k8s/deployment.yaml": (
        "spec:\n  containers:\n    - name: app\n      env:\n        - name: HOLYSHEEP_API_KEY\n"
        "          value: a\n        - name: HOLYSHEEP_API_KEY\n          value: a\n"
    ),
    "charts/y/templates/deployment.yaml": (
        "env:\n  - name: HOLYSHEEP_API_KEY\n    value: {{ .Values.a }}\n  {{- if .Values.b }}\n"
        "  - name: HOLYSHEEP_API_KEY\n    value: {{ .Values.b }}\n  {{- end }}\n"
    ),
    "docker-compose.yml": "services:\n  app:\n    environment:\n      - HOLYSHEEP_API_KEY=a\n      - HOLYSHEEP_API_KEY=b\n",
    "package.json": '{"env": {"HOLYSHEEP_API_KEY": "a", "HOLYSHEEP_API_KEY": "b"}}\n',
    "nb.ipynb": '{"cells": [], "metadata": {}, "metadata": {}}\n',
    ".env.example": "HOLYSHEEP_API_KEY=a\nHOLYSHEEP_API_KEY=b\n",
    "fly.toml": '[env]\nHOLYSHEEP_API_KEY = "a"\nHOLYSHEEP_API_KEY = "a"\n',
    "dotted.toml": 'env.HOLYSHEEP_API_KEY = "a"\nenv.HOLYSHEEP_API_KEY = "a"\n',
}


def self_test():
    """The checker must fail a tree that holds one bad file of each format."""
    with tempfile.TemporaryDirectory() as tmp:
        for rel, text in DOCTORED.items():
            path = os.path.join(tmp, "doctored", "expected", rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        checked, bad = scan(tmp)
        missed = [rel for rel in DOCTORED if not any(f"/expected/{rel}:" in b for b in bad)]
        if checked != len(DOCTORED) or missed:
            print(f"self-test: the checker read {checked} of {len(DOCTORED)} doctored files and "
                  f"missed {missed}")
            return False
    return True


def main(argv):
    if len(argv) != 1:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    if not self_test():
        return 1
    checked, bad = scan(argv[0])
    for b in bad:
        print(b)
    print(f"{checked} expected files checked, {len(bad)} with a duplicate key or broken syntax")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
