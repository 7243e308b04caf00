"""School Connectivity QGIS plugin."""


def classFactory(iface):  # noqa: N802 (QGIS entry point name)
    """Let QGIS create the plugin; imports stay lazy so the package loads without a GUI."""
    from .plugin import SchoolConnectivityPlugin

    return SchoolConnectivityPlugin(iface)
