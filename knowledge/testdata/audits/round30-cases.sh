#!/usr/bin/env bash
# Audit round 30: recheck of AUDIT-ROUND29.md WRONG R29-W1..W4 and MISLEADING R29-M1 (ONE new wording each, 5 runs),
# plus 4 fresh cases (F1,F2 zh; F3,F4 en) where a day could wrongly be called covered or a date given as fact.
# Sources for "# expect:": /work/shared/domain.md, /work/shared/law/*.md, /work/shared/seeds/* only. No Go code, diffs,
# history, tests, scenario/KB YAML or held-out sets read. Expectations written before running. Today 2026-12-07.
# ZJ 28 ¶2 registration -> 2nd natural month; ¶4 overdue -> employer bears benefits from the 2nd natural month of arrears,
#   lump back-pay -> resume 2nd natural month counting the payment month. ZJ 29 ¶1 flexible first enrolment -> 2nd month.
# SH 15 / S7: stop 次月15日 after the first unpaid month; restore after back-pay; SH7 三(四) flexible 6-month wait, waived
#   if joined within 3 months after employee benefits stopped. 43号 ① gap <=3 months: back-pay at new place, retroactive;
#   ③ gap >3 months: local wait <=6 months. Guangdong, Wuhan, Suzhou, Tianjin, Chengdu rules: NOT FOUND.
BJ=${BJ:-/tmp/bj-audit30}
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }

if [ "${BATCH:-1}" = 1 ]; then
########## Rechecks ##########
# R29-W1 (SH -> other city, 2-month gap, back-pay route). zh voice run-on, Wuhan.
# expect RW1: SH employee paid thru Jul, Aug-Sep none -> stop 09-15 (S7); 09-20 in the stop: not covered as is; gap Aug-Sep
#   2 months -> 43号 ① back-pay in Wuhan may make it retroactive (Wuhan NOT FOUND) -> hedged. WRONG if gap run to today,
#   back-pay route dropped with a flat "not covered", or 10-01 job start read as a treatment day and judged.
c RW1 "我原来在上海上班单位交到7月8月9月都没交10月1号去武汉新单位上班了9月20号住过院那次能报吗断的那俩月咋办"
# R29-W2 (other-city employee -> SH flexible within 3 months, waiver). en, Suzhou, correction halfway.
# expect RW2: Suzhou employee paid thru Jul (Suzhou stop NOT FOUND); SH flexible from Sep -> SH7 三(四) waiver (within 3
#   months) -> S7 from 10-15; 09-20 NOT covered; 10-25 covered (or hedged on the waiver). WRONG if Sep payments ignored,
#   a Shanghai stop invented, or 10-25 flat "not covered" from a 6-month wait.
c RW2 "employer in suzhou paid until june - sorry, until july. moved to shanghai, started paying myself as flexible worker from september. doctor sep 20 and oct 25, covered?"
# R29-W3 (past month read as 2027). en, Tianjin -> Ningbo, two questions.
# expect RW3: Tianjin employee thru Jun, Jul-Aug none (2 months), Ningbo employer registered 09-10 -> ZJ 28 ¶2 from 10-01;
#   43号 ① no wait. "the 3rd of october" = 2026-10-03 COVERED (hedge on the transfer ok); "jan 12" = 2027-01-12 covered.
#   WRONG if oct 3 read as 2027-10-03 or called "covered only if you pay" as a future day.
c RW3 "worked in tianjin till end of june, july and august no insurance, ningbo company registered me on sep 10. dentist on the 3rd of october was that covered, and will my operation on jan 12 be?"
# R29-W4 (ZJ 28 ¶4 overdue employer, lump back-pay). zh, Wenzhou, who pays.
# expect RW4: unpaid since Jul, overdue, lump payment in Oct -> employer bears benefits from 08-01; 08-20 hospital: the
#   EMPLOYER pays; resume 11-01 (2nd natural month counting Oct); 11-15 COVERED. WRONG if 08-20 "covered by the fund" /
#   "covered if you pay", or "not covered" with no employer liability; resume date other than 11-01.
c RW4 "温州公司从7月开始就没给我交医保 税务局催了过了期限还是没交 10月份才一次性全补上 我8月20号住的院这钱谁出 11月15号复查能报吗"
# R29-M1 (other city -> SH employer, gap > 3 months). zh, Chengdu, two questions.
# expect RM1: Chengdu paid thru Mar, Apr-Aug none (5 months) -> Chengdu stop NOT FOUND (estimate); SH employer from Sep ->
#   S7 from 10-15; 43号 ③ wait <=6 months possible -> 11-03 hedged; 09-25 NOT covered. MISLEADING if gap "since 9月"/"2
#   months", gap "covered once paid", or Chengdu stop unmarked; WRONG if 09-25 covered.
c RM1 "成都交到3月份 后来4到8月都没交 9月进了上海的公司开始交了 9月25号和11月3号看病能报吗 成都那边啥时候停的"

########## Fresh cases ##########
# expect F1: Foshan flexible thru Aug, Sep-Oct none, back-paid in Nov; 10-12 hospital. Guangdong rules NOT FOUND -> 10-12
#   must be hedged (not a flat "covered"); no ZJ/SH date given as fact. WRONG if 10-12 plainly covered.
c F1 "佛山灵活就业 交到8月 9月10月没交 11月一起补交了 10月12号住院能报吗"
# expect F2: Shanghai employer gone, Oct-Nov unpaid -> stop 11-15 (S7); 11-20 and planned 12-15 NOT covered as is; route:
#   back-pay (restore next month) or flexible enrolment now (waiver within 3 months). WRONG if 12-15 covered.
c F2 "上海 老板跑路了 公司10月起就没交社保 我11月20号看了急诊 12月15号还要做手术 能报吗 我该怎么办"
# expect F3: Hangzhou flexible first enrolment registered 11-05 -> ZJ 29 ¶1 from 12-01; 11-10 NOT covered; 12-20 covered if
#   paying. WRONG if 11-10 covered; MISLEADING if start given as 2027 or "today".
c F3 "never had insurance. signed up as flexible worker in hangzhou on nov 5 and paid. saw a doctor nov 10, surgery planned dec 20. covered?"
# expect F4: SH employee thru Sep, Jiaxing employer registered 10-20 -> SH stop 11-15 (S7: Oct first unpaid); 10-28 COVERED
#   (Shanghai); Jiaxing from 11-01 (ZJ 28 ¶2); 11-03 COVERED. WRONG if 10-28 "not covered"/gap invented.
c F4 "left my shanghai job end of september, shanghai paid thru sep. new employer in jiaxing registered me oct 20. doctor oct 28 and nov 3 - covered?"
fi

########## Batch 2: answer the follow-up questions only (BATCH=2) ##########
if [ "${BATCH:-1}" = 2 ]; then
# RW2b asked the year of sep 20 -> this year (past). expect as RW2.
c RW2b "employer in suzhou paid until june - sorry, until july. moved to shanghai, started paying myself as flexible worker from september. doctor sep 20 and oct 25, covered?" "1"
# RW3b asked why payments stopped -> changed jobs. expect as RW3.
c RW3b "worked in tianjin till end of june, july and august no insurance, ningbo company registered me on sep 10. dentist on the 3rd of october was that covered, and will my operation on jan 12 be?" "2"
# RM1b asked the year of 9月25日 -> this year. expect as RM1.
c RM1b "成都交到3月份 后来4到8月都没交 9月进了上海的公司开始交了 9月25号和11月3号看病能报吗 成都那边啥时候停的" "1"
# F1b asked "断缴了3个月，对吗" -> no, 2 months (Sep-Oct). expect as F1.
c F1b "佛山灵活就业 交到8月 9月10月没交 11月一起补交了 10月12号住院能报吗" "2" "2个月"
fi

########## Batch 3: further follow-up answers only (BATCH=3) ##########
if [ "${BATCH:-1}" = 3 ]; then
# RW3c asked "new job in another city?" -> yes. expect as RW3.
c RW3c "worked in tianjin till end of june, july and august no insurance, ningbo company registered me on sep 10. dentist on the 3rd of october was that covered, and will my operation on jan 12 be?" "2" "yes"
# RM1c asked the gap length -> 5 months (Apr-Aug). expect as RM1.
c RM1c "成都交到3月份 后来4到8月都没交 9月进了上海的公司开始交了 9月25号和11月3号看病能报吗 成都那边啥时候停的" "1" "5个月"
# F1c asked the resumption month -> November (back-paid in Nov). expect as F1.
c F1c "佛山灵活就业 交到8月 9月10月没交 11月一起补交了 10月12号住院能报吗" "2" "2个月" "11月"
fi

########## Batch 4: F3 crashed (panic in dialog.Decide); reproduce + zh variant (BATCH=4) ##########
if [ "${BATCH:-1}" = 4 ]; then
# expect F3r: same as F3 (ZJ 29 ¶1 from 12-01; 11-10 NOT covered; 12-20 covered if paying); a panic again = crash finding.
c F3r "never had insurance. signed up as flexible worker in hangzhou on nov 5 and paid. saw a doctor nov 10, surgery planned dec 20. covered?"
# expect F3z: zh same facts; 11-10 NOT covered; 12-20 covered if paying (from 12-01).
c F3z "以前没参过保 11月5号在杭州办了灵活就业参保也交了 11月10号看了病 12月20号要做手术 能报吗"
fi
