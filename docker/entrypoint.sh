#!/bin/sh
# Entry point of the mediamon image: `mediamon ARGS...` on the JVM, with $JAVA_OPTS (heap per service).
# A secret mounted as /run/secrets/MEDIAMON_<SETTING> (a Compose or Docker secret whose target is the variable's
# name, e.g. MEDIAMON_INGEST_HTTP_TOKEN) becomes that environment variable for the JVM only: the value is in no
# compose file, image layer or `docker inspect` output. A variable set directly in the environment wins.
set -eu
for secret in /run/secrets/MEDIAMON_*; do
  [ -f "$secret" ] || continue
  name=${secret##*/}
  case "$name" in
    *[!A-Z0-9_]*) echo "mediamon: ignoring secret $secret: not a MEDIAMON_* variable name" >&2; continue ;;
  esac
  if eval "[ -z \"\${$name:-}\" ]"; then
    value=$(cat "$secret")   # trailing newlines dropped, as an editor or `echo` leaves one
    export "$name=$value"
  fi
done
exec java ${JAVA_OPTS:-} -Dmediamon.home=/app -cp '/app/mediamon-app.jar:/app/lib/*' io.mediamon.app.Main "$@"
