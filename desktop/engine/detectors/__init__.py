"""The fast detection layer: pattern, checksum and context detectors (see `registry`)."""
