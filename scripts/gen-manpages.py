#!/usr/bin/env python3
"""Generates the man pages and shell completions at build time, from what the programs print for
--help (the command table and each command's options) and from the configuration schema
(common/config/ConfigSchema.cpp, with the explanations of contrib/blufio.toml.example):

  blufio.1.gz  blufiod.8.gz  blufio-tray.1.gz  blufio.toml.5.gz   (gzip -9n)
  blufio.bash  (bash-completion)   _blufio  (zsh)

usage: gen-manpages.py OUT_DIR VERSION BLUFIO BLUFIOD SCHEMA_CPP EXAMPLE_TOML [BLUFIO_TRAY]
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile

DATE_ENV = "SOURCE_DATE_EPOCH"


def run_help(argv):
    """The program's --help text in English, without touching the user's configuration."""
    with tempfile.TemporaryDirectory() as home:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LC_ALL": "C", "LANG": "C",
               "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": home}
        p = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    if p.returncode != 0 or not p.stdout.strip():
        sys.exit(f"gen-manpages: {' '.join(argv)} exited {p.returncode}: {p.stderr.strip()}")
    return p.stdout


def roff(text):
    """Escapes text for a roff line (backslashes, hyphens, a leading dot or quote)."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


OPTION = re.compile(r"^  (-\S.*?)(?:\s{2,}(\S.*))?$")


def parse_options(lines):
    """[(spec, description)] from QCommandLineParser's or blufio's option table."""
    options = []
    for line in lines:
        m = OPTION.match(line)
        if m:
            options.append([m.group(1).strip(), (m.group(2) or "").strip()])
        elif options and line.startswith("    ") and line.strip():
            options[-1][1] = (options[-1][1] + " " + line.strip()).strip()
    return [tuple(o) for o in options]


def section(text, title):
    """Lines of the block that follows 'Title:' up to the next blank line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() == title + ":":
            block = []
            for rest in lines[i + 1:]:
                if not rest.strip():
                    break
                block.append(rest)
            return block
    return []


def option_names(spec):
    """'-c, --config <FILE>' -> ['-c', '--config'], and whether it takes a value."""
    names = re.findall(r"(--?[A-Za-z0-9][A-Za-z0-9-]*)", spec.split("<")[0].split(" FILE")[0])
    takes = "<" in spec or bool(re.search(r"--\S+ [A-Z]+", spec))
    return names, takes


def th(name, sec, version, title):
    return f'.TH {name.upper()} {sec} "" "blufio {version}" "{title}"\n'


def options_roff(options):
    out = ""
    for spec, desc in options:
        out += f".TP\n.B {roff(spec)}\n{roff(desc)}\n"
    return out


def blufio_page(blufio, version):
    top = run_help([blufio, "--help"])
    usage = top.split("\n")[0].replace("Usage: ", "")
    commands = []
    for line in section(top, "Commands"):
        m = re.match(r"^  (\S+)\s+(.*)$", line)
        if m:
            commands.append((m.group(1), m.group(2)))
    global_options = parse_options(section(top, "Global options"))
    details = {}
    for name, _ in commands:
        text = run_help([blufio, name, "--help"])
        lines = text.split("\n")
        details[name] = {
            "usage": lines[0].replace("Usage: ", ""),
            "options": parse_options(section(text, "Options")),
            "example": [l.strip() for l in section(text, "Example")],
        }
    page = th("blufio", 1, version, "blufio manual")
    page += ".SH NAME\nblufio \\- command\\-line client of the blufio personal\\-agent daemon\n"
    page += f".SH SYNOPSIS\n.B {roff(usage)}\n"
    page += (".SH DESCRIPTION\n.B blufio\nchecks, configures, backs up and talks to\n.BR blufiod (8).\n"
             "It reads the same configuration file as the daemon (see\n.BR blufio.toml (5)).\n")
    page += ".SH GLOBAL OPTIONS\n" + options_roff(global_options)
    page += ".SH COMMANDS\n"
    for name, desc in commands:
        d = details[name]
        page += f".SS {roff(d['usage'])}\n{roff(desc)}\n"
        own = [o for o in d["options"] if o[0] not in {g[0] for g in global_options}
               and not any(n in ("--config", "--lang", "--url", "--help") for n in option_names(o[0])[0])]
        page += options_roff(own)
        if d["example"]:
            page += ".PP\nExample:\n.RS\n.nf\n" + "".join(roff(e) + "\n" for e in d["example"]) + ".fi\n.RE\n"
    page += (".SH EXIT STATUS\n0 success, 1 failure, 2 usage error, 3 degraded (status), 78 invalid configuration.\n"
             ".SH ENVIRONMENT\n.TP\n.B BLUFIO_CONFIG\nconfiguration file, before the search path.\n"
             ".TP\n.B BLUFIO_GATEWAY_BEARER_TOKEN\nthe daemon's bearer token (the package keeps it in\n"
             ".IR /etc/blufio/blufio.env ).\n.TP\n.B BLUFIO_\\fISECTION\\fB_\\fIKEY\\fR\n"
             "overrides any configuration key.\n"
             ".SH FILES\n.TP\n.I /etc/blufio/blufio.toml\n.TP\n.I /etc/blufio/blufio.env\n"
             ".TP\n.I /var/lib/blufio\n"
             ".SH SEE ALSO\n.BR blufiod (8),\n.BR blufio.toml (5),\n.BR blufio\\-tray (1),\n"
             ".I /usr/share/doc/blufio/DEPLOYMENT.md\n")
    return page, commands, global_options, details


def qt_page(binary, name, sec, version, title, summary, extra):
    text = run_help([binary, "--help"])
    options = [o for o in parse_options(section(text, "Options")) if o[0] != "--help-all"]
    description = text.split("\n")[1].strip()
    page = th(name, sec, version, title)
    page += f".SH NAME\n{roff(name)} \\- {roff(summary)}\n"
    page += f".SH SYNOPSIS\n.B {roff(name)}\n[options]\n"
    page += f".SH DESCRIPTION\n{roff(description)}\n{extra}"
    page += ".SH OPTIONS\n" + options_roff(options)
    return page


def schema(path):
    """[(key, kind, default, detail)] in schema order."""
    # One entry per line: kind("key", arguments...),
    call = re.compile(r'^\s*(intKey|optionalInt|str|secret|boolean|list|intList|money)\(\s*"([a-z_.]+)"\s*(.*?)\),?\s*$')
    keys = []
    # An entry whose choices continue on the next line is joined into one.
    text = re.sub(r",\s*\n\s*\{", ", {", open(path, encoding="utf-8").read())
    for line in text.split("\n"):
        m = call.match(line)
        if not m:
            continue
        kind, key, rest = m.groups()
        args = [a.strip() for a in re.split(r",(?![^{]*})", rest)[1:]] if rest.startswith(",") else []
        default, detail = "", ""
        if kind == "intKey":
            default, detail = args[0], f"integer, {args[1]} to {args[2]}"
        elif kind == "optionalInt":
            detail = f"integer, {args[0]} to {args[1]}, unset by default"
        elif kind == "boolean":
            default, detail = args[0], "boolean"
        elif kind == "list":
            default, detail = "[]", "list of strings"
        elif kind == "intList":
            default, detail = "[]", "list of integers"
        elif kind == "money":
            detail = "number (US dollars), unset by default"
        elif kind == "secret":
            detail = 'string, secret: a literal, or "vault:NAME"'
        else:
            m = re.match(r'QStringLiteral\("((?:[^"\\]|\\.)*)"', args[0]) if args else None
            default = f'"{m.group(1)}"' if m else ""
            choices = re.findall(r'QStringLiteral\("([^"]*)"\)', ",".join(args[1:]))
            detail = "string" + (", one of " + ", ".join(choices) if choices else "")
        keys.append((key, kind, default, detail))
    return keys


def example_comments(path):
    """{dotted key: the comment block above it} from the example."""
    comments, block, table = {}, [], ""
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r"^\[([a-z_.]+)\]$", line)
        if m:
            table, block = m.group(1), []
            continue
        m = re.match(r"^#?([a-z_]+) = ", line)
        if m:
            comments[f"{table}.{m.group(1)}"] = " ".join(block)
            block = []
        elif line.startswith("#"):
            block.append(line.lstrip("#").strip())
        elif not line.strip():
            block = []
    return comments


def toml_page(schema_cpp, example, version):
    keys = schema(schema_cpp)
    if len(keys) < 30:
        sys.exit(f"gen-manpages: read only {len(keys)} keys from {schema_cpp}; has its format changed?")
    comments = example_comments(example)
    page = th("blufio.toml", 5, version, "blufio manual")
    page += ".SH NAME\nblufio.toml \\- configuration of the blufio daemon and client\n"
    page += (".SH DESCRIPTION\nA TOML file read by\n.BR blufiod (8)\nand\n.BR blufio (1):\n"
             "the \\fB\\-\\-config\\fR option, else \\fB$BLUFIO_CONFIG\\fR, else the first of\n"
             ".IR /etc/blufio/blufio.toml ,\n.IR ~/.config/blufio/blufio.toml ,\n.IR ./blufio.toml .\n"
             "Every key may be overridden by the environment variable\n"
             "\\fBBLUFIO_\\fISECTION\\fB_\\fIKEY\\fR in upper case (e.g. \\fBBLUFIO_GATEWAY_BEARER_TOKEN\\fR).\n"
             "Unknown keys and values out of range are errors (exit status 78).\n"
             "Every key, with its default, is in\n.IR /usr/share/doc/blufio/examples/blufio.toml.example .\n")
    current = None
    for key, _, default, detail in keys:
        sect = key.rsplit(".", 1)[0]
        if sect != current:
            page += f".SH [{roff(sect)}]\n"
            current = sect
        page += f".TP\n.B {roff(key.rsplit('.', 1)[1])}\n"
        head = detail + (f"; default {default}" if default else "")
        page += f"({roff(head)})\n"
        if comments.get(key):
            page += roff(comments[key]) + "\n"
    page += ".SH SEE ALSO\n.BR blufiod (8),\n.BR blufio (1)\n"
    return page


def bash_completion(commands, global_options, details):
    def words(options):
        return " ".join(n for spec, _ in options for n in option_names(spec)[0])

    def valued(options):
        return "|".join(n for spec, _ in options for n in option_names(spec)[0] if option_names(spec)[1])

    cases = "".join(f"        {name}) opts=\"{words(details[name]['options'])}\" ;;\n" for name, _ in commands)
    all_valued = "|".join(sorted({v for d in details.values() for v in valued(d["options"]).split("|") if v}
                                 | set(valued(global_options).split("|")) - {""}))
    return f"""# bash completion for blufio; generated by scripts/gen-manpages.py from `blufio --help`.
_blufio() {{
    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}} cmd="" i opts
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${{COMP_WORDS[i]}} in
        {all_valued}) ((i++)) ;;
        -*) ;;
        *) cmd=${{COMP_WORDS[i]}}; break ;;
        esac
    done
    case $prev in
    --config|-c) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --lang) COMPREPLY=($(compgen -W "de fr es en" -- "$cur")); return ;;
    {all_valued}) return ;;
    esac
    if [ -z "$cmd" ]; then
        COMPREPLY=($(compgen -W "{' '.join(n for n, _ in commands)} {words(global_options)}" -- "$cur"))
        return
    fi
    case $cmd in
{cases}        *) opts="" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}}
complete -F _blufio blufio
"""


def zsh_spec(spec, desc):
    names, takes = option_names(spec)
    desc = desc.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")
    value = ":value:" + ("_files" if "FILE" in spec else "") if takes else ""
    if len(names) > 1:
        return f"'({' '.join(names)})'{{{','.join(names)}}}'[{desc}]{value}'"
    return f"'{names[0]}[{desc}]{value}'"


def zsh_completion(commands, global_options, details):
    global_specs = " \\\n    ".join(zsh_spec(s, d) for s, d in global_options)
    described = "\n".join(f"    '{n}:{d.replace(chr(39), '')}'" for n, d in commands)
    cases = ""
    for name, _ in commands:
        specs = " ".join(zsh_spec(s, d) for s, d in details[name]["options"])
        cases += f"    ({name}) _arguments {specs} '*:argument:_files' ;;\n"
    return f"""#compdef blufio
# zsh completion for blufio; generated by scripts/gen-manpages.py from `blufio --help`.
local -a commands
commands=(
{described}
)
local curcontext=$curcontext state line
_arguments -C \\
    {global_specs} \\
    '1:command:->command' '*::argument:->argument'
case $state in
command) _describe -t commands 'blufio command' commands ;;
argument)
  case $words[1] in
{cases}  esac ;;
esac
"""


def write_gz(path, text):
    # mtime 0 and no file name in the header: the same text gives the same bytes (lintian, reproducibility).
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz:
            gz.write(text.encode("utf-8"))


def main():
    if len(sys.argv) < 7:
        sys.exit(__doc__.strip().splitlines()[-1])
    out, version, blufio, blufiod, schema_cpp, example = sys.argv[1:7]
    tray = sys.argv[7] if len(sys.argv) > 7 else ""
    os.makedirs(out, exist_ok=True)
    page, commands, global_options, details = blufio_page(blufio, version)
    if len(commands) < 5:
        sys.exit(f"gen-manpages: found only {len(commands)} commands in `blufio --help`")
    write_gz(os.path.join(out, "blufio.1.gz"), page)
    write_gz(os.path.join(out, "blufiod.8.gz"), qt_page(
        blufiod, "blufiod", 8, version, "blufio manual", "the blufio personal-agent daemon",
        "It is normally run by systemd as\n.BR blufio.service ,\nwhich reads secrets from\n"
        ".IR /etc/blufio/blufio.env .\nExit status 78 means an invalid configuration.\n"
        ".SH SEE ALSO\n.BR blufio (1),\n.BR blufio.toml (5),\n.I /usr/share/doc/blufio/DEPLOYMENT.md\n"))
    write_gz(os.path.join(out, "blufio.toml.5.gz"), toml_page(schema_cpp, example, version))
    if tray:
        write_gz(os.path.join(out, "blufio-tray.1.gz"), qt_page(
            tray, "blufio-tray", 1, version, "blufio manual", "the blufio daemon's health in the system tray",
            "It polls the daemon's /health and needs no credentials.\n"
            ".SH SEE ALSO\n.BR blufio (1),\n.I /usr/share/doc/blufio\\-tray/TRAY.md\n"))
    with open(os.path.join(out, "blufio.bash"), "w", encoding="utf-8") as f:
        f.write(bash_completion(commands, global_options, details))
    with open(os.path.join(out, "_blufio"), "w", encoding="utf-8") as f:
        f.write(zsh_completion(commands, global_options, details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
