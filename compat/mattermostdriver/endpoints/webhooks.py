"""mattermostdriver.endpoints.webhooks: the `webhooks` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Webhooks = GROUPS['webhooks']

__all__ = ['Webhooks']
