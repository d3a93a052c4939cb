#!/usr/bin/env bash
# Puts the TrueType CJK font our PDF export embeds into $1 (the build passes target/classes/fonts, so the
# jar carries it). Source: the npm package @expo-google-fonts/noto-sans-sc (SIL Open Font License), fetched
# with npm once and cached in ~/.cache/draftroom-fonts. Debian's fonts-noto-cjk is no substitute: its TTC
# has CFF outlines, which PDFBox cannot subset.
set -euo pipefail
dest="${1:?usage: fetch-fonts.sh DEST_DIR}"
version="0.4.3"
cache="${DRAFTROOM_FONT_CACHE:-$HOME/.cache/draftroom-fonts}/noto-sans-sc-$version"
files=(NotoSansSC-Regular.ttf NotoSansSC-Bold.ttf)

if [[ -f "$dest/${files[0]}" && -f "$dest/${files[1]}" ]]; then exit 0; fi
if [[ ! -f "$cache/${files[0]}" || ! -f "$cache/${files[1]}" ]]; then
    command -v npm >/dev/null || { echo "fetch-fonts: npm is needed to fetch @expo-google-fonts/noto-sans-sc" >&2; exit 1; }
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent "@expo-google-fonts/noto-sans-sc@$version" >/dev/null)
    tar -xzf "$work"/expo-google-fonts-noto-sans-sc-$version.tgz -C "$work" \
        package/400Regular/NotoSansSC_400Regular.ttf package/700Bold/NotoSansSC_700Bold.ttf package/LICENSE_FONT
    mkdir -p "$cache"
    cp "$work/package/400Regular/NotoSansSC_400Regular.ttf" "$cache/NotoSansSC-Regular.ttf"
    cp "$work/package/700Bold/NotoSansSC_700Bold.ttf" "$cache/NotoSansSC-Bold.ttf"
    cp "$work/package/LICENSE_FONT" "$cache/OFL.txt"
fi
mkdir -p "$dest"
cp "$cache/${files[0]}" "$cache/${files[1]}" "$cache/OFL.txt" "$dest/"
