"""mattermostdriver.endpoints.roles: the `roles` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Roles = GROUPS['roles']

__all__ = ['Roles']
