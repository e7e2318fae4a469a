#!/usr/bin/env python3
"""Parses each named file (or every YAML/JSON/.ipynb/.env file under the
current folder when none is named) and fails when one holds a duplicate key:
YAML through PyYAML with a loader that rejects duplicate mapping keys (and
env lists — the list under an `env:`/`environment:`… key — naming one
variable twice, as `- name: X` items or `- X=value`), JSON
with object_pairs_hook, .env files by variable name (docs/behaviour.md §11).
Files that do not parse at all are reported only with --strict."""
import json, os, sys

import yaml


class UniqueKeyLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            hash(key)
        except TypeError:  # a flow mapping as a key (a Helm `{{ … }}` read as YAML)
            key = repr(key)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


# Keys whose list value is one program's environment (engine/env_facts.cpp env_key()).
ENV_KEYS = {"env", "environment", "extraEnv", "extraEnvVars", "extraEnvs", "envVars",
            "additionalEnv", "environmentVariables", "containerEnv"}


def env_list_duplicate(node):
    """The first variable an env list in `node` (loaded YAML) names twice, or None."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ENV_KEYS and isinstance(v, list):
                seen = set()
                for item in v:
                    name = item.get("name") if isinstance(item, dict) else (
                        item.split("=", 1)[0] if isinstance(item, str) else None)
                    if not isinstance(name, str):
                        continue
                    if name in seen:
                        return name
                    seen.add(name)
            d = env_list_duplicate(v)
            if d:
                return d
    elif isinstance(node, list):
        for v in node:
            d = env_list_duplicate(v)
            if d:
                return d
    return None


def _pairs(pairs):
    seen = set()
    for k, _ in pairs:
        if k in seen:
            raise ValueError(f"duplicate key {k!r}")
        seen.add(k)
    return dict(pairs)


def kind(path):
    name = os.path.basename(path)
    if name == ".env" or name.startswith(".env.") or (len(name) > 4 and name.endswith(".env")):
        return "env"
    ext = os.path.splitext(name)[1].lower()
    return {".yml": "yaml", ".yaml": "yaml", ".json": "json", ".ipynb": "json"}.get(ext)


def check(path):
    """None when fine, ("dup", msg) or ("invalid", msg)."""
    k = kind(path)
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if k == "yaml":
        try:
            name = env_list_duplicate(list(yaml.load_all(text, Loader=UniqueKeyLoader)))
            if name:
                return ("dup", f"env list names {name} twice")
        except yaml.constructor.ConstructorError as e:
            if "duplicate key" in str(e):
                return ("dup", str(e).replace("\n", " "))
            return ("invalid", str(e).replace("\n", " "))
        except yaml.YAMLError as e:
            return ("invalid", str(e).replace("\n", " "))
    elif k == "json":
        try:
            json.loads(text, object_pairs_hook=_pairs)
        except ValueError as e:
            return ("dup" if "duplicate key" in str(e) else "invalid", str(e))
    elif k == "env":
        seen = set()
        for n, line in enumerate(text.splitlines(), 1):
            s = line.strip()
            if not s or s.startswith("#") or "=" not in s:
                continue
            if s.startswith("export "):
                s = s[7:].lstrip()
            name = s.split("=", 1)[0].strip()
            if name in seen:
                return ("dup", f"line {n}: {name} assigned twice")
            seen.add(name)
    return None


def main(argv):
    strict = "--strict" in argv
    paths = [a for a in argv if a != "--strict"]
    if not paths:
        for root, dirs, files in os.walk("."):
            dirs[:] = [d for d in dirs if d != ".git"]
            paths += [os.path.join(root, f) for f in files if kind(os.path.join(root, f))]
    bad = 0
    for p in sorted(paths):
        r = check(p)
        if r and (r[0] == "dup" or strict):
            print(f"{p}: {r[1]}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
