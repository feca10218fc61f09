# GENERATED FILE, do not edit: run `python scripts/generate_operations.py [SOURCE_DIR]`.
# Types of the endpoint groups, which endpoints.py builds at run time from operations.py.
import asyncio
from typing import Any, Awaitable, Callable, Mapping

from .client import Client
from .endpoints import EndpointGroup, AccessControl, Agents, Ai, AuditLogging, Bleve, Boards, Bookmarks, Bots, Brand, Cards, Channels, Cloud, Cluster, Commands, Compliance, ContentFlagging, CustomProfileAttributes, DataRetention, DeliveryTracking, Elasticsearch, Emoji, EphemeralMode, Exports, Files, Groups, Health, Imports, Insights, IntegrationActions, IpFilters, Jobs, LDAP, Limits, Logs, Metrics, OAuth, Omnisearch, Opengraph, OutgoingOauthConnections, Perf, Permissions, Plugins, Posts, Preferences, Properties, Reactions, Recaps, Remoteclusters, Reports, Roles, SAML, ScheduledPosts, ScheduledRecaps, Schemes, ServiceTerms, Sharedchannels, Status, System, Teams, Threads, Uploads, Usage, Users, Views, Webhooks, Wikis


class Driver:
    """Holds the options and the client; logs in and out; gives the endpoint groups as attributes
    (`driver.users`, `driver.teams`, ...) and the websocket."""

    default_options: dict[str, Any]
    options: dict[str, Any]
    driver: dict[str, Any]
    client: Client
    websocket: Any
    user: dict[str, Any] | None

    def __init__(self, options: Mapping[str, Any] | None = None, client_cls: type[Client] = ...) -> None: ...
    def __enter__(self) -> "Driver": ...
    def __exit__(self, *exc_info: object) -> None: ...
    def close(self) -> None: ...
    @property
    def api(self) -> dict[str, EndpointGroup]: ...
    def login(self) -> Any: ...
    def logout(self) -> Any: ...
    def init_websocket(self, event_handler: Callable[[str], Awaitable[Any]],
                       websocket_cls: type[Any] | None = None) -> asyncio.AbstractEventLoop: ...
    def disconnect(self) -> None: ...
    def events(self, timeout: float | None = None) -> Any: ...

    @property
    def access_control(self) -> AccessControl:
        """Api endpoint for access_control"""

    @property
    def agents(self) -> Agents:
        """Api endpoint for agents"""

    @property
    def ai(self) -> Ai:
        """Api endpoint for ai"""

    @property
    def audit_logging(self) -> AuditLogging:
        """Api endpoint for audit_logging"""

    @property
    def bleve(self) -> Bleve:
        """Api endpoint for bleve"""

    @property
    def boards(self) -> Boards:
        """Api endpoint for boards"""

    @property
    def bookmarks(self) -> Bookmarks:
        """Api endpoint for bookmarks"""

    @property
    def bots(self) -> Bots:
        """Api endpoint for bots"""

    @property
    def brand(self) -> Brand:
        """Api endpoint for brand"""

    @property
    def cards(self) -> Cards:
        """Api endpoint for cards"""

    @property
    def channels(self) -> Channels:
        """Api endpoint for channels"""

    @property
    def cloud(self) -> Cloud:
        """Api endpoint for cloud"""

    @property
    def cluster(self) -> Cluster:
        """Api endpoint for cluster"""

    @property
    def commands(self) -> Commands:
        """Api endpoint for commands"""

    @property
    def compliance(self) -> Compliance:
        """Api endpoint for compliance"""

    @property
    def content_flagging(self) -> ContentFlagging:
        """Api endpoint for content_flagging"""

    @property
    def custom_profile_attributes(self) -> CustomProfileAttributes:
        """Api endpoint for custom_profile_attributes"""

    @property
    def data_retention(self) -> DataRetention:
        """Api endpoint for data_retention"""

    @property
    def delivery_tracking(self) -> DeliveryTracking:
        """Api endpoint for delivery_tracking"""

    @property
    def elasticsearch(self) -> Elasticsearch:
        """Api endpoint for elasticsearch"""

    @property
    def emoji(self) -> Emoji:
        """Api endpoint for emoji"""

    @property
    def ephemeral_mode(self) -> EphemeralMode:
        """Api endpoint for ephemeral_mode"""

    @property
    def exports(self) -> Exports:
        """Api endpoint for exports"""

    @property
    def files(self) -> Files:
        """Api endpoint for files"""

    @property
    def groups(self) -> Groups:
        """Api endpoint for groups"""

    @property
    def health(self) -> Health:
        """Api endpoint for health"""

    @property
    def imports(self) -> Imports:
        """Api endpoint for imports"""

    @property
    def insights(self) -> Insights:
        """Api endpoint for insights"""

    @property
    def integration_actions(self) -> IntegrationActions:
        """Api endpoint for integration_actions"""

    @property
    def ip_filters(self) -> IpFilters:
        """Api endpoint for ip_filters"""

    @property
    def jobs(self) -> Jobs:
        """Api endpoint for jobs"""

    @property
    def ldap(self) -> LDAP:
        """Api endpoint for ldap"""

    @property
    def limits(self) -> Limits:
        """Api endpoint for limits"""

    @property
    def logs(self) -> Logs:
        """Api endpoint for logs"""

    @property
    def metrics(self) -> Metrics:
        """Api endpoint for metrics"""

    @property
    def oauth(self) -> OAuth:
        """Api endpoint for oauth"""

    @property
    def omnisearch(self) -> Omnisearch:
        """Api endpoint for omnisearch"""

    @property
    def opengraph(self) -> Opengraph:
        """Api endpoint for opengraph"""

    @property
    def outgoing_oauth_connections(self) -> OutgoingOauthConnections:
        """Api endpoint for outgoing_oauth_connections"""

    @property
    def perf(self) -> Perf:
        """Api endpoint for perf"""

    @property
    def permissions(self) -> Permissions:
        """Api endpoint for permissions"""

    @property
    def plugins(self) -> Plugins:
        """Api endpoint for plugins"""

    @property
    def posts(self) -> Posts:
        """Api endpoint for posts"""

    @property
    def preferences(self) -> Preferences:
        """Api endpoint for preferences"""

    @property
    def properties(self) -> Properties:
        """Api endpoint for properties"""

    @property
    def reactions(self) -> Reactions:
        """Api endpoint for reactions"""

    @property
    def recaps(self) -> Recaps:
        """Api endpoint for recaps"""

    @property
    def remoteclusters(self) -> Remoteclusters:
        """Api endpoint for remoteclusters"""

    @property
    def reports(self) -> Reports:
        """Api endpoint for reports"""

    @property
    def roles(self) -> Roles:
        """Api endpoint for roles"""

    @property
    def saml(self) -> SAML:
        """Api endpoint for saml"""

    @property
    def scheduled_posts(self) -> ScheduledPosts:
        """Api endpoint for scheduled_posts"""

    @property
    def scheduled_recaps(self) -> ScheduledRecaps:
        """Api endpoint for scheduled_recaps"""

    @property
    def schemes(self) -> Schemes:
        """Api endpoint for schemes"""

    @property
    def service_terms(self) -> ServiceTerms:
        """Api endpoint for service_terms"""

    @property
    def sharedchannels(self) -> Sharedchannels:
        """Api endpoint for sharedchannels"""

    @property
    def status(self) -> Status:
        """Api endpoint for status"""

    @property
    def system(self) -> System:
        """Api endpoint for system"""

    @property
    def teams(self) -> Teams:
        """Api endpoint for teams"""

    @property
    def threads(self) -> Threads:
        """Api endpoint for threads"""

    @property
    def uploads(self) -> Uploads:
        """Api endpoint for uploads"""

    @property
    def usage(self) -> Usage:
        """Api endpoint for usage"""

    @property
    def users(self) -> Users:
        """Api endpoint for users"""

    @property
    def views(self) -> Views:
        """Api endpoint for views"""

    @property
    def webhooks(self) -> Webhooks:
        """Api endpoint for webhooks"""

    @property
    def wikis(self) -> Wikis:
        """Api endpoint for wikis"""
