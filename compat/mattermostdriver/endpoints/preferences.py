"""mattermostdriver.endpoints.preferences: the `preferences` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Preferences = GROUPS['preferences']

__all__ = ['Preferences']
