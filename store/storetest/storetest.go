// Package storetest is the conformance suite of the persistence contract
// (bujiao/dialog/persist): every store runs it from its own tests with
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) persist.Store { … a fresh, empty store … })
//	}
//
// Each subtest opens its own store and closes it when done (the suite calls
// Close; open may register more cleanup with t.Cleanup). The tests use only
// the contract, so a store that passes them can carry the bot. What only
// one store has (SQLite's schema versions, PostgreSQL's restarts) is tested
// next to that store.
//
// Timing: leases are exercised with short real leases (tens of
// milliseconds) and waits several times longer, so a slow machine can
// only make a lease look longer, never shorter; no test asserts a duration.
package storetest

import (
	"context"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// Opener returns a fresh, empty store for one test.
type Opener func(t *testing.T) persist.Store

// Run runs the whole suite against stores made by open.
func Run(t *testing.T, open Opener) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s persist.Store)
	}{
		// The first test is the duplicate probe: two owners working one
		// store at once send nothing twice.
		{"DuplicateProbe", testDuplicateProbe},
		{"ExactlyOnce", testExactlyOnce},
		{"Conflict", testConflict},
		{"OrderPerChat", testOrderPerChat},
		{"InboxLeaseExpiry", testInboxLeaseExpiry},
		{"OutboxClaims", testOutboxClaims},
		{"ClaimOnWrite", testClaimOnWrite},
		{"OutboxLeaseLostMidSend", testOutboxLeaseLostMidSend},
		{"Release", testRelease},
		{"Addressing", testAddressing},
		{"RepliesBeforeBackground", testRepliesBeforeBackground},
		{"Scheduled", testScheduled},
		{"RemindersAfterUpdates", testRemindersAfterUpdates},
		{"ClaimInboxCapped", testClaimInboxCapped},
		{"DropReminders", testDropReminders},
		{"ReminderStats", testReminderStats},
		{"RemindersDue", testRemindersDue},
		{"SettleAndPark", testSettleAndPark},
		{"PendingReplies", testPendingReplies},
		{"Blocked", testBlocked},
		{"Offset", testOffset},
		{"Redaction", testRedaction},
		{"Retention", testRetention},
		{"SweepWithLiveWrites", testSweepWithLiveWrites},
		{"SweepInterrupted", testSweepInterrupted},
		{"Forget", testForget},
		{"ForgetInTurn", testForgetInTurn},
		{"Stats", testStats},
		{"Backlog", testBacklog},
		{"Cases", testCases},
		{"Check", testCheck},
		{"StatementTimeout", testStatementTimeout},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}
