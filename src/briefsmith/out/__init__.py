"""The out folder: atomic writes, edit protection, the manifest and the fingerprints that say
whether a brief's outputs are up to date."""
