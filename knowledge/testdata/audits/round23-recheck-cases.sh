#!/usr/bin/env bash
# Audit round 23: recheck of round 22 (AUDIT-ROUND22.md: R22-W1, R22-M1..M4) with 3 NEW wordings each, plus 5 fresh cases (N*).
# Sources for "# expect:": /work/shared/domain.md, /work/shared/law/*.md only. No code, diffs, history, tests, scenario/KB YAML read.
# ZJ = 浙江省医疗保障条例 (28 ¶3 unpaid → suspended from 2nd natural month, fund pays if employer pays within tax deadline;
#   28 ¶4 else employer bears, one-time back-pay → resume from 2nd natural month of back-pay; 29 ¶2 flexible resumes 3rd natural
#   month counting the payment month; 30 ¶2 unemployed may continue as flexible). SH = 上海市医疗保障条例 15 (costs while stopped not paid);
# SH7 三(三)/三(四) (stop 次月; flexible wait 6 months, waived if joined within 3 months of losing benefits); S7 = 次月15日;
# 43号 = 医保办发〔2021〕43号 (gap ≤3 months back-pay, no wait, retroactive; switch resident↔employee after ≥2 continuous years, gap ≤3 months: same);
# GD = 粤医保规〔2022〕6号 arts. 12–13. Today 2026-12-07 (Mon).
BJ=${BJ:-/tmp/bj-audit23}
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }

########## Batch 1 ##########
## R22-W1: ZJ flexible worker who resumed paying: resumption month ≠ gap start
# expect W1a: pays again from 2026-09 → ZJ 29 ¶2 covered from 2026-11-01; this week covered (if monthly payment continues). NOT "断缴期间不能报销".
c W1a "宁波 灵活就业 之前断了3个月 9月份又开始交了 这周去医院能报吗"
# expect W1b: paying again from 2026-11 → ZJ 29 ¶2 covered from 2027-01-01; next week (12-14..12-20) NOT covered.
c W1b "zhejiang flexible worker in hangzhou, stopped paying for a few months, back to paying since november. can i see a doctor next week on insurance?"
# expect W1c: resumed 2026-10 → covered from 2026-12-01; 12-20 covered (if still paying). NOT "断缴期间".
c W1c "绍兴 自由职业自己交医保 中间停了半年 从十月份恢复交了 12月20号想做个手术"

## R22-M1: leaver whose former employer owes — must not be answered as a current employee
# expect M1a: first unpaid 2026-05 → ZJ 28 ¶3 suspended from 2026-06-01; left June, now without a job → own cover ended; continue as flexible (ZJ 30 ¶2); no "在职/应由单位补缴…恢复" only.
c M1a "之前在嘉兴那个公司上班 6月离开的 离开前5月6月公司没给交医保 现在没上班 我的医保怎么办"
# expect M1b: first unpaid 2026-08 → stop 2026-09-15 (S7); not covered now; join as flexible within 3 months of the stop (by ~12-14) → no 6-month wait (SH7 三(四)). Not "your employer must pay … resumes".
c M1b "my old boss in shanghai never paid my medical for my last 2 months there, i stopped working there in september. not working now, what happens to my insurance?"
# expect M1c: first unpaid 2026-07 → suspended 2026-08-01 (ZJ 28 ¶3); freelancing now → flexible enrolment (ZJ 29/30); not "your employer must pay … resumes".
c M1c "ex-employer in ningbo owes 4 months of medical from before i resigned in october, i'm freelancing now. what should i do"

## R22-M2: already paid / paying again must not be dropped
# expect M2a: employer paid within the tax deadline → ZJ 28 ¶3: fund pays the September visit. Not "employer must pay / resumes 2027".
c M2a "hangzhou, company missed august and september but settled all of it before the tax office deadline in october. can i claim my september doctor visit?"
# expect M2b: gap = 2026-09 only (1 month) → 43号 / GD 12: back-pay, no wait, retroactive. Not a 4–5 month gap from 08.
c M2b "guangzhou, old job ended july 31 but paid through july, new employer pays from october 1, so only september is missing. surgery next week"
# expect M2c: Oct arrears paid in full in Nov → ZJ 28 ¶3 (fund) or ¶4 (resume from 2nd natural month of back-pay = 12-01); 12-15 covered.
c M2c "温州 公司之前欠了10月的医保 11月已经补齐了 12月15号住院能报吗"

## R22-M3: resident → employee switch (43号 ②)
# expect M3a: 3 years continuous resident + gap Jan–Feb 2027 (2 months ≤3) → 43号 ②: back-pay, no waiting, retroactive. Not "3年断保" or a resident waiting period.
c M3a "我在杭州交了三年城乡居民医保 明年3月入职 单位给交职工医保 1月2月会空两个月 要等多久才能用"
# expect M3b: 5 years continuous, gap 0 → no waiting (43号 ②). Not "5 years without cover".
c M3b "switching from resident insurance (5 years, never missed) to my employer's plan in shanghai from january, is there a waiting period?"
# expect M3c: resident since 2022 (≥2 years), job Feb 2027 → if 2027 resident not paid, gap = Jan (1 month ≤3) → GD 13 / 43号 ②: back-pay, no wait. Not "years without cover 4".
c M3c "wife has had guangzhou resident medical since 2022, she starts a job with employee insurance in february 2027, should she still pay resident for 2027?"

## R22-M4: past treatment day must not move to next year
# expect M4a: first unpaid 2026-04 → stop 2026-05-15 (S7); 2026-05-10 before the stop → covered. Judged as 2026-05-10, not 2027.
c M4a "left my shanghai job end of may, company didn't pay april or may. went to the ER on may 10, can i get it reimbursed?"
# expect M4b: first unpaid 2026-09 → suspended 2026-10-01 (ZJ 28 ¶3); 2026-10-03 not "covered" (fund only if employer pays in time, else employer). Not 2027-10-03.
c M4b "i was in hospital in hangzhou on october 3, my employer stopped paying in september. will the insurance pay?"
# expect M4c: first unpaid 2026-08 → stop 2026-09-15; 2026-09-20 NOT covered (SH 15), even after back-pay. Not 2027.
c M4c "上海 公司8月开始没交 我9月20号去看过病 能报吗"

## Fresh: days that could wrongly be called covered
# expect N1: former employer, Aug+Sep unpaid before leaving end Sep → stop 2026-09-15; 09-18 NOT covered (SH 15).
c N1 "上海 9月底离职 离职前8月9月公司都没交 9月18号住院了 能报吗"
# expect N2: resumption month 2026-10 → ZJ 29 ¶2 covered from 2026-12-01; 11-20 NOT covered.
c N2 "ningbo flexible, missed june to september, paid again from october. my hospital visit on november 20, is it covered?"
# expect N3: past visit; first unpaid 2026-10 → stop 2026-11-15; 2026-11-20 NOT covered.
c N3 "shanghai, my employer hasn't paid since october. i saw a doctor on nov 20, covered?"
# expect N4: range; first unpaid 2026-09 → suspended 2026-10-01; 10-25..11-03 all in suspension: not plainly "可以报销" (ZJ 28 ¶3/¶4).
c N4 "杭州 公司9月起没交医保 我10月25号到11月3号住院 能报销吗"
# expect N5: range; first unpaid 2026-11 → stop 2026-12-15; 12-10..12-14 covered, 12-15..12-20 NOT covered.
c N5 "shanghai, company skipped november, i'm in hospital from dec 10 to dec 20"

########## Batch 2 (continuations of cases that stopped at a question; one extra R22-M2 wording) ##########
# expect W1b2: "back to paying since november" kept → covered from 2027-01-01 (ZJ 29 ¶2); next week NOT covered.
c W1b2 "zhejiang flexible worker in hangzhou, stopped paying for a few months, back to paying since november. can i see a doctor next week on insurance?" "3 months"
# expect M2b2: facts give Aug+Sep unpaid (paid through July, new from Oct): gap 2 months ≤3 → 43号 / GD 12: back-pay, no wait, retroactive; surgery next week covered once paid.
c M2b2 "guangzhou, old job ended july 31 but paid through july, new employer pays from october 1, so only september is missing. surgery next week" "2"
# expect M2c2: "欠了10月" = 1 month, not 10; paid in Nov → 12-15 covered (ZJ 28 ¶3/¶4).
c M2c2 "温州 公司之前欠了10月的医保 11月已经补齐了 12月15号住院能报吗" "不对" "1个月"
# expect M3a2: gap 2 months ≤3, 3 years continuous → 43号 ②: no waiting, back-pay, retroactive.
c M3a2 "我在杭州交了三年城乡居民医保 明年3月入职 单位给交职工医保 1月2月会空两个月 要等多久才能用" "2个月"
# expect M3b2: employee scheme from January after 5 continuous resident years, no gap → no waiting (43号 ②); not a resident waiting period.
c M3b2 "switching from resident insurance (5 years, never missed) to my employer's plan in shanghai from january, is there a waiting period?" "no"
# expect M3c2: no resident waiting period; switch with gap ≤3 months after ≥2 years → 43号 ② / GD 13.
c M3c2 "wife has had guangzhou resident medical since 2022, she starts a job with employee insurance in february 2027, should she still pay resident for 2027?" "no break"
# expect N1b: owed months = 2 (Aug, Sep), not 9; stop 2026-09-15; 09-18 NOT covered (SH 15).
c N1b "上海 9月底离职 离职前8月9月公司都没交 9月18号住院了 能报吗" "从今年8月起"
# expect M2d: Oct unpaid → suspended 2026-11-01; paid within the tax deadline → ZJ 28 ¶3: fund pays the 11-20 stay. Not "employer must pay / 2027".
c M2d "ningbo, my employer fell behind on october but paid it all back on december 1, within the tax office deadline. hospital on november 20, will the fund pay?"

########## Batch 3 (continuations) ##########
# expect W1b3: resumed 2026-11 → ZJ 29 ¶2 covered from 2027-01-01; next week (12-14..12-20) NOT covered.
c W1b3 "zhejiang flexible worker in hangzhou, stopped paying for a few months, back to paying since november. can i see a doctor next week on insurance?" "3 months" "november"
# expect M2c3: 1 month owed (Oct), paid in Nov → 12-15 covered (ZJ 28 ¶3 in deadline, or ¶4 resume 12-01).
c M2c3 "温州 公司之前欠了10月的医保 11月已经补齐了 12月15号住院能报吗" "不对" "1个月" "正常经营"
# expect M3c3: no resident waiting period for a continuously enrolled resident; the switch in Feb 2027 falls under 43号 ② / GD 13 (gap ≤3 months after ≥2 years).
c M3c3 "wife has had guangzhou resident medical since 2022, she starts a job with employee insurance in february 2027, should she still pay resident for 2027?" "no break" "yes"
