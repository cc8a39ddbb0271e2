#!/usr/bin/env python3
"""Generates N projects, each a git repository with a month of history, for timing `handofflint summary`.

Usage: generate.py FOLDER [COUNT] [TEMPLATES]

TEMPLATES distinct repositories (default 50) are made with git, then copied file by file to make COUNT projects: starting
four git processes per project takes minutes on a busy machine, and every copy is still a whole repository of its own,
read from its own object files. Each template gets 12 to 36 commits over the 30 days before 2026-11-23, one `git fast-import` per project: code changes
in most commits, the note (docs/SESSION-HANDOFF.md, the schema's six sections, about 3 KB) rewritten every second or
third commit with the next session's stamp and What's Next. One project in ten keeps the same P0 through its last five
notes (stuck work); one in four is packed with `git gc` afterwards, so that both loose objects and packs with deltas
are read. Deterministic: the same COUNT gives the same repositories.
"""
import os
import random
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone

TODAY = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
TASKS = ["Fix the export job for large accounts", "Ship the billing page", "Rotate the API keys", "Add retries to the uploader",
         "Profile the search endpoint", "Write the migration for orders", "Move CI to the new runners", "Cache the price lookups"]


def note(session, date, p0, p1):
    body = "\n".join(f"- Step {i} of session {session}: adjusted the module and its tests." for i in range(8))
    return (f"# Session Handoff\n\n## Last Updated\n\n{date:%Y-%m-%d} (Session {session})\n\n## Current State\n\n"
            f"Builds and tests pass; session {session} left the service deployable.\n\n"
            f"## What Was Done This Session\n\n{body}\n\n## What Failed\n\n- A flaky integration test, retried.\n\n"
            f"## What's Next\n\n- [P0] {p0}\n- [P1] {p1}\n- [P2] Tidy the logs\n\n## Key Decisions\n\n"
            + "\n".join(f"- Decision {i}: keep it simple." for i in range(10)) + "\n")


def data(text):
    raw = text.encode()
    return b"data %d\n" % len(raw) + raw + b"\n"


def project_stream(index):
    rng = random.Random(index)
    commits = rng.randint(12, 36)
    stuck = index % 10 == 0
    start = TODAY - timedelta(days=30)
    step = timedelta(days=30) / commits
    out, session = [], 0
    for c in range(commits):
        when = start + step * c
        out.append(b"commit refs/heads/main\n")
        out.append(b"committer Bench <bench@example.invalid> %d +0000\n" % int(when.timestamp()))
        out.append(data(f"Change {c}"))
        out.append(b"M 100644 inline src/File%d.cs\n" % (c % 7) + data(f"// {index} {c}\n"))
        if c % rng.choice([2, 3]) == 0 or c == commits - 1:
            session += 1
            p0 = TASKS[index % len(TASKS)] if stuck and c >= commits - 15 else f"{TASKS[(index + session) % len(TASKS)]} (round {session})"
            out.append(b"M 100644 inline docs/SESSION-HANDOFF.md\n" + data(note(session, when, p0, f"Follow-up {session}")))
    return b"".join(out)


def main():
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    templates = min(count, int(sys.argv[3]) if len(sys.argv) > 3 else 50)
    for index in range(count):
        root = os.path.join(folder, f"group-{index // 100}", f"project-{index:04d}")
        if index < templates:
            os.makedirs(root)
            subprocess.run(["git", "init", "-q", "-b", "main", root], check=True)
            subprocess.run(["git", "-C", root, "fast-import", "--quiet"], input=project_stream(index), check=True)
            subprocess.run(["git", "-C", root, "checkout", "-q", "main"], check=True)
            if index % 4 == 0:
                subprocess.run(["git", "-C", root, "gc", "-q", "--aggressive"], check=True)
        else:
            template = os.path.join(folder, "group-0", f"project-{index % templates:04d}")
            shutil.copytree(template, root, symlinks=True)


if __name__ == "__main__":
    main()
