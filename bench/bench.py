#!/usr/bin/env python3
"""The service benchmark (README "Performance"): builds, starts PostgreSQL and the service, measures every endpoint,
the HTTP and database ceilings, cost growth and overload in one run, and writes bench/results/<date>.md.

Start it through bench/run.sh, which installs what is missing (wrk, PostgreSQL 15, python3). Python's standard
library only. A benchmark, never a test: nothing here asserts; it measures and writes what it saw.
"""
import argparse
import base64
import datetime
import glob
import http.client
import json
import os
import pathlib
import platform
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
LUA = ROOT / "bench" / "load.lua"
ACCOUNT = "T10000001"
CLIENT_ID, CLIENT_SECRET = "bench-client", "bench-secret-not-for-production-0123456789"
GROWTH_SIZES = (1, 10, 100, 1000)
GROWTH_ACCOUNTS = {n: "T2%07d" % n for n in GROWTH_SIZES}
FILL_ACCOUNT = "T30000001"
OTHER_ACCOUNT = "T19999999"  # the pgbench create script writes here, so its rows never show in the bench lists


def log(message):
    print("[bench %s] %s" % (time.strftime("%H:%M:%S"), message), flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def item(line_id, store=None, gross=10000):
    value = {"id": "sku-%d" % line_id, "line_id": line_id, "description": "Bench item %d" % line_id,
             "quantity": 1, "gross_amount": gross, "tax_lines": [{"percentage": 25}],
             "discount_lines": [{"amount": 1000, "discount_type": "customer"}] if line_id % 2 == 0 else []}
    if store:
        value["store"] = {"id": store}
    return value


def draft_body(items):
    """A draft of `items` items in two stores: the order's store s-1, the second half of the items in store s-2."""
    half = items // 2
    return {"order": {"currency": "NOK", "store": {"id": "s-1"}, "customer": {"customer_id": "c-1"},
                      "items": [item(i + 1, "s-2" if i >= items - half and items > 1 else None)
                                for i in range(items)]}}


# ----------------------------------------------------------------------------------------------------- PostgreSQL


class Postgres:
    """Debian's PostgreSQL in a fresh data directory (fsync and synchronous_commit on, pg_stat_statements loaded), or
    the server of DB_URL (then pg_stat_statements must be loaded there for the statement counts)."""

    def __init__(self, work):
        self.work = work
        self.cluster = None
        url = os.environ.get("DB_URL")
        if url:
            m = re.match(r"jdbc:postgresql://([^:/]+)(?::(\d+))?/([^?]+)", url)
            if not m:
                sys.exit("DB_URL must look like jdbc:postgresql://host:port/database")
            self.host, self.port, self.db = m.group(1), int(m.group(2) or 5432), m.group(3)
            self.user, self.password = os.environ.get("DB_USER", "postgres"), os.environ.get("DB_PASSWORD", "")
            self.jdbc = url
        else:
            self._start_own()
        self.env = dict(os.environ, PGHOST=self.host, PGPORT=str(self.port), PGUSER=self.user,
                        PGPASSWORD=self.password)
        self.log_file = self.cluster + "/server.log" if self.cluster else None
        self.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        self.stats = self.sql("SELECT count(*) FROM pg_stat_statements") != ""

    def _bin(self, name):
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/" + name),
                       key=lambda p: int(re.search(r"/(\d+)/bin", p).group(1)))
        if not found:
            sys.exit("PostgreSQL server binaries not found (bench/run.sh installs Debian's postgresql)")
        return found[-1]

    def _as_postgres(self, args):
        # PostgreSQL refuses to run as root: as root, run its programs as the postgres user.
        return ["runuser", "-u", "postgres", "--"] + args if os.geteuid() == 0 else args

    def _start_own(self):
        self.cluster = tempfile.mkdtemp(prefix="bench-pg-", dir=self.work)
        if os.geteuid() == 0:
            shutil.chown(self.work, "postgres")
            shutil.chown(self.cluster, "postgres")
        self.host, self.port, self.db, self.user, self.password = "127.0.0.1", free_port(), "shopping", "postgres", ""
        subprocess.run(self._as_postgres([self._bin("initdb"), "-D", self.cluster, "-U", "postgres", "-A", "trust",
                                          "-E", "UTF8", "--no-instructions"]), check=True, stdout=subprocess.DEVNULL)
        with open(self.cluster + "/postgresql.conf", "a") as conf:
            conf.write("""
port = %d
listen_addresses = '127.0.0.1'
unix_socket_directories = '%s'
max_connections = 300
shared_buffers = 512MB
# The durability the service runs with in production: both stay on.
fsync = on
synchronous_commit = on
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track_utility = off
pg_stat_statements.max = 10000
log_min_duration_statement = -1
# Fewer checkpoints while the table-size run writes its 10^6 rows (recovery time only; every commit is still
# flushed to the WAL before it answers).
max_wal_size = 8GB
checkpoint_timeout = 15min
""" % (self.port, self.cluster))
        subprocess.run(self._as_postgres([self._bin("pg_ctl"), "-D", self.cluster, "-l", self.cluster + "/server.log",
                                          "-w", "start"]), check=True, stdout=subprocess.DEVNULL)
        self.jdbc = "jdbc:postgresql://127.0.0.1:%d/shopping" % self.port
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", "postgres", "-qc",
                        "CREATE DATABASE shopping"], check=True)

    def sql(self, statement, db=None):
        result = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-d", db or self.db, "-c", statement],
                                env=self.env, capture_output=True, text=True)
        if result.returncode != 0:
            if "pg_stat_statements" in statement:
                return ""
            raise RuntimeError("psql failed: %s\n%s" % (statement[:200], result.stderr))
        return result.stdout.strip()

    def version(self):
        if not hasattr(self, "_version"):
            self._version = self.sql("SHOW server_version")
        return self._version

    def reset_statements(self):
        if self.stats:
            self.sql("SELECT pg_stat_statements_reset()")

    def statements(self):
        """Statements run in the service's database since the last reset: (total calls, [(calls, query)])."""
        if not self.stats:
            return None, []
        rows = self.sql("SELECT calls, regexp_replace(query, '\\s+', ' ', 'g') FROM pg_stat_statements s "
                        "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database() "
                        "AND query NOT LIKE '%pg_stat_statements%' "
                        # The webhook dispatcher's poll (once a second, not part of any request).
                        "AND query NOT LIKE '%FOR UPDATE SKIP LOCKED%' ORDER BY calls DESC")
        parsed = [(int(line.split("|", 1)[0]), line.split("|", 1)[1]) for line in rows.splitlines() if "|" in line]
        return sum(c for c, _ in parsed), parsed

    def stop(self):
        if self.cluster:
            subprocess.run(self._as_postgres([self._bin("pg_ctl"), "-D", self.cluster, "-m", "fast", "stop"]),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# -------------------------------------------------------------------------------------------------------- service


def java_home():
    def version(java):
        try:
            out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
            return int(re.search(r'version "(\d+)', out).group(1))
        except Exception:
            return 0
    candidates = [os.environ.get("JAVA_HOME", "")] + sorted(glob.glob("/usr/lib/jvm/*"), reverse=True)
    best = max((c for c in candidates if c and os.path.exists(c + "/bin/java")),
               key=lambda c: version(c + "/bin/java"), default=None)
    if not best or version(best + "/bin/java") < 21:
        sys.exit("a JDK 21+ is needed (set JAVA_HOME)")
    return best


class Service:
    def __init__(self, work, db, jdk, extra_env):
        self.port = free_port()
        clients = [{"account_id": a, "client_id": CLIENT_ID + "-" + a, "client_secret": CLIENT_SECRET,
                    "scopes": ["admin:shopping"]}
                   for a in [ACCOUNT] + list(GROWTH_ACCOUNTS.values()) + [FILL_ACCOUNT]]
        env = dict(os.environ, DB_URL=db.jdbc, DB_USER=db.user, DB_PASSWORD=db.password, SERVER_PORT=str(self.port),
                   SERVER_HOST="127.0.0.1", SHOPPING_CLIENTS=json.dumps(clients), JAVA_HOME=jdk)
        env.update(extra_env)
        jar = extra_env.pop("BENCH_JAR", None) or os.environ.get("BENCH_JAR") \
            or str(ROOT / "app" / "target" / "shopping-app.jar")
        self.log_path = work + "/service.log"
        started = time.monotonic()
        self.process = subprocess.Popen([jdk + "/bin/java"] + os.environ.get("BENCH_JAVA_OPTS", "").split()
                                        + ["-jar", str(jar)], env=env, stdout=open(self.log_path, "w"),
                                        stderr=subprocess.STDOUT)
        while True:
            if self.process.poll() is not None:
                sys.exit("the service stopped at start; see " + self.log_path)
            try:
                with urllib.request.urlopen(self.url("/observe/health"), timeout=1) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() - started > 120:
                sys.exit("the service did not answer within 120 s; see " + self.log_path)
            time.sleep(0.02)
        self.start_seconds = time.monotonic() - started
        self.max_rss = 0
        self.tokens = {a: self.token(a) for a in [ACCOUNT] + list(GROWTH_ACCOUNTS.values()) + [FILL_ACCOUNT]}

    def url(self, path):
        return "http://127.0.0.1:%d%s" % (self.port, path)

    def rss_mb(self):
        with open("/proc/%d/status" % self.process.pid) as f:
            kb = int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))
        self.max_rss = max(self.max_rss, kb // 1024)
        return kb // 1024

    def call(self, method, path, body=None, account=ACCOUNT, headers=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url(path), data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if account:
            req.add_header("Authorization", "Bearer " + self.tokens[account])
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode(errors="replace")

    def token(self, account):
        status, body = self.call("POST", token_path(account), token_body(account), account=None,
                                 headers={"Authorization": basic(account)})
        if status != 200:
            sys.exit("no token for %s: %s %s" % (account, status, body))
        return body["access_token"]

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def token_path(account):
    return "/v1/accounts/%s/auth/token" % account


def token_body(account):
    return {"grant_type": "client_credentials", "audience": "https://bench.example/v1/accounts/%s" % account}


def basic(account):
    return "Basic " + base64.b64encode(("%s-%s:%s" % (CLIENT_ID, account, CLIENT_SECRET)).encode()).decode()


def shop(account=ACCOUNT):
    return "/v1/accounts/%s/shopping" % account


# ---------------------------------------------------------------------------------------------------------- load


class Load:
    """Runs wrk with load.lua and reads the JSON line its done() prints."""

    def __init__(self, service, work):
        self.service = service
        self.work = work
        self.files = 0
        self.runs = 0

    def file(self, lines_or_text):
        self.files += 1
        path = "%s/input-%d" % (self.work, self.files)
        with open(path, "w") as f:
            f.write(lines_or_text if isinstance(lines_or_text, str) else "\n".join(lines_or_text) + "\n")
        return path

    def run(self, spec, seconds, connections, rate=0, threads=2):
        threads = min(threads, connections)
        self.runs += 1
        env = dict(os.environ, BENCH_N_BASE=str(self.runs * 10**6), BENCH_METHOD=spec["method"], BENCH_PATH=spec["path"],
                   BENCH_BODY=spec.get("body_file", ""), BENCH_IDS=spec.get("ids_file", ""),
                   BENCH_ID_MODE=spec.get("id_mode", "cycle"), BENCH_RATE=str(rate),
                   BENCH_CONNECTIONS=str(connections), BENCH_THREADS=str(threads),
                   BENCH_AUTH=spec.get("auth", ""))
        out = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", "%ds" % seconds,
                              "--timeout", "10s", "-s", str(LUA), self.service.url("")],
                             env=env, capture_output=True, text=True)
        line = next((l for l in out.stdout.splitlines() if l.startswith("BENCH_JSON ")), None)
        if line is None:
            raise RuntimeError("wrk printed no result:\n" + out.stdout + out.stderr)
        result = json.loads(line[len("BENCH_JSON "):])
        result["rps"] = result["requests"] / max(result["duration_us"] / 1e6, 1e-9)
        expected = spec.get("expected", range(200, 300))
        socket_errors = sum(result[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))
        result["errors"] = socket_errors + sum(n for code, n in result["statuses"].items()
                                               if int(code) not in expected)
        return result


class CpuMeter:
    """CPU time spent by the service, by the bench's PostgreSQL (postmaster and backends) and by the load generator
    (wrk or pgbench: the children this script waited for) between two snapshots: where the 2 cores go per request."""

    def __init__(self, service_pid, cluster):
        self.service_pid, self.cluster = service_pid, cluster
        self.tick = os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _stat(pid):
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            # ppid; utime + stime, plus cutime + cstime: the children it waited for (the postmaster's exited
            # backends, e.g. pgbench's connections, which are gone from /proc when the run ends)
            return int(fields[1]), int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
        except (OSError, IndexError, ValueError):
            return None, 0

    def _postgres(self):
        if not self.cluster:
            return 0
        try:
            with open(self.cluster + "/postmaster.pid") as f:
                postmaster = int(f.readline())
        except (OSError, ValueError):
            return 0
        total = self._stat(postmaster)[1]
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                ppid, ticks = self._stat(pid)
                if ppid == postmaster:
                    total += ticks
        return total

    def snapshot(self):
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return {"service": self._stat(self.service_pid)[1] / self.tick, "postgres": self._postgres() / self.tick,
                "load": children.ru_utime + children.ru_stime, "wall": time.monotonic()}

    @staticmethod
    def per_request(before, after, requests):
        """µs of CPU per request for each part, and the share of the machine's cores they used together."""
        if not requests:
            return None
        wall = after["wall"] - before["wall"]
        used = {k: after[k] - before[k] for k in ("service", "postgres", "load")}
        out = {k: 1e6 * v / requests for k, v in used.items()}
        out["busy"] = sum(used.values()) / max(wall * (os.cpu_count() or 1), 1e-9)
        return out


class Probe:
    """Beside a load run: one GET every 50 ms, each on a new connection, timed by its status (with Retry-After seen)."""

    def __init__(self, service, path, auth):
        self.service, self.path, self.auth = service, path, auth
        self.times = {}          # status -> [ms]
        self.retry_after = {}    # status -> answers carrying Retry-After
        self.failures = []
        self.running = False

    def start(self):
        self.running = True
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self):
        while self.running:
            started = time.monotonic()
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.service.port, timeout=15)
                c.request("GET", self.path, headers={"Authorization": self.auth})
                r = c.getresponse()
                r.read()
                elapsed = (time.monotonic() - started) * 1000
                self.times.setdefault(r.status, []).append(elapsed)
                if r.getheader("Retry-After"):
                    self.retry_after[r.status] = self.retry_after.get(r.status, 0) + 1
                c.close()
            except Exception as e:  # a refused or reset connection is what this probe is for
                self.failures.append(type(e).__name__)
            time.sleep(0.05)

    def stop(self):
        self.running = False
        self.thread.join(20)

    def summary(self):
        out = {}
        for status, times in sorted(self.times.items()):
            times = sorted(times)
            out[str(status)] = {"count": len(times), "p50_ms": round(times[len(times) // 2], 1),
                                "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 1),
                                "max_ms": round(times[-1], 1), "with_retry_after": self.retry_after.get(status, 0)}
        if self.failures:
            out["connection failures"] = len(self.failures)
        return out


def ms(us):
    return "%.1f" % (us / 1000.0) if us < 10000 else "%.0f" % (us / 1000.0)


# ------------------------------------------------------------------------------------------------------ the run


class Bench:
    def __init__(self, args):
        self.args = args
        self.quick = args.quick
        self.warm = 3 if self.quick else 5
        self.peak_s = 5 if self.quick else 10
        self.lat_s = 5 if self.quick else 15
        self.conns = args.connections
        self.work = tempfile.mkdtemp(prefix="shopping-bench-")
        os.chmod(self.work, 0o755)
        self.rows = []          # the main table
        self.growth = []        # cost growth rows
        self.fill = []          # big-table rows
        self.overload = None
        self.notes = []
        self.top_statements = {}
        self.profiles = {}
        self._columns = {}
        self.done = []
        self.started = datetime.datetime.now(datetime.timezone.utc)
        self.start_rss = self.end_rss = 0

    # -- helpers over the service

    def ids(self, sql):
        return [l for l in self.db.sql(sql).splitlines() if l]

    def auth(self, account=ACCOUNT):
        return "Bearer " + self.svc.tokens[account]

    def spec(self, name, method, path, body=None, ids=None, id_mode="cycle", auth=None, expected=None,
             account=ACCOUNT):
        s = {"name": name, "account": account, "method": method, "path": path, "auth": self.auth() if auth is None else auth}
        if body is not None:
            s["body_file"] = self.load.file(json.dumps(body) if not isinstance(body, str) else body)
        if ids is not None:
            s["ids_file"] = self.load.file(ids)
            s["id_mode"] = id_mode
            s["pool"] = ids
        if expected is not None:
            s["expected"] = expected
        return s

    def fresh(self, spec):
        """For ids used once (complete): before each run, only the drafts still open, so no run repeats one."""
        if spec.get("id_mode") == "once" and "pool" in spec:
            open_ids = set(self.ids("SELECT id FROM draft_orders WHERE account_id = '%s' AND status = 'open'"
                                    % spec["account"]))
            spec["ids_file"] = self.load.file([i for i in spec["pool"] if i in open_ids])
        return spec

    def profile_start(self, name):
        if self.args.profile:
            self.jfr = "%s/profile-%d.jfr" % (self.work, len(self.profiles))
            subprocess.run([java_home() + "/bin/jcmd", str(self.svc.process.pid), "JFR.start", "name=bench",
                            "settings=profile", "filename=" + self.jfr], capture_output=True)

    # Where a CPU sample's time goes: the innermost frame of one of these (first match wins, top of stack first);
    # JDK frames (collections, regex, strings) count for the library that called them.
    LIBRARIES = (("JSON (Jackson)", "com.fasterxml."), ("SQL driver (pgjdbc)", "org.postgresql."),
                 ("connection pool (Hikari)", "com.zaxxer."), ("Jdbi", "org.jdbi."),
                 ("JAX-RS (Jersey, HK2)", ("org.glassfish.", "org.jvnet.")), ("HTTP server (Helidon)", "io.helidon."),
                 ("token signatures (Nimbus, JDK EC)", ("com.nimbusds.", "sun.security.")),
                 ("token cache (Caffeine)", "com.github.benmanes."), ("bcrypt", ("at.favre.", "org.mindrot.")),
                 ("this service's code", "org.shoppingapi."))
    # Inclusive shares of the request's stages (a sample counts for each stage its stack holds).
    STAGES = (("store read/write (Jdbi, SQL, mapping rows and documents)", re.compile(r"^org\.shoppingapi\.jdbc\.")),
              ("request body → domain", re.compile(r"MessageBodyFactory\.readFrom|ContentMapper\.toDomain")),
              ("domain → response JSON tree", re.compile(r"^org\.shoppingapi\.rest\.(wire|.*Answers)")),
              ("response JSON → bytes (Jersey writer, Jackson)", re.compile(r"MessageBodyFactory\.writeTo")),
              ("access log + metrics", re.compile(r"RequestObservationFilter\.access|ServiceMetrics\.")),
              ("token check", re.compile(r"BearerTokenFilter\.filter")),
              ("application service (domain rules; includes its store calls)", re.compile(r"^org\.shoppingapi\.(application|domain)\.")))

    def profile_stop(self, name):
        """The peak run's JFR CPU samples of the service: by library (innermost library frame) and by request stage
        (inclusive), plus the hottest methods (top of stack)."""
        if not self.args.profile:
            return
        subprocess.run([java_home() + "/bin/jcmd", str(self.svc.process.pid), "JFR.stop", "name=bench"],
                       capture_output=True)
        out = subprocess.run([java_home() + "/bin/jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth",
                              "200", self.jfr], capture_output=True, text=True).stdout
        stacks, frames = [], None
        for line in out.splitlines():
            line = line.strip()
            if line.startswith("jdk.ExecutionSample"):
                frames = []
                stacks.append(frames)
            m = re.match(r"^([\w.$/<>]+)\(.*\)\s+line:", line)
            if m and frames is not None:
                frames.append(m.group(1))
        stacks = [f for f in stacks if f]
        libraries, stages, hot = {}, {}, {}
        for frames in stacks:
            library = "JDK only (no library frame on the stack)"
            for f in frames:
                match = next((n for n, prefix in self.LIBRARIES if f.startswith(prefix)), None)
                if match:
                    library = match
                    break
            libraries[library] = libraries.get(library, 0) + 1
            for stage, pattern in self.STAGES:
                if any(pattern.search(f) for f in frames):
                    stages[stage] = stages.get(stage, 0) + 1
            hot[frames[0]] = hot.get(frames[0], 0) + 1
        order = lambda d, n: sorted(((v, k) for k, v in d.items()), reverse=True)[:n]
        self.profiles[name] = (len(stacks), order(libraries, 12), order(stages, 10), order(hot, 12))

    def measure(self, spec, connections=None, peak_threads=2):
        """Warm-up, peak (wrk as fast as it goes), then latency at 50 % of the peak with SQL statements counted."""
        c = connections or self.conns
        if self.args.only and not any(o in spec["name"] for o in self.args.only.split(",")) \
                and not spec["name"].startswith("create draft"):
            return None
        self.probe(spec)
        log("%s: warm-up %ds, peak %ds at %d connections" % (spec["name"], self.warm, self.peak_s, c))
        self.load.run(self.fresh(spec), self.warm, c, threads=peak_threads)
        self.profile_start(spec["name"])
        before = self.cpu.snapshot()
        peak = self.load.run(self.fresh(spec), self.peak_s, c, threads=peak_threads)
        cpu = CpuMeter.per_request(before, self.cpu.snapshot(), peak["requests"])
        self.profile_stop(spec["name"])
        rate = max(1, peak["rps"] / 2)
        lat_conns = max(1, min(c // 2, int(rate // 10) or 1))
        log("%s: peak %.0f req/s; latency at %.0f req/s for %ds" % (spec["name"], peak["rps"], rate, self.lat_s))
        time.sleep(1)  # requests still queued when wrk stopped must not count in the next phase
        self.db.reset_statements()
        lat = self.load.run(self.fresh(spec), self.lat_s, lat_conns, rate=rate, threads=min(2, lat_conns))
        total, statements = self.db.statements()
        row = {"name": spec["name"], "peak": peak["rps"], "rate": lat["rps"], "p50": lat["p50_us"],
               "p99": lat["p99_us"], "p999": lat["p999_us"], "errors": peak["errors"] + lat["errors"],
               "requests": peak["requests"] + lat["requests"],
               "sql": (total / lat["requests"]) if total is not None and lat["requests"] else None,
               "rss": self.svc.rss_mb(), "statuses": lat["statuses"], "peak_statuses": peak["statuses"], "cpu": cpu,
               "wrapped": peak["ids_wrapped"] + lat["ids_wrapped"]}
        self.top_statements[spec["name"]] = [(c_ / max(lat["requests"], 1), q) for c_, q in statements[:6]]
        self.rows.append(row)
        log("%s: p50 %s ms p99 %s ms p99.9 %s ms, errors %d, SQL/req %s, statuses %s %s" % (
            spec["name"], ms(row["p50"]), ms(row["p99"]), ms(row["p999"]), row["errors"],
            "%.2f" % row["sql"] if row["sql"] is not None else "n/a", json.dumps(lat["statuses"]),
            json.dumps(peak["samples"]) if peak["samples"] else ""))
        for code, text in list(peak["samples"].items()) + list(lat["samples"].items()):
            if int(code) not in spec.get("expected", range(200, 300)):
                note = "%s: %s answers, e.g. %s" % (spec["name"], code, text[:200])
                if note not in self.notes:
                    self.notes.append(note)
        return row

    def probe(self, spec):
        """One request as wrk will send it, so a wrong shape shows at once with its answer (not as an error count)."""
        path, body = spec["path"], None
        if "ids_file" in spec:
            first = open(spec["ids_file"]).readline().strip()
            path = path.replace("{id}", first)
            if spec.get("id_mode") == "once":
                return  # would use up an id
        path = path.replace("{n}", "999999999")
        if "body_file" in spec:
            body = open(spec["body_file"]).read().replace("{n}", "999999999").encode()
        req = urllib.request.Request(self.svc.url(path), data=body, method=spec["method"])
        req.add_header("Content-Type", "application/json")
        if spec.get("auth"):
            req.add_header("Authorization", spec["auth"])
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                status, text = r.status, ""
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read().decode(errors="replace")
        if status not in spec.get("expected", range(200, 300)):
            log("%s: probe answered %d %s" % (spec["name"], status, text[:400]))
            self.notes.append("%s: a probe request answered %d %s" % (spec["name"], status, text[:300]))

    # -- phases

    def run(self):
        a = self.args
        jdk = java_home()
        if not a.no_build:
            log("building (mvn -DskipTests package) with " + jdk)
            subprocess.run(["mvn", "-B", "-q"] + (["-o"] if a.offline else []) + ["-DskipTests", "package"], cwd=ROOT,
                           check=True,
                           env=dict(os.environ, JAVA_HOME=jdk))
        self.db = Postgres(self.work)
        log("PostgreSQL %s at %s" % (self.db.version(), self.db.jdbc))
        extra = dict(e.split("=", 1) for e in a.env)
        self.jdk, self.extra = jdk, dict(extra)
        try:
            self.svc = Service(self.work, self.db, jdk, dict(extra))
            log("service up in %.2f s on port %d, RSS %d MB" % (self.svc.start_seconds, self.svc.port,
                                                                self.svc.rss_mb()))
            self.start_rss = self.svc.rss_mb()
            self.load = Load(self.svc, self.work)
            self.cpu = CpuMeter(self.svc.process.pid, self.db.cluster)
            phases = a.phases.split(",")
            # The results file is rewritten after every phase: a run cut short still leaves what it measured.
            for phase, run in (("endpoints", self.endpoints), ("ceilings", self.ceilings),
                               ("growth", self.cost_growth), ("tables", self.big_tables),
                               ("overload", self.overload_run), ("levers", self.levers)):
                if phase in phases:
                    if phase == "levers":
                        self.main_service = (self.svc.start_seconds, self.svc.max_rss)
                    run()
                    self.done.append(phase)
                    if phase != "levers":  # the levers restart the service: "at the end" is the measured one's
                        self.end_rss = self.svc.rss_mb()
                    if phase != phases[-1]:
                        self.write(final=False)
        finally:
            if hasattr(self, "svc"):
                self.svc.stop()
            self.db.stop()
            if not a.keep:
                shutil.rmtree(self.work, ignore_errors=True)
        return self.write()

    def endpoints(self):
        base = shop()
        create = self.spec("create draft (5 items)", "POST", base + "/draft_orders", draft_body(5))
        self.measure(create)
        # Drafts made by the create runs: separate sets for get, add item and complete (complete uses each once).
        open_ids = self.ids("SELECT id FROM draft_orders WHERE account_id = '%s' AND status = 'open' "
                            "ORDER BY created_at" % ACCOUNT)
        wanted = 15000 if self.quick else 60000
        if len(open_ids) < wanted:
            # complete uses each draft once: copies of a draft the API made, so a fast complete never runs dry.
            self.clone_drafts(open_ids[0], wanted - len(open_ids), ACCOUNT)
            open_ids = self.ids("SELECT id FROM draft_orders WHERE account_id = '%s' AND status = 'open' "
                                "ORDER BY created_at" % ACCOUNT)
        log("%d open drafts to work on" % len(open_ids))
        self.measure(self.spec("get draft", "GET", base + "/draft_orders/{id}", ids=open_ids[:1000]))
        add = {"id": "added", "line_id": "{n}", "quantity": 1, "gross_amount": 5000, "tax_lines": [{"percentage": 25}]}
        self.measure(self.spec("add item", "POST", base + "/draft_orders/{id}/items",
                               json.dumps(add).replace('"{n}"', "{n}"), ids=open_ids[1000:3000]))
        self.measure(self.spec("complete (2 stores)", "PUT", base + "/draft_orders/{id}/complete", "{}",
                               ids=open_ids[3000:], id_mode="once"))
        self.measure(self.spec("list orders (limit 100)", "GET", base + "/orders?limit=100"))
        # The store s-1 order of each completed draft holds line 1.
        order_ids = self.ids("SELECT order_id FROM orders WHERE account_id = '%s' AND store_id = 's-1' "
                             "ORDER BY created_at" % ACCOUNT)
        capture = {"items": [{"line_id": 1, "amount": 1}]}
        self.measure(self.spec("capture", "POST", base + "/orders/{id}/captures", capture, ids=order_ids[:20000]))
        token = self.spec("token issue", "POST", token_path(ACCOUNT), token_body(ACCOUNT), auth=basic(ACCOUNT))
        self.measure(token, connections=4)

    def ceilings(self):
        unauth = self.spec("HTTP ceiling: unauthenticated GET, 401 from the auth filter", "GET",
                           shop() + "/draft_orders/00000000-0000-0000-0000-000000000001", auth="",
                           expected=(401,))
        self.measure(unauth)
        if not self.args.only or "DB" in self.args.only:
            self.pgbench_ceiling()

    # -- database ceiling

    def captured_sql(self, action):
        """The statements one request runs, with their parameters, read from the server log (log_statement=all)."""
        if not self.db.log_file:
            return None
        self.db.sql("ALTER SYSTEM SET log_statement = 'all'", db="postgres")
        self.db.sql("SELECT pg_reload_conf()", db="postgres")
        time.sleep(0.3)
        start = os.path.getsize(self.db.log_file)
        action()
        time.sleep(0.3)
        self.db.sql("ALTER SYSTEM RESET log_statement", db="postgres")
        self.db.sql("SELECT pg_reload_conf()", db="postgres")
        with open(self.db.log_file) as f:
            f.seek(start)
            text = f.read()
        entries, current, field = [], None, 1
        for line in text.splitlines():
            if line.startswith("\t") and current is not None:
                # PostgreSQL continues a multi-line message on lines that start with a tab.
                current[field] += "\n" + line[1:]
                continue
            m = re.match(r"^\S+ \S+ \S+ \[(\d+)\] (LOG|DETAIL):\s+(.*)$", line)
            if not m:
                current = None
                continue
            if m.group(2) == "LOG":
                e = re.match(r"(?:execute [^:]+|statement): (.*)$", m.group(3), re.S)
                current, field = ([m.group(1), e.group(1), ""] if e else None), 1
                if current:
                    entries.append(current)
            elif current is not None and m.group(3).startswith("parameters:"):
                current[2], field = m.group(3)[len("parameters: "):], 2
        statements = []
        for pid, sql, params in entries:
            # Not the request's: the webhook dispatcher's poll, the driver's one-time catalog look-ups, Hikari's
            # empty validation query, and this script's own psql commands.
            # Nor the client-standing check (api_clients): read once per client every few seconds, not per request.
            if not sql.strip() or any(x in sql for x in ("webhook_deliveries", "pg_stat", "pg_reload_conf",
                                                         "pg_catalog", "ALTER SYSTEM", "api_clients")):
                continue
            values = {}
            for m in re.finditer(r"\$(\d+) = (NULL|'(?:[^']|'')*')", params):
                values[int(m.group(1))] = m.group(2)
            statements.append((sql, values))
        return statements

    def pgbench_script(self, statements, fresh_ids):
        """A pgbench script of the request's statements with its parameter values as pgbench variables (-D), so
        with -M prepared they are bound parameters as the driver sends them. With fresh_ids every UUID value is a
        new one per transaction (a create must not insert the same key twice) and the account another one."""
        uuid = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
        randoms, defines, lines = {}, {}, []
        for i, (sql, values) in enumerate(statements):
            text = sql
            for n in sorted(values, reverse=True):
                literal = values[n]
                if literal == "NULL":
                    text = text.replace("$%d" % n, "NULL")
                    continue
                value = literal[1:-1].replace("''", "'")
                if fresh_ids and uuid.match(value):
                    var = randoms.setdefault(value, "r%d" % (len(randoms) + 1))
                    text = text.replace("$%d" % n, "(md5(:%s::text)::uuid)" % var)
                    continue
                if fresh_ids and value == ACCOUNT:
                    value = OTHER_ACCOUNT
                name = "s%dp%d" % (i, n)
                defines[name] = value
                text = text.replace("$%d" % n, ":" + name)
            lines.append(" ".join(text.split()) + ";")
        head = ["\\set %s random(1, 9223372036854775806)" % v for v in randoms.values()]
        return "\n".join(head + lines) + "\n", defines

    def pgbench(self, script, seconds, clients, rate=0):
        script, defines = script
        path = self.load.file(script)
        os.chmod(self.work, 0o777)
        args = ["pgbench", "-n", "-M", "prepared", "-c", str(clients), "-j", "2", "-T", str(seconds), "-f", path,
                "-d", self.db.db] + ["-D%s=%s" % kv for kv in defines.items()]
        logdir = tempfile.mkdtemp(dir=self.work)
        if rate:
            args += ["-R", str(int(rate)), "-l", "--log-prefix", logdir + "/tx"]
        out = subprocess.run(args, env=self.db.env, capture_output=True, text=True, cwd=logdir)
        tps = re.search(r"tps = ([\d.]+)", out.stdout)
        failed = re.search(r"number of failed transactions: (\d+)", out.stdout)
        result = {"tps": float(tps.group(1)) if tps else 0.0, "failed": int(failed.group(1)) if failed else 0,
                  "output": out.stdout + out.stderr}
        if rate:
            latencies = []
            for name in glob.glob(logdir + "/tx*"):
                with open(name) as f:
                    for line in f:
                        parts = line.split()
                        if len(parts) >= 3 and parts[2].isdigit():
                            latencies.append(int(parts[2]))
            latencies.sort()
            pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else 0
            result.update(p50=pick(0.5), p99=pick(0.99), p999=pick(0.999), count=len(latencies))
        return result

    def pgbench_ceiling(self):
        base = shop()
        body = draft_body(5)
        created = {}

        def create():
            created["id"] = self.svc.call("POST", base + "/draft_orders", body)[1]["id"]

        create_sql = self.captured_sql(create)
        get_sql = self.captured_sql(lambda: self.svc.call("GET", base + "/draft_orders/" + created["id"]))
        if not create_sql or not get_sql:
            self.notes.append("Database ceiling not measured: needs the bench's own PostgreSQL (the statements are "
                              "read from its log).")
            return
        for name, statements, fresh in (("create draft", create_sql, True), ("get draft", get_sql, False)):
            script = self.pgbench_script(statements, fresh)
            self.top_statements["DB ceiling: pgbench " + name] = [(1, s) for s in script[0].splitlines()]
            log("DB ceiling (%s): %d statements, pgbench %d clients" % (name, len(statements), self.conns))
            self.pgbench(script, self.warm, self.conns)
            before = self.cpu.snapshot()
            peak = self.pgbench(script, self.peak_s, self.conns)
            cpu = CpuMeter.per_request(before, self.cpu.snapshot(), int(peak["tps"] * self.peak_s))
            lat = self.pgbench(script, self.lat_s, self.conns, rate=peak["tps"] / 2)
            if peak["tps"] == 0:
                self.notes.append("pgbench %s failed:\n```\n%s\n```" % (name, peak["output"][-1500:]))
            self.rows.append({"name": "DB ceiling: pgbench, the SQL of " + name, "peak": peak["tps"],
                              "rate": lat.get("count", 0) / max(self.lat_s, 1), "p50": lat.get("p50", 0),
                              "p99": lat.get("p99", 0), "p999": lat.get("p999", 0),
                              "errors": peak["failed"] + lat["failed"],
                              "sql": float(sum(1 for q, _ in statements
                                               if q.strip().upper() not in ("BEGIN", "COMMIT"))),
                              "rss": None, "statuses": {}, "wrapped": 0, "cpu": cpu})

    # -- cost growth

    def columns(self, table):
        if table not in self._columns:
            self._columns[table] = self.db.sql(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = '%s' ORDER BY ordinal_position" % table).split()
        return self._columns[table]

    def clone(self, table, where, count, overrides, events=None):
        """`count` copies of the rows of `table` matching `where`, in one set-based INSERT … SELECT over
        generate_series: every column copied as it is (whatever the schema), but those in `overrides`, a dict of
        column -> SQL expression over the template row `t` and the copy's number `g`. Each copy's id is
        md5(salt, template id, g), so with `events` = (events table, its column naming the owner's id) the owner's
        event rows are copied by a second INSERT … SELECT that computes the same ids: no join with the copies, no
        per-row JSON. One transaction; durability settings untouched (the fill is WAL-logged and fsynced like any
        write)."""
        salt = os.urandom(6).hex()
        new_id = "md5('%s' || t.id::text || '/' || g)::uuid" % salt
        overrides = dict(overrides, id=new_id)
        cols = self.columns(table)
        select = ", ".join(overrides.get(c, "t." + c) for c in cols)
        statements = ["INSERT INTO %s (%s) SELECT %s FROM %s t, generate_series(1, %d) g WHERE %s"
                      % (table, ", ".join(cols), select, table, count, where)]
        if events and self.db.sql("SELECT to_regclass('%s') IS NOT NULL" % events[0]) == "t":
            table_e, owner = events
            changed = {owner: new_id, "account_id": overrides.get("account_id", "t.account_id")}
            cols_e = self.columns(table_e)
            statements.append(
                "INSERT INTO %s (%s) SELECT %s FROM %s t JOIN %s e ON e.account_id = t.account_id AND e.%s = t.id, "
                "generate_series(1, %d) g WHERE %s"
                % (table_e, ", ".join(cols_e), ", ".join(changed.get(c, "e." + c) for c in cols_e), table, table_e,
                   owner, count, where))
        self.db.sql("BEGIN; %s; COMMIT" % "; ".join(statements))

    def clone_drafts(self, template, count, account):
        """`count` copies of one stored draft (and its event rows) under new ids, in `account`."""
        self.clone("draft_orders", "t.id = '%s'" % template, count,
                   {"account_id": "'%s'" % account, "created_at": "t.created_at - g * interval '1 millisecond'"},
                   ("draft_events", "draft_id"))

    def top_up(self, spec, template, wanted):
        """At least `wanted` open drafts in the pool of a spec that uses each id once: copies of `template` join the
        pool when fewer are left (never a draft of another spec's pool: only drafts new since the count)."""
        query = "SELECT id FROM draft_orders WHERE account_id = '%s' AND status = 'open'" % spec["account"]
        open_ids = set(self.ids(query))
        left = [i for i in spec["pool"] if i in open_ids]
        if len(left) < wanted:
            self.clone_drafts(template, wanted - len(left), spec["account"])
            spec["pool"] = left + [i for i in self.ids(query) if i not in open_ids]

    def cost_growth(self):
        seconds = 3 if self.quick else 5
        for n in GROWTH_SIZES:
            account = GROWTH_ACCOUNTS[n]
            base = shop(account)
            auth = self.auth(account)
            status, template = self.svc.call("POST", base + "/draft_orders", draft_body(n), account=account)
            if status != 200:
                self.notes.append("cost growth %d items: create answered %s %s" % (n, status, str(template)[:300]))
                continue
            self.clone_drafts(template["id"], 3000 if n < 1000 else 600, account)
            ids = self.ids("SELECT id FROM draft_orders WHERE account_id = '%s' AND status = 'open'" % account)
            third = len(ids) // 3
            add = {"id": "added", "line_id": "{n}", "quantity": 1, "gross_amount": 5000,
                   "tax_lines": [{"percentage": 25}]}
            specs = [
                self.spec("create", "POST", base + "/draft_orders", draft_body(n), auth=auth),
                self.spec("get", "GET", base + "/draft_orders/{id}", ids=ids[:third], auth=auth),
                self.spec("add item", "POST", base + "/draft_orders/{id}/items",
                          json.dumps(add).replace('"{n}"', "{n}"), ids=ids[third:2 * third], auth=auth),
                self.spec("complete", "PUT", base + "/draft_orders/{id}/complete", "{}", ids=ids[2 * third:],
                          id_mode="once", auth=auth, account=account),
            ]
            for spec in specs:
                warm = self.load.run(self.fresh(spec), 1, 1, threads=1)
                if spec.get("id_mode") == "once":
                    # Each complete uses up a draft: enough open ones for the measured run at the warm-up's pace
                    # twice over, so the row counts successful completions only (no 409 for a draft done already).
                    self.top_up(spec, template["id"], int(warm["rps"] * seconds * 2) + 200)
                self.db.reset_statements()
                r = self.load.run(self.fresh(spec), seconds, 1, threads=1)
                total, _ = self.db.statements()
                self.growth.append({"items": n, "name": spec["name"], "rps": r["rps"], "p50": r["p50_us"],
                                    "p99": r["p99_us"], "errors": r["errors"], "wrapped": r["ids_wrapped"],
                                    "sql": total / r["requests"] if total is not None and r["requests"] else None})
                log("growth %d items %s: %.0f req/s p50 %s ms p99 %s ms" % (n, spec["name"], r["rps"],
                                                                          ms(r["p50_us"]), ms(r["p99_us"])))

    # -- big tables

    def fill_rows(self, draft_id, order_id, account, size, tag):
        """`size` copies of a draft and of an order: every other one in `account`, the rest spread over 1,000 others."""
        other = "CASE WHEN g % 2 = 0 THEN t.account_id ELSE 'T4' || lpad((g % 1000)::text, 7, '0') END"
        self.clone("draft_orders", "t.id = '%s'" % draft_id, size,
                   {"account_id": other, "created_at": "t.created_at - g * interval '1 second'"},
                   ("draft_events", "draft_id"))
        self.clone("orders", "t.account_id = '%s' AND t.order_id = '%s'" % (account, order_id), size,
                   {"account_id": other, "order_id": "t.order_id || '-%s' || g" % tag,
                    "created_at": "t.created_at - g * interval '1 second'"},
                   ("order_events", "order_uuid"))

    def big_tables(self):
        size = self.args.fill
        account = FILL_ACCOUNT
        base = shop(account)
        auth = self.auth(account)
        seconds = 3 if self.quick else 5
        status, draft = self.svc.call("POST", base + "/draft_orders", draft_body(2), account=account)
        _, done = self.svc.call("PUT", base + "/draft_orders/%s/complete" % self.svc.call(
            "POST", base + "/draft_orders", draft_body(2), account=account)[1]["id"], {}, account=account)
        specs = lambda: [
            self.spec("get draft", "GET", base + "/draft_orders/" + draft["id"], auth=auth),
            self.spec("list drafts (limit 100)", "GET", base + "/draft_orders?limit=100", auth=auth),
            self.spec("get order", "GET", base + "/orders/" + done["orders"][0]["order_id"], auth=auth),
            self.spec("list orders (limit 100)", "GET", base + "/orders?limit=100", auth=auth),
            self.spec("list orders of a store (limit 100)", "GET", base + "/stores/s-2/orders?limit=100", auth=auth),
        ]

        def measure(rows_label):
            for spec in specs():
                self.load.run(spec, 1, 1, threads=1)
                r = self.load.run(spec, seconds, 1, threads=1)
                self.fill.append({"rows": rows_label, "name": spec["name"], "rps": r["rps"], "p50": r["p50_us"],
                                  "p99": r["p99_us"], "errors": r["errors"]})
                log("tables %s: %s p50 %s ms p99 %s ms" % (rows_label, spec["name"], ms(r["p50_us"]), ms(r["p99_us"])))

        # Enough rows that a list of 100 is full before the fill too: only the table size differs.
        self.fill_rows(draft["id"], done["orders"][0]["order_id"], account, 400, "s")
        self.db.sql("VACUUM ANALYZE draft_orders")
        self.db.sql("VACUUM ANALYZE orders")
        measure("small")
        log("filling %d drafts and %d orders with SQL" % (size, size))
        started = time.monotonic()
        # Half in the measured account, half spread over other accounts: both the account's own lists and the
        # table as a whole grow.
        self.fill_rows(draft["id"], done["orders"][0]["order_id"], account, size, "f")
        self.db.sql("VACUUM ANALYZE draft_orders")
        self.db.sql("VACUUM ANALYZE orders")
        self.fill_seconds = time.monotonic() - started
        measure("%d" % size)

    # -- overload

    def overload_run(self):
        """Two runs on get draft: 256 connections for 60 s (within capacity: REQUESTS_MAX_RUNNING 32 + MAX_QUEUED 256
        in flight), then 1,024 connections, beyond capacity, where the service must shed: 503 with Retry-After at
        once. wrk cannot tell a 503's latency from a 200's, so a probe beside the load sends one request every 50 ms
        on a new connection and times each answer by its status."""
        seconds = 15 if self.quick else 60
        ids = self.ids("SELECT id FROM draft_orders WHERE account_id = '%s' LIMIT 1000" % ACCOUNT)
        while len(ids) < 20:
            ids.append(self.svc.call("POST", shop() + "/draft_orders", draft_body(5))[1]["id"])
        spec = self.spec("overload", "GET", shop() + "/draft_orders/{id}", ids=ids, expected=(200, 503))
        # Warm first (the phase may run alone, on a fresh JVM): the JIT's compile time is not overload behaviour.
        self.load.run(spec, self.warm, self.conns)
        self.overload = []
        for connections, secs in ((256, seconds), (1024, 10 if self.quick else 20)):
            log("overload: %d connections for %ds on get draft" % (connections, secs))
            probe = Probe(self.svc, shop() + "/draft_orders/" + ids[0], self.auth())
            probe.start()
            try:
                r = self.load.run(spec, secs, connections, threads=2)
            finally:
                probe.stop()
            five = {c: n for c, n in r["statuses"].items() if c.startswith("5")}
            result = {"connections": connections, "seconds": secs, "rps": r["rps"], "p50": r["p50_us"],
                      "p99": r["p99_us"], "p999": r["p999_us"], "max": r["max_us"], "statuses": r["statuses"],
                      "connect_errors": r["connect_errors"],
                      "socket_errors": sum(r[k] for k in ("connect_errors", "read_errors", "write_errors",
                                                          "timeouts")),
                      "shed": r["statuses"].get("503", 0), "other_5xx": sum(n for c, n in five.items() if c != "503"),
                      "probe": probe.summary()}
            self.overload.append(result)
            log("overload: %s" % json.dumps(result))
            time.sleep(2)  # let the queue drain before the next phase

    # -- levers

    LEVERS = (
        ("as shipped", {}),
        ("TCP_NODELAY off (Helidon's default)", {"SERVER_CONNECTION_OPTIONS_TCP_NO_DELAY": "false"}),
        ("pool of 4 connections", {"DB_POOL_SIZE": "4"}),
        ("pool of 16 connections", {"DB_POOL_SIZE": "16"}),
        ("4 requests running at once (a small bounded executor)", {"REQUESTS_MAX_RUNNING": "4"}),
        ("pgjdbc prepareThreshold=1 (server-side prepared at once)", {"DB_URL": "{jdbc}?prepareThreshold=1"}),
    )

    def levers(self):
        """The settings levers A/B in the same run on the same machine: the service restarted once per variant with
        one environment variable changed, then get draft and create draft at their peak (with the service's CPU per
        request) and list orders (limit 100) at 1 connection."""
        ids = self.ids("SELECT id FROM draft_orders WHERE account_id = '%s' AND status = 'open' LIMIT 1000" % ACCOUNT)
        while len(ids) < 20:
            ids.append(self.svc.call("POST", shop() + "/draft_orders", draft_body(5))[1]["id"])
        seconds = 4 if self.quick else 6
        self.lever_rows = []
        for name, env in self.LEVERS:
            env = {k: v.replace("{jdbc}", self.db.jdbc) for k, v in env.items()}
            self.svc.stop()
            self.svc = Service(self.work, self.db, self.jdk, dict(self.extra, **env))
            self.load.service = self.svc
            self.cpu = CpuMeter(self.svc.process.pid, self.db.cluster)
            row = {"name": name, "env": env}
            # A fresh JVM: the first run is long enough for the JIT to compile the request path.
            warm = 6 if self.quick else 15
            runs = (("get", self.spec("get", "GET", shop() + "/draft_orders/{id}", ids=ids), self.conns),
                    ("create", self.spec("create", "POST", shop() + "/draft_orders", draft_body(5)), self.conns),
                    ("list", self.spec("list", "GET", shop() + "/orders?limit=100"), 1))
            # All three warmed before any is measured: the JIT compiles the shared request path once.
            for key, spec, conns in runs:
                self.load.run(spec, warm, conns, threads=min(2, conns))
                warm = 3 if self.quick else 5
            for key, spec, conns in runs:
                before = self.cpu.snapshot()
                r = self.load.run(spec, seconds, conns, threads=min(2, conns))
                cpu = CpuMeter.per_request(before, self.cpu.snapshot(), r["requests"])
                row[key] = {"rps": r["rps"], "p50": r["p50_us"], "p99": r["p99_us"], "errors": r["errors"],
                            "cpu": cpu["service"] if cpu else 0, "statuses": r["statuses"], "samples": r["samples"]}
            self.lever_rows.append(row)
            log("lever %s: %s" % (name, json.dumps(row)))

    # -- report

    def write(self, final=True):
        now = self.started
        cpu = "unknown"
        try:
            cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read()).group(1)
        except Exception:
            pass
        git = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True,
                             text=True).stdout.strip()
        java = subprocess.run([java_home() + "/bin/java", "-version"], capture_output=True, text=True).stderr
        java = java.splitlines()[0] if java else "?"
        start_seconds, max_rss = getattr(self, "main_service", (self.svc.start_seconds, self.svc.max_rss))
        out = []
        out.append("# Benchmark %s (%s)\n" % (now.strftime("%Y-%m-%d %H:%M UTC"), "quick" if self.quick else "full"))
        if not final:
            out.append("**In progress** (written %s UTC): phases done so far: %s.\n" % (
                datetime.datetime.now(datetime.timezone.utc).strftime("%H:%M"), ", ".join(self.done)))
        out.append("Commit `%s`; %d CPU cores (%s), %d GiB RAM; %s; PostgreSQL %s (fsync and synchronous_commit "
                   "on); load from wrk on the same machine, %d connections for the peak.\n"
                   % (git, os.cpu_count(), cpu, os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**30,
                      java, self.db.version(), self.conns))
        out.append("Service start %.2f s (process start to health answering); RSS %d MB after start, %d MB at the "
                   "end (max seen %d MB).\n" % (start_seconds, self.start_rss, self.end_rss, max_rss))
        out.append("| what | peak req/s | at 50 %: req/s | p50 ms | p99 ms | p99.9 ms | errors | SQL/req | RSS MB | "
                   "CPU µs/req at peak: service / PostgreSQL / load generator (cores busy) |")
        out.append("|---|---|---|---|---|---|---|---|---|---|")
        for r in self.rows:
            c = r.get("cpu")
            out.append("| %s | %.0f | %.0f | %s | %s | %s | %d%s | %s | %s | %s |" % (
                r["name"], r["peak"], r["rate"], ms(r["p50"]), ms(r["p99"]), ms(r["p999"]), r["errors"],
                " (ids reused %d×)" % r["wrapped"] if r.get("wrapped") else "",
                "%.2f" % r["sql"] if r["sql"] is not None else "n/a", r["rss"] if r["rss"] else "",
                "%.0f / %.0f / %.0f (%.0f %%)" % (c["service"], c["postgres"], c["load"], 100 * c["busy"]) if c
                else ""))
        http = next((r for r in self.rows if r["name"].startswith("HTTP ceiling")), None)
        dbc = next((r for r in self.rows if "SQL of create" in r["name"]), None)
        dbg = next((r for r in self.rows if "SQL of get" in r["name"]), None)
        get = next((r for r in self.rows if r["name"] == "get draft"), None)
        create = next((r for r in self.rows if r["name"].startswith("create draft")), None)
        out.append("\n## Targets (issue 11; ratios from this run)\n")
        verdict = lambda ok: "**met**" if ok else "**not met**"
        if http and get and http["peak"]:
            ratio = get["peak"] / http["peak"]
            out.append("- get draft / HTTP ceiling = %.0f / %.0f = **%.2f** (target ≥ 0.6): %s"
                       % (get["peak"], http["peak"], ratio, verdict(ratio >= 0.6)))
        if dbc and create and dbc["peak"]:
            ratio = create["peak"] / dbc["peak"]
            out.append("- create draft / DB ceiling (pgbench, its SQL) = %.0f / %.0f = **%.2f** (target ≥ 0.6): %s"
                       % (create["peak"], dbc["peak"], ratio, verdict(ratio >= 0.6)))
        if dbg and get and dbg["peak"]:
            out.append("- get draft / DB ceiling of its SQL = %.0f / %.0f = %.2f (no target)"
                       % (get["peak"], dbg["peak"], get["peak"] / dbg["peak"]))
        endpoints = [r for r in self.rows if not r["name"].startswith(("HTTP ceiling", "DB ceiling", "token"))]
        if endpoints:
            slow = ["%s %s ms" % (r["name"], ms(r["p99"])) for r in endpoints if r["p99"] >= 10000]
            out.append("- p99 < 10 ms at 50 %% of peak, every endpoint but token issue: %s%s"
                       % (verdict(not slow), " (" + ", ".join(slow) + ")" if slow else ""))
        for o in self.overload or []:
            if o["connections"] == 256:
                ok = o["socket_errors"] == 0 and o["other_5xx"] == 0 and o["p99"] < 10**6
                out.append("- 256 connections for %d s: %d socket errors, %d 5xx other than 503, p99 %s ms "
                           "(target: none, none, < 1 s): %s" % (o["seconds"], o["socket_errors"], o["other_5xx"],
                                                               ms(o["p99"]), verdict(ok)))
            else:
                shed = o["probe"].get("503", {})
                ok = o["shed"] > 0 and o["other_5xx"] == 0 and shed.get("count", 0) > 0 \
                    and shed.get("with_retry_after") == shed.get("count") and shed.get("p99_ms", 1e9) < 100
                out.append("- beyond capacity (%d connections): %d answers shed with 503; probe: 503 in p50 %s ms, "
                           "p99 %s ms, %s of %s with Retry-After (target: fast 503 + Retry-After): %s"
                           % (o["connections"], o["shed"], shed.get("p50_ms", "n/a"), shed.get("p99_ms", "n/a"),
                              shed.get("with_retry_after", 0), shed.get("count", 0), verdict(ok)))
        if self.fill:
            pairs = {}
            for f in self.fill:
                pairs.setdefault(f["name"], []).append(f)
            grown = ["%s %s → %s ms" % (n, ms(v[0]["p50"]), ms(v[-1]["p50"])) for n, v in pairs.items()
                     if len(v) > 1 and v[-1]["p50"] > 1.5 * v[0]["p50"] + 500]
            out.append("- get/list p50 with %d more drafts and orders vs the small tables: %s%s"
                       % (self.args.fill, "no growth beyond noise (p50 within 1.5× + 0.5 ms)" if not grown else
                          "grew: " + ", ".join(grown), "" if grown else ": **met**"))
        if self.overload:
            out.append("\n## Overload (get draft; capacity: 32 requests running + 256 queued, up to 1 s)\n")
            out.append("| connections | seconds | req/s | p50 ms | p99 ms | p99.9 ms | max ms | connect errors | "
                       "other socket errors | 503 (shed) | other 5xx | statuses |")
            out.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
            for o in self.overload:
                out.append("| %d | %d | %.0f | %s | %s | %s | %s | %d | %d | %d | %d | `%s` |" % (
                    o["connections"], o["seconds"], o["rps"], ms(o["p50"]), ms(o["p99"]), ms(o["p999"]), ms(o["max"]),
                    o["connect_errors"], o["socket_errors"] - o["connect_errors"], o["shed"], o["other_5xx"],
                    json.dumps(o["statuses"])))
            out.append("\nA probe beside each run (one GET every 50 ms on a new connection), answers by status:\n")
            for o in self.overload:
                out.append("- %d connections: `%s`" % (o["connections"], json.dumps(o["probe"])))
        if getattr(self, "lever_rows", None):
            out.append("\n## Levers: A/B in this run (service restarted per variant, one setting changed)\n")
            out.append("| variant | get draft req/s | service CPU µs/get | create req/s | service CPU µs/create | "
                       "list orders (100) p50 ms, 1 conn | p99 ms | errors |")
            out.append("|---|---|---|---|---|---|---|---|")
            for v in self.lever_rows:
                out.append("| %s%s | %.0f | %.0f | %.0f | %.0f | %s | %s | %d |" % (
                    v["name"], " (`%s`)" % " ".join("%s=%s" % kv for kv in v["env"].items()).replace(
                        self.db.jdbc, "…") if v["env"] else "", v["get"]["rps"], v["get"]["cpu"], v["create"]["rps"],
                    v["create"]["cpu"], ms(v["list"]["p50"]), ms(v["list"]["p99"]),
                    v["get"]["errors"] + v["create"]["errors"] + v["list"]["errors"]))
        if self.growth:
            out.append("\n## Cost growth: drafts of 1, 10, 100, 1000 items (1 connection, closed loop)\n")
            out.append("| items | what | req/s | p50 ms | p99 ms | errors | SQL/req |")
            out.append("|---|---|---|---|---|---|---|")
            for g in self.growth:
                out.append("| %d | %s | %.0f | %s | %s | %d%s | %s |" % (
                    g["items"], g["name"], g["rps"], ms(g["p50"]), ms(g["p99"]), g["errors"],
                    " (ids reused)" if g["wrapped"] else "", "%.2f" % g["sql"] if g["sql"] is not None else "n/a"))
        if self.fill:
            out.append("\n## Table size: reads before and after filling %d drafts and %d orders (filled in %.0f s; "
                       "1 connection)\n" % (self.args.fill, self.args.fill, getattr(self, "fill_seconds", 0)))
            out.append("| rows added | what | req/s | p50 ms | p99 ms | errors |")
            out.append("|---|---|---|---|---|---|")
            for f in self.fill:
                out.append("| %s | %s | %.0f | %s | %s | %d |" % (f["rows"], f["name"], f["rps"], ms(f["p50"]),
                                                                 ms(f["p99"]), f["errors"]))
        if self.top_statements:
            out.append("\n## Statements per request (pg_stat_statements, latency phase)\n")
            for name, statements in self.top_statements.items():
                out.append("- **%s**" % name)
                for per, q in statements:
                    out.append("  - %.2f × `%s`" % (per, q[:220] + ("…" if len(q) > 220 else "")))
        if self.profiles:
            out.append("\n## CPU profile of each peak run (JFR execution samples of the service)\n")
            out.append("By library: the innermost frame of a library decides (JDK code counts for the library that "
                       "called it). By stage: share of samples whose stack holds the stage (stages overlap). Hot: top "
                       "of stack.\n")
            for name, (samples, libraries, stages, hot) in self.profiles.items():
                out.append("<details><summary>%s (%d samples)</summary>\n\n```" % (name, samples))
                pct = lambda n: "%5.1f %%" % (100.0 * n / max(samples, 1))
                out.append("by library:")
                out.extend("  %s  %s" % (pct(n), f) for n, f in libraries)
                out.append("by stage:")
                out.extend("  %s  %s" % (pct(n), f) for n, f in stages)
                out.append("hot methods:")
                out.extend("  %s  %s" % (pct(n), f) for n, f in hot)
                out.append("```\n</details>\n")
        if self.notes:
            out.append("\n## Notes\n")
            out.extend("- " + n for n in self.notes)
        statuses = {r["name"]: r["statuses"] for r in self.rows if r["statuses"]}
        out.append("\n<details><summary>status codes in the latency phases</summary>\n\n```\n%s\n```\n</details>\n"
                   % json.dumps(statuses, indent=1))
        text = "\n".join(out) + "\n"
        name = self.args.output or str(ROOT / "bench" / "results" / (now.strftime("%Y-%m-%dT%H%M") + (
            "-quick" if self.quick else "") + ".md"))
        pathlib.Path(name).parent.mkdir(parents=True, exist_ok=True)
        with open(name, "w") as f:
            f.write(text)
        if final:
            print(text)
        log("written to " + name)
        return name


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--quick", action="store_true", help="short phases, 10^4 fill rows, 15 s overload (~5 min)")
    p.add_argument("--no-build", action="store_true", help="use the jar already built")
    p.add_argument("--offline", action="store_true", help="build with mvn -o (everything already in ~/.m2)")
    p.add_argument("--connections", type=int, default=32, help="connections for the peak runs (default 32)")
    p.add_argument("--fill", type=int, default=None, help="rows per table for the table-size run (10^6; quick 10^4)")
    p.add_argument("--phases", default="endpoints,ceilings,growth,tables,overload,levers",
                   help="comma-separated subset of endpoints,ceilings,growth,tables,overload,levers (default: all)")
    p.add_argument("--only", help="measure only the endpoints whose name holds one of these comma-separated words")
    p.add_argument("--profile", action="store_true", help="record a JFR CPU profile of each peak run")
    p.add_argument("--keep", action="store_true", help="keep the work directory (database, logs, wrk inputs)")
    p.add_argument("--env", action="append", default=[], help="NAME=VALUE for the service (repeatable)")
    p.add_argument("--output", help="result file (default bench/results/<date>.md)")
    args = p.parse_args()
    if args.fill is None:
        args.fill = 10000 if args.quick else 1000000
    Bench(args).run()


if __name__ == "__main__":
    main()
