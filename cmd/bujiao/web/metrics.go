package web

import (
	"net/http"
	"sync"

	"bujiao/knowledge"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are bujiao's Prometheus metrics, kept in their own registry (never
// the global one) so tests and several servers in one process do not clash.
// The exported counters are for other surfaces (dialog, FAQ) to increment;
// the web server fills the answer and HTTP metrics itself. The bot keeps
// its own metrics (dialog/telegram.Metrics) in this registry.
type Metrics struct {
	// Answers counts answers given, by verdict and by the region whose
	// rules answered (a bounded set: the knowledge base's region IDs).
	Answers *prometheus.CounterVec
	// HTTPRequests counts requests by route pattern and status code.
	HTTPRequests *prometheus.CounterVec
	// HTTPDuration observes request latency by route pattern.
	HTTPDuration *prometheus.HistogramVec

	// DialogTurns counts conversation turns handled (chat and Telegram).
	DialogTurns prometheus.Counter
	// FAQ counts FAQ look-ups by result, "hit" or "miss"; see FAQHit and
	// FAQMiss.
	FAQ *prometheus.CounterVec

	reg    *prometheus.Registry
	kbOnce sync.Once
}

// NewMetrics creates the metrics in a fresh registry, together with the Go
// runtime and process collectors.
func NewMetrics() *Metrics {
	m := &Metrics{
		Answers: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bujiao_answers_total", Help: "Answers given, by verdict and region.",
		}, []string{"verdict", "region"}),
		HTTPRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bujiao_http_requests_total", Help: "HTTP requests, by route and status code.",
		}, []string{"route", "code"}),
		HTTPDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "bujiao_http_request_duration_seconds", Help: "HTTP request latency, by route.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"route"}),
		DialogTurns: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bujiao_dialog_turns_total", Help: "Conversation turns handled.",
		}),
		FAQ: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bujiao_faq_total", Help: "FAQ look-ups, by result (hit or miss).",
		}, []string{"result"}),
		reg: prometheus.NewRegistry(),
	}
	// Both FAQ results exist from the start, so rates work before the
	// first miss.
	m.FAQ.WithLabelValues("hit")
	m.FAQ.WithLabelValues("miss")
	m.reg.MustRegister(m.Answers, m.HTTPRequests, m.HTTPDuration, m.DialogTurns, m.FAQ,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// FAQHit counts an FAQ question that found an answer.
func (m *Metrics) FAQHit() { m.FAQ.WithLabelValues("hit").Inc() }

// FAQMiss counts an FAQ question that found none.
func (m *Metrics) FAQMiss() { m.FAQ.WithLabelValues("miss").Inc() }

// Registry returns the metrics' own registry, for registering more
// collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// knowledgeCollector exports which knowledge base answers
// (bujiao_knowledge_info{version}) and how many reloads were refused
// (bujiao_knowledge_reload_failures_total).
type knowledgeCollector struct {
	kb     func() *knowledge.Base
	reload Reloader
	info   *prometheus.Desc
	fails  *prometheus.Desc
}

func (c *knowledgeCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.info
	ch <- c.fails
}

func (c *knowledgeCollector) Collect(ch chan<- prometheus.Metric) {
	if b := c.kb(); b != nil {
		ch <- prometheus.MustNewConstMetric(c.info, prometheus.GaugeValue, 1, b.Version.String())
	}
	var n uint64
	if c.reload != nil {
		n = c.reload.Failures()
	}
	ch <- prometheus.MustNewConstMetric(c.fails, prometheus.CounterValue, float64(n))
}

// watchKnowledge registers the knowledge metrics once per registry (a
// second server on the same Metrics reuses the first's).
func (m *Metrics) watchKnowledge(kb func() *knowledge.Base, reload Reloader) {
	m.kbOnce.Do(func() {
		m.reg.MustRegister(&knowledgeCollector{kb: kb, reload: reload,
			info: prometheus.NewDesc("bujiao_knowledge_info", "The knowledge base answering, by version (hash and newest checked_on).",
				[]string{"version"}, nil),
			fails: prometheus.NewDesc("bujiao_knowledge_reload_failures_total",
				"Knowledge reloads refused because lint or a scenario failed; the previous base kept answering.", nil, nil),
		})
	})
}
