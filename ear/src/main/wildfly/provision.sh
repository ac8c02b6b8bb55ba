#!/usr/bin/env bash
# Applies configure.cli to the WildFly that Maven unpacked from Maven Central.
# Idempotent: does nothing when this script, the CLI file and the driver are unchanged since the
# last run; otherwise starts again from the distribution's own standalone.xml.
set -euo pipefail
home=$1 driver=$2 cli=$3
marker="$home/.portal-provisioned"
sum=$(cat "$0" "$cli" "$driver" | cksum)
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$sum" ]; then
  echo "WildFly at $home is already configured for the portal"
  exit 0
fi
config="$home/standalone/configuration"
[ -f "$config/standalone.xml.dist" ] || cp "$config/standalone.xml" "$config/standalone.xml.dist"
cp "$config/standalone.xml.dist" "$config/standalone.xml"
rm -rf "$home/modules/org/mariadb" "$home/standalone/data" "$home/standalone/tmp"
chmod +x "$home"/bin/*.sh
# module add resolves --resources against the working directory
cd "$(dirname "$driver")"
"$home/bin/jboss-cli.sh" --file="$cli"
# The server's heap: 2 GB unless JBOSS_JAVA_SIZING says otherwise. With the distribution's 64 MB to
# 512 MB, young collections ran several times a second under load and their pauses made the tail
# latency (bench/catalog-throughput.sh); the rendered catalog pages and the search index want room.
sed -i 's/JBOSS_JAVA_SIZING="-Xms64m -Xmx512m"/JBOSS_JAVA_SIZING="-Xms2g -Xmx2g"/' "$home/bin/standalone.conf"
echo "$sum" > "$marker"
echo "WildFly at $home configured for the portal"
