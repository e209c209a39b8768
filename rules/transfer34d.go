package rules

// TreatTransferBackPay: a day in the gap of a job change to another
// pooling area whose gap of 3 months or less ended with the new job
// (transferGapEnded33b): covered if the gap is paid back at the new place
// under 医保办发〔2021〕43号 ① (粤医保规〔2022〕6号 art. 12 for a move
// inside Guangdong) — back-pay under the new place's rules, cover for the
// gap back-dated. Its own reason, so that its text names that route and
// the shared TreatIfBackPaid keeps naming the other routes' sources (e.g.
// Zhejiang art. 28 ¶3). Never "covered" as it stands (audit round 27,
// fix34d).
const TreatTransferBackPay = "transfer-back-pay"
