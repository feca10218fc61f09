"""mattermostdriver.driver: `Driver` is chatops_mattermost_driver's."""
import logging

from chatops_mattermost_driver.driver import Driver

log = logging.getLogger('mattermostdriver.api')

__all__ = ['Driver']
