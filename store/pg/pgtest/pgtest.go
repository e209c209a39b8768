// Package pgtest gives tests a real PostgreSQL: one throwaway cluster per
// test binary, started on first use from the server binaries installed on
// the machine, and a fresh database per test.
//
// Where the server comes from, in order:
//   - BUJIAO_TEST_POSTGRES, the URL of an existing server on which the
//     tests may create and drop databases;
//   - initdb and postgres on PATH, else the newest /usr/lib/postgresql/*/bin
//     (Debian's package "postgresql"). As root the cluster runs as the
//     "postgres" user, because initdb and postgres refuse to run as root.
//
// Without either, tests that ask for a database skip with a message that
// says how to enable them. A package's TestMain calls Main so that the
// cluster is stopped when the tests end.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvURL names the variable that points the tests at an existing server.
const EnvURL = "BUJIAO_TEST_POSTGRES"

// SkipMessage says how to enable the PostgreSQL tests.
const SkipMessage = "no PostgreSQL for this test: install Debian's server (apt-get install postgresql; " +
	"the tests start a throwaway cluster from /usr/lib/postgresql/*/bin or PATH) or set " +
	EnvURL + "=postgres://USER@HOST:PORT/postgres?sslmode=disable to use an existing server " +
	"(its user must be allowed to CREATE DATABASE)"

var (
	shared     *Cluster
	sharedURL  string
	sharedErr  error
	sharedOnce sync.Once
	sharedMu   sync.Mutex
)

// Main runs the tests and then stops the shared cluster, if one was
// started. Use it as `func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }`.
func Main(m *testing.M) int {
	code := m.Run()
	sharedMu.Lock()
	if shared != nil {
		shared.Stop()
		shared.remove()
	}
	sharedMu.Unlock()
	return code
}

// Wrap is Main for a TestMain that hands m to another runner (testscript.Main
// takes anything with Run() int): the shared cluster is stopped after Run.
func Wrap(m *testing.M) interface{ Run() int } { return wrapped{m} }

type wrapped struct{ m *testing.M }

func (w wrapped) Run() int { return Main(w.m) }

// server returns the admin URL of the shared server, starting the cluster
// on first use.
func server() (string, error) {
	sharedOnce.Do(func() {
		if u := os.Getenv(EnvURL); u != "" {
			sharedURL = u
			return
		}
		bin, err := FindBinaries()
		if err != nil {
			sharedErr = err
			return
		}
		c, err := start(bin, Options{NoSync: true})
		if err != nil {
			sharedErr = err
			return
		}
		sharedMu.Lock()
		shared = c
		sharedMu.Unlock()
		sharedURL = c.URL("postgres")
	})
	return sharedURL, sharedErr
}

// errNoServer marks "nothing installed": the tests skip rather than fail.
var errNoServer = errors.New("no PostgreSQL server binaries")

// Database creates a fresh, empty database for t on the shared server and
// returns its URL; it is dropped when t ends. t is skipped when no server
// is available; a server that is installed but fails to start fails t.
func Database(t testing.TB) string {
	t.Helper()
	admin, err := server()
	if errors.Is(err, errNoServer) {
		t.Skip(SkipMessage)
	}
	if err != nil {
		t.Fatalf("start PostgreSQL: %v", err)
	}
	return createDatabase(t, admin)
}

func createDatabase(t testing.TB, admin string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("connect to test server: %v", err)
	}
	defer conn.Close(ctx)
	name := "t_" + randomHex(6)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := pgx.Connect(ctx, admin)
		if err != nil {
			return // the server is gone (a test stopped it); nothing to drop
		}
		defer c.Close(ctx)
		c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("%s: %v", EnvURL, err)
	}
	u.Path = "/" + name
	return u.String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// Binaries are the server programs of one PostgreSQL installation.
type Binaries struct{ InitDB, Postgres string }

// FindBinaries looks for initdb and postgres on PATH, then in the newest
// /usr/lib/postgresql/*/bin.
func FindBinaries() (Binaries, error) {
	if i, err := exec.LookPath("initdb"); err == nil {
		if p, err := exec.LookPath("postgres"); err == nil {
			return Binaries{i, p}, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return majorOf(dirs[i]) > majorOf(dirs[j]) })
	for _, d := range dirs {
		b := Binaries{filepath.Join(d, "initdb"), filepath.Join(d, "postgres")}
		if isExec(b.InitDB) && isExec(b.Postgres) {
			return b, nil
		}
	}
	return Binaries{}, fmt.Errorf("%w on PATH or in /usr/lib/postgresql/*/bin", errNoServer)
}

func majorOf(dir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return n
}

func isExec(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// Options tune a cluster.
type Options struct {
	// NoSync turns off fsync and synchronous commit: fine for tests that
	// do not test durability, and much faster.
	NoSync bool
}

// Cluster is a throwaway PostgreSQL server listening on 127.0.0.1 only,
// with its socket in its own temporary directory.
type Cluster struct {
	bin  Binaries
	dir  string
	port int
	opts Options
	cred *syscall.Credential

	mu  sync.Mutex
	cmd *exec.Cmd
	end chan struct{} // closed when cmd has exited
}

// Start starts a cluster of its own for t (for tests that stop and start
// the server); it is removed when t ends. t is skipped when no server
// binaries are installed.
func Start(t testing.TB, opts Options) *Cluster {
	t.Helper()
	bin, err := FindBinaries()
	if err != nil {
		t.Skip(SkipMessage + " (this test needs the server binaries: it stops and starts its own cluster)")
	}
	c, err := start(bin, opts)
	if err != nil {
		t.Fatalf("start PostgreSQL: %v", err)
	}
	t.Cleanup(func() { c.Stop(); c.remove() })
	return c
}

func start(bin Binaries, opts Options) (*Cluster, error) {
	dir, err := os.MkdirTemp("", "bujiao-pg-")
	if err != nil {
		return nil, err
	}
	c := &Cluster{bin: bin, dir: dir, opts: opts}
	if os.Geteuid() == 0 {
		// initdb and postgres refuse to run as root: run them as the
		// "postgres" user Debian's package creates, owning the directory.
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("running as root, and there is no postgres user to run the server as: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		c.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), NoSetGroups: true}
	}
	initdb := c.command(bin.InitDB, "-D", c.dataDir(), "-A", "trust", "-U", "postgres",
		"-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")
	if out, err := initdb.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	c.port = ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	if err := c.Start(); err != nil {
		c.remove()
		return nil, err
	}
	return c, nil
}

func (c *Cluster) dataDir() string { return filepath.Join(c.dir, "data") }

// command runs a server program as the cluster's owner. The child gets
// SIGKILL if the test binary dies (a panic, a timeout), so no server
// outlives its tests.
func (c *Cluster) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = c.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred, Pdeathsig: syscall.SIGKILL}
	return cmd
}

// URL is the address of database db on the cluster.
func (c *Cluster) URL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.port, db)
}

// Port is the TCP port the cluster listens on.
func (c *Cluster) Port() int { return c.port }

// Start starts the server (again) and waits until it accepts connections.
func (c *Cluster) Start() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cmd != nil {
		return errors.New("pgtest: cluster already running")
	}
	args := []string{"-D", c.dataDir(), "-p", strconv.Itoa(c.port), "-k", c.dir,
		"-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "shared_buffers=32MB"}
	if c.opts.NoSync {
		args = append(args, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	}
	logf, err := os.OpenFile(filepath.Join(c.dir, "log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	cmd := c.command(c.bin.Postgres, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("start postgres: %w", err)
	}
	end := make(chan struct{})
	go func() { cmd.Wait(); logf.Close(); close(end) }()
	c.cmd, c.end = cmd, end
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		conn, err := pgx.Connect(ctx, c.URL("postgres"))
		cancel()
		if err == nil {
			conn.Close(context.Background())
			return nil
		}
		select {
		case <-end:
			c.cmd = nil
			return fmt.Errorf("postgres exited at start:\n%s", c.logTail())
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("postgres did not accept connections within 60s: %v\n%s", err, c.logTail())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Stop shuts the server down at once (SIGQUIT, "immediate": what a crash
// or a failover looks like to clients) and waits for it to exit.
func (c *Cluster) Stop() { c.signal(syscall.SIGQUIT) }

// StopFast shuts the server down as `pg_ctl stop -m fast` does (SIGINT):
// clients are disconnected, open transactions rolled back, and a
// checkpoint written — what a planned restart looks like to clients.
func (c *Cluster) StopFast() { c.signal(syscall.SIGINT) }

func (c *Cluster) signal(sig syscall.Signal) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cmd == nil {
		return
	}
	c.cmd.Process.Signal(sig)
	select {
	case <-c.end:
	case <-time.After(30 * time.Second):
		c.cmd.Process.Kill()
		<-c.end
	}
	c.cmd = nil
}

func (c *Cluster) logTail() string {
	b, _ := os.ReadFile(filepath.Join(c.dir, "log"))
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(b)
}

func (c *Cluster) remove() { os.RemoveAll(c.dir) }

// Database creates a fresh database on this cluster for t and returns its
// URL.
func (c *Cluster) Database(t testing.TB) string {
	t.Helper()
	return createDatabase(t, c.URL("postgres"))
}
