#!/usr/bin/env bash
# Installs cvpdf for the GitHub Action (action.yml): the release archive
# built for this runner when there is one, else a build from the action's
# own source with `cargo install --locked`. Used as a local action
# (`uses: ./` in a fork of cvpdf), it builds the checked-out source.
#
# Environment: CVPDF_VERSION (a tag or "latest"), CVPDF_REPOSITORY
# (owner/name; empty for a local action), CVPDF_REF (the action's ref, for a
# source build), RUNNER_OS_NAME and RUNNER_ARCH_NAME (as GitHub names them),
# GITHUB_ACTION_PATH (the action's folder).
set -euo pipefail

if command -v cvpdf >/dev/null 2>&1; then
  echo "cvpdf is already installed: $(cvpdf --version)"
  exit 0
fi

case "${RUNNER_OS_NAME:-Linux}/${RUNNER_ARCH_NAME:-X64}" in
  Linux/X64) target=x86_64-unknown-linux-musl ;;
  Linux/ARM64) target=aarch64-unknown-linux-musl ;;
  macOS/ARM64) target=aarch64-apple-darwin ;;
  Windows/X64) target=x86_64-pc-windows-msvc ;;
  *) target="" ;;
esac

repository="${CVPDF_REPOSITORY:-}"
version="${CVPDF_VERSION:-latest}"
bin="$HOME/.cargo/bin"
mkdir -p "$bin"

if [ -z "$repository" ]; then
  cargo install --locked --path "${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
  echo "$bin" >>"${GITHUB_PATH:-/dev/null}"
  exit 0
fi

if [ -n "$target" ]; then
  if [ "$version" = latest ]; then
    base="https://github.com/$repository/releases/latest/download"
  else
    base="https://github.com/$repository/releases/download/$version"
  fi
  case "$target" in
    *windows*) archive="cvpdf-$target.zip" ;;
    *) archive="cvpdf-$target.tar.gz" ;;
  esac
  work="$(mktemp -d)"
  if curl --fail --silent --show-error --location --output "$work/$archive" "$base/$archive" \
    && curl --fail --silent --show-error --location --output "$work/$archive.sha256" "$base/$archive.sha256"; then
    (cd "$work" && sha256sum --check "$archive.sha256")
    case "$archive" in
      *.zip) unzip -q -o "$work/$archive" -d "$work" ;;
      *) tar -xzf "$work/$archive" -C "$work" ;;
    esac
    install -m 755 "$work"/cvpdf* "$bin/" 2>/dev/null || cp "$work"/cvpdf* "$bin/"
    echo "$bin" >>"${GITHUB_PATH:-/dev/null}"
    echo "installed the release binary $archive: $("$bin/cvpdf" --version)"
    exit 0
  fi
  echo "no release binary $archive for $version; building cvpdf from source"
fi

ref="${CVPDF_REF:-}"
if [ -n "$ref" ]; then
  cargo install --locked --git "https://github.com/$repository" --rev "$ref" cvpdf
else
  cargo install --locked --git "https://github.com/$repository" cvpdf
fi
echo "$bin" >>"${GITHUB_PATH:-/dev/null}"
