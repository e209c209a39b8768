#!/usr/bin/env bash
# Audit round 27: recheck of AUDIT-ROUND26.md WRONG R26-W1..W4 and MISLEADING R26-M1..M4 (2 NEW wordings each, 16 runs),
# plus 6 fresh cases (Z1..Z3 zh, E1..E3 en) where a day could wrongly be called covered.
# Sources for "# expect:": /work/shared/domain.md, /work/shared/law/*.md, /work/shared/seeds/* only. No Go code, diffs,
# history, tests, scenario/KB YAML or held-out sets read. Expectations written before running. Today 2026-12-07.
# ZJ 28 ¶2 employer registration -> 2nd natural month; ¶3 unpaid month X -> suspended from X+1; ¶4 overdue -> employer
#   bears, lump back-pay -> resume 2nd natural month counting the payment month. ZJ 29 ¶1 flexible first enrolment ->
#   2nd natural month counting the registration month; ¶2 interrupted flexible: gap not covered, resume 3rd natural month
#   counting the month payment resumed; ¶3 more favourable city rule prevails.
# SH 15 / SH7 三(三): stop 次月, restore month after full back-pay, costs while stopped NOT paid; S7: 次月15日.
# SH7 三(四): flexible 6-month wait, waived if joined within 3 months after benefits stop.
# 43号 ① / GD 12: employee transfer gap <=3 months: back-pay at the new place, from payment month, gap retroactive;
#   ③ gap >3 months: local wait <= 6 months. Guangdong stop day, Chengdu rules: NOT FOUND.
BJ=${BJ:-/tmp/bj-audit27}
# Usage: BATCH=1 (first messages, default) or BATCH=2 (follow-ups) bash round27-cases.sh
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }

if [ "${BATCH:-1}" = 1 ]; then
########## Rechecks ##########
## R26-W1 job change to another city, gap <=3 months ended by the new job
# expect W1a [risk]: Hangzhou paid through Jun, Jul-Aug unpaid (2 months), Guangzhou job from Sep. 08-10 is in the
#   suspension (Jul unpaid -> 08-01, ZJ 28 ¶3); not covered as is, BUT 43号 ① / GD 12: gap <=3 -> back-pay in Guangzhou,
#   gap benefits retroactive. WRONG if: gap counted to today, "断缴期间不能报销" flat with no back-pay route, or 08-10 "covered".
c W1a "之前在杭州上班 医保交到6月份 7月8月没交 9月份到广州新公司入职了 8月10号看急诊花了三千多 能报吗"
# expect W1b [risk]: Shanghai paid through March, Apr-May nothing (2 months), Chengdu job from June. Apr unpaid -> stop
#   05-15 (S7); 05-20 in the stop: not covered as is; 43号 ① back-pay in Chengdu may make the gap retroactive (Chengdu rules
#   NOT FOUND, SH 15 says no -> hedged). Never plainly covered; gap 2 months (Apr-May), not to today.
c W1b "was working in shanghai, contributions paid through march. april + may no job no insurance. new job in chengdu since june. hospital bill from may 20, can i still claim it?"
## R26-W2 ZJ first flexible enrolment
# expect W2a: Taizhou first flexible registration 10-28 -> 2nd natural month = 11-01 (ZJ 29 ¶1); 11-15 covered (if paid).
#   WRONG if 11-15 "not covered" / start 12-01.
c W2a "台州 以前从来没交过医保 10月28号以灵活就业身份第一次参保 11月15号去看病了 能报销吗"
# expect W2b [risk]: Hangzhou first flexible registration 11-15 -> starts 12-01; 11-25 NOT covered; 12-03 covered.
c W2b "hangzhou, first time ever insured. signed up as a freelancer (flexible employment) on nov 15. went to the doctor nov 25 and again dec 3. which one is covered?"
## R26-W3 Shanghai, months back-paid by the new employer, day in the stopped period
# expect W3a [risk]: Aug-Sep unpaid -> stop 09-15 (S7); 09-25 in the stopped period -> NOT paid even after back-pay
#   (SH 15, SH7 三(三)); back 11-15. WRONG if "covered if you pay / 补缴后可以报".
c W3a "上海 8月9月没交医保 10月新单位入职 把8月9月都给我补交了 9月25号看的病 现在能报吗"
# expect W3b [risk]: Jun-Jul unpaid -> stop 07-15; 07-22 NOT covered, back-pay in Sep does not help (SH 15); back 08-15 (new
#   employer from Aug) or 10-15 for full back-pay. Never "covered".
c W3b "Shanghai. No contributions for June and July between jobs; new employer since August paid the two missing months in September. Doctor visit on July 22 - reimbursable?"
## R26-W4 "paid up to and including" + flexible waiver (Shanghai)
# expect W4a: Aug paid, Sep first unpaid -> stop 10-15; 10-05 covered. Joining as flexible now (<= 2027-01-14) -> no 6-month
#   wait (SH7 三(四)). WRONG if stop 09-15 / 10-05 not covered / 6-month wait.
c W4a "上海 单位给我交到8月份（8月也交了）9月开始没交了 10月5号看的病能报吗 现在想自己以灵活就业交 有等待期吗"
# expect W4b: Sep paid inclusive, Oct first unpaid -> stop 11-15; 10-08 covered; flexible now -> no wait (within 3 months
#   of 11-15).
c W4b "shanghai, last month my company paid was september (september included). saw a doctor oct 8. also want to sign up as a flexible worker now, is there a waiting period?"
## R26-M1 ZJ flexible, missed month paid with the next
# expect M1a [risk]: Wenzhou flexible, Sep missed, Sep+Oct paid in Oct -> resume 3rd natural month = 12-01 (ZJ 29 ¶2);
#   11-20 NOT covered (unless a more favourable city rule, ¶3 -> hedge).
c M1a "温州 灵活就业自己交的 9月份漏交了 10月份把9月和10月一起交了 11月20号看病能报吗"
# expect M1b [risk]: Ningbo flexible, Nov skipped, Nov+Dec paid 12-03 -> resume 2027-02-01; 12-28 NOT covered.
c M1b "ningbo self-employed, skipped november, paid nov + dec together on dec 3. clinic visit dec 28 covered?"
## R26-M2 Shanghai planned future gap
# expect M2a [risk]: employed now; Apr-May 2027 unpaid -> stop 2027-05-15; 04-20 covered, 05-20 NOT covered; June job -> back
#   2027-07-15. Gap must be in 2027, not in the past.
c M2a "上海 现在在职有交医保 打算明年4月5月不上班 6月再找新工作 明年4月20号和5月20号要去做手术 能报吗"
# expect M2b [risk]: quit end Feb 2027, new job May -> Mar-Apr unpaid, stop 2027-04-15; 03-10 covered; 04-25 NOT covered;
#   back 2027-06-15.
c M2b "I'm employed in Shanghai now but I'll quit at the end of February and start a new job in May. Can I use my insurance on March 10 and on April 25 next year?"
## R26-M3 Guangdong, stop day NOT FOUND, user's month kept
# expect M3a: Shenzhen Sep unpaid, Guangzhou from Oct, not back-paid. Gap = Sep (1 month). GD stop day NOT FOUND -> hedge
#   or 次月 pattern as estimate (09-10 likely before the stop); GD 12: gap <=3 -> back-pay in Guangzhou, retroactive.
c M3a "深圳上班 9月份公司没给交社保 10月份去广州上班了 9月没补 9月10号看病能报吗"
# expect M3b [risk]: Guangzhou, Aug-Sep unpaid, Dongguan job Oct, nothing back-paid. Gap Aug-Sep (2 months). Stop day NOT
#   FOUND (次月 estimate 09-01: 08-25 likely, 09-18 not); GD 12 back-pay -> retroactive. Never a confident un-hedged date.
c M3b "guangzhou, old employer stopped paying from august, new job in dongguan from october, nothing back-paid. ER visits on aug 25 and sep 18, covered?"
## R26-M4 "paid through X" misread, ZJ flexible
# expect M4a: Shaoxing flexible, paid to end of April, May-Jul stopped, resumed Aug -> gap from May; back 10-01 (ZJ 29 ¶2);
#   10-15 covered (if still paying).
c M4a "绍兴 灵活就业自己交 交到4月底 5到7月停了 8月又开始交了 10月15号看病能报吗"
# expect M4b [risk]: Hangzhou freelancer, paid through March, Apr-Jun none, resumed Jul -> gap Apr-Jun; back 09-01; 08-20
#   NOT covered; 09-05 covered.
c M4b "hangzhou freelancer. contributions paid through march, none april to june, started paying again in july. was sick on aug 20 and sep 5 - covered?"
########## Fresh ##########
# expect Z1 [risk]: Hangzhou first job, employer registered 11-16 -> 2nd natural month 12-01 (ZJ 28 ¶2); 11-25 NOT covered.
c Z1 "第一份工作 杭州公司11月16号给我办的医保参保 11月25号感冒去医院了 能报吗"
# expect Z2 [risk]: Shanghai first flexible enrolment Sep -> 6-month wait (SH7 三(四)); personal account from Oct; pooled benefits
#   not before ~2027-03; 12-20 NOT covered by the fund.
c Z2 "上海 之前从来没交过医保 今年9月开始自己以灵活就业身份交 12月20号要住院 能报吗"
# expect Z3 [risk]: Ningbo employer owes from Aug, not paid after the tax demand, lump sum in Nov -> ZJ 28 ¶4: from 09-01 the
#   employer bears the benefits (fund does not pay Oct), fund resumes from 12-01. WRONG if October "医保可以报".
c Z3 "宁波 公司从8月开始欠缴医保 税务催了也没交 11月才一次性补齐 我10月份住的院医保能报吗 12月看病呢"
# expect E1 [risk]: Hangzhou flexible, stopped paying in June, restarted in December -> 3rd natural month 2027-02-01 (ZJ 29
#   ¶2); 2027-01-15 NOT covered.
c E1 "hangzhou, self-employed, stopped paying medical in june, restarted this month (december). surgery planned for jan 15 - covered?"
# expect E2 [risk]: Shenzhen last paid April, Shanghai job from November -> start 次月15日 = 12-15 (S7); 11-28 NOT covered;
#   gap May-Oct >3 months -> 43号 ③ local wait <=6 months possible.
c E2 "moved from shenzhen to shanghai. last paid in shenzhen in april, shanghai job started in november. doctor visit nov 28 - covered?"
# expect E3 [risk]: Shanghai job ended (paid through March) -> stop 05-15; flexible from Sep = more than 3 months after ->
#   6-month wait (SH7 三(四)), Sep-Nov paid; 12-10 NOT covered by the fund (personal account only).
c E3 "shanghai, my job ended in march (paid through march). signed up as a flexible worker in september and paid sep to nov. hospital on dec 10 - covered?"
fi

if [ "${BATCH:-1}" = 2 ]; then
# Batch 2: only answers to the assistant's follow-up questions from batch 1; expectations unchanged (see above).
c W2b2 "hangzhou, first time ever insured. signed up as a freelancer (flexible employment) on nov 15. went to the doctor nov 25 and again dec 3. which one is covered?" "there is no gap, i was never insured before, nov 15 is my first registration"
c W3a2 "上海 8月9月没交医保 10月新单位入职 把8月9月都给我补交了 9月25号看的病 现在能报吗" "2"
c W3b2 "Shanghai. No contributions for June and July between jobs; new employer since August paid the two missing months in September. Doctor visit on July 22 - reimbursable?" "1"
c W4b2 "shanghai, last month my company paid was september (september included). saw a doctor oct 8. also want to sign up as a flexible worker now, is there a waiting period?" "4"
c M1a2 "温州 灵活就业自己交的 9月份漏交了 10月份把9月和10月一起交了 11月20号看病能报吗" "4" "就断了1个月 9月"
c M2a2 "上海 现在在职有交医保 打算明年4月5月不上班 6月再找新工作 明年4月20号和5月20号要去做手术 能报吗" "2"
c M2b2 "I'm employed in Shanghai now but I'll quit at the end of February and start a new job in May. Can I use my insurance on March 10 and on April 25 next year?" "no, same city"
c M3a2 "深圳上班 9月份公司没给交社保 10月份去广州上班了 9月没补 9月10号看病能报吗" "1"
c M4a2 "绍兴 灵活就业自己交 交到4月底 5到7月停了 8月又开始交了 10月15号看病能报吗" "1"
c Z1b "第一份工作 杭州公司11月16号给我办的医保参保 11月25号感冒去医院了 能报吗" "没有断缴 这是第一次参保 以前从来没交过"
c E2b "moved from shenzhen to shanghai. last paid in shenzhen in april, shanghai job started in november. doctor visit nov 28 - covered?" "1"
fi

if [ "${BATCH:-1}" = 3 ]; then
# Batch 3: further answers to follow-up questions from batch 2; expectations unchanged.
c W3b3 "Shanghai. No contributions for June and July between jobs; new employer since August paid the two missing months in September. Doctor visit on July 22 - reimbursable?" "1" "no, same city"
c M1a3 "温州 灵活就业自己交的 9月份漏交了 10月份把9月和10月一起交了 11月20号看病能报吗" "4" "1" "1个月"
c M4a3 "绍兴 灵活就业自己交 交到4月底 5到7月停了 8月又开始交了 10月15号看病能报吗" "1" "2026-10-15"
c E2c "moved from shenzhen to shanghai. last paid in shenzhen in april, shanghai job started in november. doctor visit nov 28 - covered?" "1" "my employer paid, i changed jobs" "yes, another city"
fi
