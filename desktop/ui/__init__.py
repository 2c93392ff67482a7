"""The PySide6 user interface: thin widgets over `desktop.engine`. No detection logic here."""
