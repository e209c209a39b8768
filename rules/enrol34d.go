package rules

// StepUnitRegistered: a first job whose employer has already registered
// the person on a day told ("公司11月16号给我办的医保参保"): no "ask the
// employer to register you" first; check the record shows the
// registration and the monthly payments from that month (SIL art. 58,
// SIHR art. 32; audit round 27 Z1, fix34d).
const StepUnitRegistered = "unit-registered"

// StepSelfRegistered: the same for someone who registered themselves
// ("signed up as a freelancer on nov 15"): no "register yourself" first;
// check the record shows the registration, and pay every month.
const StepSelfRegistered = "self-registered"
