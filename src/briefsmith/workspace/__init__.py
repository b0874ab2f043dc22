"""The workspace: finding its briefs, reading specs, the theme lookup chain, and
scaffolding new workspaces and briefs."""
