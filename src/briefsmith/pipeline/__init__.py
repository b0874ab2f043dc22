"""The orchestrator: the order of the stages of a build, for one brief and many; check and
render-again reuse its stages."""
