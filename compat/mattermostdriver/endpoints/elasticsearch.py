"""mattermostdriver.endpoints.elasticsearch: the `elasticsearch` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Elasticsearch = GROUPS['elasticsearch']

__all__ = ['Elasticsearch']
