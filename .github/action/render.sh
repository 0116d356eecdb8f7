#!/usr/bin/env bash
# Builds a CV for the GitHub Action (action.yml), and is run by the tests as
# it is: `cvpdf build` writes every output the CV declares in its `build:`
# section (or what the inputs narrow it to) into the output folder, with
# manifest.json and index.html. A mistake in the data is reported by cvpdf
# at its line, and nothing is written for it.
#
# Environment: CVPDF_DATA (default cv.yaml; a CV or a folder of CVs),
# CVPDF_FORMATS (pdf png html md docx jsonresume, separated by blanks; default:
# what the data declares, else pdf), CVPDF_TEMPLATE and CVPDF_VARIANT (one or
# more, separated by blanks; default: what the data declares), CVPDF_NAME (the
# file name pattern), CVPDF_ARGS (more options for `cvpdf build`),
# CVPDF_OUTPUT_DIR (default cv-out), CVPDF_PPI (default 80), CVPDF (the cvpdf
# binary; default: the one on PATH).
set -euo pipefail

cvpdf="${CVPDF:-cvpdf}"
data="${CVPDF_DATA:-cv.yaml}"
out="${CVPDF_OUTPUT_DIR:-cv-out}"
ppi="${CVPDF_PPI:-80}"
# Extra options are words separated by blanks; no shell expansion is done on them.
read -r -a extra <<<"${CVPDF_ARGS:-}"

fail() {
  echo "::error::$1" >&2
  echo "cvpdf action: $1" >&2
  exit 1
}

[ -e "$data" ] || fail "the data file $data does not exist; set the action's 'data' input to your CV's path"
for format in ${CVPDF_FORMATS:-}; do
  case "$format" in
    pdf | png | html | md | docx | jsonresume) extra+=(--format "$format") ;;
    *) fail "unknown format '$format' in 'formats'; use pdf, png, html, md, docx and jsonresume" ;;
  esac
done
for template in ${CVPDF_TEMPLATE:-}; do extra+=(--template "$template"); done
for variant in ${CVPDF_VARIANT:-}; do extra+=(--variant "$variant"); done
if [ -n "${CVPDF_NAME:-}" ]; then
  extra+=(--name "$CVPDF_NAME")
fi

"$cvpdf" build "$data" -o "$out" --ppi "$ppi" "${extra[@]}" || fail "$data did not render (see cvpdf's error above)"

# The first PDF the manifest lists, for the action's `pdf` output.
pdf="$(sed -n 's/^ *"path": "\(.*\.pdf\)",$/\1/p' "$out/manifest.json" | head -n 1)"
if [ -n "$pdf" ]; then
  echo "pdf=$out/$pdf" >>"${GITHUB_OUTPUT:-/dev/null}"
fi
echo "manifest=$out/manifest.json" >>"${GITHUB_OUTPUT:-/dev/null}"
echo "cvpdf action: wrote $(cd "$out" && ls | tr '\n' ' ')"
