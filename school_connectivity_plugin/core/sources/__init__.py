"""Live sources: inputs published at an http(s) URL, read with timeouts, checked, and kept as the last good copy in a
cache folder the run falls back to when the source is down or broken. Imports only core.definitions (and
core.errors, core.atomic); the network is reached through a fetcher given to it (urllib headless, QGIS in QGIS)."""
