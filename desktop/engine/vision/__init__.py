"""Screenshots: safe loading, OCR (RapidOCR, Apple Vision, Tesseract), mapping text findings to
pixels, PaliGemma for faces, QR codes, signatures and ID cards, solid masks, clean output.
Importing this package is cheap: engines and models load on first use."""
