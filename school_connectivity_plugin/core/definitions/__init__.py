"""Definitions as data: the school schema's values, every code the plugin writes and its label, the fields of each
step with their precision, the colour presets. Imports no other room of the plugin."""
