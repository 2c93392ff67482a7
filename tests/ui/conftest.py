import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never read or write the real user's settings from the tests.
os.environ["SCRUBDESK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="scrubdesk-test-config-")
