"""mattermostdriver.endpoints.channels: the `channels` endpoint group of chatops_mattermost_driver."""
import logging

from chatops_mattermost_driver.endpoints import GROUPS

Channels = GROUPS['channels']

log = logging.getLogger('mattermostdriver.api.channels')

__all__ = ['Channels']
