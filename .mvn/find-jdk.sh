# Sourced by ./foilens and .ci/run: points JAVA_HOME at a JDK >= 21, or stops with advice.
# Looks at $JAVA_HOME first, then every JDK under /usr/lib/jvm (newest first).

foilens_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

foilens_find_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
    candidate="${candidate%/}"
    [[ -x "$candidate/bin/java" && -x "$candidate/bin/javac" ]] || continue
    major="$(foilens_java_major "$candidate")"
    if [[ -n "$major" && "$major" -ge 21 ]]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "foilens needs a JDK 21 or newer and found none (looked at \$JAVA_HOME and /usr/lib/jvm/*)." >&2
  echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME to it." >&2
  return 1
}
