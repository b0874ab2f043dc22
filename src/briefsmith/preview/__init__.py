"""The live preview (`briefsmith serve`): a warm process that rebuilds briefs as their files are
saved and shows them in a browser page that refreshes itself."""
