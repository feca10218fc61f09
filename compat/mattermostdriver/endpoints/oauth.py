"""mattermostdriver.endpoints.oauth: the `oauth` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

OAuth = GROUPS['oauth']

__all__ = ['OAuth']
