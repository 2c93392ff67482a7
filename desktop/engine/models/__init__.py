"""The model catalog and manager: find, import, download, verify and remove local models."""
