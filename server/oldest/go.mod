// The oldest Mattermost server this project supports and tests against: 9.9.0 (a commit of
// 2024-05-20, the latest the module proxy serves from that branch). server/public v0.1.3, not the
// v0.1.0 the server's own go.mod names, which does not compile with it.
module chatops.local/mattermost-server-oldest

go 1.22

require (
	github.com/mattermost/mattermost/server/public v0.1.3
	github.com/mattermost/mattermost/server/v8 v8.0.0-20240520151130-4bdd8bb18e47
)

// Repeated from the server's go.mod: newer tablewriter releases break a docconv dependency.
replace github.com/olekukonko/tablewriter => github.com/olekukonko/tablewriter v0.0.5
