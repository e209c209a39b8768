#!/usr/bin/env bash
# Audit round 26: recheck of round 25's WRONG findings R25-W1..W7 and MISLEADING M2, M6 (2 NEW wordings each, 18 runs),
# plus 12 fresh cases (Z1..Z6 zh, E1..E6 en) where a day could wrongly be called covered.
# Sources for "# expect:": /work/shared/domain.md, /work/shared/law/*.md, /work/shared/seeds/* only. No Go code, diffs,
# history, tests, scenario/KB YAML or held-out sets read. Expectations written before running. Today 2026-12-07.
# ZJ 28 ¶2 employer registration -> 2nd natural month; ¶3 unpaid month X -> suspended from X+1 (2nd natural month),
#   fund pays gap costs if employer pays within the tax deadline (<=60 days); ¶4 else employer bears; lump back-pay ->
#   resume 2nd natural month counting the payment month. ZJ 29 ¶1 flexible first enrolment -> 2nd natural month;
#   ¶2 interrupted flexible: gap not covered, resume 3rd natural month counting the month payment resumed; ¶3 city rule.
# SH 15 / SH7 三(三): stop 次月, restore month after full back-pay, costs while stopped NOT paid; S7: 次月15日.
# SH7 三(四): flexible 6-month wait, waived if joined within 3 months after benefits stop.
# 43号 ① transfer gap <=3 months: back-pay, from payment month, retroactive. SIL 58: employer registers within 30 days.
BJ=${BJ:-/tmp/bj-audit26}
# Usage: BATCH=1 (first messages, default) or BATCH=2 (follow-ups) bash round26-cases.sh
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }

########## Rechecks ##########
if [ "${BATCH:-1}" = 1 ]; then
## R25-W1 month-range gap between cities
# expect W1a [risk]: Ningbo paid to May, Jun-Aug unpaid (3 months), Foshan job from Sep. 07-15 is IN the gap (suspended 07-01, ZJ 28 ¶3);
#   not covered as is; 43号 ① (gap <=3): may back-pay in Foshan, then gap benefits retroactive. Never "before the stop -> covered".
c W1a "我之前在宁波上班医保交到5月份 6月到8月都没交 9月去佛山上班了 7月15号住过一次院 这个能报吗"
# expect W1b [risk]: Shenzhen paid through April, May-Jul nothing, Suzhou job Aug. 06-20 in the gap; not covered unless back-paid
#   under 43号 ① (gap 3 months); Shenzhen stop day NOT FOUND / Suzhou rules NOT FOUND -> hedged, never plainly covered.
c W1b "worked in sz, paid til april. may to july nothing. started a job in suzhou in august. went to the ER on june 20th - is that covered?"
## R25-W2 ZJ flexible, all missed months paid later
# expect W2a [risk]: Huzhou flexible, Sep+Oct missed, paid Sep-Nov in November -> resumed in Nov -> 3rd natural month 2027-01-01
#   (ZJ 29 ¶2); 12-18 NOT covered (unless a more favourable city rule, ¶3).
c W2a "湖州 灵活就业自己交医保 9月10月忘了交 11月份一起补上了连11月的 12月18号去医院能报吗"
# expect W2b [risk]: Lishui flexible, Jul-Oct missed, all paid on 11-20 -> resume 2027-01-01; 12-22 NOT covered.
c W2b "lishui, self employed, pay medical myself. forgot july-october, paid all of it plus november on nov 20. doctor on dec 22 covered?"
## R25-W3 ZJ first flexible enrolment
# expect W3a [risk]: Shaoxing first flexible registration 12-03 -> benefits from 2027-01-01 (ZJ 29 ¶1); 12-20 NOT covered; "starts" said.
c W3a "第一次参保 在绍兴以灵活就业身份登记的 12月3号交的第一笔 12月20号要去拔牙 医保能用吗"
# expect W3b: Wenzhou first flexible registration 11-30 -> starts 12-01; 12-14 covered; 11-30 not a visit, not called covered.
c W3b "wenzhou. never had insurance before, registered as a flexible worker nov 30. what day does my cover start? i have a checkup dec 14"
## R25-W4 Shanghai job change, new employer paying
# expect W4a: Jun-Jul unpaid -> stop 07-15; new employer paying Aug -> restart 09-15 (S7); 11-20 covered; gap costs not paid.
c W4a "上海 换工作 6月7月断了没交 8月新公司开始交了 11月20号做了个小手术 能报销吗"
# expect W4b: Sep unpaid -> stop 10-15; new employer pays Oct -> back 11-15; 12-15 covered (not "in the gap").
c W4b "shanghai. left my old job end of aug, september unpaid, new company paying since october. appointment dec 15, will insurance cover it?"
## R25-W5 ZJ flexible missed one month, paid next month together
# expect W5a: Jinhua flexible, Aug missed, Aug+Sep paid in Sep -> resumed Sep -> 11-01; 12-09 covered; Aug gap itself not covered.
c W5a "金华 灵活就业 8月份忘交了 9月份把8月9月一起交了 12月9号住院能报吗"
# expect W5b [risk]: Quzhou flexible, Oct missed, Oct+Nov paid in Nov -> resumed Nov -> 2027-01-01; 12-29 NOT covered (¶3 city rule aside).
c W5b "quzhou, i pay my own medical insurance. missed october, paid oct and nov together in november. dentist on dec 29 ok?"
## R25-W6 ZJ employer owes, stay over the new year
# expect W6a [risk]: Jiaxing employer owes Nov -> suspended 12-01; stay 12-26..2027-01-04 all in suspension; fund pays only if the
#   employer pays within the deadline, else employer bears (¶4). 1月4号 = 2027-01-04. Never plainly covered.
c W6a "嘉兴 公司11月的医保没给我交 我12月26号住院到1月4号 能报吗"
# expect W6b [risk]: Ningbo, Nov unpaid, stay 12-30..2027-01-08 -> same; jan 8 = 2027-01-08.
c W6b "ningbo. my company hasnt paid my medical for november. i'll be in hospital from dec 30 to jan 8. am i covered?"
## R25-W7 first job
# expect W7a [risk]: first job in Chengdu from 12-01; employer registers within 30 days (SIL 58); Chengdu start rule NOT FOUND;
#   12-20 not confirmed; "starts" said.
c W7a "第一次上班 12月1号入职成都一家公司 12月20号想去看病 医保能用了吗"
# expect W7b [risk]: first job Hangzhou, registered in December -> benefits from 2027-01-01 (ZJ 28 ¶2); 12-22 NOT covered.
c W7b "just graduated, first ever job in hangzhou started nov 16 but the company only registered me this month. can i use insurance for an eye exam on dec 22?"
## R25-M2 Shanghai back-paid months
# expect M2a [risk]: May unpaid -> stop 06-15; 06-25 in stopped period -> NOT paid even though May-Jun were back-paid (SH 15, SH7 三(三)).
c M2a "上海 5月6月没交医保 7月新单位把5、6月都补交了 6月25号看急诊花的钱能报吗"
# expect M2b [risk]: Sep unpaid -> stop 10-15; 10-20 in stopped period -> not reimbursed despite back-pay.
c M2b "shanghai, had no employer in sept and oct, new job in nov and HR back-paid sept+oct. clinic visit on oct 20, can i claim it?"
## R25-M6 last paid month read as first unpaid
# expect M6a [risk]: Hangzhou, employer paid through Sep -> Oct unpaid -> suspended 11-01 (not 10-01); 12-10 in suspension: fund pays only
#   if employer pays within deadline, else employer bears.
c M6a "杭州 公司最后给我交到9月份 之后就不交了 12月10号看病能报吗"
# expect M6b: Shanghai, paid through July -> Aug unpaid -> stop 09-15; 09-05 covered; flexible waiver window to 12-14 -> still open today.
c M6b "shanghai. my medical was paid up to and including july, nothing since. was my doctor visit on sept 5 covered? and can i still sign up as flexible without the waiting period?"

########## Fresh ##########
# expect Z1 [risk]: Shanghai, quit 01-31-2027, Feb unpaid, new job March -> stop 03-15, restart 04-15; 03-20 NOT covered.
c Z1 "上海 我打算明年1月31号离职 2月不交 3月找到新工作 3月20号约了胃镜 能报吗"
# expect Z2 [risk]: Guangzhou employer Oct unpaid, Shenzhen job from Nov, Oct not back-paid; 10-15 in gap: not covered as is;
#   GD 12 in-province transfer gap <=3: back-pay -> retroactive. Not plainly covered.
c Z2 "广州公司10月没给交医保 11月去深圳新公司上班了 10月没补 10月15号看病的钱能报吗"
# expect Z3 [risk]: Nanjing employer Nov+Dec unpaid, Shanghai job Jan 2027; 12-15 in gap; Jiangsu NOT FOUND; 43号 ① back-pay in SH
#   (gap 2 months) -> retroactive; not plainly covered.
c Z3 "南京 公司11月12月都没交医保 明年1月换到上海的公司 12月15号看的病能报吗"
# expect Z4 [risk]: Shanghai never insured, first flexible payment Dec -> 6-month wait (SH7 三(四)); account from Jan; full benefits
#   ~2027-06-15; March 2027 NOT covered by the pooled fund (no waiver: never had benefits).
c Z4 "上海 我从来没交过医保 12月开始灵活就业自己交 明年3月住院能报吗"
# expect Z5 [risk]: Foshan job left Aug, Sep-Oct unpaid, Changsha job Nov; 09-20 in gap; 43号 ① back-pay in Changsha -> retroactive;
#   not covered as is; Foshan/Changsha details NOT FOUND.
c Z5 "佛山的工作8月辞了 9、10月没交 11月回长沙上班了 9月20号住院的钱还能报吗"
# expect Z6 [risk]: Ningbo employer Sep unpaid, still not paid -> suspended 10-01; deadline (<=60 days) likely passed -> employer bears
#   (ZJ 28 ¶4); 10-12 not paid by the fund.
c Z6 "宁波 公司9月份医保没交 到现在也没补 10月12号看病 医保能报吗"
# expect E1 [risk]: Shanghai, quit 12-31, Jan 2027 unpaid, job 2027-02-01 -> stop 02-15, back 03-15; surgery 2027-02-20 NOT covered.
c E1 "shanghai. quitting dec 31, next job starts feb 1. surgery planned feb 20 next year, will it be covered?"
# expect E2: Hangzhou freelance, Jul-Sep stopped, resumed Oct -> 12-01 (ZJ 29 ¶2); 11-12 NOT covered, 12-03 covered.
c E2 "hangzhou freelancer, paid my own medical til june, stopped jul-sep, started paying again in october. are my visits on nov 12 and dec 3 covered?"
# expect E3 [risk]: Guangzhou first job from 12-01, employer registering (30 days, SIL 58); start rule NOT FOUND; 12-18 not confirmed.
c E3 "moved to guangzhou, first job ever started dec 1, employer is signing me up. can i use the insurance on dec 18?"
# expect E4 [risk]: SZ paid through Sep, Oct empty, Shanghai job 11-10; Shanghai start 次月15日 (12-15) unless transfer back-pay
#   (43号 ①); 11-20 not confirmed covered.
c E4 "left my shenzhen job in sept (paid thru sept), started in shanghai on nov 10, october had nothing. saw a doctor in shanghai nov 20 - covered?"
# expect E5 [risk]: Jinhua employer didn't pay Jul-Oct, lump on 11-05, past deadline -> from 08-01 employer bears, resume 12-01 (ZJ 28 ¶4);
#   10-15 not paid by the fund (employer bears); 12-10 covered.
c E5 "jinhua, my employer didnt pay jul through oct, paid it all in one go on nov 5, way past the deadline. doctor on oct 15 and dec 10, covered?"
# expect E6 [risk]: Beijing, between jobs Oct-Nov, new employer Dec 1; Beijing rules NOT CONFIRMED; 12-10 not confirmed covered.
c E6 "beijing, between jobs oct-nov, new employer from dec 1. dentist dec 10, am i covered?"
fi

########## Batch 2: answers to the assistant's follow-up questions (same expectations as above) ##########
if [ "${BATCH:-1}" = 2 ]; then
c W1a2 "我之前在宁波上班医保交到5月份 6月到8月都没交 9月去佛山上班了 7月15号住过一次院 这个能报吗" "单位交的，我换了工作" "是，换到了另一个城市"
c W1b2 "worked in sz, paid til april. may to july nothing. started a job in suzhou in august. went to the ER on june 20th - is that covered?" "1" "my employer, i changed jobs" "yes, another city"
c W2a2 "湖州 灵活就业自己交医保 9月10月忘了交 11月份一起补上了连11月的 12月18号去医院能报吗" "不对，是2个月"
c W4a2 "上海 换工作 6月7月断了没交 8月新公司开始交了 11月20号做了个小手术 能报销吗" "否，还在同一个城市"
c W4b2 "shanghai. left my old job end of aug, september unpaid, new company paying since october. appointment dec 15, will insurance cover it?" "no, the same city"
c W5a2 "金华 灵活就业 8月份忘交了 9月份把8月9月一起交了 12月9号住院能报吗" "不对，是1个月"
c W7a2 "第一次上班 12月1号入职成都一家公司 12月20号想去看病 医保能用了吗" "单位一直没给我办社保登记，这是第一次参保"
c M2a2 "上海 5月6月没交医保 7月新单位把5、6月都补交了 6月25号看急诊花的钱能报吗" "否，还在同一个城市"
c M2b2 "shanghai, had no employer in sept and oct, new job in nov and HR back-paid sept+oct. clinic visit on oct 20, can i claim it?" "this year"
c M6b2 "shanghai. my medical was paid up to and including july, nothing since. was my doctor visit on sept 5 covered? and can i still sign up as flexible without the waiting period?" "this year"
c Z1b "上海 我打算明年1月31号离职 2月不交 3月找到新工作 3月20号约了胃镜 能报吗" "否，还在同一个城市"
c Z2b "广州公司10月没给交医保 11月去深圳新公司上班了 10月没补 10月15号看病的钱能报吗" "1个月"
c Z5b "佛山的工作8月辞了 9、10月没交 11月回长沙上班了 9月20号住院的钱还能报吗" "是，换到了另一个城市"
c Z6b "宁波 公司9月份医保没交 到现在也没补 10月12号看病 医保能报吗" "今年"
c E1b "shanghai. quitting dec 31, next job starts feb 1. surgery planned feb 20 next year, will it be covered?" "1" "my employer, i'm changing jobs" "no, the same city"
c E4b "left my shenzhen job in sept (paid thru sept), started in shanghai on nov 10, october had nothing. saw a doctor in shanghai nov 20 - covered?" "1" "my employer, i changed jobs" "yes, another city"
c E5b "jinhua, my employer didnt pay jul through oct, paid it all in one go on nov 5, way past the deadline. doctor on oct 15 and dec 10, covered?" "this year"
c E6b "beijing, between jobs oct-nov, new employer from dec 1. dentist dec 10, am i covered?" "no, the same city"
fi

########## Batch 3: further follow-up answers (same expectations) ##########
if [ "${BATCH:-1}" = 3 ]; then
c W2a3 "湖州 灵活就业自己交医保 9月10月忘了交 11月份一起补上了连11月的 12月18号去医院能报吗" "不对，是2个月" "在职（未到退休年龄）"
c W5a3 "金华 灵活就业 8月份忘交了 9月份把8月9月一起交了 12月9号住院能报吗" "不对，是1个月" "1个月"
c W7a3 "第一次上班 12月1号入职成都一家公司 12月20号想去看病 医保能用了吗" "单位一直没给我办社保登记，这是第一次参保" "没有断缴，以前从没参加过医保"
c M2b3 "shanghai, had no employer in sept and oct, new job in nov and HR back-paid sept+oct. clinic visit on oct 20, can i claim it?" "this year" "2 months"
c M6b3 "shanghai. my medical was paid up to and including july, nothing since. was my doctor visit on sept 5 covered? and can i still sign up as flexible without the waiting period?" "this year" "employee scheme, working age" "my employer paid, i left my job and have no new employer"
c Z2c "广州公司10月没给交医保 11月去深圳新公司上班了 10月没补 10月15号看病的钱能报吗" "1个月" "是，换到了另一个城市"
c E1c "shanghai. quitting dec 31, next job starts feb 1. surgery planned feb 20 next year, will it be covered?" "employee scheme, working age" "my employer, i'm changing jobs" "1 month, january next year"
fi

########## Batch 4: further follow-up answers (same expectations) ##########
if [ "${BATCH:-1}" = 4 ]; then
c W2a4 "湖州 灵活就业自己交医保 9月10月忘了交 11月份一起补上了连11月的 12月18号去医院能报吗" "不对，是2个月" "在职（未到退休年龄）" "我自己交的（灵活就业）"
c W5a4 "金华 灵活就业 8月份忘交了 9月份把8月9月一起交了 12月9号住院能报吗" "不对，是1个月" "1个月" "今年9月"
c M2b4 "shanghai, had no employer in sept and oct, new job in nov and HR back-paid sept+oct. clinic visit on oct 20, can i claim it?" "this year" "2 months" "no, the same city"
c E1d "shanghai. quitting dec 31, next job starts feb 1. surgery planned feb 20 next year, will it be covered?" "employee scheme, working age" "my employer, i'm changing jobs" "1 month, january next year" "no, the same city"
fi

########## Batch 5: last follow-up (same expectations) ##########
if [ "${BATCH:-1}" = 5 ]; then
c W2a5 "湖州 灵活就业自己交医保 9月10月忘了交 11月份一起补上了连11月的 12月18号去医院能报吗" "不对，是2个月" "在职（未到退休年龄）" "我自己交的（灵活就业）" "2个月" "今年11月"
fi
