#!/usr/bin/env bash
# Audit round 29: recheck of AUDIT-ROUND28.md WRONG R28-W1..W4 and MISLEADING R28-M1..M4 (ONE new wording each, 8 runs),
# plus 8 fresh cases (Z1..Z4 zh, E1..E4 en) where a day could wrongly be called covered or a date given as fact.
# Sources for "# expect:": /work/shared/domain.md, /work/shared/law/*.md, /work/shared/seeds/* only. No Go code, diffs,
# history, tests, scenario/KB YAML or held-out sets read. Expectations written before running. Today 2026-12-07.
# ZJ 28 ¶2 employer registration -> 2nd natural month (registration month = 1st); ¶3 unpaid -> suspended from the 2nd
#   natural month, paid on time -> gap costs reimbursed; ¶4 overdue -> employer bears, lump back-pay -> resume 2nd natural
#   month after payment. ZJ 29 ¶1 flexible first enrolment -> 2nd natural month; ¶2 interrupted flexible: gap not covered,
#   resume 3rd natural month counting the payment month. ZJ 30 ¶3 same after unemployment benefit.
# SH 15 / SH7 三(三): stop 次月, restore month after full back-pay, costs while stopped NOT paid; S7: 次月15日.
# SH7 三(四): flexible 6-month wait, waived if joined within 3 months after employee/resident benefits stopped.
# 43号 ① / GD 12: employee transfer gap <=3 months: back-pay at the new place, gap retroactive; ③ gap >3 months: local
#   wait <= 6 months. Guangdong stop/start day, Chongqing, Changsha, Beijing, Nanjing rules: NOT FOUND.
BJ=${BJ:-/tmp/bj-audit29}
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }

if [ "${BATCH:-1}" = 1 ]; then
########## Rechecks (one new wording each) ##########
# R28-W1 (ZJ first flexible enrolment). zh voice run-on, Shaoxing, registered Aug.
# expect RW1: ZJ 29 ¶1: registered 08-12 -> 2nd natural month = 09-01; 09-03 and 10-18 COVERED. WRONG if start 2027-01-01
#   / "this month", or either day "not covered"/"not settled" without reason.
c RW1 "我在绍兴之前从来没参过保8月12号去办了灵活就业参保登记当月就交了一直在交9月3号看了门诊10月18号又看了一次这两次都能报吗"
# R28-W2 (ZJ first job, employer registration). en, Huzhou, correction halfway.
# expect RW2: ZJ 28 ¶2: registered 08-28 -> from 09-01; 09-14 and 10-02 COVERED. WRONG if start 2027-01-01 or days unsettled.
c RW2 "my first job ever is in huzhou, the company registered me for medical insurance on aug 25 - no wait, aug 28. i went to the ER sep 14 and again oct 2, covered?"
# R28-W3 (past months of this year read as 2027). zh dialect, Jinhua, flexible interrupted, two questions.
# expect RW3: flexible paid to May, Jun-Aug none, resumed paying in Sep (2026) -> ZJ 29 ¶2: back from 11-01 (3rd natural
#   month counting Sep). 2026-10 NOT covered, 2026-11 covered. WRONG if read as 2027 or Oct "covered".
c RW3 "俺在金华灵活就业自己交医保 交到5月 6 7 8三个月没交 9月又接着交了 10月份看病能报不 11月份呢"
# R28-W4 (SH job ended, gap, GD new job, treatment day in the gap). zh, two questions at once.
# expect RW4: SH job, June paid, Jul-Aug unpaid -> stop 08-15 (S7 次月15日 after the first unpaid month); 07-20 gastroscopy
#   COVERED (before the stop). Gap 2 months (Jul-Aug) -> 43号 ① back-pay in Guangzhou possible. WRONG if 07-20 "not
#   covered", stop 08-01 / 07-01 unmarked, or gap counted to today.
c RW4 "上海公司6月底离职的6月份交了 7月8月没交 9月1号去广州新公司上班了 7月20号做了个胃镜能报吗 另外断的两个月要不要补"
# R28-M1 (SH -> other city, gap, read as resident scheme). en, Changsha.
# expect RM1: employee scheme (employer paid); June unpaid -> stop 07-15 (S7); 07-25 in the stop: not covered as is (SH 15);
#   gap Jun-Jul 2 months -> 43号 ① back-pay in Changsha may make the gap retroactive (Changsha NOT FOUND) -> hedged.
#   MISLEADING if resident scheme or the back-pay route dropped; WRONG if 07-25 plainly covered.
c RM1 "my shanghai employer paid my insurance through may then i quit june and july nothing started a new job in changsha aug 1 i was in hospital jul 25 can that be reimbursed"
# R28-M2 (SH back-pay by new employer, restoration month). zh run-on.
# expect RM2: Sep-Oct unpaid -> stop 10-15 (S7); 10-05 COVERED; back-paid in Nov -> restore 12-15 (month after back-pay,
#   次月15日). Costs 10-15..12-14 not paid (SH 15). MISLEADING if "restored 11-15" or back-pay month ignored.
c RM2 "上海的 9月10月没交医保 11月进了新公司 新公司11月把9月10月都补上了 我10月5号看过病能报吗 什么时候恢复的"
# R28-M3 (first job: today as start floor). zh, Shanghai first job.
# expect RM3: Shanghai, first job, registered and paid from Oct -> S7 次月15日: from 11-15; 11-20 COVERED. MISLEADING if
#   "不早于2026-12-07" or 11-20 "不确定".
c RM3 "第一次上班 上海的公司 10月入职 10月就给我办了医保 10月开始交的 11月20号去医院看病能报吗"
# R28-M4 (other-city stop unmarked; Shanghai new employer). en, Chongqing, gap > 3 months.
# expect RM4: Chongqing stop day NOT FOUND -> must be marked estimate; Shanghai employer pays from Oct -> S7 earliest 11-15;
#   10-28 NOT covered; 11-20 covered unless a transfer wait (43号 ③, gap May-Sep 5 months) applies -> hedged.
#   WRONG if 10-28 covered; MISLEADING if the Chongqing stop is given as fact.
c RM4 "paid in chongqing until april, then nothing. shanghai employer pays since october. doctor oct 28 and nov 20 - covered? and when did chongqing stop covering me"

########## Fresh cases ##########
# expect Z1: Shanghai flexible, first enrolment (never insured), paid from Nov -> 6-month wait (SH7 三(四)), pooled benefits
#   2027-05-15 at the earliest; 2027-03 surgery NOT covered by the pooled fund (personal account only). WRONG if covered.
c Z1 "上海 以前从来没参过保 11月开始灵活就业自己交医保 明年3月要做个手术能报吗"
# expect Z2: Shenzhen employer collapsed, Sep paid, Oct not -> Guangdong stop day NOT FOUND: 11-05 and planned 12-20 must
#   be hedged; route: flexible enrolment or new job, 43号 ① / GD 12 back-pay if gap <=3 months. WRONG if 11-05 "covered"
#   plainly; MISLEADING if a stop day is given as fact.
c Z2 "深圳的公司10月倒闭了 9月社保交了10月没交 11月5号看了病 12月20号还要做手术 能报吗"
# expect Z3: Hangzhou, UI benefit to Jul (premiums paid by UI fund, ZJ 30 ¶1), Aug-Sep none, flexible from Oct -> ZJ 30 ¶3:
#   from 12-01 (3rd natural month counting Oct). 11-03 NOT covered; 12-10 COVERED. WRONG if 11-03 covered.
c Z3 "杭州 失业金领到7月 8月9月啥也没交 10月开始灵活就业交医保了 11月3号和12月10号看病 哪次能报"
# expect Z4: Nanjing employee paid through Aug, moved to Shanghai, flexible from Oct (first time in SH). Nanjing stop NOT
#   FOUND; SH7 三(四) waiver (joined within 3 months after employee benefits stopped) likely -> from 11-15 (S7); 11-10 NOT
#   covered; 11-20 covered only if the waiver applies -> hedged; else 6-month wait. WRONG if 11-10 covered.
c Z4 "南京单位交到8月 9月来上海了 10月在上海开始以灵活就业交医保 11月10号和11月20号看病能报吗"
# expect E1: Shanghai employee, Oct missed, employer back-paid in Nov -> Oct unpaid: stop 11-15 (S7); restore 12-15;
#   checkup 10-20 COVERED; planned surgery 12-20 COVERED. MISLEADING if 10-20 "not covered" or restore 12-01 as fact.
c E1 "shanghai, my employer missed paying october, they paid it all back in november. i had a checkup oct 20 and surgery is planned dec 20. am i fine for both?"
# expect E2: Ningbo employer unpaid since Aug, deadline passed, lump payment 11-20 -> ZJ 28 ¶4: suspended from 09-01; from
#   then the EMPLOYER bears the benefits (not the fund); resume 12-01 (2nd natural month counting Nov). 09-10: employer pays.
#   Jan 5 (2027) COVERED. WRONG if 09-10 "covered by the fund" or "not covered" with no employer liability.
c E2 "company in ningbo hasnt paid my insurance since august the tax office deadline passed and they finally paid everything in one go nov 20 i was in hospital sep 10 and have an appointment jan 5 who pays"
# expect E3: Guangzhou first job from 11-16, registered 11-20; Guangdong start rule NOT FOUND -> 11-25 must be hedged;
#   WRONG if "covered from nov 16/20" as fact; MISLEADING if a start date (or today-floor) is given as fact.
c E3 "first job ever in guangzhou, started nov 16, hr registered me nov 20. got sick nov 25, covered? when does my cover start"
# expect E4: Beijing employee paid through Apr, May-Sep nothing (5 months), Hangzhou job registered 10-01 -> ZJ 28 ¶2: from
#   11-01; 43号 ③ gap >3 months: Hangzhou may set a wait <= 6 months (NOT FOUND) -> 11-08 / 12-15 hedged. WRONG if 11-08
#   plainly not covered for a wrong reason or covered with no caveat at all is MISLEADING at most.
c E4 "left my beijing job end of april (april paid), nothing may through september, new job in hangzhou from oct 1, registered oct 1. dentist nov 8 and knee surgery planned dec 15 - covered?"
fi

if [ "${BATCH:-1}" = 2 ]; then
# Batch 2: only answers to the assistant's follow-up questions; expectations as in batch 1.
# expect RW3b: as RW3 (asked "从哪个月开始恢复缴费" although given): back 2026-11-01; 2026-10 NOT covered; 2026-11 covered.
c RW3b "俺在金华灵活就业自己交医保 交到5月 6 7 8三个月没交 9月又接着交了 10月份看病能报不 11月份呢" "9月"
# expect RM2b: as RM2 ("另一个城市吗" -> same city): stop 10-15; 10-05 COVERED; restore 12-15.
c RM2b "上海的 9月10月没交医保 11月进了新公司 新公司11月把9月10月都补上了 我10月5号看过病能报吗 什么时候恢复的" "2"
# expect RM4b: as RM4 ("why did payments stop" -> changed jobs): 10-28 NOT covered; earliest 11-15; Chongqing stop marked.
c RM4b "paid in chongqing until april, then nothing. shanghai employer pays since october. doctor oct 28 and nov 20 - covered? and when did chongqing stop covering me" "2"
# expect E2b: as E2 ("how long is the gap" -> 3 months Aug-Oct): suspended 09-01, employer bears 09-10, resume 12-01; 2027-01-05 covered.
c E2b "company in ningbo hasnt paid my insurance since august the tax office deadline passed and they finally paid everything in one go nov 20 i was in hospital sep 10 and have an appointment jan 5 who pays" "3 months"
fi

if [ "${BATCH:-1}" = 3 ]; then
# expect RM4c: as RM4 ("another city?" -> yes): 10-28 NOT covered; earliest 11-15 (S7); Chongqing stop marked estimate.
c RM4c "paid in chongqing until april, then nothing. shanghai employer pays since october. doctor oct 28 and nov 20 - covered? and when did chongqing stop covering me" "2" "1"
fi
