# Sourced, not run: exports JAVA_HOME pointing at a JDK 21 or newer, or fails with a clear message.
# Order: JAVA_HOME if it is new enough, then the `java` on PATH, then any JDK under /usr/lib/jvm or /opt.
peerpath_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
peerpath_find_jdk() {
  local candidates=() dir major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for dir in /usr/lib/jvm/* /opt/*jdk* /opt/java/*; do [ -d "$dir" ] && candidates+=("$dir"); done
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(peerpath_java_major "$dir")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$dir"; return 0; fi
  done
  return 1
}
if JAVA_HOME=$(peerpath_find_jdk); then
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "PeerPath needs a JDK 21 or newer; none was found (looked at JAVA_HOME, PATH, /usr/lib/jvm, /opt)." >&2
  return 1 2>/dev/null || exit 1
fi
