#!/usr/bin/env bash
# Regenerates the product icons (needs ImageMagick). The icon is a forest plot glyph:
# three confidence intervals with squares over a line of no effect, and a pooled diamond.
set -euo pipefail
out=${1:-../../bundles/org.htaworkbench.ui/icons}
mkdir -p "$out"
for s in 16 32 48 64 128 256; do
  k=$(echo "$s/64" | bc -l)
  f() { printf '%.1f' "$(echo "$1*$k" | bc -l)"; }
  convert -size ${s}x${s} xc:none \
    -fill '#1f4e79' -draw "roundrectangle 0,0 $((s-1)),$((s-1)) $(f 10),$(f 10)" \
    -stroke '#ffffff' -strokewidth "$(f 2.5)" -draw "line $(f 32),$(f 8) $(f 32),$(f 56)" \
    -stroke '#ffffff' -strokewidth "$(f 3)" \
    -draw "line $(f 12),$(f 16) $(f 44),$(f 16)" -draw "line $(f 20),$(f 27) $(f 54),$(f 27)" -draw "line $(f 10),$(f 38) $(f 40),$(f 38)" \
    -stroke none -fill '#ffffff' \
    -draw "rectangle $(f 24),$(f 12) $(f 32),$(f 20)" -draw "rectangle $(f 33),$(f 23) $(f 41),$(f 31)" -draw "rectangle $(f 21),$(f 34) $(f 29),$(f 42)" \
    -fill '#f2b134' -draw "polygon $(f 16),$(f 50) $(f 28),$(f 45) $(f 40),$(f 50) $(f 28),$(f 55)" \
    "$out/hta$s.png"
done
# view icons
convert -size 16x16 xc:none -fill '#1f4e79' -draw "rectangle 1,2 6,6" -draw "rectangle 5,9 10,13" -stroke '#1f4e79' -draw "line 3,6 3,11" -draw "line 3,11 5,11" "$out/explorer16.png"
convert -size 16x16 xc:none -stroke '#1f4e79' -strokewidth 1 -draw "line 8,1 8,15" -draw "line 2,4 12,4" -draw "line 4,9 14,9" -stroke none -fill '#1f4e79' -draw "rectangle 5,3 7,5" -draw "rectangle 9,8 11,10" -fill '#f2b134' -draw "polygon 4,13 8,11 12,13 8,15" "$out/chart16.png"
convert -size 16x16 xc:none -fill '#f2b134' -stroke '#8a5a00' -draw "polygon 8,1 15,14 1,14" -stroke none -fill '#1f1f1f' -draw "rectangle 7,5 8,10" -draw "rectangle 7,12 8,13" "$out/findings16.png"
