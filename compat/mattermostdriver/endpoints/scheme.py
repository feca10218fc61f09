"""mattermostdriver.endpoints.scheme: the `schemes` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Scheme = GROUPS['schemes']

__all__ = ['Scheme']
