"""mattermostdriver.endpoints.opengraph: the `opengraph` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Opengraph = GROUPS['opengraph']

__all__ = ['Opengraph']
