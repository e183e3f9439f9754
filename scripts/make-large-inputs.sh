#!/usr/bin/env bash
# The largest legitimate bulletins, for scripts/measure-limits.sh (written to out/limits/inputs unless a folder is given;
# never committed):
#   pdf-500-pages-50MB-embedded-fonts.pdf  all three seeds, twice over, each copy from a new page, in Noto Serif CJK SC
#                                          (embedded by Chromium), with 64 images of 700 KB spread through the text:
#                                          a born-digital gazette of over 500 pages and about 50 MB
#   docx-20MB-with-images.docx             seed 002 and 28 images of 700 KB, made by LibreOffice Writer from HTML
#                                          (the images embedded in the .docx, word/media)
# Tools (Debian 12): chromium, fonts-noto-cjk, libreoffice-writer, poppler-utils, python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/out/limits/inputs}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
html="$root/tests/fixtures/make_plain_html.py"

python3 "$html" "$work/big.html" "$root"/seeds/*.txt --copies 2 --images 64 --image-bytes 700000
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync \
  --no-first-run --no-pdf-header-footer --user-data-dir="$work/profile" --print-to-pdf="$out/pdf-500-pages-50MB-embedded-fonts.pdf" \
  "file://$work/big.html" > /dev/null 2>&1
pdfinfo "$out/pdf-500-pages-50MB-embedded-fonts.pdf" | grep -E '^(Pages|File size):'

python3 "$html" "$work/docx-20MB-with-images.html" "$root"/seeds/002_*.txt --images 28 --image-bytes 700000
libreoffice --headless -env:UserInstallation="file://$work/lo-profile" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" \
  "$work/docx-20MB-with-images.html" > /dev/null 2>&1
mv "$work/docx-20MB-with-images.docx" "$out/"
ls -l "$out/docx-20MB-with-images.docx"
unzip -l "$out/docx-20MB-with-images.docx" | tail -3
