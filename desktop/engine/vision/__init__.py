"""Screenshots: safe loading, OCR, mapping findings to pixels, solid masks, clean output."""
