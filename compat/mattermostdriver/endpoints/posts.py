"""mattermostdriver.endpoints.posts: the `posts` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Posts = GROUPS['posts']

__all__ = ['Posts']
