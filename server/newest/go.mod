// The Mattermost server this project builds and tests against, pinned in this one place.
// The server module has no release tags on the module proxy, only pseudo-versions; its own
// go.mod directives below are not inherited by a requiring module, so they are repeated here.
module chatops.local/mattermost-server

go 1.24.11

require (
	github.com/mattermost/mattermost/server/public v0.1.22-0.20260113165922-8e4cadbc88ee
	github.com/mattermost/mattermost/server/v8 v8.0.0-20260113162330-9e1d4c2072c0
)

// Repeated from the server's go.mod: newer tablewriter releases break a docconv dependency.
replace github.com/olekukonko/tablewriter => github.com/olekukonko/tablewriter v0.0.5
