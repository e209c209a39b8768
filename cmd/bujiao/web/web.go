// Package web is bujiao's HTTP adapter: the help-desk page, which answers a
// case typed into a form (it works without JavaScript, and its URL is the
// case's permalink), the JSON API, which answers exactly as `bujiao ask
// --format json`, and the operational endpoints (/healthz, /readyz,
// /metrics).
//
// Routes:
//
//	GET  /                 the page; the case is in the query string
//	GET  /answer.txt       the answer as plain text (query as for /)
//	GET  /answer.md        the answer as Markdown
//	GET  /answer.ics       its dated deadlines as an iCalendar file (404 if none)
//	POST /api/answer       a case as a JSON object → the ask JSON (brief: true → ask --brief)
//	POST /api/form         the answers so far → the questions that apply, labelled
//	GET  /api/regions      the regions with their names, aliases and sources
//	GET  /healthz          200 "ok" while the process serves
//	GET  /readyz           200 when the knowledge base (and database) answer
//	GET  /metrics          Prometheus metrics
//	GET  /static/...       embedded CSS and JavaScript
//
// The package reads the knowledge base through a getter, once per request,
// so a reload can swap it at any time. It never logs case facts or tokens.
package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"bujiao/knowledge"
)

//go:embed templates static
var assets embed.FS

// Pinger is a database the readiness check can ask whether it answers.
type Pinger interface {
	Ping(ctx context.Context) error
}

// PingFunc adapts a function to Pinger.
type PingFunc func(ctx context.Context) error

// Ping calls f.
func (f PingFunc) Ping(ctx context.Context) error { return f(ctx) }

// Options configure a Server. The zero value serves without a token, with
// no database check, fresh metrics, the real clock and the default logger.
type Options struct {
	// Token is the access token. When it is set, or RequireToken is,
	// every route but /healthz, /readyz and /static/ needs it, as
	// "Authorization: Bearer TOKEN" or the "token" cookie that a visit
	// with ?token=TOKEN sets.
	Token string
	// RequireToken enforces the token even if it is empty, in which case
	// nothing is let in (fail closed).
	RequireToken bool
	// DB, when set, must answer Ping for /readyz to report ready.
	DB Pinger
	// Metrics receives the answer and HTTP metrics and is served on
	// /metrics; nil makes fresh ones.
	Metrics *Metrics
	// Now is the clock "today" is taken from; nil means time.Now.
	Now func() time.Time
	// Logger logs requests (method, route, status, duration; never the
	// query, which holds the case) and errors; nil means slog.Default().
	Logger *slog.Logger
	// BehindHTTPS says a proxy in front serves the page over https while
	// this server speaks plain HTTP: the token cookie is then marked
	// Secure. A request with "X-Forwarded-Proto: https" (or Forwarded
	// proto=https) gets a Secure cookie too; honouring the header from
	// anyone is safe, since it can only make the cookie stricter.
	BehindHTTPS bool
	// Lookups, when set, records each answer given (page, API, answer
	// links) for bujiao stats: surface, verdict, region and fact keys.
	Lookups LookupRecorder
	// Reload, when set, reports refused knowledge reloads: /readyz says
	// since when (staying 200, since the previous base still answers) and
	// /metrics counts them.
	Reload Reloader
}

// Lookup is one answer looked up on the page, through the API or an answer
// link: which surface, the answer's verdict and region, and the keys of the
// facts given (never their values, never free text).
type Lookup struct {
	Surface, Verdict, Region string
	Keys                     []string
}

// LookupRecorder stores lookups (the database's events, in bujiao serve).
type LookupRecorder interface {
	RecordLookup(ctx context.Context, l Lookup) error
}

// Reloader is a knowledge base that reloads from a directory
// (*knowledge.Live).
type Reloader interface {
	Status() knowledge.ReloadStatus
	Failures() uint64
}

// Server serves the page, the API and the operational endpoints.
type Server struct {
	kb      func() *knowledge.Base
	opts    Options
	log     *slog.Logger
	metrics *Metrics
	mux     *http.ServeMux
	handler http.Handler
	page    *template.Template
	// assetVersion busts caches of the long-lived static files.
	assetVersion string
	// tokenSum is the SHA-256 of the token, compared in constant time.
	tokenSum [32]byte
	// cookieValue is what the token cookie holds: a digest of the token,
	// so the cookie is always a valid cookie value and the token itself
	// is not stored in the browser.
	cookieValue string
}

// New makes a Server answering from the knowledge base kb returns; kb is
// called once per request and must not return nil once the server is ready.
func New(kb func() *knowledge.Base, opts Options) *Server {
	s := &Server{kb: kb, opts: opts, log: opts.Logger, metrics: opts.Metrics, mux: http.NewServeMux()}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.metrics == nil {
		s.metrics = NewMetrics()
	}
	if s.opts.Now == nil {
		s.opts.Now = time.Now
	}
	s.tokenSum = sha256.Sum256([]byte(opts.Token))
	c := sha256.Sum256([]byte("bujiao web cookie\x00" + opts.Token))
	s.cookieValue = hex.EncodeToString(c[:16])
	s.assetVersion = assetHash()
	s.page = template.Must(template.New("page.html").Funcs(template.FuncMap{
		"inc": func(i int) int { return i + 1 },
	}).ParseFS(assets, "templates/page.html"))

	static, err := fs.Sub(assets, "static")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory
	}
	s.metrics.watchKnowledge(kb, opts.Reload)
	s.route("GET /{$}", true, http.HandlerFunc(s.servePage))
	s.route("GET /answer.txt", true, s.serveRendered(knowledge.FormatText))
	s.route("GET /answer.md", true, s.serveRendered(knowledge.FormatMarkdown))
	s.route("GET /answer.ics", true, s.serveRendered(knowledge.FormatICS))
	s.route("/api/answer", true, http.HandlerFunc(s.serveAPIAnswer))
	s.route("/api/form", true, http.HandlerFunc(s.serveAPIForm))
	s.route("/api/regions", true, http.HandlerFunc(s.serveAPIRegions))
	s.route("GET /healthz", false, http.HandlerFunc(s.serveHealth))
	s.route("GET /readyz", false, http.HandlerFunc(s.serveReady))
	s.route("GET /metrics", true, s.metrics.Handler())
	s.route("GET /static/", false, http.StripPrefix("/static/", staticHandler(static)))
	s.handler = s.outer(s.mux)
	return s
}

// Handler returns the server's handler: every route, with security headers,
// request metrics, logging and panic recovery around it.
func (s *Server) Handler() http.Handler { return s.handler }

// Handle mounts h on the server's mux (for example the Telegram webhook),
// behind the same security headers, metrics and logging. It is NOT behind
// the access token: such callers authenticate themselves (Telegram sends
// its secret header), so h must check whatever it needs.
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// Metrics returns the metrics the server records into.
func (s *Server) Metrics() *Metrics { return s.metrics }

func (s *Server) route(pattern string, auth bool, h http.Handler) {
	if auth {
		h = s.requireToken(h)
	}
	s.mux.Handle(pattern, h)
}

func (s *Server) now() time.Time { return s.opts.Now() }

// securityHeaders go on every response.
var securityHeaders = map[string]string{
	"Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
		"frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
	"X-Content-Type-Options": "nosniff",
	"Referrer-Policy":        "no-referrer",
	"X-Frame-Options":        "DENY",
}

// outer wraps the mux with security headers, metrics, logging and panic
// recovery.
func (s *Server) outer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		for k, v := range securityHeaders {
			w.Header().Set(k, v)
		}
		rec := &recorder{ResponseWriter: w}
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(p))
				if !rec.wrote {
					http.Error(rec, "internal error", http.StatusInternalServerError)
				}
			}
			code := rec.code
			if code == 0 {
				code = http.StatusOK
			}
			route := routeLabel(r.Pattern)
			d := time.Since(start)
			s.metrics.HTTPRequests.WithLabelValues(route, strconv.Itoa(code)).Inc()
			s.metrics.HTTPDuration.WithLabelValues(route).Observe(d.Seconds())
			level := slog.LevelInfo
			if code >= 500 {
				level = slog.LevelError
			}
			s.log.LogAttrs(r.Context(), level, "request", slog.String("method", r.Method), slog.String("route", route),
				slog.Int("status", code), slog.Int64("bytes", rec.bytes), slog.Duration("duration", d))
		}()
		next.ServeHTTP(rec, r)
	})
}

// routeLabel turns a mux pattern into a metric label: the path part of the
// pattern, a bounded set; requests that matched nothing are "unmatched".
func routeLabel(pattern string) string {
	if pattern == "" {
		return "unmatched"
	}
	if _, p, ok := strings.Cut(pattern, " "); ok {
		pattern = p
	}
	return strings.TrimSuffix(pattern, "{$}")
}

// recorder notes the status and size of a response.
type recorder struct {
	http.ResponseWriter
	code  int
	bytes int64
	wrote bool
}

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.code, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(p []byte) (int, error) {
	if !r.wrote {
		r.code, r.wrote = http.StatusOK, true
	}
	n, err := r.ResponseWriter.Write(p)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// authEnabled says whether routes need the token.
func (s *Server) authEnabled() bool { return s.opts.RequireToken || s.opts.Token != "" }

// tokenOK compares a presented token with the configured one in constant
// time (digests of equal length, so not even the length leaks).
func (s *Server) tokenOK(t string) bool {
	if s.opts.Token == "" || t == "" {
		return false
	}
	sum := sha256.Sum256([]byte(t))
	return subtle.ConstantTimeCompare(sum[:], s.tokenSum[:]) == 1
}

func (s *Server) cookieOK(v string) bool {
	if s.opts.Token == "" || v == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(v), []byte(s.cookieValue)) == 1 || s.tokenOK(v)
}

const tokenCookie = "token"

// overHTTPS reports whether the browser reached the page over https: Go
// terminated TLS, the operator said a proxy does, or the proxy says so.
func (s *Server) overHTTPS(r *http.Request) bool {
	if r.TLS != nil || s.opts.BehindHTTPS {
		return true
	}
	if strings.EqualFold(strings.TrimSpace(strings.Split(r.Header.Get("X-Forwarded-Proto"), ",")[0]), "https") {
		return true
	}
	first, _, _ := strings.Cut(r.Header.Get("Forwarded"), ",")
	for _, part := range strings.Split(first, ";") {
		if k, v, ok := strings.Cut(strings.TrimSpace(part), "="); ok && strings.EqualFold(k, "proto") && strings.EqualFold(strings.Trim(v, `"`), "https") {
			return true
		}
	}
	return false
}

// requireToken lets a request through with a valid bearer token or token
// cookie. A GET with ?token=T sets the cookie and redirects to the same URL
// without the token, so it stays out of history, logs and bookmarks.
func (s *Server) requireToken(next http.Handler) http.Handler {
	if !s.authEnabled() {
		return s.refuseProxied(next)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Has("token") {
			if !s.tokenOK(q.Get("token")) {
				s.unauthorized(w, r)
				return
			}
			http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: s.cookieValue, Path: "/", MaxAge: 30 * 24 * 3600,
				HttpOnly: true, Secure: s.overHTTPS(r), SameSite: http.SameSiteStrictMode})
			if r.Method == http.MethodGet || r.Method == http.MethodHead {
				q.Del("token")
				u := *r.URL
				u.RawQuery = q.Encode()
				u.Scheme, u.Host = "", ""
				w.Header().Set("Cache-Control", "no-store")
				http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		if auth := r.Header.Get("Authorization"); auth != "" {
			scheme, tok, _ := strings.Cut(auth, " ")
			if strings.EqualFold(scheme, "Bearer") && s.tokenOK(strings.TrimSpace(tok)) {
				next.ServeHTTP(w, r)
				return
			}
			s.unauthorized(w, r)
			return
		}
		if c, err := r.Cookie(tokenCookie); err == nil && s.cookieOK(c.Value) {
			next.ServeHTTP(w, r)
			return
		}
		s.unauthorized(w, r)
	})
}

// forwardingHeaders are the headers a reverse proxy adds. A server without
// a token trusts whoever can reach its loopback address; a request that
// came through a proxy came from somewhere else.
var forwardingHeaders = []string{"Forwarded", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Real-Ip"}

// Proxied reports whether r carries a header a reverse proxy adds.
func Proxied(r *http.Request) bool {
	for _, h := range forwardingHeaders {
		if _, ok := r.Header[h]; ok {
			return true
		}
	}
	return false
}

// NoTokenBehindProxy is what a server without a token answers a request
// that came through a proxy, and what serve --behind-https says when no
// token is configured.
const NoTokenBehindProxy = "this server has no access token, and this request came through a proxy " +
	"(it carries X-Forwarded-For, X-Forwarded-Proto or Forwarded): anyone the proxy serves could use it. " +
	"Restart bujiao serve with --auth-token-file FILE (a file holding a random token, e.g. openssl rand -hex 24 > FILE)."

// refuseProxied lets through requests that reached a tokenless loopback
// server directly, and refuses (403) those a proxy forwarded: the README's
// own setup puts a TLS proxy in front of 127.0.0.1, and without this check
// the page, the API and /metrics would be open to the internet.
func (s *Server) refuseProxied(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if Proxied(r) {
			w.Header().Set("Cache-Control", "no-store")
			if strings.HasPrefix(r.URL.Path, "/api/") {
				writeJSONError(w, http.StatusForbidden, FieldError{Message: NoTokenBehindProxy})
				return
			}
			http.Error(w, "403 "+NoTokenBehindProxy, http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) unauthorized(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="bujiao"`)
	lang := knowledge.Zh
	if l, ok := knowledge.ParseLang(r.URL.Query().Get("lang")); ok {
		lang = l
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSONError(w, http.StatusUnauthorized, FieldError{Message: tr(lang, "err.unauthorized")})
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, tr(knowledge.Zh, "err.unauthorized")+" / "+tr(knowledge.En, "err.unauthorized")+
		" (Authorization: Bearer …, ?token=…)", http.StatusUnauthorized)
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprint(w, "ok")
	if s.opts.Reload != nil {
		// Still ready: the previous base answers. The line tells whoever
		// looks why their edit is not live.
		if st := s.opts.Reload.Status(); st.Refused() {
			fmt.Fprintf(w, "\nknowledge reload refused since %s: %d errors", st.RefusedSince.UTC().Format(time.RFC3339), st.Errors)
		}
	}
}

// serveReady reports whether requests can be answered: the knowledge base
// is loaded and, with a database, the database answers within 2 seconds.
func (s *Server) serveReady(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if s.kb() == nil {
		http.Error(w, "not ready: knowledge base not loaded", http.StatusServiceUnavailable)
		return
	}
	if s.opts.DB != nil {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := s.opts.DB.Ping(ctx); err != nil {
			s.log.Warn("readiness: database unreachable", "err", err)
			http.Error(w, "not ready: database unreachable", http.StatusServiceUnavailable)
			return
		}
	}
	fmt.Fprint(w, "ok")
	if s.opts.Reload != nil {
		// Still ready: the previous base answers. The line tells whoever
		// looks why their edit is not live.
		if st := s.opts.Reload.Status(); st.Refused() {
			fmt.Fprintf(w, "\nknowledge reload refused since %s: %d errors", st.RefusedSince.UTC().Format(time.RFC3339), st.Errors)
		}
	}
}

// staticHandler serves the embedded assets; their URLs carry a version, so
// they may be cached for a year.
func staticHandler(fsys fs.FS) http.Handler {
	files := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		files.ServeHTTP(w, r)
	})
}

// assetHash is a digest of the static files, put in their URLs.
func assetHash() string {
	h := sha256.New()
	_ = fs.WalkDir(assets, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := assets.ReadFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(data))
		h.Write(data)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:10]
}
