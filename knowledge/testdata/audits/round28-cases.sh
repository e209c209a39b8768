#!/usr/bin/env bash
# Audit round 28: recheck of AUDIT-ROUND27.md WRONG R27-W1..W5 and MISLEADING R27-M1..M6 (ONE new wording each, 11 runs),
# plus 10 fresh cases (Z1..Z5 zh, E1..E5 en) where a day could wrongly be called covered or a date given as fact.
# Sources for "# expect:": /work/shared/domain.md, /work/shared/law/*.md, /work/shared/seeds/* only. No Go code, diffs,
# history, tests, scenario/KB YAML or held-out sets read. Expectations written before running. Today 2026-12-07.
# ZJ 28 ¶2 employer registration -> 2nd natural month; ¶3 unpaid -> suspended from the 2nd natural month, paid on time ->
#   gap costs reimbursed; ¶4 overdue -> employer bears, lump back-pay -> resume 2nd natural month after payment.
# ZJ 29 ¶1 flexible first enrolment -> 2nd natural month counting the registration month; ¶2 interrupted flexible: gap not
#   covered, resume 3rd natural month counting the payment month. ZJ 30: unemployment fund pays during UI benefit.
# SH 15 / SH7 三(三): stop 次月, restore month after full back-pay, costs while stopped NOT paid; S7: 次月15日.
# SH7 三(四): flexible 6-month wait (personal account from the month after payment), waived if joined within 3 months
#   after benefits stop.
# 43号 ① / GD 12: employee transfer gap <=3 months: back-pay at the new place, from payment month, gap retroactive;
#   ③ gap >3 months: local wait <= 6 months. Guangdong stop/start day, Chengdu, Wuhan, Jiangsu, Beijing rules: NOT FOUND.
BJ=${BJ:-/tmp/bj-audit28}
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }

if [ "${BATCH:-1}" = 1 ]; then
########## Rechecks (one new wording each) ##########
# R27-W1 (ZJ -> GD job change, gap <=3 months ended by the new job). Voice run-on, Ningbo -> Shenzhen.
# expect RW1: Ningbo paid through Apr, May-Jun unpaid (2 months), Shenzhen job from Jul. May unpaid -> suspended from
#   06-01 (ZJ 28 ¶3); 06-03 not covered as is, BUT 43号 ① / GD 12 (national ①): gap 2 months <=3 -> back-pay at Shenzhen,
#   gap benefits retroactive. WRONG if: gap run to today, flat "断缴期间不能报销" with no back-pay route, or 06-03 "covered".
c RW1 "我之前在宁波上班医保交到4月份然后5月6月没上班也没交7月份去深圳新公司上班了6月3号住了几天院现在还能报吗"
# R27-W2 (past bill in a gap, SH -> other city). en, correction halfway, Wuhan.
# expect RW2: Shanghai paid through Jul, Aug-Sep nothing, Wuhan job from Oct 1. Aug unpaid -> stop 09-15 (S7); 09-20 in the
#   stop: not covered as is; 43号 ① back-pay in Wuhan may make the gap retroactive (Wuhan rules NOT FOUND; SH 15 says no) ->
#   hedged. WRONG if the date is read as 2027-09-20, or 09-20 plainly covered. Gap 2 months (Aug-Sep), not to today.
c RW2 "worked in shanghai, paid through july. aug and sep nothing, no job. started a job in wuhan oct 1. had surgery on sep 10 - sorry no, sep 20. can i still get that reimbursed?"
# R27-W3 (ZJ first flexible enrolment). en voice run-on, Ningbo.
# expect RW3: first flexible registration 09-20 -> benefits from the 2nd natural month counting Sep = 10-01 (ZJ 29 ¶1);
#   10-12 and 11-05 covered (if paid). WRONG if start 11-01 / 2027-01-01 or 10-12 "not covered".
c RW3 "ok so im in ningbo never had insurance before registered as self employed flexible worker on sept 20 and paid went to the clinic oct 12 and again nov 5 are both covered"
# R27-W4 (Shanghai "paid up to and including", flexible waiver). zh.
# expect RW4: paid through Aug (incl.), Sep unpaid -> stop 10-15 (S7); 10-03 covered, 10-20 NOT covered. Waiver (SH7 三(四)):
#   flexible within 3 months after the stop (by 2027-01-14) -> no 6-month wait. WRONG if stop later (11-15/12-15) or 10-20 covered.
c RW4 "上海的 单位给我交到8月份（8月也交了） 9月开始就没交了 我想现在以灵活就业自己交 10月3号和10月20号各看了一次病 哪次能报 自己交要等半年吗"
# R27-W5 (ZJ first job, employer registration). en, Jiaxing.
# expect RW5: employer registered 10-30 -> 2nd natural month = 11-01 (ZJ 28 ¶2); 11-10 and 12-02 covered.
#   WRONG if start 12-01 / 2027-01-01 and 11-10 denied.
c RW5 "first job ever, in jiaxing (zhejiang). hr said they did my medical insurance registration on oct 30. i saw a doctor nov 10 and dec 2, are those covered?"
# R27-M1 (Shanghai back-paid by the new employer, restoration date). en.
# expect RM1: Oct-Nov unpaid, new job Dec 1, Oct+Nov back-paid in Dec. Oct unpaid -> stop 11-15 (S7); 11-02 COVERED
#   (before the stop); back-pay in Dec -> restored from the month after = 2027-01-15 (SH7 三(三), S7). Days 11-15..restoration
#   not paid (SH 15). MISLEADING if restoration 12-15 / 11-15; WRONG if 11-02 not covered.
c RM1 "shanghai. no contributions in oct and nov. started a new job dec 1 and they back-paid oct+nov this month. i saw a doctor nov 2 - is that covered? and when is my cover back?"
# R27-M2 (Shanghai planned future gap). zh, two questions at once.
# expect RM2: employed now; quitting, Mar-May 2027 unpaid, job again Jun 2027. Mar unpaid -> stop 2027-04-15 (S7). April
#   surgery: covered before 04-15, not after (ask/split); late-May check-up not covered. Flexible within 3 months of the stop:
#   no wait (SH7 三(四)). MISLEADING if the gap is put in 2026 or the stop is a 2026 date.
c RM2 "我在上海上班 打算明年3月辞职 6月再找新工作 中间3 4 5月都不交 明年4月要做个小手术能报吗 还有5月底去复查能报吗"
# R27-M3 (GD city move, gap 1 month ended by the new job). en, Shenzhen -> Foshan.
# expect RM3: Shenzhen job ended end of Oct (Oct paid), Nov unpaid, Foshan job from Dec 1. GD 12 / 43号 ①: gap 1 month ->
#   back-pay in Foshan, no wait, gap retroactive -> 11-18 can be covered after back-pay. Guangdong stop day NOT FOUND (mark
#   as estimate). MISLEADING if gap run to today, restoration >= 2027, or a stop day stated as fact.
c RM3 "my shenzhen job ended end of october. november no insurance. started in foshan dec 1. is my ER visit on nov 18 covered?"
# R27-M4 (Guangdong stop day stated as fact; employer gone). zh.
# expect RM4: Guangzhou employer closed end of Jul, nothing since Aug (gap ongoing, >3 months). Guangdong stop day NOT FOUND:
#   any stop day must be marked as estimate; 08-20 and 09-15 hedged (likely not covered); new enrolment: local wait <= 6
#   months (43号 ③). MISLEADING if "2026-09-01停止" or similar stated unmarked.
c RM4 "广州的 公司7月底倒闭了 8月开始就没人给我交医保了 8月20号和9月15号都去医院看过 能报吗"
# R27-M5 (Shanghai flexible, months already paid). zh, correction halfway.
# expect RM5: Shanghai first flexible enrolment, paying since Sep continuously (not a waiver case). SH7 三(四): 6 months
#   continuous (Sep..Feb 2027) -> pooled benefits ~2027-03 (day 15 per S7 mapping, hedged); 12-20 NOT covered (personal account
#   usable). MISLEADING if the wait ends 2027-06-15 (paid months ignored); WRONG if 12-20 covered.
c RM5 "上海 灵活就业 从8月开始交的 哦不对 是9月开始交的 一直在交 以前没参过保 12月20号看病能报吗 到底啥时候才能报"
# R27-M6 (ZJ employer overdue, lump back-pay). en.
# expect RM6: Hangzhou employer stopped paying Sep; lump back-pay 11-25. Suspended from 10-01 (ZJ 28 ¶3). If within the tax
#   deadline -> Oct costs reimbursed by the fund; if overdue -> employer bears Oct costs, resume from the 2nd natural month
#   after payment = 12-01 (ZJ 28 ¶4). December covered either way. MISLEADING if "2027-01-01" or December 不确定.
c RM6 "hangzhou. my company stopped paying my insurance in september, the tax office chased them and they paid it all in one go on nov 25. i was in hospital oct 10. and am i covered now in december?"

########## Fresh cases ##########
# expect Z1: Shanghai employee, employer stops paying from Dec (Nov paid). Dec unpaid -> stop 2027-01-15 (S7). Surgery
#   01-10 COVERED; check-up 01-20 NOT covered. WRONG if 01-20 covered (or 01-10 denied).
c Z1 "上海 公司说从12月开始就不给我交社保了 我明年1月10号要住院做手术 1月20号还要复查 还能用医保吗"
# expect Z2: Hangzhou flexible, Jul-Sep unpaid, resumed paying in Oct. ZJ 29 ¶2: 3rd natural month counting Oct = 12-01;
#   November NOT covered, December covered. WRONG if November covered.
c Z2 "杭州灵活就业 7到9月没交 10月份恢复交了 一直交到现在 11月看病能报吗 12月呢"
# expect Z3: Dongguan first job, employer enrolled in Nov, treatment 11-20. Guangdong start rule NOT FOUND -> hedged, no
#   confident date. WRONG if a start day is given as fact and 11-20 plainly covered/not covered.
c Z3 "第一次在东莞上班 公司11月份给我参的保 11月20号看病能报吗"
# expect Z4: Chengdu paid through Mar, then nothing; Shanghai job from Nov, new employer pays Nov. Gap 7 months (>3, 43号 ③
#   local wait <= 6). Shanghai employee: benefits from 次月15日 -> 12-15 (S7); 12-10 NOT covered. WRONG if 12-10 covered.
c Z4 "之前在成都交医保 交到3月 后来一直没工作 11月来上海上班了 新公司11月开始给我交 12月10号看病能报吗"
# expect Z5: Nanjing (Jiangsu), Sep missed, back-paid in Oct, treatment 09-28. Jiangsu rules NOT FOUND -> hedged;
#   WRONG if a confident verdict / stop day given as fact.
c Z5 "南京的 9月份断缴了 10月份补上了 9月28号看的病 能报销吗"
# expect E1: Shanghai, never insured in China, flexible registration 11-10, paid Nov+Dec. SH7 三(四): 6-month wait,
#   pooled fund NOT covering 12-20 (personal account usable from Dec). WRONG if 12-20 covered.
c E1 "moved to shanghai from abroad, never insured in china. registered as a flexible worker nov 10, paid nov and dec. dentist on dec 20, covered?"
# expect E2: Wenzhou, job lost Mar, UI benefit to end Aug (ZJ 30: fund paid premiums), then nothing, flexible paying from
#   Nov. ZJ 30 ¶3 / 29 ¶2: gap not covered (09-05 not covered / hedged), resume 3rd natural month counting Nov = 2027-01-01;
#   12-15 NOT covered; Feb 2027 covered if continuous. WRONG if 12-15 covered.
c E2 "lost my job in wenzhou in march, got unemployment benefits until end of august, then nothing. started paying as a flexible worker in november. doctor visits sep 5 and dec 15, plus planned surgery feb 2027 - which are covered?"
# expect E3: Shanghai job ended end of Aug (Aug paid), Sep-Oct nothing, Guangzhou job Nov 1. Sep unpaid -> stop 10-15 (S7);
#   10-12 COVERED (Shanghai, before the stop). 43号 ① gap 2 months -> back-pay in Guangzhou. WRONG if 10-12 not covered.
c E3 "left my shanghai job at the end of august (august was paid), september and october nothing, started in guangzhou nov 1. had an MRI on oct 12 - covered?"
# expect E4: Beijing, employer stopped paying Oct, quit Nov, ER 11-03. Beijing rules NOT FOUND -> hedged, no confident
#   stop day or verdict. WRONG if a Beijing stop day / verdict is given as fact.
c E4 "beijing. my employer stopped paying contributions in october and i quit in november. i went to the ER on nov 3. is it covered?"
# expect E5: Shanghai first job from 09-15, employer registered/paid from Oct. S7: start 次月15日 -> 11-15; 10-05 NOT covered
#   (SIL 58: registration within 30 days of hire). WRONG if 10-05 covered.
c E5 "first job in shanghai, started sep 15, the company registered me for insurance in october. i went to hospital oct 5 - covered?"
fi

if [ "${BATCH:-1}" = 2 ]; then
########## Batch 2: answers to the assistant's follow-up questions (same first messages) ##########
# RW2 asked "inside the annual enrolment window?" (case misread as resident scheme, 2026-09-10, paying since 07) -> "No".
# expect RW2b: as RW2. WRONG if 09-20 (or the misread 09-10) is called covered, or "since 2026-07" kept as a resumption.
c RW2b "worked in shanghai, paid through july. aug and sep nothing, no job. started a job in wuhan oct 1. had surgery on sep 10 - sorry no, sep 20. can i still get that reimbursed?" "2"
# RM1 asked "new job in another city?" -> "No, the same city".
# expect RM1b: as RM1 (stop 11-15, 11-02 covered, back 2027-01-15).
c RM1b "shanghai. no contributions in oct and nov. started a new job dec 1 and they back-paid oct+nov this month. i saw a doctor nov 2 - is that covered? and when is my cover back?" "2"
# RM3 asked the scheme (and took dec 1 as the treatment day) -> "Employee scheme, working age".
# expect RM3b: as RM3 (gap 1 month, back-pay in Foshan, 11-18 retroactive after back-pay; stop day marked estimate).
c RM3b "my shenzhen job ended end of october. november no insurance. started in foshan dec 1. is my ER visit on nov 18 covered?" "3"
# RM4 asked which year 8月20日 is -> "今年".
# expect RM4b: as RM4 (Guangdong stop day NOT FOUND, marked estimate; days hedged).
c RM4b "广州的 公司7月底倒闭了 8月开始就没人给我交医保了 8月20号和9月15号都去医院看过 能报吗" "1"
# Z3 asked "你断缴了1个月，对吗？" (first enrolment) -> "不对".
# expect Z3b: as Z3 (first enrolment, Guangdong start rule NOT FOUND, hedged).
c Z3b "第一次在东莞上班 公司11月份给我参的保 11月20号看病能报吗" "2"
# Z5 asked the scheme -> "职工医保 在职".
# expect Z5b: as Z5 (Jiangsu NOT FOUND; hedged).
c Z5b "南京的 9月份断缴了 10月份补上了 9月28号看的病 能报销吗" "1"
# E3 asked the scheme (and took nov 1 as the treatment day) -> "Employee scheme, working age".
# expect E3b: as E3 (stop 10-15, 10-12 COVERED).
c E3b "left my shanghai job at the end of august (august was paid), september and october nothing, started in guangzhou nov 1. had an MRI on oct 12 - covered?" "1"
# E4 asked the unit's status -> "Operating normally".
# expect E4b: as E4 (Beijing NOT FOUND; hedged).
c E4b "beijing. my employer stopped paying contributions in october and i quit in november. i went to the ER on nov 3. is it covered?" "1"
fi

if [ "${BATCH:-1}" = 3 ]; then
########## Batch 3: answers to the next follow-up question ##########
# expect RM3c: as RM3 ("who paid / why stopped" -> "employer paid; I changed jobs").
c RM3c "my shenzhen job ended end of october. november no insurance. started in foshan dec 1. is my ER visit on nov 18 covered?" "3" "2"
# expect Z3c: as Z3 ("为什么断缴了" has no first-enrolment option -> typed "我没有断缴 是第一次参保").
c Z3c "第一次在东莞上班 公司11月份给我参的保 11月20号看病能报吗" "2" "我没有断缴 是第一次参保"
# expect Z5c: as Z5 ("谁交的" -> "单位交的，单位欠费没交").
c Z5c "南京的 9月份断缴了 10月份补上了 9月28号看的病 能报销吗" "1" "1"
# expect E3c: as E3 ("who paid / why stopped" -> "employer paid; I changed jobs"): stop 10-15, 10-12 COVERED.
c E3c "left my shanghai job at the end of august (august was paid), september and october nothing, started in guangzhou nov 1. had an MRI on oct 12 - covered?" "1" "2"
fi

if [ "${BATCH:-1}" = 4 ]; then
########## Batch 4: next follow-up answers ##########
# expect RM3d: as RM3 ("another city?" -> "Yes").
c RM3d "my shenzhen job ended end of october. november no insurance. started in foshan dec 1. is my ER visit on nov 18 covered?" "3" "2" "1"
# expect Z5d: as Z5 ("单位现在是什么情况" -> "正常经营").
c Z5d "南京的 9月份断缴了 10月份补上了 9月28号看的病 能报销吗" "1" "1" "1"
# expect E3d: as E3 ("another city?" -> "Yes"): stop 10-15, 10-12 COVERED.
c E3d "left my shanghai job at the end of august (august was paid), september and october nothing, started in guangzhou nov 1. had an MRI on oct 12 - covered?" "1" "2" "1"
fi
