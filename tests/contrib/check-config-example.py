#!/usr/bin/env python3
"""Checks contrib/blufio.toml.example against the config schema (common/config/ConfigSchema.cpp).

- the file is valid TOML, and so is the file with every commented-out key ("#key = ...") enabled;
- every schema key is in the file, and no key outside the schema is;
- keys with a default are set, to exactly that default; keys without one are commented out, except
  secrets set to a "vault:NAME" reference (the gateway needs credentials to pass `config validate`);
- every key has an explaining comment above it (not only another commented-out key).

The real loader's verdict (types, ranges, cross-key rules) comes from `blufio config validate`,
which contrib/CMakeLists.txt runs on both variants when the blufio program is built.

usage: check-config-example.py EXAMPLE_TOML CONFIG_SCHEMA_CPP [--print-uncommented]
"""
import re
import sys
import tomllib

KEY_LINE = re.compile(r"^#?([a-z_]+) = ")
COMMENTED_KEY = re.compile(r"^#([a-z_]+ = )")


def secret_keys(path):
    """Keys declared with secret(...) in ConfigSchema.cpp."""
    return set(re.findall(r'\bsecret\(\s*"([a-z_.]+)"', open(path, encoding="utf-8").read()))


def schema_keys(path):
    """{dotted key: default} from the helper calls in ConfigSchema.cpp; None when there is none."""
    text = open(path, encoding="utf-8").read()
    call = re.compile(
        r'\b(intKey|optionalInt|str|secret|boolean|list|intList|money)\(\s*"([a-z_.]+)"\s*'
        r'(?:,\s*(QStringLiteral\("((?:[^"\\]|\\.)*)"\)|QVariant\(\)|true|false|-?\d+))?')
    keys = {}
    for kind, key, arg, literal in call.findall(text):
        if kind == "intKey":
            keys[key] = int(arg)
        elif kind == "boolean":
            keys[key] = arg == "true"
        elif kind in ("list", "intList"):
            keys[key] = []
        elif kind == "str" and arg.startswith("QStringLiteral"):
            keys[key] = literal.encode().decode("unicode_escape")
        else:
            keys[key] = None
    return keys


def flatten(table, prefix=""):
    out = {}
    for k, v in table.items():
        name = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, name))
        else:
            out[name] = v
    return out


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    example, schema_cpp = sys.argv[1], sys.argv[2]
    text = open(example, encoding="utf-8").read()
    uncommented = "\n".join(COMMENTED_KEY.sub(r"\1", line) for line in text.split("\n"))
    if "--print-uncommented" in sys.argv[3:]:
        sys.stdout.write(uncommented)
        return 0

    errors = []
    schema = schema_keys(schema_cpp)
    secrets = secret_keys(schema_cpp)
    if len(schema) < 30 or "daemon.health_port" not in schema:
        print(f"FAIL: read only {len(schema)} keys from {schema_cpp}; has its format changed?", file=sys.stderr)
        return 1
    try:
        active = flatten(tomllib.loads(text))
        everything = flatten(tomllib.loads(uncommented))
    except tomllib.TOMLDecodeError as e:
        print(f"FAIL: {example} is not valid TOML: {e}", file=sys.stderr)
        return 1
    print(f"ok: {example} is valid TOML, also with every commented-out key enabled")

    for key in sorted(set(schema) - set(everything)):
        errors.append(f"schema key {key} is missing")
    for key in sorted(set(everything) - set(schema)):
        errors.append(f"{key} is not a schema key")
    for key, default in schema.items():
        if key not in everything:
            continue
        if default is None and key in active:
            # A secret may be set to a reference to the vault: that is no default and no secret, and
            # the gateway (on by default) needs credentials for the example to pass `config validate`.
            if key in secrets and isinstance(active[key], str) and active[key].startswith("vault:"):
                continue
            errors.append(f"{key} has no default but is set; comment it out")
        elif default is not None and key not in active:
            errors.append(f"{key} has the default {default!r} but is commented out")
        elif default is not None and (active[key] != default or type(active[key]) is not type(default)):
            errors.append(f"{key} = {active[key]!r}, but its default is {default!r}")

    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = KEY_LINE.match(line)
        if not m:
            continue
        j, explained = i - 1, False
        while j >= 0 and lines[j].startswith("#"):
            if not KEY_LINE.match(lines[j]) and lines[j].strip("# "):
                explained = True
                break
            j -= 1
        if not explained:
            errors.append(f"{example}:{i + 1}: {m.group(1)} has no comment explaining it")

    for e in errors:
        print(f"FAIL: {e}", file=sys.stderr)
    if not errors:
        print(f"ok: all {len(schema)} schema keys present, defaults match, each one explained")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
