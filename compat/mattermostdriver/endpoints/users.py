"""mattermostdriver.endpoints.users: the `users` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Users = GROUPS['users']

__all__ = ['Users']
