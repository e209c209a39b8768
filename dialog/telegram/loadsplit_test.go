package telegram

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime/trace"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// cpuByLabel sums a CPU profile (the gzipped protobuf runtime/pprof
// writes) by the value of one label: the CPU time of the samples taken in
// goroutines carrying key=value, under value; samples without the label
// under "". Just enough of profile.proto to read sample values and labels:
// Profile.sample = 2, Profile.string_table = 6; Sample.value = 2 (the
// second value is CPU nanoseconds), Sample.label = 3; Label.key = 1,
// Label.str = 2.
func cpuByLabel(data []byte, key string) (map[string]time.Duration, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	type sample struct {
		ns     int64
		labels [][2]int64 // key, str (string table indexes)
	}
	var (
		samples []sample
		strs    []string
	)
	err = pbFields(raw, func(num, _ int, _ uint64, b []byte) error {
		switch num {
		case 2:
			var s sample
			var vals []int64
			err := pbFields(b, func(num, wire int, v uint64, b []byte) error {
				switch {
				case num == 2 && wire == 0:
					vals = append(vals, int64(v))
				case num == 2 && wire == 2:
					for len(b) > 0 {
						x, n := binary.Uvarint(b)
						if n <= 0 {
							return errors.New("bad packed value")
						}
						vals = append(vals, int64(x))
						b = b[n:]
					}
				case num == 3:
					var kv [2]int64
					err := pbFields(b, func(num, _ int, v uint64, _ []byte) error {
						if num == 1 || num == 2 {
							kv[num-1] = int64(v)
						}
						return nil
					})
					if err != nil {
						return err
					}
					s.labels = append(s.labels, kv)
				}
				return nil
			})
			if err != nil {
				return err
			}
			if len(vals) >= 2 {
				s.ns = vals[1]
			}
			samples = append(samples, s)
		case 6:
			strs = append(strs, string(b))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	str := func(i int64) string {
		if i < 0 || int(i) >= len(strs) {
			return ""
		}
		return strs[i]
	}
	out := map[string]time.Duration{}
	for _, s := range samples {
		v := ""
		for _, kv := range s.labels {
			if str(kv[0]) == key {
				v = str(kv[1])
			}
		}
		out[v] += time.Duration(s.ns)
	}
	return out, nil
}

// pbFields calls fn for each field of a protobuf message: its number, wire
// type, and value (varint and fixed) or bytes (length-delimited).
func pbFields(b []byte, fn func(num, wire int, v uint64, b []byte) error) error {
	for len(b) > 0 {
		tag, n := binary.Uvarint(b)
		if n <= 0 {
			return errors.New("bad tag")
		}
		b = b[n:]
		num, wire := int(tag>>3), int(tag&7)
		var (
			v   uint64
			sub []byte
		)
		switch wire {
		case 0:
			v, n = binary.Uvarint(b)
			if n <= 0 {
				return errors.New("bad varint")
			}
			b = b[n:]
		case 1:
			if len(b) < 8 {
				return errors.New("short fixed64")
			}
			v, b = binary.LittleEndian.Uint64(b), b[8:]
		case 2:
			l, n := binary.Uvarint(b)
			if n <= 0 || uint64(len(b)-n) < l {
				return errors.New("bad length")
			}
			sub, b = b[n:n+int(l)], b[n+int(l):]
		case 5:
			if len(b) < 4 {
				return errors.New("short fixed32")
			}
			v, b = uint64(binary.LittleEndian.Uint32(b)), b[4:]
		default:
			return errors.New("unknown wire type")
		}
		if err := fn(num, wire, v, sub); err != nil {
			return err
		}
	}
	return nil
}

// TestCPUByLabel reads a profile written by hand in the form runtime/pprof
// writes: two samples labelled part=bot and part=harness, one unlabelled.
func TestCPUByLabel(t *testing.T) {
	field := func(num int, b []byte) []byte {
		out := binary.AppendUvarint(nil, uint64(num)<<3|2)
		out = binary.AppendUvarint(out, uint64(len(b)))
		return append(out, b...)
	}
	varint := func(num int, v uint64) []byte {
		return binary.AppendUvarint(binary.AppendUvarint(nil, uint64(num)<<3), v)
	}
	packed := func(vs ...uint64) []byte {
		var b []byte
		for _, v := range vs {
			b = binary.AppendUvarint(b, v)
		}
		return b
	}
	sample := func(ns uint64, label []byte) []byte {
		s := append(field(1, packed(7)), field(2, packed(1, ns))...)
		if label != nil {
			s = append(s, field(3, label)...)
		}
		return field(2, s)
	}
	label := func(k, v uint64) []byte { return append(varint(1, k), varint(2, v)...) }
	var p []byte
	p = append(p, sample(10_000_000, label(1, 2))...)
	p = append(p, sample(20_000_000, label(1, 3))...)
	p = append(p, sample(30_000_000, label(1, 2))...)
	p = append(p, sample(5_000_000, nil)...)
	p = append(p, varint(9, 12345)...) // a field read past
	for _, s := range []string{"", "part", "bot", "harness"} {
		p = append(p, field(6, []byte(s))...)
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(p)
	zw.Close()
	got, err := cpuByLabel(z.Bytes(), "part")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]time.Duration{"bot": 40 * time.Millisecond, "harness": 20 * time.Millisecond, "": 5 * time.Millisecond}
	if !maps.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if _, err := cpuByLabel(z.Bytes()[:z.Len()/2], "part"); err == nil {
		t.Fatal("a cut profile read without error")
	}
}

// startLoadTrace writes a runtime trace of a load run to
// BUJIAO_LOAD_TRACE/<name>.trace when that is set (where the process
// sleeps and what wakes it: `go tool trace -pprof=sync|sched|net`, or the
// wakes counted by stack); the function returned stops it.
func startLoadTrace(t testing.TB, name string) func() {
	dir := os.Getenv("BUJIAO_LOAD_TRACE")
	if dir == "" {
		return func() {}
	}
	f, err := os.Create(filepath.Join(dir, name+".trace"))
	if err != nil {
		t.Fatal(err)
	}
	if err := trace.Start(f); err != nil {
		t.Fatal(err)
	}
	return func() {
		trace.Stop()
		f.Close()
	}
}

// taskSleeps is threadSleeps by thread, with the thread's name.
func taskSleeps() map[string]int64 {
	out := map[string]int64{}
	dirs, _ := os.ReadDir("/proc/self/task")
	for _, d := range dirs {
		b, err := os.ReadFile("/proc/self/task/" + d.Name() + "/status")
		if err != nil {
			continue
		}
		for line := range strings.SplitSeq(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "voluntary_ctxt_switches:"); ok {
				x, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
				out[d.Name()] = x
			}
		}
	}
	return out
}

// logTaskSleeps logs the run's thread sleeps by thread, most first
// (BUJIAO_LOAD_TASKS=1): the runtime's sysmon is one thread among them.
func logTaskSleeps(t testing.TB, name string, before map[string]int64) {
	if os.Getenv("BUJIAO_LOAD_TASKS") != "1" {
		return
	}
	type ts struct {
		id string
		n  int64
	}
	var l []ts
	for id, n := range taskSleeps() {
		l = append(l, ts{id, n - before[id]})
	}
	slices.SortFunc(l, func(a, b ts) int { return int(b.n - a.n) })
	t.Logf("%s: thread sleeps by thread: %v", name, l[:min(len(l), 8)])
}
