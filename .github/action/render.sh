#!/usr/bin/env bash
# Renders a CV for the GitHub Action (action.yml), and is run by the tests
# as it is: each asked format into the output folder. A mistake in the data
# is reported by cvpdf at its line, and nothing is written for it.
#
# Environment: CVPDF_DATA (default cv.yaml), CVPDF_TEMPLATE (default
# print; for pdf and png), CVPDF_FORMATS (default "pdf png"; also html, md), CVPDF_ARGS (more options for
# `cvpdf render`), CVPDF_VARIANT (a variant of the CV), CVPDF_OUTPUT_DIR (default cv-out), CVPDF_PPI (default 80),
# CVPDF (the cvpdf binary; default: the one on PATH).
set -euo pipefail

cvpdf="${CVPDF:-cvpdf}"
data="${CVPDF_DATA:-cv.yaml}"
template="${CVPDF_TEMPLATE:-print}"
formats="${CVPDF_FORMATS:-pdf png}"
out="${CVPDF_OUTPUT_DIR:-cv-out}"
ppi="${CVPDF_PPI:-80}"
# Extra options are words separated by blanks; no shell expansion is done on them.
read -r -a extra <<<"${CVPDF_ARGS:-}"
if [ -n "${CVPDF_VARIANT:-}" ]; then
  extra+=(--variant "$CVPDF_VARIANT")
fi

fail() {
  echo "::error::$1" >&2
  echo "cvpdf action: $1" >&2
  exit 1
}

[ -f "$data" ] || fail "the data file $data does not exist; set the action's 'data' input to your CV's path"
for format in $formats; do
  case "$format" in
    pdf | png | html | md) ;;
    *) fail "unknown format '$format' in 'formats'; use pdf, png, html and md" ;;
  esac
done

mkdir -p "$out"
name="$(basename "$data")"
name="${name%.*}"
for format in $formats; do
  case "$format" in
    pdf)
      "$cvpdf" render "$data" --template "$template" -o "$out/$name.pdf" "${extra[@]}" \
        || fail "$data did not render (see cvpdf's error above)"
      echo "pdf=$out/$name.pdf" >>"${GITHUB_OUTPUT:-/dev/null}"
      ;;
    html | md)
      "$cvpdf" render "$data" -o "$out/$name.$format" "${extra[@]}" \
        || fail "$data did not render (see cvpdf's error above)"
      ;;
    png)
      "$cvpdf" render "$data" --template "$template" --format png --ppi "$ppi" -o "$out/$name.png" "${extra[@]}" \
        || fail "$data did not render (see cvpdf's error above)"
      ;;
  esac
done
echo "cvpdf action: wrote $(cd "$out" && ls | tr '\n' ' ')"
