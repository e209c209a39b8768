#!/usr/bin/env bash
# Audit round 31: recheck of AUDIT-ROUND30.md WRONG R30-W1..W3 and MISLEADING R30-M1 (ONE new wording each),
# plus 6 fresh cases (F1-F3 zh, F3 typed in pinyin; F4-F6 en) where a day could wrongly be called covered or a date
# given as fact. Sources for "# expect:": /work/shared/domain.md, /work/shared/law/*.md, /work/shared/seeds/* only.
# No Go code, diffs, history, tests, scenario/KB YAML or held-out sets read. Expectations written before running.
# Today 2026-12-07.
# ZJ 28 ¶2 registration -> 2nd natural month; ZJ 29 ¶2 / ZJ 30 ¶3 flexible resume after gap -> 3rd natural month counting
#   the payment month (¶3: more favourable city rule prevails). SH S6 三(三) / SH 15: stop after the first unpaid month,
#   back-pay restores from the next month, gap costs NOT reimbursed; S7: start/stop/restart on 次月15日.
#   S6 三(四): flexible 6-month wait, waived if joined within 3 months after employee/resident benefits stopped.
#   43号 ① gap <=3 months: back-pay at new place, retroactive, no wait; ③ gap >3 months: local wait <=6 months.
#   GD S10 Art.12 same inside Guangdong. 38号: resident re-enrolment / never continuous -> fixed 3-month wait +1/yr.
#   Nanjing, Beijing, Xi'an, Chengdu, Guangzhou, Shenzhen, Ningbo-specific rules: NOT FOUND.
BJ=${BJ:-/tmp/bj-audit31}
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }

if [ "${BATCH:-1}" = 1 ]; then
########## Rechecks ##########
# R30-W1 (other-city employee -> SH flexible within 3 months, waiver). zh, Nanjing, correction halfway.
# expect RW1: Nanjing employee paid thru Jul (Nanjing stop NOT FOUND); SH flexible from Oct -> within 3 months of the
#   employee stop -> S6 三(四) ¶2 waiver, S7 -> SH benefits from 11-15; 10-08 not SH-covered (Nanjing side unknown,
#   43号 ① back-pay route may apply -> hedge ok); 11-25 covered (or hedged on the waiver). WRONG if Oct payments ignored,
#   gap run to today, a Shanghai stop invented, or 11-25 flat "not covered" from a 6-month wait.
c RW1 "南京单位给我交到8月 哦不对 是交到7月底 然后我回上海了 10月开始自己按灵活就业交 10月8号看过一次病 11月25号又住院 这两次能报吗"
# R30-W2 (employee other city -> Zhejiang employer registration, 2-month gap). zh dialect (东北), Beijing -> Hangzhou.
# expect RW2: Beijing employee thru May, Jun-Jul none (2 months), Hangzhou employer registered 08-20 -> ZJ 28 ¶2 from
#   09-01; 43号 ① no wait. 09-05 COVERED (hedge on transfer ok); 2027-02 operation covered if employer keeps paying.
#   WRONG if registration ignored, gap run to today, 09-05 "not covered", or 9月5号 read as 2027.
c RW2 "俺在北京干到5月底 6月7月啥也没交 8月20号杭州公司给俺上的保险 9月5号看的牙能报不 明年2月还要做个手术能报不"
# R30-W3 (other city -> SH employer, gap > 3 months). en, Xi'an, two questions.
# expect RW3: Xi'an paid thru Feb, Mar-Jul none (5 months) -> Xi'an stop NOT FOUND (say so / estimate); SH employer from
#   Aug -> S7 from 09-15; 43号 ③ local wait <=6 months possible -> 11-12 hedged (or covered with a caveat); 08-28 NOT
#   covered. WRONG if 08-28 covered, or 11-12 flat "not covered" via "employer arrears", or a Shanghai stop invented;
#   MISLEADING if the Xi'an stop is given as fact.
c RW3 "my xi'an job paid insurance until february, then nothing march to july, joined a shanghai company in august and they pay every month. hospital aug 28 and nov 12 - covered? and when did xi'an stop covering me?"
# R30-M1 (SH employee -> Zhejiang employer, no real gap). zh voice run-on, Shaoxing.
# expect RM1: SH employee paid thru Oct -> SH stop 12-15 (S7) -> 11-12 COVERED by Shanghai; Shaoxing employer registered
#   11-10 -> ZJ 28 ¶2 from 12-01 -> 12-03 COVERED. No gap, no back-pay deadline. MISLEADING if a gap is invented, the
#   Shanghai stop is "no local source", or the days are only hedged; WRONG if either day "not covered".
c RM1 "上海公司交到10月我就辞职了11月10号绍兴新公司给我办了参保11月12号在上海看的病12月3号在绍兴又看了一次都能报吗中间算不算断缴"

########## Fresh ##########
# F1 zh Guangzhou employer gone. expect: employer stopped paying from Aug (boss fled); Guangzhou stop rule NOT FOUND ->
#   no Guangzhou date as fact (estimate marked); 09-10 hedged / not covered unless the arrears are paid (SIL 63/86:
#   tax authority orders the employer to pay); 2027-01 surgery: not covered unless arrears paid or he enrols (flexible/
#   new job); channels 12393 / tax. WRONG if 09-10 called covered flatly or a Guangzhou stop given as fact.
c F1 "广州的公司老板跑路了 8月开始就没给我交医保 9月10号我住了院 明年1月还要做手术 能报销吗"
# F2 zh Chengdu resident first enrolment. expect: never insured, enrolled resident scheme in Nov -> 38号: not
#   continuous -> fixed wait 3 months + 1 per broken year (Sichuan detail NOT FOUND); 12-10 hospital NOT covered;
#   earliest date hedged (not before ~2027-03/04). WRONG if 12-10 covered; MISLEADING if an exact date given as fact.
c F2 "我在成都 以前从来没买过医保 今年11月刚交了城乡居民医保 12月10号要住院 能报吗 什么时候开始能报"
# F3 zh typed in pinyin, Ningbo flexible gap that ended. expect: flexible paid thru Jun, Jul-Aug none, resumed Oct
#   (Sep none) -> ZJ 29 ¶2: from the 3rd natural month counting Oct -> 12-01; 09-15 not covered; 11-10 not covered
#   (hedge: ¶3 more favourable Ningbo rule NOT FOUND); 12-20 covered if paying. WRONG if 09-15 or 11-10 covered flatly;
#   gap run to today.
c F3 "wo zai ningbo linghuo jiuye jiao yibao, jiao dao 6 yue, 7 8 9 yue mei jiao, 10 yue kaishi you jiao le. 9 yue 15 hao he 11 yue 10 hao kan bing neng baoxiao ma? 12 yue 20 hao shoushu ne?"
# F4 en Shenzhen -> Guangzhou, 1-month gap inside Guangdong. expect: Shenzhen paid thru Sep, Oct none, Guangzhou employer
#   from Nov -> GD S10 Art.12 / 43号 ①: back-pay, no wait, benefits from the payment month, gap retroactive; 10-20
#   covered only if the gap is back-paid (hedged); 12-10 covered. Exact Guangzhou dates NOT FOUND -> hedged.
#   WRONG if 10-20 covered without back-pay or flat "not covered, can't fix"; a 6-month wait imposed.
c F4 "moved from shenzhen to guangzhou. shenzhen employer paid through september, nothing in october, guangzhou company pays from november. i had a clinic visit oct 20 and have one booked dec 10. covered?"
# F5 en Shanghai employer gone, planned surgery. expect: employer unpaid from Aug -> stop 09-15 (S7); 09-20 and 10-20
#   NOT covered; back-pay by the employer restores from the next month, gap costs not reimbursed (S6 三(三)); enrol as
#   flexible now (within 3 months of 09-15 stop -> waiver) -> Dec payment -> from 2027-01-15; 2027-01-10 surgery NOT
#   covered. WRONG if any of the three days is called covered.
c F5 "my shanghai company closed down, last insurance payment was for july. i went to hospital sep 20 and oct 20, and surgery is planned for jan 10. what's covered?"
# F6 en Hangzhou unemployment benefit ended, gap, flexible resumed. expect: unemployment benefit ended Aug (fund paid
#   premiums thru Aug, ZJ 30 ¶1), Sep-Oct none, flexible from Nov -> ZJ 30 ¶3: 3rd natural month counting Nov ->
#   2027-01-01; 10-05 NOT covered; 12-28 NOT covered; 2027-01-05 covered if paying. WRONG if 12-28 covered.
c F6 "hangzhou. was on unemployment benefit until end of august, then nothing in sep and oct, started paying as flexible worker in november. saw a doctor oct 5, planning an operation dec 28 or maybe jan 5 - which one is covered?"
fi

# Batch 2: follow-up answers only (same first messages; expectations as in batch 1).
if [ "${BATCH:-1}" = 2 ]; then
c RW2b "俺在北京干到5月底 6月7月啥也没交 8月20号杭州公司给俺上的保险 9月5号看的牙能报不 明年2月还要做个手术能报不" "2"
c RW3b "my xi'an job paid insurance until february, then nothing march to july, joined a shanghai company in august and they pay every month. hospital aug 28 and nov 12 - covered? and when did xi'an stop covering me?" "4"
c RM1b "上海公司交到10月我就辞职了11月10号绍兴新公司给我办了参保11月12号在上海看的病12月3号在绍兴又看了一次都能报吗中间算不算断缴" "1"
c F4b "moved from shenzhen to guangzhou. shenzhen employer paid through september, nothing in october, guangzhou company pays from november. i had a clinic visit oct 20 and have one booked dec 10. covered?" "2"
fi

# Batch 3: further follow-up answers only.
if [ "${BATCH:-1}" = 3 ]; then
c RW2c "俺在北京干到5月底 6月7月啥也没交 8月20号杭州公司给俺上的保险 9月5号看的牙能报不 明年2月还要做个手术能报不" "2" "2个月"
c RW3c "my xi'an job paid insurance until february, then nothing march to july, joined a shanghai company in august and they pay every month. hospital aug 28 and nov 12 - covered? and when did xi'an stop covering me?" "4" "1"
fi

# Batch 4: RW2 with the gap placed explicitly in the follow-up (the user's "2个月" in RW2c was counted back from today).
# expect RW2d: as RW2 — ZJ 28 ¶2 from 09-01, 09-05 covered (transfer hedge ok), no employer arrears, no gap to today.
if [ "${BATCH:-1}" = 4 ]; then
c RW2d "俺在北京干到5月底 6月7月啥也没交 8月20号杭州公司给俺上的保险 9月5号看的牙能报不 明年2月还要做个手术能报不" "2" "6月到7月 两个月 8月就有杭州公司交了" "杭州"
fi
