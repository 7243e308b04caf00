"""The Options page's live-source group: the URL the dock follows, how often it polls (off by default) and the QGIS
authentication configuration holding its token (never the token itself in the settings)."""
from __future__ import annotations

from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QSpinBox

from ..settings import PluginSettings

#: The longest polling interval offered (minutes): a day.
MAX_POLL_MINUTES = 24 * 60


class LiveSourceOptions(QGroupBox):
    """URL, polling interval and authentication of the live source, read from and written to PluginSettings."""

    def __init__(self, current: PluginSettings, parent=None):
        super().__init__(QCoreApplication.translate("LiveSourceOptions", "Live source"), parent)
        form = QFormLayout(self)
        self.url = QLineEdit(current.live_source_url, self)
        self.url.setObjectName("liveSourceUrl")
        self.url.setPlaceholderText("https://…")
        self.url.setToolTip(self.tr("A school list published at an http(s) URL (CSV, GeoJSON, GeoPackage, zip or a "
                                    "paged JSON API). The last good copy is kept in the profile's cache folder."))
        form.addRow(self.tr("School list URL"), self.url)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("livePollMinutes")
        self.minutes.setRange(0, MAX_POLL_MINUTES)
        self.minutes.setSpecialValueText(self.tr("Off"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(current.live_poll_minutes)
        form.addRow(self.tr("Check every"), self.minutes)
        self.auth = QgsAuthConfigSelect(self)
        self.auth.setObjectName("liveSourceAuth")
        self.auth.setConfigId(current.live_source_authcfg)
        form.addRow(self.tr("Authentication"), self.auth)

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("LiveSourceOptions", message)

    def store(self, values: PluginSettings) -> None:
        """Put the group's choices into `values`."""
        values.live_source_url = self.url.text().strip()
        values.live_poll_minutes = self.minutes.value()
        values.live_source_authcfg = self.auth.configId()
