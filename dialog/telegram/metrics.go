package telegram

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"bujiao/dialog"
	"bujiao/dialog/persist"
)

// Metrics are the bot's own Prometheus metrics: Bot API calls by method and
// outcome, the message budget and how much of it the last second used,
// parked updates, and what turns did. A nil *Metrics counts nothing.
type Metrics struct {
	calls   *prometheus.CounterVec
	budget  prometheus.Gauge
	parks   prometheus.Counter
	inlineQ *prometheus.CounterVec
	picked  *prometheus.CounterVec
	remind  *prometheus.CounterVec
	onTurn  func(events []dialog.Event)
	taken   *prometheus.CounterVec
	thrott  prometheus.Counter
	damaged prometheus.Gauge
	backlog atomic.Pointer[func() (persist.Backlog, error)]
	mu      sync.Mutex
	recent  []time.Time // message-class calls in the last second
	nowFunc func() time.Time
}

// NewMetrics registers the bot's metrics with reg. onTurn, if set, is
// called with the events of every applied turn (answers and FAQ counts
// kept elsewhere).
func NewMetrics(reg prometheus.Registerer, onTurn func(events []dialog.Event)) *Metrics {
	m := &Metrics{
		calls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bujiao_telegram_calls_total",
			Help: "Bot API calls, by method and outcome (ok, retry_after, transient, blocked, refused, ...).",
		}, []string{"method", "outcome"}),
		budget: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "bujiao_telegram_budget_messages_per_second",
			Help: "Message-class calls (sends and edits) allowed per second overall.",
		}),
		parks: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bujiao_telegram_parked_updates_total",
			Help: "Updates parked: malformed, or a turn that could not be applied.",
		}),
		inlineQ: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bujiao_telegram_inline_queries_total",
			Help: "Inline queries answered, by what they found (answer, missing, no_facts, empty, too_long; dropped: not answered in time).",
		}, []string{"result"}),
		picked: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bujiao_telegram_inline_chosen_total",
			Help: "Inline results picked and posted, by kind (answer, missing, continue, hint); needs /setinlinefeedback.",
		}, []string{"kind"}),
		remind: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bujiao_reminders_total",
			Help: "Reminders by what happened: offered, set, sent, done, later, cancelled, dropped (the person blocked the bot), held (quiet hours).",
		}, []string{"event"}),
		taken: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bujiao_telegram_claims_taken_over_total",
			Help: "Inbox entries and outbox messages taken over from another owner whose lease lapsed, by queue.",
		}, []string{"queue"}),
		thrott: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bujiao_telegram_sends_throttled_total",
			Help: "Sends and edits Telegram refused with 429 (retried after retry_after).",
		}),
		damaged: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "bujiao_store_damaged",
			Help: "1 once the store failed its integrity check: nothing is confirmed to Telegram until it is repaired.",
		}),
		onTurn:  onTurn,
		nowFunc: time.Now,
	}
	gauge := func(name, help string, get func(persist.Backlog) int64) prometheus.Collector {
		return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, func() float64 {
			f := m.backlog.Load()
			if f == nil {
				return 0
			}
			b, err := (*f)()
			if err != nil {
				return -1
			}
			return float64(get(b))
		})
	}
	reg.MustRegister(m.taken, m.thrott, m.damaged,
		gauge("bujiao_inbox_waiting", "Inbox entries due and not yet applied (-1: the store cannot be read).",
			func(b persist.Backlog) int64 { return b.InboxWaiting }),
		gauge("bujiao_inbox_scheduled", "Inbox entries not yet due (reminders).",
			func(b persist.Backlog) int64 { return b.InboxScheduled }),
		gauge("bujiao_inbox_parked", "Inbox entries that could not be applied.",
			func(b persist.Backlog) int64 { return b.InboxParked }),
		gauge("bujiao_outbox_waiting", "Messages not yet sent (-1: the store cannot be read).",
			func(b persist.Backlog) int64 { return b.OutboxWaiting }))
	used := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "bujiao_telegram_budget_used_messages",
		Help: "Message-class calls made in the last second.",
	}, func() float64 { return float64(m.lastSecond()) })
	reg.MustRegister(m.calls, m.budget, m.parks, m.inlineQ, m.picked, m.remind, used)
	return m
}

var outcomes = map[class]string{
	classOK: "ok", classRetryAfter: "retry_after", classTransient: "transient", classBlocked: "blocked",
	classBadHTML: "bad_html", classNotModified: "not_modified", classEditGone: "edit_gone",
	classConflict: "conflict", classPermanent: "refused",
}

func (m *Metrics) call(method string, c class) {
	if m == nil {
		return
	}
	m.calls.WithLabelValues(method, outcomes[c]).Inc()
}

// webhookReply counts a call made by answering a webhook request with it:
// Telegram makes it, and does not say how it went.
func (m *Metrics) webhookReply(method string) {
	if m == nil {
		return
	}
	m.calls.WithLabelValues(method, "webhook_reply").Inc()
}

func (m *Metrics) setBudget(perSecond float64) {
	if m != nil {
		m.budget.Set(perSecond)
	}
}

// SetBacklog sets where the backlog gauges read from.
func (m *Metrics) SetBacklog(f func() (persist.Backlog, error)) {
	if m != nil {
		m.backlog.Store(&f)
	}
}

func (m *Metrics) takenOver(queue string) {
	if m != nil {
		m.taken.WithLabelValues(queue).Inc()
	}
}

func (m *Metrics) throttled() {
	if m != nil {
		m.thrott.Inc()
	}
}

func (m *Metrics) setDamaged() {
	if m != nil {
		m.damaged.Set(1)
	}
}

func (m *Metrics) parked() {
	if m != nil {
		m.parks.Inc()
	}
}

func (m *Metrics) inline(result string) {
	if m != nil {
		m.inlineQ.WithLabelValues(result).Inc()
	}
}

func (m *Metrics) chosen(kind string) {
	if m != nil {
		m.picked.WithLabelValues(kind).Inc()
	}
}

// reminders counts the reminder events of a turn (or a drop).
func (m *Metrics) reminders(events []dialog.Event) {
	if m == nil {
		return
	}
	for _, e := range events {
		if e.Kind == dialog.EvReminder {
			m.remind.WithLabelValues(e.Question).Inc()
		}
	}
}

func (m *Metrics) turn(events []dialog.Event) {
	if m != nil && m.onTurn != nil {
		m.onTurn(events)
	}
}

// message notes a message-class call for the budget-in-use gauge.
func (m *Metrics) message() {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.nowFunc()
	m.recent = append(m.recent, now)
	m.trim(now)
}

func (m *Metrics) trim(now time.Time) {
	i := 0
	for i < len(m.recent) && now.Sub(m.recent[i]) > time.Second {
		i++
	}
	m.recent = append(m.recent[:0], m.recent[i:]...)
}

func (m *Metrics) lastSecond() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.trim(m.nowFunc())
	return len(m.recent)
}
