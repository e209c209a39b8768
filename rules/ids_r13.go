package rules

// NoteRepayAssumed: the years of a resident's break to pay back were not
// given; none is counted, and the answer says so (audit round 13 n30: `ask
// --scheme resident --broken-years 1` without --repay-years). Set by whoever
// answers a case without asking (ask, the page, the API), as RegionAssumed.
const NoteRepayAssumed = "repay-assumed"
