// The smallest server plugin the Mattermost server starts: the mattermost_plugin tests need a
// bundle to upload, enable and disable, not a plugin that does anything.
package main

import "github.com/mattermost/mattermost/server/public/plugin"

type Plugin struct {
	plugin.MattermostPlugin
}

func main() {
	plugin.ClientMain(&Plugin{})
}
