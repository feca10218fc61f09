"""mattermostdriver.client: `Client` is chatops_mattermost_driver's."""
import logging

from chatops_mattermost_driver.client import Client

log = logging.getLogger('mattermostdriver.websocket')

__all__ = ['Client']
