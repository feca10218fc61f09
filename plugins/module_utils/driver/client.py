# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""`Client`: sends the HTTP requests of the driver over one `requests.Session`."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import logging
import os
import time
import traceback
from urllib.parse import urljoin, urlsplit

try:
    import requests
    REQUESTS_IMPORT_ERROR = None
except ImportError:
    REQUESTS_IMPORT_ERROR = traceback.format_exc()

from .redaction import redact, redact_headers, redact_text, redact_url
from .exceptions import ConnectionFailure, MattermostError, UnexpectedResponse, error_for_response, excerpt
from .local import LOCAL_HOST, UnixSocketAdapter, local_error, names_me, refused_identity
from .options import backoff_delay, safe_url, server_url

LOG = logging.getLogger('chatops.mattermost.driver')

TRACE_FILE_VARIABLE = 'MATTERMOST_TRACE_FILE'
# Resending these cannot do anything twice; a POST is only resent after a 429, which the
# server answers before doing anything.
IDEMPOTENT_METHODS = frozenset(('GET', 'HEAD', 'PUT', 'DELETE'))
RETRIED_SERVER_ERRORS = frozenset((502, 503, 504))
# What building or sending a request can raise below the driver (requests, urllib3, ssl, the socket,
# the codecs): each is turned into a MattermostError whose text holds no secret.
if REQUESTS_IMPORT_ERROR:
    TRANSPORT_ERRORS = (OSError, ValueError)
else:
    TRANSPORT_ERRORS = (requests.RequestException, OSError, ValueError, OverflowError, TypeError)


def decode_json(response):
    """The decoded JSON of an API answer, the raw response when the server sends something else on
    purpose (a file, an image), None when the body is empty.

    Raises UnexpectedResponse for an HTML page or for a JSON (or untyped) body that does not decode:
    that is a proxy, a login portal or a wrong base path answering instead of the API.
    """
    if not response.content:
        return None
    content_type = response.headers.get('Content-Type', '').split(';')[0].strip().lower()
    if content_type and content_type != 'text/html' and not content_type.endswith('json'):
        return response
    try:
        return response.json()
    except ValueError:
        pass
    raise UnexpectedResponse(
        f"expected JSON from the Mattermost API, got {content_type or 'an untyped body'} (check url and basepath): "
        f'{excerpt(response.text)}',
        status_code=response.status_code, method=response.request.method, url=response.request.url,
        request_id=response.headers.get('X-Request-Id'), response=response,
    )


class Client:
    """Holds the session and the logged in user, and sends the requests of the endpoint groups."""

    def __init__(self, options):
        """:param options: complete driver options (see options.build_options)."""
        if REQUESTS_IMPORT_ERROR:
            raise ImportError(f'the Mattermost driver needs the requests library:\n{REQUESTS_IMPORT_ERROR}')
        self._options = options
        self.local_socket = options.get('local_socket')
        if self.local_socket:
            options = dict(options, scheme='http', url=LOCAL_HOST, port=80, proxy=None)
        self._url = server_url(options) + options['basepath']
        # make_request's basepath (e.g. '/hooks') is relative to the server's root, which is below
        # the sub-path of a server not at the root of its host ('/mattermost/api/v4' -> '/mattermost').
        basepath = options['basepath']
        self._root_url = server_url(options) + (basepath[:-len('/api/v4')] if basepath.endswith('/api/v4') else '')
        self._auth = options['auth']
        self._verify = options['verify']
        self._cert = (options['client_cert'], options['client_key']) if options['client_key'] else options['client_cert']
        self._proxies = {'http': options['proxy'], 'https': options['proxy']} if options['proxy'] else {}
        self._retries = options['retries']
        self._retry_backoff = options['retry_backoff']
        self._retry_max_wait = options['retry_max_wait']
        self._debug = options['debug']
        if self._debug:
            LOG.setLevel(logging.DEBUG)
        self._sleep = time.sleep  # replaced by tests
        self.session = requests.Session()
        self._local_adapter = None
        if self.local_socket:
            # Every request goes to the socket: no proxy, no TLS, no credentials.
            self._local_adapter = UnixSocketAdapter(self.local_socket, timeout=self.request_timeout)
            self.session.mount('http://', self._local_adapter)
            self.session.mount('https://', self._local_adapter)
            self.session.trust_env = False
        self._token = ''
        self._cookies = None
        self._userid = ''
        self._username = ''
        # mattermostdriver's attributes, for subclasses that read them.
        self._scheme = options['scheme']
        self._basepath = options['basepath']
        self._port = options['port']
        # The server's version (major.minor.patch) from the X-Version-Id header of its last answer.
        self.server_version = None

    @staticmethod
    def activate_verbose_logging(level=logging.DEBUG):
        """mattermostdriver's switch for verbose logging: the driver's log (requests and answers,
        secrets redacted) and urllib3's at `level`. Unlike mattermostdriver's, it leaves
        http.client's debug output off: that prints the Authorization header to standard output."""
        LOG.setLevel(level)
        logging.getLogger('urllib3').setLevel(level)

    @property
    def userid(self):
        """The id of the logged in user."""
        return self._userid

    @userid.setter
    def userid(self, user_id):
        self._userid = user_id

    @property
    def username(self):
        """The username of the logged in user, '' if none."""
        return self._username

    @username.setter
    def username(self, username):
        self._username = username

    @property
    def request_timeout(self):
        """The timeout of each HTTP request."""
        return self._options['request_timeout']

    @property
    def url(self):
        """The API's base URL: scheme://host:port/basepath."""
        return self._url

    @property
    def cookies(self):
        """The cookies given on login."""
        return self._cookies

    @cookies.setter
    def cookies(self, cookies):
        self._cookies = cookies

    @property
    def token(self):
        """The session or access token sent as `Authorization: Bearer`."""
        return self._token

    @token.setter
    def token(self, token):
        self._token = token

    def auth_header(self):
        if self._auth:
            return None
        if not self._token:
            return {}
        return {'Authorization': f'Bearer {self._token}'}

    def make_request(self, method, endpoint, options=None, params=None, data=None, files=None, basepath=None):
        """Send a request, with retries; return the `requests.Response`, raise a MattermostError for an
        error status.

        :param endpoint: the path below the base path ('/users/me'), or below `basepath` if given
        :param options: the JSON body; none is sent when None
        :param data: a form body (dict), with `files` a multipart body
        """
        if self._local_adapter is not None and names_me(endpoint):
            raise refused_identity(f'{method.upper()} {endpoint}')
        url = (self._url if basepath is None else self._root_url + basepath) + endpoint
        try:
            request = requests.Request(
                method.upper(), url, headers=self.auth_header(), params=params, data=data, files=files, json=options,
                auth=self._auth() if self._auth else None,
            )
            # Prepared once, so a retry sends the same bytes even when `files` were streams.
            prepared = self.session.prepare_request(request)
            # Passing verify and cert here (not on the session) keeps REQUESTS_CA_BUNDLE from overriding verify=False.
            settings = self.session.merge_environment_settings(prepared.url, dict(self._proxies), None, self._verify,
                                                               self._cert)
        except TRANSPORT_ERRORS as exc:
            raise MattermostError(f'cannot build the request: {self.scrub(exc)}', method=method.upper(), url=url) from None
        try:
            response = self._send(prepared, settings, request)
            version = response.headers.get('X-Version-Id')
            if version:
                self.server_version = '.'.join(version.split('.')[:3])
            if response.is_redirect:
                # Following it would send the token, the session cookie or a login's password to wherever
                # the Location header points (another host, plain http); the right url is the fix.
                location = safe_url(urljoin(prepared.url, response.headers.get('Location', '')))
                raise UnexpectedResponse(
                    f'the server redirected to {redact_url(location)} (no redirect is followed: give the address '
                    'the server answers at as url)', status_code=response.status_code, method=prepared.method,
                    url=prepared.url, request_id=response.headers.get('X-Request-Id'), response=response)
            if response.status_code >= 400:
                raise error_for_response(response)
        except MattermostError as exc:
            if self._local_adapter is None:
                raise
            replacement = local_error(self._local_adapter, exc, prepared.method, urlsplit(prepared.url).path)
            if replacement is exc:
                raise
            raise replacement from exc
        return response

    def scrub(self, exc):
        """The text of an exception raised below the driver, without any secret: requests' InvalidHeader
        shows the whole Authorization header, a ConnectionError the URL (a webhook's id, a proxy's
        password)."""
        secrets = (self._token, self._options['token'], self._options['password'], self._options['mfa_token'])
        text = redact_text(exc, secrets)
        if isinstance(exc, (requests.ConnectionError, requests.Timeout)):  # their text says what happened
            return text
        return f'{type(exc).__name__}: {text}'

    def _send(self, prepared, settings, request):
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = self.session.send(prepared, timeout=self.request_timeout, allow_redirects=False, **settings)
            except TRANSPORT_ERRORS as exc:
                self._trace(prepared, '-')
                retryable = (isinstance(exc, (requests.ConnectionError, requests.Timeout))
                             and prepared.method in IDEMPOTENT_METHODS and not isinstance(exc, requests.exceptions.SSLError))
                # A local-mode socket that cannot be opened does not come back by waiting.
                retryable = retryable and not (self._local_adapter and self._local_adapter.errors)
                if not retryable or attempt >= self._retries:
                    # `from None`: the chained exception's text would show what scrub() leaves out.
                    raise ConnectionFailure(self.scrub(exc), method=prepared.method, url=prepared.url) from None
                delay, reason = backoff_delay(attempt, self._retry_backoff, self._retry_max_wait), type(exc).__name__
            else:
                self._trace(prepared, response.status_code)
                if self._debug:
                    self._log_exchange(prepared, request, response, time.monotonic() - started)
                delay, reason = self._retry_delay(prepared.method, response, attempt), response.status_code
                if delay is None:
                    return response
            LOG.warning('%s %s: %s, retry %d of %d in %.1f s', prepared.method, redact_url(prepared.url), reason, attempt + 1,
                        self._retries, delay)
            self._sleep(delay)
            attempt += 1

    def _retry_delay(self, method, response, attempt):
        """Seconds to wait before resending, or None to not resend."""
        if attempt >= self._retries:
            return None
        if response.status_code == 429:
            return self._rate_limit_wait(response, attempt)
        if response.status_code in RETRIED_SERVER_ERRORS and method in IDEMPOTENT_METHODS:
            return backoff_delay(attempt, self._retry_backoff, self._retry_max_wait)
        return None

    def _rate_limit_wait(self, response, attempt):
        for header in ('X-Ratelimit-Reset', 'Retry-After'):
            try:
                seconds = float(response.headers[header])
            except (KeyError, ValueError):  # absent, or Retry-After as an HTTP date
                continue
            if seconds > 1e9:  # an epoch time, as the API reference words it, not seconds to wait
                seconds -= time.time()
            # The server rounds down to whole seconds: "0" means "in less than a second".
            return min(max(seconds, self._retry_backoff), self._retry_max_wait)
        return backoff_delay(attempt, self._retry_backoff, self._retry_max_wait)

    @staticmethod
    def _trace(prepared, status):
        """One `METHOD PATH STATUS` line per request in $MATTERMOST_TRACE_FILE, to count requests in tests."""
        trace_file = os.environ.get(TRACE_FILE_VARIABLE)
        if trace_file:
            with open(trace_file, 'a') as trace:
                trace.write(f'{prepared.method} {urlsplit(redact_url(prepared.url)).path} {status}\n')

    @staticmethod
    def _log_exchange(prepared, request, response, elapsed):
        if request.files:
            request_body = f'<multipart: fields {redact(request.data)}, {len(prepared.body)} bytes>'
        else:
            request_body = redact(request.json if request.json is not None else request.data or None)
        try:
            response_body = redact(response.json())
        except ValueError:
            response_body = f"<{len(response.content)} bytes of {response.headers.get('Content-Type', 'unknown type')}>"
        LOG.debug('%s %s -> %s in %.3f s\nrequest headers: %s\nrequest body: %s\nresponse headers: %s\n'
                  'response body: %s', prepared.method, redact_url(prepared.url), response.status_code, elapsed,
                  redact_headers(prepared.headers), request_body, redact_headers(response.headers), response_body)

    def _decoded(self, method, endpoint, **kwargs):
        return decode_json(self.make_request(method, endpoint, **kwargs))

    def get(self, endpoint, options=None, params=None):
        return self._decoded('GET', endpoint, options=options, params=params)

    def post(self, endpoint, options=None, params=None, data=None, files=None):
        return self._decoded('POST', endpoint, options=options, params=params, data=data, files=files)

    def put(self, endpoint, options=None, params=None, data=None):
        return self._decoded('PUT', endpoint, options=options, params=params, data=data)

    def delete(self, endpoint, options=None, params=None, data=None):
        return self._decoded('DELETE', endpoint, options=options, params=params, data=data)

    def paginate(self, endpoint, params=None, per_page=200):
        """Yield every item of a list endpoint, asking page 0, 1, ... until a page is not full."""
        page_params = dict(params or {}, per_page=per_page)
        page = 0
        while True:
            page_params['page'] = page
            items = self.get(endpoint, params=page_params)
            if not isinstance(items, list):
                raise UnexpectedResponse(f'expected a list from {endpoint}, got {type(items).__name__}',
                                         method='GET', url=self._url + endpoint)
            yield from items
            if len(items) < per_page:
                return
            page += 1
