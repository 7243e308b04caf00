"""The dock, its panels and dialogs, and the Options page. Long work runs in QgsTasks through processing.workflow;
imports processing and core."""
