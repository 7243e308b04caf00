"""Geometry of the network on the WGS 84 ellipsoid: geodesy, the nearest fiber, boundaries, terrain profiles and
line of sight, and the hard-to-connect rules. Imports only core.definitions (and core.errors)."""
