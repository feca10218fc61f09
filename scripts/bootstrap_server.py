"""Create the local server's admin user and personal access token, and write where tests read them.

Run by scripts/server.sh after the server answers. Idempotent: an existing admin is reused and its
saved token is kept while the server still accepts it. Standard library only, so it runs before
the project's virtualenv exists.
"""
import argparse
import http.client
import json
import os
import socket
import sys
import urllib.error
import urllib.request

ADMIN_USERNAME = "chatops-admin"
ADMIN_EMAIL = "chatops-admin@example.com"
# A loopback-only development server; the password is not a secret worth protecting, and tests
# need it to exercise password login.
ADMIN_PASSWORD = "Chatops-Local-Admin-1!"
TOKEN_DESCRIPTION = "chatops.mattermost tests"


class UnixConnection(http.client.HTTPConnection):
    """HTTP over the server's local-mode socket, which acts as a system admin without a login."""

    def __init__(self, path):
        super().__init__("localhost")
        self.socket_path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.socket_path)


def local_request(socket_path, method, path, body=None):
    conn = UnixConnection(socket_path)
    conn.request(method, "/api/v4" + path, body=json.dumps(body) if body is not None else None,
                 headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    data = response.read()
    if response.status >= 400:
        raise RuntimeError("local %s %s: %s %s" % (method, path, response.status, data.decode()))
    return json.loads(data) if data else None


def api_request(url, method, path, body=None, token=None):
    request = urllib.request.Request(url + "/api/v4" + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null"), response.headers


def login(url):
    try:
        headers = api_request(url, "POST", "/users/login",
                              {"login_id": ADMIN_USERNAME, "password": ADMIN_PASSWORD})[1]
        return headers["Token"]
    except urllib.error.HTTPError as error:
        if error.code == 401:
            return None
        raise


def ensure_admin(url, socket_path):
    session = login(url)
    if session:
        return session
    user = local_request(socket_path, "POST", "/users", {
        "username": ADMIN_USERNAME, "email": ADMIN_EMAIL, "password": ADMIN_PASSWORD,
        "email_verified": True})
    local_request(socket_path, "PUT", "/users/%s/roles" % user["id"],
                  {"roles": "system_admin system_user"})
    session = login(url)
    if not session:
        sys.exit("bootstrap: created %s but cannot log in" % ADMIN_USERNAME)
    return session


def token_works(url, token):
    try:
        me = api_request(url, "GET", "/users/me", token=token)[0]
        return me["username"] == ADMIN_USERNAME
    except urllib.error.HTTPError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--name", default="newest", help="the server's name in scripts/server.sh (newest, oldest)")
    parser.add_argument("--socket", required=True)
    parser.add_argument("--state", required=True, help="JSON file keeping the admin token")
    parser.add_argument("--config", required=True, help="ansible-test integration_config.yml")
    parser.add_argument("--cache", required=True,
                        help="the cache outside the checkout (MATTERMOST_CACHE), for the targets that keep builds there")
    args = parser.parse_args()

    state = {}
    if os.path.exists(args.state):
        with open(args.state) as handle:
            state = json.load(handle)
    token = state.get("token")
    if not token or not token_works(args.url, token):
        session = ensure_admin(args.url, args.socket)
        me = api_request(args.url, "GET", "/users/me", token=session)[0]
        created = api_request(args.url, "POST", "/users/%s/tokens" % me["id"],
                              {"description": TOKEN_DESCRIPTION}, token=session)[0]
        token = created["token"]
        state = {"token": token, "token_id": created["id"], "user_id": me["id"]}
        with open(args.state, "w") as handle:
            os.chmod(args.state, 0o600)
            json.dump(state, handle)

    os.makedirs(os.path.dirname(args.config), exist_ok=True)
    with open(args.config, "w") as handle:
        # JSON is YAML: no YAML library is needed here.
        json.dump({
            "mattermost_url": args.url,
            "mattermost_server_name": args.name,
            "mattermost_token": token,
            "mattermost_admin_login": ADMIN_USERNAME,
            "mattermost_admin_password": ADMIN_PASSWORD,
            "mattermost_admin_id": state["user_id"],
            "mattermost_local_socket": args.socket,
            # ansible-test runs targets with an environment of its own, without MATTERMOST_CACHE.
            "mattermost_cache": args.cache,
        }, handle, indent=2)
    print("bootstrap: admin %s ready; settings in %s" % (ADMIN_USERNAME, args.config),
          file=sys.stderr)


if __name__ == "__main__":
    main()
