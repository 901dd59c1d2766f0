#!/usr/bin/env python3
"""Proves that tests/support/no-leftovers fails a leaky test, names what it left and cleans it up.

  tst_no_leftovers.py LAUNCHER CTEST BUILD_DIR   (run by the interpreter the launcher is to use)

Runs the launcher on tiny scripts (with a root of its own, in this test's TMPDIR) that leave a
`sleep 300` and a temp dir behind, by the ways tests have leaked: a background child, a daemonised
grandchild with an empty environment, a launcher killed outright (a ctest TIMEOUT), a launcher stopped
by SIGTERM. Then checks with `ctest --show-only=json-v1` that every entry of BUILD_DIR runs through the
launcher and requires the fixture.
"""

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

LAUNCHER, CTEST, BUILD_DIR = sys.argv[1:4]
del sys.argv[1:4]


def alive(pid):
    """True while pid runs (a zombie has finished running)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            text = f.read()
    except FileNotFoundError:
        return False
    return text[text.rfind(")") + 2:].split()[0] not in ("Z", "X")


def wait_for_file(path, bound=20.0):
    deadline = time.monotonic() + bound
    while time.monotonic() < deadline:
        if os.path.exists(path) and os.path.getsize(path) > 0:
            with open(path) as f:
                return f.read().strip()
        time.sleep(0.02)
    raise AssertionError("%s did not appear within %.0f s" % (path, bound))


class NoLeftovers(unittest.TestCase):
    def setUp(self):
        # In this test's own TMPDIR (given by the launcher that runs this file): removed with it.
        self.work = tempfile.mkdtemp(prefix="tst_no_leftovers-")
        self.root = os.path.join(self.work, "root")
        self.out = os.path.join(self.work, "out")
        os.mkdir(self.out)
        self.launched = []

    def tearDown(self):
        # Only needed when an assertion failed half-way: stop the launchers, then let the launcher's
        # own end-of-run sweep kill what carries this root.
        for launcher in self.launched:
            if launcher.poll() is None:
                launcher.kill()
            launcher.communicate()
        subprocess.run([sys.executable, LAUNCHER, "--root", self.root, "--end-run"], capture_output=True,
                       timeout=60)
        subprocess.run(["rm", "-rf", self.work], check=True)

    def script(self, name, body):
        path = os.path.join(self.work, name + ".sh")
        with open(path, "w") as f:
            # started PID: waits until PID has exec'd `sleep 300`, so that is what a report can name.
            f.write("#!/bin/sh\nOUT='%s'\n"
                    "started() { until [ \"$(tr '\\0' ' ' < /proc/$1/cmdline)\" = 'sleep 300 ' ]; do sleep 0.01; done; }\n"
                    "%s\n" % (self.out, body))
        os.chmod(path, 0o755)
        return path

    def launch(self, name, script, **kwargs):
        kwargs.setdefault("stdout", subprocess.PIPE)
        kwargs.setdefault("stderr", subprocess.PIPE)
        launcher = subprocess.Popen([sys.executable, LAUNCHER, "--root", self.root, "--name", name, "--", script],
                                    text=True, **kwargs)
        self.launched.append(launcher)
        return launcher

    def run_launcher(self, name, script):
        p = self.launch(name, script)
        out, err = p.communicate(timeout=60)
        return p.returncode, out, err

    def end_run(self):
        p = subprocess.run([sys.executable, LAUNCHER, "--root", self.root, "--end-run"], capture_output=True, text=True,
                           timeout=60)
        return p.returncode, p.stdout + p.stderr

    def pid(self, name):
        return int(wait_for_file(os.path.join(self.out, name)))

    def test_leaky_test_fails_naming_both_and_is_cleaned_up(self):
        leaky = self.script("leaky", """
mkdir "$TMPDIR/kept-dir" && touch "$TMPDIR/kept-dir/file"
sleep 300 &
started $!
echo $! > "$OUT/sleep"
echo "$TMPDIR" > "$OUT/tmpdir"
exit 0""")
        rc, _, err = self.run_launcher("leaky", leaky)
        sleep = self.pid("sleep")
        tmpdir = wait_for_file(os.path.join(self.out, "tmpdir"))
        self.assertEqual(rc, 1, err)
        self.assertEqual(tmpdir, os.path.join(self.root, "leaky"))
        self.assertIn("leaky left 1 process and 1 temp path behind", err)
        self.assertIn("pid %d: sleep 300" % sleep, err)
        self.assertIn(os.path.join(tmpdir, "kept-dir") + "/ (directory, 1 entry inside)", err)
        self.assertFalse(alive(sleep), "sleep 300 survived the launcher")
        self.assertFalse(os.path.exists(tmpdir), "the test's TMPDIR survived the launcher")
        # The end of the run repeats it, so a test whose own verdict is inverted (WILL_FAIL) or
        # that failed anyway still fails the run; then it is forgotten.
        rc, text = self.end_run()
        self.assertEqual(rc, 1, text)
        self.assertIn("pid %d: sleep 300" % sleep, text)
        self.assertEqual(self.end_run()[0], 0)

    def test_clean_tests_keep_their_exit_code(self):
        for code in (0, 3, 77):
            rc, _, err = self.run_launcher("clean", self.script("clean", 'touch "$OUT/x"; exit %d' % code))
            self.assertEqual(rc, code, err)
            self.assertNotIn("left", err)
        rc, text = self.end_run()
        self.assertEqual(rc, 0, text)
        self.assertIn("no test left a process or a temp path behind", text)

    def test_a_failing_test_keeps_its_code_and_is_still_reported(self):
        rc, _, err = self.run_launcher("failing", self.script("failing", 'sleep 300 & started $!; echo $! > "$OUT/sleep"; exit 3'))
        sleep = self.pid("sleep")
        self.assertEqual(rc, 3, err)
        self.assertIn("pid %d: sleep 300" % sleep, err)
        self.assertFalse(alive(sleep))
        self.assertEqual(self.end_run()[0], 1)

    def test_daemonised_grandchild_without_the_marker_is_found(self):
        # Double fork, own session, empty environment: no marker, no TMPDIR, not in the test's
        # session; only the subreaper keeps it in the launcher's tree.
        script = self.script("daemonised", """
( env -i /usr/bin/setsid /bin/sh -c 'echo $$ > '"$OUT"'/sleep; exec sleep 300' & )
while [ ! -s "$OUT/sleep" ]; do sleep 0.01; done
exit 0""")
        rc, _, err = self.run_launcher("daemonised", script)
        sleep = self.pid("sleep")
        self.assertEqual(rc, 1, err)
        self.assertIn("pid %d: sleep 300" % sleep, err)
        self.assertFalse(alive(sleep))
        self.end_run()

    def test_killed_launcher_is_caught_at_the_end_of_the_run(self):
        # What ctest does at a TIMEOUT: SIGKILL, so the launcher cannot clean up. A process that
        # escaped ctest's kill and the TMPDIR are then the fixture's to find.
        script = self.script("timedout", 'touch "$TMPDIR/partial"; sleep 300 & started $!; echo $! > "$OUT/sleep"; wait')
        # Not a pipe: the orphans would hold it open.
        launcher = self.launch("timedout", script, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sleep = self.pid("sleep")
        launcher.kill()
        launcher.communicate(timeout=60)
        self.assertTrue(alive(sleep))
        rc, text = self.end_run()
        self.assertEqual(rc, 1, text)
        self.assertIn("timedout (its launcher did not finish", text)
        self.assertIn("pid %d: sleep 300" % sleep, text)
        self.assertIn(os.path.join(self.root, "timedout", "partial"), text)
        self.assertFalse(alive(sleep))
        self.assertFalse(os.path.exists(os.path.join(self.root, "timedout")))
        self.assertEqual(self.end_run()[0], 0)

    def test_sigterm_to_the_launcher_stops_the_test_and_reaps_it(self):
        script = self.script("stopped", """
trap '' TERM  # ignores the forwarded SIGTERM: the launcher must escalate
sleep 300 & started $!; echo $! > "$OUT/sleep"
while :; do sleep 0.1; done""")
        launcher = self.launch("stopped", script)
        sleep = self.pid("sleep")
        launcher.send_signal(signal.SIGTERM)
        _, err = launcher.communicate(timeout=60)
        self.assertNotEqual(launcher.returncode, 0, err)
        self.assertIn("stopped by signal %d" % signal.SIGTERM, err)
        self.assertFalse(alive(sleep))
        self.assertFalse(os.path.exists(os.path.join(self.root, "stopped")))
        self.end_run()

    def test_every_ctest_entry_is_guarded(self):
        shown = subprocess.run([CTEST, "--show-only=json-v1"], cwd=BUILD_DIR, capture_output=True, text=True,
                               check=True, timeout=120)
        tests = json.loads(shown.stdout)["tests"]
        self.assertGreater(len(tests), 10)
        fixture = {"no_leftovers_begin", "no_leftovers"}
        for test in tests:
            properties = {p["name"]: p["value"] for p in test.get("properties", [])}
            if test["name"] in fixture:
                continue
            command = test.get("command", [])
            self.assertEqual(command[1:2], [LAUNCHER], "%s does not run through no-leftovers" % test["name"])
            self.assertIn("blufio_no_leftovers", properties.get("FIXTURES_REQUIRED", []),
                          "%s does not require the fixture blufio_no_leftovers" % test["name"])
        self.assertEqual(fixture, {t["name"] for t in tests} & fixture)


if __name__ == "__main__":
    unittest.main(verbosity=2)
