# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The two steps of the export/import round trip that are data work, not API calls.

  roundtrip.py rename ARCHIVE TEAM NEW_TEAM SUFFIX OUT.jsonl
      Keep the lines of TEAM in an export archive (the team, its channels, the users in it, its posts),
      renamed: the team NEW_TEAM, each user USERNAME-SUFFIX with e-mail SUFFIX-EMAIL, plain users.
  roundtrip.py compare SOURCE.json COPY.json SUFFIX
      Each file: {channel name: [GET /channels/{id}/posts answer], "users": {id: username}}. Prints
      the posts of each channel as (username, message, create_at, root message), oldest first, and
      exits 1 when they differ (the copy's usernames with SUFFIX taken off).
"""
import json
import sys
import zipfile


def rename(archive, team, new_team, suffix, out):
    with zipfile.ZipFile(archive) as bundle:
        lines = [json.loads(line) for line in bundle.read([n for n in bundle.namelist() if n.endswith('.jsonl')][0]).splitlines()]
    users = set()
    for line in lines:
        if line['type'] == 'user' and any(t['name'] == team for t in line['user'].get('teams') or ()):
            users.add(line['user']['username'])

    def user(name):
        return '%s-%s' % (name, suffix) if name in users else name

    kept = []
    for line in lines:
        kind, data = line['type'], line.get(line['type'])
        if kind == 'version':
            kept.append({'type': 'version', 'version': 1})
        elif kind == 'team' and data['name'] == team:
            kept.append({'type': 'team', 'team': dict(data, name=new_team)})
        elif kind == 'channel' and data['team'] == team:
            kept.append({'type': 'channel', 'channel': dict(data, team=new_team)})
        elif kind == 'user' and data['username'] in users:
            teams = [dict(t, name=new_team) for t in data['teams'] if t['name'] == team]
            kept.append({'type': 'user', 'user': dict(data, username=user(data['username']), roles='system_user',
                                                      email='%s-%s' % (suffix, data['email']), teams=teams)})
        elif kind == 'post' and data['team'] == team:
            replies = [dict(r, user=user(r['user']), reactions=[dict(x, user=user(x['user'])) for x in r.get('reactions') or []],
                            flagged_by=[user(u) for u in r.get('flagged_by') or []]) for r in data.get('replies') or []]
            kept.append({'type': 'post', 'post': dict(
                data, team=new_team, user=user(data['user']), replies=replies,
                reactions=[dict(x, user=user(x['user'])) for x in data.get('reactions') or []],
                flagged_by=[user(u) for u in data.get('flagged_by') or []])})
    with open(out, 'w') as handle:
        handle.write(''.join(json.dumps(line) + '\n' for line in kept))
    print(json.dumps({'lines': len(kept), 'users': sorted(users)}))


def posts_by_channel(path, suffix=None):
    with open(path) as handle:
        data = json.load(handle)
    names = data.pop('users')
    result = {}
    for channel, answer in sorted(data.items()):
        posts = answer['posts']
        rows = []
        for post in sorted(posts.values(), key=lambda p: (p['create_at'], p['id'])):
            if post.get('type'):  # system messages (joins) are the server's own, not imported
                continue
            username = names.get(post['user_id'], post['user_id'])
            if suffix and username.endswith('-' + suffix):
                username = username[:-len(suffix) - 1]
            root = posts[post['root_id']]['message'] if post.get('root_id') in posts else None
            rows.append([username, post['message'], post['create_at'], root])
        result[channel] = rows
    return result


def compare(source, copy, suffix):
    before, after = posts_by_channel(source), posts_by_channel(copy, suffix)
    print(json.dumps({'source': before, 'copy': after}))
    sys.exit(0 if before == after and any(before.values()) else 1)


if __name__ == '__main__':
    if sys.argv[1] == 'rename':
        rename(*sys.argv[2:7])
    else:
        compare(*sys.argv[2:5])
