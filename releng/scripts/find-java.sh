# Sourced by ./workbench, ./run-tests and .ci/run: sets JAVA_HOME to a JDK 21+ or explains what to install.
# Tycho 5 needs Java 21+ to run Maven; the product targets JavaSE-21.
htaworkbench_find_java() {
  local candidates=() home major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64)
  for home in /usr/lib/jvm/*; do [ -d "$home" ] && candidates+=("$home"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      JAVA_HOME="$home"
      export JAVA_HOME
      return 0
    fi
  done
  echo "HTA Workbench needs a JDK 21 or newer; none was found (looked at JAVA_HOME and /usr/lib/jvm/*)." >&2
  echo "Install one, e.g. on Debian 13: sudo apt-get install openjdk-21-jdk (or Temurin 21/25), or set JAVA_HOME." >&2
  return 1
}
