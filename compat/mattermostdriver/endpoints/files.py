"""mattermostdriver.endpoints.files: the `files` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Files = GROUPS['files']

__all__ = ['Files']
