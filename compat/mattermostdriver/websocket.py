"""mattermostdriver.websocket: `Websocket` is chatops_mattermost_driver's, which keeps 7.3.2's
`_authenticate_websocket`, `_start_loop` and `_wait_for_message` for programs that replace `connect`."""
import logging

from chatops_mattermost_driver.websocket import Websocket

log = logging.getLogger('mattermostdriver.websocket')

__all__ = ['Websocket']
