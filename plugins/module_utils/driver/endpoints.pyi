# GENERATED FILE, do not edit: run `python scripts/generate_operations.py [SOURCE_DIR]`.
# Types of the endpoint groups, which endpoints.py builds at run time from operations.py.
from typing import Any, Mapping

from .client import Client


class EndpointGroup:
    client: Client
    endpoint: str

    def __init__(self, client: Client) -> None: ...


class AccessControl(EndpointGroup):
    def assign_access_control_policy_to_channels(self, policy_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Assign an access control policy to channels.

        POST /access_control_policies/{policy_id}/assign
        https://developers.mattermost.com/api-documentation/#/operations/AssignAccessControlPolicyToChannels
        """
        ...

    def check_access_control_policy_expression(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Check an access control policy expression.

        POST /access_control_policies/cel/check
        https://developers.mattermost.com/api-documentation/#/operations/CheckAccessControlPolicyExpression
        """
        ...

    def create_access_control_policy(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create an access control policy.

        PUT /access_control_policies
        https://developers.mattermost.com/api-documentation/#/operations/CreateAccessControlPolicy
        """
        ...

    def delete_access_control_policy(self, policy_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete an access control policy.

        DELETE /access_control_policies/{policy_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteAccessControlPolicy
        """
        ...

    def get_access_control_policy(self, policy_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get an access control policy.

        GET /access_control_policies/{policy_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetAccessControlPolicy
        """
        ...

    def get_access_control_policy_autocomplete_fields(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get autocomplete fields for access control policies.

        GET /access_control_policies/cel/autocomplete/fields
        https://developers.mattermost.com/api-documentation/#/operations/GetAccessControlPolicyAutocompleteFields
        """
        ...

    def get_cel_visual_ast(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get the visual AST for a CEL expression.

        POST /access_control_policies/cel/visual_ast
        https://developers.mattermost.com/api-documentation/#/operations/GetCELVisualAST
        """
        ...

    def get_channel_access_control_attributes(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get access control attributes for a channel.

        GET /channels/{channel_id}/access_control/attributes
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelAccessControlAttributes
        """
        ...

    def get_channel_activity_warning(self, policy_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channel activity warning status.

        GET /access_control_policies/{policy_id}/activity
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelActivityWarning
        """
        ...

    def get_channels_for_access_control_policy(self, policy_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channels for an access control policy.

        GET /access_control_policies/{policy_id}/resources/channels
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelsForAccessControlPolicy
        """
        ...

    def search_access_control_policies(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search access control policies.

        POST /access_control_policies/search
        https://developers.mattermost.com/api-documentation/#/operations/SearchAccessControlPolicies
        """
        ...

    def search_channels_for_access_control_policy(self, policy_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search channels for an access control policy.

        POST /access_control_policies/{policy_id}/resources/channels/search
        https://developers.mattermost.com/api-documentation/#/operations/SearchChannelsForAccessControlPolicy
        """
        ...

    def test_access_control_policy_expression(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Test an access control policy expression.

        POST /access_control_policies/cel/test
        https://developers.mattermost.com/api-documentation/#/operations/TestAccessControlPolicyExpression
        """
        ...

    def unassign_access_control_policy_from_channels(self, policy_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Unassign an access control policy from channels.

        DELETE /access_control_policies/{policy_id}/unassign
        https://developers.mattermost.com/api-documentation/#/operations/UnassignAccessControlPolicyFromChannels
        """
        ...

    def update_access_control_policy_active_status(self, policy_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Activate or deactivate an access control policy.

        GET /access_control_policies/{policy_id}/activate
        https://developers.mattermost.com/api-documentation/#/operations/UpdateAccessControlPolicyActiveStatus
        """
        ...

    def validate_expression_against_requester(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Validate if the current user matches a CEL expression.

        POST /access_control_policies/cel/validate_requester
        https://developers.mattermost.com/api-documentation/#/operations/ValidateExpressionAgainstRequester
        """
        ...


class Agents(EndpointGroup):
    def get_agents(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get available agents.

        GET /agents
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/GetAgents
        """
        ...

    def get_agents_status(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get agents bridge status.

        GET /agents/status
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/GetAgentsStatus
        """
        ...

    def get_llm_services(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get available LLM services.

        GET /llmservices
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/GetLLMServices
        """
        ...


class Ai(EndpointGroup):
    def rewrite_message(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Rewrite a message using AI.

        POST /ai/rewrite
        https://developers.mattermost.com/api-documentation/#/operations/RewriteMessage
        """
        ...


class AuditLogging(EndpointGroup):
    def add_audit_log_certificate(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload audit log certificate.

        POST /audit_logs/certificate
        Minimum server version: 9.5
        https://developers.mattermost.com/api-documentation/#/operations/AddAuditLogCertificate
        """
        ...

    def remove_audit_log_certificate(self, params: Mapping[str, Any] | None = None) -> Any:
        """Remove audit log certificate.

        DELETE /audit_logs/certificate
        Minimum server version: 9.5
        https://developers.mattermost.com/api-documentation/#/operations/RemoveAuditLogCertificate
        """
        ...


class Bleve(EndpointGroup):
    def purge_bleve_indexes(self, params: Mapping[str, Any] | None = None) -> Any:
        """Purge all Bleve indexes.

        POST /bleve/purge_indexes
        Minimum server version: 5.24
        https://developers.mattermost.com/api-documentation/#/operations/PurgeBleveIndexes
        """
        ...


class Boards(EndpointGroup):
    def create_board(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a board channel.

        POST /boards
        https://developers.mattermost.com/api-documentation/#/operations/CreateBoard
        """
        ...


class Bookmarks(EndpointGroup):
    def create_channel_bookmark(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create channel bookmark.

        POST /channels/{channel_id}/bookmarks
        Minimum server version: 9.5
        https://developers.mattermost.com/api-documentation/#/operations/CreateChannelBookmark
        """
        ...

    def delete_channel_bookmark(self, channel_id: str, bookmark_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete channel bookmark.

        DELETE /channels/{channel_id}/bookmarks/{bookmark_id}
        Minimum server version: 9.5
        https://developers.mattermost.com/api-documentation/#/operations/DeleteChannelBookmark
        """
        ...

    def list_channel_bookmarks_for_channel(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channel bookmarks for Channel.

        GET /channels/{channel_id}/bookmarks
        Minimum server version: 9.5
        https://developers.mattermost.com/api-documentation/#/operations/ListChannelBookmarksForChannel
        """
        ...

    def update_channel_bookmark(self, channel_id: str, bookmark_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update channel bookmark.

        PATCH /channels/{channel_id}/bookmarks/{bookmark_id}
        Minimum server version: 9.5
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelBookmark
        """
        ...

    def update_channel_bookmark_sort_order(self, channel_id: str, bookmark_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update channel bookmark's order.

        POST /channels/{channel_id}/bookmarks/{bookmark_id}/sort_order
        Minimum server version: 9.5
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelBookmarkSortOrder
        """
        ...


class Bots(EndpointGroup):
    def assign_bot(self, bot_user_id: str, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Assign a bot to a user.

        POST /bots/{bot_user_id}/assign/{user_id}
        Minimum server version: 5.10
        https://developers.mattermost.com/api-documentation/#/operations/AssignBot
        """
        ...

    def assign_bot_to_user(self, bot_id: str, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Assign a bot to a user.

        POST /bots/{bot_id}/assign/{user_id} (mattermostdriver name of assign_bot)
        Minimum server version: 5.10
        https://developers.mattermost.com/api-documentation/#/operations/AssignBot
        """
        ...

    def convert_bot_to_user(self, bot_user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Convert a bot into a user.

        POST /bots/{bot_user_id}/convert_to_user
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/ConvertBotToUser
        """
        ...

    def create_bot(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a bot.

        POST /bots
        Minimum server version: 5.10
        https://developers.mattermost.com/api-documentation/#/operations/CreateBot
        """
        ...

    def delete_bot_icon_image(self, bot_user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete bot's LHS icon image.

        DELETE /bots/{bot_user_id}/icon
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/DeleteBotIconImage
        """
        ...

    def delete_bot_lhs_icon(self, bot_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete bot's LHS icon image.

        DELETE /bots/{bot_id}/icon (mattermostdriver name of delete_bot_icon_image)
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/DeleteBotIconImage
        """
        ...

    def disable_bot(self, bot_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Disable a bot.

        POST /bots/{bot_id}/disable (mattermostdriver's parameter names)
        Minimum server version: 5.10
        https://developers.mattermost.com/api-documentation/#/operations/DisableBot
        """
        ...

    def enable_bot(self, bot_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Enable a bot.

        POST /bots/{bot_id}/enable (mattermostdriver's parameter names)
        Minimum server version: 5.10
        https://developers.mattermost.com/api-documentation/#/operations/EnableBot
        """
        ...

    def get_bot(self, bot_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a bot.

        GET /bots/{bot_id} (mattermostdriver's parameter names)
        Minimum server version: 5.10
        https://developers.mattermost.com/api-documentation/#/operations/GetBot
        """
        ...

    def get_bot_icon_image(self, bot_user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get bot's LHS icon.

        GET /bots/{bot_user_id}/icon
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/GetBotIconImage
        """
        ...

    def get_bot_lhs_icon(self, bot_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get bot's LHS icon.

        GET /bots/{bot_id}/icon (mattermostdriver name of get_bot_icon_image)
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/GetBotIconImage
        """
        ...

    def get_bots(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get bots.

        GET /bots
        Minimum server version: 5.10
        https://developers.mattermost.com/api-documentation/#/operations/GetBots
        """
        ...

    def patch_bot(self, bot_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a bot.

        PUT /bots/{bot_id} (mattermostdriver's parameter names)
        Minimum server version: 5.10
        https://developers.mattermost.com/api-documentation/#/operations/PatchBot
        """
        ...

    def set_bot_icon_image(self, bot_user_id: str, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set bot's LHS icon image.

        POST /bots/{bot_user_id}/icon
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/SetBotIconImage
        """
        ...

    def set_bot_lhs_icon(self, bot_id: str, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set bot's LHS icon image.

        POST /bots/{bot_id}/icon (mattermostdriver name of set_bot_icon_image)
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/SetBotIconImage
        """
        ...


class Brand(EndpointGroup):
    def delete_brand_image(self, params: Mapping[str, Any] | None = None) -> Any:
        """Delete current brand image.

        DELETE /brand/image
        Minimum server version: 5.6
        https://developers.mattermost.com/api-documentation/#/operations/DeleteBrandImage
        """
        ...

    def get_brand_image(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get brand image.

        GET /brand/image
        https://developers.mattermost.com/api-documentation/#/operations/GetBrandImage
        """
        ...

    def upload_brand_image(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload brand image.

        POST /brand/image
        https://developers.mattermost.com/api-documentation/#/operations/UploadBrandImage
        """
        ...


class Cards(EndpointGroup):
    def create_card(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a card post.

        POST /cards
        https://developers.mattermost.com/api-documentation/#/operations/CreateCard
        """
        ...

    def delete_card(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a card post.

        DELETE /cards/{post_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteCard
        """
        ...

    def get_card_edit_history(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get edit history for a card post.

        GET /cards/{post_id}/edit_history
        https://developers.mattermost.com/api-documentation/#/operations/GetCardEditHistory
        """
        ...

    def patch_card(self, post_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a card post.

        PUT /cards/{post_id}/patch
        https://developers.mattermost.com/api-documentation/#/operations/PatchCard
        """
        ...

    def update_card(self, post_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a card post.

        PUT /cards/{post_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdateCard
        """
        ...


class Channels(EndpointGroup):
    def add_channel_member(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Add user(s) to channel.

        POST /channels/{channel_id}/members
        https://developers.mattermost.com/api-documentation/#/operations/AddChannelMember
        """
        ...

    def add_user(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Add user(s) to channel.

        POST /channels/{channel_id}/members (mattermostdriver name of add_channel_member)
        https://developers.mattermost.com/api-documentation/#/operations/AddChannelMember
        """
        ...

    def autocomplete_channels(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Autocomplete channels.

        GET /teams/{team_id}/channels/autocomplete (mattermostdriver name of autocomplete_channels_for_team)
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/AutocompleteChannelsForTeam
        """
        ...

    def autocomplete_channels_for_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Autocomplete channels.

        GET /teams/{team_id}/channels/autocomplete
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/AutocompleteChannelsForTeam
        """
        ...

    def autocomplete_channels_for_team_for_search(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Autocomplete channels for search.

        GET /teams/{team_id}/channels/search_autocomplete
        Minimum server version: 5.4
        https://developers.mattermost.com/api-documentation/#/operations/AutocompleteChannelsForTeamForSearch
        """
        ...

    def channel_members_minus_group_members(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Channel members minus group members.

        GET /channels/{channel_id}/members_minus_group_members
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/ChannelMembersMinusGroupMembers
        """
        ...

    def convert_channel(self, channel_id: str) -> Any:
        """PUT /channels/{channel_id}/privacy: make a public channel private.

        The server dropped mattermostdriver's POST /channels/{channel_id}/convert for this route.
        """
        ...

    def create_channel(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a channel.

        POST /channels
        https://developers.mattermost.com/api-documentation/#/operations/CreateChannel
        """
        ...

    def create_direct_channel(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a direct message channel.

        POST /channels/direct
        https://developers.mattermost.com/api-documentation/#/operations/CreateDirectChannel
        """
        ...

    def create_direct_message_channel(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a direct message channel.

        POST /channels/direct (mattermostdriver name of create_direct_channel)
        https://developers.mattermost.com/api-documentation/#/operations/CreateDirectChannel
        """
        ...

    def create_group_channel(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a group message channel.

        POST /channels/group
        https://developers.mattermost.com/api-documentation/#/operations/CreateGroupChannel
        """
        ...

    def create_group_message_channel(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a group message channel.

        POST /channels/group (mattermostdriver name of create_group_channel)
        https://developers.mattermost.com/api-documentation/#/operations/CreateGroupChannel
        """
        ...

    def create_sidebar_category_for_team_for_user(self, user_id: str, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create user's sidebar category.

        POST /users/{user_id}/teams/{team_id}/channels/categories
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/CreateSidebarCategoryForTeamForUser
        """
        ...

    def delete_channel(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a channel.

        DELETE /channels/{channel_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteChannel
        """
        ...

    def get_all_channels(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of all channels.

        GET /channels
        https://developers.mattermost.com/api-documentation/#/operations/GetAllChannels
        """
        ...

    def get_all_channels_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get all channels from all teams.

        GET /users/{user_id}/channels
        Minimum server version: 6.1
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelsForUser
        """
        ...

    def get_channel(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a channel.

        GET /channels/{channel_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetChannel
        """
        ...

    def get_channel_by_name(self, team_id: str, channel_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a channel by name.

        GET /teams/{team_id}/channels/name/{channel_name}
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelByName
        """
        ...

    def get_channel_by_name_and_team_name(self, team_name: str, channel_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a channel by name and team name.

        GET /teams/name/{team_name}/channels/name/{channel_name} (mattermostdriver name of get_channel_by_name_for_team_name)
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelByNameForTeamName
        """
        ...

    def get_channel_by_name_for_team_name(self, team_name: str, channel_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a channel by name and team name.

        GET /teams/name/{team_name}/channels/name/{channel_name}
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelByNameForTeamName
        """
        ...

    def get_channel_for_user(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channels for user.

        GET /users/{user_id}/teams/{team_id}/channels (mattermostdriver name of get_channels_for_team_for_user)
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelsForTeamForUser
        """
        ...

    def get_channel_member(self, channel_id: str, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channel member.

        GET /channels/{channel_id}/members/{user_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelMember
        """
        ...

    def get_channel_member_counts_by_group(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Channel members counts for each group that has atleast one member in the channel.

        GET /channels/{channel_id}/member_counts_by_group
        Minimum server version: 5.24
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelMemberCountsByGroup
        """
        ...

    def get_channel_members(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channel members.

        GET /channels/{channel_id}/members
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelMembers
        """
        ...

    def get_channel_members_by_ids(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get channel members by ids.

        POST /channels/{channel_id}/members/ids
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelMembersByIds
        """
        ...

    def get_channel_members_for_user(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channel memberships and roles for a user.

        GET /users/{user_id}/teams/{team_id}/channels/members
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelMembersForUser
        """
        ...

    def get_channel_members_timezones(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get timezones in a channel.

        GET /channels/{channel_id}/timezones
        Minimum server version: 5.6
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelMembersTimezones
        """
        ...

    def get_channel_moderations(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get information about channel's moderation.

        GET /channels/{channel_id}/moderations
        Minimum server version: 5.22
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelModerations
        """
        ...

    def get_channel_pinned_posts(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a channel's pinned posts.

        GET /channels/{channel_id}/pinned (mattermostdriver name of get_pinned_posts)
        https://developers.mattermost.com/api-documentation/#/operations/GetPinnedPosts
        """
        ...

    def get_channel_statistics(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channel statistics.

        GET /channels/{channel_id}/stats (mattermostdriver name of get_channel_stats)
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelStats
        """
        ...

    def get_channel_stats(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channel statistics.

        GET /channels/{channel_id}/stats
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelStats
        """
        ...

    def get_channel_unread(self, user_id: str, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get unread messages.

        GET /users/{user_id}/channels/{channel_id}/unread
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelUnread
        """
        ...

    def get_channels_for_team_for_user(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channels for user.

        GET /users/{user_id}/teams/{team_id}/channels
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelsForTeamForUser
        """
        ...

    def get_channels_for_user(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channels for user.

        GET /users/{user_id}/teams/{team_id}/channels (mattermostdriver name of get_channels_for_team_for_user)
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelsForTeamForUser
        """
        ...

    def get_deleted_channels(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get deleted channels.

        GET /teams/{team_id}/channels/deleted (mattermostdriver name of get_deleted_channels_for_team)
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/GetDeletedChannelsForTeam
        """
        ...

    def get_deleted_channels_for_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get deleted channels.

        GET /teams/{team_id}/channels/deleted
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/GetDeletedChannelsForTeam
        """
        ...

    def get_group_message_members_common_teams(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get common teams for members of a Group Message.

        GET /channels/{channel_id}/common_teams
        Minimum server version: 9.1
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupMessageMembersCommonTeams
        """
        ...

    def get_list_of_channels_by_ids(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of channels by ids.

        POST /teams/{team_id}/channels/ids (mattermostdriver name of get_public_channels_by_ids_for_team)
        https://developers.mattermost.com/api-documentation/#/operations/GetPublicChannelsByIdsForTeam
        """
        ...

    def get_managed_categories(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get managed category mappings.

        GET /teams/{team_id}/channels/managed_categories
        https://developers.mattermost.com/api-documentation/#/operations/GetManagedCategories
        """
        ...

    def get_pinned_posts(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a channel's pinned posts.

        GET /channels/{channel_id}/pinned
        https://developers.mattermost.com/api-documentation/#/operations/GetPinnedPosts
        """
        ...

    def get_private_channels_for_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get private channels.

        GET /teams/{team_id}/channels/private
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/GetPrivateChannelsForTeam
        """
        ...

    def get_public_channels(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get public channels.

        GET /teams/{team_id}/channels (mattermostdriver name of get_public_channels_for_team)
        https://developers.mattermost.com/api-documentation/#/operations/GetPublicChannelsForTeam
        """
        ...

    def get_public_channels_by_ids_for_team(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of channels by ids.

        POST /teams/{team_id}/channels/ids
        https://developers.mattermost.com/api-documentation/#/operations/GetPublicChannelsByIdsForTeam
        """
        ...

    def get_public_channels_for_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get public channels.

        GET /teams/{team_id}/channels
        https://developers.mattermost.com/api-documentation/#/operations/GetPublicChannelsForTeam
        """
        ...

    def get_recommended_channels_for_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get recommended public channels for the current user.

        GET /teams/{team_id}/channels/recommended
        Minimum server version: 11.8
        https://developers.mattermost.com/api-documentation/#/operations/GetRecommendedChannelsForTeam
        """
        ...

    def get_shared_channel_remotes(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get remote clusters for a shared channel.

        GET /sharedchannels/{channel_id}/remotes
        Minimum server version: 10.10
        https://developers.mattermost.com/api-documentation/#/operations/GetSharedChannelRemotes
        """
        ...

    def get_sidebar_categories_for_team_for_user(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get user's sidebar categories.

        GET /users/{user_id}/teams/{team_id}/channels/categories
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/GetSidebarCategoriesForTeamForUser
        """
        ...

    def get_sidebar_category_for_team_for_user(self, user_id: str, team_id: str, category_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get sidebar category.

        GET /users/{user_id}/teams/{team_id}/channels/categories/{category_id}
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/GetSidebarCategoryForTeamForUser
        """
        ...

    def get_sidebar_category_order_for_team_for_user(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get user's sidebar category order.

        GET /users/{user_id}/teams/{team_id}/channels/categories/order
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/GetSidebarCategoryOrderForTeamForUser
        """
        ...

    def get_unread_messages(self, user_id: str, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get unread messages.

        GET /users/{user_id}/channels/{channel_id}/unread (mattermostdriver name of get_channel_unread)
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelUnread
        """
        ...

    def mark_all_direct_messages_read(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Mark all direct and group messages as read.

        PUT /channels/members/{user_id}/direct/read
        Minimum server version: 11.3
        https://developers.mattermost.com/api-documentation/#/operations/MarkAllDirectMessagesRead
        """
        ...

    def move_channel(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Move a channel.

        POST /channels/{channel_id}/move
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/MoveChannel
        """
        ...

    def patch_channel(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a channel.

        PUT /channels/{channel_id}/patch
        https://developers.mattermost.com/api-documentation/#/operations/PatchChannel
        """
        ...

    def patch_channel_moderations(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a channel's moderation settings.

        PUT /channels/{channel_id}/moderations/patch
        Minimum server version: 5.22
        https://developers.mattermost.com/api-documentation/#/operations/PatchChannelModerations
        """
        ...

    def remove_channel_member(self, channel_id: str, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Remove user from channel.

        DELETE /channels/{channel_id}/members/{user_id} (mattermostdriver name of remove_user_from_channel)
        https://developers.mattermost.com/api-documentation/#/operations/RemoveUserFromChannel
        """
        ...

    def remove_sidebar_category_for_team_for_user(self, user_id: str, team_id: str, category_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete sidebar category.

        DELETE /users/{user_id}/teams/{team_id}/channels/categories/{category_id}
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/RemoveSidebarCategoryForTeamForUser
        """
        ...

    def remove_user_from_channel(self, channel_id: str, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Remove user from channel.

        DELETE /channels/{channel_id}/members/{user_id}
        https://developers.mattermost.com/api-documentation/#/operations/RemoveUserFromChannel
        """
        ...

    def restore_channel(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Restore a channel.

        POST /channels/{channel_id}/restore
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/RestoreChannel
        """
        ...

    def search_all_channels(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search all private and open type channels across all teams.

        POST /channels/search
        https://developers.mattermost.com/api-documentation/#/operations/SearchAllChannels
        """
        ...

    def search_channels(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search channels.

        POST /teams/{team_id}/channels/search
        https://developers.mattermost.com/api-documentation/#/operations/SearchChannels
        """
        ...

    def search_group_channels(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search Group Channels.

        POST /channels/group/search
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/SearchGroupChannels
        """
        ...

    def set_channel_members(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set channel members.

        PUT /channels/{channel_id}/members
        Minimum server version: 11.7
        https://developers.mattermost.com/api-documentation/#/operations/SetChannelMembers
        """
        ...

    def set_channel_scheme(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set a channel's scheme.

        PUT /channels/{channel_id}/scheme (mattermostdriver name of update_channel_scheme)
        Minimum server version: 4.10
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelScheme
        """
        ...

    def update_channel(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a channel.

        PUT /channels/{channel_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannel
        """
        ...

    def update_channel_member_autotranslation(self, channel_id: str, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update channel member autotranslation setting.

        PUT /channels/{channel_id}/members/{user_id}/autotranslation
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelMemberAutotranslation
        """
        ...

    def update_channel_member_scheme_roles(self, channel_id: str, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update the scheme-derived roles of a channel member.

        PUT /channels/{channel_id}/members/{user_id}/schemeRoles
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelMemberSchemeRoles
        """
        ...

    def update_channel_notifications(self, channel_id: str, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update channel notifications.

        PUT /channels/{channel_id}/members/{user_id}/notify_props (mattermostdriver name of update_channel_notify_props)
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelNotifyProps
        """
        ...

    def update_channel_notify_props(self, channel_id: str, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update channel notifications.

        PUT /channels/{channel_id}/members/{user_id}/notify_props
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelNotifyProps
        """
        ...

    def update_channel_privacy(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update channel's privacy.

        PUT /channels/{channel_id}/privacy
        Minimum server version: 5.16
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelPrivacy
        """
        ...

    def update_channel_roles(self, channel_id: str, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update channel roles.

        PUT /channels/{channel_id}/members/{user_id}/roles
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelRoles
        """
        ...

    def update_channel_scheme(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set a channel's scheme.

        PUT /channels/{channel_id}/scheme
        Minimum server version: 4.10
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelScheme
        """
        ...

    def update_scheme_derived_roles_of_channel_member(self, channel_id: str, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update the scheme-derived roles of a channel member.

        PUT /channels/{channel_id}/members/{user_id}/schemeRoles (mattermostdriver name of update_channel_member_scheme_roles)
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelMemberSchemeRoles
        """
        ...

    def update_sidebar_categories_for_team_for_user(self, user_id: str, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update user's sidebar categories.

        PUT /users/{user_id}/teams/{team_id}/channels/categories
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/UpdateSidebarCategoriesForTeamForUser
        """
        ...

    def update_sidebar_category_for_team_for_user(self, user_id: str, team_id: str, category_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update sidebar category.

        PUT /users/{user_id}/teams/{team_id}/channels/categories/{category_id}
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/UpdateSidebarCategoryForTeamForUser
        """
        ...

    def update_sidebar_category_order_for_team_for_user(self, user_id: str, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update user's sidebar category order.

        PUT /users/{user_id}/teams/{team_id}/channels/categories/order
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/UpdateSidebarCategoryOrderForTeamForUser
        """
        ...

    def view_channel(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """View channel.

        POST /channels/members/{user_id}/view
        https://developers.mattermost.com/api-documentation/#/operations/ViewChannel
        """
        ...


class Cloud(EndpointGroup):
    def check_cws_connection(self, params: Mapping[str, Any] | None = None) -> Any:
        """Check CWS connection.

        GET /cloud/check-cws-connection
        Minimum server version: 5.28
        https://developers.mattermost.com/api-documentation/#/operations/CheckCWSConnection
        """
        ...

    def get_cloud_customer(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get cloud customer.

        GET /cloud/customer
        Minimum server version: 5.28
        https://developers.mattermost.com/api-documentation/#/operations/GetCloudCustomer
        """
        ...

    def get_cloud_limits(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get cloud workspace limits.

        GET /cloud/limits
        Minimum server version: 7.0
        https://developers.mattermost.com/api-documentation/#/operations/GetCloudLimits
        """
        ...

    def get_cloud_products(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get cloud products.

        GET /cloud/products
        Minimum server version: 5.28
        https://developers.mattermost.com/api-documentation/#/operations/GetCloudProducts
        """
        ...

    def get_endpoint_for_installation_information(self, params: Mapping[str, Any] | None = None) -> Any:
        """GET endpoint for Installation information.

        GET /cloud/installation
        Minimum server version: 9.1
        https://developers.mattermost.com/api-documentation/#/operations/GetEndpointForInstallationInformation
        """
        ...

    def get_invoice_for_subscription_as_pdf(self, invoice_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get cloud invoice PDF.

        GET /cloud/subscription/invoices/{invoice_id}/pdf
        Minimum server version: 5.30
        https://developers.mattermost.com/api-documentation/#/operations/GetInvoiceForSubscriptionAsPdf
        """
        ...

    def get_invoices_for_subscription(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get cloud subscription invoices.

        GET /cloud/subscription/invoices
        Minimum server version: 5.30
        https://developers.mattermost.com/api-documentation/#/operations/GetInvoicesForSubscription
        """
        ...

    def get_preview_modal_data(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get cloud preview modal data.

        GET /cloud/preview/modal_data
        Minimum server version: 10.0
        https://developers.mattermost.com/api-documentation/#/operations/GetPreviewModalData
        """
        ...

    def get_subscription(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get cloud subscription.

        GET /cloud/subscription
        Minimum server version: 5.28
        https://developers.mattermost.com/api-documentation/#/operations/GetSubscription
        """
        ...

    def hosted_customer_signup_available(self, params: Mapping[str, Any] | None = None) -> Any:
        """Check hosted signup availability.

        GET /hosted_customer/signup_available
        https://developers.mattermost.com/api-documentation/#/operations/HostedCustomerSignupAvailable
        """
        ...

    def post_endpoint_for_cws_webhooks(self, params: Mapping[str, Any] | None = None) -> Any:
        """POST endpoint for CWS Webhooks.

        POST /cloud/webhook
        Minimum server version: 5.30
        https://developers.mattermost.com/api-documentation/#/operations/PostEndpointForCwsWebhooks
        """
        ...

    def update_cloud_customer(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update cloud customer.

        PUT /cloud/customer
        Minimum server version: 5.29
        https://developers.mattermost.com/api-documentation/#/operations/UpdateCloudCustomer
        """
        ...

    def update_cloud_customer_address(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update cloud customer address.

        PUT /cloud/customer/address
        Minimum server version: 5.29
        https://developers.mattermost.com/api-documentation/#/operations/UpdateCloudCustomerAddress
        """
        ...

    def validate_business_email(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Validate business email.

        POST /cloud/validate-business-email
        https://developers.mattermost.com/api-documentation/#/operations/ValidateBusinessEmail
        """
        ...

    def validate_workspace_business_email(self, params: Mapping[str, Any] | None = None) -> Any:
        """Validate workspace business email.

        POST /cloud/validate-workspace-business-email
        https://developers.mattermost.com/api-documentation/#/operations/ValidateWorkspaceBusinessEmail
        """
        ...


class Cluster(EndpointGroup):
    def get_cluster_status(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get cluster status.

        GET /cluster/status
        https://developers.mattermost.com/api-documentation/#/operations/GetClusterStatus
        """
        ...


class Commands(EndpointGroup):
    def create_command(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a command.

        POST /commands
        https://developers.mattermost.com/api-documentation/#/operations/CreateCommand
        """
        ...

    def delete_command(self, command_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a command.

        DELETE /commands/{command_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteCommand
        """
        ...

    def execute_command(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Execute a command.

        POST /commands/execute
        https://developers.mattermost.com/api-documentation/#/operations/ExecuteCommand
        """
        ...

    def generate_new_token(self, command_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Generate a new token.

        PUT /commands/{command_id}/regen_token (mattermostdriver name of regen_command_token)
        https://developers.mattermost.com/api-documentation/#/operations/RegenCommandToken
        """
        ...

    def get_command_by_id(self, command_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a command.

        GET /commands/{command_id}
        Minimum server version: 5.22
        https://developers.mattermost.com/api-documentation/#/operations/GetCommandById
        """
        ...

    def list_autocomplete_commands(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """List autocomplete commands.

        GET /teams/{team_id}/commands/autocomplete
        https://developers.mattermost.com/api-documentation/#/operations/ListAutocompleteCommands
        """
        ...

    def list_command_autocomplete_suggestions(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """List commands' autocomplete data.

        GET /teams/{team_id}/commands/autocomplete_suggestions
        Minimum server version: 5.24
        https://developers.mattermost.com/api-documentation/#/operations/ListCommandAutocompleteSuggestions
        """
        ...

    def list_commands(self, params: Mapping[str, Any] | None = None) -> Any:
        """List commands for a team.

        GET /commands
        https://developers.mattermost.com/api-documentation/#/operations/ListCommands
        """
        ...

    def list_commands_for_team(self, params: Mapping[str, Any] | None = None) -> Any:
        """List commands for a team.

        GET /commands (mattermostdriver name of list_commands)
        https://developers.mattermost.com/api-documentation/#/operations/ListCommands
        """
        ...

    def move_command(self, command_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Move a command.

        PUT /commands/{command_id}/move
        Minimum server version: 5.22
        https://developers.mattermost.com/api-documentation/#/operations/MoveCommand
        """
        ...

    def regen_command_token(self, command_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Generate a new token.

        PUT /commands/{command_id}/regen_token
        https://developers.mattermost.com/api-documentation/#/operations/RegenCommandToken
        """
        ...

    def update_command(self, command_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a command.

        PUT /commands/{command_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdateCommand
        """
        ...


class Compliance(EndpointGroup):
    def create_compliance_report(self, params: Mapping[str, Any] | None = None) -> Any:
        """Create report.

        POST /compliance/reports
        https://developers.mattermost.com/api-documentation/#/operations/CreateComplianceReport
        """
        ...

    def create_report(self, params: Mapping[str, Any] | None = None) -> Any:
        """Create report.

        POST /compliance/reports (mattermostdriver name of create_compliance_report)
        https://developers.mattermost.com/api-documentation/#/operations/CreateComplianceReport
        """
        ...

    def download_compliance_report(self, report_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Download a report.

        GET /compliance/reports/{report_id}/download
        https://developers.mattermost.com/api-documentation/#/operations/DownloadComplianceReport
        """
        ...

    def download_report(self, report_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Download a report.

        GET /compliance/reports/{report_id}/download (mattermostdriver name of download_compliance_report)
        https://developers.mattermost.com/api-documentation/#/operations/DownloadComplianceReport
        """
        ...

    def get_compliance_report(self, report_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a report.

        GET /compliance/reports/{report_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetComplianceReport
        """
        ...

    def get_compliance_reports(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get reports.

        GET /compliance/reports
        https://developers.mattermost.com/api-documentation/#/operations/GetComplianceReports
        """
        ...

    def get_report(self, report_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a report.

        GET /compliance/reports/{report_id} (mattermostdriver name of get_compliance_report)
        https://developers.mattermost.com/api-documentation/#/operations/GetComplianceReport
        """
        ...

    def get_reports(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get reports.

        GET /compliance/reports (mattermostdriver name of get_compliance_reports)
        https://developers.mattermost.com/api-documentation/#/operations/GetComplianceReports
        """
        ...


class ContentFlagging(EndpointGroup):
    def assign_flagged_post_reviewer(self, post_id: str, reviewer_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Assign a content reviewer to a flagged post.

        POST /content_flagging/post/{post_id}/assign/{reviewer_id}
        """
        ...

    def flag_post(self, post_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Flag a post.

        POST /content_flagging/post/{post_id}/flag
        """
        ...

    def get_content_flagging_config(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get the system content flagging configuration.

        GET /content_flagging/config
        """
        ...

    def get_flagged_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a flagged post with all its content.

        GET /content_flagging/post/{post_id}
        """
        ...

    def get_flagged_post_field_values(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get content flagging property field values for a post.

        GET /content_flagging/post/{post_id}/field_values
        """
        ...

    def get_flagging_config(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get content flagging configuration.

        GET /content_flagging/flag/config
        """
        ...

    def get_flagging_fields(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get content flagging property fields.

        GET /content_flagging/fields
        """
        ...

    def get_team_flagging_status(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get content flagging status for a team.

        GET /content_flagging/team/{team_id}/status
        """
        ...

    def keep_flagged_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Keep a flagged post.

        PUT /content_flagging/post/{post_id}/keep
        """
        ...

    def remove_flagged_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Remove a flagged post.

        PUT /content_flagging/post/{post_id}/remove
        """
        ...

    def search_content_reviewers(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Search content reviewers in a team.

        GET /content_flagging/team/{team_id}/reviewers/search
        """
        ...

    def update_content_flagging_config(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update the system content flagging configuration.

        PUT /content_flagging/config
        """
        ...


class CustomProfileAttributes(EndpointGroup):
    def create_cpa_field(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a Custom Profile Attribute field.

        POST /custom_profile_attributes/fields
        Minimum server version: 10.5
        https://developers.mattermost.com/api-documentation/#/operations/CreateCPAField
        """
        ...

    def delete_cpa_field(self, field_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a Custom Profile Attribute field.

        DELETE /custom_profile_attributes/fields/{field_id}
        Minimum server version: 10.5
        https://developers.mattermost.com/api-documentation/#/operations/DeleteCPAField
        """
        ...

    def list_all_cpa_fields(self, params: Mapping[str, Any] | None = None) -> Any:
        """List all the Custom Profile Attributes fields.

        GET /custom_profile_attributes/fields
        Minimum server version: 10.5
        https://developers.mattermost.com/api-documentation/#/operations/ListAllCPAFields
        """
        ...

    def list_cpa_values(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """List Custom Profile Attribute values.

        GET /users/{user_id}/custom_profile_attributes
        Minimum server version: 10.5
        https://developers.mattermost.com/api-documentation/#/operations/ListCPAValues
        """
        ...

    def patch_cpa_field(self, field_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a Custom Profile Attribute field.

        PATCH /custom_profile_attributes/fields/{field_id}
        Minimum server version: 10.5
        https://developers.mattermost.com/api-documentation/#/operations/PatchCPAField
        """
        ...

    def patch_cpa_values(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch Custom Profile Attribute values.

        PATCH /custom_profile_attributes/values
        Minimum server version: 10.5
        https://developers.mattermost.com/api-documentation/#/operations/PatchCPAValues
        """
        ...


class DataRetention(EndpointGroup):
    def add_channels_to_retention_policy(self, policy_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Add channels to a granular data retention policy.

        POST /data_retention/policies/{policy_id}/channels
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/AddChannelsToRetentionPolicy
        """
        ...

    def add_teams_to_retention_policy(self, policy_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Add teams to a granular data retention policy.

        POST /data_retention/policies/{policy_id}/teams
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/AddTeamsToRetentionPolicy
        """
        ...

    def create_data_retention_policy(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a new granular data retention policy.

        POST /data_retention/policies
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/CreateDataRetentionPolicy
        """
        ...

    def delete_data_retention_policy(self, policy_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a granular data retention policy.

        DELETE /data_retention/policies/{policy_id}
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/DeleteDataRetentionPolicy
        """
        ...

    def get_channels_for_retention_policy(self, policy_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get the channels for a granular data retention policy.

        GET /data_retention/policies/{policy_id}/channels
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelsForRetentionPolicy
        """
        ...

    def get_data_retention_policies(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get the granular data retention policies.

        GET /data_retention/policies
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/GetDataRetentionPolicies
        """
        ...

    def get_data_retention_policies_count(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get the number of granular data retention policies.

        GET /data_retention/policies_count
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/GetDataRetentionPoliciesCount
        """
        ...

    def get_data_retention_policy(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get the global data retention policy.

        GET /data_retention/policy
        Minimum server version: 4.3
        https://developers.mattermost.com/api-documentation/#/operations/GetDataRetentionPolicy
        """
        ...

    def get_data_retention_policy_by_id(self, policy_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a granular data retention policy.

        GET /data_retention/policies/{policy_id}
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/GetDataRetentionPolicyByID
        """
        ...

    def get_teams_for_retention_policy(self, policy_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get the teams for a granular data retention policy.

        GET /data_retention/policies/{policy_id}/teams
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamsForRetentionPolicy
        """
        ...

    def patch_data_retention_policy(self, policy_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a granular data retention policy.

        PATCH /data_retention/policies/{policy_id}
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/PatchDataRetentionPolicy
        """
        ...

    def remove_channels_from_retention_policy(self, policy_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Delete channels from a granular data retention policy.

        DELETE /data_retention/policies/{policy_id}/channels
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/RemoveChannelsFromRetentionPolicy
        """
        ...

    def remove_teams_from_retention_policy(self, policy_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Delete teams from a granular data retention policy.

        DELETE /data_retention/policies/{policy_id}/teams
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/RemoveTeamsFromRetentionPolicy
        """
        ...

    def search_channels_for_retention_policy(self, policy_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search for the channels in a granular data retention policy.

        POST /data_retention/policies/{policy_id}/channels/search
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/SearchChannelsForRetentionPolicy
        """
        ...

    def search_teams_for_retention_policy(self, policy_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search for the teams in a granular data retention policy.

        POST /data_retention/policies/{policy_id}/teams/search
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/SearchTeamsForRetentionPolicy
        """
        ...


class DeliveryTracking(EndpointGroup):
    def get_delivery_tracking_config(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get the post delivery audit logging configuration.

        GET /delivery_tracking/config
        https://developers.mattermost.com/api-documentation/#/operations/GetDeliveryTrackingConfig
        """
        ...

    def update_delivery_tracking_config(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update the post delivery audit logging configuration.

        PUT /delivery_tracking/config
        https://developers.mattermost.com/api-documentation/#/operations/UpdateDeliveryTrackingConfig
        """
        ...


class Elasticsearch(EndpointGroup):
    def purge_all_elasticsearch_indexes(self, params: Mapping[str, Any] | None = None) -> Any:
        """Purge all Elasticsearch indexes.

        POST /elasticsearch/purge_indexes (mattermostdriver name of purge_elasticsearch_indexes)
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/PurgeElasticsearchIndexes
        """
        ...

    def purge_elasticsearch_indexes(self, params: Mapping[str, Any] | None = None) -> Any:
        """Purge all Elasticsearch indexes.

        POST /elasticsearch/purge_indexes
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/PurgeElasticsearchIndexes
        """
        ...

    def test_elasticsearch(self, params: Mapping[str, Any] | None = None) -> Any:
        """Test Elasticsearch configuration.

        POST /elasticsearch/test
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/TestElasticsearch
        """
        ...

    def test_elasticsearch_configuration(self, params: Mapping[str, Any] | None = None) -> Any:
        """Test Elasticsearch configuration.

        POST /elasticsearch/test (mattermostdriver name of test_elasticsearch)
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/TestElasticsearch
        """
        ...


class Emoji(EndpointGroup):
    def autocomplete_custom_emoji(self, params: Mapping[str, Any] | None = None) -> Any:
        """Autocomplete custom emoji.

        GET /emoji/autocomplete (mattermostdriver name of autocomplete_emoji)
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/AutocompleteEmoji
        """
        ...

    def autocomplete_emoji(self, params: Mapping[str, Any] | None = None) -> Any:
        """Autocomplete custom emoji.

        GET /emoji/autocomplete
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/AutocompleteEmoji
        """
        ...

    def create_custom_emoji(self, emoji_name: str, files: Any) -> Any:
        """POST /emoji (multipart): create the custom emoji emoji_name from the image in `files`."""
        ...

    def create_emoji(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a custom emoji.

        POST /emoji
        https://developers.mattermost.com/api-documentation/#/operations/CreateEmoji
        """
        ...

    def delete_custom_emoji(self, emoji_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a custom emoji.

        DELETE /emoji/{emoji_id} (mattermostdriver name of delete_emoji)
        https://developers.mattermost.com/api-documentation/#/operations/DeleteEmoji
        """
        ...

    def delete_emoji(self, emoji_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a custom emoji.

        DELETE /emoji/{emoji_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteEmoji
        """
        ...

    def get_custom_emoji(self, emoji_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a custom emoji.

        GET /emoji/{emoji_id} (mattermostdriver name of get_emoji)
        https://developers.mattermost.com/api-documentation/#/operations/GetEmoji
        """
        ...

    def get_custom_emoji_by_name(self, name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a custom emoji by name.

        GET /emoji/name/{name} (mattermostdriver name of get_emoji_by_name)
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/GetEmojiByName
        """
        ...

    def get_custom_emoji_image(self, emoji_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get custom emoji image.

        GET /emoji/{emoji_id}/image (mattermostdriver name of get_emoji_image)
        https://developers.mattermost.com/api-documentation/#/operations/GetEmojiImage
        """
        ...

    def get_emoji(self, emoji_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a custom emoji.

        GET /emoji/{emoji_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetEmoji
        """
        ...

    def get_emoji_by_name(self, emoji_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a custom emoji by name.

        GET /emoji/name/{emoji_name}
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/GetEmojiByName
        """
        ...

    def get_emoji_image(self, emoji_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get custom emoji image.

        GET /emoji/{emoji_id}/image
        https://developers.mattermost.com/api-documentation/#/operations/GetEmojiImage
        """
        ...

    def get_emoji_list(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of custom emoji.

        GET /emoji
        https://developers.mattermost.com/api-documentation/#/operations/GetEmojiList
        """
        ...

    def search_custom_emoji(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search custom emoji.

        POST /emoji/search (mattermostdriver name of search_emoji)
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/SearchEmoji
        """
        ...

    def search_emoji(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search custom emoji.

        POST /emoji/search
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/SearchEmoji
        """
        ...


class EphemeralMode(EndpointGroup):
    def log_cleanup(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Log an ephemeral mode cleanup run.

        POST /ephemeral_mode/cleanup
        Minimum server version: 11.10
        https://developers.mattermost.com/api-documentation/#/operations/LogCleanup
        """
        ...

    def log_offline_purge(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Log an ephemeral mode offline purge.

        POST /ephemeral_mode/purge
        Minimum server version: 11.10
        https://developers.mattermost.com/api-documentation/#/operations/LogOfflinePurge
        """
        ...

    def log_session_wipe(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Log an ephemeral mode session wipe.

        POST /ephemeral_mode/wipe
        Minimum server version: 11.10
        https://developers.mattermost.com/api-documentation/#/operations/LogSessionWipe
        """
        ...


class Exports(EndpointGroup):
    def delete_export(self, export_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete an export file.

        DELETE /exports/{export_name}
        Minimum server version: 5.33
        https://developers.mattermost.com/api-documentation/#/operations/DeleteExport
        """
        ...

    def download_export(self, export_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Download an export file.

        GET /exports/{export_name}
        Minimum server version: 5.33
        https://developers.mattermost.com/api-documentation/#/operations/DownloadExport
        """
        ...

    def list_exports(self, params: Mapping[str, Any] | None = None) -> Any:
        """List export files.

        GET /exports
        Minimum server version: 5.33
        https://developers.mattermost.com/api-documentation/#/operations/ListExports
        """
        ...


class Files(EndpointGroup):
    def get_file(self, file_id: str) -> Any:
        """GET /files/{file_id}; returns the requests.Response, whose content is the file."""
        ...

    def get_file_info(self, file_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get metadata for a file.

        GET /files/{file_id}/info
        https://developers.mattermost.com/api-documentation/#/operations/GetFileInfo
        """
        ...

    def get_file_link(self, file_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a public file link.

        GET /files/{file_id}/link
        https://developers.mattermost.com/api-documentation/#/operations/GetFileLink
        """
        ...

    def get_file_metadata(self, file_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get metadata for a file.

        GET /files/{file_id}/info (mattermostdriver name of get_file_info)
        https://developers.mattermost.com/api-documentation/#/operations/GetFileInfo
        """
        ...

    def get_file_preview(self, file_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a file's preview.

        GET /files/{file_id}/preview
        https://developers.mattermost.com/api-documentation/#/operations/GetFilePreview
        """
        ...

    def get_file_public(self, file_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a public file.

        GET /files/{file_id}/public at the site root (outside the API base path); returns the requests.Response
        https://developers.mattermost.com/api-documentation/#/operations/GetFilePublic
        """
        ...

    def get_file_thumbnail(self, file_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a file's thumbnail.

        GET /files/{file_id}/thumbnail
        https://developers.mattermost.com/api-documentation/#/operations/GetFileThumbnail
        """
        ...

    def get_public_file_link(self, file_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a public file link.

        GET /files/{file_id}/link (mattermostdriver name of get_file_link)
        https://developers.mattermost.com/api-documentation/#/operations/GetFileLink
        """
        ...

    def search_files(self, team_id: str, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search files in a team.

        POST /teams/{team_id}/files/search
        Minimum server version: 5.34
        https://developers.mattermost.com/api-documentation/#/operations/SearchFiles
        """
        ...

    def upload_file(self, channel_id: str, files: Any) -> Any:
        """POST /files (multipart): upload `files` into the channel channel_id."""
        ...


class Groups(EndpointGroup):
    def add_group_members(self, group_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Adds members to a custom group.

        POST /groups/{group_id}/members
        Minimum server version: 6.3
        https://developers.mattermost.com/api-documentation/#/operations/AddGroupMembers
        """
        ...

    def create_group(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a custom group.

        POST /groups
        Minimum server version: 6.3
        https://developers.mattermost.com/api-documentation/#/operations/CreateGroup
        """
        ...

    def delete_group(self, group_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Deletes a custom group.

        DELETE /groups/{group_id}
        Minimum server version: 6.3
        https://developers.mattermost.com/api-documentation/#/operations/DeleteGroup
        """
        ...

    def delete_group_members(self, group_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Removes members from a custom group.

        DELETE /groups/{group_id}/members
        Minimum server version: 6.3
        https://developers.mattermost.com/api-documentation/#/operations/DeleteGroupMembers
        """
        ...

    def get_group(self, group_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a group.

        GET /groups/{group_id}
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetGroup
        """
        ...

    def get_group_stats(self, group_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get group stats.

        GET /groups/{group_id}/stats
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupStats
        """
        ...

    def get_group_syncable_for_channel_id(self, group_id: str, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get GroupSyncable from channel ID.

        GET /groups/{group_id}/channels/{channel_id}
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupSyncableForChannelId
        """
        ...

    def get_group_syncable_for_team_id(self, group_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get GroupSyncable from Team ID.

        GET /groups/{group_id}/teams/{team_id}
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupSyncableForTeamId
        """
        ...

    def get_group_syncables_channels(self, group_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get group channels.

        GET /groups/{group_id}/channels
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupSyncablesChannels
        """
        ...

    def get_group_syncables_teams(self, group_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get group teams.

        GET /groups/{group_id}/teams
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupSyncablesTeams
        """
        ...

    def get_group_users(self, group_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get group users.

        GET /groups/{group_id}/members
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupUsers
        """
        ...

    def get_groups(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get groups.

        GET /groups
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetGroups
        """
        ...

    def get_groups_associated_to_channels_by_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get team groups by channels.

        GET /teams/{team_id}/groups_by_channels
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupsAssociatedToChannelsByTeam
        """
        ...

    def get_groups_by_channel(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channel groups.

        GET /channels/{channel_id}/groups
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupsByChannel
        """
        ...

    def get_groups_by_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get team groups.

        GET /teams/{team_id}/groups
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupsByTeam
        """
        ...

    def get_groups_by_user_id(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get groups for a userId.

        GET /users/{user_id}/groups
        Minimum server version: 5.24
        https://developers.mattermost.com/api-documentation/#/operations/GetGroupsByUserId
        """
        ...

    def link_group_syncable_for_channel(self, group_id: str, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Link a channel to a group.

        POST /groups/{group_id}/channels/{channel_id}/link
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/LinkGroupSyncableForChannel
        """
        ...

    def link_group_syncable_for_team(self, group_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Link a team to a group.

        POST /groups/{group_id}/teams/{team_id}/link
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/LinkGroupSyncableForTeam
        """
        ...

    def patch_group(self, group_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a group.

        PUT /groups/{group_id}/patch
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/PatchGroup
        """
        ...

    def patch_group_syncable_for_channel(self, group_id: str, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a GroupSyncable associated to Channel.

        PUT /groups/{group_id}/channels/{channel_id}/patch
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/PatchGroupSyncableForChannel
        """
        ...

    def patch_group_syncable_for_team(self, group_id: str, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a GroupSyncable associated to Team.

        PUT /groups/{group_id}/teams/{team_id}/patch
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/PatchGroupSyncableForTeam
        """
        ...

    def restore_group(self, group_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Restore a previously deleted group.

        POST /groups/{group_id}/restore
        Minimum server version: 7.7
        https://developers.mattermost.com/api-documentation/#/operations/RestoreGroup
        """
        ...

    def unlink_group_syncable_for_channel(self, group_id: str, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a link from a channel to a group.

        DELETE /groups/{group_id}/channels/{channel_id}/link
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/UnlinkGroupSyncableForChannel
        """
        ...

    def unlink_group_syncable_for_team(self, group_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a link from a team to a group.

        DELETE /groups/{group_id}/teams/{team_id}/link
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/UnlinkGroupSyncableForTeam
        """
        ...


class Health(EndpointGroup):
    def get_health_findings(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get health findings.

        GET /health/findings
        Minimum server version: 12.1
        https://developers.mattermost.com/api-documentation/#/operations/GetHealthFindings
        """
        ...

    def mute_health_finding(self, fingerprint: str, params: Mapping[str, Any] | None = None) -> Any:
        """Mute a health finding.

        POST /health/findings/{fingerprint}/mute
        Minimum server version: 12.1
        https://developers.mattermost.com/api-documentation/#/operations/MuteHealthFinding
        """
        ...

    def unmute_health_finding(self, fingerprint: str, params: Mapping[str, Any] | None = None) -> Any:
        """Unmute a health finding.

        DELETE /health/findings/{fingerprint}/mute
        Minimum server version: 12.1
        https://developers.mattermost.com/api-documentation/#/operations/UnmuteHealthFinding
        """
        ...


class Imports(EndpointGroup):
    def delete_import(self, import_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete an import file.

        DELETE /imports/{import_name}
        Minimum server version: 5.31
        https://developers.mattermost.com/api-documentation/#/operations/DeleteImport
        """
        ...

    def list_imports(self, params: Mapping[str, Any] | None = None) -> Any:
        """List import files.

        GET /imports
        Minimum server version: 5.31
        https://developers.mattermost.com/api-documentation/#/operations/ListImports
        """
        ...


class Insights(EndpointGroup):
    def get_new_team_members(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of new team members.

        GET /teams/{team_id}/top/team_members
        https://developers.mattermost.com/api-documentation/#/operations/GetNewTeamMembers
        """
        ...

    def get_top_channels_for_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of the top channels for a team.

        GET /teams/{team_id}/top/channels
        https://developers.mattermost.com/api-documentation/#/operations/GetTopChannelsForTeam
        """
        ...

    def get_top_channels_for_user(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of the top channels for a user.

        GET /users/me/top/channels
        https://developers.mattermost.com/api-documentation/#/operations/GetTopChannelsForUser
        """
        ...

    def get_top_dms_for_user(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of the top dms for a user.

        GET /users/me/top/dms
        https://developers.mattermost.com/api-documentation/#/operations/GetTopDMsForUser
        """
        ...

    def get_top_reactions_for_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of the top reactions for a team.

        GET /teams/{team_id}/top/reactions
        https://developers.mattermost.com/api-documentation/#/operations/GetTopReactionsForTeam
        """
        ...

    def get_top_reactions_for_user(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of the top reactions for a user.

        GET /users/me/top/reactions
        https://developers.mattermost.com/api-documentation/#/operations/GetTopReactionsForUser
        """
        ...

    def get_top_threads_for_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of the top threads for a team.

        GET /teams/{team_id}/top/threads
        https://developers.mattermost.com/api-documentation/#/operations/GetTopThreadsForTeam
        """
        ...

    def get_top_threads_for_user(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of the top threads for a user.

        GET /users/me/top/threads
        https://developers.mattermost.com/api-documentation/#/operations/GetTopThreadsForUser
        """
        ...


class IntegrationActions(EndpointGroup):
    def execute_dialog_action(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Execute a dialog action button.

        POST /actions/dialogs/execute
        Minimum server version: 11.10
        https://developers.mattermost.com/api-documentation/#/operations/ExecuteDialogAction
        """
        ...

    def lookup_interactive_dialog(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Lookup dialog elements.

        POST /actions/dialogs/lookup
        Minimum server version: 11.0
        https://developers.mattermost.com/api-documentation/#/operations/LookupInteractiveDialog
        """
        ...

    def open_dialog(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Open a dialog.

        POST /actions/dialogs/open (mattermostdriver name of open_interactive_dialog)
        Minimum server version: 5.6
        https://developers.mattermost.com/api-documentation/#/operations/OpenInteractiveDialog
        """
        ...

    def open_interactive_dialog(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Open a dialog.

        POST /actions/dialogs/open
        Minimum server version: 5.6
        https://developers.mattermost.com/api-documentation/#/operations/OpenInteractiveDialog
        """
        ...

    def submit_dialog(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Submit a dialog.

        POST /actions/dialogs/submit (mattermostdriver name of submit_interactive_dialog)
        Minimum server version: 5.6
        https://developers.mattermost.com/api-documentation/#/operations/SubmitInteractiveDialog
        """
        ...

    def submit_interactive_dialog(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Submit a dialog.

        POST /actions/dialogs/submit
        Minimum server version: 5.6
        https://developers.mattermost.com/api-documentation/#/operations/SubmitInteractiveDialog
        """
        ...


class IpFilters(EndpointGroup):
    def apply_ip_filters(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get all IP filters.

        POST /ip_filtering
        Minimum server version: 9.1
        https://developers.mattermost.com/api-documentation/#/operations/ApplyIPFilters
        """
        ...

    def get_ip_filters(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get all IP filters.

        GET /ip_filtering
        Minimum server version: 9.1
        https://developers.mattermost.com/api-documentation/#/operations/GetIPFilters
        """
        ...

    def my_ip(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get all IP filters.

        GET /ip_filtering/my_ip
        Minimum server version: 9.1
        https://developers.mattermost.com/api-documentation/#/operations/MyIP
        """
        ...


class Jobs(EndpointGroup):
    def cancel_job(self, job_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Cancel a job.

        POST /jobs/{job_id}/cancel
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/CancelJob
        """
        ...

    def create_job(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a new job.

        POST /jobs
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/CreateJob
        """
        ...

    def download_job(self, job_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Download the results of a job.

        GET /jobs/{job_id}/download
        Minimum server version: 5.28
        https://developers.mattermost.com/api-documentation/#/operations/DownloadJob
        """
        ...

    def get_job(self, job_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a job.

        GET /jobs/{job_id}
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/GetJob
        """
        ...

    def get_jobs(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get the jobs.

        GET /jobs
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/GetJobs
        """
        ...

    def get_jobs_by_type(self, type: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get the jobs of the given type.

        GET /jobs/type/{type}
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/GetJobsByType
        """
        ...

    def update_job_status(self, job_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update the status of a job.

        PATCH /jobs/{job_id}/status
        https://developers.mattermost.com/api-documentation/#/operations/UpdateJobStatus
        """
        ...


class LDAP(EndpointGroup):
    def add_user_to_group_syncables(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Create memberships for LDAP configured channels and teams for this user.

        POST /ldap/users/{user_id}/group_sync_memberships
        https://developers.mattermost.com/api-documentation/#/operations/AddUserToGroupSyncables
        """
        ...

    def delete_ldap_private_certificate(self, params: Mapping[str, Any] | None = None) -> Any:
        """Remove private key.

        DELETE /ldap/certificate/private
        https://developers.mattermost.com/api-documentation/#/operations/DeleteLdapPrivateCertificate
        """
        ...

    def delete_ldap_public_certificate(self, params: Mapping[str, Any] | None = None) -> Any:
        """Remove public certificate.

        DELETE /ldap/certificate/public
        https://developers.mattermost.com/api-documentation/#/operations/DeleteLdapPublicCertificate
        """
        ...

    def get_ldap_groups(self, params: Mapping[str, Any] | None = None) -> Any:
        """Returns a list of LDAP groups.

        GET /ldap/groups
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/GetLdapGroups
        """
        ...

    def link_ldap_group(self, remote_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Link a LDAP group.

        POST /ldap/groups/{remote_id}/link
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/LinkLdapGroup
        """
        ...

    def migrate_id_ldap(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Migrate Id LDAP.

        POST /ldap/migrateid
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/MigrateIdLdap
        """
        ...

    def sync_ldap(self, params: Mapping[str, Any] | None = None) -> Any:
        """Sync with LDAP.

        POST /ldap/sync
        https://developers.mattermost.com/api-documentation/#/operations/SyncLdap
        """
        ...

    def test_ldap(self, params: Mapping[str, Any] | None = None) -> Any:
        """Test LDAP configuration.

        POST /ldap/test
        https://developers.mattermost.com/api-documentation/#/operations/TestLdap
        """
        ...

    def test_ldap_config(self, params: Mapping[str, Any] | None = None) -> Any:
        """Test LDAP configuration.

        POST /ldap/test (mattermostdriver name of test_ldap)
        https://developers.mattermost.com/api-documentation/#/operations/TestLdap
        """
        ...

    def test_ldap_connection(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Test LDAP connection with specific settings.

        POST /ldap/test_connection
        https://developers.mattermost.com/api-documentation/#/operations/TestLdapConnection
        """
        ...

    def test_ldap_diagnostics(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Test LDAP diagnostics with specific settings.

        POST /ldap/test_diagnostics
        https://developers.mattermost.com/api-documentation/#/operations/TestLdapDiagnostics
        """
        ...

    def unlink_ldap_group(self, remote_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a link for LDAP group.

        DELETE /ldap/groups/{remote_id}/link
        Minimum server version: 5.11
        https://developers.mattermost.com/api-documentation/#/operations/UnlinkLdapGroup
        """
        ...

    def upload_ldap_private_certificate(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload private key.

        POST /ldap/certificate/private
        https://developers.mattermost.com/api-documentation/#/operations/UploadLdapPrivateCertificate
        """
        ...

    def upload_ldap_public_certificate(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload public certificate.

        POST /ldap/certificate/public
        https://developers.mattermost.com/api-documentation/#/operations/UploadLdapPublicCertificate
        """
        ...


class Limits(EndpointGroup):
    def get_server_limits(self, params: Mapping[str, Any] | None = None) -> Any:
        """Gets the server limits for the server.

        GET /limits/server
        https://developers.mattermost.com/api-documentation/#/operations/GetServerLimits
        """
        ...


class Logs(EndpointGroup):
    def download_system_logs(self, params: Mapping[str, Any] | None = None) -> Any:
        """Download system logs.

        GET /logs/download
        https://developers.mattermost.com/api-documentation/#/operations/DownloadSystemLogs
        """
        ...


class Metrics(EndpointGroup):
    def submit_performance_report(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Report client performance metrics.

        POST /client_perf
        Minimum server version: 9.9.0
        https://developers.mattermost.com/api-documentation/#/operations/SubmitPerformanceReport
        """
        ...


class OAuth(EndpointGroup):
    def create_oauth_app(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Register OAuth app.

        POST /oauth/apps
        https://developers.mattermost.com/api-documentation/#/operations/CreateOAuthApp
        """
        ...

    def delete_oauth_app(self, app_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete an OAuth app.

        DELETE /oauth/apps/{app_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteOAuthApp
        """
        ...

    def get_authorized_oauth_apps(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get authorized OAuth apps.

        GET /users/{user_id}/oauth/apps/authorized (mattermostdriver name of get_authorized_oauth_apps_for_user)
        https://developers.mattermost.com/api-documentation/#/operations/GetAuthorizedOAuthAppsForUser
        """
        ...

    def get_authorized_oauth_apps_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get authorized OAuth apps.

        GET /users/{user_id}/oauth/apps/authorized
        https://developers.mattermost.com/api-documentation/#/operations/GetAuthorizedOAuthAppsForUser
        """
        ...

    def get_info_on_oauth_app(self, app_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get info on an OAuth app.

        GET /oauth/apps/{app_id}/info (mattermostdriver name of get_oauth_app_info)
        https://developers.mattermost.com/api-documentation/#/operations/GetOAuthAppInfo
        """
        ...

    def get_oauth_app(self, app_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get an OAuth app.

        GET /oauth/apps/{app_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetOAuthApp
        """
        ...

    def get_oauth_app_info(self, app_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get info on an OAuth app.

        GET /oauth/apps/{app_id}/info
        https://developers.mattermost.com/api-documentation/#/operations/GetOAuthAppInfo
        """
        ...

    def get_oauth_apps(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get OAuth apps.

        GET /oauth/apps
        https://developers.mattermost.com/api-documentation/#/operations/GetOAuthApps
        """
        ...

    def regenerate_oauth_app_secret(self, app_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Regenerate OAuth app secret.

        POST /oauth/apps/{app_id}/regen_secret
        https://developers.mattermost.com/api-documentation/#/operations/RegenerateOAuthAppSecret
        """
        ...

    def register_oauth_app(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Register OAuth app.

        POST /oauth/apps (mattermostdriver name of create_oauth_app)
        https://developers.mattermost.com/api-documentation/#/operations/CreateOAuthApp
        """
        ...

    def update_oauth_app(self, app_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update an OAuth app.

        PUT /oauth/apps/{app_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdateOAuthApp
        """
        ...


class Omnisearch(EndpointGroup):
    def search_in_omni_search(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search for items across different services.

        POST /omnisearch/search
        Minimum server version: 11.0
        https://developers.mattermost.com/api-documentation/#/operations/SearchInOmniSearch
        """
        ...


class Opengraph(EndpointGroup):
    def get_opengraph_metadata_for_url(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get open graph metadata for url.

        POST /opengraph (mattermostdriver name of open_graph)
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/OpenGraph
        """
        ...

    def open_graph(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get open graph metadata for url.

        POST /opengraph
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/OpenGraph
        """
        ...


class OutgoingOauthConnections(EndpointGroup):
    def create_outgoing_oauth_connection(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a connection.

        POST /oauth/outgoing_connections
        Minimum server version: 9.6
        https://developers.mattermost.com/api-documentation/#/operations/CreateOutgoingOAuthConnection
        """
        ...

    def delete_outgoing_oauth_connection(self, outgoing_oauth_connection_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a connection.

        DELETE /oauth/outgoing_connections/{outgoing_oauth_connection_id}
        Minimum server version: 9.6
        https://developers.mattermost.com/api-documentation/#/operations/DeleteOutgoingOAuthConnection
        """
        ...

    def get_outgoing_oauth_connection(self, outgoing_oauth_connection_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a connection.

        GET /oauth/outgoing_connections/{outgoing_oauth_connection_id}
        Minimum server version: 9.6
        https://developers.mattermost.com/api-documentation/#/operations/GetOutgoingOAuthConnection
        """
        ...

    def list_outgoing_oauth_connections(self, params: Mapping[str, Any] | None = None) -> Any:
        """List all connections.

        GET /oauth/outgoing_connections
        Minimum server version: 9.6
        https://developers.mattermost.com/api-documentation/#/operations/ListOutgoingOAuthConnections
        """
        ...

    def update_outgoing_oauth_connection(self, outgoing_oauth_connection_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a connection.

        PUT /oauth/outgoing_connections/{outgoing_oauth_connection_id}
        Minimum server version: 9.6
        https://developers.mattermost.com/api-documentation/#/operations/UpdateOutgoingOAuthConnection
        """
        ...

    def validate_outgoing_oauth_connection(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Validate a connection configuration.

        POST /oauth/outgoing_connections/validate
        Minimum server version: 9.6
        https://developers.mattermost.com/api-documentation/#/operations/ValidateOutgoingOAuthConnection
        """
        ...


class Perf(EndpointGroup):
    def submit_performance_report(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Submit a performance report of a client.

        POST /perf
        https://developers.mattermost.com/api-documentation/#/operations/submitPerformanceReport
        """
        ...


class Permissions(EndpointGroup):
    def get_ancillary_permissions_post(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Return all system console subsection ancillary permissions.

        POST /permissions/ancillary
        Minimum server version: 9.10
        https://developers.mattermost.com/api-documentation/#/operations/GetAncillaryPermissionsPost
        """
        ...


class Plugins(EndpointGroup):
    def detach_plugin(self, plugin_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Detach a reattached plugin process.

        POST /plugins/{plugin_id}/detach
        https://developers.mattermost.com/api-documentation/#/operations/DetachPlugin
        """
        ...

    def disable_plugin(self, plugin_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Disable plugin.

        POST /plugins/{plugin_id}/disable
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/DisablePlugin
        """
        ...

    def enable_plugin(self, plugin_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Enable plugin.

        POST /plugins/{plugin_id}/enable
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/EnablePlugin
        """
        ...

    def get_marketplace_plugins(self, params: Mapping[str, Any] | None = None) -> Any:
        """Gets all the marketplace plugins.

        GET /plugins/marketplace
        Minimum server version: 5.16
        https://developers.mattermost.com/api-documentation/#/operations/GetMarketplacePlugins
        """
        ...

    def get_marketplace_visited_by_admin(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get if the Plugin Marketplace has been visited by at least an admin.

        GET /plugins/marketplace/first_admin_visit
        Minimum server version: 5.33
        https://developers.mattermost.com/api-documentation/#/operations/GetMarketplaceVisitedByAdmin
        """
        ...

    def get_plugin_access_control(self, plugin_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get plugin access control.

        GET /plugins/{plugin_id}/access_control
        Minimum server version: 11.10
        https://developers.mattermost.com/api-documentation/#/operations/GetPluginAccessControl
        """
        ...

    def get_plugin_statuses(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get plugins status.

        GET /plugins/statuses
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/GetPluginStatuses
        """
        ...

    def get_plugins(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get plugins.

        GET /plugins
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/GetPlugins
        """
        ...

    def get_webapp_plugins(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get webapp plugins.

        GET /plugins/webapp
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/GetWebappPlugins
        """
        ...

    def install_marketplace_plugin(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Installs a marketplace plugin.

        POST /plugins/marketplace
        Minimum server version: 5.16
        https://developers.mattermost.com/api-documentation/#/operations/InstallMarketplacePlugin
        """
        ...

    def install_plugin_from_url(self, params: Mapping[str, Any] | None = None) -> Any:
        """Install plugin from url.

        POST /plugins/install_from_url
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/InstallPluginFromUrl
        """
        ...

    def reattach_plugin(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Reattach a plugin process.

        POST /plugins/reattach
        https://developers.mattermost.com/api-documentation/#/operations/ReattachPlugin
        """
        ...

    def remove_plugin(self, plugin_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Remove plugin.

        DELETE /plugins/{plugin_id}
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/RemovePlugin
        """
        ...

    def set_plugin_access_control(self, plugin_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set plugin access control.

        PUT /plugins/{plugin_id}/access_control
        Minimum server version: 11.10
        https://developers.mattermost.com/api-documentation/#/operations/SetPluginAccessControl
        """
        ...

    def update_marketplace_visited_by_admin(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Stores that the Plugin Marketplace has been visited by at least an admin.

        POST /plugins/marketplace/first_admin_visit
        Minimum server version: 5.33
        https://developers.mattermost.com/api-documentation/#/operations/UpdateMarketplaceVisitedByAdmin
        """
        ...

    def upload_plugin(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload plugin.

        POST /plugins
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/UploadPlugin
        """
        ...


class Posts(EndpointGroup):
    def burn_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Burn a burn-on-read post.

        DELETE /posts/{post_id}/burn
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/BurnPost
        """
        ...

    def create_ephemeral_post(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a ephemeral post.

        POST /posts/ephemeral (mattermostdriver name of create_post_ephemeral)
        https://developers.mattermost.com/api-documentation/#/operations/CreatePostEphemeral
        """
        ...

    def create_post(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a post.

        POST /posts
        https://developers.mattermost.com/api-documentation/#/operations/CreatePost
        """
        ...

    def create_post_ephemeral(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a ephemeral post.

        POST /posts/ephemeral
        https://developers.mattermost.com/api-documentation/#/operations/CreatePostEphemeral
        """
        ...

    def delete_acknowledgement_for_post(self, user_id: str, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a post acknowledgement.

        DELETE /users/{user_id}/posts/{post_id}/ack
        Minimum server version: 7.7
        https://developers.mattermost.com/api-documentation/#/operations/DeleteAcknowledgementForPost
        """
        ...

    def delete_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a post.

        DELETE /posts/{post_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeletePost
        """
        ...

    def do_post_action(self, post_id: str, action_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Perform a post action.

        POST /posts/{post_id}/actions/{action_id}
        https://developers.mattermost.com/api-documentation/#/operations/DoPostAction
        """
        ...

    def get_edit_history_for_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get post edit history.

        GET /posts/{post_id}/edit_history
        https://developers.mattermost.com/api-documentation/#/operations/GetEditHistoryForPost
        """
        ...

    def get_file_info_for_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get file info for post.

        GET /posts/{post_id}/files/info (mattermostdriver name of get_file_infos_for_post)
        https://developers.mattermost.com/api-documentation/#/operations/GetFileInfosForPost
        """
        ...

    def get_file_infos_for_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get file info for post.

        GET /posts/{post_id}/files/info
        https://developers.mattermost.com/api-documentation/#/operations/GetFileInfosForPost
        """
        ...

    def get_flagged_posts_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of flagged posts.

        GET /users/{user_id}/posts/flagged
        https://developers.mattermost.com/api-documentation/#/operations/GetFlaggedPostsForUser
        """
        ...

    def get_list_of_flagged_posts(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of flagged posts.

        GET /users/{user_id}/posts/flagged (mattermostdriver name of get_flagged_posts_for_user)
        https://developers.mattermost.com/api-documentation/#/operations/GetFlaggedPostsForUser
        """
        ...

    def get_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a post.

        GET /posts/{post_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetPost
        """
        ...

    def get_post_info(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get post info.

        GET /posts/{post_id}/info
        https://developers.mattermost.com/api-documentation/#/operations/GetPostInfo
        """
        ...

    def get_post_thread(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a thread.

        GET /posts/{post_id}/thread
        https://developers.mattermost.com/api-documentation/#/operations/GetPostThread
        """
        ...

    def get_posts_around_last_unread(self, user_id: str, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get posts around oldest unread.

        GET /users/{user_id}/channels/{channel_id}/posts/unread
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/GetPostsAroundLastUnread
        """
        ...

    def get_posts_by_ids(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get posts by a list of ids.

        POST /posts/ids
        https://developers.mattermost.com/api-documentation/#/operations/getPostsByIds
        """
        ...

    def get_posts_for_channel(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get posts for a channel.

        GET /channels/{channel_id}/posts
        https://developers.mattermost.com/api-documentation/#/operations/GetPostsForChannel
        """
        ...

    def get_thread(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a thread.

        GET /posts/{post_id}/thread (mattermostdriver name of get_post_thread)
        https://developers.mattermost.com/api-documentation/#/operations/GetPostThread
        """
        ...

    def get_unread_posts_for_channel(self, user_id: str, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get posts around oldest unread.

        GET /users/{user_id}/channels/{channel_id}/posts/unread (mattermostdriver name of get_posts_around_last_unread)
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/GetPostsAroundLastUnread
        """
        ...

    def move_thread(self, post_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Move a post (and any posts within that post's thread).

        POST /posts/{post_id}/move
        Minimum server version: 9.3
        https://developers.mattermost.com/api-documentation/#/operations/MoveThread
        """
        ...

    def patch_post(self, post_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a post.

        PUT /posts/{post_id}/patch
        https://developers.mattermost.com/api-documentation/#/operations/PatchPost
        """
        ...

    def perform_post_action(self, post_id: str, action_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Perform a post action.

        POST /posts/{post_id}/actions/{action_id} (mattermostdriver name of do_post_action)
        https://developers.mattermost.com/api-documentation/#/operations/DoPostAction
        """
        ...

    def pin_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Pin a post to the channel.

        POST /posts/{post_id}/pin
        https://developers.mattermost.com/api-documentation/#/operations/PinPost
        """
        ...

    def pin_post_to_channel(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Pin a post to the channel.

        POST /posts/{post_id}/pin (mattermostdriver name of pin_post)
        https://developers.mattermost.com/api-documentation/#/operations/PinPost
        """
        ...

    def restore_post_version(self, post_id: str, restore_version_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Restores a past version of a post.

        POST /posts/{post_id}/restore/{restore_version_id}
        Minimum server version: 10.5
        https://developers.mattermost.com/api-documentation/#/operations/RestorePostVersion
        """
        ...

    def reveal_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Reveal a burn-on-read post.

        GET /posts/{post_id}/reveal
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/RevealPost
        """
        ...

    def rewrite_message(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Rewrite a message using AI.

        POST /posts/rewrite
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/RewriteMessage
        """
        ...

    def save_acknowledgement_for_post(self, user_id: str, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Acknowledge a post.

        POST /users/{user_id}/posts/{post_id}/ack
        Minimum server version: 7.7
        https://developers.mattermost.com/api-documentation/#/operations/SaveAcknowledgementForPost
        """
        ...

    def search_for_team_posts(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search for team posts.

        POST /teams/{team_id}/posts/search (mattermostdriver name of search_posts)
        https://developers.mattermost.com/api-documentation/#/operations/SearchPosts
        """
        ...

    def search_posts(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search for team posts.

        POST /teams/{team_id}/posts/search
        https://developers.mattermost.com/api-documentation/#/operations/SearchPosts
        """
        ...

    def search_posts_in_all_teams(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search posts across all teams.

        POST /posts/search
        https://developers.mattermost.com/api-documentation/#/operations/SearchPostsInAllTeams
        """
        ...

    def set_post_reminder(self, user_id: str, post_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set a post reminder.

        POST /users/{user_id}/posts/{post_id}/reminder
        Minimum server version: 7.2
        https://developers.mattermost.com/api-documentation/#/operations/SetPostReminder
        """
        ...

    def set_post_unread(self, user_id: str, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Mark as unread from a post.

        POST /users/{user_id}/posts/{post_id}/set_unread
        Minimum server version: 5.18
        https://developers.mattermost.com/api-documentation/#/operations/SetPostUnread
        """
        ...

    def unpin_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Unpin a post to the channel.

        POST /posts/{post_id}/unpin
        https://developers.mattermost.com/api-documentation/#/operations/UnpinPost
        """
        ...

    def unpin_post_to_channel(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Unpin a post to the channel.

        POST /posts/{post_id}/unpin (mattermostdriver name of unpin_post)
        https://developers.mattermost.com/api-documentation/#/operations/UnpinPost
        """
        ...

    def update_post(self, post_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a post.

        PUT /posts/{post_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdatePost
        """
        ...


class Preferences(EndpointGroup):
    def delete_preferences(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Delete user's preferences.

        POST /users/{user_id}/preferences/delete
        https://developers.mattermost.com/api-documentation/#/operations/DeletePreferences
        """
        ...

    def delete_user_preferences(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Delete user's preferences.

        POST /users/{user_id}/preferences/delete (mattermostdriver name of delete_preferences)
        https://developers.mattermost.com/api-documentation/#/operations/DeletePreferences
        """
        ...

    def get_preferences(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get the user's preferences.

        GET /users/{user_id}/preferences
        https://developers.mattermost.com/api-documentation/#/operations/GetPreferences
        """
        ...

    def get_preferences_by_category(self, user_id: str, category: str, params: Mapping[str, Any] | None = None) -> Any:
        """List a user's preferences by category.

        GET /users/{user_id}/preferences/{category}
        https://developers.mattermost.com/api-documentation/#/operations/GetPreferencesByCategory
        """
        ...

    def get_preferences_by_category_by_name(self, user_id: str, category: str, preference_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a specific user preference.

        GET /users/{user_id}/preferences/{category}/name/{preference_name}
        https://developers.mattermost.com/api-documentation/#/operations/GetPreferencesByCategoryByName
        """
        ...

    def get_specific_user_preference(self, user_id: str, category: str, preference_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a specific user preference.

        GET /users/{user_id}/preferences/{category}/name/{preference_name} (mattermostdriver name of get_preferences_by_category_by_name)
        https://developers.mattermost.com/api-documentation/#/operations/GetPreferencesByCategoryByName
        """
        ...

    def get_user_preferences(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get the user's preferences.

        GET /users/{user_id}/preferences (mattermostdriver name of get_preferences)
        https://developers.mattermost.com/api-documentation/#/operations/GetPreferences
        """
        ...

    def list_user_preferences_by_category(self, user_id: str, category: str, params: Mapping[str, Any] | None = None) -> Any:
        """List a user's preferences by category.

        GET /users/{user_id}/preferences/{category} (mattermostdriver name of get_preferences_by_category)
        https://developers.mattermost.com/api-documentation/#/operations/GetPreferencesByCategory
        """
        ...

    def save_user_preferences(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Save the user's preferences.

        PUT /users/{user_id}/preferences (mattermostdriver name of update_preferences)
        https://developers.mattermost.com/api-documentation/#/operations/UpdatePreferences
        """
        ...

    def update_preferences(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Save the user's preferences.

        PUT /users/{user_id}/preferences
        https://developers.mattermost.com/api-documentation/#/operations/UpdatePreferences
        """
        ...


class Properties(EndpointGroup):
    def create_property_field(self, group_name: str, object_type: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a property field.

        POST /properties/groups/{group_name}/{object_type}/fields
        https://developers.mattermost.com/api-documentation/#/operations/CreatePropertyField
        """
        ...

    def delete_property_field(self, group_name: str, object_type: str, field_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a property field.

        DELETE /properties/groups/{group_name}/{object_type}/fields/{field_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeletePropertyField
        """
        ...

    def get_property_fields(self, group_name: str, object_type: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get property fields.

        GET /properties/groups/{group_name}/{object_type}/fields
        https://developers.mattermost.com/api-documentation/#/operations/GetPropertyFields
        """
        ...

    def get_property_values(self, group_name: str, object_type: str, target_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get property values for a target.

        GET /properties/groups/{group_name}/{object_type}/values/{target_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetPropertyValues
        """
        ...

    def get_system_property_values(self, group_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get property values for the system.

        GET /properties/groups/{group_name}/system/values
        https://developers.mattermost.com/api-documentation/#/operations/GetSystemPropertyValues
        """
        ...

    def search_property_fields(self, group_name: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search property fields across multiple object types.

        POST /properties/groups/{group_name}/fields/search
        https://developers.mattermost.com/api-documentation/#/operations/SearchPropertyFields
        """
        ...

    def update_property_field(self, group_name: str, object_type: str, field_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a property field.

        PATCH /properties/groups/{group_name}/{object_type}/fields/{field_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdatePropertyField
        """
        ...

    def update_property_values(self, group_name: str, object_type: str, target_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update property values for a target.

        PATCH /properties/groups/{group_name}/{object_type}/values/{target_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdatePropertyValues
        """
        ...

    def update_system_property_values(self, group_name: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update property values for the system.

        PATCH /properties/groups/{group_name}/system/values
        https://developers.mattermost.com/api-documentation/#/operations/UpdateSystemPropertyValues
        """
        ...


class Reactions(EndpointGroup):
    def create_reaction(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a reaction.

        POST /reactions (mattermostdriver name of save_reaction)
        https://developers.mattermost.com/api-documentation/#/operations/SaveReaction
        """
        ...

    def delete_reaction(self, user_id: str, post_id: str, emoji_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Remove a reaction from a post.

        DELETE /users/{user_id}/posts/{post_id}/reactions/{emoji_name}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteReaction
        """
        ...

    def get_bulk_reactions(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Bulk get the reaction for posts.

        POST /posts/ids/reactions
        Minimum server version: 5.8
        https://developers.mattermost.com/api-documentation/#/operations/GetBulkReactions
        """
        ...

    def get_reactions(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of reactions to a post.

        GET /posts/{post_id}/reactions
        https://developers.mattermost.com/api-documentation/#/operations/GetReactions
        """
        ...

    def get_reactions_of_post(self, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of reactions to a post.

        GET /posts/{post_id}/reactions (mattermostdriver name of get_reactions)
        https://developers.mattermost.com/api-documentation/#/operations/GetReactions
        """
        ...

    def save_reaction(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a reaction.

        POST /reactions
        https://developers.mattermost.com/api-documentation/#/operations/SaveReaction
        """
        ...


class Recaps(EndpointGroup):
    def create_recap(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a channel recap.

        POST /recaps
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/CreateRecap
        """
        ...

    def get_recap(self, recap_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a specific recap.

        GET /recaps/{recap_id}
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/GetRecap
        """
        ...

    def get_recaps_for_user(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get current user's recaps.

        GET /recaps
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/GetRecapsForUser
        """
        ...


class Remoteclusters(EndpointGroup):
    def accept_remote_cluster_invite(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Accept a remote cluster invite code.

        POST /remotecluster/accept_invite
        https://developers.mattermost.com/api-documentation/#/operations/AcceptRemoteClusterInvite
        """
        ...

    def create_remote_cluster(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a new remote cluster.

        POST /remotecluster
        https://developers.mattermost.com/api-documentation/#/operations/CreateRemoteCluster
        """
        ...

    def delete_remote_cluster(self, remote_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a remote cluster.

        DELETE /remotecluster/{remote_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteRemoteCluster
        """
        ...

    def generate_remote_cluster_invite(self, remote_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Generate invite code.

        POST /remotecluster/{remote_id}/generate_invite
        https://developers.mattermost.com/api-documentation/#/operations/GenerateRemoteClusterInvite
        """
        ...

    def get_remote_cluster(self, remote_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a remote cluster.

        GET /remotecluster/{remote_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetRemoteCluster
        """
        ...

    def get_remote_clusters(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of remote clusters.

        GET /remotecluster
        https://developers.mattermost.com/api-documentation/#/operations/GetRemoteClusters
        """
        ...

    def patch_remote_cluster(self, remote_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a remote cluster.

        PATCH /remotecluster/{remote_id}
        https://developers.mattermost.com/api-documentation/#/operations/PatchRemoteCluster
        """
        ...


class Reports(EndpointGroup):
    def get_users_for_reporting(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of paged and sorted users for admin reporting purposes.

        GET /reports/users
        https://developers.mattermost.com/api-documentation/#/operations/GetUsersForReporting
        """
        ...

    def retrieve_batch_report_file(self, report_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Retrieves a compiled report file for the given report_id.

        GET /reports/export/{report_id}
        https://developers.mattermost.com/api-documentation/#/operations/RetrieveBatchReportFile
        """
        ...

    def start_batch_users_export(self, params: Mapping[str, Any] | None = None) -> Any:
        """Starts a job to export the users to a report file.

        POST /reports/users/export
        https://developers.mattermost.com/api-documentation/#/operations/StartBatchUsersExport
        """
        ...


class Roles(EndpointGroup):
    def get_all_roles(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of all the roles.

        GET /roles
        Minimum server version: 5.33
        https://developers.mattermost.com/api-documentation/#/operations/GetAllRoles
        """
        ...

    def get_list_of_roles_by_name(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of roles by name.

        POST /roles/names (mattermostdriver name of get_roles_by_names)
        Minimum server version: 4.9
        https://developers.mattermost.com/api-documentation/#/operations/GetRolesByNames
        """
        ...

    def get_role(self, role_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a role.

        GET /roles/{role_id}
        Minimum server version: 4.9
        https://developers.mattermost.com/api-documentation/#/operations/GetRole
        """
        ...

    def get_role_by_id(self, role_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a role.

        GET /roles/{role_id} (mattermostdriver name of get_role)
        Minimum server version: 4.9
        https://developers.mattermost.com/api-documentation/#/operations/GetRole
        """
        ...

    def get_role_by_name(self, role_name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a role.

        GET /roles/name/{role_name}
        Minimum server version: 4.9
        https://developers.mattermost.com/api-documentation/#/operations/GetRoleByName
        """
        ...

    def get_roles_by_names(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get a list of roles by name.

        POST /roles/names
        Minimum server version: 4.9
        https://developers.mattermost.com/api-documentation/#/operations/GetRolesByNames
        """
        ...

    def patch_role(self, role_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a role.

        PUT /roles/{role_id}/patch
        Minimum server version: 4.9
        https://developers.mattermost.com/api-documentation/#/operations/PatchRole
        """
        ...


class SAML(EndpointGroup):
    def delete_saml_idp_certificate(self, params: Mapping[str, Any] | None = None) -> Any:
        """Remove IDP certificate.

        DELETE /saml/certificate/idp
        https://developers.mattermost.com/api-documentation/#/operations/DeleteSamlIdpCertificate
        """
        ...

    def delete_saml_private_certificate(self, params: Mapping[str, Any] | None = None) -> Any:
        """Remove private key.

        DELETE /saml/certificate/private
        https://developers.mattermost.com/api-documentation/#/operations/DeleteSamlPrivateCertificate
        """
        ...

    def delete_saml_public_certificate(self, params: Mapping[str, Any] | None = None) -> Any:
        """Remove public certificate.

        DELETE /saml/certificate/public
        https://developers.mattermost.com/api-documentation/#/operations/DeleteSamlPublicCertificate
        """
        ...

    def get_certificate_status(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get certificate status.

        GET /saml/certificate/status (mattermostdriver name of get_saml_certificate_status)
        https://developers.mattermost.com/api-documentation/#/operations/GetSamlCertificateStatus
        """
        ...

    def get_metadata(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get metadata.

        GET /saml/metadata (mattermostdriver name of get_saml_metadata)
        https://developers.mattermost.com/api-documentation/#/operations/GetSamlMetadata
        """
        ...

    def get_saml_certificate_status(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get certificate status.

        GET /saml/certificate/status
        https://developers.mattermost.com/api-documentation/#/operations/GetSamlCertificateStatus
        """
        ...

    def get_saml_metadata(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get metadata.

        GET /saml/metadata
        https://developers.mattermost.com/api-documentation/#/operations/GetSamlMetadata
        """
        ...

    def get_saml_metadata_from_idp(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get metadata from Identity Provider.

        POST /saml/metadatafromidp
        https://developers.mattermost.com/api-documentation/#/operations/GetSamlMetadataFromIdp
        """
        ...

    def remove_idp_certificate(self, params: Mapping[str, Any] | None = None) -> Any:
        """Remove IDP certificate.

        DELETE /saml/certificate/idp (mattermostdriver name of delete_saml_idp_certificate)
        https://developers.mattermost.com/api-documentation/#/operations/DeleteSamlIdpCertificate
        """
        ...

    def remove_private_key(self, params: Mapping[str, Any] | None = None) -> Any:
        """Remove private key.

        DELETE /saml/certificate/private (mattermostdriver name of delete_saml_private_certificate)
        https://developers.mattermost.com/api-documentation/#/operations/DeleteSamlPrivateCertificate
        """
        ...

    def remove_public_certificate(self, params: Mapping[str, Any] | None = None) -> Any:
        """Remove public certificate.

        DELETE /saml/certificate/public (mattermostdriver name of delete_saml_public_certificate)
        https://developers.mattermost.com/api-documentation/#/operations/DeleteSamlPublicCertificate
        """
        ...

    def reset_saml_auth_data_to_email(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Reset AuthData to Email.

        POST /saml/reset_auth_data
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/ResetSamlAuthDataToEmail
        """
        ...

    def upload_idp_certificate(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload IDP certificate.

        POST /saml/certificate/idp (mattermostdriver name of upload_saml_idp_certificate)
        https://developers.mattermost.com/api-documentation/#/operations/UploadSamlIdpCertificate
        """
        ...

    def upload_private_key(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload private key.

        POST /saml/certificate/private (mattermostdriver name of upload_saml_private_certificate)
        https://developers.mattermost.com/api-documentation/#/operations/UploadSamlPrivateCertificate
        """
        ...

    def upload_public_certificate(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload public certificate.

        POST /saml/certificate/public (mattermostdriver name of upload_saml_public_certificate)
        https://developers.mattermost.com/api-documentation/#/operations/UploadSamlPublicCertificate
        """
        ...

    def upload_saml_idp_certificate(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload IDP certificate.

        POST /saml/certificate/idp
        https://developers.mattermost.com/api-documentation/#/operations/UploadSamlIdpCertificate
        """
        ...

    def upload_saml_private_certificate(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload private key.

        POST /saml/certificate/private
        https://developers.mattermost.com/api-documentation/#/operations/UploadSamlPrivateCertificate
        """
        ...

    def upload_saml_public_certificate(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload public certificate.

        POST /saml/certificate/public
        https://developers.mattermost.com/api-documentation/#/operations/UploadSamlPublicCertificate
        """
        ...


class ScheduledPosts(EndpointGroup):
    def create_scheduled_post(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Creates a scheduled post.

        POST /posts/schedule
        Minimum server version: 10.3
        https://developers.mattermost.com/api-documentation/#/operations/CreateScheduledPost
        """
        ...

    def delete_scheduled_post(self, scheduled_post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a scheduled post.

        DELETE /posts/schedule/{scheduled_post_id}
        Minimum server version: 10.3
        https://developers.mattermost.com/api-documentation/#/operations/DeleteScheduledPost
        """
        ...

    def get_user_scheduled_posts(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Gets all scheduled posts for a user for the specified team.

        GET /posts/scheduled/team/{team_id}
        Minimum server version: 10.3
        https://developers.mattermost.com/api-documentation/#/operations/GetUserScheduledPosts
        """
        ...

    def update_scheduled_post(self, scheduled_post_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a scheduled post.

        PUT /posts/schedule/{scheduled_post_id}
        Minimum server version: 10.3
        https://developers.mattermost.com/api-documentation/#/operations/UpdateScheduledPost
        """
        ...


class ScheduledRecaps(EndpointGroup):
    def create_scheduled_recap(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a scheduled recap.

        POST /scheduled_recaps
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/CreateScheduledRecap
        """
        ...

    def delete_scheduled_recap(self, scheduled_recap_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a scheduled recap.

        DELETE /scheduled_recaps/{scheduled_recap_id}
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/DeleteScheduledRecap
        """
        ...

    def get_scheduled_recap(self, scheduled_recap_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a scheduled recap.

        GET /scheduled_recaps/{scheduled_recap_id}
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/GetScheduledRecap
        """
        ...

    def get_scheduled_recaps(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get current user's scheduled recaps.

        GET /scheduled_recaps
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/GetScheduledRecaps
        """
        ...

    def pause_scheduled_recap(self, scheduled_recap_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Pause a scheduled recap.

        POST /scheduled_recaps/{scheduled_recap_id}/pause
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/PauseScheduledRecap
        """
        ...

    def resume_scheduled_recap(self, scheduled_recap_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Resume a scheduled recap.

        POST /scheduled_recaps/{scheduled_recap_id}/resume
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/ResumeScheduledRecap
        """
        ...

    def update_scheduled_recap(self, scheduled_recap_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a scheduled recap.

        PUT /scheduled_recaps/{scheduled_recap_id}
        Minimum server version: 11.2
        https://developers.mattermost.com/api-documentation/#/operations/UpdateScheduledRecap
        """
        ...


class Schemes(EndpointGroup):
    def create_scheme(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a scheme.

        POST /schemes
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/CreateScheme
        """
        ...

    def delete_scheme(self, scheme_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a scheme.

        DELETE /schemes/{scheme_id}
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/DeleteScheme
        """
        ...

    def get_channels_for_scheme(self, scheme_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a page of channels which use this scheme.

        GET /schemes/{scheme_id}/channels
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelsForScheme
        """
        ...

    def get_page_of_channels_using_scheme(self, scheme_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a page of channels which use this scheme.

        GET /schemes/{scheme_id}/channels (mattermostdriver name of get_channels_for_scheme)
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelsForScheme
        """
        ...

    def get_page_of_teams_using_scheme(self, scheme_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a page of teams which use this scheme.

        GET /schemes/{scheme_id}/teams (mattermostdriver name of get_teams_for_scheme)
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamsForScheme
        """
        ...

    def get_scheme(self, scheme_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a scheme.

        GET /schemes/{scheme_id}
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/GetScheme
        """
        ...

    def get_schemes(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get the schemes.

        GET /schemes
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/GetSchemes
        """
        ...

    def get_teams_for_scheme(self, scheme_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a page of teams which use this scheme.

        GET /schemes/{scheme_id}/teams
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamsForScheme
        """
        ...

    def patch_scheme(self, scheme_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a scheme.

        PUT /schemes/{scheme_id}/patch
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/PatchScheme
        """
        ...


class ServiceTerms(EndpointGroup):
    def create_terms_of_service(self, params: Mapping[str, Any] | None = None) -> Any:
        """Creates a new terms of service.

        POST /terms_of_service
        Minimum server version: 5.4
        https://developers.mattermost.com/api-documentation/#/operations/CreateTermsOfService
        """
        ...

    def get_terms_of_service(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get latest terms of service.

        GET /terms_of_service
        Minimum server version: 5.4
        https://developers.mattermost.com/api-documentation/#/operations/GetTermsOfService
        """
        ...


class Sharedchannels(EndpointGroup):
    def can_user_direct_message(self, user_id: str, other_user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Check if user can DM another user in shared channels context.

        GET /sharedchannels/users/{user_id}/can_dm/{other_user_id}
        Minimum server version: 10.11
        https://developers.mattermost.com/api-documentation/#/operations/CanUserDirectMessage
        """
        ...

    def delete_shared_channel_invitation(self, remote_id: str, shared_channel_invitation_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Remove or withdraw a shared channel invitation.

        DELETE /remotecluster/{remote_id}/shared_channel_invitations/{shared_channel_invitation_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteSharedChannelInvitation
        """
        ...

    def get_all_shared_channels(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get all shared channels for team.

        GET /sharedchannels/{team_id}
        Minimum server version: 5.50
        https://developers.mattermost.com/api-documentation/#/operations/GetAllSharedChannels
        """
        ...

    def get_remote_cluster_info(self, remote_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get remote cluster info by ID for user.

        GET /sharedchannels/remote_info/{remote_id}
        Minimum server version: 5.50
        https://developers.mattermost.com/api-documentation/#/operations/GetRemoteClusterInfo
        """
        ...

    def get_shared_channel_invitations_by_channel(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get shared channel invitations for a channel.

        GET /channels/{channel_id}/shared_channel_invitations
        https://developers.mattermost.com/api-documentation/#/operations/GetSharedChannelInvitationsByChannel
        """
        ...

    def get_shared_channel_invitations_by_remote_cluster(self, remote_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get shared channel invitations by remote cluster.

        GET /remotecluster/{remote_id}/shared_channel_invitations
        https://developers.mattermost.com/api-documentation/#/operations/GetSharedChannelInvitationsByRemoteCluster
        """
        ...

    def get_shared_channel_remotes(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get remote clusters for a shared channel.

        GET /sharedchannels/{channel_id}/remotes
        Minimum server version: 10.11
        https://developers.mattermost.com/api-documentation/#/operations/GetSharedChannelRemotes
        """
        ...

    def get_shared_channel_remotes_by_remote_cluster(self, remote_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get shared channel remotes by remote cluster.

        GET /remotecluster/{remote_id}/sharedchannelremotes
        https://developers.mattermost.com/api-documentation/#/operations/GetSharedChannelRemotesByRemoteCluster
        """
        ...

    def invite_remote_cluster_to_channel(self, remote_id: str, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Invites a remote cluster to a channel.

        POST /remotecluster/{remote_id}/channels/{channel_id}/invite
        https://developers.mattermost.com/api-documentation/#/operations/InviteRemoteClusterToChannel
        """
        ...

    def uninvite_remote_cluster_to_channel(self, remote_id: str, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Uninvites a remote cluster to a channel.

        POST /remotecluster/{remote_id}/channels/{channel_id}/uninvite
        https://developers.mattermost.com/api-documentation/#/operations/UninviteRemoteClusterToChannel
        """
        ...


class Status(EndpointGroup):
    def get_user_status(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get user status.

        GET /users/{user_id}/status
        https://developers.mattermost.com/api-documentation/#/operations/GetUserStatus
        """
        ...

    def get_user_statuses_by_id(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get user statuses by id.

        POST /users/status/ids (mattermostdriver name of get_users_statuses_by_ids)
        https://developers.mattermost.com/api-documentation/#/operations/GetUsersStatusesByIds
        """
        ...

    def get_users_statuses_by_ids(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get user statuses by id.

        POST /users/status/ids
        https://developers.mattermost.com/api-documentation/#/operations/GetUsersStatusesByIds
        """
        ...

    def post_user_recent_custom_status_delete(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Delete user's recent custom status.

        POST /users/{user_id}/status/custom/recent/delete
        https://developers.mattermost.com/api-documentation/#/operations/PostUserRecentCustomStatusDelete
        """
        ...

    def remove_recent_custom_status(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Delete user's recent custom status.

        DELETE /users/{user_id}/status/custom/recent
        https://developers.mattermost.com/api-documentation/#/operations/RemoveRecentCustomStatus
        """
        ...

    def unset_user_custom_status(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Unsets user custom status.

        DELETE /users/{user_id}/status/custom
        https://developers.mattermost.com/api-documentation/#/operations/UnsetUserCustomStatus
        """
        ...

    def update_user_custom_status(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update user custom status.

        PUT /users/{user_id}/status/custom
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUserCustomStatus
        """
        ...

    def update_user_status(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update user status.

        PUT /users/{user_id}/status
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUserStatus
        """
        ...


class System(EndpointGroup):
    def acknowledge_notification(self, params: Mapping[str, Any] | None = None) -> Any:
        """Acknowledge receiving of a notification.

        POST /notifications/ack
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/AcknowledgeNotification
        """
        ...

    def add_log_message(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Add log message.

        POST /logs (mattermostdriver name of post_log)
        https://developers.mattermost.com/api-documentation/#/operations/PostLog
        """
        ...

    def check_integrity(self, params: Mapping[str, Any] | None = None) -> Any:
        """Perform a database integrity check.

        POST /integrity
        Minimum server version: 5.28.0
        https://developers.mattermost.com/api-documentation/#/operations/CheckIntegrity
        """
        ...

    def check_system_health(self, params: Mapping[str, Any] | None = None) -> Any:
        """Check system health.

        GET /system/ping (mattermostdriver name of get_ping)
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/GetPing
        """
        ...

    def clear_server_busy(self, params: Mapping[str, Any] | None = None) -> Any:
        """Clears the server busy (high load) flag.

        DELETE /server_busy
        Minimum server version: 5.20
        https://developers.mattermost.com/api-documentation/#/operations/ClearServerBusy
        """
        ...

    def complete_onboarding(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Complete first admin onboarding.

        POST /system/onboarding/complete
        https://developers.mattermost.com/api-documentation/#/operations/CompleteOnboarding
        """
        ...

    def connect_web_socket(self, params: Mapping[str, Any] | None = None) -> Any:
        """Open a WebSocket connection.

        GET /websocket
        https://developers.mattermost.com/api-documentation/#/operations/ConnectWebSocket
        """
        ...

    def database_recycle(self, params: Mapping[str, Any] | None = None) -> Any:
        """Recycle database connections.

        POST /database/recycle
        https://developers.mattermost.com/api-documentation/#/operations/DatabaseRecycle
        """
        ...

    def delete_ai_bridge_test_helper(self, params: Mapping[str, Any] | None = None) -> Any:
        """Reset AI bridge E2E test helper.

        DELETE /system/e2e/ai_bridge
        https://developers.mattermost.com/api-documentation/#/operations/DeleteAIBridgeTestHelper
        """
        ...

    def generate_support_packet(self, params: Mapping[str, Any] | None = None) -> Any:
        """Download a zip file which contains helpful and useful information for troubleshooting your mattermost instance.

        GET /system/support_packet
        Minimum server version: 5.32
        https://developers.mattermost.com/api-documentation/#/operations/GenerateSupportPacket
        """
        ...

    def get_ai_bridge_test_helper(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get AI bridge E2E test helper state.

        GET /system/e2e/ai_bridge
        https://developers.mattermost.com/api-documentation/#/operations/GetAIBridgeTestHelper
        """
        ...

    def get_analytics(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get analytics.

        GET /analytics/old (mattermostdriver name of get_analytics_old)
        Minimum server version: 4.0
        https://developers.mattermost.com/api-documentation/#/operations/GetAnalyticsOld
        """
        ...

    def get_analytics_old(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get analytics.

        GET /analytics/old
        Minimum server version: 4.0
        https://developers.mattermost.com/api-documentation/#/operations/GetAnalyticsOld
        """
        ...

    def get_applied_schema_migrations(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get applied database schema migrations.

        GET /system/schema/version
        https://developers.mattermost.com/api-documentation/#/operations/GetAppliedSchemaMigrations
        """
        ...

    def get_audits(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get audits.

        GET /audits
        https://developers.mattermost.com/api-documentation/#/operations/GetAudits
        """
        ...

    def get_client_config(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get client configuration.

        GET /config/client
        https://developers.mattermost.com/api-documentation/#/operations/GetClientConfig
        """
        ...

    def get_client_configuration(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get client configuration.

        GET /config/client (mattermostdriver name of get_client_config)
        https://developers.mattermost.com/api-documentation/#/operations/GetClientConfig
        """
        ...

    def get_client_license(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get client license.

        GET /license/client
        https://developers.mattermost.com/api-documentation/#/operations/GetClientLicense
        """
        ...

    def get_config(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get configuration.

        GET /config
        https://developers.mattermost.com/api-documentation/#/operations/GetConfig
        """
        ...

    def get_configuration(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get configuration.

        GET /config (mattermostdriver name of get_config)
        https://developers.mattermost.com/api-documentation/#/operations/GetConfig
        """
        ...

    def get_configuration_environment(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get configuration made through environment variables.

        GET /config/environment (mattermostdriver name of get_environment_config)
        Minimum server version: 4.10
        https://developers.mattermost.com/api-documentation/#/operations/GetEnvironmentConfig
        """
        ...

    def get_environment_config(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get configuration made through environment variables.

        GET /config/environment
        Minimum server version: 4.10
        https://developers.mattermost.com/api-documentation/#/operations/GetEnvironmentConfig
        """
        ...

    def get_image_by_url(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get an image by url.

        GET /image
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/GetImageByUrl
        """
        ...

    def get_latest_version(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get latest public server release information.

        GET /latest_version
        https://developers.mattermost.com/api-documentation/#/operations/GetLatestVersion
        """
        ...

    def get_license_load_metric(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get license load metric.

        GET /license/load_metric
        Minimum server version: 10.8
        https://developers.mattermost.com/api-documentation/#/operations/GetLicenseLoadMetric
        """
        ...

    def get_logs(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get logs.

        GET /logs
        https://developers.mattermost.com/api-documentation/#/operations/GetLogs
        """
        ...

    def get_notices(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get notices for logged in user in specified team.

        GET /system/notices/{team_id}
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/GetNotices
        """
        ...

    def get_onboarding_complete(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get first admin onboarding completion status.

        GET /system/onboarding/complete
        https://developers.mattermost.com/api-documentation/#/operations/GetOnboardingComplete
        """
        ...

    def get_ping(self, params: Mapping[str, Any] | None = None) -> Any:
        """Check system health.

        GET /system/ping
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/GetPing
        """
        ...

    def get_prev_trial_license(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get last trial license used.

        GET /trial-license/prev
        Minimum server version: 5.36
        https://developers.mattermost.com/api-documentation/#/operations/GetPrevTrialLicense
        """
        ...

    def get_redirect_location(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get redirect location.

        GET /redirect_location
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/GetRedirectLocation
        """
        ...

    def get_server_busy_expires(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get server busy expiry time.

        GET /server_busy
        Minimum server version: 5.20
        https://developers.mattermost.com/api-documentation/#/operations/GetServerBusyExpires
        """
        ...

    def get_supported_timezone(self, params: Mapping[str, Any] | None = None) -> Any:
        """Retrieve a list of supported timezones.

        GET /system/timezones
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/GetSupportedTimezone
        """
        ...

    def get_webrtc_token(self) -> Any:
        """GET /webrtc/token: kept for mattermostdriver code; the server dropped WebRTC and answers 404."""
        ...

    def invalidate_all_caches(self, params: Mapping[str, Any] | None = None) -> Any:
        """Invalidate all the caches.

        POST /caches/invalidate (mattermostdriver name of invalidate_caches)
        https://developers.mattermost.com/api-documentation/#/operations/InvalidateCaches
        """
        ...

    def invalidate_caches(self, params: Mapping[str, Any] | None = None) -> Any:
        """Invalidate all the caches.

        POST /caches/invalidate
        https://developers.mattermost.com/api-documentation/#/operations/InvalidateCaches
        """
        ...

    def is_allowed_to_upgrade_to_enterprise(self, params: Mapping[str, Any] | None = None) -> Any:
        """Check if the user is allowed to upgrade to Enterprise Edition.

        GET /upgrade_to_enterprise/allowed
        https://developers.mattermost.com/api-documentation/#/operations/IsAllowedToUpgradeToEnterprise
        """
        ...

    def manual_test(self, params: Mapping[str, Any] | None = None) -> Any:
        """Run manual testing helpers.

        GET /manualtest at the site root (outside the API base path); returns the requests.Response
        https://developers.mattermost.com/api-documentation/#/operations/ManualTest
        """
        ...

    def mark_notices_viewed(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update notices as 'viewed'.

        PUT /system/notices/view
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/MarkNoticesViewed
        """
        ...

    def migrate_config(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Migrate config storage.

        POST /config/migrate
        https://developers.mattermost.com/api-documentation/#/operations/MigrateConfig
        """
        ...

    def patch_config(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch configuration.

        PUT /config/patch
        Minimum server version: 5.20
        https://developers.mattermost.com/api-documentation/#/operations/PatchConfig
        """
        ...

    def post_log(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Add log message.

        POST /logs
        https://developers.mattermost.com/api-documentation/#/operations/PostLog
        """
        ...

    def preview_license_file(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Preview license file.

        POST /license/preview
        Minimum server version: 10.9
        https://developers.mattermost.com/api-documentation/#/operations/PreviewLicenseFile
        """
        ...

    def query_logs(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Query server logs with filters.

        POST /logs/query
        https://developers.mattermost.com/api-documentation/#/operations/QueryLogs
        """
        ...

    def recycle_database_connection(self, params: Mapping[str, Any] | None = None) -> Any:
        """Recycle database connections.

        POST /database/recycle (mattermostdriver name of database_recycle)
        https://developers.mattermost.com/api-documentation/#/operations/DatabaseRecycle
        """
        ...

    def reload_config(self, params: Mapping[str, Any] | None = None) -> Any:
        """Reload configuration.

        POST /config/reload
        https://developers.mattermost.com/api-documentation/#/operations/ReloadConfig
        """
        ...

    def reload_configuration(self, params: Mapping[str, Any] | None = None) -> Any:
        """Reload configuration.

        POST /config/reload (mattermostdriver name of reload_config)
        https://developers.mattermost.com/api-documentation/#/operations/ReloadConfig
        """
        ...

    def remove_license_file(self, params: Mapping[str, Any] | None = None) -> Any:
        """Remove license file.

        DELETE /license
        Minimum server version: 4.0
        https://developers.mattermost.com/api-documentation/#/operations/RemoveLicenseFile
        """
        ...

    def request_trial_license(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Request and install a trial license for your server.

        POST /trial-license
        Minimum server version: 5.25
        https://developers.mattermost.com/api-documentation/#/operations/RequestTrialLicense
        """
        ...

    def restart_server(self, params: Mapping[str, Any] | None = None) -> Any:
        """Restart the system after an upgrade from Team Edition to Enterprise Edition.

        POST /restart
        Minimum server version: 5.27
        https://developers.mattermost.com/api-documentation/#/operations/RestartServer
        """
        ...

    def send_test_email(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Send a test email.

        POST /email/test (mattermostdriver name of test_email)
        https://developers.mattermost.com/api-documentation/#/operations/TestEmail
        """
        ...

    def set_ai_bridge_test_helper(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Configure AI bridge E2E test helper.

        PUT /system/e2e/ai_bridge
        https://developers.mattermost.com/api-documentation/#/operations/SetAIBridgeTestHelper
        """
        ...

    def set_server_busy(self, params: Mapping[str, Any] | None = None) -> Any:
        """Set the server busy (high load) flag.

        POST /server_busy
        Minimum server version: 5.20
        https://developers.mattermost.com/api-documentation/#/operations/SetServerBusy
        """
        ...

    def test_aws_s3_connection(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Test AWS S3 connection.

        POST /file/s3_test (mattermostdriver name of test_s3_connection)
        Minimum server version: 4.8
        https://developers.mattermost.com/api-documentation/#/operations/TestS3Connection
        """
        ...

    def test_email(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Send a test email.

        POST /email/test
        https://developers.mattermost.com/api-documentation/#/operations/TestEmail
        """
        ...

    def test_file_store_connection(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Test the configured file storage backend.

        POST /file/test
        Minimum server version: 11.10
        https://developers.mattermost.com/api-documentation/#/operations/TestFileStoreConnection
        """
        ...

    def test_notification(self, params: Mapping[str, Any] | None = None) -> Any:
        """Send a test notification.

        POST /notifications/test
        https://developers.mattermost.com/api-documentation/#/operations/TestNotification
        """
        ...

    def test_s3_connection(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Test AWS S3 connection.

        POST /file/s3_test
        Minimum server version: 4.8
        https://developers.mattermost.com/api-documentation/#/operations/TestS3Connection
        """
        ...

    def test_site_url(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Checks the validity of a Site URL.

        POST /site_url/test
        Minimum server version: 5.16
        https://developers.mattermost.com/api-documentation/#/operations/TestSiteURL
        """
        ...

    def update_config(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update configuration.

        PUT /config
        https://developers.mattermost.com/api-documentation/#/operations/UpdateConfig
        """
        ...

    def update_configuration(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update configuration.

        PUT /config (mattermostdriver name of update_config)
        https://developers.mattermost.com/api-documentation/#/operations/UpdateConfig
        """
        ...

    def upgrade_to_enterprise(self, params: Mapping[str, Any] | None = None) -> Any:
        """Executes an inplace upgrade from Team Edition to Enterprise Edition.

        POST /upgrade_to_enterprise
        Minimum server version: 5.27
        https://developers.mattermost.com/api-documentation/#/operations/UpgradeToEnterprise
        """
        ...

    def upgrade_to_enterprise_status(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get the current status for the inplace upgrade from Team Edition to Enterprise Edition.

        GET /upgrade_to_enterprise/status
        Minimum server version: 5.27
        https://developers.mattermost.com/api-documentation/#/operations/UpgradeToEnterpriseStatus
        """
        ...

    def upload_license_file(self, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Upload license file.

        POST /license
        Minimum server version: 4.0
        https://developers.mattermost.com/api-documentation/#/operations/UploadLicenseFile
        """
        ...


class Teams(EndpointGroup):
    def add_multiple_users_to_team(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Add multiple users to team.

        POST /teams/{team_id}/members/batch (mattermostdriver name of add_team_members)
        https://developers.mattermost.com/api-documentation/#/operations/AddTeamMembers
        """
        ...

    def add_team_member(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Add user to team.

        POST /teams/{team_id}/members
        https://developers.mattermost.com/api-documentation/#/operations/AddTeamMember
        """
        ...

    def add_team_member_from_invite(self, params: Mapping[str, Any] | None = None) -> Any:
        """Add user to team from invite.

        POST /teams/members/invite
        https://developers.mattermost.com/api-documentation/#/operations/AddTeamMemberFromInvite
        """
        ...

    def add_team_members(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Add multiple users to team.

        POST /teams/{team_id}/members/batch
        https://developers.mattermost.com/api-documentation/#/operations/AddTeamMembers
        """
        ...

    def add_user_to_team(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Add user to team.

        POST /teams/{team_id}/members (mattermostdriver name of add_team_member)
        https://developers.mattermost.com/api-documentation/#/operations/AddTeamMember
        """
        ...

    def add_user_to_team_from_invite(self, params: Mapping[str, Any] | None = None) -> Any:
        """Add user to team from invite.

        POST /teams/members/invite (mattermostdriver name of add_team_member_from_invite)
        https://developers.mattermost.com/api-documentation/#/operations/AddTeamMemberFromInvite
        """
        ...

    def check_team_exists(self, name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Check if team exists.

        GET /teams/name/{name}/exists (mattermostdriver name of team_exists)
        https://developers.mattermost.com/api-documentation/#/operations/TeamExists
        """
        ...

    def create_team(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a team.

        POST /teams
        https://developers.mattermost.com/api-documentation/#/operations/CreateTeam
        """
        ...

    def delete_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a team.

        DELETE /teams/{team_id} (mattermostdriver name of soft_delete_team)
        https://developers.mattermost.com/api-documentation/#/operations/SoftDeleteTeam
        """
        ...

    def delete_team_icon(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Remove the team icon.

        DELETE /teams/{team_id}/image (mattermostdriver name of remove_team_icon)
        Minimum server version: 4.10
        https://developers.mattermost.com/api-documentation/#/operations/RemoveTeamIcon
        """
        ...

    def get_all_teams(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get teams.

        GET /teams
        https://developers.mattermost.com/api-documentation/#/operations/GetAllTeams
        """
        ...

    def get_deleted_channels(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get deleted channels.

        GET /teams/{team_id}/channels/deleted (mattermostdriver name of channels.get_deleted_channels_for_team)
        Minimum server version: 3.10
        https://developers.mattermost.com/api-documentation/#/operations/GetDeletedChannelsForTeam
        """
        ...

    def get_invite_info_for_team(self, invite_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get invite info for a team.

        GET /teams/invite/{invite_id} (mattermostdriver name of get_team_invite_info)
        Minimum server version: 4.0
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamInviteInfo
        """
        ...

    def get_public_channels(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get public channels.

        GET /teams/{team_id}/channels (mattermostdriver name of channels.get_public_channels_for_team)
        https://developers.mattermost.com/api-documentation/#/operations/GetPublicChannelsForTeam
        """
        ...

    def get_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a team.

        GET /teams/{team_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetTeam
        """
        ...

    def get_team_by_name(self, name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a team by name.

        GET /teams/name/{name}
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamByName
        """
        ...

    def get_team_icon(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get the team icon.

        GET /teams/{team_id}/image
        Minimum server version: 4.9
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamIcon
        """
        ...

    def get_team_invite_info(self, invite_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get invite info for a team.

        GET /teams/invite/{invite_id}
        Minimum server version: 4.0
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamInviteInfo
        """
        ...

    def get_team_member(self, team_id: str, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a team member.

        GET /teams/{team_id}/members/{user_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamMember
        """
        ...

    def get_team_members(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get team members.

        GET /teams/{team_id}/members
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamMembers
        """
        ...

    def get_team_members_by_id(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get team members by ids.

        POST /teams/{team_id}/members/ids (mattermostdriver name of get_team_members_by_ids)
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamMembersByIds
        """
        ...

    def get_team_members_by_ids(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get team members by ids.

        POST /teams/{team_id}/members/ids
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamMembersByIds
        """
        ...

    def get_team_members_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get team members for a user.

        GET /users/{user_id}/teams/members
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamMembersForUser
        """
        ...

    def get_team_stats(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a team stats.

        GET /teams/{team_id}/stats
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamStats
        """
        ...

    def get_team_unread(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get unreads for a team.

        GET /users/{user_id}/teams/{team_id}/unread
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamUnread
        """
        ...

    def get_team_unreads_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get team unreads for a user.

        GET /users/{user_id}/teams/unread (mattermostdriver name of get_teams_unread_for_user)
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamsUnreadForUser
        """
        ...

    def get_teams(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get teams.

        GET /teams (mattermostdriver name of get_all_teams)
        https://developers.mattermost.com/api-documentation/#/operations/GetAllTeams
        """
        ...

    def get_teams_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a user's teams.

        GET /users/{user_id}/teams
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamsForUser
        """
        ...

    def get_teams_unread_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get team unreads for a user.

        GET /users/{user_id}/teams/unread
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamsUnreadForUser
        """
        ...

    def get_unreads_for_team(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get unreads for a team.

        GET /users/{user_id}/teams/{team_id}/unread (mattermostdriver name of get_team_unread)
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamUnread
        """
        ...

    def get_user_teams(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a user's teams.

        GET /users/{user_id}/teams (mattermostdriver name of get_teams_for_user)
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamsForUser
        """
        ...

    def import_team(self, team_id: str, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Import a Team from other application.

        POST /teams/{team_id}/import
        https://developers.mattermost.com/api-documentation/#/operations/ImportTeam
        """
        ...

    def import_team_from_other_app(self, team_id: str, data: Any | None = None, files: Any | None = None) -> Any:
        """POST /teams/{team_id}/import (multipart): `data` holds importFrom and filesize, `files` the file."""
        ...

    def invalidate_email_invites(self, params: Mapping[str, Any] | None = None) -> Any:
        """Invalidate active email invitations.

        DELETE /teams/invites/email
        https://developers.mattermost.com/api-documentation/#/operations/InvalidateEmailInvites
        """
        ...

    def invite_guests_to_team(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Invite guests to the team by email.

        POST /teams/{team_id}/invite-guests/email
        Minimum server version: 5.16
        https://developers.mattermost.com/api-documentation/#/operations/InviteGuestsToTeam
        """
        ...

    def invite_users_to_team(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Invite users to the team by email.

        POST /teams/{team_id}/invite/email
        https://developers.mattermost.com/api-documentation/#/operations/InviteUsersToTeam
        """
        ...

    def invite_users_to_team_by_mail(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Invite users to the team by email.

        POST /teams/{team_id}/invite/email (mattermostdriver name of invite_users_to_team)
        https://developers.mattermost.com/api-documentation/#/operations/InviteUsersToTeam
        """
        ...

    def patch_team(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a team.

        PUT /teams/{team_id}/patch
        https://developers.mattermost.com/api-documentation/#/operations/PatchTeam
        """
        ...

    def regenerate_team_invite_id(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Regenerate the Invite ID from a Team.

        POST /teams/{team_id}/regenerate_invite_id
        https://developers.mattermost.com/api-documentation/#/operations/RegenerateTeamInviteId
        """
        ...

    def remove_team_icon(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Remove the team icon.

        DELETE /teams/{team_id}/image
        Minimum server version: 4.10
        https://developers.mattermost.com/api-documentation/#/operations/RemoveTeamIcon
        """
        ...

    def remove_team_member(self, team_id: str, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Remove user from team.

        DELETE /teams/{team_id}/members/{user_id}
        https://developers.mattermost.com/api-documentation/#/operations/RemoveTeamMember
        """
        ...

    def remove_user_from_team(self, team_id: str, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Remove user from team.

        DELETE /teams/{team_id}/members/{user_id} (mattermostdriver name of remove_team_member)
        https://developers.mattermost.com/api-documentation/#/operations/RemoveTeamMember
        """
        ...

    def restore_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Restore a team.

        POST /teams/{team_id}/restore
        Minimum server version: 5.24
        https://developers.mattermost.com/api-documentation/#/operations/RestoreTeam
        """
        ...

    def search_channels(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search channels.

        POST /teams/{team_id}/channels/search (mattermostdriver name of channels.search_channels)
        https://developers.mattermost.com/api-documentation/#/operations/SearchChannels
        """
        ...

    def search_teams(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search teams.

        POST /teams/search
        https://developers.mattermost.com/api-documentation/#/operations/SearchTeams
        """
        ...

    def set_team_icon(self, team_id: str, file: Any) -> Any:
        """POST /teams/{team_id}/image (multipart); `file` is the requests `files` mapping."""
        ...

    def set_team_scheme(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set a team's scheme.

        PUT /teams/{team_id}/scheme (mattermostdriver name of update_team_scheme)
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/UpdateTeamScheme
        """
        ...

    def soft_delete_team(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a team.

        DELETE /teams/{team_id}
        https://developers.mattermost.com/api-documentation/#/operations/SoftDeleteTeam
        """
        ...

    def team_exists(self, name: str, params: Mapping[str, Any] | None = None) -> Any:
        """Check if team exists.

        GET /teams/name/{name}/exists
        https://developers.mattermost.com/api-documentation/#/operations/TeamExists
        """
        ...

    def team_members_minus_group_members(self, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Team members minus group members.

        GET /teams/{team_id}/members_minus_group_members
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/TeamMembersMinusGroupMembers
        """
        ...

    def update_scheme_derived_roles_of_team_member(self, team_id: str, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update the scheme-derived roles of a team member.

        PUT /teams/{team_id}/members/{user_id}/schemeRoles (mattermostdriver name of update_team_member_scheme_roles)
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/UpdateTeamMemberSchemeRoles
        """
        ...

    def update_team(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a team.

        PUT /teams/{team_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdateTeam
        """
        ...

    def update_team_member_roles(self, team_id: str, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a team member roles.

        PUT /teams/{team_id}/members/{user_id}/roles
        https://developers.mattermost.com/api-documentation/#/operations/UpdateTeamMemberRoles
        """
        ...

    def update_team_member_scheme_roles(self, team_id: str, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update the scheme-derived roles of a team member.

        PUT /teams/{team_id}/members/{user_id}/schemeRoles
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/UpdateTeamMemberSchemeRoles
        """
        ...

    def update_team_privacy(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update teams's privacy.

        PUT /teams/{team_id}/privacy
        Minimum server version: 5.24
        https://developers.mattermost.com/api-documentation/#/operations/UpdateTeamPrivacy
        """
        ...

    def update_team_scheme(self, team_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set a team's scheme.

        PUT /teams/{team_id}/scheme
        Minimum server version: 5.0
        https://developers.mattermost.com/api-documentation/#/operations/UpdateTeamScheme
        """
        ...


class Threads(EndpointGroup):
    def get_thread_mention_counts_by_channel(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get all unread mention counts from followed threads, per-channel.

        GET /users/{user_id}/teams/{team_id}/threads/mention_counts
        Minimum server version: 5.29
        https://developers.mattermost.com/api-documentation/#/operations/GetThreadMentionCountsByChannel
        """
        ...

    def get_user_thread(self, user_id: str, team_id: str, thread_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a thread followed by the user.

        GET /users/{user_id}/teams/{team_id}/threads/{thread_id}
        Minimum server version: 5.29
        https://developers.mattermost.com/api-documentation/#/operations/GetUserThread
        """
        ...

    def get_user_threads(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get all threads that user is following.

        GET /users/{user_id}/teams/{team_id}/threads
        Minimum server version: 5.29
        https://developers.mattermost.com/api-documentation/#/operations/GetUserThreads
        """
        ...

    def set_thread_unread_by_post_id(self, user_id: str, team_id: str, thread_id: str, post_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Mark a thread that user is following as unread based on a post id.

        POST /users/{user_id}/teams/{team_id}/threads/{thread_id}/set_unread/{post_id}
        Minimum server version: 6.7
        https://developers.mattermost.com/api-documentation/#/operations/SetThreadUnreadByPostId
        """
        ...

    def start_following_thread(self, user_id: str, team_id: str, thread_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Start following a thread.

        PUT /users/{user_id}/teams/{team_id}/threads/{thread_id}/following
        Minimum server version: 5.29
        https://developers.mattermost.com/api-documentation/#/operations/StartFollowingThread
        """
        ...

    def stop_following_thread(self, user_id: str, team_id: str, thread_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Stop following a thread.

        DELETE /users/{user_id}/teams/{team_id}/threads/{thread_id}/following
        Minimum server version: 5.29
        https://developers.mattermost.com/api-documentation/#/operations/StopFollowingThread
        """
        ...

    def update_thread_read_for_user(self, user_id: str, team_id: str, thread_id: str, timestamp: str, params: Mapping[str, Any] | None = None) -> Any:
        """Mark a thread that user is following read state to the timestamp.

        PUT /users/{user_id}/teams/{team_id}/threads/{thread_id}/read/{timestamp}
        Minimum server version: 5.29
        https://developers.mattermost.com/api-documentation/#/operations/UpdateThreadReadForUser
        """
        ...

    def update_threads_read_for_user(self, user_id: str, team_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Mark all threads that user is following as read.

        PUT /users/{user_id}/teams/{team_id}/threads/read
        Minimum server version: 5.29
        https://developers.mattermost.com/api-documentation/#/operations/UpdateThreadsReadForUser
        """
        ...


class Uploads(EndpointGroup):
    def create_upload(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create an upload.

        POST /uploads
        Minimum server version: 5.28
        https://developers.mattermost.com/api-documentation/#/operations/CreateUpload
        """
        ...

    def get_upload(self, upload_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get an upload session.

        GET /uploads/{upload_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetUpload
        """
        ...

    def upload_data(self, upload_id: str, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Perform a file upload.

        POST /uploads/{upload_id}
        https://developers.mattermost.com/api-documentation/#/operations/UploadData
        """
        ...


class Usage(EndpointGroup):
    def get_posts_usage(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get current usage of posts.

        GET /usage/posts
        Minimum server version: 7.0
        https://developers.mattermost.com/api-documentation/#/operations/GetPostsUsage
        """
        ...

    def get_storage_usage(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get the total file storage usage for the instance in bytes.

        GET /usage/storage
        Minimum server version: 7.1
        https://developers.mattermost.com/api-documentation/#/operations/GetStorageUsage
        """
        ...


class Users(EndpointGroup):
    def attach_device_extra_props(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Attach mobile device and extra props to the session object.

        PUT /users/sessions/device
        https://developers.mattermost.com/api-documentation/#/operations/AttachDeviceExtraProps
        """
        ...

    def attach_mobile_device(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Attach mobile device and extra props to the session object.

        PUT /users/sessions/device (mattermostdriver name of attach_device_extra_props)
        https://developers.mattermost.com/api-documentation/#/operations/AttachDeviceExtraProps
        """
        ...

    def autocomplete_users(self, params: Mapping[str, Any] | None = None) -> Any:
        """Autocomplete users.

        GET /users/autocomplete
        https://developers.mattermost.com/api-documentation/#/operations/AutocompleteUsers
        """
        ...

    def check_mfa(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Check MFA.

        POST /users/mfa (mattermostdriver name of check_user_mfa)
        https://developers.mattermost.com/api-documentation/#/operations/CheckUserMfa
        """
        ...

    def check_user_mfa(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Check MFA.

        POST /users/mfa
        https://developers.mattermost.com/api-documentation/#/operations/CheckUserMfa
        """
        ...

    def convert_user_to_bot(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Convert a user into a bot.

        POST /users/{user_id}/convert_to_bot
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/ConvertUserToBot
        """
        ...

    def create_user(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a user.

        POST /users
        https://developers.mattermost.com/api-documentation/#/operations/CreateUser
        """
        ...

    def create_user_access_token(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create a user access token.

        POST /users/{user_id}/tokens
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/CreateUserAccessToken
        """
        ...

    def deactivate_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Deactivate a user account.

        DELETE /users/{user_id} (mattermostdriver name of delete_user)
        https://developers.mattermost.com/api-documentation/#/operations/DeleteUser
        """
        ...

    def delete_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Deactivate a user account.

        DELETE /users/{user_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteUser
        """
        ...

    def demote_user_to_guest(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Demote a user to a guest.

        POST /users/{user_id}/demote
        Minimum server version: 5.16
        https://developers.mattermost.com/api-documentation/#/operations/DemoteUserToGuest
        """
        ...

    def disable_personal_access_token(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Disable personal access token.

        POST /users/tokens/disable (mattermostdriver name of disable_user_access_token)
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/DisableUserAccessToken
        """
        ...

    def disable_user_access_token(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Disable personal access token.

        POST /users/tokens/disable
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/DisableUserAccessToken
        """
        ...

    def enable_personal_access_token(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Enable personal access token.

        POST /users/tokens/enable (mattermostdriver name of enable_user_access_token)
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/EnableUserAccessToken
        """
        ...

    def enable_user_access_token(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Enable personal access token.

        POST /users/tokens/enable
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/EnableUserAccessToken
        """
        ...

    def generate_mfa(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Generate MFA secret.

        POST /users/{user_id}/mfa/generate (mattermostdriver name of generate_mfa_secret)
        https://developers.mattermost.com/api-documentation/#/operations/GenerateMfaSecret
        """
        ...

    def generate_mfa_secret(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Generate MFA secret.

        POST /users/{user_id}/mfa/generate
        https://developers.mattermost.com/api-documentation/#/operations/GenerateMfaSecret
        """
        ...

    def get_channel_members_with_team_data_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get all channel members from all teams for a user.

        GET /users/{user_id}/channel_members
        Minimum server version: 6.2.0
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelMembersWithTeamDataForUser
        """
        ...

    def get_channel_policies_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get the policies which are applied to a user's channels.

        GET /users/{user_id}/data_retention/channel_policies
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelPoliciesForUser
        """
        ...

    def get_default_profile_image(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Return user's default (generated) profile image.

        GET /users/{user_id}/image/default
        Minimum server version: 5.5
        https://developers.mattermost.com/api-documentation/#/operations/GetDefaultProfileImage
        """
        ...

    def get_known_users(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get user IDs of known users.

        GET /users/known
        Minimum server version: 5.23
        https://developers.mattermost.com/api-documentation/#/operations/GetKnownUsers
        """
        ...

    def get_profile_image(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get user's profile image.

        GET /users/{user_id}/image
        https://developers.mattermost.com/api-documentation/#/operations/GetProfileImage
        """
        ...

    def get_sessions(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get user's sessions.

        GET /users/{user_id}/sessions
        https://developers.mattermost.com/api-documentation/#/operations/GetSessions
        """
        ...

    def get_stats(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get total count of users in the system.

        GET /users/stats (mattermostdriver name of get_total_users_stats)
        https://developers.mattermost.com/api-documentation/#/operations/GetTotalUsersStats
        """
        ...

    def get_team_policies_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get the policies which are applied to a user's teams.

        GET /users/{user_id}/data_retention/team_policies
        Minimum server version: 5.35
        https://developers.mattermost.com/api-documentation/#/operations/GetTeamPoliciesForUser
        """
        ...

    def get_total_users_stats(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get total count of users in the system.

        GET /users/stats
        https://developers.mattermost.com/api-documentation/#/operations/GetTotalUsersStats
        """
        ...

    def get_total_users_stats_filtered(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get total count of users in the system matching the specified filters.

        GET /users/stats/filtered
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/GetTotalUsersStatsFiltered
        """
        ...

    def get_uploads_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get uploads for a user.

        GET /users/{user_id}/uploads
        Minimum server version: 5.28
        https://developers.mattermost.com/api-documentation/#/operations/GetUploadsForUser
        """
        ...

    def get_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a user.

        GET /users/{user_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetUser
        """
        ...

    def get_user_access_token(self, token_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a user access token.

        GET /users/tokens/{token_id}
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/GetUserAccessToken
        """
        ...

    def get_user_access_tokens(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get user access tokens.

        GET /users/tokens
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/GetUserAccessTokens
        """
        ...

    def get_user_access_tokens_for_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get user access tokens.

        GET /users/{user_id}/tokens
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/GetUserAccessTokensForUser
        """
        ...

    def get_user_audits(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get user's audits.

        GET /users/{user_id}/audits
        https://developers.mattermost.com/api-documentation/#/operations/GetUserAudits
        """
        ...

    def get_user_by_email(self, email: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a user by email.

        GET /users/email/{email}
        https://developers.mattermost.com/api-documentation/#/operations/GetUserByEmail
        """
        ...

    def get_user_by_username(self, username: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a user by username.

        GET /users/username/{username}
        https://developers.mattermost.com/api-documentation/#/operations/GetUserByUsername
        """
        ...

    def get_user_profile_image(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get user's profile image.

        GET /users/{user_id}/image (mattermostdriver name of get_profile_image)
        https://developers.mattermost.com/api-documentation/#/operations/GetProfileImage
        """
        ...

    def get_user_sessions(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get user's sessions.

        GET /users/{user_id}/sessions (mattermostdriver name of get_sessions)
        https://developers.mattermost.com/api-documentation/#/operations/GetSessions
        """
        ...

    def get_user_terms_of_service(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Fetches user's latest terms of service action if the latest action was for acceptance.

        GET /users/{user_id}/terms_of_service
        Minimum server version: 5.6
        https://developers.mattermost.com/api-documentation/#/operations/GetUserTermsOfService
        """
        ...

    def get_users(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get users.

        GET /users
        https://developers.mattermost.com/api-documentation/#/operations/GetUsers
        """
        ...

    def get_users_by_group_channel_ids(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get users by group channels ids.

        POST /users/group_channels
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/GetUsersByGroupChannelIds
        """
        ...

    def get_users_by_ids(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get users by ids.

        POST /users/ids
        https://developers.mattermost.com/api-documentation/#/operations/GetUsersByIds
        """
        ...

    def get_users_by_usernames(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Get users by usernames.

        POST /users/usernames
        https://developers.mattermost.com/api-documentation/#/operations/GetUsersByUsernames
        """
        ...

    def get_users_with_invalid_emails(self, params: Mapping[str, Any] | None = None) -> Any:
        """Get users with invalid emails.

        GET /users/invalid_emails
        https://developers.mattermost.com/api-documentation/#/operations/GetUsersWithInvalidEmails
        """
        ...

    def login(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Login to Mattermost server.

        POST /users/login
        https://developers.mattermost.com/api-documentation/#/operations/Login
        """
        ...

    def login_by_cws_token(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Auto-Login to Mattermost server using CWS token.

        POST /users/login/cws
        https://developers.mattermost.com/api-documentation/#/operations/LoginByCwsToken
        """
        ...

    def login_sso_code_exchange(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Exchange SSO login code for session tokens.

        POST /users/login/sso/code-exchange
        https://developers.mattermost.com/api-documentation/#/operations/LoginSSOCodeExchange
        """
        ...

    def login_user(self, options: Any) -> Any:
        """POST /users/login; returns the requests.Response, whose Token header is the session token."""
        ...

    def logout(self, params: Mapping[str, Any] | None = None) -> Any:
        """Logout from the Mattermost server.

        POST /users/logout
        https://developers.mattermost.com/api-documentation/#/operations/Logout
        """
        ...

    def logout_user(self, params: Mapping[str, Any] | None = None) -> Any:
        """Logout from the Mattermost server.

        POST /users/logout (mattermostdriver name of logout)
        https://developers.mattermost.com/api-documentation/#/operations/Logout
        """
        ...

    def migrate_auth_to_ldap(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Migrate user accounts authentication type to LDAP.

        POST /users/migrate_auth/ldap
        Minimum server version: 5.28
        https://developers.mattermost.com/api-documentation/#/operations/MigrateAuthToLdap
        """
        ...

    def migrate_auth_to_saml(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Migrate user accounts authentication type to SAML.

        POST /users/migrate_auth/saml
        Minimum server version: 5.28
        https://developers.mattermost.com/api-documentation/#/operations/MigrateAuthToSaml
        """
        ...

    def patch_user(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Patch a user.

        PUT /users/{user_id}/patch
        https://developers.mattermost.com/api-documentation/#/operations/PatchUser
        """
        ...

    def permanent_delete_all_users(self, params: Mapping[str, Any] | None = None) -> Any:
        """Permanent delete all users.

        DELETE /users
        Minimum server version: 5.26.0
        https://developers.mattermost.com/api-documentation/#/operations/PermanentDeleteAllUsers
        """
        ...

    def promote_guest_to_user(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Promote a guest to user.

        POST /users/{user_id}/promote
        Minimum server version: 5.16
        https://developers.mattermost.com/api-documentation/#/operations/PromoteGuestToUser
        """
        ...

    def publish_user_typing(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Publish a user typing websocket event.

        POST /users/{user_id}/typing
        Minimum server version: 5.26
        https://developers.mattermost.com/api-documentation/#/operations/PublishUserTyping
        """
        ...

    def register_terms_of_service_action(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Records user action when they accept or decline custom terms of service.

        POST /users/{user_id}/terms_of_service
        Minimum server version: 5.4
        https://developers.mattermost.com/api-documentation/#/operations/RegisterTermsOfServiceAction
        """
        ...

    def reset_password(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Reset password.

        POST /users/password/reset
        https://developers.mattermost.com/api-documentation/#/operations/ResetPassword
        """
        ...

    def reset_password_failed_attempts(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Reset the failed password attempts for a user.

        POST /users/{user_id}/reset_failed_attempts
        https://developers.mattermost.com/api-documentation/#/operations/resetPasswordFailedAttempts
        """
        ...

    def revoke_all_sessions(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Revoke all active sessions for a user.

        POST /users/{user_id}/sessions/revoke/all
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/RevokeAllSessions
        """
        ...

    def revoke_all_user_sessions(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Revoke all active sessions for a user.

        POST /users/{user_id}/sessions/revoke/all (mattermostdriver name of revoke_all_sessions)
        Minimum server version: 4.4
        https://developers.mattermost.com/api-documentation/#/operations/RevokeAllSessions
        """
        ...

    def revoke_session(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Revoke a user session.

        POST /users/{user_id}/sessions/revoke
        https://developers.mattermost.com/api-documentation/#/operations/RevokeSession
        """
        ...

    def revoke_sessions_from_all_users(self, params: Mapping[str, Any] | None = None) -> Any:
        """Revoke all sessions from all users.

        POST /users/sessions/revoke/all
        Minimum server version: 5.14
        https://developers.mattermost.com/api-documentation/#/operations/RevokeSessionsFromAllUsers
        """
        ...

    def revoke_user_access_token(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Revoke a user access token.

        POST /users/tokens/revoke
        Minimum server version: 4.1
        https://developers.mattermost.com/api-documentation/#/operations/RevokeUserAccessToken
        """
        ...

    def revoke_user_session(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Revoke a user session.

        POST /users/{user_id}/sessions/revoke (mattermostdriver name of revoke_session)
        https://developers.mattermost.com/api-documentation/#/operations/RevokeSession
        """
        ...

    def search_tokens(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search tokens.

        POST /users/tokens/search (mattermostdriver name of search_user_access_tokens)
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/SearchUserAccessTokens
        """
        ...

    def search_user_access_tokens(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search tokens.

        POST /users/tokens/search
        Minimum server version: 4.7
        https://developers.mattermost.com/api-documentation/#/operations/SearchUserAccessTokens
        """
        ...

    def search_users(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Search users.

        POST /users/search
        https://developers.mattermost.com/api-documentation/#/operations/SearchUsers
        """
        ...

    def send_password_reset_email(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Send password reset email.

        POST /users/password/reset/send
        https://developers.mattermost.com/api-documentation/#/operations/SendPasswordResetEmail
        """
        ...

    def send_password_reset_mail(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Send password reset email.

        POST /users/password/reset/send (mattermostdriver name of send_password_reset_email)
        https://developers.mattermost.com/api-documentation/#/operations/SendPasswordResetEmail
        """
        ...

    def send_verification_email(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Send verification email.

        POST /users/email/verify/send
        https://developers.mattermost.com/api-documentation/#/operations/SendVerificationEmail
        """
        ...

    def send_verification_mail(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Send verification email.

        POST /users/email/verify/send (mattermostdriver name of send_verification_email)
        https://developers.mattermost.com/api-documentation/#/operations/SendVerificationEmail
        """
        ...

    def set_default_profile_image(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete user's profile image.

        DELETE /users/{user_id}/image
        Minimum server version: 5.5
        https://developers.mattermost.com/api-documentation/#/operations/SetDefaultProfileImage
        """
        ...

    def set_profile_image(self, user_id: str, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set user's profile image.

        POST /users/{user_id}/image
        https://developers.mattermost.com/api-documentation/#/operations/SetProfileImage
        """
        ...

    def set_user_profile_image(self, user_id: str, files: Any | None = None, data: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Set user's profile image.

        POST /users/{user_id}/image (mattermostdriver name of set_profile_image)
        https://developers.mattermost.com/api-documentation/#/operations/SetProfileImage
        """
        ...

    def switch_account_type(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Switch login method.

        POST /users/login/switch
        https://developers.mattermost.com/api-documentation/#/operations/SwitchAccountType
        """
        ...

    def switch_login_method(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Switch login method.

        POST /users/login/switch (mattermostdriver name of switch_account_type)
        https://developers.mattermost.com/api-documentation/#/operations/SwitchAccountType
        """
        ...

    def update_user(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a user.

        PUT /users/{user_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUser
        """
        ...

    def update_user_active(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update user active status.

        PUT /users/{user_id}/active
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUserActive
        """
        ...

    def update_user_active_status(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update user active status.

        PUT /users/{user_id}/active (mattermostdriver name of update_user_active)
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUserActive
        """
        ...

    def update_user_auth(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a user's authentication method.

        PUT /users/{user_id}/auth
        Minimum server version: 4.6
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUserAuth
        """
        ...

    def update_user_authentication_method(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a user's authentication method.

        PUT /users/{user_id}/auth (mattermostdriver name of update_user_auth)
        Minimum server version: 4.6
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUserAuth
        """
        ...

    def update_user_mfa(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a user's MFA.

        PUT /users/{user_id}/mfa
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUserMfa
        """
        ...

    def update_user_password(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a user's password.

        PUT /users/{user_id}/password
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUserPassword
        """
        ...

    def update_user_role(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a user's roles.

        PUT /users/{user_id}/roles (mattermostdriver name of update_user_roles)
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUserRoles
        """
        ...

    def update_user_roles(self, user_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a user's roles.

        PUT /users/{user_id}/roles
        https://developers.mattermost.com/api-documentation/#/operations/UpdateUserRoles
        """
        ...

    def verify_user_email(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Verify user email.

        POST /users/email/verify
        https://developers.mattermost.com/api-documentation/#/operations/VerifyUserEmail
        """
        ...

    def verify_user_email_without_token(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Verify user email by ID.

        POST /users/{user_id}/email/verify/member
        Minimum server version: 5.24
        https://developers.mattermost.com/api-documentation/#/operations/VerifyUserEmailWithoutToken
        """
        ...


class Views(EndpointGroup):
    def create_channel_view(self, channel_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create channel view.

        POST /channels/{channel_id}/views
        Minimum server version: 11.6
        https://developers.mattermost.com/api-documentation/#/operations/CreateChannelView
        """
        ...

    def delete_channel_view(self, channel_id: str, view_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete a channel view.

        DELETE /channels/{channel_id}/views/{view_id}
        Minimum server version: 11.6
        https://developers.mattermost.com/api-documentation/#/operations/DeleteChannelView
        """
        ...

    def get_channel_view(self, channel_id: str, view_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get a channel view.

        GET /channels/{channel_id}/views/{view_id}
        Minimum server version: 11.6
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelView
        """
        ...

    def get_posts_for_view(self, channel_id: str, view_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get posts for a view.

        GET /channels/{channel_id}/views/{view_id}/posts
        Minimum server version: 11.6
        https://developers.mattermost.com/api-documentation/#/operations/GetPostsForView
        """
        ...

    def list_channel_views(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """List channel views.

        GET /channels/{channel_id}/views
        Minimum server version: 11.6
        https://developers.mattermost.com/api-documentation/#/operations/ListChannelViews
        """
        ...

    def update_channel_view(self, channel_id: str, view_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a channel view.

        PATCH /channels/{channel_id}/views/{view_id}
        Minimum server version: 11.6
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelView
        """
        ...

    def update_channel_view_sort_order(self, channel_id: str, view_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update a channel view's sort order.

        POST /channels/{channel_id}/views/{view_id}/sort_order
        Minimum server version: 11.6
        https://developers.mattermost.com/api-documentation/#/operations/UpdateChannelViewSortOrder
        """
        ...


class Webhooks(EndpointGroup):
    def call_webhook(self, hook_id: str, options: Any | None = None) -> Any:
        """POST /hooks/{hook_id} at the site root (outside the API base path); returns the requests.Response."""
        ...

    def create_incoming_hook(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create an incoming webhook.

        POST /hooks/incoming (mattermostdriver name of create_incoming_webhook)
        https://developers.mattermost.com/api-documentation/#/operations/CreateIncomingWebhook
        """
        ...

    def create_incoming_webhook(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create an incoming webhook.

        POST /hooks/incoming
        https://developers.mattermost.com/api-documentation/#/operations/CreateIncomingWebhook
        """
        ...

    def create_outgoing_hook(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create an outgoing webhook.

        POST /hooks/outgoing (mattermostdriver name of create_outgoing_webhook)
        https://developers.mattermost.com/api-documentation/#/operations/CreateOutgoingWebhook
        """
        ...

    def create_outgoing_webhook(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create an outgoing webhook.

        POST /hooks/outgoing
        https://developers.mattermost.com/api-documentation/#/operations/CreateOutgoingWebhook
        """
        ...

    def delete_incoming_hook(self, hook_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete an incoming webhook.

        DELETE /hooks/incoming/{hook_id} (mattermostdriver name of delete_incoming_webhook)
        https://developers.mattermost.com/api-documentation/#/operations/DeleteIncomingWebhook
        """
        ...

    def delete_incoming_webhook(self, hook_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete an incoming webhook.

        DELETE /hooks/incoming/{hook_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteIncomingWebhook
        """
        ...

    def delete_outgoing_hook(self, hook_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete an outgoing webhook.

        DELETE /hooks/outgoing/{hook_id} (mattermostdriver name of delete_outgoing_webhook)
        https://developers.mattermost.com/api-documentation/#/operations/DeleteOutgoingWebhook
        """
        ...

    def delete_outgoing_webhook(self, hook_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete an outgoing webhook.

        DELETE /hooks/outgoing/{hook_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteOutgoingWebhook
        """
        ...

    def get_incoming_hook(self, hook_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get an incoming webhook.

        GET /hooks/incoming/{hook_id} (mattermostdriver name of get_incoming_webhook)
        https://developers.mattermost.com/api-documentation/#/operations/GetIncomingWebhook
        """
        ...

    def get_incoming_webhook(self, hook_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get an incoming webhook.

        GET /hooks/incoming/{hook_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetIncomingWebhook
        """
        ...

    def get_incoming_webhooks(self, params: Mapping[str, Any] | None = None) -> Any:
        """List incoming webhooks.

        GET /hooks/incoming
        https://developers.mattermost.com/api-documentation/#/operations/GetIncomingWebhooks
        """
        ...

    def get_outgoing_hook(self, hook_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get an outgoing webhook.

        GET /hooks/outgoing/{hook_id} (mattermostdriver name of get_outgoing_webhook)
        https://developers.mattermost.com/api-documentation/#/operations/GetOutgoingWebhook
        """
        ...

    def get_outgoing_webhook(self, hook_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get an outgoing webhook.

        GET /hooks/outgoing/{hook_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetOutgoingWebhook
        """
        ...

    def get_outgoing_webhooks(self, params: Mapping[str, Any] | None = None) -> Any:
        """List outgoing webhooks.

        GET /hooks/outgoing
        https://developers.mattermost.com/api-documentation/#/operations/GetOutgoingWebhooks
        """
        ...

    def list_incoming_hooks(self, params: Mapping[str, Any] | None = None) -> Any:
        """List incoming webhooks.

        GET /hooks/incoming (mattermostdriver name of get_incoming_webhooks)
        https://developers.mattermost.com/api-documentation/#/operations/GetIncomingWebhooks
        """
        ...

    def list_outgoing_hooks(self, params: Mapping[str, Any] | None = None) -> Any:
        """List outgoing webhooks.

        GET /hooks/outgoing (mattermostdriver name of get_outgoing_webhooks)
        https://developers.mattermost.com/api-documentation/#/operations/GetOutgoingWebhooks
        """
        ...

    def regen_outgoing_hook_token(self, hook_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Regenerate the token for the outgoing webhook.

        POST /hooks/outgoing/{hook_id}/regen_token
        https://developers.mattermost.com/api-documentation/#/operations/RegenOutgoingHookToken
        """
        ...

    def regenerate_token_outgoing_hook(self, hook_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Regenerate the token for the outgoing webhook.

        POST /hooks/outgoing/{hook_id}/regen_token (mattermostdriver name of regen_outgoing_hook_token)
        https://developers.mattermost.com/api-documentation/#/operations/RegenOutgoingHookToken
        """
        ...

    def update_incoming_hook(self, hook_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update an incoming webhook.

        PUT /hooks/incoming/{hook_id} (mattermostdriver name of update_incoming_webhook)
        https://developers.mattermost.com/api-documentation/#/operations/UpdateIncomingWebhook
        """
        ...

    def update_incoming_webhook(self, hook_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update an incoming webhook.

        PUT /hooks/incoming/{hook_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdateIncomingWebhook
        """
        ...

    def update_outgoing_hook(self, hook_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update an outgoing webhook.

        PUT /hooks/outgoing/{hook_id} (mattermostdriver name of update_outgoing_webhook)
        https://developers.mattermost.com/api-documentation/#/operations/UpdateOutgoingWebhook
        """
        ...

    def update_outgoing_webhook(self, hook_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update an outgoing webhook.

        PUT /hooks/outgoing/{hook_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdateOutgoingWebhook
        """
        ...


class Wikis(EndpointGroup):
    def create_page(self, wiki_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create page.

        POST /wikis/{wiki_id}/pages
        https://developers.mattermost.com/api-documentation/#/operations/CreatePage
        """
        ...

    def create_page_comment(self, wiki_id: str, page_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create page comment.

        POST /wikis/{wiki_id}/pages/{page_id}/comments
        https://developers.mattermost.com/api-documentation/#/operations/CreatePageComment
        """
        ...

    def create_page_comment_reply(self, wiki_id: str, page_id: str, parent_comment_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create comment reply.

        POST /wikis/{wiki_id}/pages/{page_id}/comments/{parent_comment_id}/replies
        https://developers.mattermost.com/api-documentation/#/operations/CreatePageCommentReply
        """
        ...

    def create_page_draft(self, wiki_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create page draft.

        POST /wikis/{wiki_id}/drafts
        https://developers.mattermost.com/api-documentation/#/operations/CreatePageDraft
        """
        ...

    def create_wiki(self, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Create wiki.

        POST /wikis
        https://developers.mattermost.com/api-documentation/#/operations/CreateWiki
        """
        ...

    def delete_page(self, wiki_id: str, page_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete page.

        DELETE /wikis/{wiki_id}/pages/{page_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeletePage
        """
        ...

    def delete_page_draft(self, wiki_id: str, draft_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete page draft.

        DELETE /wikis/{wiki_id}/drafts/{draft_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeletePageDraft
        """
        ...

    def delete_wiki(self, wiki_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Delete wiki.

        DELETE /wikis/{wiki_id}
        https://developers.mattermost.com/api-documentation/#/operations/DeleteWiki
        """
        ...

    def duplicate_page(self, wiki_id: str, page_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Duplicate page.

        POST /wikis/{wiki_id}/pages/{page_id}/duplicate
        https://developers.mattermost.com/api-documentation/#/operations/DuplicatePage
        """
        ...

    def get_channel_pages(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get channel pages.

        GET /channels/{channel_id}/pages
        https://developers.mattermost.com/api-documentation/#/operations/GetChannelPages
        """
        ...

    def get_page_active_editors(self, wiki_id: str, page_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get page active editors.

        GET /wikis/{wiki_id}/pages/{page_id}/active_editors
        https://developers.mattermost.com/api-documentation/#/operations/GetPageActiveEditors
        """
        ...

    def get_page_breadcrumb(self, wiki_id: str, page_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get page breadcrumb.

        GET /wikis/{wiki_id}/pages/{page_id}/breadcrumb
        https://developers.mattermost.com/api-documentation/#/operations/GetPageBreadcrumb
        """
        ...

    def get_page_comments(self, wiki_id: str, page_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get page comments.

        GET /wikis/{wiki_id}/pages/{page_id}/comments
        https://developers.mattermost.com/api-documentation/#/operations/GetPageComments
        """
        ...

    def get_page_draft(self, wiki_id: str, draft_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get page draft.

        GET /wikis/{wiki_id}/drafts/{draft_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetPageDraft
        """
        ...

    def get_page_drafts_for_wiki(self, wiki_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get page drafts for wiki.

        GET /wikis/{wiki_id}/drafts
        https://developers.mattermost.com/api-documentation/#/operations/GetPageDraftsForWiki
        """
        ...

    def get_page_version_history(self, wiki_id: str, page_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get page version history.

        GET /wikis/{wiki_id}/pages/{page_id}/version_history
        https://developers.mattermost.com/api-documentation/#/operations/GetPageVersionHistory
        """
        ...

    def get_wiki(self, wiki_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get wiki.

        GET /wikis/{wiki_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetWiki
        """
        ...

    def get_wiki_page(self, wiki_id: str, page_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get page.

        GET /wikis/{wiki_id}/pages/{page_id}
        https://developers.mattermost.com/api-documentation/#/operations/GetWikiPage
        """
        ...

    def get_wiki_pages(self, wiki_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Get pages in wiki.

        GET /wikis/{wiki_id}/pages
        https://developers.mattermost.com/api-documentation/#/operations/GetWikiPages
        """
        ...

    def list_channel_wikis(self, channel_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """List wikis for channel.

        GET /channels/{channel_id}/wikis
        https://developers.mattermost.com/api-documentation/#/operations/ListChannelWikis
        """
        ...

    def move_page_draft(self, wiki_id: str, draft_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Move page draft to another wiki.

        POST /wikis/{wiki_id}/drafts/{draft_id}/move
        https://developers.mattermost.com/api-documentation/#/operations/MovePageDraft
        """
        ...

    def move_page_to_wiki(self, wiki_id: str, page_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Move page to another wiki.

        PUT /wikis/{wiki_id}/pages/{page_id}/move
        https://developers.mattermost.com/api-documentation/#/operations/MovePageToWiki
        """
        ...

    def move_wiki_to_channel(self, wiki_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Move wiki to another channel.

        POST /wikis/{wiki_id}/move
        https://developers.mattermost.com/api-documentation/#/operations/MoveWikiToChannel
        """
        ...

    def notify_editor_stopped(self, wiki_id: str, draft_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Notify editor stopped.

        POST /wikis/{wiki_id}/drafts/{draft_id}/editor_stopped
        https://developers.mattermost.com/api-documentation/#/operations/NotifyEditorStopped
        """
        ...

    def publish_page_draft(self, wiki_id: str, draft_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Publish page draft.

        POST /wikis/{wiki_id}/drafts/{draft_id}/publish
        https://developers.mattermost.com/api-documentation/#/operations/PublishPageDraft
        """
        ...

    def resolve_page_comment(self, wiki_id: str, page_id: str, comment_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Resolve page comment.

        POST /wikis/{wiki_id}/pages/{page_id}/comments/{comment_id}/resolve
        https://developers.mattermost.com/api-documentation/#/operations/ResolvePageComment
        """
        ...

    def restore_page(self, wiki_id: str, page_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Restore deleted page.

        POST /wikis/{wiki_id}/pages/{page_id}/restore
        https://developers.mattermost.com/api-documentation/#/operations/RestorePage
        """
        ...

    def save_page_draft(self, wiki_id: str, draft_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Save page draft.

        PUT /wikis/{wiki_id}/drafts/{draft_id}
        https://developers.mattermost.com/api-documentation/#/operations/SavePageDraft
        """
        ...

    def unresolve_page_comment(self, wiki_id: str, page_id: str, comment_id: str, params: Mapping[str, Any] | None = None) -> Any:
        """Unresolve page comment.

        POST /wikis/{wiki_id}/pages/{page_id}/comments/{comment_id}/unresolve
        https://developers.mattermost.com/api-documentation/#/operations/UnresolvePageComment
        """
        ...

    def update_page(self, wiki_id: str, page_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update page.

        PUT /wikis/{wiki_id}/pages/{page_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdatePage
        """
        ...

    def update_page_parent(self, wiki_id: str, page_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update page parent.

        PUT /wikis/{wiki_id}/pages/{page_id}/parent
        https://developers.mattermost.com/api-documentation/#/operations/UpdatePageParent
        """
        ...

    def update_wiki(self, wiki_id: str, options: Any | None = None, params: Mapping[str, Any] | None = None) -> Any:
        """Update wiki.

        PATCH /wikis/{wiki_id}
        https://developers.mattermost.com/api-documentation/#/operations/UpdateWiki
        """
        ...


GROUPS: Mapping[str, type[EndpointGroup]]


def build_groups() -> dict[str, type[EndpointGroup]]: ...
