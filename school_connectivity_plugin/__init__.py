"""School Connectivity QGIS plugin."""


def classFactory(iface):
    """Let QGIS create the plugin; imports stay lazy so the package loads without a GUI."""
    from .plugin import SchoolConnectivityPlugin

    return SchoolConnectivityPlugin(iface)
