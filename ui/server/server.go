// Package server is `parallax serve`: the reader over SSH. The corpus is
// analysed once by the caller; every SSH session gets its own Bubble Tea
// program, size and colour profile over that shared, read-only analysis.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"parallax/data/store"
	"parallax/model"
	"parallax/ui"
)

// DefaultListen is the address serve listens on without --listen.
const DefaultListen = ":2222"

// ProgramFactory builds the root model of one session's program. It is called
// once per interactive session with the shared analysis, which it must treat
// as read-only; everything per-session lives in the model it returns.
type ProgramFactory func(s ssh.Session, a *model.Analysis) tea.Model

// Reader is the ProgramFactory for parallax's own reader: one ui.Model per
// session over the shared analysis, whose stories are built once (on the
// first session, and again only for another analysis) and shared by every
// session, read-only. A user who logs in with a key keeps stars, notes and
// read state in marks, under the key's fingerprint; anyone else (or every
// user, when marks is nil) keeps them in memory for the session only.
func Reader(marks store.Marks) ProgramFactory {
	var (
		mu     sync.Mutex
		of     *model.Analysis
		shared *ui.Shared
	)
	return func(s ssh.Session, a *model.Analysis) tea.Model {
		mu.Lock()
		if shared == nil || a != of {
			of, shared = a, ui.Share(a)
		}
		sh := shared
		mu.Unlock()
		return readerOver(sh, marks)(s, a)
	}
}

// readerOver is Reader over stories built already: what New gives every
// session, so that no session waits for them to be built.
func readerOver(sh *ui.Shared, marks store.Marks) ProgramFactory {
	return func(s ssh.Session, _ *model.Analysis) tea.Model {
		var opts ui.Options
		if k := s.PublicKey(); k != nil && marks != nil {
			opts.Marks, opts.User = marks, gossh.FingerprintSHA256(k)
		}
		return ui.New(sh.Loader(), opts)
	}
}

// Config is how `parallax serve` is set up.
type Config struct {
	Listen         string         // address to listen on; DefaultListen when empty, port 0 picks a free one
	HostKeyPath    string         // private host key, created when missing; DefaultHostKeyPath() when empty
	AuthorizedKeys string         // OpenSSH authorized_keys file; empty lets anyone in
	MaxSessions    int            // concurrent sessions at most; 0 or less means no limit
	IdleTimeout    time.Duration  // end interactive sessions after this long without input; 0 means never
	Program        ProgramFactory // the reader for one session; nil is parallax's reader (Reader), its stories built in New
	Marks          store.Marks    // where key-holders' marks are kept; nil keeps every session's in memory
	Logger         *log.Logger    // structured log; nil logs to stderr
	Out            io.Writer      // startup lines (address, fingerprint, warnings); nil is stdout
}

// Timing and limits that are not worth a flag. Tests shorten them.
type tuning struct {
	shutdownGrace    time.Duration // SIGTERM to closed, at most
	noticeFor        time.Duration // how long the shutdown notice shows before programs quit
	quitGrace        time.Duration // a program that ignores Quit this long is killed
	handshakeTimeout time.Duration // unauthenticated connections get this long
	failBurst        int           // failed logins allowed per address before limiting
	failEvery        time.Duration // one more failed login allowed per this long
	failAddrs        int           // addresses the login limiter remembers
	exitMargin       time.Duration // this long before the grace ends, Run ends the process itself
}

// defaultTuning is serve's production timing.
func defaultTuning() tuning {
	return tuning{
		shutdownGrace:    10 * time.Second,
		noticeFor:        2 * time.Second,
		quitGrace:        2 * time.Second,
		handshakeTimeout: 30 * time.Second,
		failBurst:        5,
		failEvery:        12 * time.Second,
		failAddrs:        10000,
		exitMargin:       200 * time.Millisecond,
	}
}

// Server is a configured `parallax serve`. Make one with New, then Listen and
// Serve; Run does all three and handles signals.
type Server struct {
	cfg      Config
	analysis *model.Analysis
	log      *log.Logger
	out      io.Writer
	tune     tuning
	key      hostKey
	allow    *authorizedKeys // nil when the server is open to anyone
	limiter  *loginLimiter
	srv      *ssh.Server
	ln       net.Listener
	nextID   atomic.Uint64

	mu       sync.Mutex
	sessions map[*liveSession]struct{}
	closing  bool
	conns    map[string]*connInfo   // by remote address, while the connection is open
	preAuth  map[string][]*connInfo // by client IP, oldest first: open and not yet logged in
	feeds    map[ssh.Session]*windowFeed
}

// New checks the configuration, loads (or creates) the host key and reads the
// authorized keys. It does not listen yet.
func New(cfg Config, a *model.Analysis) (*Server, error) {
	if a == nil {
		return nil, errors.New("serve: no analysis to serve")
	}
	if cfg.Program == nil {
		cfg.Program = readerOver(ui.Share(a), cfg.Marks)
	}
	if cfg.Listen == "" {
		cfg.Listen = DefaultListen
	}
	s := &Server{
		cfg:      cfg,
		analysis: a,
		log:      cfg.Logger,
		out:      cfg.Out,
		tune:     defaultTuning(),
		sessions: map[*liveSession]struct{}{},
		conns:    map[string]*connInfo{},
		preAuth:  map[string][]*connInfo{},
		feeds:    map[ssh.Session]*windowFeed{},
	}
	if s.log == nil {
		s.log = log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true, Prefix: "serve"})
	}
	if s.out == nil {
		s.out = os.Stdout
	}
	keyPath := cfg.HostKeyPath
	if keyPath == "" {
		p, err := DefaultHostKeyPath()
		if err != nil {
			return nil, err
		}
		keyPath = p
	}
	key, err := loadOrCreateHostKey(keyPath)
	if err != nil {
		return nil, err
	}
	s.key = key
	if cfg.AuthorizedKeys != "" {
		ak, res, err := newAuthorizedKeys(cfg.AuthorizedKeys)
		if err != nil {
			return nil, fmt.Errorf("authorized keys: %w", err)
		}
		s.allow = ak
		s.logReload(res, "loaded")
	}
	srv, err := s.newSSHServer()
	if err != nil {
		return nil, err
	}
	s.srv = srv
	return s, nil
}

// newSSHServer wires the SSH layer with wish: host key, authentication,
// connection bookkeeping, emulated PTYs and the session handler. The host key
// is always given, so wish never generates one in the working directory.
func (s *Server) newSSHServer() (*ssh.Server, error) {
	opts := []ssh.Option{
		func(srv *ssh.Server) error { srv.AddHostKey(s.key.signer); return nil },
		wish.WithVersion("parallax"),
		wish.WithPublicKeyAuth(s.checkKey),
		// Emulated PTYs: the reader writes to the SSH channel itself, no
		// pseudo-terminal device or child process per session.
		ssh.EmulatePty(),
		func(srv *ssh.Server) error {
			srv.PtyHandler = s.ptyHandler(srv.PtyHandler)
			srv.ServerConfigCallback = func(ssh.Context) *gossh.ServerConfig {
				return &gossh.ServerConfig{AuthLogCallback: s.onAuthAttempt}
			}
			srv.HandshakeTimeout = s.tune.handshakeTimeout
			srv.ConnCallback = s.onConnect
			srv.ConnectionFailedCallback = s.onHandshakeFailed
			srv.ConnectionCloseCallback = s.onConnClosed
			return nil
		},
		wish.WithMiddleware(func(ssh.Handler) ssh.Handler { return s.handle }),
	}
	if s.cfg.IdleTimeout > 0 {
		// A backstop for connections that went silent without a session
		// noticing; sessions end themselves politely well before this.
		opts = append(opts, wish.WithIdleTimeout(s.cfg.IdleTimeout+time.Minute))
	}
	if s.allow == nil {
		// Open server: clients without keys get in through a
		// keyboard-interactive exchange with no questions.
		opts = append(opts, wish.WithKeyboardInteractiveAuth(func(ctx ssh.Context, _ gossh.KeyboardInteractiveChallenge) bool {
			s.log.Info("auth accepted", "user", ctx.User(), "remote", ctx.RemoteAddr().String(), "method", "none (open server)")
			return true
		}))
	}
	return wish.NewServer(opts...)
}

// Listen binds the configured address and prints where the server is and how
// clients can recognise it.
func (s *Server) Listen() error {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", s.cfg.Listen, err)
	}
	s.ln = ln
	s.limiter = newLoginLimiter(s.tune.failBurst, s.tune.failEvery, s.tune.failAddrs)
	s.announce()
	return nil
}

// Addr is the address the server listens on, nil before Listen.
func (s *Server) Addr() net.Addr {
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Fingerprint is the host key's SHA256 fingerprint, as ssh-keygen -l shows it.
func (s *Server) Fingerprint() string { return s.key.fingerID }

// Sessions is the number of sessions open right now.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

// Reload re-reads the authorized keys file now (what SIGHUP does). Without
// --authorized-keys it does nothing.
func (s *Server) Reload() {
	if s.allow == nil {
		return
	}
	s.logReload(s.allow.reload(true), "reloaded")
}

// Serve accepts connections until ctx is done, then tells connected users the
// server is going away, ends their sessions and returns within the shutdown
// grace (10 s). Listen must have been called.
func (s *Server) Serve(ctx context.Context) error {
	if s.ln == nil {
		return errors.New("serve: Listen was not called")
	}
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.shutdown()
	<-errc // ssh.ErrServerClosed once the listener is closed
	return nil
}

// Run is `parallax serve`: it builds the server, listens, re-reads the
// authorized keys on SIGHUP and shuts down gracefully on SIGINT or SIGTERM
// (or when ctx ends).
func Run(ctx context.Context, cfg Config, a *model.Analysis) error {
	s, err := New(cfg, a)
	if err != nil {
		return err
	}
	if err := s.Listen(); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-hup:
				s.Reload()
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		// The 10 s promise holds whatever a session is doing: a program stuck
		// in a computation cannot be interrupted, so if the graceful path
		// has not ended the process shortly after its grace period, this
		// does. Serve itself returns within the grace.
		<-ctx.Done()
		time.Sleep(s.tune.shutdownGrace - s.tune.exitMargin)
		s.log.Error("shutdown overran its grace period; exiting now", "grace", s.tune.shutdownGrace)
		os.Exit(1)
	}()
	return s.Serve(ctx)
}

// announce prints the address, the host key and, for an open server, a
// warning that cannot be missed.
func (s *Server) announce() {
	addr := s.ln.Addr().String()
	fmt.Fprintf(s.out, "parallax serve: listening on %s\n", addr)
	made := ""
	if s.key.created {
		made = ", generated now"
	}
	fmt.Fprintf(s.out, "parallax serve: host key %s (%s%s)\n", s.key.fingerID, s.key.path, made)
	s.log.Info("listening", "addr", addr, "host-key", s.key.fingerID, "host-key-path", s.key.path, "generated", s.key.created)
	if s.key.loose {
		s.log.Warn("host key file is readable by others; chmod 600 it", "path", s.key.path)
	}
	if s.allow == nil {
		fmt.Fprintln(s.out, "parallax serve: WARNING: no --authorized-keys given; ANYONE who can reach this address can connect")
		s.log.Warn("open to anyone: no --authorized-keys given")
	}
	limit := "none"
	if s.cfg.MaxSessions > 0 {
		limit = fmt.Sprint(s.cfg.MaxSessions)
	}
	idle := "never"
	if s.cfg.IdleTimeout > 0 {
		idle = s.cfg.IdleTimeout.String()
	}
	s.log.Info("limits", "max-sessions", limit, "idle-timeout", idle)
}

// logReload reports what reading the authorized keys found.
func (s *Server) logReload(res reloadResult, what string) {
	if res.err != nil {
		s.log.Error("authorized keys unreadable; refusing every login until fixed", "path", s.cfg.AuthorizedKeys, "err", res.err)
		return
	}
	for _, w := range res.warnings {
		s.log.Warn("authorized keys: "+w, "path", s.cfg.AuthorizedKeys)
	}
	if res.changed {
		s.log.Info("authorized keys "+what, "path", s.cfg.AuthorizedKeys, "keys", res.keys)
	}
}
