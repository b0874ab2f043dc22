"""The version, in a module of its own: every stage may import it without importing the
library API in briefsmith/__init__.py (which would be an import running back up).

It is written here once: the wheel's version (pyproject.toml reads this file), the release tag
(vX.Y.Z, checked by .ci/release-check), and what a workspace's CI installs (REQUIREMENT, which
`briefsmith init` writes into the workflow and the README quotes)."""

__version__ = "0.1.0"

# Where the source lives; every release is tagged v<version> there (.github/workflows/release.yml).
REPOSITORY = "https://github.com/briefsmith/briefsmith"

# How a workspace installs this version. Briefsmith is not on PyPI yet, so: the tagged release from
# its repository. The day it is published, this line alone becomes f"briefsmith=={__version__}".
REQUIREMENT = f"briefsmith @ git+{REPOSITORY}@v{__version__}"
