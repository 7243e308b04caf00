"""The labels of core.definitions.labels in the user's language, for styles, maps, algorithms and the dock."""
from __future__ import annotations

from enum import Enum

from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ..core.definitions.labels import LABEL_CONTEXT, label, label_of


def translated(member: Enum) -> str:
    """A code's label in the user's language."""
    return QCoreApplication.translate(LABEL_CONTEXT, label(member))


def translated_code(kind: type[Enum], code: str) -> str:
    """The label of a code given as text, in the user's language; unknown codes as they are."""
    return QCoreApplication.translate(LABEL_CONTEXT, label_of(kind, code))


def number_locale() -> QLocale:
    """The user's locale with thousands grouped (QGIS omits the separator by default; a count of 2137 schools
    reads better as 2,137 or 2 137)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.OmitGroupSeparator)
    return locale
