# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The same content made by a bulk import, and the other ways a user has; and its export.

    .venv/bin/python bench/bulk.py [--config tests/integration/integration_config.yml]
                                   [--users 100] [--channels 20] [--posts 20000] [--sample-posts 300]

1. mattermost_import of a generated file: one team, --channels channels, --users users (members of
   the team and of every channel), --posts posts spread over the users and channels;
2. mattermost_export of the server (the archive downloaded, then removed from the server);
3. the same team, channels and users with mattermost_workspace (one task), and --sample-posts posts
   with mattermost_post in a loop (as the admin: a module posts as the user of its token), whose
   time per post is extrapolated to --posts;
4. prints the wall times (each run as Ansible runs it: ansible-playbook, a process per module run)
   and the ratios, then deletes everything it made for good (teams and users permanently, the export
   from the server), also when it fails.

An unlicensed server refuses more than 250 active users: this makes 2 x --users. Prints figures; it
is not a test and asserts nothing about speed.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import argparse
import json
import os
import subprocess
import sys
import time
import uuid

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "plugins", "module_utils"))

from driver import Driver, ResourceNotFound  # noqa: E402  the collection's driver, as a package of its own

OUTPUT = os.path.join(REPO, "bench", "output")
COLLECTIONS = os.path.join(REPO, ".cache", "collections")
VENV_BIN = os.path.join(REPO, ".venv", "bin")


def bulk_lines(prefix, users, channels, posts):
    """The bulk import file's lines (dicts)."""
    team = prefix + "-team"
    channel_names = ["%s-c%02d" % (prefix, index) for index in range(channels)]
    usernames = ["%s-u%03d" % (prefix, index) for index in range(users)]
    yield {"type": "version", "version": 1}
    yield {"type": "team", "team": {"name": team, "display_name": "Bench import", "type": "O"}}
    for name in channel_names:
        yield {"type": "channel", "channel": {"team": team, "name": name, "display_name": name, "type": "O"}}
    for name in usernames:
        yield {"type": "user", "user": {"username": name, "email": name + "@example.com", "teams": [
            {"name": team, "channels": [{"name": channel} for channel in channel_names]}]}}
    start = 1700000000000
    for index in range(posts):
        yield {"type": "post", "post": {"team": team, "channel": channel_names[index % channels],
                                        "user": usernames[index % users], "message": "bench post %d" % index,
                                        "create_at": start + index}}


def playbook(name, tasks, config):
    """Run one play of `tasks` (one task) against the server of `config`; return its wall time in seconds (the
    play, including writing the result) and the task's result."""
    result_path = os.path.join(OUTPUT, "%s.result.json" % name)
    tasks = [dict(tasks[0], register="bench_result"),
             {"ansible.builtin.copy": {"content": "{{ bench_result | to_json }}", "dest": result_path, "mode": "0600"}}]
    play = [{"hosts": "localhost", "gather_facts": False,
             "module_defaults": {"group/chatops.mattermost.mattermost": {
                 "url": config["mattermost_url"], "token": config["mattermost_token"]}},
             "tasks": tasks}]
    path = os.path.join(OUTPUT, "%s.yml" % name)
    with open(path, "w") as handle:
        json.dump(play, handle)
    environment = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=COLLECTIONS, ANSIBLE_LOCALHOST_WARNING="false",
                       ANSIBLE_INVENTORY_UNPARSED_WARNING="false")
    started = time.monotonic()
    done = subprocess.run([os.path.join(VENV_BIN, "ansible-playbook"), path, "-e",
                           "ansible_python_interpreter=%s" % os.path.join(VENV_BIN, "python")],
                          env=environment, capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - started
    if done.returncode:
        raise SystemExit("%s failed:\n%s" % (name, done.stdout[-3000:] + done.stderr[-2000:]))
    with open(result_path) as handle:
        return elapsed, json.load(handle)


def clean_up(driver, prefixes, export_name):
    for prefix in prefixes:
        try:
            team = driver.client.get("/teams/name/%s-team" % prefix)
            driver.client.delete("/teams/%s" % team["id"], params={"permanent": "true"})
        except ResourceNotFound:
            pass
        for user in list(driver.client.paginate("/users", params={"per_page": 200})):
            if user["username"].startswith(prefix + "-u"):
                driver.client.delete("/users/%s" % user["id"], params={"permanent": "true"})
    if export_name:
        try:
            driver.client.delete("/exports/%s" % export_name)
        except ResourceNotFound:
            pass


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", default=os.path.join(REPO, "tests", "integration", "integration_config.yml"))
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--channels", type=int, default=20)
    parser.add_argument("--posts", type=int, default=20000)
    parser.add_argument("--sample-posts", type=int, default=300)
    args = parser.parse_args()
    with open(args.config) as handle:
        config = json.load(handle)
    os.makedirs(OUTPUT, exist_ok=True)
    os.makedirs(os.path.join(COLLECTIONS, "ansible_collections", "chatops"), exist_ok=True)
    link = os.path.join(COLLECTIONS, "ansible_collections", "chatops", "mattermost")
    if not os.path.islink(link):
        os.symlink(REPO, link)
    driver = Driver({"url": config["mattermost_url"], "token": config["mattermost_token"]})
    driver.login()
    run = uuid.uuid4().hex[:6]
    imported, made = "bi" + run, "bw" + run
    export_name = None
    figures = {}
    try:
        path = os.path.join(OUTPUT, "bulk-%s.jsonl" % run)
        with open(path, "w") as handle:
            for line in bulk_lines(imported, args.users, args.channels, args.posts):
                handle.write(json.dumps(line) + "\n")
        size = os.path.getsize(path)
        seconds, output = playbook("import", [{"chatops.mattermost.mattermost_import": {
            "src": path, "timeout": 3600}}], config)
        counts = output["counts"]
        figures["import"] = seconds
        print("import: %d users, %d channels, %d posts (%.1f MB of JSONL) in %.1f s" % (
            counts["users"], counts["channels"], counts["posts"], size / 1e6, seconds))

        archive = os.path.join(OUTPUT, "export-%s.zip" % run)
        seconds, output = playbook("export", [{"chatops.mattermost.mattermost_export": {
            "dest": archive, "remove_from_server": True, "timeout": 3600}}], config)
        result = output
        export_name = result["name"]
        figures["export"] = seconds
        print("export: the whole server (%d users, %d channels, %d posts), %.1f MB zip, in %.1f s" % (
            result["counts"]["users"], result["counts"]["channels"], result["counts"]["posts"], result["size"] / 1e6,
            seconds))
        os.remove(archive)

        channel_names = ["%s-c%02d" % (made, index) for index in range(args.channels)]
        usernames = ["%s-u%03d" % (made, index) for index in range(args.users)]
        seconds = playbook("workspace", [{"chatops.mattermost.mattermost_workspace": {
            "users": [{"username": name, "email": name + "@example.com", "password": "Bench-" + run + "-Pw1!"}
                      for name in usernames],
            "teams": [{"name": made + "-team", "display_name": "Bench workspace", "members": usernames,
                       "channels": [{"name": name, "members": usernames} for name in channel_names]}]}}], config)[0]
        figures["workspace"] = seconds
        print("mattermost_workspace: the team, %d channels, %d users with their memberships in %.1f s" % (
            args.channels, args.users, seconds))

        seconds = playbook("posts", [{
            "chatops.mattermost.mattermost_post": {"team": made + "-team", "channel": "{{ item.1 }}",
                                                   "text": "bench post {{ item.0 }}"},
            "loop": "{{ range(%d) | zip(%s * %d) | list }}" % (
                args.sample_posts, json.dumps(channel_names), args.sample_posts // args.channels + 1),
        }], config)[0]
        per_post = seconds / args.sample_posts
        figures["posts"] = per_post * args.posts
        print("mattermost_post in a loop: %d posts in %.1f s, %.3f s a post; %d posts would take %.0f s" % (
            args.sample_posts, seconds, per_post, args.posts, figures["posts"]))

        other_ways = figures["workspace"] + figures["posts"]
        print("ratios: (workspace + posts) / import = %.1f; posts alone / import = %.1f; import / export = %.2f" % (
            other_ways / figures["import"], figures["posts"] / figures["import"], figures["import"] / figures["export"]))
    finally:
        clean_up(driver, (imported, made), export_name)
        print("deleted for good: teams %s-team and %s-team, their users, the export on the server" % (imported, made))


if __name__ == "__main__":
    main()
