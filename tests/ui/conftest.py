import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never read or write the real user's settings or models from the tests: an installed model
# would otherwise join every scrub.
os.environ["SCRUBDESK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="scrubdesk-test-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="scrubdesk-test-data-")
os.environ["SCRUBDESK_BUNDLE_MODELS_DIR"] = tempfile.mkdtemp(prefix="scrubdesk-test-models-")
os.environ["SCRUBDESK_CATALOG"] = os.path.join(
    os.path.dirname(__file__), "..", "..", "models", "catalog.json"
)
