#!/bin/sh
# ExecStartPre= hook for blufio.service: refuse to start on a bad configuration, and print
# `blufio doctor` findings to the journal before the daemon starts.
#
#   [Service]
#   ExecStartPre=/usr/libexec/blufio/pre-start.sh
#
# Exit status: 78 (EX_CONFIG, as blufiod uses) when the configuration is invalid; 1 when doctor
# reports a failure and BLUFIO_HOOK_STRICT=1; 0 otherwise. A failing ExecStartPre= is retried like a
# crash (RestartPreventExitStatus= only looks at the main process), within the unit's start limit.
# The configuration is found as the daemon finds it ($BLUFIO_CONFIG for instances).
set -eu

blufio=${BLUFIO_CLI:-blufio}

if ! "$blufio" config validate; then
    echo "pre-start: configuration invalid, not starting blufiod" >&2
    exit 78
fi

# doctor checks the data directory, database, provider and gateway auth. A provider that is briefly
# unreachable should not keep the daemon down, so failures only block the start when asked to.
if ! "$blufio" doctor; then
    if [ "${BLUFIO_HOOK_STRICT:-0}" = 1 ]; then
        echo "pre-start: blufio doctor reported failures, not starting (BLUFIO_HOOK_STRICT=1)" >&2
        exit 1
    fi
    echo "pre-start: blufio doctor reported failures; starting anyway" >&2
fi
exit 0
