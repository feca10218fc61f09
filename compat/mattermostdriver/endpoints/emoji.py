"""mattermostdriver.endpoints.emoji: the `emoji` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Emoji = GROUPS['emoji']

__all__ = ['Emoji']
