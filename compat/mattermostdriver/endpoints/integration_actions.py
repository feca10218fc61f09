"""mattermostdriver.endpoints.integration_actions: the `integration_actions` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

IntegrationActions = GROUPS['integration_actions']

__all__ = ['IntegrationActions']
