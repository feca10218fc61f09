# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The API routes the collection uses that a server does not serve over its local-mode socket.

  python tests/utils/local_routes.py SERVER_SOURCE [ROOT]

SERVER_SOURCE is the server module's source (~/go/pkg/mod/github.com/mattermost/mattermost/server/v8@<version>):
its channels/api4/api.go (InitLocal: the route prefixes of the local router) and *_local.go (the routes
registered on it). The routes the collection uses are the driver operations called in plugins/ and
extensions/ (driver.<group>.<operation>) and the literal paths given to the client (get, post, put,
delete, paginate, make_request). Prints one `METHOD PATH  (where)` line per route not served; a path
the code builds at run time (not a literal) is not seen.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import ast
import glob
import os
import re
import sys

PREFIX = re.compile(r'api\.BaseRoutes\.(\w+) = api\.BaseRoutes\.(\w+)\.PathPrefix\("([^"]*)"\)')
ROUTE = re.compile(r'api\.BaseRoutes\.(\w+)\.Handle\("([^"]*)", api\.APILocal\(\w+[^)]*\)\)\.Methods\(([^)]*)\)')
# client.get('/path' ...), and client.get, '/path' given to a helper that makes the call.
CLIENT_CALL = re.compile(r'''client\.(get|post|put|delete|paginate)(?:\(|,)\s*['"](/[^'"]*)['"]''')
HAND_WRITTEN = re.compile(r"@route\('(\w+)', '([^']+)'\)\s*\ndef (\w+)")
MAKE_REQUEST = re.compile(r'''make_request\(\s*['"](\w+)['"],\s*['"](/[^'"]*)['"]''')
OPERATION_CALL = re.compile(r'driver\.(\w+)\.(\w+)\b')
PARAMETER = re.compile(r'\{(\w+)(?::([^{}]*(?:\{[^{}]*\}[^{}]*)*))?\}')


def local_routes(source):
    """[(method, compiled regex of the path below /api/v4)] served over the socket."""
    api = open(os.path.join(source, 'channels/api4/api.go')).read()
    local = api[api.index('func InitLocal'):]
    local = local[:local.index('\n}\n')]
    prefixes = {'APIRoot': ''}
    for name, parent, path in PREFIX.findall(local):
        if parent in prefixes:
            prefixes[name] = prefixes[parent] + path.replace('\\\\', '\\')  # a Go string's escapes
    routes = []
    for path in glob.glob(os.path.join(source, 'channels/api4/*_local.go')):
        for base, suffix, methods in ROUTE.findall(open(path).read()):
            if base not in prefixes:
                continue
            template = prefixes[base] + suffix
            pattern = ''
            last = 0
            for match in PARAMETER.finditer(template):
                pattern += re.escape(template[last:match.start()]) + '(?:%s)' % (match.group(2) or '[^/]+')
                last = match.end()
            pattern += re.escape(template[last:])
            for method in re.findall(r'http\.Method(\w+)|"(\w+)"', methods):
                method = method[0] or method[1]
                routes.append((method.upper(), re.compile('^%s$' % pattern)))
    return routes


def used_routes(root):
    """{(method, path with {parameters}): set of files} the collection uses."""
    sys.path.insert(0, os.path.join(root, 'plugins/module_utils/driver'))
    tree = ast.parse(open(os.path.join(root, 'plugins/module_utils/driver/operations.py')).read())
    operations = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], 'id', '') == 'OPERATIONS':
            for group, entries in ast.literal_eval(node.value).items():
                for entry in entries:
                    operations[(group, entry[0])] = (entry[1], entry[2])
    endpoints = open(os.path.join(root, 'plugins/module_utils/driver/endpoints.py')).read()
    for node in ast.walk(ast.parse(endpoints)):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], 'id', '') == 'COMPAT_ALIASES':
            for group, name, method, path in ast.literal_eval(node.value):
                operations[(group, name)] = (method, path)
    hand_written = dict((name, (method, path)) for method, path, name in HAND_WRITTEN.findall(endpoints))
    used = {}
    files = glob.glob(os.path.join(root, 'plugins/**/*.py'), recursive=True)
    files += glob.glob(os.path.join(root, 'extensions/**/*.py'), recursive=True)
    for path in files:
        if '/driver/' in path:
            continue
        text = open(path).read()
        where = os.path.relpath(path, root)
        for group, name in OPERATION_CALL.findall(text):
            route = operations.get((group, name)) or hand_written.get(name)
            if route:
                used.setdefault(route, set()).add(where)
        for method, literal in CLIENT_CALL.findall(text):
            used.setdefault(('GET' if method == 'paginate' else method.upper(), literal), set()).add(where)
        for method, literal in MAKE_REQUEST.findall(text):
            used.setdefault((method.upper(), literal), set()).add(where)
    return used


def samples(path):
    """Concrete paths for a template: each {parameter} and %s an id-like word (or a file name)."""
    return [re.sub(r'%[sd]|\{\w+\}', word, path.split('?')[0]) for word in ('abcdefghijklmnopqrstuvwxyz', 'abcdefghij.zip')]


def main():
    source = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    served = local_routes(source)
    for (method, path), where in sorted(used_routes(root).items(), key=lambda item: (item[0][1], item[0][0])):
        if path.startswith('/hooks/'):  # the incoming webhooks, not the API
            continue
        if not any(method == m and pattern.match(concrete) for m, pattern in served for concrete in samples(path)):
            print('%-6s %s  (%s)' % (method, path, ', '.join(sorted(where))))


if __name__ == '__main__':
    main()
