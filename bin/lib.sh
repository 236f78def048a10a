# Shared by bin/run and bin/test: make this machine able to run Tether.
# Sourced, not executed. Installs what is missing (virtualenv, requirements,
# Redis, PostgreSQL for tests) using apt-get, with sudo when not root.

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found; install $* yourself"
  say "installing $* (apt-get)"
  if [ -z "${TETHER_APT_UPDATED:-}" ]; then
    as_root apt-get update -qq || die "apt-get update failed"
    TETHER_APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
    || die "could not install $*"
}

# ensure_venv REQUIREMENTS_FILE: .venv with the requirements installed (re-installed when the file changes).
ensure_venv() {
  local req="$1"
  local stamp=".venv/.installed-$(basename "$req")"
  command -v python3 >/dev/null || apt_install python3
  if [ ! -x .venv/bin/python ]; then
    say "creating the virtualenv in .venv"
    python3 -m venv .venv 2>/dev/null || { rm -rf .venv; apt_install python3-venv; python3 -m venv .venv; } \
      || die "could not create a virtualenv"
  fi
  local want; want=$(cat requirements*.txt | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Python requirements ($req)"
    .venv/bin/python -m pip install -q --disable-pip-version-check -r "$req" \
      || die "pip install -r $req failed"
    echo "$want" > "$stamp"
  fi
}

# url_part URL host|port: the host or port of a redis:// or postgresql:// URL.
url_part() {
  .venv/bin/python - "$1" "$2" <<'PY'
import sys
from urllib.parse import urlsplit
u = urlsplit(sys.argv[1])
print(u.hostname or "127.0.0.1" if sys.argv[2] == "host" else u.port or {"redis": 6379}.get(u.scheme, 5432))
PY
}

redis_answers() {
  .venv/bin/python -c "import redis,sys; redis.Redis.from_url(sys.argv[1], socket_connect_timeout=1).ping()" "$1" 2>/dev/null
}

# ensure_redis URL: use the Redis at URL; if none answers and it is local, start one (installing it if needed).
ensure_redis() {
  local url="$1" host port
  redis_answers "$url" && return 0
  host=$(url_part "$url" host); port=$(url_part "$url" port)
  case "$host" in 127.0.0.1|localhost|::1) ;; *) die "Redis at $host:$port does not answer (REDIS_URL)";; esac
  command -v redis-server >/dev/null || apt_install redis-server
  mkdir -p instance
  say "starting redis-server on $host:$port (data not persisted; log in instance/redis.log)"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
    --dir "$PWD/instance" --logfile "$PWD/instance/redis.log" >/dev/null || die "redis-server did not start"
  for _ in $(seq 50); do redis_answers "$url" && return 0; sleep 0.1; done
  die "redis-server started but does not answer on port $port"
}

postgres_answers() {
  .venv/bin/python -c "import psycopg,sys; psycopg.connect(sys.argv[1].replace('+psycopg',''), connect_timeout=2).close()" "$1" 2>/dev/null
}

# ensure_postgres URL: make the PostgreSQL server at URL answer (start or install a local one).
ensure_postgres() {
  local url="$1"
  postgres_answers "$url" && return 0
  if ! command -v pg_ctlcluster >/dev/null; then
    apt_install postgresql
  fi
  say "starting PostgreSQL"
  for version in $(ls /etc/postgresql 2>/dev/null); do
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  for _ in $(seq 50); do postgres_answers "$url" && return 0; sleep 0.2; done
  # A server we just installed asks for a password on TCP: give postgres one for the tests.
  as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null 2>&1 || true
  local with_password="postgresql+psycopg://postgres:postgres@127.0.0.1:5432/postgres"
  if postgres_answers "$with_password"; then
    export TEST_POSTGRES_URL="$with_password"
    return 0
  fi
  die "PostgreSQL does not answer at $url (set TEST_POSTGRES_URL)"
}

# ensure_chromium: Debian's chromium for the browser tests (Playwright drives it; it never
# downloads a browser of its own).
ensure_chromium() {
  command -v chromium >/dev/null && return 0
  apt_install chromium
  command -v chromium >/dev/null || die "chromium was installed but is not on PATH"
}
