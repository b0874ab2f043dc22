"""Settings: the options of a build, the project config (briefsmith.yaml) and how flags,
config and defaults combine."""
