#!/bin/sh
# Refresh the vendored front-end files from the npm registry. Needs Node and npm;
# installing or running Samenspel does not: the built files below are committed.
set -eu
UTRECHT_CSS=9.0.4
THEME_TOKENS=7.4.1
HTMX=2.0.8

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/src/samenspel/core/static/vendor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "@utrecht/component-library-css@$UTRECHT_CSS" \
  "@nl-design-system-unstable/voorbeeld-design-tokens@$THEME_TOKENS" "htmx.org@$HTMX" >/dev/null
for archive in *.tgz; do
  mkdir "${archive%.tgz}" && tar xzf "$archive" -C "${archive%.tgz}"
done

rm -rf "$dest" && mkdir -p "$dest/utrecht" "$dest/htmx"
cp utrecht-component-library-css-*/package/dist/index.css "$dest/utrecht/component-library.css"
cp utrecht-component-library-css-*/package/LICENSE.md "$dest/utrecht/LICENSE-component-library.md"
# The NL Design System example theme (EUPL): the Utrecht tokens are that city's own brand.
mkdir -p "$dest/theme"
cp nl-design-system-unstable-voorbeeld-design-tokens-*/package/dist/theme.css "$dest/theme/voorbeeld-theme.css"
cp nl-design-system-unstable-voorbeeld-design-tokens-*/package/LICENSE.md "$dest/theme/LICENSE.md"
cp htmx.org-*/package/dist/htmx.min.js "$dest/htmx/htmx.min.js"
cp htmx.org-*/package/LICENSE "$dest/htmx/LICENSE"
cat > "$dest/VERSIONS" <<EOT
@utrecht/component-library-css $UTRECHT_CSS
@nl-design-system-unstable/voorbeeld-design-tokens $THEME_TOKENS
htmx.org $HTMX
EOT
echo "Vendored files refreshed in $dest"
